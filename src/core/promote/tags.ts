/**
 * Which final tags a promotion writes, from the `tags.promote` patterns of images.yaml and the
 * ref being promoted.
 *
 * - `latest`: only on the default branch.
 * - `semver`: on a version tag `v1.2.3` (or `1.2.3`): `1.2.3`, `1.2`, `1`; a pre-release
 *   (`1.2.3-rc.1`) gets only its own tag. On anything else it adds nothing.
 * - any other pattern: `{sha7}`, `{sha}`, `{branch}` (slug), `{tag}` (slug of a pushed tag),
 *   `{date}` (yyyymmdd); a pattern whose placeholder has no value for this ref is skipped.
 */
import { isValidTag, shortSha, slugify } from '../slug.js';

export interface PromotionRef {
  /** The commit being promoted. */
  readonly sha: string;
  /** `refs/heads/<branch>` or `refs/tags/<tag>`. */
  readonly ref: string;
  readonly defaultBranch: string | undefined;
  readonly now: Date;
}

export interface PromoteTag {
  readonly tag: string;
  /** The pattern it came from, for the report. */
  readonly pattern: string;
}

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function semverTags(tag: string): string[] | undefined {
  const m = SEMVER.exec(tag);
  if (!m) return undefined;
  const [, major, minor, patch, pre] = m;
  if (pre !== undefined) return [slugify(`${major}.${minor}.${patch}-${pre}`)];
  return [`${major}.${minor}.${patch}`, `${major}.${minor}`, `${major}`];
}

export class TagPatternError extends Error {
  constructor(pattern: string, problem: string) {
    super(`tags.promote pattern "${pattern}": ${problem}`);
    this.name = 'TagPatternError';
  }
}

export function promoteTags(patterns: readonly string[], ref: PromotionRef): PromoteTag[] {
  const branch = ref.ref.startsWith('refs/heads/') ? ref.ref.slice('refs/heads/'.length) : undefined;
  const pushedTag = ref.ref.startsWith('refs/tags/') ? ref.ref.slice('refs/tags/'.length) : undefined;
  const values: Record<string, string | undefined> = {
    sha: ref.sha || undefined,
    sha7: ref.sha ? shortSha(ref.sha) : undefined,
    branch: branch === undefined ? undefined : slugify(branch),
    tag: pushedTag === undefined ? undefined : slugify(pushedTag),
    date: ref.now.toISOString().slice(0, 10).replace(/-/g, ''),
  };
  const out = new Map<string, PromoteTag>();
  const add = (tag: string, pattern: string): void => {
    if (!isValidTag(tag)) throw new TagPatternError(pattern, `gives "${tag}", which is not a valid tag`);
    if (!out.has(tag)) out.set(tag, { tag, pattern });
  };
  for (const pattern of patterns) {
    if (pattern === 'latest') {
      if (branch !== undefined && branch === ref.defaultBranch) add('latest', pattern);
      continue;
    }
    if (pattern === 'semver') {
      for (const tag of (pushedTag && semverTags(pushedTag)) || []) add(tag, pattern);
      continue;
    }
    let missing = false;
    const tag = pattern.replace(/\{([a-z0-9_]+)\}/g, (_, name: string) => {
      if (!(name in values)) throw new TagPatternError(pattern, `unknown placeholder {${name}}; known: ${Object.keys(values).map((k) => `{${k}}`).join(' ')}`);
      const value = values[name];
      if (value === undefined) missing = true;
      return value ?? '';
    });
    if (!missing) add(tag, pattern);
  }
  return [...out.values()];
}
