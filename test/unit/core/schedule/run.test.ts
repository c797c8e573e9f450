import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSchedule, formatProgress, runSchedule, type SkipReason } from '../../../../src/core/schedule/index.js';
import { ancestorsIn, durationIn, EXTERNAL, parentsIn, randomSet } from './arbitraries.js';

/** A promise with its resolve/reject exposed, so a test decides when each build ends. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

describe('runSchedule', () => {
  it('runs independent images on after a failure, skips the failed image’s descendants and returns every outcome', async () => {
    const tree: Record<string, string[]> = { base: [], python: ['base'], app: ['python'], tools: [], web: ['tools'] };
    const schedule = createSchedule({ images: Object.keys(tree), parentsOf: (image) => tree[image] ?? [], estimate: () => 10, parallel: 2 });
    const builds = new Map<string, ReturnType<typeof deferred>>();
    const lines: string[] = [];
    const skipped: Array<[string, SkipReason]> = [];
    let now = 0;
    const run = runSchedule(
      schedule,
      async (image, progress) => {
        lines.push(formatProgress(image, progress));
        const build = deferred();
        builds.set(image, build);
        await build.promise;
        return `sha256:${image}`;
      },
      { clock: () => now, onSkipped: (image, reason) => skipped.push([image, reason]) },
    );
    await settle();
    expect([...builds.keys()]).toEqual(['base', 'tools']);
    now = 4000;
    builds.get('base')?.reject(new Error('RUN apt-get failed'));
    await settle();
    expect(skipped.map(([image]) => image)).toEqual(['python', 'app']);
    now = 6000;
    builds.get('tools')?.resolve();
    await settle();
    now = 9000;
    builds.get('web')?.resolve();
    const outcomes = await run;

    expect([...outcomes.keys()]).toEqual(['app', 'base', 'python', 'tools', 'web']);
    expect(outcomes.get('base')).toMatchObject({ status: 'failed', seconds: 4 });
    expect(String((outcomes.get('base') as { error: unknown }).error)).toContain('RUN apt-get failed');
    expect(outcomes.get('tools')).toEqual({ status: 'built', result: 'sha256:tools', seconds: 6 });
    expect(outcomes.get('web')).toEqual({ status: 'built', result: 'sha256:web', seconds: 3 });
    expect(outcomes.get('app')).toEqual({ status: 'skipped', failedAncestors: ['base'], reason: 'base failed (base → python → app)' });
    expect(lines).toEqual(['[1/5] building base (wave 1, critical path 3)', '[2/5] building tools (wave 1, critical path 2)', '[3/5] building web (wave 2, critical path 1)']);
  });

  it('fails an image whose work throws before returning a promise', async () => {
    const schedule = createSchedule({ images: ['a', 'b'], parentsOf: () => [], estimate: () => 1, parallel: 1 });
    const outcomes = await runSchedule(schedule, (image) => {
      if (image === 'a') throw new Error('synchronous');
      return Promise.resolve(image);
    });
    expect(outcomes.get('a')?.status).toBe('failed');
    expect(outcomes.get('b')).toMatchObject({ status: 'built', result: 'b' });
  });

  it('refuses a schedule that has already been started', async () => {
    const schedule = createSchedule({ images: ['a'], parentsOf: () => [], estimate: () => 1, parallel: 1 });
    schedule.next();
    await expect(runSchedule(schedule, async () => undefined)).rejects.toThrow(/not been started/);
  });

  it('keeps at most N builds in flight, parents first, and skips exactly the failed images’ descendants, whatever order builds end in (property)', async () => {
    await fc.assert(
      fc.asyncProperty(randomSet(10, 4), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), fc.scheduler(), async (set, failures, scheduler) => {
        const failing = new Set(set.images.filter((_, i) => failures[i] === true));
        const schedule = createSchedule({ images: set.images, parentsOf: parentsIn(set), estimate: durationIn(set), parallel: set.parallel });
        const ended = new Map<string, 'built' | 'failed'>();
        const violations: string[] = [];
        let inFlight = 0;
        let mostInFlight = 0;
        const work = async (image: string): Promise<string> => {
          // Recorded rather than asserted here: a throw inside work would only fail the image.
          for (const parent of set.parents.get(image) ?? []) {
            if (parent !== EXTERNAL && ended.get(parent) !== 'built') violations.push(`${image} started before its parent ${parent} was built`);
          }
          inFlight += 1;
          mostInFlight = Math.max(mostInFlight, inFlight);
          await scheduler.schedule(Promise.resolve(), image);
          inFlight -= 1;
          ended.set(image, failing.has(image) ? 'failed' : 'built');
          if (failing.has(image)) throw new Error(`${image} failed`);
          return image;
        };
        const outcomes = await scheduler.waitFor(runSchedule(schedule, work));

        expect(violations).toEqual([]);
        expect(mostInFlight).toBeLessThanOrEqual(set.parallel);
        for (const image of set.images) {
          const failedAncestors = [...ancestorsIn(set, image)].filter((ancestor) => ended.get(ancestor) === 'failed').sort();
          const outcome = outcomes.get(image);
          if (failedAncestors.length > 0) expect(outcome).toMatchObject({ status: 'skipped', failedAncestors });
          else expect(outcome?.status).toBe(failing.has(image) ? 'failed' : 'built');
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
