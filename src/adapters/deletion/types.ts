/**
 * How a registry removes tags and manifests. Registries differ here more than anywhere else:
 * CNCF distribution deletes by digest only; GHCR deletes nothing through the registry API but
 * package versions through GitHub's REST API; Docker Hub has a tag API. The cleanup use case
 * speaks only this interface and never asks which registry it is talking to.
 */
import type { RepositoryRef } from '../registry/index.js';

/** What a deletion did. `unsupported` is not an error: the registry has no way to do it. */
export type DeletionOutcome =
  | { readonly status: 'done'; /** Bytes the registry says it freed, when it says. */ readonly bytesFreed?: number }
  | { readonly status: 'already-gone' }
  | { readonly status: 'unsupported'; /** Why, for the report. */ readonly reason: string };

export interface RegistryDeleter {
  /** `distribution`, `ghcr`, `dockerhub`: for the report and the log. */
  readonly kind: 'distribution' | 'ghcr' | 'dockerhub';
  /**
   * Removes `tag` from the manifest `digest` and leaves the manifest (a kept tag still points at
   * it). Must never delete `digest` itself, and must be safe to repeat after a crash.
   */
  untag(repo: RepositoryRef, tag: string, digest: string): Promise<DeletionOutcome>;
  /** Deletes the manifest `digest` (and with it `tags`, which point at it). Safe to repeat. */
  deleteManifest(repo: RepositoryRef, digest: string, tags: readonly string[]): Promise<DeletionOutcome>;
  /**
   * The registry's own creation dates per digest, where it keeps them (GHCR's package
   * versions). Undefined where the registry has none.
   */
  registryDates?(repo: RepositoryRef): Promise<ReadonlyMap<string, Date>>;
  /**
   * Every tag → the digest it points at, as the registry's own API records them (GHCR's package
   * versions: one listing page names up to 100 digests with their tags, where the registry API
   * would need a HEAD per tag). Undefined where the registry has no such listing: the tags are
   * then read through the registry API, one HEAD each.
   */
  tagDigests?(repo: RepositoryRef): Promise<ReadonlyMap<string, string>>;
  /** A note for the report, e.g. that distribution frees storage only after its garbage collection. */
  readonly storageNote?: string;
}
