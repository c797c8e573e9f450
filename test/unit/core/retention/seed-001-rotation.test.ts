/**
 * The rotation seed 001 asks for, on a realistic repository:
 *
 *   "artifacts built from master branch should be kept for a long period of time for
 *    investigations; artifacts built from other branches should be rotated on a weekly basis
 *    with a possibility to mark certain build as an exception and keep it for a longer period"
 *
 * Master builds are multi-platform indexes kept 180 days; `latest` and releases are protected;
 * branch builds and pull requests go after a week; nightlies keep the last 14; exceptions are
 * marked in the registry with keep- and keep-until- tags.
 */
import { describe, expect, it } from 'vitest';
import { formatRetentionPlan } from '../../../../src/core/retention/format.js';
import { planRetention } from '../../../../src/core/retention/plan.js';
import { orderedSteps } from '../../../../src/core/retention/steps.js';
import { buildKeyTag } from '../../../../src/core/retention/tag-names.js';
import { digestOf, fallbackTag, NOW, policy, StateBuilder } from './fixtures.js';
import { applySteps, neededClosure, visible } from './oracle.js';

const rotation = policy(
  [
    { tags: 'pr-*', olderThan: '7d' },
    { tags: 'nightly-*', keepLast: 14 },
    { tags: 'bk-*', olderThan: '30d' },
    { tags: 'master-*', olderThan: '180d' },
    { tags: '*-*', olderThan: '7d' },
  ],
  ['latest', 'v*', 'keep-*'],
);

const key = (name: string) => digestOf(`key of ${name}`).slice('sha256:'.length);

function repository() {
  const b = new StateBuilder('ghcr.io/acme/foreman');
  // 25 master builds, one every 10 days from 5 days ago, each a two-platform index.
  for (let n = 0; n < 25; n++) {
    const days = 5 + 10 * n;
    b.image(`master-${n}/amd64`, { days, size: 100_000_000 })
      .image(`master-${n}/arm64`, { days, size: 90_000_000 })
      .index(`master-${n}`, [`master-${n}/amd64`, `master-${n}/arm64`], { buildKey: key(`master-${n}`), size: 1_000 })
      .tag(`master-${n}`, `master-${n}`);
  }
  b.tag('latest', 'master-0').tag('v1.0.0', 'master-22');
  b.tag(buildKeyTag(key('master-0'))!, 'master-0');
  b.artifact('latest-signature').tag(fallbackTag('master-0', 'sig'), 'latest-signature');
  b.artifact('old-signature').tag(fallbackTag('master-20', 'sig'), 'old-signature');

  for (const days of [2, 5, 9, 14]) {
    b.image(`login-${days}`, { days, buildKey: key(`login-${days}`) }).tag(`feature-login-${days}d`, `login-${days}`);
  }
  // The build key of the 9-day-old login build is still fresh: reuse may want it.
  b.tag(buildKeyTag(key('login-9'))!, 'login-9');

  b.image('crash', { days: 8 }).tag('bugfix-crash', 'crash').tag('keep-until-20250701-hotfix', 'crash');
  b.image('demo', { days: 40 }).tag('feature-demo', 'demo').tag('keep-customer-demo', 'demo');
  b.image('review', { days: 30 }).tag('feature-review', 'review').tag('keep-until-20250601-review', 'review');
  b.image('pr-12', { days: 3 }).tag('pr-12-abc1234', 'pr-12');
  b.image('pr-10', { days: 20 }).tag('pr-10-def5678', 'pr-10');
  for (let n = 1; n <= 20; n++) b.image(`nightly-${n}`, { days: n }).tag(`nightly-2025${String(n).padStart(2, '0')}`, `nightly-${n}`);
  return b.build();
}

