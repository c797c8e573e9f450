/**
 * The image DAG: which image builds on which, in what order to build them, and how to draw it.
 *
 * Edges point from parent to child and carry their provenance (a FROM line or a `depends-on`
 * entry). Building the graph rejects edges to unknown images and cycles, each reported at the
 * place that made the offending edge. Every ordering is deterministic: ties are broken by name.
 *
 * Several queries take a `subset` (e.g. the affected images). Order within a subset respects the
 * whole graph: if a → x → b and only a and b are in the subset, a still comes before b, in an
 * earlier wave, even though the edge between them runs through an image outside the subset.
 */
import { distance } from 'fastest-levenshtein';
import { throwIfAny, type Diagnostic } from '../diagnostics.js';
import { cycleDiagnostics, cycleThrough, cyclicComponents } from './cycles.js';
import type { GraphEdge } from './edges.js';
import { compareNames } from './names.js';
import { renderDot, renderMermaid, type GraphView } from './render.js';

export type { EdgeOrigin, GraphEdge } from './edges.js';
export { describeEdge } from './edges.js';
export { MERMAID_GREY_CLASS } from './render.js';

export interface MermaidOptions {
  /** Images drawn normally (e.g. the affected ones). */
  readonly include: ReadonlySet<string>;
  /** Images drawn greyed for context; by default the parents of `include` outside it. */
  readonly greyed?: ReadonlySet<string>;
  /** Node text; the image name by default. */
  readonly label?: (image: string) => string;
  readonly direction?: 'TD' | 'LR';
}

export interface DotOptions {
  /** Images drawn normally; all by default. */
  readonly include?: ReadonlySet<string>;
  /** Images drawn dashed and grey; by default the parents of `include` outside it. */
  readonly greyed?: ReadonlySet<string>;
  readonly label?: (image: string) => string;
  /** The graph's name in `digraph "<name>"`. */
  readonly name?: string;
}

function insertSorted(list: string[], item: string): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareNames(list[mid] as string, item) < 0) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, item);
}

function suggestion(name: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3))) return ` Did you mean "${best}"?`;
  const listed = known.slice(0, 12).join(', ');
  return known.length === 0 ? '' : ` The images are: ${listed}${known.length > 12 ? ', …' : ''}.`;
}

function unknownImageDiagnostic(edge: GraphEdge, missing: string, known: readonly string[]): Diagnostic {
  const hint = `Name an image of this repository (a folder holding a Dockerfile or Dockerfile.j2).${suggestion(missing, known)}`;
  if (missing === edge.parent && edge.origin.kind === 'depends-on') {
    return { message: `${edge.child}: depends-on names "${missing}", which is not an image of this repository`, location: edge.origin.location, hint };
  }
  if (missing === edge.parent) {
    return { message: `${edge.child}: FROM names "${missing}", which is not an image of this repository`, location: edge.origin.location, hint };
  }
  return { message: `"${missing}" is not an image of this repository, yet it has a parent (${edge.parent})`, location: edge.origin.location, hint };
}

export class ImageGraph {
  private constructor(
    /** All images, sorted by name. */
    readonly nodes: readonly string[],
    /** Distinct edges in the order given (the first edge between two images is kept). */
    readonly edges: readonly GraphEdge[],
    private readonly parentLists: ReadonlyMap<string, readonly string[]>,
    private readonly childLists: ReadonlyMap<string, readonly string[]>,
    private readonly edgeByPair: ReadonlyMap<string, GraphEdge>,
    /** The whole graph in topological order, ties by name. */
    private readonly order: readonly string[],
  ) {}

