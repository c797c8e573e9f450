/**
 * Shared by the build action and the CLI: choose the builder, log it in when credentials are
 * given, build, and shape the outputs.
 */
import type { WorkflowContext } from '../core/event/context.js';
import { interpretEvent } from '../core/event/interpret.js';
import { applyTemporaryTagRule } from '../core/event/temporary-tag.js';
import { selectBuilder, type BuilderPreference } from '../adapters/builders/index.js';
import { loginBuilder } from '../adapters/builders/login.js';
import type { RegistryClient } from '../adapters/registry/index.js';
import { buildImages, type BuildLogger, type BuildRun } from './build.js';
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
  readonly log: BuildLogger;
}

export async function runBuild(job: BuildJob): Promise<BuildRun> {
  const builder = await selectBuilder(job.builder, job.log.info);
  const registry = job.registry ?? (await loadConfigFile(job.root, job.configFile)).config.registry;
  if (job.push && job.username && job.password && registry) {
    await loginBuilder(builder.name, registryHost(registry), job.username, job.password, job.insecureRegistries);
  }
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
    now: new Date(),
    log: job.log,
  });
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
