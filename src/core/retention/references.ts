/**
 * How the manifests of a repository hang together, in the two directions retention cares about.
 *
 * `refersTo(A)`: what A points at. An index points at its children; a referrer (signature, SBOM,
 * attestation) points at its subject; a manifest carrying a fallback tag `sha256-<hex>[.sig…]`
 * points at the digest the tag names. Deletion follows these arrows: A is deleted before what it
 * points at (an index before its children, a signature before the image it signs).
 *
 * `needs(B)`: what must stay when B stays. An index needs its children; an image needs its
 * referrers and the manifests behind the fallback tags naming it, so that a kept image stays
 * verifiable. A referrer does not need its subject: a kept signature never keeps an image alive.
 */
import { childrenOf, compareText, subjectOf, type RepositoryState } from './model.js';
import { parseFallbackTag } from './tag-names.js';

export type NeedEdge =
  | { readonly kind: 'child'; readonly digest: string }
  | { readonly kind: 'referrer'; readonly digest: string }
  | { readonly kind: 'referrer-tag'; readonly digest: string; readonly tag: string };

export interface References {
  /** What a digest points at, sorted, known manifests only. */
  refersTo(digest: string): readonly string[];
  /** What must stay when the digest stays, in a fixed order (children, referrers, fallback tags). */
  needs(digest: string): readonly NeedEdge[];
  /** The manifests that need this one (the reverse of `needs`), sorted. */
  neededBy(digest: string): readonly string[];
  /** Fallback tags naming the digest, sorted. */
  fallbackTagsNaming(digest: string): readonly string[];
  /** Tags pointing at the digest, sorted. */
  tagsOn(digest: string): readonly string[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildReferences(state: RepositoryState): References {
  const tagsOn = new Map<string, string[]>();
  for (const [tag, digest] of state.tags) push(tagsOn, digest, tag);
  for (const list of tagsOn.values()) list.sort(compareText);

  const fallbackNaming = new Map<string, string[]>();
  for (const [tag] of [...state.tags].sort(([a], [b]) => compareText(a, b))) {
    const fallback = parseFallbackTag(tag);
    if (fallback) push(fallbackNaming, fallback.subject, tag);
  }

  const referrersOf = new Map<string, string[]>();
  const refersTo = new Map<string, string[]>();
  for (const [digest, manifest] of state.manifests) {
    const targets = new Set<string>(childrenOf(manifest));
    const subject = subjectOf(manifest);
    if (subject !== undefined) {
      targets.add(subject);
      push(referrersOf, subject, digest);
    }
    for (const tag of tagsOn.get(digest) ?? []) {
      const fallback = parseFallbackTag(tag);
      if (fallback) targets.add(fallback.subject);
    }
    targets.delete(digest);
    refersTo.set(digest, [...targets].filter((t) => state.manifests.has(t)).sort(compareText));
  }
  for (const list of referrersOf.values()) list.sort(compareText);

  const needs = new Map<string, NeedEdge[]>();
  const needsOf = (digest: string): readonly NeedEdge[] => {
    const known = needs.get(digest);
    if (known) return known;
    const edges: NeedEdge[] = [];
    const manifest = state.manifests.get(digest);
    if (manifest) {
      for (const child of [...childrenOf(manifest)].sort(compareText)) edges.push({ kind: 'child', digest: child });
    }
    for (const referrer of referrersOf.get(digest) ?? []) edges.push({ kind: 'referrer', digest: referrer });
    for (const tag of fallbackNaming.get(digest) ?? []) {
      const target = state.tags.get(tag);
      if (target !== undefined) edges.push({ kind: 'referrer-tag', digest: target, tag });
    }
    const result = edges.filter((e) => e.digest !== digest && state.manifests.has(e.digest));
    needs.set(digest, result);
    return result;
  };

  let reverse: Map<string, string[]> | undefined;
  const neededBy = (digest: string): readonly string[] => {
    if (!reverse) {
      reverse = new Map();
      for (const from of [...state.manifests.keys()].sort(compareText)) {
        for (const edge of needsOf(from)) {
          const list = reverse.get(edge.digest);
          if (!list?.includes(from)) push(reverse, edge.digest, from);
        }
      }
    }
    return reverse.get(digest) ?? [];
  };

  return {
    refersTo: (digest) => refersTo.get(digest) ?? [],
    neededBy,
    needs: needsOf,
    fallbackTagsNaming: (digest) => fallbackNaming.get(digest) ?? [],
    tagsOn: (digest) => tagsOn.get(digest) ?? [],
  };
}
