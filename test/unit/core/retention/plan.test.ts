import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../../../src/core/diagnostics.js';
import { IncompleteStateError, type RepositoryState } from '../../../../src/core/retention/model.js';
import { planRetention, type RetentionPlan } from '../../../../src/core/retention/plan.js';
import { buildKeyTag } from '../../../../src/core/retention/tag-names.js';
import { daysAgo, digestOf, fallbackTag, NOW, policy, SPEC_POLICY, StateBuilder } from './fixtures.js';

function tagOf(plan: RetentionPlan, tag: string) {
  const d = plan.tags.find((t) => t.tag === tag);
  if (!d) throw new Error(`no decision for ${tag}`);
  return d;
}

function manifestOf(plan: RetentionPlan, name: string) {
  const m = plan.manifests.find((x) => x.digest === digestOf(name));
  if (!m) throw new Error(`no decision for manifest ${name}`);
  return m;
}

const actions = (plan: RetentionPlan) => Object.fromEntries(plan.tags.map((t) => [t.tag, t.action]));

describe('rules', () => {
  it('lets the first matching rule decide', () => {
    const state = new StateBuilder().image('a', { days: 10 }).tag('pr-1', 'a').tag('feature-x', 'a').build();
    const plan = planRetention(state, policy([{ tags: 'pr-*', olderThan: '30d' }, { tags: '*-*', olderThan: '7d' }]), NOW);
    expect(tagOf(plan, 'pr-1')).toMatchObject({ action: 'keep', basis: { kind: 'rule', rule: { index: 0 }, verdict: 'young' } });
    expect(tagOf(plan, 'feature-x')).toMatchObject({ action: 'delete', basis: { kind: 'rule', rule: { index: 1 }, verdict: 'older-than' } });
    expect(tagOf(plan, 'feature-x').why).toBe('10d old (created), older than 7d');
    expect(tagOf(plan, 'feature-x').decidedBy).toBe('rule 2 "*-*" (older-than 7d)');
  });

  it('keeps and reports a tag that no rule matches', () => {
    const state = new StateBuilder().image('a', { days: 400 }).tag('stable', 'a').build();
    const plan = planRetention(state, policy([{ tags: 'pr-*', olderThan: '1d' }]), NOW);
    expect(tagOf(plan, 'stable')).toMatchObject({ action: 'keep', basis: { kind: 'no-rule' }, why: 'no rule matches this tag, so it is kept' });
  });

  it('deletes only what is strictly older than older-than', () => {
    const state = new StateBuilder()
      .image('exact', { created: daysAgo(7) })
      .image('older', { created: new Date(daysAgo(7).getTime() - 1) })
      .tag('pr-exact', 'exact')
      .tag('pr-older', 'older')
      .build();
    const plan = planRetention(state, policy([{ tags: 'pr-*', olderThan: '7d' }]), NOW);
    expect(actions(plan)).toEqual({ 'pr-exact': 'keep', 'pr-older': 'delete' });
  });

  it('keep-last keeps the N newest tags the rule decides, ties broken by tag name', () => {
    const b = new StateBuilder();
    for (const [i, days] of [5, 1, 3, 3, 9].entries()) b.image(`n${i}`, { days }).tag(`nightly-${i}`, `n${i}`);
    const plan = planRetention(b.build(), policy([{ tags: 'nightly-*', keepLast: 3 }]), NOW);
    // Ages: nightly-1 (1d), nightly-2 and nightly-3 (3d, name order), nightly-0 (5d), nightly-4 (9d).
    expect(actions(plan)).toEqual({ 'nightly-0': 'delete', 'nightly-1': 'keep', 'nightly-2': 'keep', 'nightly-3': 'keep', 'nightly-4': 'delete' });
    expect(tagOf(plan, 'nightly-3').why).toBe('3rd newest of the 5 dated tags this rule decides, within keep-last 3');
    expect(tagOf(plan, 'nightly-0').why).toBe('4th newest of the 5 dated tags this rule decides, beyond keep-last 3');
  });

  it('with keep-last and older-than, deletes only tags beyond keep-last that are also older', () => {
    const b = new StateBuilder();
    for (const [i, days] of [1, 2, 10, 40, 50].entries()) b.image(`n${i}`, { days }).tag(`nightly-${i}`, `n${i}`);
    const plan = planRetention(b.build(), policy([{ tags: 'nightly-*', keepLast: 2, olderThan: '30d' }]), NOW);
    expect(actions(plan)).toEqual({ 'nightly-0': 'keep', 'nightly-1': 'keep', 'nightly-2': 'keep', 'nightly-3': 'delete', 'nightly-4': 'delete' });
    expect(tagOf(plan, 'nightly-2').basis).toMatchObject({ kind: 'rule', verdict: 'young' });
    expect(tagOf(plan, 'nightly-2').why).toMatch(/beyond keep-last 2, but 10d old \(created\), not older than 30d/);
    expect(tagOf(plan, 'nightly-3').basis).toMatchObject({ verdict: 'beyond-keep-last-and-older-than' });
  });

  it('keep-last also keeps old tags when there are at most N of them', () => {
    const state = new StateBuilder().image('a', { days: 900 }).tag('nightly-1', 'a').build();
    expect(actions(planRetention(state, policy([{ tags: 'nightly-*', keepLast: 1 }]), NOW))).toEqual({ 'nightly-1': 'keep' });
  });

  it('a rule with neither limit keeps what it matches and shields it from later rules', () => {
    const state = new StateBuilder().image('a', { days: 900 }).tag('release-1', 'a').build();
    const plan = planRetention(state, policy([{ tags: 'release-*' }, { tags: '*', olderThan: '1d' }]), NOW);
    expect(tagOf(plan, 'release-1')).toMatchObject({ action: 'keep', basis: { kind: 'rule', verdict: 'keep-rule' } });
  });

  it('keeps a tag with no date and says so, even under keep-last 0', () => {
    const state = new StateBuilder().image('a').image('b', { days: 1 }).tag('pr-old', 'a').tag('pr-new', 'b').build();
    const plan = planRetention(state, policy([{ tags: 'pr-*', keepLast: 0, olderThan: '0d' }]), NOW);
    expect(tagOf(plan, 'pr-old')).toMatchObject({ action: 'keep', basis: { kind: 'no-date', rule: { index: 0 } } });
    expect(tagOf(plan, 'pr-old').why).toMatch(/never guessed/);
    expect(tagOf(plan, 'pr-new').action).toBe('delete');
  });

  it('dates by the registry where it gives a date', () => {
    const state = new StateBuilder().image('a', { days: 400 }).registryDate('a', daysAgo(1)).tag('pr-1', 'a').build();
    expect(tagOf(planRetention(state, policy([{ tags: 'pr-*', olderThan: '7d' }]), NOW), 'pr-1')).toMatchObject({
      action: 'keep',
      why: '1d old (registry date), not older than 7d',
    });
  });
});

