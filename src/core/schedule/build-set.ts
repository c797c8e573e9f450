/**
 * The images built together in one job, analysed once for scheduling: parents and children
 * within the set, a topological order, each image's wave and its critical path.
 *
 * Only edges between images of the set count. A parent outside the set is not built in this
 * job (it is used at its promoted tag, or was built by an earlier job), so nothing waits for it.
 */
import { compareNames } from '../graph/names.js';

/** What the scheduler needs to know about a set of images. */
export interface BuildSet {
  /** The images to build; repeated names count once. */
  readonly images: readonly string[];
  /** An image's direct parents; those outside `images` are ignored. */
  readonly parentsOf: (image: string) => Iterable<string>;
  /** The estimated duration of an image's build, in seconds (finite, ≥ 0). */
  readonly estimate: (image: string) => number;
}

/** The heaviest chain of estimated durations from an image down to an image nothing waits on. */
export interface CriticalPath {
  /** The estimated seconds of the whole chain, the image's own included. */
  readonly seconds: number;
  /** The chain, starting with the image itself; ties between children broken by name. */
  readonly chain: readonly string[];
}

export interface BuildSetAnalysis {
  /** The images, sorted by name. */
  readonly images: readonly string[];
  /** Parents within the set, sorted by name. */
  readonly parents: ReadonlyMap<string, readonly string[]>;
  /** Children within the set, sorted by name. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  readonly estimates: ReadonlyMap<string, number>;
  /** Every parent before its children; ties by name. */
  readonly order: readonly string[];
  /** 0-based: the number of images on the longest chain of ancestors above the image. */
  readonly wave: ReadonlyMap<string, number>;
  readonly criticalPath: ReadonlyMap<string, CriticalPath>;
}

/** Reads a value the analysis itself put in a map: absence is a bug here, not bad input. */
export function must<V>(map: ReadonlyMap<string, V>, image: string): V {
  const value = map.get(image);
  if (value === undefined) throw new Error(`"${image}" is not in this build set`);
  return value;
}

/**
 * Analyses a build set. Throws `RangeError` for an estimate that is not a finite number ≥ 0 and
 * `Error` for a cycle: the image graph rejects cycles with a located diagnostic long before a
 * build, so reaching one here is a bug in the caller.
 */
export function analyseBuildSet(set: BuildSet): BuildSetAnalysis {
  const images = [...new Set(set.images)].sort(compareNames);
  const member = new Set(images);
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>(images.map((image) => [image, []]));
  for (const image of images) {
    const own = [...new Set(set.parentsOf(image))].filter((parent) => member.has(parent)).sort(compareNames);
    parents.set(image, own);
    for (const parent of own) must(children, parent).push(image);
  }
  for (const list of children.values()) list.sort(compareNames);

  const estimates = new Map<string, number>();
  for (const image of images) {
    const seconds = set.estimate(image);
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`the estimated duration of ${image} must be a finite number ≥ 0, got ${seconds}`);
    estimates.set(image, seconds);
  }

  const order = topologicalOrder(images, parents, children);

  const wave = new Map<string, number>();
  for (const image of order) {
    let depth = 0;
    for (const parent of must(parents, image)) depth = Math.max(depth, must(wave, parent) + 1);
    wave.set(image, depth);
  }

  const criticalPath = new Map<string, CriticalPath>();
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const image = order[i] as string;
    // Children are sorted by name, so keeping only a strictly heavier one breaks ties by name.
    let heaviest: CriticalPath | undefined;
    for (const child of must(children, image)) {
      const below = must(criticalPath, child);
      if (heaviest === undefined || below.seconds > heaviest.seconds) heaviest = below;
    }
    const own = must(estimates, image);
    criticalPath.set(image, heaviest === undefined ? { seconds: own, chain: [image] } : { seconds: own + heaviest.seconds, chain: [image, ...heaviest.chain] });
  }

  return { images, parents, children, estimates, order, wave, criticalPath };
}

/** Kahn's algorithm, smallest ready name first; names the images left on a cycle if any. */
function topologicalOrder(images: readonly string[], parents: ReadonlyMap<string, readonly string[]>, children: ReadonlyMap<string, readonly string[]>): string[] {
  const waiting = new Map(images.map((image) => [image, must(parents, image).length]));
  const ready = images.filter((image) => waiting.get(image) === 0);
  const order: string[] = [];
  while (ready.length > 0) {
    ready.sort(compareNames);
    const image = ready.shift() as string;
    order.push(image);
    for (const child of must(children, image)) {
      const left = must(waiting, child) - 1;
      waiting.set(child, left);
      if (left === 0) ready.push(child);
    }
  }
  if (order.length < images.length) {
    const stuck = images.filter((image) => must(waiting, image) > 0);
    throw new Error(`the build set has a cycle among: ${stuck.join(', ')}`);
  }
  return order;
}
