/**
 * Properties of the graph on random DAGs, checked against brute-force enumeration of every path
 * (small graphs only, so enumeration stays cheap).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../../../src/core/diagnostics.js';
import { ImageGraph, type GraphEdge } from '../../../../src/core/graph/index.js';

interface RandomDag {
  readonly nodes: string[];
  readonly edges: [parent: string, child: string][];
  readonly weights: Map<string, number>;
  readonly subset: Set<string>;
}

/**
 * A random DAG: nodes get a random rank (a hidden topological order, unrelated to their names),
 * and edges only go from a lower rank to a higher one.
 */
const randomDag: fc.Arbitrary<RandomDag> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.record({
      ranks: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }),
      weights: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: n, maxLength: n }),
      inSubset: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    }),
  )
  .map(({ ranks, pairs, weights, inSubset }) => {
    const nodes = ranks.map((_, i) => `img-${i}`);
    const edges: [string, string][] = [];
    for (const [a, b] of pairs) {
      const [ra, rb] = [ranks[a] as number, ranks[b] as number];
      if (ra === rb) continue;
      edges.push(ra < rb ? [nodes[a] as string, nodes[b] as string] : [nodes[b] as string, nodes[a] as string]);
    }
    return {
      nodes,
      edges,
      weights: new Map(nodes.map((node, i) => [node, weights[i] as number])),
      subset: new Set(nodes.filter((_, i) => inSubset[i])),
    };
  });

function toEdges(pairs: readonly (readonly [string, string])[]): GraphEdge[] {
  return pairs.map(([parent, child], i) => ({
    parent,
    child,
    origin: { kind: 'depends-on', location: { file: 'images.yaml', line: i + 1, column: 3 } },
  }));
}

function childrenOf(dag: RandomDag): Map<string, string[]> {
  const children = new Map<string, string[]>(dag.nodes.map((node) => [node, []]));
  for (const [parent, child] of dag.edges) children.get(parent)?.push(child);
  return children;
}

/** Every path (as a node list) starting at `start`, following edges until a sink. */
function allPathsFrom(start: string, children: Map<string, string[]>): string[][] {
  const below = children.get(start) ?? [];
  if (below.length === 0) return [[start]];
  return below.flatMap((child) => allPathsFrom(child, children).map((path) => [start, ...path]));
}

/** Every path from any node to any node: all prefixes of all maximal paths, from every start. */
function allPaths(dag: RandomDag): string[][] {
  const children = childrenOf(dag);
  return dag.nodes.flatMap((node) => allPathsFrom(node, children).flatMap((path) => path.map((_, i) => path.slice(0, i + 1))));
}

function reachable(dag: RandomDag, from: string, to: string): boolean {
  return allPaths(dag).some((path) => path[0] === from && path[path.length - 1] === to && path.length > 1);
}

