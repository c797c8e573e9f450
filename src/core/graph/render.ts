/**
 * Drawings of (part of) the image graph: Mermaid for job summaries and the `graph` output, DOT
 * for Graphviz. Both are deterministic: nodes and edges in name order.
 */
import { compareNames } from './names.js';

export interface GraphView {
  /** Nodes drawn normally. */
  readonly include: ReadonlySet<string>;
  /** Nodes drawn greyed, for context (e.g. unaffected parents of affected images). */
  readonly greyed: ReadonlySet<string>;
  /** Every edge between drawn nodes, parent first. */
  readonly edges: readonly (readonly [parent: string, child: string])[];
  readonly label: (image: string) => string;
}

function drawnNodes(view: GraphView): string[] {
  return [...new Set([...view.include, ...view.greyed])].sort(compareNames);
}

function sortedEdges(view: GraphView): (readonly [string, string])[] {
  return [...view.edges].sort(([p1, c1], [p2, c2]) => compareNames(p1, p2) || compareNames(c1, c2));
}

/**
 * Mermaid label text: quotes, angle brackets, `&` and `#` become entity codes, which Mermaid
 * decodes, so an image name or label can never break out of its `["…"]`.
 */
function mermaidText(text: string): string {
  return text.replace(/[#"<>&]/gu, (ch) => `#${ch.codePointAt(0)};`).replace(/[\r\n]+/gu, ' ');
}

export const MERMAID_GREY_CLASS = 'unaffected';

export function renderMermaid(view: GraphView, direction: 'TD' | 'LR' = 'TD'): string {
  const nodes = drawnNodes(view);
  // Ids are positional: image names may hold `-` or `.`, which Mermaid reads as syntax.
  const ids = new Map(nodes.map((node, i) => [node, `n${i}`]));
  const lines = [`flowchart ${direction}`];
  for (const node of nodes) lines.push(`  ${ids.get(node)}["${mermaidText(view.label(node))}"]`);
  for (const [parent, child] of sortedEdges(view)) lines.push(`  ${ids.get(parent)} --> ${ids.get(child)}`);
  const greyed = nodes.filter((node) => view.greyed.has(node) && !view.include.has(node));
  if (greyed.length > 0) {
    lines.push(`  classDef ${MERMAID_GREY_CLASS} fill:#f6f8fa,stroke:#afb8c1,color:#8c959f,stroke-dasharray:4 3`);
    lines.push(`  class ${greyed.map((node) => ids.get(node)).join(',')} ${MERMAID_GREY_CLASS}`);
  }
  return `${lines.join('\n')}\n`;
}

function dotId(text: string): string {
  return `"${text.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"').replace(/\r?\n/gu, '\\n')}"`;
}

export function renderDot(view: GraphView, name = 'images'): string {
  const lines = [`digraph ${dotId(name)} {`, '  rankdir=TB;', '  node [shape=box];'];
  for (const node of drawnNodes(view)) {
    const attributes: string[] = [];
    const label = view.label(node);
    if (label !== node) attributes.push(`label=${dotId(label)}`);
    if (view.greyed.has(node) && !view.include.has(node)) attributes.push('style=dashed', 'color=gray60', 'fontcolor=gray45');
    lines.push(`  ${dotId(node)}${attributes.length > 0 ? ` [${attributes.join(', ')}]` : ''};`);
  }
  for (const [parent, child] of sortedEdges(view)) lines.push(`  ${dotId(parent)} -> ${dotId(child)};`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
