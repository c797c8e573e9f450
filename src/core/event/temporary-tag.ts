/**
 * `tags.temporary`: the event's default temporary tag, or a user pattern with placeholders
 * `{default}` (the event's tag), `{sha}`, `{sha7}`, `{event}`, `{run_id}` and `{date}`.
 */
import type { TemporaryTagRule } from '../config/types.js';
import { UserInputError, type SourceLocation } from '../diagnostics.js';
import { isValidTag, shortSha, slugify } from '../slug.js';
import type { WorkflowContext } from './context.js';

export function applyTemporaryTagRule(
  rule: TemporaryTagRule,
  eventTag: string | undefined,
  ctx: WorkflowContext,
  where: SourceLocation,
): string | undefined {
  if (rule.kind === 'default' || eventTag === undefined) return eventTag;
  const values: Record<string, string> = {
    default: eventTag,
    sha: ctx.sha,
    sha7: shortSha(ctx.sha),
    event: slugify(ctx.eventName),
    run_id: slugify(ctx.runId),
    date: ctx.now.toISOString().slice(0, 10).replace(/-/g, ''),
  };
  const unknown: string[] = [];
  const tag = rule.pattern.replace(/\{([a-z0-9_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) unknown.push(name);
    return value ?? '';
  });
  if (unknown.length > 0 || !isValidTag(tag)) {
    throw new UserInputError([
      {
        message:
          unknown.length > 0
            ? `tags.temporary "${rule.pattern}" has unknown placeholders ${unknown.map((u) => `{${u}}`).join(', ')}`
            : `tags.temporary "${rule.pattern}" gives "${tag}", which is not a valid tag`,
        location: where,
        hint: `Use ${Object.keys(values).map((k) => `{${k}}`).join(', ')} and the characters a-z 0-9 _ . -`,
      },
    ]);
  }
  return tag;
}
