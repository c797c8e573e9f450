/**
 * What the retention engine reads: a policy, and one repository's state as plain data.
 *
 * The registry adapter builds a `RepositoryState` (tags, and every manifest they reach: index
 * children, referrers) and the engine turns it into a plan without any I/O. The state must be
 * complete for what it names: every tagged digest and every index child has a `ManifestInfo`
 * (see `assertCompleteState`), because a child the engine does not know is a child it cannot
 * protect.
 */
import type { Duration } from '../config/types.js';

/**
 * One rule of `retention.rules`. The first rule whose `tags` glob matches a tag decides it.
 *
 * - `olderThan` only: delete when the tag's age is greater than the duration.
 * - `keepLast` only: keep the N newest tags this rule decides, delete the others.
 * - both: keep the N newest whatever their age; delete the others only when older than the
 *   duration ("keep at least N, and everything younger than D").
 * - neither: keep what the rule matches; it shields those tags from the rules after it.
 */
export interface RetentionRule {
  /** A picomatch glob over tag names (`pr-*`, `*-*`, `[0-9]*`). */
  readonly tags: string;
  readonly olderThan?: Duration;
  /** A whole number ≥ 0. */
  readonly keepLast?: number;
}

export interface RetentionPolicy {
  readonly rules: readonly RetentionRule[];
  /**
   * Globs of tags that are never deleted. A well-formed `keep-until-<yyyymmdd>-…` tag is the
   * exception: its own date decides, even when a glob such as `keep-*` matches it.
   */
  readonly protect: readonly string[];
}

interface ManifestCommon {
  readonly digest: string;
  /** The OCI `subject`: this manifest is a referrer (signature, SBOM, attestation) of that digest. */
  readonly subject?: string;
  /**
   * When the image was created: the image config's `created`, or an index's
   * `org.opencontainers.image.created` annotation. Absent when unknown.
   */
  readonly created?: Date;
  /** The `io.image-actions.build-key` label, when the image carries one. */
  readonly buildKey?: string;
  /** Bytes the registry reports for this manifest (manifest, config and layers), when it does. */
  readonly size?: number;
}

/** A single-platform image manifest (its config is an image config). */
export interface ImageManifestInfo extends ManifestCommon {
  readonly kind: 'image';
}

/** An image index / manifest list; `children` are the digests of its `manifests[]`. */
export interface IndexManifestInfo extends ManifestCommon {
  readonly kind: 'index';
  readonly children: readonly string[];
}

/**
 * A manifest that is not a runnable image: a signature, an SBOM, an attestation, a buildx
 * attestation manifest inside an index. Its date does not count for an index's age.
 */
export interface ArtifactManifestInfo extends ManifestCommon {
  readonly kind: 'artifact';
}

/**
 * A throwaway manifest left by an interrupted untag on a registry that only deletes by digest
 * (the deleter points the tag at it, then deletes it). A tag found on one is a deletion that a
 * crash cut short, so the engine finishes it.
 */
export interface ThrowawayManifestInfo {
  readonly kind: 'throwaway';
  readonly digest: string;
  readonly size?: number;
}

export type ManifestInfo = ImageManifestInfo | IndexManifestInfo | ArtifactManifestInfo | ThrowawayManifestInfo;

export interface RepositoryState {
  /** The repository, as printed in the plan (`ghcr.io/acme/foreman`). */
  readonly repository: string;
  /** Every tag of the repository → the digest it points at. */
  readonly tags: ReadonlyMap<string, string>;
  /** Manifests by digest: every tagged one, every index child, and the referrers found. */
  readonly manifests: ReadonlyMap<string, ManifestInfo>;
  /** The registry's own date per digest where it gives one (GHCR package versions). */
  readonly registryDates?: ReadonlyMap<string, Date>;
}

/** The digests a manifest points at: an index's children. */
export function childrenOf(manifest: ManifestInfo): readonly string[] {
  return manifest.kind === 'index' ? manifest.children : [];
}

/** The subject a manifest refers to, if it is a referrer. */
export function subjectOf(manifest: ManifestInfo): string | undefined {
  return manifest.kind === 'throwaway' ? undefined : manifest.subject;
}

/** Thrown when the state names a manifest it does not describe; planning on it would be a guess. */
export class IncompleteStateError extends Error {
  constructor(repository: string, missing: readonly string[]) {
    const shown = missing.slice(0, 5).join('; ');
    const more = missing.length > 5 ? ` (and ${missing.length - 5} more)` : '';
    super(
      `the state of ${repository} is incomplete, so no retention plan is made: ${shown}${more}. ` +
        'Every tagged manifest and every index child must be fetched before planning.',
    );
    this.name = 'IncompleteStateError';
  }
}

/**
 * Refuses a state that names manifests it does not describe: a tag pointing at an unknown
 * digest, an index child that was not fetched, or a map key that disagrees with its entry.
 */
export function assertCompleteState(state: RepositoryState): void {
  const missing: string[] = [];
  for (const [tag, digest] of [...state.tags].sort(([a], [b]) => compareText(a, b))) {
    if (!state.manifests.has(digest)) missing.push(`tag ${tag} points at ${digest}, which was not fetched`);
  }
  for (const [digest, manifest] of [...state.manifests].sort(([a], [b]) => compareText(a, b))) {
    if (manifest.digest !== digest) missing.push(`manifest ${manifest.digest} is stored under ${digest}`);
    for (const child of childrenOf(manifest)) {
      if (!state.manifests.has(child)) missing.push(`index ${digest} has child ${child}, which was not fetched`);
    }
  }
  if (missing.length > 0) throw new IncompleteStateError(state.repository, missing);
}

/** Code-point order: the same on every machine and locale, unlike `localeCompare`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
