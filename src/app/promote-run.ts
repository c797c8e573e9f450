/**
 * The promote use case, shared by the action and the CLI: from inputs and the event to the
 * plan of tags, then `promote`.
 */
import type { WorkflowContext } from '../core/event/context.js';
import { promoteTags } from '../core/promote/tags.js';
import type { RegistryClient } from '../adapters/registry/index.js';
import type { RegistryDeleter } from '../adapters/deletion/types.js';
import { discoverImageNames, loadConfigFile } from './project.js';
import { promoteSource, type PromoteSource } from './promote-source.js';
import { imageRef, promote, type PromotionOutcome, type PromotionPlanItem } from './promote.js';
import { deleteTemporaryTags, type TemporaryTagOutcome } from './promote-temporary.js';

export interface PromoteRequest {
  readonly root: string;
  readonly configFile: string;
  readonly context: WorkflowContext;
  /** Images to promote; empty means every image that has a build under the source tag. */
  readonly images: readonly string[];
  readonly from?: string;
  /** Tag patterns; default `tags.promote` of images.yaml. */
  readonly tags?: readonly string[];
  readonly require?: ReadonlyMap<string, string>;
  /** Registry prefix of the builds; default `registry` of images.yaml. */
  readonly registry?: string;
  /** Registry prefix to promote into; default the same. */
  readonly toRegistry?: string;
  readonly dryRun: boolean;
  readonly githubToken?: string;
  readonly repository?: string;
  readonly client: RegistryClient;
  /** After a successful promotion, untag the temporary tag with this deleter (`delete-temporary`). */
  readonly deleteTemporary?: RegistryDeleter;
  readonly log: (message: string) => void;
}

export interface PromoteResult {
  readonly source: PromoteSource;
  readonly tags: readonly string[];
  readonly outcomes: readonly PromotionOutcome[];
  /** With `deleteTemporary`: what became of each promoted build's temporary tag. */
  readonly temporary?: readonly TemporaryTagOutcome[];
}

function pushedCommit(ctx: WorkflowContext): string {
  const after = typeof ctx.payload === 'object' && ctx.payload !== null ? (ctx.payload as Record<string, unknown>)['after'] : undefined;
  return typeof after === 'string' && /^[0-9a-f]{40}$/.test(after) ? after : ctx.sha;
}

function pushedRef(ctx: WorkflowContext): string {
  const ref = typeof ctx.payload === 'object' && ctx.payload !== null ? (ctx.payload as Record<string, unknown>)['ref'] : undefined;
  return typeof ref === 'string' ? ref : ctx.ref;
}

function defaultBranchOf(ctx: WorkflowContext): string | undefined {
  const repo = typeof ctx.payload === 'object' && ctx.payload !== null ? (ctx.payload as Record<string, any>)['repository'] : undefined;
  return typeof repo?.default_branch === 'string' ? repo.default_branch : undefined;
}

export async function runPromote(request: PromoteRequest): Promise<PromoteResult> {
  const loaded = await loadConfigFile(request.root, request.configFile);
  const config = loaded.config;
  const registry = request.registry ?? config.registry;
  if (!registry) throw new Error('no registry: set registry in images.yaml or the registry input');
  const source = await promoteSource(request.context, loaded, {
    ...(request.from ? { explicit: request.from } : {}),
    ...(request.githubToken ? { token: request.githubToken } : {}),
    ...(request.repository ? { repository: request.repository } : {}),
  });
  request.log(`promoting from ${source.tag} (${source.why})`);
  const tags = promoteTags(request.tags ?? config.tags.promote, {
    sha: pushedCommit(request.context),
    ref: pushedRef(request.context),
    defaultBranch: defaultBranchOf(request.context),
    now: request.context.now,
  }).map((t) => t.tag);
  if (tags.length === 0) {
    request.log('no promote tag applies to this ref (e.g. latest only on the default branch); nothing to do');
    return { source, tags, outcomes: [] };
  }
  const known = await discoverImageNames(request.root, loaded);
  const names = request.images.length > 0 ? request.images : request.require ? [...request.require.keys()] : known;
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) throw new Error(`no image named ${unknown.join(', ')} in this repository; known: ${known.join(', ')}`);
  const plan: PromotionPlanItem[] = names.map((name) => ({
    image: name,
    source: imageRef(registry, config.prefix, name, source.tag),
    target: imageRef(request.toRegistry ?? registry, config.prefix, name, source.tag),
    tags,
  }));
  const outcomes = await promote(request.client, plan, {
    dryRun: request.dryRun,
    ...(request.require ? { require: request.require } : {}),
    skipMissing: request.images.length === 0 && !request.require,
    log: request.log,
  });
  if (!request.deleteTemporary) return { source, tags, outcomes };
  // Reached only when every image was promoted: `promote` throws on any failure.
  const temporary = await deleteTemporaryTags(
    request.client,
    request.deleteTemporary,
    outcomes.flatMap((o) => {
      const item = plan.find((p) => p.image === o.image);
      return item ? [{ image: o.image, source: item.source, target: item.target, digest: o.digest, promotedTags: o.tags.map((t) => t.tag) }] : [];
    }),
    { dryRun: request.dryRun, log: request.log },
  );
  return { source, tags, outcomes, temporary };
}
