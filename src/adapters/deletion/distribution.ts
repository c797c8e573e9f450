/**
 * Deletion on CNCF distribution and any registry that follows the OCI distribution spec.
 *
 * - A manifest is deleted by digest (`DELETE /v2/<name>/manifests/<digest>`), which removes
 *   every tag pointing at it.
 * - A tag alone is removed with the OCI 1.1 tag delete (`DELETE /v2/<name>/manifests/<tag>`)
 *   where the registry has it (distribution 3, many hosted registries). Distribution 2.x deletes
 *   by digest only (it answers the tag delete with 400 DIGEST_INVALID), so there the tag is
 *   pointed at a throwaway manifest of its own, which is then deleted by digest. A crash between
 *   the two leaves the tag on a throwaway; the state reader reports it as such and the next plan
 *   finishes the deletion. The original digest is never the target of a DELETE here.
 */
import { formatReference, withDigest, type ImageReference } from '../../core/reference.js';
import type { RegistryClient, RepositoryRef } from '../registry/client.js';
import { RegistryError } from '../registry/errors.js';
import { ensureEmptyBlob, locateTag, makeThrowawayManifest } from '../registry/throwaway.js';
import type { DeletionOutcome, RegistryDeleter } from './types.js';

const DELETION_DISABLED =
  'the registry does not allow deletion (HTTP 405 UNSUPPORTED); enable it in its configuration (CNCF distribution: storage.delete.enabled: true, or REGISTRY_STORAGE_DELETE_ENABLED=true)';

export const DISTRIBUTION_STORAGE_NOTE =
  'CNCF distribution frees storage only when its garbage collection runs (`registry garbage-collect <config.yml>`, registry stopped or read-only); until then deleted manifests and their blobs stay on disk.';

function tagRef(repo: RepositoryRef, tag: string): ImageReference {
  return { registry: repo.registry, repository: repo.repository, target: { kind: 'tag', tag } };
}

function digestRef(repo: RepositoryRef, digest: string): ImageReference {
  return withDigest(tagRef(repo, 'latest'), digest);
}

function repoKey(repo: RepositoryRef): string {
  return `${repo.registry}/${repo.repository}`;
}

function isDeletionDisabled(error: unknown): boolean {
  return error instanceof RegistryError && (error.status === 405 || error.code === 'UNSUPPORTED');
}

function isNotFound(error: unknown): boolean {
  return error instanceof RegistryError && error.status === 404;
}

export function createDistributionDeleter(client: RegistryClient): RegistryDeleter {
  // Registries found without the OCI tag delete: asking again for every tag would double the
  // requests of an untag on distribution 2.x, so the answer is remembered per registry.
  const noTagDelete = new Set<string>();
  // Per repository, once: deletion is allowed and the empty blob is there (see `prepare`).
  const prepared = new Map<string, Promise<DeletionOutcome | undefined>>();

  /**
   * Before a tag is ever pointed at a throwaway: is deletion enabled at all? Otherwise the tag
   * would be left on a throwaway that cannot be deleted. The probe is a DELETE of a digest that
   * cannot exist yet (a fresh throwaway's): 404 means deletion is on, 405 that it is off.
   * Then the empty blob the throwaway names is uploaded if missing.
   */
  const prepare = (repo: RepositoryRef): Promise<DeletionOutcome | undefined> => {
    const key = repoKey(repo);
    let done = prepared.get(key);
    if (done === undefined) {
      done = (async () => {
        try {
          await client.deleteManifest(digestRef(repo, makeThrowawayManifest('probe').digest));
        } catch (error) {
          if (isDeletionDisabled(error)) return { status: 'unsupported', reason: DELETION_DISABLED } as const;
          if (!isNotFound(error)) throw error;
        }
        await ensureEmptyBlob(client, repo);
        return undefined;
      })();
      // A failure (network, auth) is not remembered: the next untag asks again.
      done.catch(() => prepared.delete(key));
      prepared.set(key, done);
    }
    return done;
  };

  /** Deletes a manifest by digest: 404 is 'already-gone', 405 'unsupported'. */
  const deleteByDigest = async (repo: RepositoryRef, digest: string): Promise<DeletionOutcome> => {
    try {
      await client.deleteManifest(digestRef(repo, digest));
      // Distribution does not say what it freed, and frees nothing before garbage collection.
      return { status: 'done' };
    } catch (error) {
      if (isNotFound(error)) return { status: 'already-gone' };
      if (isDeletionDisabled(error)) return { status: 'unsupported', reason: DELETION_DISABLED };
      throw error;
    }
  };

  return {
    kind: 'distribution',
    storageNote: DISTRIBUTION_STORAGE_NOTE,

    async untag(repo, tag, digest) {
      const ref = tagRef(repo, tag);
      const position = await locateTag(client, repo, tag, digest);
      if (position.kind === 'gone') return { status: 'already-gone' };
      if (position.kind === 'throwaway') return finish(await deleteByDigest(repo, position.digest));
      if (position.kind === 'moved') {
        return {
          status: 'unsupported',
          reason: `tag moved since the plan: ${formatReference(ref)} now points at ${position.digest}, not ${digest}; it was left alone`,
        };
      }

      if (!noTagDelete.has(repo.registry)) {
        let answer: 'deleted' | 'unsupported';
        try {
          answer = await client.deleteTag(ref);
        } catch (error) {
          if (isNotFound(error)) return { status: 'already-gone' }; // Deleted since the HEAD.
          throw error;
        }
        if (answer === 'deleted') {
          // A registry that takes the manifest with the tag would break every kept tag on it.
          // It cannot be undone, but it must stop the run before it happens again.
          if ((await client.headManifest(digestRef(repo, digest))) === undefined) {
            throw new Error(
              `${repo.registry} deleted the manifest ${digest} when asked to delete only the tag ${tag}; ` +
                'its other tags are gone with it. Cleanup stops here: this registry cannot untag safely.',
            );
          }
          return { status: 'done' };
        }
        noTagDelete.add(repo.registry);
      }

      const refused = await prepare(repo);
      if (refused !== undefined) return refused;
      const throwaway = makeThrowawayManifest(tag);
      if (throwaway.digest === digest) throw new Error(`internal error: the throwaway for ${tag} has the digest it replaces`);
      // Between the HEAD above and this PUT a push could move the tag; distribution has no
      // conditional PUT, so that window (one round trip) cannot be closed here.
      await client.putManifest(ref, throwaway);
      return finish(await deleteByDigest(repo, throwaway.digest));
    },

    async deleteManifest(repo, digest, _tags) {
      return deleteByDigest(repo, digest);
    },
  };
}

/** The throwaway's deletion, as the outcome of the untag: gone either way means done. */
function finish(outcome: DeletionOutcome): DeletionOutcome {
  return outcome.status === 'unsupported' ? outcome : { status: 'done' };
}
