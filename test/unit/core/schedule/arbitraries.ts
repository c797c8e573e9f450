/** Random build sets for the scheduler's property tests. */
import fc from 'fast-check';

export interface RandomSet {
  readonly images: readonly string[];
  /** Parents within the set, plus sometimes `EXTERNAL`, which is not in the set. */
  readonly parents: ReadonlyMap<string, readonly string[]>;
  /** Whole seconds, so sums are exact. */
  readonly durations: ReadonlyMap<string, number>;
  readonly parallel: number;
}

/** A parent outside every generated set (generated names are lower case). */
export const EXTERNAL = 'EXTERNAL';

export function parentsIn(set: RandomSet): (image: string) => readonly string[] {
  return (image) => set.parents.get(image) ?? [];
}

export function durationIn(set: RandomSet): (image: string) => number {
  return (image) => {
    const seconds = set.durations.get(image);
    if (seconds === undefined) throw new Error(`no duration for ${image}`);
    return seconds;
  };
}

/** The parents within the set, transitively: every image of the set `image` is built on. */
export function ancestorsIn(set: RandomSet, image: string): Set<string> {
  const found = new Set<string>();
  const queue = [image];
  while (queue.length > 0) {
    for (const parent of set.parents.get(queue.pop() as string) ?? []) {
      if (parent === EXTERNAL || found.has(parent)) continue;
      found.add(parent);
      queue.push(parent);
    }
  }
  return found;
}

/**
 * Up to `maxImages` images with random names; image j may have any of images 0..j-1 (in
 * generation order, unrelated to name order) as parents, so the graph is acyclic.
 */
export function randomSet(maxImages = 14, maxParallel = 5): fc.Arbitrary<RandomSet> {
  return fc.integer({ min: 1, max: maxImages }).chain((n) =>
    fc
      .record({
        names: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,5}$/), { minLength: n, maxLength: n }),
        edges: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
        external: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        durations: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: n, maxLength: n }),
        parallel: fc.integer({ min: 1, max: maxParallel }),
      })
      .map(({ names, edges, external, durations, parallel }) => {
        const parents = new Map<string, string[]>();
        names.forEach((name, j) => {
          const own = names.filter((_, i) => i < j && edges[j]?.[i] === 0);
          if (external[j] === true) own.push(EXTERNAL);
          parents.set(name, own);
        });
        return { images: names, parents, durations: new Map(names.map((name, i) => [name, durations[i] as number])), parallel };
      }),
  );
}
