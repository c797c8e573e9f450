/**
 * executePlan against an in-memory deleter that records when each operation starts and ends:
 * the crash-safe order of steps.ts survives running several operations at once, a failed or
 * impossible step blocks exactly what depends on it, and the rest goes on.
 */
import { describe, expect, it } from 'vitest';
import { planRetention, type RetentionPlan } from '../../../src/core/retention/plan.js';
import { orderedSteps } from '../../../src/core/retention/steps.js';
import type { DeletionOutcome, RegistryDeleter } from '../../../src/adapters/deletion/types.js';
import { executePlan } from '../../../src/app/cleanup/execute.js';
import { digestOf, fallbackTag, NOW, policy, StateBuilder } from '../core/retention/fixtures.js';

const REPO = { registry: 'registry.test', repository: 'acme/app' };

const POLICY = policy(
  [
    { tags: 'pr-*', olderThan: '7d' },
    { tags: '*-*', olderThan: '7d' },
  ],
  ['latest', 'keep-*'],
);

/** Ten independent old builds, an old two-platform index, a signed old image, two untags. */
function plan(): RetentionPlan {
  const b = new StateBuilder('registry.test/acme/app');
  b.image('old-index/amd64', { days: 30, size: 1000 })
    .image('old-index/arm64', { days: 30, size: 1000 })
    .index('old-index', ['old-index/amd64', 'old-index/arm64'], { size: 300 })
    .tag('feature-old', 'old-index');
  b.image('signed', { days: 20, size: 500 }).tag('pr-1-aaaaaaa', 'signed');
  b.artifact('signature', { subject: 'signed', size: 50 }).tag(fallbackTag('signed', 'sig'), 'signature');
  b.image('shared', { days: 20 }).tag('pr-2-bbbbbbb', 'shared').tag('latest', 'shared');
  b.image('marked', { days: 20 }).tag('feature-x', 'marked').tag('keep-demo', 'marked');
  for (let n = 3; n <= 12; n++) b.image(`build-${n}`, { days: 10 + n }).tag(`pr-${n}-${String(n).padStart(7, 'c')}`, `build-${n}`);
  b.image('young', { days: 1 }).tag('pr-99-9999999', 'young');
  return planRetention(b.build(), POLICY, NOW);
}

type Op = { readonly kind: 'untag'; readonly tag: string; readonly digest: string } | { readonly kind: 'delete'; readonly digest: string };
const key = (op: Op): string => (op.kind === 'untag' ? `untag ${op.tag}` : `delete ${op.digest}`);

interface Recorder extends RegistryDeleter {
  readonly events: { readonly op: string; readonly at: 'start' | 'end' }[];
  maxInFlight: number;
}

/** A deleter that answers after a short, varying delay; `answer` may throw or return any outcome. */
function recorder(answer: (op: Op) => DeletionOutcome = () => ({ status: 'done' })): Recorder {
  let inFlight = 0;
  let turn = 0;
  const self: Recorder = {
    kind: 'distribution',
    events: [],
    maxInFlight: 0,
    async untag(repo, tag, digest) {
      expect(repo).toEqual(REPO);
      return run({ kind: 'untag', tag, digest });
    },
    async deleteManifest(repo, digest) {
      expect(repo).toEqual(REPO);
      return run({ kind: 'delete', digest });
    },
  };
  async function run(op: Op): Promise<DeletionOutcome> {
    inFlight++;
    self.maxInFlight = Math.max(self.maxInFlight, inFlight);
    self.events.push({ op: key(op), at: 'start' });
    await new Promise((resolve) => setTimeout(resolve, 1 + ((turn++ * 7) % 5)));
    inFlight--;
    self.events.push({ op: key(op), at: 'end' });
    return answer(op);
  }
  return self;
}

const at = (r: Recorder, op: string, when: 'start' | 'end'): number => r.events.findIndex((e) => e.op === op && e.at === when);

