/**
 * `delete-temporary: true` on promote: once every image is promoted, the temporary tag it was
 * promoted from (`pr-12-abc1234`, `mq-…`) has done its job and is removed at once, as Zuul does,
 * instead of waiting for the next cleanup.
 *
 * Only the tag goes, with the deleter's untag, which never deletes the manifest: within one
 * repository the digest keeps its promoted tags (and its build key); promoted into another
 * repository, the build stays where it was, reachable by digest. A temporary tag that moved to
 * another build since it was promoted (a new push) is left alone, and so is one that is also a
 * promoted tag.
 */
import { repositoryName, withTag, type ImageReference } from '../core/reference.js';
import type { RegistryClient } from '../adapters/registry/index.js';
import type { RegistryDeleter } from '../adapters/deletion/types.js';

export interface PromotedBuild {
  readonly image: string;
  /** The build under its temporary tag. */
  readonly source: ImageReference;
  readonly target: ImageReference;
  readonly digest: string;
  readonly promotedTags: readonly string[];
}

export type TemporaryTagState = 'deleted' | 'already-gone' | 'would-delete' | 'left' | 'unsupported' | 'failed';

export interface TemporaryTagOutcome {
  readonly image: string;
  /** `host/repository:tag`. */
  readonly reference: string;
  readonly state: TemporaryTagState;
  /** Why it was left, could not be removed, or failed. */
  readonly reason?: string;
}

export async function deleteTemporaryTags(
  client: RegistryClient,
  deleter: RegistryDeleter,
  builds: readonly PromotedBuild[],
  options: { readonly dryRun: boolean; readonly log: (message: string) => void },
): Promise<TemporaryTagOutcome[]> {
  const outcomes: TemporaryTagOutcome[] = [];
  for (const build of builds) {
    if (build.source.target.kind !== 'tag') continue;
    const tag = build.source.target.tag;
    const repo = { registry: build.source.registry, repository: build.source.repository };
    const reference = `${repositoryName(build.source)}:${tag}`;
    const record = (state: TemporaryTagState, reason?: string): void => {
      outcomes.push({ image: build.image, reference, state, ...(reason !== undefined ? { reason } : {}) });
      options.log(`${build.image}: temporary tag ${reference}: ${state}${reason !== undefined ? ` (${reason})` : ''}`);
    };
    if (repositoryName(build.source) === repositoryName(build.target) && build.promotedTags.includes(tag)) {
      record('left', 'it is also one of the promoted tags');
      continue;
    }
    try {
      const head = await client.headManifest(withTag(build.source, tag));
      if (!head) {
        record('already-gone');
      } else if (head.digest !== build.digest) {
        record('left', `it now points at ${head.digest}, another build than the promoted ${build.digest}`);
      } else if (options.dryRun) {
        record('would-delete');
      } else {
        const outcome = await deleter.untag(repo, tag, build.digest);
        if (outcome.status === 'unsupported') record('unsupported', outcome.reason);
        else record(outcome.status === 'done' ? 'deleted' : 'already-gone');
      }
    } catch (error) {
      record('failed', error instanceof Error ? error.message : String(error));
    }
  }
  return outcomes;
}
