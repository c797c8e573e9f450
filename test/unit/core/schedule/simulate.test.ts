import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseBuildSet, lowerBound, simulate, waveBarrierMakespan, type SimulatedSet } from '../../../../src/core/schedule/index.js';
import { durationIn, EXTERNAL, parentsIn, randomSet, type RandomSet } from './arbitraries.js';

function simulated(set: RandomSet): SimulatedSet {
  return { images: set.images, parentsOf: parentsIn(set), parallel: set.parallel, duration: durationIn(set) };
}

function setOf(tree: Record<string, string[]>, durations: Record<string, number>, parallel: number): SimulatedSet {
  return { images: Object.keys(tree), parentsOf: (image) => tree[image] ?? [], parallel, duration: (image) => durations[image] ?? 0 };
}

/** Floating-point slack for totals divided by N. */
const EPSILON = 1e-9;

describe('simulate', () => {
  it('runs a chain beside short independent images in the length of the chain', () => {
    // A 60 s chain and six 10 s images on 2 slots: the chain never waits, so 60 s is optimal.
    const set = setOf(
      { a: [], b: ['a'], c: ['b'], p: [], q: [], r: [], s: [], t: [], u: [] },
      { a: 20, b: 20, c: 20, p: 10, q: 10, r: 10, s: 10, t: 10, u: 10 },
      2,
    );
    const result = simulate(set);
    expect(result.makespan).toBe(60);
    expect(lowerBound(set)).toBe(60);
    expect(result.runs.get('c')).toEqual({ start: 40, end: 60 });
    // Wave by wave: wave 1 (a, p…u: 20+60 s of work on 2 slots) takes 40 s, then b, then c.
    expect(waveBarrierMakespan(set)).toBe(80);
  });

  it('ranks by the estimates while the builds take their real durations', () => {
    const set = setOf({ long: [], short: [], child: ['short'] }, { long: 30, short: 10, child: 30 }, 1);
    // Believing `short` is quick and alone, the schedule starts `long` first: 30 + 10 + 30.
    const misled = simulate(set, (image) => ({ long: 30, short: 1, child: 0 })[image] ?? 0);
    expect([...misled.runs.keys()]).toEqual(['long', 'short', 'child']);
    expect(misled.makespan).toBe(70);
    // With the true durations, short+child (40 s) is the critical path and goes first.
    expect([...simulate(set).runs.keys()]).toEqual(['short', 'child', 'long']);
  });

  it('gives the lower bound as max(critical path, total / N)', () => {
    const set = setOf({ a: [], b: ['a'], c: [], d: [] }, { a: 10, b: 10, c: 15, d: 25 }, 2);
    expect(lowerBound(set)).toBe(30);
    expect(lowerBound({ ...set, parallel: 1 })).toBe(60);
    expect(lowerBound({ ...set, parallel: 4 })).toBe(25);
  });

  it('stays within the lower bound and Graham’s bound for list schedules, with or without good estimates (property)', () => {
    fc.assert(
      fc.property(randomSet(), fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 14, maxLength: 14 }), (set, guesses) => {
        const plan = simulated(set);
        const bound = lowerBound(plan);
        const analysis = analyseBuildSet({ images: set.images, parentsOf: parentsIn(set), estimate: durationIn(set) });
        const total = set.images.reduce((sum, image) => sum + durationIn(set)(image), 0);
        const chain = Math.max(0, ...set.images.map((image) => analysis.criticalPath.get(image)?.seconds ?? 0));
        const graham = total / set.parallel + (1 - 1 / set.parallel) * chain;
        const guess = (image: string): number => guesses[set.images.indexOf(image)] ?? 0;

        // Checks collect violations and assert once: expect() in the inner loops is slow.
        const violations: string[] = [];
        for (const result of [simulate(plan), simulate(plan, guess)]) {
          if (result.makespan < bound - EPSILON) violations.push(`makespan ${result.makespan} below the lower bound ${bound}`);
          if (result.makespan > graham + EPSILON) violations.push(`makespan ${result.makespan} above Graham's bound ${graham}`);
          if (result.runs.size !== set.images.length) violations.push(`${result.runs.size} of ${set.images.length} images ran`);
          const startOrder = [...result.runs.values()];
          for (const [image, run] of result.runs) {
            if (run.end - run.start !== durationIn(set)(image)) violations.push(`${image} ran ${run.end - run.start} s`);
            for (const parent of set.parents.get(image) ?? []) {
              const parentEnd = result.runs.get(parent)?.end ?? Infinity;
              if (parent !== EXTERNAL && parentEnd > run.start) violations.push(`${image} started at ${run.start}, before ${parent} ended at ${parentEnd}`);
            }
            // Never more than N at once: of the builds started before this one, fewer than N are still running.
            const overlapping = startOrder.slice(0, startOrder.indexOf(run)).filter((other) => other.end > run.start);
            if (overlapping.length + 1 > set.parallel) violations.push(`${overlapping.length + 1} builds at ${run.start}`);
          }
        }
        expect(violations).toEqual([]);
        expect(waveBarrierMakespan(plan)).toBeGreaterThanOrEqual(bound - EPSILON);
      }),
      { numRuns: 400 },
    );
  }, 30_000);
});
