/**
 * Property test of the retention engine: random registry states against random policies.
 *
 * States are small (up to 7 manifests, 12 tags) so that 10,000 cases run in seconds, but they
 * hold every shape that matters: tags sharing digests, indexes with children (nested too),
 * referrers by subject and by fallback tag, build keys, keep- and keep-until- tags (some
 * expired, some malformed), dates from configs and from the registry, missing and epoch dates,
 * and throwaway manifests left by an interrupted untag. Each plan is checked against
 * independent statements of the rules (oracle.ts), then executed on a simulated registry,
 * whole and interrupted at a random step, to check that a crash breaks no kept tag and that a
 * re-run reaches the same state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duration as parseDuration } from '../../../../src/core/config/duration.js';
import type { ManifestInfo, RepositoryState, RetentionPolicy, RetentionRule } from '../../../../src/core/retention/model.js';
import { planRetention, type RetentionPlan } from '../../../../src/core/retention/plan.js';
import { orderedSteps } from '../../../../src/core/retention/steps.js';
import { buildKeyTag } from '../../../../src/core/retention/tag-names.js';
import { digestOf, NOW } from './fixtures.js';
import { applyStep, applySteps, attachedSubject, fallbackSubject, firstRuleIndex, halfUntag, mustKeep, neededClosure, tagDate, unreachableFromTags, visible } from './oracle.js';

const RUNS = 10_000;
const HOUR = 3_600_000;
const DIGESTS = Array.from({ length: 7 }, (_, i) => digestOf(`m${i}`));
const KEYS = ['a', 'b', 'c'].map((c) => c.repeat(64));
const THROWAWAY = digestOf('throwaway-left-by-a-crash');

// ---- states ----------------------------------------------------------------------------------

const dateArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant('epoch' as const) },
  { weight: 7, arbitrary: fc.integer({ min: -12, max: 60 * 24 }) },
);

const manifestArb = fc.record({
  kind: fc.oneof(
    { weight: 8, arbitrary: fc.constant('image') },
    { weight: 4, arbitrary: fc.constant('index') },
    { weight: 3, arbitrary: fc.constant('artifact') },
    { weight: 1, arbitrary: fc.constant('throwaway') },
  ),
  created: dateArb,
  registry: fc.option(fc.integer({ min: 0, max: 60 * 24 }), { freq: 4, nil: undefined }),
  buildKey: fc.option(fc.constantFrom(...KEYS), { nil: undefined }),
  children: fc.uniqueArray(fc.nat(), { maxLength: 3 }),
  subject: fc.option(fc.nat(), { freq: 2, nil: undefined }),
  size: fc.option(fc.nat(100_000), { nil: undefined }),
});

function yyyymmdd(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

const tagNameArb = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('latest', 'v1', 'v2.0', '1.2', 'stable', 'main', 'nightly') },
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom('pr', 'main', 'nightly', 'feat', 'mq', 'x-y'), fc.nat(30)).map(([p, n]) => `${p}-${n}`) },
  { weight: 1, arbitrary: fc.constantFrom('keep-a', 'keep-b', 'keep-until-2025x-x', 'keep-until-20251340-bad') },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: -5, max: 5 }), fc.constantFrom('', '-r'))
      .map(([days, r]) => `keep-until-${yyyymmdd(new Date(NOW.getTime() + days * 24 * HOUR))}${r}`),
  },
  { weight: 1, arbitrary: fc.constantFrom(...KEYS.map((k) => buildKeyTag(k)!), 'bk-0000000000000000') },
  { weight: 3, arbitrary: fc.record({ named: fc.nat(), suffix: fc.constantFrom('', '.sig', '.att', '.sbom') }) },
);

const tagArb = fc.record({ name: tagNameArb, target: fc.nat() });

interface Generated {
  state: RepositoryState;
}

const stateArb: fc.Arbitrary<Generated> = fc
  .record({ manifests: fc.array(manifestArb, { minLength: 1, maxLength: 7 }), tags: fc.array(tagArb, { minLength: 1, maxLength: 12 }) })
  .map(({ manifests: specs, tags: tagSpecs }) => {
    const tags = new Map<string, string>();
    const fallbackCarriers = new Set<string>();
    for (const { name, target } of tagSpecs) {
      const i = target % specs.length;
      let tag: string;
      if (typeof name === 'string') tag = name;
      else {
        // A fallback tag names a lower-numbered manifest than the one carrying it.
        if (i === 0) continue;
        tag = `${DIGESTS[name.named % i]!.replace(':', '-')}${name.suffix}`;
        fallbackCarriers.add(DIGESTS[i]!);
      }
      if (!tags.has(tag)) tags.set(tag, DIGESTS[i]!);
    }
    const manifests = new Map<string, ManifestInfo>();
    const registryDates = new Map<string, Date>();
    const usable: number[] = [];
    // Every reference goes to a lower-numbered manifest, as content addressing guarantees
    // (a manifest can only name digests that existed before it). A manifest carrying a fallback
    // tag (a signature, a referrers index) is nobody's platform child: when it is, and names a
    // sibling, a crash between deleting the index and its children leaves the sibling
    // unreachable, and the next plan keeps what names it (see steps.ts).
    specs.forEach((spec, i) => {
      const digest = DIGESTS[i]!;
      if (spec.kind === 'throwaway') {
        manifests.set(digest, { kind: 'throwaway', digest });
        return;
      }
      const pick = (n: number) => (usable.length > 0 ? DIGESTS[usable[n % usable.length]!]! : undefined);
      const created = spec.created === 'epoch' ? new Date(0) : spec.created === undefined ? undefined : new Date(NOW.getTime() - spec.created * HOUR);
      const subject = spec.subject !== undefined && spec.kind !== 'index' ? pick(spec.subject) : undefined;
      const common = {
        digest,
        ...(created ? { created } : {}),
        ...(spec.buildKey !== undefined ? { buildKey: spec.buildKey } : {}),
        ...(subject !== undefined ? { subject } : {}),
        ...(spec.size !== undefined ? { size: spec.size } : {}),
      };
      if (spec.kind === 'index') {
        const children = [...new Set(spec.children.map(pick).filter((c): c is string => c !== undefined && !fallbackCarriers.has(c)))];
        manifests.set(digest, { kind: 'index', children, ...common });
      } else {
        manifests.set(digest, { kind: spec.kind as 'image' | 'artifact', ...common });
      }
      if (spec.registry !== undefined) registryDates.set(digest, new Date(NOW.getTime() - spec.registry * HOUR));
      usable.push(i);
    });
    return { state: { repository: 'registry.test/prop', tags, manifests, registryDates } };
  });

// ---- policies --------------------------------------------------------------------------------

const ruleArb: fc.Arbitrary<RetentionRule> = fc
  .record({
    tags: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('pr-*', '*-*', '*', 'main-*', 'nightly-*') },
      { weight: 1, arbitrary: fc.constantFrom('bk-*', 'sha256-*', 'keep-*', 'v*', 'feat-*', '*.sig', 'keep-until-*') },
    ),
    olderThan: fc.option(fc.constantFrom('0d', '1h', '12h', '1d', '7d', '30d'), { nil: undefined }),
    keepLast: fc.option(fc.nat(3), { nil: undefined }),
  })
  .map((r) => ({ tags: r.tags, ...(r.olderThan !== undefined ? { olderThan: parseDuration(r.olderThan) } : {}), ...(r.keepLast !== undefined ? { keepLast: r.keepLast } : {}) }));

const policyArb: fc.Arbitrary<RetentionPolicy> = fc.record({
  rules: fc.oneof({ weight: 1, arbitrary: fc.constant([]) }, { weight: 9, arbitrary: fc.array(ruleArb, { minLength: 1, maxLength: 4 }) }),
  protect: fc.subarray(['latest', 'v*', 'keep-*', '[0-9]*', 'main-*', 'stable']),
});

// ---- checks ----------------------------------------------------------------------------------

function keptTagsOf(plan: RetentionPlan): Map<string, string> {
  return new Map(plan.tags.filter((t) => t.action === 'keep').map((t) => [t.tag, t.digest]));
}

/**
 * A failed check. Plain throws rather than `expect` in the hot loops: a million `expect` calls
 * would be most of the run time; fast-check still reports the message with the shrunk case.
 */
