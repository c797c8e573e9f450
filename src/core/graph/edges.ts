/**
 * Edges of the image graph and where each comes from, so that every message about an edge (a
 * cycle, an unknown image) can point at the FROM line or the `depends-on` entry that made it.
 */
import { formatLocation, type SourceLocation } from '../diagnostics.js';

export type EdgeOrigin =
  /** A FROM line naming the parent; `reference` is the image as written there. */
  | { readonly kind: 'from'; readonly location: SourceLocation; readonly reference?: string }
  /** A `depends-on` entry in images.yaml. */
  | { readonly kind: 'depends-on'; readonly location: SourceLocation };

/** `child` is built on `parent`: the parent must be built first. */
export interface GraphEdge {
  readonly parent: string;
  readonly child: string;
  readonly origin: EdgeOrigin;
}

/** "app builds on base (FROM kolla/base:master at images/app/Dockerfile:1:1)". */
export function describeEdge(edge: GraphEdge): string {
  const where = formatLocation(edge.origin.location);
  if (edge.origin.kind === 'from') {
    const what = edge.origin.reference === undefined ? 'FROM' : `FROM ${edge.origin.reference}`;
    return `${edge.child} builds on ${edge.parent} (${what} at ${where})`;
  }
  return `${edge.child} depends on ${edge.parent} (depends-on at ${where})`;
}