  /**
   * Builds the graph. Throws `UserInputError` when an edge names an unknown image, or when edges
   * form a cycle (every image on it named, with the FROM line or depends-on behind each edge).
   * Repeated edges between the same two images are kept once (the first one given).
   */
  static build(nodes: readonly string[], edges: readonly GraphEdge[]): ImageGraph {
    const names = [...new Set(nodes)].sort(compareNames);
    const known = new Set(names);
    const diagnostics: Diagnostic[] = [];
    const kept: GraphEdge[] = [];
    const edgeByPair = new Map<string, GraphEdge>();
    for (const edge of edges) {
      const missing = [edge.parent, edge.child].find((name) => !known.has(name));
      if (missing !== undefined) {
        diagnostics.push(unknownImageDiagnostic(edge, missing, names));
        continue;
      }
      const key = pairKey(edge.parent, edge.child);
      if (edgeByPair.has(key)) continue;
      edgeByPair.set(key, edge);
      kept.push(edge);
    }
    throwIfAny(diagnostics);

    const parentLists = new Map<string, string[]>(names.map((name) => [name, []]));
    const childLists = new Map<string, string[]>(names.map((name) => [name, []]));
    for (const edge of kept) {
      insertSorted(parentLists.get(edge.child) as string[], edge.parent);
      insertSorted(childLists.get(edge.parent) as string[], edge.child);
    }

    for (const component of cyclicComponents(names, childLists)) {
      const cycle = cycleThrough(component, childLists);
      const entangled = component.filter((name) => !cycle.includes(name));
      diagnostics.push(...cycleDiagnostics(cycle, (parent, child) => edgeByPair.get(pairKey(parent, child)) as GraphEdge, entangled));
    }
    throwIfAny(diagnostics);

    const order = kahn(names, parentLists, childLists, () => true);
    return new ImageGraph(names, kept, parentLists, childLists, edgeByPair, order);
  }

  has(image: string): boolean {
    return this.parentLists.has(image);
  }

  /** Direct parents, sorted. */
  parents(image: string): readonly string[] {
    return this.parentLists.get(this.known(image)) as readonly string[];
  }

  /** Direct children, sorted. */
  children(image: string): readonly string[] {
    return this.childLists.get(this.known(image)) as readonly string[];
  }

  /** The edge from `parent` to `child`, if there is one. */
  edge(parent: string, child: string): GraphEdge | undefined {
    return this.edgeByPair.get(pairKey(parent, child));
  }

  /** Images in an order where every parent comes before its children; ties by name. */
  topologicalOrder(subset?: ReadonlySet<string>): string[] {
    if (subset === undefined) return [...this.order];
    const member = this.membership(subset);
    return kahn(this.nodes, this.parentLists, this.childLists, member);
  }

  /**
   * The wave of each image of the subset: the number of subset images on the longest chain of
   * ancestors above it. Images of one wave can be built together once the earlier waves are done.
   */
  waveIndex(subset?: ReadonlySet<string>): Map<string, number> {
    const member = subset === undefined ? (): boolean => true : this.membership(subset);
    const depth = new Map<string, number>();
    for (const image of this.order) {
      let d = 0;
      for (const parent of this.parentLists.get(image) ?? []) {
        d = Math.max(d, (depth.get(parent) as number) + (member(parent) ? 1 : 0));
      }
      depth.set(image, d);
    }
    return new Map(this.order.filter(member).map((image) => [image, depth.get(image) as number]));
  }

  /** The subset's images grouped by wave, each wave sorted by name. */
  waves(subset?: ReadonlySet<string>): string[][] {
    const waves: string[][] = [];
    for (const [image, wave] of this.waveIndex(subset)) {
      while (waves.length <= wave) waves.push([]);
      (waves[wave] as string[]).push(image);
    }
    return waves.map((wave) => wave.sort(compareNames));
  }

  /**
   * For each image of the subset, the heaviest chain from it down to a sink: its own weight plus
   * the heaviest chain below it, counting only subset images (others weigh nothing). A scheduler
   * starts the image with the longest critical path first.
   */
  criticalPathLengths(weight: (image: string) => number = () => 1, subset?: ReadonlySet<string>): Map<string, number> {
    const member = subset === undefined ? (): boolean => true : this.membership(subset);
    const length = new Map<string, number>();
    for (let i = this.order.length - 1; i >= 0; i -= 1) {
      const image = this.order[i] as string;
      let own = 0;
      if (member(image)) {
        own = weight(image);
        if (!Number.isFinite(own) || own < 0) throw new RangeError(`the weight of ${image} must be a finite number ≥ 0, got ${own}`);
      }
      let below = 0;
      for (const child of this.childLists.get(image) ?? []) below = Math.max(below, length.get(child) as number);
      length.set(image, own + below);
    }
    return new Map(this.order.filter(member).map((image) => [image, length.get(image) as number]));
  }

