/**
 * Duration estimates for the scheduler, learnt from earlier runs.
 *
 * The history maps an image to its estimated build seconds. Each new measurement moves the
 * estimate part of the way (an exponential moving average), so one slow run on a busy runner
 * does not throw the estimates off, while a lasting change is picked up within a few runs.
 * Only real builds should be recorded: a reused image takes a second, and recording that would
 * make its next real build look cheap.
 */

/** Image → estimated build seconds. */
export type DurationHistory = Readonly<Record<string, number>>;

/** The estimate for an image never built before, when there is no history at all. */
export const DEFAULT_ESTIMATE_SECONDS = 120;

/** How far a new measurement moves the estimate: new = w·measured + (1 − w)·old. */
export const DEFAULT_SMOOTHING = 0.5;

/**
 * The estimate of each image: its recorded duration when there is one, else `fallbackSeconds`,
 * which defaults to the median of the history (a new image is most likely a typical one), or
 * `DEFAULT_ESTIMATE_SECONDS` when the history is empty.
 */
export function estimator(history: DurationHistory, fallbackSeconds?: number): (image: string) => number {
  const known = new Map(Object.entries(history).filter(([, seconds]) => isDuration(seconds)));
  const fallback = fallbackSeconds ?? (known.size > 0 ? median([...known.values()]) : DEFAULT_ESTIMATE_SECONDS);
  if (!isDuration(fallback)) throw new RangeError(`the fallback estimate must be a finite number ≥ 0, got ${fallback}`);
  return (image) => known.get(image) ?? fallback;
}

/**
 * Merges measured durations (image → seconds) into the history and returns the new history,
 * sorted by image name; the input is not changed. A first measurement is taken as it is.
 * Measurements that are not finite numbers ≥ 0 are ignored.
 */
export function recordDurations(history: DurationHistory, measured: Readonly<Record<string, number>>, smoothing = DEFAULT_SMOOTHING): DurationHistory {
  if (!(smoothing > 0 && smoothing <= 1)) throw new RangeError(`smoothing must be in (0, 1], got ${smoothing}`);
  const merged = new Map(Object.entries(history).filter(([, seconds]) => isDuration(seconds)));
  for (const [image, seconds] of Object.entries(measured)) {
    if (!isDuration(seconds)) continue;
    const before = merged.get(image);
    merged.set(image, roundSeconds(before === undefined ? seconds : smoothing * seconds + (1 - smoothing) * before));
  }
  const result: Record<string, number> = {};
  for (const image of [...merged.keys()].sort()) result[image] = merged.get(image) as number;
  return result;
}

/**
 * Reads a stored history (e.g. a JSON file kept in a cache). It is only a hint, so anything
 * malformed is dropped rather than reported: a bad entry is left out, a bad document is empty.
 */
export function parseDurationHistory(json: unknown): DurationHistory {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return {};
  const result: Record<string, number> = {};
  for (const [image, seconds] of Object.entries(json as Record<string, unknown>)) {
    if (typeof seconds === 'number' && isDuration(seconds)) result[image] = seconds;
  }
  return result;
}

function isDuration(seconds: number): boolean {
  return Number.isFinite(seconds) && seconds >= 0;
}

/** Hundredths of a second: enough for scheduling, and keeps the stored JSON readable. */
function roundSeconds(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
