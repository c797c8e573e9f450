import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseBuildSet, createSchedule, formatProgress, type Schedule } from '../../../../src/core/schedule/index.js';
import { ancestorsIn, durationIn, EXTERNAL, parentsIn, randomSet } from './arbitraries.js';

/** A tree given as image → [parents], with estimates. */
function scheduleOf(tree: Record<string, string[]>, estimates: Record<string, number>, parallel: number): Schedule {
  return createSchedule({
    images: Object.keys(tree),
    parentsOf: (image) => tree[image] ?? [],
    estimate: (image) => estimates[image] ?? 0,
    parallel,
  });
}

/** Runs one at a time, finishing each as soon as it starts; returns the start order. */
function serialOrder(schedule: Schedule): string[] {
  const order: string[] = [];
  while (!schedule.done) {
    const [image, ...more] = schedule.next();
    if (image === undefined || more.length > 0) throw new Error('expected exactly one image to start');
    order.push(image);
    schedule.finished(image);
  }
  return order;
}

describe('analyseBuildSet', () => {
  it('keeps only edges within the set and numbers waves within it', () => {
    const analysis = analyseBuildSet({
      images: ['app', 'python', 'tools'],
      parentsOf: (image) => ({ app: ['python', 'base'], python: ['base'], tools: ['base'] })[image] ?? [],
      estimate: () => 1,
    });
    expect(Object.fromEntries(analysis.parents)).toEqual({ app: ['python'], python: [], tools: [] });
    expect(Object.fromEntries(analysis.wave)).toEqual({ app: 1, python: 0, tools: 0 });
    expect(analysis.criticalPath.get('python')).toEqual({ seconds: 2, chain: ['python', 'app'] });
  });

  it('follows the heaviest child, ties by name', () => {
    const analysis = analyseBuildSet({
      images: ['root', 'b', 'a', 'c'],
      parentsOf: (image) => (image === 'root' ? [] : ['root']),
      estimate: (image) => ({ root: 5, a: 10, b: 10, c: 3 })[image] ?? 0,
    });
    expect(analysis.criticalPath.get('root')).toEqual({ seconds: 15, chain: ['root', 'a'] });
  });

  it('rejects cycles and bad estimates', () => {
    expect(() => analyseBuildSet({ images: ['a', 'b'], parentsOf: (image) => (image === 'a' ? ['b'] : ['a']), estimate: () => 1 })).toThrow(/cycle among: a, b/);
    expect(() => analyseBuildSet({ images: ['a'], parentsOf: () => ['a'], estimate: () => 1 })).toThrow(/cycle/);
    expect(() => analyseBuildSet({ images: ['a'], parentsOf: () => [], estimate: () => Number.NaN })).toThrow(RangeError);
    expect(() => analyseBuildSet({ images: ['a'], parentsOf: () => [], estimate: () => -1 })).toThrow(RangeError);
  });
});

