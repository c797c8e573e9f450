import { describe, expect, it } from 'vitest';
import { promoteTags, semverTags } from '../../../src/core/promote/tags.js';

const sha = '0123456789abcdef0123456789abcdef01234567';
const now = new Date('2026-11-23T00:00:00Z');
const tags = (patterns: string[], ref: string, defaultBranch = 'main') =>
  promoteTags(patterns, { sha, ref, defaultBranch, now }).map((t) => t.tag);

describe('promoteTags', () => {
  it('gives latest, sha and branch on the default branch', () => {
    expect(tags(['latest', 'sha-{sha7}', '{branch}', 'semver'], 'refs/heads/main')).toEqual(['latest', 'sha-0123456', 'main']);
  });
  it('never gives latest off the default branch', () => {
    expect(tags(['latest', 'sha-{sha7}', '{branch}'], 'refs/heads/Feature/X')).toEqual(['sha-0123456', 'feature-x']);
  });
  it('gives 1.2.3, 1.2 and 1 for a version tag, and only its own tag for a pre-release', () => {
    expect(tags(['latest', 'semver'], 'refs/tags/v1.2.3')).toEqual(['1.2.3', '1.2', '1']);
    expect(tags(['latest', 'semver'], 'refs/tags/v1.2.3-rc.1')).toEqual(['1.2.3-rc.1']);
    expect(tags(['semver'], 'refs/tags/release-x')).toEqual([]);
  });
  it('skips a pattern whose placeholder has no value, and refuses unknown ones', () => {
    expect(tags(['{tag}', 'nightly-{date}'], 'refs/heads/main')).toEqual(['nightly-20261123']);
    expect(() => tags(['{version}'], 'refs/heads/main')).toThrow(/unknown placeholder \{version\}/);
  });
  it('semverTags rejects what is not a version', () => {
    expect(semverTags('1.2')).toBeUndefined();
    expect(semverTags('01.2.3')).toBeUndefined();
  });
});