  /** Every image built on any of `images`, directly or not (a start image only if another leads to it). */
  descendants(images: Iterable<string>): Set<string> {
    return this.reach(images, this.childLists);
  }

  /** Every image that any of `images` is built on, directly or not. */
  ancestors(images: Iterable<string>): Set<string> {
    return this.reach(images, this.parentLists);
  }

  /**
   * Mermaid flowchart of `include`, with context images greyed by a classDef (by default the
   * parents of included images that are not included themselves).
   */
  toMermaid(options: MermaidOptions): string {
    return renderMermaid(this.view(options.include, options.greyed, options.label), options.direction);
  }

  /** Graphviz DOT of the graph, or of `include` with greyed context. */
  toDot(options: DotOptions = {}): string {
    return renderDot(this.view(options.include ?? new Set(this.nodes), options.greyed, options.label), options.name);
  }

  /** Image → its parents, both sorted by name. */
  toJSON(): Record<string, string[]> {
    const json: Record<string, string[]> = {};
    for (const image of this.nodes) json[image] = [...(this.parentLists.get(image) as readonly string[])];
    return json;
  }

  private known(image: string): string {
    if (!this.parentLists.has(image)) throw new Error(`"${image}" is not in the image graph`);
    return image;
  }

  private membership(subset: ReadonlySet<string>): (image: string) => boolean {
    for (const image of subset) this.known(image);
    return (image) => subset.has(image);
  }

  private reach(start: Iterable<string>, next: ReadonlyMap<string, readonly string[]>): Set<string> {
    const found = new Set<string>();
    const queue = [...start].map((image) => this.known(image));
    for (let head = 0; head < queue.length; head += 1) {
      for (const neighbour of next.get(queue[head] as string) ?? []) {
        if (found.has(neighbour)) continue;
        found.add(neighbour);
        queue.push(neighbour);
      }
    }
    return found;
  }

  private view(include: ReadonlySet<string>, greyed: ReadonlySet<string> | undefined, label: ((image: string) => string) | undefined): GraphView {
    this.membership(include);
    const context = greyed ?? new Set([...include].flatMap((image) => this.parents(image)).filter((p) => !include.has(p)));
    this.membership(context);
    const drawn = new Set([...include, ...context]);
    const edges = this.edges.filter((edge) => drawn.has(edge.parent) && drawn.has(edge.child)).map((edge) => [edge.parent, edge.child] as const);
    return { include, greyed: context, edges, label: label ?? ((image) => image) };
  }
}

function pairKey(parent: string, child: string): string {
  return `${parent}\u0000${child}`;
}

/**
 * Kahn's algorithm over the whole graph. Images outside `member` are passed through as soon as
 * they are ready and left out of the result; among ready members the smallest name goes first.
 * So a member is emitted as soon as every member above it (however indirectly) is, and the result
 * is the name-smallest order that respects the graph.
 */
function kahn(
  nodes: readonly string[],
  parents: ReadonlyMap<string, readonly string[]>,
  children: ReadonlyMap<string, readonly string[]>,
  member: (image: string) => boolean,
): string[] {
  const waiting = new Map(nodes.map((node) => [node, (parents.get(node) ?? []).length]));
  const readyMembers: string[] = [];
  const readyOthers: string[] = [];
  const ready = (node: string): void => {
    if (member(node)) insertSorted(readyMembers, node);
    else readyOthers.push(node);
  };
  for (const node of nodes) if (waiting.get(node) === 0) ready(node);
  const result: string[] = [];
  while (readyOthers.length > 0 || readyMembers.length > 0) {
    const node = readyOthers.length > 0 ? (readyOthers.pop() as string) : (readyMembers.shift() as string);
    if (member(node)) result.push(node);
    for (const child of children.get(node) ?? []) {
      const left = (waiting.get(child) as number) - 1;
      waiting.set(child, left);
      if (left === 0) ready(child);
    }
  }
  return result;
}
