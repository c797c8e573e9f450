import { describe, expect, it } from 'vitest';
import { planRetention, type RetentionPlan } from '../../../../src/core/retention/plan.js';
import { orderedSteps } from '../../../../src/core/retention/steps.js';
import { digestOf, fallbackTag, NOW, policy, StateBuilder } from './fixtures.js';
import { applySteps, visible } from './oracle.js';

const weekly = policy([{ tags: '*-*', olderThan: '7d' }], ['latest']);

function positions(plan: RetentionPlan) {
  const steps = orderedSteps(plan);
  const at = (name: string) => steps.findIndex((s) => s.kind === 'delete-manifest' && s.digest === digestOf(name));
  return { steps, at };
}

describe('orderedSteps', () => {
  it('untags before any manifest is deleted, each deleted tag exactly once', () => {
    const state = new StateBuilder()
      .image('kept', { days: 30 })
      .image('gone', { days: 30 })
      .tag('latest', 'kept')
      .tag('pr-9', 'kept')
      .tag('aa-1', 'gone')
      .tag('pr-1', 'kept')
      .build();
    const steps = orderedSteps(planRetention(state, weekly, NOW));
    expect(steps).toEqual([
      { kind: 'untag', tag: 'pr-1', digest: digestOf('kept') },
      { kind: 'untag', tag: 'pr-9', digest: digestOf('kept') },
      { kind: 'delete-manifest', digest: digestOf('gone'), tags: ['aa-1'] },
    ]);
  });

  it('deletes an index before its children, and a referrer before its subject', () => {
    const sig = fallbackTag('idx', 'sig');
    const state = new StateBuilder()
      .image('amd64', { days: 30 })
      .image('arm64', { days: 30 })
      .index('idx', ['amd64', 'arm64'])
      .artifact('sbom', { subject: 'idx' })
      .artifact('sbom-sig', { subject: 'sbom' })
      .artifact('cosign-sig')
      .index('outer', ['idx'])
      .tag('pr-1', 'outer')
      .tag('pr-1-inner', 'idx')
      .tag(sig, 'cosign-sig')
      .build();
    const { steps, at } = positions(planRetention(state, weekly, NOW));
    expect(steps).toHaveLength(7);
    expect(at('outer')).toBeLessThan(at('idx'));
    expect(at('idx')).toBeLessThan(at('amd64'));
    expect(at('idx')).toBeLessThan(at('arm64'));
    expect(at('sbom-sig')).toBeLessThan(at('sbom'));
    expect(at('sbom')).toBeLessThan(at('idx'));
    // A cosign signature names its image only through its tag; it still goes first.
    expect(at('cosign-sig')).toBeLessThan(at('idx'));
  });

  it('deletes the signatures of untagged children before their index, so any crash point re-runs to the same end', () => {
    // `cosign sign --recursive` signs an index and each platform manifest in it.
    const state = new StateBuilder()
      .image('amd64', { days: 30 })
      .image('arm64', { days: 30 })
      .index('idx', ['amd64', 'arm64'])
      .artifact('sig-idx')
      .artifact('sig-amd64')
      .artifact('sig-arm64')
      .tag('pr-1', 'idx')
      .tag(fallbackTag('idx', 'sig'), 'sig-idx')
      .tag(fallbackTag('amd64', 'sig'), 'sig-amd64')
      .tag(fallbackTag('arm64', 'sig'), 'sig-arm64')
      .build();
    const plan = planRetention(state, weekly, NOW);
    const { steps, at } = positions(plan);
    expect(steps).toHaveLength(6);
    expect(at('sig-amd64')).toBeLessThan(at('idx'));
    expect(at('sig-arm64')).toBeLessThan(at('idx'));
    const end = visible(applySteps(state, steps));
    expect(end).toEqual({ tags: [], reachable: [] });
    for (let k = 0; k <= steps.length; k++) {
      const crashed = applySteps(state, steps.slice(0, k));
      const resumed = applySteps(crashed, orderedSteps(planRetention(crashed, weekly, NOW)));
      expect(visible(resumed), `crash after ${k} steps`).toEqual(end);
    }
  });

  it('is deterministic: ties go in digest order', () => {
    const b = new StateBuilder();
    for (const n of ['c', 'a', 'b']) b.image(n, { days: 30 }).tag(`pr-${n}`, n);
    const steps = orderedSteps(planRetention(b.build(), weekly, NOW));
    const digests = steps.map((s) => (s.kind === 'delete-manifest' ? s.digest : ''));
    expect(digests).toEqual([...digests].sort());
  });

  it('still lists every deletion when the data has a reference cycle', () => {
    const state = new StateBuilder()
      .artifact('x', { subject: 'y', days: 30 })
      .artifact('y', { subject: 'x', days: 30 })
      .artifact('z', { subject: 'x', days: 30 })
      .tag('pr-x', 'x')
      .tag('pr-y', 'y')
      .tag('pr-z', 'z')
      .build();
    const { steps, at } = positions(planRetention(state, weekly, NOW));
    expect(steps).toHaveLength(3);
    expect(at('z')).toBeLessThan(at('x'));
  });

  it('has nothing to do when everything stays', () => {
    const state = new StateBuilder().image('a', { days: 1 }).tag('pr-1', 'a').build();
    expect(orderedSteps(planRetention(state, weekly, NOW))).toEqual([]);
  });
});
