/**
 * How old a tag is, or that nobody can tell.
 *
 * In order of trust:
 * 1. the registry's own date for the digest, where it gives one (GHCR package versions): it is
 *    when the registry received it, which a build cannot fake;
 * 2. the creation time in the image config (or an index's `created` annotation);
 * 3. for an index, its newest child (by the child's own date, 1–3): of its images and indexes
 *    when it has any (a buildx attestation manifest says nothing about the build's age),
 *    otherwise of its artifacts; when any of those children has no date, the index has none
 *    either, since the unknown one might be the newest;
 * 4. for a referrer (signature, SBOM, attestation) with no date of its own, its subject's date,
 *    so that a signature ages with the image it signs.
 *
 * A tag is dated by its manifest's own date (1–3), which no deletion of the plan can change:
 * the children of a kept index stay, and a deleted index goes before its children. Only a
 * fallback tag (`sha256-<hex>.sig`) on a manifest with no own date borrows one: the date of
 * the digest it names (4 included). The planner never ranks such a tag, and deletes its
 * manifest before the named digest, so a borrowed date can never change a decision between a
 * run and the re-run that finishes it after a crash.
 *
 * Dates at or before the Unix epoch are the "no date" of reproducible builds (SOURCE_DATE_EPOCH=0,
 * Go's zero time) and count as unknown: trusting them would make every such image 55 years old.
 */
import { childrenOf, subjectOf, type ManifestInfo, type RepositoryState } from './model.js';
import { parseFallbackTag } from './tag-names.js';

export type DateSource =
  | { readonly kind: 'registry' }
  | { readonly kind: 'created' }
  | { readonly kind: 'newest-child'; readonly child: string }
  | { readonly kind: 'subject'; readonly subject: string };

export interface Dated {
  readonly date: Date;
  readonly source: DateSource;
}

/** A real date: finite and after the epoch. */
export function isMeaningfulDate(date: Date | undefined): date is Date {
  return date !== undefined && Number.isFinite(date.getTime()) && date.getTime() > 0;
}

export interface Dater {
  /** The date of a digest, or undefined when it has none. */
  digest(digest: string): Dated | undefined;
  /** The date of a tag: its manifest's own; for a fallback tag without one, the named digest's. */
  tag(tag: string, digest: string): Dated | undefined;
}

function isRunnable(manifest: ManifestInfo | undefined): boolean {
  return manifest?.kind === 'image' || manifest?.kind === 'index';
}

export function makeDater(state: RepositoryState): Dater {
  /** Memoised, with a guard: content addressing rules out cycles, but data may have one. */
  const memoised = (compute: (digest: string) => Dated | undefined): ((digest: string) => Dated | undefined) => {
    const memo = new Map<string, Dated | undefined>();
    const inProgress = new Set<string>();
    return (digest) => {
      if (memo.has(digest)) return memo.get(digest);
      if (inProgress.has(digest)) return undefined;
      inProgress.add(digest);
      const dated = compute(digest);
      inProgress.delete(digest);
      memo.set(digest, dated);
      return dated;
    };
  };

  /** The manifest's own date: registry, config, or newest child (by the children's own dates). */
  const intrinsic = memoised((digest) => {
    const registry = state.registryDates?.get(digest);
    if (isMeaningfulDate(registry)) return { date: registry, source: { kind: 'registry' } };
    const manifest = state.manifests.get(digest);
    if (!manifest || manifest.kind === 'throwaway') return undefined;
    if (isMeaningfulDate(manifest.created)) return { date: manifest.created, source: { kind: 'created' } };
    if (manifest.kind !== 'index') return undefined;
    const children = childrenOf(manifest);
    const runnable = children.filter((c) => isRunnable(state.manifests.get(c)));
    let newest: { child: string; date: Date } | undefined;
    for (const child of runnable.length > 0 ? runnable : children) {
      const childDate = intrinsic(child);
      if (!childDate) return undefined;
      if (!newest || childDate.date.getTime() > newest.date.getTime()) newest = { child, date: childDate.date };
    }
    return newest ? { date: newest.date, source: { kind: 'newest-child', child: newest.child } } : undefined;
  });

  /** Its own date, or for a referrer without one, its subject's. */
  const ofDigest = memoised((digest) => {
    const own = intrinsic(digest);
    if (own) return own;
    const manifest = state.manifests.get(digest);
    const subject = manifest ? subjectOf(manifest) : undefined;
    if (subject === undefined || !state.manifests.has(subject)) return undefined;
    const subjectDate = ofDigest(subject);
    return subjectDate ? { date: subjectDate.date, source: { kind: 'subject', subject } } : undefined;
  });

  return {
    digest: ofDigest,
    tag(tag, digest) {
      const own = intrinsic(digest);
      if (own) return own;
      const fallback = parseFallbackTag(tag);
      if (!fallback || fallback.subject === digest || !state.manifests.has(fallback.subject)) return undefined;
      const named = ofDigest(fallback.subject);
      return named ? { date: named.date, source: { kind: 'subject', subject: fallback.subject } } : undefined;
    },
  };
}
