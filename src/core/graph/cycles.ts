/**
 * Dependency cycles: found with Tarjan's strongly connected components, each reported as one
 * concrete cycle naming every image on it and the FROM line or `depends-on` behind each edge.
 */
import type { Diagnostic } from '../diagnostics.js';
import { describeEdge, type GraphEdge } from './edges.js';
import { compareNames } from './names.js';

/** Strongly connected components that hold a cycle (more than one node, or a self-edge). */
export function cyclicComponents(nodes: readonly string[], children: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const child of children.get(node) ?? []) {
      if (!index.has(child)) {
        visit(child);
        low.set(node, Math.min(low.get(node) as number, low.get(child) as number));
      } else if (onStack.has(child)) {
        low.set(node, Math.min(low.get(node) as number, index.get(child) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfEdge = (children.get(node) ?? []).includes(node);
      if (component.length > 1 || selfEdge) components.push(component.sort(compareNames));
    }
  };

  for (const node of nodes) if (!index.has(node)) visit(node);
  return components.sort((a, b) => compareNames(a[0] as string, b[0] as string));
}

/**
 * The shortest cycle through the first (smallest) image of a component, as the list of images
 * in build order: each one is a parent of the next, and the last is a parent of the first.
 */
export function cycleThrough(component: readonly string[], children: ReadonlyMap<string, readonly string[]>): string[] {
  const start = component[0] as string;
  const members = new Set(component);
  const previous = new Map<string, string>();
  const queue: string[] = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] as string;
    for (const child of children.get(node) ?? []) {
      if (!members.has(child)) continue;
      if (child === start) {
        const cycle = [node];
        for (let at = node; at !== start; ) {
          at = previous.get(at) as string;
          cycle.unshift(at);
        }
        return cycle;
      }
      if (!previous.has(child)) {
        previous.set(child, node);
        queue.push(child);
      }
    }
  }
  throw new Error(`no cycle through ${start}: the component is not strongly connected`);
}

/** One diagnostic per edge of the cycle, each at the place that made that edge. */
export function cycleDiagnostics(
  cycle: readonly string[],
  edgeBetween: (parent: string, child: string) => GraphEdge,
  alsoEntangled: readonly string[],
): Diagnostic[] {
  const edges = cycle.map((parent, i) => edgeBetween(parent, cycle[(i + 1) % cycle.length] as string));
  const ring = [...cycle, cycle[0] as string].join(' → ');
  const others = alsoEntangled.length > 0 ? ` Also on cycles with them: ${alsoEntangled.join(', ')}.` : '';
  const hint =
    `Each image builds on the one before it, so none can be built first. The edges: ${edges.map(describeEdge).join('; ')}. ` +
    `Remove one of them (a FROM line or a depends-on entry).${others}`;
  return edges.map((edge) => ({
    message: `dependency cycle ${ring}: ${describeEdge(edge)}`,
    location: edge.origin.location,
    hint,
  }));
}