describe('createSchedule', () => {
  it('starts the ready image with the longest remaining critical path first', () => {
    // a→b→c is a 30 s chain; x (25 s) and y (5 s) stand alone.
    const schedule = scheduleOf({ a: [], b: ['a'], c: ['b'], x: [], y: [] }, { a: 10, b: 10, c: 10, x: 25, y: 5 }, 1);
    // After a: b's path is 20 s, x's 25 s, so x goes before b; then b (20) before y (5), c (10) before y.
    expect(serialOrder(schedule)).toEqual(['a', 'x', 'b', 'c', 'y']);
  });

  it('breaks ties by name', () => {
    const schedule = scheduleOf({ delta: [], alpha: [], charlie: [], bravo: [] }, { alpha: 7, bravo: 7, charlie: 7, delta: 7 }, 2);
    expect(schedule.next()).toEqual(['alpha', 'bravo']);
    schedule.finished('bravo');
    expect(schedule.next()).toEqual(['charlie']);
  });

  it('fills free slots only, and starts children once all their parents are built', () => {
    const schedule = scheduleOf({ base: [], tools: [], app: ['base', 'tools'], other: [] }, { base: 30, tools: 10, app: 10, other: 5 }, 2);
    expect(schedule.next()).toEqual(['base', 'tools']);
    expect(schedule.next()).toEqual([]);
    schedule.finished('tools');
    expect(schedule.next()).toEqual(['other']);
    schedule.finished('base');
    expect(schedule.status('app')).toEqual({ status: 'ready' });
    expect(schedule.next()).toEqual(['app']);
    schedule.finished('other');
    schedule.finished('app');
    expect(schedule.done).toBe(true);
  });

  it('skips the descendants of a failed image, saying which ancestor failed, and goes on with the rest', () => {
    const schedule = scheduleOf({ base: [], python: ['base'], app: ['python'], tools: [], web: ['tools'] }, { base: 50, python: 40, app: 30, tools: 10, web: 10 }, 2);
    expect(schedule.next()).toEqual(['base', 'tools']);
    expect(schedule.failed('base')).toEqual([
      { image: 'python', failedAncestors: ['base'], reason: 'its parent base failed' },
      { image: 'app', failedAncestors: ['base'], reason: 'base failed (base → python → app)' },
    ]);
    expect(schedule.status('app')).toMatchObject({ status: 'skipped', failedAncestors: ['base'] });
    expect(schedule.next()).toEqual([]);
    schedule.finished('tools');
    expect(schedule.next()).toEqual(['web']);
    schedule.finished('web');
    expect(schedule.done).toBe(true);
    expect(schedule.status('base')).toEqual({ status: 'failed' });
    expect(schedule.status('web')).toEqual({ status: 'built' });
  });

  it('names every failed ancestor of an image skipped twice, and reports it skipped once', () => {
    const schedule = scheduleOf({ a: [], b: [], child: ['a', 'b'] }, { a: 1, b: 1, child: 1 }, 2);
    schedule.next();
    expect(schedule.failed('a').map((skip) => skip.image)).toEqual(['child']);
    expect(schedule.failed('b')).toEqual([]);
    expect(schedule.status('child')).toEqual({ status: 'skipped', failedAncestors: ['a', 'b'], reason: 'a, b failed' });
    expect(schedule.done).toBe(true);
  });

  it('describes progress as [n/total] with the wave and critical path', () => {
    const schedule = scheduleOf({ base: [], foreman: ['base'], proxy: ['foreman'], web: [] }, { base: 10, foreman: 10, proxy: 10, web: 1 }, 4);
    schedule.next();
    schedule.finished('base');
    schedule.next();
    expect(formatProgress('base', schedule.progress('base'))).toBe('[1/4] building base (wave 1, critical path 3)');
    expect(formatProgress('foreman', schedule.progress('foreman'))).toBe('[3/4] building foreman (wave 2, critical path 2)');
    expect(formatProgress('foreman', schedule.progress('foreman'), 'reusing')).toBe('[3/4] reusing foreman (wave 2, critical path 2)');
    expect(() => schedule.progress('proxy')).toThrow(/not been started/);
  });

  it('refuses reports about images that are not running, and a bad parallel', () => {
    const schedule = scheduleOf({ a: [], b: ['a'] }, {}, 1);
    expect(() => schedule.finished('a')).toThrow(/it is ready, not running/);
    expect(() => schedule.failed('b')).toThrow(/it is waiting, not running/);
    expect(() => schedule.finished('nope')).toThrow(/not in this build set/);
    schedule.next();
    schedule.finished('a');
    expect(() => schedule.finished('a')).toThrow(/it is built/);
    expect(() => scheduleOf({ a: [] }, {}, 0)).toThrow(RangeError);
    expect(() => scheduleOf({ a: [] }, {}, 1.5)).toThrow(RangeError);
  });

  it('is done at once for an empty set', () => {
    const schedule = scheduleOf({}, {}, 3);
    expect(schedule.done).toBe(true);
    expect(schedule.next()).toEqual([]);
  });

  it('keeps its invariants whatever finishes or fails, in any order (property)', () => {
    fc.assert(
      fc.property(randomSet(), fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), (set, choices, failures) => {
        const schedule = createSchedule({ images: set.images, parentsOf: parentsIn(set), estimate: durationIn(set), parallel: set.parallel });
        const failing = new Set(set.images.filter((_, i) => failures[i] === true));
        const critical = (image: string): number => schedule.analysis.criticalPath.get(image)?.seconds ?? Number.NaN;
        const settled = new Set<string>();
        // Checks collect violations and assert once: expect() in the loop is slow.
        const violations: string[] = [];
        let step = 0;
        while (!schedule.done) {
          const started = schedule.next();
          const running = schedule.running;
          if (running.length > set.parallel) violations.push(`${running.length} running with parallel ${set.parallel}`);
          if (running.length < set.parallel && schedule.ready.length > 0) violations.push(`a slot is idle while ${schedule.ready.join(', ')} are ready`);
          for (const image of started) {
            for (const parent of set.parents.get(image) ?? []) {
              if (parent !== EXTERNAL && schedule.status(parent).status !== 'built') violations.push(`${image} started before its parent ${parent} was built`);
            }
            for (const waiting of schedule.ready) {
              if (critical(waiting) > critical(image)) violations.push(`${image} started before ${waiting}, which has a longer critical path`);
            }
          }
          if (running.length === 0) {
            violations.push('nothing runs, yet the schedule is not done');
            break;
          }
          const image = running[(choices[step % choices.length] as number) % running.length] as string;
          step += 1;
          if (failing.has(image)) schedule.failed(image);
          else schedule.finished(image);
          settled.add(image);
        }
        // Exactly the descendants of failed images are skipped; every other image was run.
        const failed = set.images.filter((image) => schedule.status(image).status === 'failed');
        for (const image of set.images) {
          const failedAncestors = [...ancestorsIn(set, image)].filter((ancestor) => failed.includes(ancestor)).sort();
          const status = schedule.status(image);
          if (failedAncestors.length > 0) {
            if (status.status !== 'skipped' || status.failedAncestors.join() !== failedAncestors.join() || settled.has(image)) {
              violations.push(`${image} should be skipped for ${failedAncestors.join(', ')}: ${JSON.stringify(status)}`);
            }
          } else if (status.status !== (failing.has(image) ? 'failed' : 'built')) {
            violations.push(`${image} is ${status.status}`);
          }
        }
        expect(violations).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});