describe('protection', () => {
  const everythingGoes = [{ tags: '*', olderThan: '1d' }];

  it('never deletes a protected tag, and records the glob', () => {
    const state = new StateBuilder().image('a', { days: 900 }).tag('latest', 'a').tag('v1.2.3', 'a').build();
    const plan = planRetention(state, policy(everythingGoes, ['latest', 'v*']), NOW);
    expect(tagOf(plan, 'latest')).toMatchObject({ action: 'keep', basis: { kind: 'protect', pattern: 'latest' }, decidedBy: 'protect "latest"' });
    expect(tagOf(plan, 'v1.2.3').basis).toEqual({ kind: 'protect', pattern: 'v*' });
  });

  it('removes other tags of a protected digest as tags only', () => {
    const state = new StateBuilder().image('a', { days: 900 }).tag('latest', 'a').tag('pr-1', 'a').build();
    const plan = planRetention(state, policy(everythingGoes, ['latest']), NOW);
    expect(tagOf(plan, 'pr-1').action).toBe('delete');
    expect(manifestOf(plan, 'a')).toMatchObject({ action: 'untag-only', keptTags: ['latest'], deletedTags: ['pr-1'], neededBy: { kind: 'tag', tag: 'latest' } });
  });

  it('keeps the children of a protected index, even when their own tags go', () => {
    const state = new StateBuilder()
      .image('amd64', { days: 900 })
      .image('arm64', { days: 900 })
      .index('idx', ['amd64', 'arm64'])
      .tag('latest', 'idx')
      .tag('pr-1-amd64', 'amd64')
      .build();
    const plan = planRetention(state, policy(everythingGoes, ['latest']), NOW);
    expect(tagOf(plan, 'pr-1-amd64').action).toBe('delete');
    expect(manifestOf(plan, 'amd64')).toMatchObject({ action: 'untag-only', neededBy: { kind: 'child', parent: digestOf('idx') } });
    expect(manifestOf(plan, 'arm64')).toMatchObject({ action: 'keep', neededBy: { kind: 'child', parent: digestOf('idx') } });
  });

  it('keeps the referrers of a protected digest, through the referrers API and transitively', () => {
    const state = new StateBuilder()
      .image('app', { days: 900 })
      .artifact('sbom', { subject: 'app', days: 900 })
      .artifact('sbom-sig', { subject: 'sbom', days: 900 })
      .tag('latest', 'app')
      .tag('pr-sbom', 'sbom')
      .build();
    const plan = planRetention(state, policy(everythingGoes, ['latest']), NOW);
    expect(manifestOf(plan, 'sbom')).toMatchObject({ action: 'untag-only', neededBy: { kind: 'referrer', subject: digestOf('app') } });
    expect(manifestOf(plan, 'sbom-sig')).toMatchObject({ action: 'keep', neededBy: { kind: 'referrer', subject: digestOf('sbom') } });
  });

  it('keeps the fallback tags naming a protected digest, and what they point at', () => {
    const sig = fallbackTag('app', 'sig');
    const att = fallbackTag('app', 'att');
    const referrersIndex = fallbackTag('app');
    const state = new StateBuilder()
      .image('app', { days: 900 })
      .artifact('sig', { days: 900 })
      .artifact('att', { days: 900 })
      .index('refs', ['att'], { days: 900 })
      .tag('latest', 'app')
      .tag(sig, 'sig')
      .tag(att, 'att')
      .tag(referrersIndex, 'refs')
      .build();
    const plan = planRetention(state, policy(everythingGoes, ['latest']), NOW);
    for (const tag of [sig, att, referrersIndex]) {
      expect(tagOf(plan, tag)).toMatchObject({ action: 'keep', basis: { kind: 'referrer-tag', subject: digestOf('app') } });
    }
    expect(tagOf(plan, sig).why).toBe('signature tag of a manifest that stays: kept with it');
    expect(plan.manifests.every((m) => m.action === 'keep')).toBe(true);
  });

  it('keeps the build-key tag of a protected image, and any bk- tag on it, so reuse keeps working', () => {
    const key = 'f'.repeat(64);
    const bk = buildKeyTag(key)!;
    const state = new StateBuilder()
      .image('app', { days: 900, buildKey: key })
      .image('rebuilt', { days: 900, buildKey: key })
      .image('other', { days: 900 })
      .tag('latest', 'app')
      .tag(bk, 'rebuilt') // the same key pushed again: reuse finds this one
      .tag('bk-0000000000000001', 'app')
      .tag('bk-0000000000000002', 'other')
      .build();
    const plan = planRetention(state, policy([{ tags: 'bk-*', olderThan: '30d' }], ['latest']), NOW);
    expect(tagOf(plan, bk)).toMatchObject({ action: 'keep', basis: { kind: 'build-key', of: digestOf('app') } });
    expect(tagOf(plan, 'bk-0000000000000001')).toMatchObject({ action: 'keep', basis: { kind: 'build-key' } });
    expect(tagOf(plan, 'bk-0000000000000002')).toMatchObject({ action: 'delete', basis: { kind: 'rule' } });
    expect(manifestOf(plan, 'rebuilt').action).toBe('keep');
  });

  it('does not keep the build-key tag of an image that is merely kept by a rule', () => {
    const key = 'e'.repeat(64);
    const state = new StateBuilder().image('app', { days: 2, buildKey: key }).tag('pr-1', 'app').tag(buildKeyTag(key)!, 'app').build();
    const plan = planRetention(state, policy([{ tags: 'pr-*', olderThan: '7d' }, { tags: 'bk-*', olderThan: '1d' }]), NOW);
    expect(tagOf(plan, buildKeyTag(key)!).action).toBe('delete');
    expect(manifestOf(plan, 'app').action).toBe('untag-only');
  });
});

