/**
 * The job summary of detect, as Markdown: what was compared, a table of affected images and
 * the Mermaid graph of the affected part (unaffected parents greyed).
 */
import type { DetectResult } from '../app/detect.js';
import { affectedMermaid } from '../core/plan/outputs.js';

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function detectSummaryMarkdown(result: DetectResult): string {
  const lines: string[] = ['## image-actions detect', ''];
  lines.push(`**${escapeCell(result.interpretation.description)}**`, '');
  if (result.interpretation.temporaryTag) lines.push(`Temporary tag: \`${result.interpretation.temporaryTag}\``, '');
  if (result.images.length === 0) {
    lines.push('No image is affected.');
    return `${lines.join('\n')}\n`;
  }
  const waveOf = new Map<string, number>();
  result.waves.forEach((wave, i) => wave.forEach((image) => waveOf.set(image, i + 1)));
  lines.push(`${result.images.length} of ${result.project.images.size} images affected, in ${result.waves.length} waves.`, '');
  lines.push('| image | wave | reasons |', '| --- | --- | --- |');
  for (const image of result.images) {
    lines.push(`| \`${image}\` | ${waveOf.get(image) ?? ''} | ${(result.reasons.get(image) ?? []).join(', ')} |`);
  }
  lines.push('', '```mermaid', affectedMermaid(result.project.graph, result.images), '```', '');
  return `${lines.join('\n')}\n`;
}
