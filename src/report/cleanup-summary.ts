/**
 * The job summary of cleanup. A dry run says so first of all. Then the totals, the storage note,
 * what went wrong, and per image: the deleted tags and manifests with the rule that decided,
 * the kept tags with the rule or protection that kept them, and what could not be done.
 *
 * Long lists fold into <details> so the page stays readable, and each table stops at a bound
 * (GitHub refuses a summary over 1 MiB); the step log has the complete plan.
 */
import { formatBytes } from '../core/retention/format.js';
import { shortDigest } from '../core/retention/plan.js';
import { cleanupFailures, describeStep, type CleanupResult, type ImageCleanup, type StepReport, type TagReport } from '../app/cleanup/run.js';

/** Rows shown open; longer tables are folded. */
const OPEN_ROWS = 50;
/** Rows written at most per table. */
const MAX_ROWS = 500;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** A table, folded into <details> when long, cut at MAX_ROWS with a pointer to the log. */
function table(title: string, header: readonly string[], rows: readonly string[][]): string[] {
  if (rows.length === 0) return [];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows.slice(0, MAX_ROWS)) lines.push(`| ${row.join(' | ')} |`);
  if (rows.length > MAX_ROWS) lines.push('', `… and ${rows.length - MAX_ROWS} more; the step log lists them all.`);
  const heading = `${title} (${rows.length})`;
  if (rows.length > OPEN_ROWS) return [`<details><summary>${heading}</summary>`, '', ...lines, '', '</details>', ''];
  return [`**${heading}**`, '', ...lines, ''];
}

function tagRows(tags: readonly TagReport[]): string[][] {
  return tags.map((t) => [code(t.tag), code(shortDigest(t.digest)), cell(t.decidedBy), cell(t.why)]);
}

function stepRows(steps: readonly StepReport[]): string[][] {
  return steps.map((s) => [cell(describeStep({ ...s, digest: shortDigest(s.digest) })), cell(s.reason)]);
}

function space(bytes: number, unknown: number): string {
  return unknown > 0 ? `at least ${formatBytes(bytes)} (${unknown} manifest(s) of unknown size)` : formatBytes(bytes);
}

const STATUS: Readonly<Record<ImageCleanup['status'], string>> = {
  planned: 'planned (dry run)',
  cleaned: 'done',
  partial: '**partly done**',
  missing: 'nothing to clean',
  failed: '**failed**',
};

function imageSection(image: ImageCleanup, dryRun: boolean): string[] {
  const lines = [`### ${code(image.image)} — ${code(image.repository)}`, ''];
  if (image.message !== undefined) lines.push(`${STATUS[image.status]}: ${cell(image.message)}`, '');
  if (!image.plan) return lines;
  const verb = dryRun ? 'To delete' : 'Deleted';
  lines.push(...table(`${verb}: tags`, ['tag', 'digest', 'decided by', 'why'], tagRows(image.deletedTags)));
  lines.push(
    ...table(
      `${verb}: manifests`,
      ['digest', 'kind', 'tags that went with it', 'why'],
      image.deletedDigests.map((d) => [code(d.digest), d.kind, d.tags.length > 0 ? d.tags.map(code).join(', ') : '(untagged)', cell(d.why)]),
    ),
  );
  lines.push(...table('Kept: tags', ['tag', 'digest', 'kept by', 'why'], tagRows(image.keptTags)));
  lines.push(...table('Failed', ['operation', 'error'], stepRows(image.failed)));
  lines.push(...table('Not possible on this registry', ['operation', 'reason'], stepRows(image.unsupported)));
  lines.push(...table('Skipped (an operation that must come first was not done)', ['operation', 'why'], stepRows(image.skipped)));
  if (image.plan.warnings.length > 0) lines.push(...image.plan.warnings.map((w) => `- ⚠️ ${cell(w)}`), '');
  return lines;
}

export function cleanupSummaryMarkdown(result: CleanupResult): string {
  const lines = ['## image-actions cleanup', ''];
  if (result.dryRun) lines.push('**Dry run: nothing was deleted.** Below is exactly what a real run would delete and keep.', '');
  const sum = (f: (i: ImageCleanup) => number): number => result.images.reduce((n, i) => n + f(i), 0);
  const tagsDeleted = sum((i) => i.deletedTags.length);
  const digestsDeleted = sum((i) => i.deletedDigests.length);
  const tagsKept = sum((i) => i.keptTags.length);
  const bytes = sum((i) => i.bytesFreed);
  const unknown = sum((i) => i.manifestsWithoutSize);
  const verb = result.dryRun ? 'to delete' : 'deleted';
  lines.push(
    `${result.images.length} image(s), ages at ${result.now}: **${tagsDeleted}** tag(s) and **${digestsDeleted}** manifest(s) ${verb}, **${tagsKept}** tag(s) kept; ` +
      `${result.dryRun ? 'space to free' : 'space freed'}: ${space(bytes, unknown)}.`,
    '',
  );
  if (result.storageNote !== undefined && digestsDeleted > 0) lines.push(`> ${cell(result.storageNote)}`, '');

  const failures = cleanupFailures(result);
  if (failures.length > 0) {
    lines.push(`**${failures.length} problem(s):**`, '', ...failures.slice(0, MAX_ROWS).map((f) => `- ${cell(f)}`), '');
  }

  lines.push('| image | status | tags ' + verb + ' | manifests ' + verb + ' | tags kept | not done | space |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const i of result.images) {
    const notDone = i.failed.length + i.unsupported.length + i.skipped.length;
    lines.push(
      `| ${code(i.image)} | ${STATUS[i.status]} | ${i.deletedTags.length} | ${i.deletedDigests.length} | ${i.keptTags.length} | ${notDone} | ${space(i.bytesFreed, i.manifestsWithoutSize)} |`,
    );
  }
  lines.push('');
  for (const image of result.images) lines.push(...imageSection(image, result.dryRun));
  return `${lines.join('\n')}\n`;
}
