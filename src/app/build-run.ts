/**
 * Shared by the build action and the CLI: choose the builder, log it in when credentials are
 * given, build, and shape the outputs.
 */
import { relative, resolve } from 'node:path';
import type { WorkflowContext } from '../core/event/context.js';
import { interpretEvent } from '../core/event/interpret.js';
import { applyTemporaryTagRule } from '../core/event/temporary-tag.js';
import { BuildFailedError, selectBuilder, type Builder, type BuilderPreference } from '../adapters/builders/index.js';
import { loginBuilder } from '../adapters/builders/login.js';
import { run } from '../adapters/process/run.js';
import type { RegistryClient } from '../adapters/registry/index.js';
import { recordDurations, type DurationHistory } from '../core/schedule/index.js';
import { buildImages, type BuildLogger, type BuildRun } from './build.js';
import { measuredDurations, restoreDurations, saveDurations, type BuildCacheSettings, type CacheLog, type DurationsLocation } from './build-cache.js';
import { loadConfigFile } from './project.js';
import { registryHost } from './registry.js';

export interface BuildOutputs {
  readonly digests: Record<string, string>;
  readonly refs: Record<string, string>;
  readonly built: string[];
  readonly reused: string[];
  readonly failed: string[];
  readonly skipped: string[];
}

export function buildOutputs(run: BuildRun): BuildOutputs {
  const out: BuildOutputs = { digests: {}, refs: {}, built: [], reused: [], failed: [], skipped: [] };
  for (const [image, outcome] of run.outcomes) {
    if (outcome.status === 'built') {
      if (outcome.result.digest) out.digests[image] = outcome.result.digest;
      out.refs[image] = outcome.result.ref;
      (outcome.result.status === 'reused' ? out.reused : out.built).push(image);
    } else if (outcome.status === 'failed') {
      out.failed.push(image);
    } else {
      out.skipped.push(image);
    }
  }
  return out;
}

export interface FailureReport {
  /** One line: what failed and where, in the user's files. */
  readonly message: string;
  /** The image's own Dockerfile (or template), relative to the root, when the builder failed. */
  readonly file?: string;
  /** The failing line in `file`; left out for a template, whose rendered lines are not its own. */
  readonly line?: number;
  /** The builder's last lines. */
  readonly logTail: readonly string[];
}

/**
 * A failed image in the user's terms. The builder ran a generated Dockerfile (FROMs pinned, the
 * same lines otherwise) that is gone by the time anyone reads the error, so the location is
 * moved to the image's own Dockerfile; for a template, the rendered line is named instead.
 */
export function describeFailure(root: string, run: BuildRun, image: string, error: unknown): FailureReport {
  if (!(error instanceof BuildFailedError)) return { message: error instanceof Error ? error.message : String(error), logTail: [] };
  const project = run.project.images.get(image);
  if (!project) return { message: error.message, logTail: error.logTail };
  const file = relative(root, resolve(root, project.image.dockerfile));
  const line = error.dockerfileLine;
  if (line === undefined) return { message: error.message, file, logTail: error.logTail };
  const where = project.image.templated ? `${file} (rendered line ${line})` : `${file}:${line}`;
  return {
    message: error.message.replace(` at ${error.dockerfile}:${line}`, ` at ${where}`),
    file,
    ...(project.image.templated ? {} : { line }),
    logTail: error.logTail,
  };
}

/** The run's temporary tag: explicit, or the event's (as detect computes it). */
export async function temporaryTagFor(root: string, configFile: string, ctx: WorkflowContext, explicit?: string): Promise<string> {
  if (explicit) return explicit;
  const loaded = await loadConfigFile(root, configFile);
  const interpretation = interpretEvent(ctx, { all: false, images: [] });
  const tag = applyTemporaryTagRule(loaded.config.tags.temporary, interpretation.temporaryTag, ctx, loaded.locate(['tags', 'temporary']));
  if (!tag) throw new Error(`the ${ctx.eventName} event builds nothing (${interpretation.description}); give the tag input to build anyway`);
  return tag;
}

