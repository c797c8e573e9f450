/**
 * The cleanup use case, shared by the action and the CLI: images.yaml → for each image, read
 * the repository, plan by `retention`, print the plan, and (unless a dry run) carry it out.
 *
 * The plan is printed the same way in a dry run and a real run; only the banner differs. One
 * image's trouble (a repository that does not exist, a registry error while reading, a failed
 * deletion) is recorded in its result and the others go on: the caller decides whether the
 * whole run fails, once everything that could be done is done.
 */
import { formatRetentionPlan } from '../../core/retention/format.js';
import { planRetention, type RetentionPlan, type TagDecision } from '../../core/retention/plan.js';
import type { RetentionStep } from '../../core/retention/steps.js';
import { RegistryError, type RegistryClient, type RepositoryRef } from '../../adapters/registry/index.js';
import type { RegistryDeleter } from '../../adapters/deletion/types.js';
import { loadConfigFile } from '../project.js';
import { executePlan, type StepResult } from './execute.js';
import { imageRepository, registryPrefix, selectImages } from './images.js';
import { readRepositoryState } from './read-state.js';

export interface CleanupRequest {
  readonly root: string;
  readonly configFile: string;
  /** Images to clean; empty or absent means every image of the repository. */
  readonly images?: readonly string[];
  /** Registry prefix; default `registry` of images.yaml. */
  readonly registry?: string;
  readonly dryRun: boolean;
  readonly client: RegistryClient;
  readonly deleter: RegistryDeleter;
  /** The instant ages are measured against; default now. */
  readonly now?: Date;
  /** Registry operations at once within an image. */
  readonly concurrency?: number;
  readonly log: (message: string) => void;
  /** Progress of the deletions (`[3/12] …`); default `log`. */
  readonly progress?: (message: string) => void;
  /** Wraps each image's work, e.g. in a log group. */
  readonly group?: <T>(title: string, body: () => Promise<T>) => Promise<T>;
}

/** A tag as the report shows it: where it pointed and what decided it. */
export interface TagReport {
  readonly tag: string;
  readonly digest: string;
  readonly decidedBy: string;
  readonly why: string;
}

export interface DigestReport {
  readonly digest: string;
  readonly kind: string;
  /** The tags that went with it. */
  readonly tags: readonly string[];
  readonly why: string;
  readonly size?: number;
}

/** A step that was not done: unsupported here, failed, or skipped because one before it was not done. */
export interface StepReport {
  readonly operation: 'untag' | 'delete-manifest';
  readonly digest: string;
  readonly tags: readonly string[];
  readonly reason: string;
}

export type ImageCleanupStatus =
  /** Dry run: planned, nothing deleted. */
  | 'planned'
  /** Every step done (or already done). */
  | 'cleaned'
  /** Some steps failed, were unsupported or skipped. */
  | 'partial'
  /** The repository does not exist or has no tags. */
  | 'missing'
  /** The repository could not be read; nothing was planned. */
  | 'failed';

export interface ImageCleanup {
  readonly image: string;
  /** `host/repository`. */
  readonly repository: string;
  readonly status: ImageCleanupStatus;
  /** Why the image is `missing` or `failed`. */
  readonly message?: string;
  readonly plan?: RetentionPlan;
  /** Deleted tags (a dry run: those the plan deletes), with the rule that decided. */
  readonly deletedTags: readonly TagReport[];
  /** Deleted manifests (a dry run: those the plan deletes). */
  readonly deletedDigests: readonly DigestReport[];
  /** Tags kept, with the rule or protection that kept them. */
  readonly keptTags: readonly TagReport[];
  readonly unsupported: readonly StepReport[];
  readonly failed: readonly StepReport[];
  readonly skipped: readonly StepReport[];
  /** Bytes freed (a dry run: the plan's estimate). */
  readonly bytesFreed: number;
  /** Deleted manifests of unknown size: `bytesFreed` is then a lower bound. */
  readonly manifestsWithoutSize: number;
}

