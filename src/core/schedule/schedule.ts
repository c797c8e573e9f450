/**
 * The in-job build schedule as a pure state machine: the caller asks what to start, and reports
 * each image as finished or failed. It holds no clock and does no I/O, so the same machine drives
 * the real executor (`runSchedule`) and the benchmark's simulator (`simulate`).
 *
 * Policy: among the images whose parents in the set are all built, start the one with the longest
 * remaining critical path (its own estimated duration plus the heaviest chain of estimates below
 * it) first, ties by name. This is list scheduling by "highest level first": it keeps the long
 * chains moving while short independent images fill the idle slots, and it never leaves a slot
 * idle while an image is ready. A failed image skips every image of the set built on it; the
 * others go on.
 */
import { compareNames } from '../graph/names.js';
import { analyseBuildSet, must, type BuildSet, type BuildSetAnalysis, type CriticalPath } from './build-set.js';

export interface ScheduleOptions extends BuildSet {
  /** How many images may build at once: an integer ≥ 1. */
  readonly parallel: number;
}

/** Why an image was not built: every failed image it is built on, and a sentence for the summary. */
export interface SkipReason {
  /** The failed ancestors, sorted by name. */
  readonly failedAncestors: readonly string[];
  /** E.g. `base failed (base → python → app)`. */
  readonly reason: string;
}

export type ImageStatus =
  | { readonly status: 'waiting' }
  | { readonly status: 'ready' }
  | { readonly status: 'running' }
  | { readonly status: 'built' }
  | { readonly status: 'failed' }
  | ({ readonly status: 'skipped' } & SkipReason);

/** What a progress line says about a started image. */
export interface Progress {
  /** 1-based: this was the n-th image started. */
  readonly position: number;
  /** The number of images in the set, skipped ones included. */
  readonly total: number;
  /** 1-based, as the detect action numbers waves. */
  readonly wave: number;
  readonly criticalPath: CriticalPath;
}

/** `[3/12] building foreman (wave 2, critical path 3)`; the critical path counts images. */
export function formatProgress(image: string, progress: Progress, verb = 'building'): string {
  return `[${progress.position}/${progress.total}] ${verb} ${image} (wave ${progress.wave}, critical path ${progress.criticalPath.chain.length})`;
}

export class Schedule {
  readonly parallel: number;
  readonly analysis: BuildSetAnalysis;
  readonly #status = new Map<string, ImageStatus>();
  /** Ready images, best first. */
  readonly #ready: string[] = [];
  readonly #running = new Set<string>();
  /** Parents of each waiting image that are not built yet. */
  readonly #unbuiltParents = new Map<string, number>();
  readonly #position = new Map<string, number>();
  /** For a skipped image, the chain from its first failed ancestor down to it. */
  readonly #skipPath = new Map<string, readonly string[]>();
  #started = 0;
  #unsettled: number;

  constructor(options: ScheduleOptions) {
    if (!Number.isInteger(options.parallel) || options.parallel < 1) throw new RangeError(`parallel must be an integer ≥ 1, got ${options.parallel}`);
    this.parallel = options.parallel;
    this.analysis = analyseBuildSet(options);
    this.#unsettled = this.analysis.images.length;
    for (const image of this.analysis.images) {
      const parents = must(this.analysis.parents, image).length;
      this.#unbuiltParents.set(image, parents);
      if (parents === 0) this.#makeReady(image);
      else this.#status.set(image, { status: 'waiting' });
    }
  }

  /** The images, sorted by name. */
  get images(): readonly string[] {
    return this.analysis.images;
  }

  /** True once every image is built, failed or skipped. */
  get done(): boolean {
    return this.#unsettled === 0;
  }