describe('executePlan', () => {
  it('runs every step once, several at a time but never more than the limit, untags before any delete', async () => {
    const p = plan();
    const r = recorder();
    const result = await executePlan(p, REPO, r, { concurrency: 4 });
    const steps = orderedSteps(p);
    expect(result.steps.map((s) => s.step)).toEqual(steps);
    expect(result.steps.every((s) => s.status === 'done')).toBe(true);
    expect(new Set(r.events.filter((e) => e.at === 'start').map((e) => e.op)).size).toBe(steps.length);
    expect(r.maxInFlight).toBe(4);
    const lastUntagEnd = Math.max(at(r, 'untag feature-x', 'end'), at(r, 'untag pr-2-bbbbbbb', 'end'));
    const firstDelete = r.events.findIndex((e) => e.op.startsWith('delete'));
    expect(lastUntagEnd).toBeLessThan(firstDelete);
  });

  it('deletes an index before its children and a signature before what it signs, the index after everything else', async () => {
    const p = plan();
    const r = recorder();
    await executePlan(p, REPO, r, { concurrency: 8 });
    const index = `delete ${digestOf('old-index')}`;
    for (const child of ['old-index/amd64', 'old-index/arm64']) expect(at(r, index, 'end')).toBeLessThan(at(r, `delete ${digestOf(child)}`, 'start'));
    expect(at(r, `delete ${digestOf('signature')}`, 'end')).toBeLessThan(at(r, `delete ${digestOf('signed')}`, 'start'));
    // Its untagged children would be orphans: the index waits for every step emitted before it.
    const before = orderedSteps(p).slice(0, orderedSteps(p).findIndex((s) => s.digest === digestOf('old-index')));
    expect(before.length).toBeGreaterThan(10);
    for (const s of before) expect(at(r, s.kind === 'untag' ? `untag ${s.tag}` : `delete ${s.digest}`, 'end')).toBeLessThan(at(r, index, 'start'));
  });

  it('a failed index delete: its children are skipped, not deleted; everything else goes on', async () => {
    const p = plan();
    const r = recorder((op) => {
      if (op.kind === 'delete' && op.digest === digestOf('old-index')) throw new Error('HTTP 500 boom');
      return { status: 'done' };
    });
    const result = await executePlan(p, REPO, r);
    const byDigest = (name: string) => result.steps.find((s) => s.step.digest === digestOf(name))!;
    expect(byDigest('old-index')).toMatchObject({ status: 'failed', reason: 'HTTP 500 boom' });
    for (const child of ['old-index/amd64', 'old-index/arm64']) {
      expect(byDigest(child)).toMatchObject({ status: 'skipped', reason: `the delete of ${digestOf('old-index')} that must come first failed` });
      expect(at(r, `delete ${digestOf(child)}`, 'start')).toBe(-1);
    }
    expect(result.steps.filter((s) => s.status === 'done')).toHaveLength(orderedSteps(p).length - 3);
  });

  it('a failed signature delete blocks its subject; a failed untag blocks nothing unrelated', async () => {
    const p = plan();
    const r = recorder((op) => {
      if (op.kind === 'delete' && op.digest === digestOf('signature')) throw new Error('denied');
      if (op.kind === 'untag' && op.tag === 'feature-x') throw new Error('untag failed');
      return { status: 'done' };
    });
    const result = await executePlan(p, REPO, r);
    const statuses = Object.fromEntries(result.steps.map((s) => [s.step.kind === 'untag' ? s.step.tag : s.step.digest, s.status]));
    expect(statuses).toMatchObject({ 'feature-x': 'failed', 'pr-2-bbbbbbb': 'done', [digestOf('signature')]: 'failed', [digestOf('signed')]: 'skipped', [digestOf('build-3')]: 'done' });
  });

  it('unsupported is reported with its reason, not as a failure, and what depends on it waits; already-gone is success', async () => {
    const p = plan();
    const r = recorder((op) => {
      if (op.kind === 'untag') return { status: 'unsupported', reason: 'this registry deletes by digest only' };
      if (op.digest === digestOf('old-index')) return { status: 'unsupported', reason: 'no deletes here' };
      if (op.digest === digestOf('signature')) return { status: 'already-gone' };
      return { status: 'done' };
    });
    const result = await executePlan(p, REPO, r);
    const untags = result.steps.filter((s) => s.step.kind === 'untag');
    expect(untags.map((s) => [s.status, s.reason])).toEqual([
      ['unsupported', 'this registry deletes by digest only'],
      ['unsupported', 'this registry deletes by digest only'],
    ]);
    expect(result.steps.find((s) => s.step.digest === digestOf('old-index/amd64'))).toMatchObject({
      status: 'skipped',
      reason: `the delete of ${digestOf('old-index')} that must come first could not be done here`,
    });
    expect(result.steps.find((s) => s.step.digest === digestOf('signed'))?.status).toBe('done');
    expect(result.steps.some((s) => s.status === 'failed')).toBe(false);
  });

  it('counts bytes from the registry where it says, else from the plan, and the deletions of unknown size', async () => {
    const p = plan();
    const r = recorder((op) => (op.kind === 'delete' && op.digest === digestOf('signed') ? { status: 'done', bytesFreed: 12345 } : { status: 'done' }));
    const result = await executePlan(p, REPO, r);
    // Sized in the plan: the index (300) and its children (1000 each), the signature (50); `signed` says 12345.
    expect(result.bytesFreed).toBe(300 + 2000 + 50 + 12345);
    expect(result.deletionsWithoutSize).toBe(10); // build-3 … build-12 have no size
  });

  it('an empty plan does nothing', async () => {
    const empty = planRetention(new StateBuilder().image('a', { days: 1 }).tag('latest', 'a').build(), POLICY, NOW);
    const r = recorder();
    expect(await executePlan(empty, REPO, r)).toEqual({ steps: [], bytesFreed: 0, deletionsWithoutSize: 0 });
    expect(r.events).toEqual([]);
  });
});
