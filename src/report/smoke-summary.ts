/**
 * The job summary of smoke: structure tests and checks with pass or fail and duration, the
 * deployment (tool, project, pinned digests, readiness, teardown), and, when anything failed,
 * each service's state and last log lines. Ends with `tested`, what promote may require.
 */
import type { SmokeResult } from '../app/smoke.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A fenced block that no backticks in the text can close early. */
function fenced(text: string, info = 'text'): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function smokeSummaryMarkdown(result: SmokeResult): string {
  const lines = ['## image-actions smoke', ''];
  if (result.passed) {
    lines.push(`**Passed.** Tested: ${Object.keys(result.tested).length > 0 ? Object.keys(result.tested).map((i) => `\`${i}\``).join(', ') : 'nothing (no structure tests, nothing of this run deployed)'}.`, '');
  } else {
    lines.push(`**Failed${result.cancelled ? ' (cancelled)' : ''}.**`, '');
    for (const failure of result.failures) lines.push(`- ${cell(failure)}`);
    lines.push('');
  }

  if (result.structure.length > 0) {
    lines.push('### Structure tests', '', '| image | test | result | time |', '| --- | --- | --- | --- |');
    for (const image of result.structure) {
      if (image.error) lines.push(`| \`${image.image}\` | (could not run) | ❌ ${cell(image.error)} | |`);
      for (const o of image.outcomes) {
        const verdict = o.passed ? '✅ pass' : `❌ ${cell(o.failures.join('\n'))}`;
        const where = o.location ? ` (${o.location.file}:${o.location.line})` : '';
        lines.push(`| \`${image.image}\` | ${cell(o.name)}${cell(where)} | ${verdict} | ${seconds(o.durationMs)} |`);
      }
    }
    lines.push('');
    const notes = result.structure.flatMap((s) => s.notes.map((n) => `- \`${s.image}\`: ${n}`));
    if (notes.length > 0) lines.push(...notes, '');
  }

  const d = result.deployment;
  if (d) {
    lines.push('### Deployment', '');
    lines.push(`${d.kind === 'compose' ? `Compose files ${d.files.map((f) => `\`${f}\``).join(', ')} with ${d.description}` : d.description}: ${d.ready ? `ready in ${seconds(d.elapsedMs)}` : `**not ready** after ${seconds(d.elapsedMs)}`}.`, '');
    if (d.pins.length > 0) {
      lines.push('| service | image | runs | why |', '| --- | --- | --- | --- |');
      for (const p of d.pins) lines.push(`| \`${p.service}\` | \`${p.image}\` | \`${p.reference}\` | ${p.why} |`);
      lines.push('');
    }
    for (const file of d.rewritten) {
      lines.push(`- \`${file.file}\`: ${file.replacements.length === 0 ? 'no reference rewritten' : file.replacements.map((r) => `line ${r.line}: \`${r.from}\` → \`${r.to}\``).join('; ')}`);
    }
    if (d.rewritten.length > 0) lines.push('');
    for (const reason of d.reasons) lines.push(`- ${cell(reason)}`);
    if (d.reasons.length > 0) lines.push('');
    if (d.teardown) lines.push(`Teardown: ${d.teardown.ok ? '' : '**failed**: '}${cell(d.teardown.detail)}`, '');
  }

  if (result.checks.length > 0 || result.notRun.length > 0) {
    lines.push('### Checks', '', '| check | result | attempts | time |', '| --- | --- | --- | --- |');
    for (const c of result.checks) {
      const verdict = c.verdict.ok ? `✅ ${cell(c.verdict.detail)}` : `❌ expected ${cell(c.verdict.expected)}; got ${cell(c.verdict.got)}`;
      lines.push(`| ${cell(c.name)} | ${verdict} | ${c.attempts} | ${seconds(c.durationMs)} |`);
    }
    for (const name of result.notRun) lines.push(`| ${cell(name)} | not run | 0 | |`);
    lines.push('');
  }

  if (result.services.length > 0) {
    lines.push('### Services', '');
    for (const s of result.services) {
      lines.push(`<details${result.passed ? '' : ' open'}><summary><code>${escapeHtml(s.service)}</code> (${escapeHtml(s.container)}): ${escapeHtml(s.state)}</summary>`, '');
      lines.push(`Image \`${s.image}\`. Last log lines:`, '', fenced(s.logTail === '' ? '(empty log)' : s.logTail), '', '</details>', '');
    }
  }

  if (result.untested.length > 0) {
    lines.push(`Not tested (no structure tests, not deployed): ${result.untested.map((i) => `\`${i}\``).join(', ')}.`, '');
  }
  lines.push('### Output `tested`', '', fenced(JSON.stringify(result.tested, null, 2), 'json'), '');
  return `${lines.join('\n')}\n`;
}

/** One line per check for a terminal. */
export function checkLine(result: SmokeResult['checks'][number]): string {
  return result.verdict.ok ? `✓ ${result.name}: ${result.verdict.detail}` : `✗ ${result.name}: expected ${result.verdict.expected}; got ${result.verdict.got}`;
}
