/** The job summary of promote: image, digest and each tag, new or unchanged. */
import type { PromoteResult } from '../app/promote-run.js';

export function promoteSummaryMarkdown(result: PromoteResult, dryRun: boolean): string {
  const lines = ['## image-actions promote', ''];
  if (dryRun) lines.push('**Dry run: no tag was moved.**', '');
  lines.push(`From \`${result.source.tag}\` (${result.source.why}).`, '');
  if (result.outcomes.length === 0) {
    lines.push('Nothing was promoted.');
    return `${lines.join('\n')}\n`;
  }
  lines.push('| image | digest | tags |', '| --- | --- | --- |');
  for (const o of result.outcomes) {
    const tags = o.tags.map((t) => `\`${t.tag}\` (${t.state})`).join(', ');
    lines.push(`| \`${o.image}\` | \`${o.digest.slice(0, 19)}…\` | ${tags} |`);
  }
  if (result.temporary && result.temporary.length > 0) {
    lines.push('', '**Temporary tags** (`delete-temporary`):', '');
    for (const t of result.temporary) lines.push(`- \`${t.reference}\`: ${t.state}${t.reason !== undefined ? ` (${t.reason.replace(/\r?\n/g, ' ')})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