export interface CleanupResult {
  readonly dryRun: boolean;
  /** ISO 8601: the instant ages were measured against. */
  readonly now: string;
  readonly deleter: RegistryDeleter['kind'];
  readonly storageNote?: string;
  readonly images: readonly ImageCleanup[];
}

/** Problems that should fail the run (or warn, with `fail-on-error: false`). */
export function cleanupFailures(result: CleanupResult): string[] {
  const problems: string[] = [];
  for (const image of result.images) {
    if (image.status === 'failed') problems.push(`${image.image}: ${image.message ?? 'failed'}`);
    for (const f of image.failed) problems.push(`${image.image}: ${describeStep(f)} failed: ${f.reason}`);
  }
  return problems;
}

export function describeStep(step: Pick<StepReport, 'operation' | 'digest' | 'tags'>): string {
  if (step.operation === 'untag') return `untag ${step.tags.join(', ')}`;
  return `delete ${step.digest}${step.tags.length > 0 ? ` (${step.tags.join(', ')})` : ''}`;
}

/** The action's `deleted` output: image → deleted tags and digests. */
export function deletedOutput(result: CleanupResult): Record<string, { tags: string[]; digests: string[] }> {
  return Object.fromEntries(result.images.map((i) => [i.image, { tags: i.deletedTags.map((t) => t.tag), digests: i.deletedDigests.map((d) => d.digest) }]));
}

/** The action's `kept` output: image → kept tags. */
export function keptOutput(result: CleanupResult): Record<string, string[]> {
  return Object.fromEntries(result.images.map((i) => [i.image, i.keptTags.map((t) => t.tag)]));
}

function tagReport(d: TagDecision): TagReport {
  return { tag: d.tag, digest: d.digest, decidedBy: d.decidedBy, why: d.why };
}

function stepReport(result: StepResult): StepReport {
  const s: RetentionStep = result.step;
  return {
    operation: s.kind,
    digest: s.digest,
    tags: s.kind === 'untag' ? [s.tag] : s.tags,
    reason: result.reason ?? '',
  };
}

function isMissingRepository(error: unknown): boolean {
  return error instanceof RegistryError && error.status === 404 && (error.code === 'NAME_UNKNOWN' || error.operation === 'list tags');
}

function emptyImage(image: string, repository: string, status: 'missing' | 'failed', message: string): ImageCleanup {
  return { image, repository, status, message, deletedTags: [], deletedDigests: [], keptTags: [], unsupported: [], failed: [], skipped: [], bytesFreed: 0, manifestsWithoutSize: 0 };
}