describe('exceptions', () => {
  const weekly = [{ tags: '*-*', olderThan: '7d' }];

  it('keep-<reason> protects its digest without any protect glob', () => {
    const state = new StateBuilder().image('a', { days: 90 }).tag('feature-x-1', 'a').tag('keep-bug-4242', 'a').build();
    const plan = planRetention(state, policy(weekly, []), NOW);
    expect(tagOf(plan, 'keep-bug-4242')).toMatchObject({ action: 'keep', basis: { kind: 'exception', marker: { kind: 'keep', reason: 'bug-4242' } } });
    expect(tagOf(plan, 'feature-x-1').action).toBe('delete');
    expect(manifestOf(plan, 'a').action).toBe('untag-only');
  });

  it('keep-until protects through its day, then the rules decide even though keep-* is protected', () => {
    const state = new StateBuilder()
      .image('a', { days: 90 })
      .image('b', { days: 90 })
      .tag('keep-until-20250615-demo', 'a')
      .tag('keep-until-20250614-demo', 'b')
      .build();
    const plan = planRetention(state, policy(weekly, ['keep-*']), NOW); // NOW is 2025-06-15 12:00 UTC
    expect(tagOf(plan, 'keep-until-20250615-demo')).toMatchObject({ action: 'keep', decidedBy: 'exception until 2025-06-15' });
    expect(tagOf(plan, 'keep-until-20250614-demo')).toMatchObject({
      action: 'delete',
      basis: { kind: 'rule', rule: { index: 0 } },
      why: 'exception expired after 2025-06-14, so the rules decide; 90d old (created), older than 7d',
    });
    expect(manifestOf(plan, 'b').action).toBe('delete-manifest');
  });

  it('an expired keep-until tag that no rule matches is kept as an unmatched tag', () => {
    const state = new StateBuilder().image('a', { days: 90 }).tag('keep-until-20200101-x', 'a').build();
    expect(tagOf(planRetention(state, policy([{ tags: 'pr-*', olderThan: '1d' }], ['keep-*']), NOW), 'keep-until-20200101-x').basis).toEqual({ kind: 'no-rule' });
  });
});