function must(holds: boolean, message: string): void {
  if (!holds) throw new Error(message);
}

function sameList(actual: readonly string[], expected: readonly string[], what: string): void {
  must(actual.length === expected.length && actual.every((x, i) => x === expected[i]), `${what}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
}

function checkDecisions(state: RepositoryState, policy: RetentionPolicy, plan: RetentionPlan): void {
  sameList(plan.tags.map((t) => t.tag).sort(), [...state.tags.keys()].sort(), 'one decision per tag');
  sameList(plan.manifests.map((m) => m.digest).sort(), [...state.manifests.keys()].sort(), 'one decision per manifest');
  const byTag = new Map(plan.tags.map((t) => [t.tag, t]));
  const byDigest = new Map(plan.manifests.map((m) => [m.digest, m]));

  for (const t of plan.tags) {
    must(t.digest === state.tags.get(t.tag), `${t.tag}: wrong digest`);
    const protectedTag = mustKeep(t.tag, policy, NOW);
    // No protected tag, no active exception, is ever deleted.
    must(!protectedTag || t.action === 'keep', `${t.tag} is protected but deleted`);
    // And the rules do delete: an unprotected build tag older than its older-than-only rule goes
    // (expired keep-until tags included), whatever else keeps its digest.
    const first = firstRuleIndex(t.tag, policy);
    const firstRule = first === undefined ? undefined : policy.rules[first];
    if (
      firstRule?.olderThan !== undefined &&
      firstRule.keepLast === undefined &&
      !protectedTag &&
      fallbackSubject(t.tag) === undefined &&
      !/^bk-/.test(t.tag) &&
      state.manifests.get(t.digest)?.kind !== 'throwaway'
    ) {
      const date = tagDate(state, t.tag);
      if (date && NOW.getTime() - date.getTime() > firstRule.olderThan.milliseconds) must(t.action === 'delete', `${t.tag} is older than ${firstRule.olderThan.text} but kept`);
    }
    if (t.action !== 'delete') continue;
    if (t.basis.kind === 'throwaway') {
      must(state.manifests.get(t.digest)?.kind === 'throwaway', `${t.tag}: deleted as on a throwaway manifest, but it is not`);
      continue;
    }
    // Every deleted tag was decided by its first matching rule, which allows deleting it.
    const ruleIndex = t.basis.rule.index;
    const rule = policy.rules[ruleIndex]!;
    must(ruleIndex === first, `${t.tag}: decided by rule ${ruleIndex + 1}, but its first matching rule is ${first}`);
    must(rule.olderThan !== undefined || rule.keepLast !== undefined, `${t.tag}: deleted by a rule that only keeps`);
    // A tag with no date is never deleted.
    const date = tagDate(state, t.tag);
    must(date !== undefined, `${t.tag} has no date but was deleted`);
    const age = NOW.getTime() - date!.getTime();
    must(t.ageMs === age, `${t.tag}: age ${t.ageMs} ≠ ${age}`);
    if (t.basis.kind === 'with-subject') {
      // A signature/attestation tag goes with the digest it names, and only then.
      must(t.basis.subject === attachedSubject(state, t.tag), `${t.tag}: wrong subject`);
      must(byDigest.get(t.basis.subject)?.action === 'delete-manifest', `${t.tag}: deleted with a subject that stays`);
      continue;
    }
    must(attachedSubject(state, t.tag) === undefined, `${t.tag} is attached: its subject decides, not a ranking`);
    if (rule.olderThan) must(age > rule.olderThan.milliseconds, `${t.tag}: not older than ${rule.olderThan.text}`);
    if (rule.keepLast !== undefined) {
      const newerKept = plan.tags.filter((o) => {
        if (o.tag === t.tag || o.action !== 'keep' || attachedSubject(state, o.tag) !== undefined) return false;
        if (firstRuleIndex(o.tag, policy) !== ruleIndex) return false;
        const od = tagDate(state, o.tag);
        if (!od) return false;
        const oAge = NOW.getTime() - od.getTime();
        return oAge < age || (oAge === age && o.tag < t.tag);
      });
      must(newerKept.length >= rule.keepLast, `${t.tag}: keep-last ${rule.keepLast}, but only ${newerKept.length} newer tags kept`);
    }
  }

  // No digest that a kept tag needs is deleted: its manifest, an index's children, referrers.
  const kept = keptTagsOf(plan);
  for (const digest of neededClosure(state, kept.values())) must(byDigest.get(digest)?.action !== 'delete-manifest', `${digest} is needed but deleted`);
  // An untagged manifest no tag reaches is left alone, and so is everything it needs.
  for (const digest of neededClosure(state, unreachableFromTags(state))) {
    must(byDigest.get(digest)?.action !== 'delete-manifest', `${digest} is not ours to judge but deleted`);
  }
  // Fallback tags naming a digest that stays are kept with it (unless a crash left them on a throwaway).
  for (const [tag, digest] of state.tags) {
    const subject = fallbackSubject(tag);
    if (subject === undefined || state.manifests.get(digest)?.kind === 'throwaway') continue;
    const named = byDigest.get(subject);
    if (named && named.action !== 'delete-manifest') must(byTag.get(tag)?.action === 'keep', `${tag} names a kept digest but is deleted`);
  }
  // The build-key tag of a protected image stays.
  for (const [tag, digest] of state.tags) {
    if (!mustKeep(tag, policy, NOW)) continue;
    const m = state.manifests.get(digest);
    const bk = m && m.kind !== 'throwaway' && m.buildKey !== undefined ? buildKeyTag(m.buildKey) : undefined;
    if (bk !== undefined && state.tags.has(bk) && state.manifests.get(state.tags.get(bk)!)?.kind !== 'throwaway') {
      must(byTag.get(bk)?.action === 'keep', `${bk}: build key of protected ${tag}, but deleted`);
    }
  }

  // Manifest actions agree with the tag decisions.
  for (const m of plan.manifests) {
    const tagsHere = [...state.tags].filter(([, d]) => d === m.digest).map(([t]) => t).sort();
    sameList([...m.keptTags, ...m.deletedTags].sort(), tagsHere, `${m.digest}: tags`);
    must(m.action !== 'delete-manifest' || m.keptTags.length === 0, `${m.digest}: deleted with kept tags`);
    must(m.action !== 'untag-only' || m.deletedTags.length > 0, `${m.digest}: untag-only with nothing to untag`);
    must(m.action !== 'keep' || m.deletedTags.length === 0, `${m.digest}: kept, yet tags are deleted`);
    // Untag-only is for manifests that stay; a manifest nothing needs is deleted, not untagged.
    must(!(m.action === 'untag-only' && m.keptTags.length === 0 && m.neededBy.kind === 'tag'), `${m.digest}: untag-only for a kept tag it does not carry`);
  }
}

function checkSteps(state: RepositoryState, plan: RetentionPlan): ReturnType<typeof orderedSteps> {
  const steps = orderedSteps(plan);
  const deletedTags = plan.tags.filter((t) => t.action === 'delete').map((t) => t.tag).sort();
  sameList(steps.flatMap((s) => (s.kind === 'untag' ? [s.tag] : s.tags)).sort(), deletedTags, 'each deleted tag in exactly one step');
  const firstDelete = steps.findIndex((s) => s.kind === 'delete-manifest');
  must(firstDelete < 0 || steps.slice(firstDelete).every((s) => s.kind === 'delete-manifest'), 'an untag after a manifest deletion');
  const position = new Map(steps.map((s, i) => [s.kind === 'delete-manifest' ? s.digest : `untag:${s.tag}`, i]));
  must(
    steps.filter((s) => s.kind === 'delete-manifest').length === plan.manifests.filter((m) => m.action === 'delete-manifest').length,
    'one step per deleted manifest',
  );
  for (const step of steps) {
    if (step.kind === 'untag') {
      must(plan.manifests.find((m) => m.digest === step.digest)?.action === 'untag-only', `untag ${step.tag} from a manifest that is not untag-only`);
      continue;
    }
    const at = position.get(step.digest)!;
    // Whatever points at a deleted manifest is deleted before it (an index before its children,
    // a referrer before its subject, a fallback-tagged manifest before the digest it names).
    for (const [digest, m] of state.manifests) {
      if (!position.has(digest) || digest === step.digest) continue;
      const pointsAt =
        (m.kind === 'index' && m.children.includes(step.digest)) ||
        (m.kind !== 'throwaway' && m.subject === step.digest) ||
        [...state.tags].some(([tag, d]) => d === digest && fallbackSubject(tag) === step.digest);
      if (pointsAt) must(position.get(digest)! < at, `${digest} points at ${step.digest} but is deleted after it`);
    }
  }
  return steps;
}

function checkStillWhole(original: RetentionPlan, originalState: RepositoryState, now: RepositoryState): void {
  const kept = keptTagsOf(original);
  for (const [tag, digest] of kept) must(now.tags.get(tag) === digest, `kept tag ${tag} broken`);
  for (const digest of neededClosure(originalState, kept.values())) must(now.manifests.has(digest), `needed ${digest} deleted`);
}

describe('retention engine properties', () => {
  it(`holds the safety rules on ${RUNS} random states and policies, interrupted or not`, () => {
    fc.assert(
      fc.property(stateArb, policyArb, fc.nat(), fc.boolean(), ({ state }, policy, crashAt, midUntag) => {
        const plan = planRetention(state, policy, NOW);
        checkDecisions(state, policy, plan);
        const steps = checkSteps(state, plan);

        // The whole plan executed: nothing kept is broken, and a second run has nothing to do.
        const final = applySteps(state, steps);
        checkStillWhole(plan, state, final);
        expect(orderedSteps(planRetention(final, policy, NOW))).toEqual([]);

        // Interrupted after `k` steps (possibly half-way through an untag): every kept tag is
        // whole, and a re-run from there reaches what the uninterrupted run reached.
        const k = steps.length === 0 ? 0 : crashAt % (steps.length + 1);
        let crashed = applySteps(state, steps.slice(0, k));
        const next = steps[k];
        if (midUntag && next?.kind === 'untag') crashed = halfUntag(crashed, next.tag, THROWAWAY);
        checkStillWhole(plan, state, crashed);
        const rerun = planRetention(crashed, policy, NOW);
        checkDecisions(crashed, policy, rerun);
        const resumed = applySteps(crashed, checkSteps(crashed, rerun));
        expect(visible(resumed)).toEqual(visible(final));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('gives the same plan whatever the order of the input maps', () => {
    fc.assert(
      fc.property(stateArb, policyArb, ({ state }, policy) => {
        const reversed: RepositoryState = {
          repository: state.repository,
          tags: new Map([...state.tags].reverse()),
          manifests: new Map([...state.manifests].reverse()),
          registryDates: new Map([...(state.registryDates ?? [])].reverse()),
        };
        expect(planRetention(reversed, policy, NOW)).toEqual(planRetention(state, policy, NOW));
      }),
      { numRuns: 1_000 },
    );
  });

  it('steps applied one by one never fail on the simulated registry', () => {
    fc.assert(
      fc.property(stateArb, policyArb, ({ state }, policy) => {
        let current = state;
        for (const step of orderedSteps(planRetention(state, policy, NOW))) current = applyStep(current, step);
      }),
      { numRuns: 1_000 },
    );
  });
});