async function cleanImage(request: CleanupRequest, image: string, repo: RepositoryRef, now: Date, policy: Parameters<typeof planRetention>[1]): Promise<ImageCleanup> {
  const repository = `${repo.registry}/${repo.repository}`;
  const log = request.log;
  let plan: RetentionPlan;
  try {
    // Where the registry's own API lists the tags with their digests (GHCR), one listing serves
    // the dates, the tags and later the deletions, and the state is read without a HEAD per tag
    // (read-state.ts says why that is safe). Elsewhere the registry API's tag list and HEADs.
    const registryDates = request.deleter.registryDates ? await request.deleter.registryDates(repo) : undefined;
    const tagDigests = request.deleter.tagDigests ? await request.deleter.tagDigests(repo) : undefined;
    const state = await readRepositoryState(request.client, repo, {
      ...(request.concurrency !== undefined ? { concurrency: request.concurrency } : {}),
      ...(registryDates ? { registryDates } : {}),
      ...(tagDigests ? { tagDigests } : {}),
    });
    if (state.tags.size === 0) {
      log(`${repository} has no tags: nothing to clean`);
      return emptyImage(image, repository, 'missing', 'the repository has no tags');
    }
    plan = planRetention(state, policy, now);
  } catch (error) {
    if (isMissingRepository(error)) {
      log(`${repository} does not exist in the registry: nothing to clean`);
      return emptyImage(image, repository, 'missing', 'the repository does not exist in the registry');
    }
    const message = error instanceof Error ? error.message : String(error);
    log(`${repository} could not be read, so nothing was planned for it: ${message}`);
    return emptyImage(image, repository, 'failed', `could not read the repository: ${message}`);
  }
  log(formatRetentionPlan(plan));

  const kept = plan.tags.filter((t) => t.action === 'keep').map(tagReport);
  const digestReport = (digest: string, tags: readonly string[]): DigestReport => {
    const m = plan.manifests.find((x) => x.digest === digest);
    return { digest, kind: m?.kind ?? 'image', tags, why: m?.why ?? '', ...(m?.size !== undefined ? { size: m.size } : {}) };
  };
  const toDelete = plan.tags.filter((t) => t.action === 'delete');

  if (request.dryRun) {
    const doomed = plan.manifests.filter((m) => m.action === 'delete-manifest');
    return {
      image,
      repository,
      status: 'planned',
      plan,
      deletedTags: toDelete.map(tagReport),
      deletedDigests: doomed.map((m) => digestReport(m.digest, m.deletedTags)),
      keptTags: kept,
      unsupported: [],
      failed: [],
      skipped: [],
      bytesFreed: plan.totals.bytesFreed,
      manifestsWithoutSize: plan.totals.manifestsWithoutSize,
    };
  }

  const progress = request.progress ?? log;
  const execution = await executePlan(plan, repo, request.deleter, {
    ...(request.concurrency !== undefined ? { concurrency: request.concurrency } : {}),
    onStep: (r, n, total) => {
      const what = describeStep(stepReport(r));
      const detail = r.status === 'done' ? '' : r.reason ? `: ${r.reason}` : '';
      progress(`[${n}/${total}] ${image}: ${what} — ${r.status}${detail}`);
    },
  });
  const succeeded = execution.steps.filter((s) => s.status === 'done' || s.status === 'already-gone');
  const gone = new Set(succeeded.flatMap((s) => (s.step.kind === 'untag' ? [s.step.tag] : s.step.tags)));
  // Only what a finished step removed: the report never claims a deletion that did not happen.
  const deletedTags = toDelete.filter((t) => gone.has(t.tag)).map(tagReport);
  const deletedDigests = succeeded
    .flatMap((s) => (s.step.kind === 'delete-manifest' ? [digestReport(s.step.digest, s.step.tags)] : []))
    .sort((a, b) => (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0));
  const pick = (status: StepResult['status']) => execution.steps.filter((s) => s.status === status).map(stepReport);
  const unsupported = pick('unsupported');
  const failed = pick('failed');
  const skipped = pick('skipped');
  const complete = unsupported.length === 0 && failed.length === 0 && skipped.length === 0;
  return {
    image,
    repository,
    status: complete ? 'cleaned' : 'partial',
    plan,
    deletedTags,
    deletedDigests,
    keptTags: kept,
    unsupported,
    failed,
    skipped,
    bytesFreed: execution.bytesFreed,
    manifestsWithoutSize: execution.deletionsWithoutSize,
  };
}

export async function runCleanup(request: CleanupRequest): Promise<CleanupResult> {
  const loaded = await loadConfigFile(request.root, request.configFile);
  const config = loaded.config;
  const registry = registryPrefix(loaded, request.registry);
  const names = await selectImages(request.root, loaded, request.images ?? []);
  const now = request.now ?? new Date();
  if (request.dryRun) request.log('DRY RUN: the plans below are printed as a real run would carry them out; nothing is deleted.');
  const group = request.group ?? (<T>(_title: string, body: () => Promise<T>) => body());
  const images: ImageCleanup[] = [];
  for (const name of names) {
    const repo = imageRepository(registry, config.prefix, name);
    images.push(await group(`${name} (${repo.registry}/${repo.repository})`, () => cleanImage(request, name, repo, now, config.retention)));
  }
  return {
    dryRun: request.dryRun,
    now: now.toISOString(),
    deleter: request.deleter.kind,
    ...(request.deleter.storageNote !== undefined ? { storageNote: request.deleter.storageNote } : {}),
    images,
  };
}
