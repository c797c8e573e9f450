import { describe, expect, it } from 'vitest';
import { formatLocation, UserInputError } from '../../../../src/core/diagnostics.js';
import { ImageGraph, type GraphEdge } from '../../../../src/core/graph/index.js';

function from(parent: string, child: string, line: number): GraphEdge {
  return { parent, child, origin: { kind: 'from', location: { file: `images/${child}/Dockerfile`, line, column: 1 }, reference: `kolla/${parent}:master` } };
}

function dependsOn(parent: string, child: string, line: number): GraphEdge {
  return { parent, child, origin: { kind: 'depends-on', location: { file: 'images.yaml', line, column: 17 } } };
}

function buildError(nodes: string[], edges: GraphEdge[]): UserInputError {
  try {
    ImageGraph.build(nodes, edges);
  } catch (error) {
    if (error instanceof UserInputError) return error;
    throw error;
  }
  throw new Error('expected a UserInputError');
}

describe('dependency cycles', () => {
  it('names every image of the cycle and the FROM line or depends-on of each edge', () => {
    const edges = [from('base', 'app', 1), dependsOn('app', 'tools', 9), from('tools', 'base', 3), from('base', 'unrelated', 1)];
    const error = buildError(['base', 'app', 'tools', 'unrelated'], edges);
    // One diagnostic per edge of the cycle (which starts at its smallest name), each placed
    // where that edge is made.
    expect(error.diagnostics.map((d) => d.location)).toEqual([
      { file: 'images.yaml', line: 9, column: 17 },
      { file: 'images/base/Dockerfile', line: 3, column: 1 },
      { file: 'images/app/Dockerfile', line: 1, column: 1 },
    ]);
    for (const diagnostic of error.diagnostics) {
      expect(diagnostic.message).toContain('dependency cycle app → tools → base → app');
      for (const edge of edges.slice(0, 3)) expect(diagnostic.hint).toContain(formatLocation(edge.origin.location));
    }
    expect(error.diagnostics[0]?.message).toContain('tools depends on app (depends-on at images.yaml:9:17)');
    expect(error.diagnostics[1]?.message).toContain('base builds on tools (FROM kolla/tools:master at images/base/Dockerfile:3:1)');
    expect(error.diagnostics[2]?.message).toContain('app builds on base (FROM kolla/base:master at images/app/Dockerfile:1:1)');
    expect(error.message).not.toContain('unrelated');
  });

  it('reports an image built on itself through depends-on', () => {
    const error = buildError(['base'], [dependsOn('base', 'base', 4)]);
    expect(error.diagnostics).toHaveLength(1);
    expect(error.diagnostics[0]?.message).toBe('dependency cycle base → base: base depends on base (depends-on at images.yaml:4:17)');
  });

  it('reports each separate cycle, and names images entangled in the same knot', () => {
    const edges = [
      from('a', 'b', 1),
      from('b', 'a', 1),
      from('b', 'c', 1),
      from('c', 'b', 1),
      from('x', 'y', 1),
      from('y', 'x', 1),
    ];
    const error = buildError(['a', 'b', 'c', 'x', 'y'], edges);
    const messages = error.diagnostics.map((d) => d.message);
    expect(messages.filter((m) => m.includes('a → b → a'))).toHaveLength(2);
    expect(messages.filter((m) => m.includes('x → y → x'))).toHaveLength(2);
    expect(error.diagnostics[0]?.hint).toContain('Also on cycles with them: c.');
  });
});
