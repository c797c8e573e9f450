/**
 * Simulated builds for benchmarks and property tests: the real `Schedule` driven by a virtual
 * clock, and the two yardsticks it is measured against.
 *
 * - `lowerBound`: no schedule can beat the longest chain of durations, nor the total work spread
 *   evenly over the slots.
 * - `waveBarrierMakespan`: what a matrix job per wave does (all of wave k done before wave k+1
 *   starts, at most `parallel` at a time, in name order within a wave).
 */
import { compareNames } from '../graph/names.js';
import { analyseBuildSet, must, type BuildSet } from './build-set.js';
import { Schedule, type ScheduleOptions } from './schedule.js';

/** A build set with the real durations, in seconds, which the simulation reveals as it goes. */
export interface SimulatedSet {
  readonly images: readonly string[];
  readonly parentsOf: BuildSet['parentsOf'];
  readonly parallel: number;
  /** What each build really takes (finite, ≥ 0). */
  readonly duration: (image: string) => number;
}

export interface Run {
  readonly start: number;
  readonly end: number;
}

export interface Simulation {
  /** When the last image finishes, in seconds from the start. */
  readonly makespan: number;
  /** When each image ran, in the order started. */
  readonly runs: ReadonlyMap<string, Run>;
}

/**
 * Builds the set with our scheduler on a virtual clock. The schedule ranks images by `estimate`
 * (the recorded durations; the real durations by default), while builds take `duration`.
 * Images finishing at the same instant are all reported before anything new starts.
 */
export function simulate(set: SimulatedSet, estimate: (image: string) => number = set.duration): Simulation {
  const options: ScheduleOptions = { images: set.images, parentsOf: set.parentsOf, estimate, parallel: set.parallel };
  const schedule = new Schedule(options);
  const runs = new Map<string, Run>();
  const running: Array<{ image: string; end: number }> = [];
  let now = 0;
  for (;;) {
    for (const image of schedule.next()) {
      const end = now + checkedDuration(set, image);
      runs.set(image, { start: now, end });
      running.push({ image, end });
    }
    if (running.length === 0) break;
    now = Math.min(...running.map((run) => run.end));
    const finishing = running.filter((run) => run.end === now).sort((a, b) => compareNames(a.image, b.image));
    for (const run of finishing) {
      running.splice(running.indexOf(run), 1);
      schedule.finished(run.image);
    }
  }
  return { makespan: now, runs };
}

/** max(longest chain of durations, total duration / parallel). */
export function lowerBound(set: SimulatedSet): number {
  const analysis = analyseBuildSet({ images: set.images, parentsOf: set.parentsOf, estimate: (image) => checkedDuration(set, image) });
  let longestChain = 0;
  let total = 0;
  for (const image of analysis.images) {
    longestChain = Math.max(longestChain, must(analysis.criticalPath, image).seconds);
    total += must(analysis.estimates, image);
  }
  return Math.max(longestChain, total / checkedParallel(set.parallel));
}

/**
 * The makespan of wave-by-wave barrier scheduling: every image of wave k finishes before any of
 * wave k+1 starts; within a wave, images start in name order whenever one of `parallel` slots
 * is free.
 */
export function waveBarrierMakespan(set: SimulatedSet): number {
  const parallel = checkedParallel(set.parallel);
  const analysis = analyseBuildSet({ images: set.images, parentsOf: set.parentsOf, estimate: (image) => checkedDuration(set, image) });
  const waves: string[][] = [];
  for (const image of analysis.images) {
    const wave = must(analysis.wave, image);
    while (waves.length <= wave) waves.push([]);
    (waves[wave] as string[]).push(image);
  }
  let waveStart = 0;
  for (const wave of waves) {
    const slots = new Array<number>(parallel).fill(waveStart);
    for (const image of wave) {
      const slot = slots.indexOf(Math.min(...slots));
      slots[slot] = (slots[slot] as number) + must(analysis.estimates, image);
    }
    waveStart = Math.max(...slots);
  }
  return waveStart;
}

function checkedDuration(set: SimulatedSet, image: string): number {
  const seconds = set.duration(image);
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`the duration of ${image} must be a finite number ≥ 0, got ${seconds}`);
  return seconds;
}

function checkedParallel(parallel: number): number {
  if (!Number.isInteger(parallel) || parallel < 1) throw new RangeError(`parallel must be an integer ≥ 1, got ${parallel}`);
  return parallel;
}
