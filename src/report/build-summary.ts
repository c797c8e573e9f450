/** The job summary of build: a row per image, then each failure's last lines and each skip. */
import type { BuildRun } from '../app/build.js';
import { BuildFailedError } from '../adapters/builders/index.js';

function bytes(n: number | undefined): string {
  if (n === undefined) return '';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

export function buildSummaryMarkdown(run: BuildRun, tag: string): string {
  const lines = ['## image-actions build', '', `Tag \`${tag}\``, '', '| image | result | digest | builder | duration | size |', '| --- | --- | --- | --- | --- | --- |'];
  const failures: string[] = [];
  for (const [image, outcome] of run.outcomes) {
    if (outcome.status === 'built') {
      const r = outcome.result;
      lines.push(`| \`${image}\` | ${r.status} | \`${r.digest ? `${r.digest.slice(0, 19)}…` : 'not pushed'}\` | ${r.builder} | ${r.seconds.toFixed(1)} s | ${bytes(r.size)} |`);
    } else if (outcome.status === 'failed') {
      lines.push(`| \`${image}\` | **failed** | | | ${outcome.seconds.toFixed(1)} s | |`);
      const error = outcome.error;
      const tail = error instanceof BuildFailedError ? error.logTail.slice(-20).join('\n') : String((error as Error)?.message ?? error);
      failures.push(`### ${image} failed`, '', '```', tail, '```', '');
    } else {
      lines.push(`| \`${image}\` | skipped | | | | ${outcome.reason} |`);
    }
  }
  return `${[...lines, '', ...failures].join('\n')}\n`;
}
