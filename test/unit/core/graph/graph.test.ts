import { describe, expect, it } from 'vitest';
import { UserInputError, type Diagnostic } from '../../../../src/core/diagnostics.js';
import { ImageGraph, type GraphEdge } from '../../../../src/core/graph/index.js';

function at(file: string, line: number, column = 1) {
  return { file, line, column };
}

function from(parent: string, child: string, line = 1): GraphEdge {
  return { parent, child, origin: { kind: 'from', location: at(`images/${child}/Dockerfile`, line), reference: `ghcr.io/acme/${parent}` } };
}

function dependsOn(parent: string, child: string, line: number): GraphEdge {
  return { parent, child, origin: { kind: 'depends-on', location: at('images.yaml', line, 17) } };
}

/**
 *   base ──► python ──► notebook ──► lab
 *     │                    ▲
 *     └──► tools ──────────┘         (tools → notebook via depends-on)
 *   debian-extra (alone)
 */
const NODES = ['lab', 'notebook', 'python', 'base', 'tools', 'debian-extra'];
const EDGES: GraphEdge[] = [
  from('base', 'python'),
  from('python', 'notebook'),
  from('notebook', 'lab'),
  from('base', 'tools'),
  dependsOn('tools', 'notebook', 12),
];
const graph = ImageGraph.build(NODES, EDGES);

function buildErrors(nodes: string[], edges: GraphEdge[]): Diagnostic[] {
  try {
    ImageGraph.build(nodes, edges);
  } catch (error) {
    if (error instanceof UserInputError) return [...error.diagnostics];
    throw error;
  }
  throw new Error('expected a UserInputError');
}

describe('ImageGraph basics', () => {
  it('keeps nodes sorted, parents and children sorted, and the edges with their origin', () => {
    expect(graph.nodes).toEqual(['base', 'debian-extra', 'lab', 'notebook', 'python', 'tools']);
    expect(graph.parents('notebook')).toEqual(['python', 'tools']);
    expect(graph.children('base')).toEqual(['python', 'tools']);
    expect(graph.edge('tools', 'notebook')?.origin).toEqual({ kind: 'depends-on', location: at('images.yaml', 12, 17) });
    expect(graph.edge('notebook', 'tools')).toBeUndefined();
    expect(graph.has('lab')).toBe(true);
    expect(graph.has('nope')).toBe(false);
  });

  it('keeps one edge per pair of images, the first one given', () => {
    const g = ImageGraph.build(['a', 'b'], [from('a', 'b', 3), dependsOn('a', 'b', 9)]);
    expect(g.edges).toEqual([from('a', 'b', 3)]);
  });

  it('serialises to image → sorted parents', () => {
    expect(graph.toJSON()).toEqual({
      base: [],
      'debian-extra': [],
      lab: ['notebook'],
      notebook: ['python', 'tools'],
      python: ['base'],
      tools: ['base'],
    });
    expect(Object.keys(graph.toJSON())).toEqual(graph.nodes);
  });

  it('rejects an edge to an unknown image, suggesting the closest name', () => {
    const [diagnostic] = buildErrors(['base', 'python'], [dependsOn('pyhton', 'base', 4)]);
    expect(diagnostic?.message).toBe('base: depends-on names "pyhton", which is not an image of this repository');
    expect(diagnostic?.location).toEqual(at('images.yaml', 4, 17));
    expect(diagnostic?.hint).toContain('Did you mean "python"?');
  });

  it('lists the images when no name is close', () => {
    const [diagnostic] = buildErrors(['base', 'python'], [dependsOn('something-else', 'base', 4)]);
    expect(diagnostic?.hint).toContain('The images are: base, python.');
  });

  it('throws a plain Error when asked about an image it does not hold', () => {
    expect(() => graph.parents('nope')).toThrow('"nope" is not in the image graph');
    expect(() => graph.topologicalOrder(new Set(['nope']))).toThrow(/nope/);
  });
});

describe('ordering', () => {
  it('orders topologically with ties broken by name', () => {
    expect(graph.topologicalOrder()).toEqual(['base', 'debian-extra', 'python', 'tools', 'notebook', 'lab']);
  });

  it('orders a subset by the whole graph, ties by name among the subset', () => {
    // base → … → lab only through an image outside the subset; alpha's only parent is outside it.
    const g = ImageGraph.build(['base', 'mid', 'lab', 'zeta', 'alpha'], [from('base', 'mid'), from('mid', 'lab'), from('zeta', 'alpha')]);
    expect(g.topologicalOrder(new Set(['lab', 'base', 'alpha']))).toEqual(['alpha', 'base', 'lab']);
    expect(g.topologicalOrder(new Set(['lab', 'zeta', 'base']))).toEqual(['base', 'lab', 'zeta']);
    expect(g.topologicalOrder(new Set(['alpha', 'lab']))).toEqual(['alpha', 'lab']);
  });

  it('puts each image in the wave of its longest chain of ancestors', () => {
    expect(graph.waves()).toEqual([['base', 'debian-extra'], ['python', 'tools'], ['notebook'], ['lab']]);
    expect(Object.fromEntries(graph.waveIndex())).toEqual({ base: 0, 'debian-extra': 0, python: 1, tools: 1, notebook: 2, lab: 3 });
  });

  it('counts only subset images in waves, yet keeps order through images outside it', () => {
    expect(graph.waves(new Set(['base', 'lab', 'debian-extra']))).toEqual([['base', 'debian-extra'], ['lab']]);
    expect(graph.waves(new Set(['notebook', 'lab', 'tools']))).toEqual([['tools'], ['notebook'], ['lab']]);
    expect(graph.waves(new Set())).toEqual([]);
  });

  it('gives critical path lengths: own weight plus the heaviest chain below', () => {
    expect(Object.fromEntries(graph.criticalPathLengths())).toEqual({ base: 4, 'debian-extra': 1, python: 3, tools: 3, notebook: 2, lab: 1 });
    const minutes: Record<string, number> = { base: 5, python: 10, tools: 30, notebook: 2, lab: 1, 'debian-extra': 50 };
    const lengths = graph.criticalPathLengths((image) => minutes[image] ?? 0);
    expect(lengths.get('base')).toBe(5 + 30 + 2 + 1);
    expect(lengths.get('python')).toBe(10 + 2 + 1);
    expect(lengths.get('debian-extra')).toBe(50);
  });

  it('weighs only subset images on a critical path', () => {
    expect(Object.fromEntries(graph.criticalPathLengths(() => 1, new Set(['base', 'lab'])))).toEqual({ base: 2, lab: 1 });
  });

  it('rejects negative or non-finite weights', () => {
    expect(() => graph.criticalPathLengths(() => -1)).toThrow(RangeError);
    expect(() => graph.criticalPathLengths(() => Number.NaN)).toThrow(RangeError);
  });
});

describe('reachability', () => {
  it('finds descendants and ancestors of a set', () => {
    expect([...graph.descendants(['python'])].sort()).toEqual(['lab', 'notebook']);
    expect([...graph.descendants(['base', 'python'])].sort()).toEqual(['lab', 'notebook', 'python', 'tools']);
    expect([...graph.descendants(new Set(['lab']))]).toEqual([]);
    expect([...graph.ancestors(['notebook'])].sort()).toEqual(['base', 'python', 'tools']);
  });
});
