/**
 * The slug rule: how untrusted text from events (branch names, refs) becomes part of a tag.
 *
 * A Docker tag allows `[A-Za-z0-9_.-]`, at most 128 characters, and may not start with `.` or
 * `-`. We are stricter (lowercase only) so that `Feature/X` and `feature/x` cannot produce two
 * tags that registries treat differently.
 */

export const MAX_TAG_LENGTH = 128;

/** Lowercase, runs of other characters become one `-`, no leading `.`/`-`, at most `max` long. */
export function slugify(text: string, max: number = MAX_TAG_LENGTH): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, max)
    .replace(/[.-]+$/, '');
  return slug;
}

/** A tag built from parts, each already safe, trimmed to the tag limit from the left part. */
export function joinTag(prefix: string, suffix: string): string {
  const room = MAX_TAG_LENGTH - suffix.length - 1;
  const head = slugify(prefix, Math.max(room, 1));
  return head === '' ? suffix : `${head}-${suffix}`;
}

export const TAG_PATTERN = /^[a-z0-9_][a-z0-9_.-]{0,127}$/;

export function isValidTag(tag: string): boolean {
  return TAG_PATTERN.test(tag);
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}
