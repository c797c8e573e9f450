/**
 * Which temporary tag a promotion moves from, derived from the event when not given:
 *
 * - push to the default branch: the pull request merged as that commit (GitHub API), whose
 *   build was pushed as `pr-<number>-<head sha7>`; no such pull request is an error;
 * - push of a tag: the commit's `sha-<sha7>` promotion (the images main already promoted);
 * - merge_group: `mq-<sha7>`;
 * - anything else: the event's own temporary tag (nightly, branch push, manual run).
 */
import type { WorkflowContext } from '../core/event/context.js';
import { interpretEvent } from '../core/event/interpret.js';
import { applyTemporaryTagRule } from '../core/event/temporary-tag.js';
import { shortSha } from '../core/slug.js';
import type { LoadedConfig } from '../core/config/load.js';
import { findPullRequestMergedAs } from '../adapters/github/pulls.js';

export interface PromoteSource {
  readonly tag: string;
  readonly why: string;
}

export interface SourceLookup {
  readonly explicit?: string;
  readonly token?: string;
  /** `owner/name` (GITHUB_REPOSITORY). */
  readonly repository?: string;
}

function field(payload: unknown, ...path: string[]): unknown {
  let node = payload;
  for (const key of path) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

export async function promoteSource(ctx: WorkflowContext, loaded: LoadedConfig, lookup: SourceLookup): Promise<PromoteSource> {
  if (lookup.explicit) return { tag: lookup.explicit, why: 'the from input' };
  if (ctx.eventName === 'push') {
    const ref = String(field(ctx.payload, 'ref') ?? ctx.ref);
    const after = String(field(ctx.payload, 'after') ?? ctx.sha);
    if (ref.startsWith('refs/tags/')) {
      return { tag: `sha-${shortSha(after)}`, why: `tag ${ref.slice(10)} promotes the commit's sha-${shortSha(after)} images` };
    }
    const defaultBranch = field(ctx.payload, 'repository', 'default_branch');
    if (ref === `refs/heads/${String(defaultBranch)}`) {
      if (!lookup.token || !lookup.repository) {
        throw new Error('a push to the default branch needs github-token and GITHUB_REPOSITORY to find the merged pull request; or give from:');
      }
      const pr = await findPullRequestMergedAs(lookup.token, lookup.repository, after);
      if (!pr) {
        throw new Error(
          `no pull request was merged as ${after}, so there is no tested pr- build to promote; nothing was promoted. ` +
            'Give the from input (e.g. the branch build\'s tag) to promote a direct push.',
        );
      }
      return { tag: `pr-${pr.number}-${shortSha(pr.headSha)}`, why: `pull request #${pr.number} was merged as ${shortSha(after)}` };
    }
  }
  const interpretation = interpretEvent(ctx, { all: false, images: [] });
  const tag = applyTemporaryTagRule(loaded.config.tags.temporary, interpretation.temporaryTag, ctx, loaded.locate(['tags', 'temporary']));
  if (!tag) throw new Error(`the ${ctx.eventName} event has no temporary tag to promote from; give the from input`);
  return { tag, why: `the ${ctx.eventName} event's temporary tag` };
}