export interface BuildJob {
  readonly root: string;
  readonly configFile: string;
  readonly images: readonly string[];
  readonly tag: string;
  readonly builder: BuilderPreference;
  readonly parallel: number;
  readonly reuse: boolean;
  readonly push: boolean;
  readonly platforms?: readonly string[];
  readonly extraBuildArgs?: Readonly<Record<string, string>>;
  readonly registry?: string;
  readonly username?: string;
  readonly password?: string;
  readonly insecureRegistries: readonly string[];
  readonly revision: string;
  readonly sourceUrl?: string;
  readonly client: RegistryClient;
  readonly lsRemote: (url: string, ref: string) => Promise<string>;
  /** The layer cache and buildx's cache; absent: off. */
  readonly cache?: BuildCacheSettings;
  /** Where the build durations are kept between runs; absent: equal estimates, nothing recorded. */
  readonly durations?: DurationsLocation;
  readonly log: BuildLogger;
}

/**
 * Builds, with the duration history restored before scheduling and, with the new measurements
 * merged in, saved after.
 */
export async function runBuild(job: BuildJob): Promise<BuildRun> {
  const cacheLog: CacheLog = {
    info: (m) => job.log.info(m),
    warn: (m) => job.log.warn(m),
    notice: (m) => (job.log.notice ? job.log.notice(m) : job.log.info(m)),
  };
  const restored = job.durations ? await restoreDurations(job.durations, cacheLog) : undefined;
  if (restored?.key) job.log.info(`build durations restored from ${restored.key}`);
  const built = await buildWith(job, restored?.history);
  const measured = measuredDurations(built.outcomes);
  if (job.durations && Object.keys(measured).length > 0) {
    await saveDurations(job.durations, recordDurations(restored?.history ?? {}, measured), cacheLog);
  }
  return built;
}

async function buildWith(job: BuildJob, durations: DurationHistory | undefined): Promise<BuildRun> {
  const registry = job.registry ?? (await loadConfigFile(job.root, job.configFile)).config.registry;
  // Chosen (probed, logged in) only when an image needs building, not when all are reused.
  const builder = async (): Promise<Builder> => {
    const chosen = await selectBuilder(job.builder, job.log.info);
    if (job.push && job.username && job.password && registry) {
      await loginBuilder(chosen.name, registryHost(registry), job.username, job.password, job.insecureRegistries);
    }
    return chosen;
  };
  return buildImages({
    root: job.root,
    configFile: job.configFile,
    images: job.images,
    tag: job.tag,
    builder,
    client: job.client,
    ...(registry ? { registry } : {}),
    parallel: job.parallel,
    reuse: job.reuse,
    push: job.push,
    ...(job.platforms ? { platforms: job.platforms } : {}),
    ...(job.extraBuildArgs ? { extraBuildArgs: job.extraBuildArgs } : {}),
    insecureRegistries: job.insecureRegistries,
    revision: job.revision,
    ...(job.sourceUrl ? { sourceUrl: job.sourceUrl } : {}),
    lsRemote: job.lsRemote,
    ...(durations ? { durations } : {}),
    ...(job.cache ? { cache: job.cache } : {}),
    now: new Date(),
    log: job.log,
  });
}

/**
 * The web address of a repository from its remote URL, for the source label: only an http(s)
 * URL, without credentials (a token in a remote URL must never reach a label) and `.git`.
 */
export function sourceUrlFromRemote(remote: string): string | undefined {
  let url: URL;
  try {
    url = new URL(remote.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.hostname === '') return undefined;
  const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
  if (path === '' || path === '/') return undefined;
  return `${url.protocol}//${url.host}${path}`;
}

/** The source label's URL for a checkout: its `origin` remote when that is an http(s) URL. */
export async function repositorySourceUrl(root: string): Promise<string | undefined> {
  const result = await run('git', ['-C', root, 'remote', 'get-url', 'origin']).catch(() => undefined);
  return result?.exitCode === 0 ? sourceUrlFromRemote(result.stdout) : undefined;
}

/** `KEY=value` lines (the build-args input); a line without `=` is an error naming it. */
export function parseBuildArgs(text: string): Record<string, string> {
  const args: Record<string, string> = {};
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`build-args line ${index + 1} "${line}" is not KEY=value`);
    args[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return args;
}