describe('seed 001 rotation: master kept long, branches weekly, marked exceptions', () => {
  const state = repository();
  const plan = planRetention(state, rotation, NOW);
  const deleted = plan.tags.filter((t) => t.action === 'delete').map((t) => t.tag);

  it('deletes exactly the old master builds, week-old branches and PRs, surplus nightlies and expired exceptions', () => {
    expect(deleted.sort()).toEqual(
      [
        ...[18, 19, 20, 21, 22, 23, 24].map((n) => `master-${n}`),
        'feature-login-9d',
        'feature-login-14d',
        'bugfix-crash',
        'feature-demo',
        'feature-review',
        'keep-until-20250601-review',
        'pr-10-def5678',
        fallbackTag('master-20', 'sig'),
        ...[15, 16, 17, 18, 19, 20].map((n) => `nightly-2025${n}`),
      ].sort(),
    );
  });

  it('says which rule or protection decided each tag', () => {
    const by = (tag: string) => plan.tags.find((t) => t.tag === tag)!;
    expect(by('master-17').why).toBe('175d old (newest child ' + digestOf('master-17/amd64').slice(0, 19) + '), not older than 180d');
    expect(by('master-18')).toMatchObject({ decidedBy: 'rule 4 "master-*" (older-than 180d)', why: expect.stringMatching(/^185d old .*older than 180d$/) });
    expect(by('feature-login-9d').decidedBy).toBe('rule 5 "*-*" (older-than 7d)');
    expect(by('nightly-202515').why).toBe('15th newest of the 20 dated tags this rule decides, beyond keep-last 14');
    expect(by('latest').decidedBy).toBe('protect "latest"');
    expect(by('keep-until-20250701-hotfix').decidedBy).toBe('exception until 2025-07-01');
    expect(by('keep-customer-demo').decidedBy).toBe('exception');
    expect(by('keep-until-20250601-review').decidedBy).toBe('rule 5 "*-*" (older-than 7d)');
    expect(by(buildKeyTag(key('master-0'))!).basis).toEqual({ kind: 'build-key', of: digestOf('master-0') });
    expect(by(fallbackTag('master-0', 'sig')).basis).toMatchObject({ kind: 'referrer-tag', subject: digestOf('master-0') });
    expect(by(fallbackTag('master-20', 'sig')).basis).toMatchObject({ kind: 'with-subject', subject: digestOf('master-20') });
  });

  it('keeps the manifests exceptions, releases and build keys point at, removing only their expired tags', () => {
    const m = (name: string) => plan.manifests.find((x) => x.digest === digestOf(name))!;
    expect(m('master-22')).toMatchObject({ action: 'untag-only', keptTags: ['v1.0.0'], deletedTags: ['master-22'] });
    expect(m('master-22/amd64').action).toBe('keep');
    expect(m('crash')).toMatchObject({ action: 'untag-only', deletedTags: ['bugfix-crash'] });
    expect(m('demo')).toMatchObject({ action: 'untag-only', deletedTags: ['feature-demo'] });
    expect(m('login-9')).toMatchObject({ action: 'untag-only', keptTags: [buildKeyTag(key('login-9'))] });
    expect(m('review').action).toBe('delete-manifest');
    expect(m('master-18/arm64').action).toBe('delete-manifest');
    // Six master indexes (18–24 but 22) with their 12 platform images; the sizes add up.
    expect(plan.totals.bytesFreed).toBe(6 * (1_000 + 100_000_000 + 90_000_000));
  });

  it('runs safely: nothing kept is touched at any step, and a re-run after any crash ends the same', () => {
    const steps = orderedSteps(plan);
    expect(steps.filter((s) => s.kind === 'untag').map((s) => (s.kind === 'untag' ? s.tag : ''))).toEqual([
      'bugfix-crash',
      'feature-demo',
      'feature-login-9d',
      'master-22',
    ]);
    const kept = plan.tags.filter((t) => t.action === 'keep');
    const needed = neededClosure(state, kept.map((t) => t.digest));
    const end = visible(applySteps(state, steps));
    for (let k = 0; k <= steps.length; k++) {
      const crashed = applySteps(state, steps.slice(0, k));
      for (const t of kept) expect(crashed.tags.get(t.tag)).toBe(t.digest);
      for (const digest of needed) expect(crashed.manifests.has(digest)).toBe(true);
      const resumed = applySteps(crashed, orderedSteps(planRetention(crashed, rotation, NOW)));
      expect(visible(resumed), `crash after ${k} of ${steps.length} steps`).toEqual(end);
    }
    expect(orderedSteps(planRetention(applySteps(state, steps), rotation, NOW))).toEqual([]);
  });

  it('prints a report that names every deleted tag with its rule', () => {
    const text = formatRetentionPlan(plan);
    expect(text.split('\n')[0]).toBe('Retention plan for ghcr.io/acme/foreman (ages at 2025-06-15T12:00:00.000Z)');
    expect(text).toContain('  tags: 21 to delete,');
    for (const tag of deleted) expect(text).toMatch(new RegExp(`\\n  delete  ${tag.replace(/[.]/g, '\\.')} +sha256:[0-9a-f]{12}  (rule|interrupted)`));
    expect(text).not.toContain('warning:');
  });
});