describe('manifests', () => {
  it('deletes a manifest when all its tags go, and frees its reported size', () => {
    const state = new StateBuilder().image('a', { days: 30, size: 1000 }).image('b', { days: 30 }).tag('pr-1', 'a').tag('pr-2', 'a').tag('pr-3', 'b').build();
    const plan = planRetention(state, policy([{ tags: 'pr-*', olderThan: '7d' }]), NOW);
    expect(manifestOf(plan, 'a')).toMatchObject({ action: 'delete-manifest', deletedTags: ['pr-1', 'pr-2'], keptTags: [] });
    expect(plan.totals).toMatchObject({ tagsDeleted: 3, manifestsDeleted: 2, bytesFreed: 1000, manifestsWithoutSize: 1 });
  });

  it('deletes the untagged children and referrers of a deleted index, but not a child a kept index shares', () => {
    const state = new StateBuilder()
      .image('amd64', { days: 30 })
      .image('shared', { days: 30 })
      .artifact('att', { days: 30 })
      .index('old', ['amd64', 'shared', 'att'])
      .index('new', ['shared'], { days: 1 })
      .artifact('old-sig', { subject: 'old' })
      .tag('pr-1', 'old')
      .tag('pr-2', 'new')
      .build();
    const plan = planRetention(state, policy([{ tags: 'pr-*', olderThan: '7d' }]), NOW);
    expect(manifestOf(plan, 'old').action).toBe('delete-manifest');
    expect(manifestOf(plan, 'amd64')).toMatchObject({ action: 'delete-manifest', why: `untagged, and reached only through deleted manifests (${digestOf('old').slice(0, 19)})` });
    expect(manifestOf(plan, 'att').action).toBe('delete-manifest');
    expect(manifestOf(plan, 'old-sig').action).toBe('delete-manifest');
    expect(manifestOf(plan, 'shared')).toMatchObject({ action: 'keep', neededBy: { kind: 'child', parent: digestOf('new') } });
  });

  it('leaves alone an untagged manifest no tag reaches, and what it needs', () => {
    const state = new StateBuilder()
      .image('child', { days: 30 })
      .index('orphan', ['child'])
      .index('tagged', ['child'], { days: 30 })
      .tag('pr-1', 'tagged')
      .build();
    const plan = planRetention(state, policy([{ tags: 'pr-*', olderThan: '7d' }]), NOW);
    expect(manifestOf(plan, 'tagged').action).toBe('delete-manifest');
    expect(manifestOf(plan, 'orphan')).toMatchObject({ action: 'keep', neededBy: { kind: 'untagged-unreachable' } });
    expect(manifestOf(plan, 'child')).toMatchObject({ action: 'keep', neededBy: { kind: 'child', parent: digestOf('orphan') } });
  });

  it('keeps the fallback tags of a kept digest even when their rule would delete them', () => {
    const sig = fallbackTag('app', 'sig');
    const state = new StateBuilder().image('app', { days: 2 }).artifact('sig', { days: 30 }).tag('pr-1', 'app').tag(sig, 'sig').build();
    const plan = planRetention(state, policy([{ tags: 'pr-*', olderThan: '7d' }, { tags: '*-*', olderThan: '7d' }]), NOW);
    expect(tagOf(plan, sig)).toMatchObject({ action: 'keep', basis: { kind: 'referrer-tag', subject: digestOf('app') }, decidedBy: `referrer of kept ${digestOf('app').slice(0, 19)}` });
    expect(manifestOf(plan, 'sig').action).toBe('keep');
  });

  it('lets a signature go with its deleted image, whatever the age its own rule would want', () => {
    const sig = fallbackTag('app', 'sig');
    const state = new StateBuilder().image('app', { days: 3 }).artifact('sig').tag('mq-1', 'app').tag(sig, 'sig').build();
    const plan = planRetention(state, policy([{ tags: 'mq-*', olderThan: '2d' }, { tags: '*-*', olderThan: '7d' }]), NOW);
    expect(tagOf(plan, sig)).toMatchObject({
      action: 'delete',
      basis: { kind: 'with-subject', rule: { index: 1 }, subject: digestOf('app') },
      why: `signature tag of ${digestOf('app').slice(0, 19)}, which is deleted: it goes with it`,
    });
    expect(manifestOf(plan, 'sig').action).toBe('delete-manifest');
  });

  it('keeps a signature of a deleted image when no rule deletes its tag, or it has no date', () => {
    const sig = fallbackTag('app', 'sig');
    const state = new StateBuilder().image('app', { days: 30 }).artifact('sig').tag('pr-1', 'app').tag(sig, 'sig').build();
    const noRule = planRetention(state, policy([{ tags: 'pr-*', olderThan: '7d' }]), NOW);
    expect(tagOf(noRule, sig).basis).toEqual({ kind: 'no-rule' });
    const undated = new StateBuilder().image('app').artifact('sig').tag('keep-x', 'app').tag('pr-1', 'app').tag(sig, 'sig').build();
    const plan = planRetention(undated, policy([{ tags: '*-*', olderThan: '7d' }]), NOW);
    expect(tagOf(plan, sig).basis).toMatchObject({ kind: 'referrer-tag' }); // app is kept by keep-x
  });

  it('never takes a keep-last slot from a build for a signature tag', () => {
    const b = new StateBuilder();
    for (const i of [1, 2, 3]) b.image(`n${i}`, { days: i }).tag(`nightly-${i}`, `n${i}`).artifact(`s${i}`).tag(fallbackTag(`n${i}`, 'sig'), `s${i}`);
    const plan = planRetention(b.build(), policy([{ tags: '*', keepLast: 2 }]), NOW);
    expect(actions(plan)).toMatchObject({ 'nightly-1': 'keep', 'nightly-2': 'keep', 'nightly-3': 'delete' });
    expect(tagOf(plan, fallbackTag('n3', 'sig')).basis.kind).toBe('with-subject');
    expect(tagOf(plan, fallbackTag('n1', 'sig')).basis.kind).toBe('referrer-tag');
  });

  it('keeps attached tags whose only ground for deletion would be each other (a cycle)', () => {
    // idx lists app; idx carries the tag naming sig; sig carries the tag naming app.
    const state = new StateBuilder()
      .image('app', { days: 30 })
      .artifact('sig', { days: 30 })
      .index('idx', ['app'])
      .tag(fallbackTag('sig'), 'idx')
      .tag(fallbackTag('app', 'sig'), 'sig')
      .build();
    const plan = planRetention(state, policy([{ tags: '*', olderThan: '1d' }]), NOW);
    expect(plan.tags.map((t) => t.action)).toEqual(['keep', 'keep']);
    expect(plan.manifests.every((m) => m.action === 'keep')).toBe(true);
  });

  it('finishes an interrupted untag: a tag on a throwaway manifest is deleted with it', () => {
    const state = new StateBuilder().throwaway('tmp').tag('pr-1', 'tmp').build();
    const plan = planRetention(state, policy([]), NOW);
    expect(tagOf(plan, 'pr-1')).toMatchObject({ action: 'delete', basis: { kind: 'throwaway' } });
    expect(manifestOf(plan, 'tmp').action).toBe('delete-manifest');
  });

  it('never deletes a protected tag even if it points at a throwaway manifest', () => {
    const state = new StateBuilder().throwaway('tmp').tag('latest', 'tmp').build();
    expect(tagOf(planRetention(state, policy([], ['latest']), NOW), 'latest').action).toBe('keep');
  });
});