describe('ImageGraph on random DAGs', () => {
  it('orders every parent before its child, whole graph and subsets', () => {
    fc.assert(
      fc.property(randomDag, (dag) => {
        const graph = ImageGraph.build(dag.nodes, toEdges(dag.edges));
        const order = graph.topologicalOrder();
        expect([...order].sort()).toEqual([...dag.nodes].sort());
        for (const [parent, child] of dag.edges) expect(order.indexOf(parent)).toBeLessThan(order.indexOf(child));

        const subsetOrder = graph.topologicalOrder(dag.subset);
        expect([...subsetOrder].sort()).toEqual([...dag.subset].sort());
        for (const a of dag.subset) {
          for (const b of dag.subset) {
            if (reachable(dag, a, b)) expect(subsetOrder.indexOf(a)).toBeLessThan(subsetOrder.indexOf(b));
          }
        }
      }),
    );
  });

  it('puts every child in a later wave than its parent, and through images outside a subset', () => {
    fc.assert(
      fc.property(randomDag, (dag) => {
        const graph = ImageGraph.build(dag.nodes, toEdges(dag.edges));
        const wave = graph.waveIndex();
        for (const [parent, child] of dag.edges) expect(wave.get(parent) as number).toBeLessThan(wave.get(child) as number);

        const subsetWave = graph.waveIndex(dag.subset);
        for (const a of dag.subset) {
          for (const b of dag.subset) {
            if (reachable(dag, a, b)) expect(subsetWave.get(a) as number).toBeLessThan(subsetWave.get(b) as number);
          }
        }
        // waves() is waveIndex() grouped, with no empty wave.
        const waves = graph.waves(dag.subset);
        expect(waves.every((w) => w.length > 0)).toBe(true);
        waves.forEach((images, i) => images.forEach((image) => expect(subsetWave.get(image)).toBe(i)));
      }),
    );
  });

  it('gives each image the wave of the longest chain of subset images above it (brute force)', () => {
    fc.assert(
      fc.property(randomDag, (dag) => {
        const graph = ImageGraph.build(dag.nodes, toEdges(dag.edges));
        const paths = allPaths(dag);
        for (const subset of [new Set(dag.nodes), dag.subset]) {
          const wave = graph.waveIndex(subset);
          for (const image of subset) {
            const longest = Math.max(
              ...paths.filter((p) => p[p.length - 1] === image).map((p) => p.slice(0, -1).filter((n) => subset.has(n)).length),
            );
            expect(wave.get(image)).toBe(longest);
          }
        }
      }),
    );
  });

  it('gives each image the heaviest path from it to a sink as its critical path (brute force)', () => {
    fc.assert(
      fc.property(randomDag, (dag) => {
        const graph = ImageGraph.build(dag.nodes, toEdges(dag.edges));
        const weight = (image: string): number => dag.weights.get(image) ?? 0;
        const children = childrenOf(dag);
        for (const subset of [new Set(dag.nodes), dag.subset]) {
          const lengths = graph.criticalPathLengths(weight, subset);
          expect([...lengths.keys()].sort()).toEqual([...subset].sort());
          for (const image of subset) {
            const heaviest = Math.max(
              ...allPathsFrom(image, children).map((path) => path.filter((n) => subset.has(n)).reduce((sum, n) => sum + weight(n), 0)),
            );
            expect(lengths.get(image)).toBe(heaviest);
          }
        }
      }),
    );
  });

  it('finds exactly the reachable images as descendants and ancestors', () => {
    fc.assert(
      fc.property(randomDag, (dag) => {
        const graph = ImageGraph.build(dag.nodes, toEdges(dag.edges));
        const expectedDescendants = dag.nodes.filter((n) => [...dag.subset].some((s) => reachable(dag, s, n)));
        const expectedAncestors = dag.nodes.filter((n) => [...dag.subset].some((s) => reachable(dag, n, s)));
        expect([...graph.descendants(dag.subset)].sort()).toEqual(expectedDescendants.sort());
        expect([...graph.ancestors(dag.subset)].sort()).toEqual(expectedAncestors.sort());
      }),
    );
  });

  it('rejects any edge that closes a cycle, reporting a real cycle with the origin of each edge', () => {
    fc.assert(
      fc.property(
        randomDag.chain((dag) => fc.record({ dag: fc.constant(dag), from: fc.constantFrom(...dag.nodes), to: fc.constantFrom(...dag.nodes) })),
        ({ dag, from, to }) => {
          // An edge to → from closes a cycle exactly when from reaches to (or they are the same).
          const pairs: [string, string][] = [...dag.edges, [to, from]];
          const edges = toEdges(pairs);
          if (from !== to && !reachable(dag, from, to)) {
            expect(() => ImageGraph.build(dag.nodes, edges)).not.toThrow();
            return;
          }
          let error: unknown;
          try {
            ImageGraph.build(dag.nodes, edges);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(UserInputError);
          const diagnostics = (error as UserInputError).diagnostics;
          expect(diagnostics.length).toBeGreaterThan(0);
          for (const diagnostic of diagnostics) {
            const ring = /dependency cycle ([^:]+):/u.exec(diagnostic.message)?.[1]?.split(' → ') ?? [];
            expect(ring.length).toBeGreaterThan(1);
            expect(ring[0]).toBe(ring[ring.length - 1]);
            const ringEdges = ring.slice(0, -1).map((parent, i) => edges.find((e) => e.parent === parent && e.child === ring[i + 1]));
            // Every step of the reported ring is a real edge, and this diagnostic sits on one of them.
            expect(ringEdges.every((e) => e !== undefined)).toBe(true);
            expect(ringEdges.some((e) => e?.origin.location.line === diagnostic.location?.line)).toBe(true);
            for (const image of ring) expect(diagnostic.message).toContain(image);
          }
        },
      ),
    );
  });
});
