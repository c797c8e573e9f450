/**
 * Drives a `Schedule` with real work: at most `parallel` images at once, each started as soon as
 * a slot is free and its parents are built. This module does no I/O of its own; the `work`
 * function builds (or reuses) an image and is where the outside world comes in.
 *
 * A failing image skips its descendants and independent images go on, so one run reports every
 * image; deciding that the job fails because of a failure is the caller's business.
 */
import type { Progress, Schedule, SkipReason } from './schedule.js';

export type Outcome<T> =
  | { readonly status: 'built'; readonly result: T; readonly seconds: number }
  | { readonly status: 'failed'; readonly error: unknown; readonly seconds: number }
  | ({ readonly status: 'skipped' } & SkipReason);

export interface RunOptions {
  /** Milliseconds on a monotonic clock; `performance.now` by default. Tests pass their own. */
  readonly clock?: () => number;
  /** Called as soon as images are skipped (e.g. to log it), before the run goes on. */
  readonly onSkipped?: (image: string, reason: SkipReason) => void;
}

/**
 * Runs `work` for every image of the schedule in dependency order and returns each image's
 * outcome, keyed in name order. `work` failing (rejecting or throwing) fails that image only.
 * The schedule must be fresh: nothing started yet.
 */
export async function runSchedule<T>(
  schedule: Schedule,
  work: (image: string, progress: Progress) => Promise<T>,
  options: RunOptions = {},
): Promise<Map<string, Outcome<T>>> {
  if (schedule.running.length > 0 || schedule.images.some((image) => schedule.status(image).status !== 'waiting' && schedule.status(image).status !== 'ready')) {
    throw new Error('runSchedule needs a schedule that has not been started');
  }
  const clock = options.clock ?? ((): number => performance.now());
  const outcomes = new Map<string, Outcome<T>>();
  const inFlight = new Map<string, Promise<void>>();

  const start = (image: string): void => {
    const began = clock();
    const seconds = (): number => (clock() - began) / 1000;
    const settled = Promise.resolve()
      .then(() => work(image, schedule.progress(image)))
      .then(
        (result) => {
          outcomes.set(image, { status: 'built', result, seconds: seconds() });
          schedule.finished(image);
        },
        (error: unknown) => {
          outcomes.set(image, { status: 'failed', error, seconds: seconds() });
          for (const { image: skipped, ...reason } of schedule.failed(image)) options.onSkipped?.(skipped, reason);
        },
      )
      .finally(() => inFlight.delete(image));
    inFlight.set(image, settled);
  };

  for (;;) {
    for (const image of schedule.next()) start(image);
    if (inFlight.size === 0) break;
    await Promise.race(inFlight.values());
  }
  if (!schedule.done) throw new Error('bug: the schedule stopped with images neither built, failed nor skipped');

  const ordered = new Map<string, Outcome<T>>();
  for (const image of schedule.images) {
    const status = schedule.status(image);
    const outcome = status.status === 'skipped' ? { status: 'skipped' as const, failedAncestors: status.failedAncestors, reason: status.reason } : outcomes.get(image);
    if (outcome === undefined) throw new Error(`bug: no outcome for ${image}`);
    ordered.set(image, outcome);
  }
  return ordered;
}
