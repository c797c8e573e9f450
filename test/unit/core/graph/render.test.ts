import { describe, expect, it } from 'vitest';
import { ImageGraph, MERMAID_GREY_CLASS, type GraphEdge } from '../../../../src/core/graph/index.js';

function edge(parent: string, child: string): GraphEdge {
  return { parent, child, origin: { kind: 'from', location: { file: `images/${child}/Dockerfile`, line: 1, column: 1 } } };
}

// base → python → notebook ; base → tools ; other → notebook ; lonely
const graph = ImageGraph.build(
  ['base', 'python', 'notebook', 'tools', 'other', 'lonely'],
  [edge('base', 'python'), edge('python', 'notebook'), edge('base', 'tools'), edge('other', 'notebook')],
);

describe('toMermaid', () => {
  it('draws the affected images and greys their unaffected parents with a classDef', () => {
    const text = graph.toMermaid({ include: new Set(['python', 'notebook']) });
    expect(text).toBe(
      [
        'flowchart TD',
        '  n0["base"]',
        '  n1["notebook"]',
        '  n2["other"]',
        '  n3["python"]',
        '  n0 --> n3',
        '  n2 --> n1',
        '  n3 --> n1',
        `  classDef ${MERMAID_GREY_CLASS} fill:#f6f8fa,stroke:#afb8c1,color:#8c959f,stroke-dasharray:4 3`,
        `  class n0,n2 ${MERMAID_GREY_CLASS}`,
        '',
      ].join('\n'),
    );
  });

  it('leaves out the classDef when nothing is greyed, and accepts labels and a direction', () => {
    const text = graph.toMermaid({ include: new Set(['base', 'tools']), label: (image) => `${image} (wave ${image === 'base' ? 0 : 1})`, direction: 'LR' });
    expect(text).toBe(['flowchart LR', '  n0["base (wave 0)"]', '  n1["tools (wave 1)"]', '  n0 --> n1', ''].join('\n'));
  });

  it('escapes label text so it cannot break the node syntax', () => {
    const text = graph.toMermaid({ include: new Set(['lonely']), label: () => 'a "quoted" <b>#1</b> & more' });
    expect(text).toContain('n0["a #34;quoted#34; #60;b#62;#35;1#60;/b#62; #38; more"]');
  });

  it('uses explicit greyed images instead of the parents when given', () => {
    const text = graph.toMermaid({ include: new Set(['notebook']), greyed: new Set(['base']) });
    expect(text).toContain(`class n0 ${MERMAID_GREY_CLASS}`);
    expect(text).not.toContain('python');
    expect(text).not.toContain('-->');
  });
});

describe('toDot', () => {
  it('draws the whole graph by default', () => {
    expect(graph.toDot()).toBe(
      [
        'digraph "images" {',
        '  rankdir=TB;',
        '  node [shape=box];',
        '  "base";',
        '  "lonely";',
        '  "notebook";',
        '  "other";',
        '  "python";',
        '  "tools";',
        '  "base" -> "python";',
        '  "base" -> "tools";',
        '  "other" -> "notebook";',
        '  "python" -> "notebook";',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('draws a subgraph with greyed parents, labels and escaping', () => {
    const text = graph.toDot({ include: new Set(['python']), label: (image) => `${image} "v2"`, name: 'affected' });
    expect(text).toBe(
      [
        'digraph "affected" {',
        '  rankdir=TB;',
        '  node [shape=box];',
        '  "base" [label="base \\"v2\\"", style=dashed, color=gray60, fontcolor=gray45];',
        '  "python" [label="python \\"v2\\""];',
        '  "base" -> "python";',
        '}',
        '',
      ].join('\n'),
    );
  });
});