describe('inputs', () => {
  it('refuses a state that names manifests it does not describe', () => {
    const state: RepositoryState = {
      repository: 'r',
      tags: new Map([['pr-1', digestOf('missing')]]),
      manifests: new Map([[digestOf('idx'), { kind: 'index', digest: digestOf('idx'), children: [digestOf('gone')] }]]),
    };
    expect(() => planRetention(state, policy([]), NOW)).toThrow(IncompleteStateError);
    expect(() => planRetention(state, policy([]), NOW)).toThrow(/tag pr-1 points at sha256:.*not fetched.*index sha256:.* has child sha256:/);
  });

  it('refuses an invalid policy built in code', () => {
    const bad = { rules: [{ tags: '', keepLast: -1 }], protect: [''] };
    expect(() => planRetention(new StateBuilder().build(), bad, NOW)).toThrow(UserInputError);
  });

  it('warns about a rule that an earlier rule shadows (SPEC example: bk-* after *-*)', () => {
    const state = new StateBuilder().image('a', { days: 1 }).tag('bk-0123456789abcdef', 'a').build();
    const plan = planRetention(state, SPEC_POLICY, NOW);
    expect(plan.warnings).toEqual([
      'rule 6 "bk-*" (older-than 30d) decides no tag: the 1 tag(s) it matches (e.g. bk-0123456789abcdef) are matched first by rule 5 "*-*" (older-than 7d); move it up if it should decide them',
    ]);
  });

  it('is independent of the order of the input maps', () => {
    const b1 = new StateBuilder();
    const b2 = new StateBuilder();
    const names = Array.from({ length: 12 }, (_, i) => i);
    // Shared digests: x-<i> and pr-<i> on m<i mod 5>.
    for (const i of names) b1.image(`m${i}`, { days: i * 3 }).tag(`pr-${i}`, `m${i % 5}`).tag(`x-${i}`, `m${i % 5}`);
    for (const i of [...names].reverse()) b2.tag(`x-${i}`, `m${i % 5}`).image(`m${i}`, { days: i * 3 }).tag(`pr-${i}`, `m${i % 5}`);
    const p = policy([{ tags: 'pr-*', keepLast: 5, olderThan: '10d' }, { tags: 'x-*', keepLast: 2 }]);
    expect(planRetention(b2.build(), p, NOW)).toEqual(planRetention(b1.build(), p, NOW));
  });
});
