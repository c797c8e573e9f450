/**
 * A retention plan as plain text, for the step log and the CLI.
 *
 * The text depends on the plan alone (never on whether it is a dry run, the clock or the
 * terminal), so a dry run shows exactly what the real run will print and do. The caller adds
 * its own "DRY RUN" banner.
 */
import { orderedSteps } from './steps.js';
import { shortDigest, type RetentionPlan } from './plan.js';

/** `1234567 bytes (1.2 MiB)`; exact first, since the report is also read by scripts. */
export function formatBytes(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = '';
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return unit === '' ? `${bytes} bytes` : `${bytes} bytes (${value.toFixed(1)} ${unit})`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function formatRetentionPlan(plan: RetentionPlan): string {
  const t = plan.totals;
  const lines: string[] = [];
  lines.push(`Retention plan for ${plan.repository} (ages at ${plan.now})`);
  lines.push(`  tags: ${t.tagsDeleted} to delete, ${t.tagsKept} kept`);
  lines.push(`  manifests: ${t.manifestsDeleted} to delete, ${t.manifestsUntagOnly} to untag only, ${t.manifestsKept} kept`);
  const unknown = t.manifestsWithoutSize > 0 ? ` at least; ${t.manifestsWithoutSize} deleted manifest(s) of unknown size` : '';
  lines.push(`  space: ${formatBytes(t.bytesFreed)}${unknown}`);

  for (const warning of plan.warnings) lines.push(`  warning: ${warning}`);
  lines.push('Tags:');
  if (plan.tags.length === 0) lines.push('  (none)');
  const tagWidth = Math.min(48, Math.max(0, ...plan.tags.map((d) => d.tag.length)));
  for (const d of plan.tags) {
    lines.push(`  ${pad(d.action, 6)}  ${pad(d.tag, tagWidth)}  ${shortDigest(d.digest)}  ${d.decidedBy}: ${d.why}`);
  }

  lines.push('Manifests:');
  if (plan.manifests.length === 0) lines.push('  (none)');
  for (const m of plan.manifests) {
    const removed = m.deletedTags.length > 0 ? ` [tags removed: ${m.deletedTags.join(', ')}]` : '';
    lines.push(`  ${pad(m.action, 15)}  ${m.digest}  ${pad(m.kind, 8)}  ${m.why}${removed}`);
  }

  const steps = orderedSteps(plan);
  lines.push('Steps, in order:');
  if (steps.length === 0) lines.push('  (nothing to do)');
  steps.forEach((step, i) => {
    const n = `${i + 1}.`;
    if (step.kind === 'untag') {
      lines.push(`  ${n} untag ${step.tag} (from ${shortDigest(step.digest)}, which stays)`);
    } else {
      const tags = step.tags.length > 0 ? ` with its tags ${step.tags.join(', ')}` : ' (untagged)';
      lines.push(`  ${n} delete manifest ${step.digest}${tags}`);
    }
  });
  return lines.join('\n');
}