  /** Images started and not yet reported, in no particular order. */
  get running(): readonly string[] {
    return [...this.#running];
  }

  /** Images whose parents are all built, best first (what `next` would start). */
  get ready(): readonly string[] {
    return [...this.#ready];
  }

  status(image: string): ImageStatus {
    return must(this.#status, image);
  }

  /**
   * Starts as many ready images as there are free slots, best first, and returns them in that
   * order. Returns [] when every slot is busy or nothing is ready.
   */
  next(): string[] {
    const started: string[] = [];
    while (this.#running.size < this.parallel && this.#ready.length > 0) {
      const image = this.#ready.shift() as string;
      this.#running.add(image);
      this.#status.set(image, { status: 'running' });
      this.#started += 1;
      this.#position.set(image, this.#started);
      started.push(image);
    }
    return started;
  }

  /** Reports a running image as built; its children whose parents are all built become ready. */
  finished(image: string): void {
    this.#settle(image, { status: 'built' });
    for (const child of must(this.analysis.children, image)) {
      const left = must(this.#unbuiltParents, child) - 1;
      this.#unbuiltParents.set(child, left);
      if (left === 0 && this.#status.get(child)?.status === 'waiting') this.#makeReady(child);
    }
  }

  /**
   * Reports a running image as failed. Every image of the set built on it, directly or not, is
   * skipped (it cannot have started: it waits on this one). Returns the images skipped now, with
   * their reasons, in topological order; an image already skipped by an earlier failure gains
   * this one among its failed ancestors and is not returned again.
   */
  failed(image: string): Array<{ readonly image: string } & SkipReason> {
    this.#settle(image, { status: 'failed' });
    const newlySkipped: Array<{ readonly image: string } & SkipReason> = [];
    const via = new Map<string, string>();
    const queue = [image];
    for (let head = 0; head < queue.length; head += 1) {
      const current = queue[head] as string;
      for (const child of must(this.analysis.children, current)) {
        if (via.has(child)) continue;
        via.set(child, current);
        queue.push(child);
      }
    }
    const descendants = this.analysis.order.filter((candidate) => via.has(candidate));
    for (const descendant of descendants) {
      const before = must(this.#status, descendant);
      if (before.status === 'skipped') {
        const failedAncestors = [...before.failedAncestors, image].sort(compareNames);
        const reason = describeSkip(failedAncestors, must(this.#skipPath, descendant));
        this.#status.set(descendant, { status: 'skipped', failedAncestors, reason });
        continue;
      }
      if (before.status !== 'waiting') throw new Error(`bug: ${descendant} is ${before.status} while its ancestor ${image} was still running`);
      const path = [descendant];
      for (let step = via.get(descendant); step !== undefined; step = via.get(step)) path.unshift(step);
      this.#skipPath.set(descendant, path);
      const skip: SkipReason = { failedAncestors: [image], reason: describeSkip([image], path) };
      this.#status.set(descendant, { status: 'skipped', ...skip });
      this.#unsettled -= 1;
      newlySkipped.push({ image: descendant, ...skip });
    }
    return newlySkipped;
  }

  /** Progress of a started image, for its log line. */
  progress(image: string): Progress {
    const position = this.#position.get(image);
    if (position === undefined) throw new Error(`${image} has not been started`);
    return {
      position,
      total: this.analysis.images.length,
      wave: must(this.analysis.wave, image) + 1,
      criticalPath: must(this.analysis.criticalPath, image),
    };
  }

  #settle(image: string, status: ImageStatus): void {
    if (!this.#running.delete(image)) {
      const now = this.#status.get(image)?.status ?? 'not in this build set';
      throw new Error(`${image} cannot be reported ${status.status}: it is ${now}, not running`);
    }
    this.#status.set(image, status);
    this.#unsettled -= 1;
  }

  #makeReady(image: string): void {
    this.#status.set(image, { status: 'ready' });
    const seconds = must(this.analysis.criticalPath, image).seconds;
    let low = 0;
    let high = this.#ready.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const other = this.#ready[mid] as string;
      const otherSeconds = must(this.analysis.criticalPath, other).seconds;
      if (otherSeconds > seconds || (otherSeconds === seconds && compareNames(other, image) < 0)) low = mid + 1;
      else high = mid;
    }
    this.#ready.splice(low, 0, image);
  }
}

/** Creates the schedule of a build set; see `Schedule`. */
export function createSchedule(options: ScheduleOptions): Schedule {
  return new Schedule(options);
}

function describeSkip(failedAncestors: readonly string[], firstPath: readonly string[]): string {
  if (failedAncestors.length > 1) return `${failedAncestors.join(', ')} failed`;
  return firstPath.length === 2 ? `its parent ${failedAncestors[0]} failed` : `${failedAncestors[0]} failed (${firstPath.join(' → ')})`;
}
