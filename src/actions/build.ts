/** Entry point of the build action: inputs → app/build-run → outputs, summary, annotations. */
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GitHubCacheStore, githubCacheAvailable } from '../adapters/cache/index.js';
import { readWorkflowContext } from '../adapters/github/context.js';
import { lsRemote } from '../adapters/git/ls-remote.js';
import { durationsCacheKey, parseCacheSpecs, type BuildCacheSettings, type DurationsLocation } from '../app/build-cache.js';
import { buildOutputs, describeFailure, parseBuildArgs, runBuild, temporaryTagFor } from '../app/build-run.js';
import type { ImageLog } from '../app/build.js';
import { loadConfigFile } from '../app/project.js';
import { createRegistryClient, registryHost } from '../app/registry.js';
import { buildSummaryMarkdown } from '../report/build-summary.js';
import { booleanInput, integerInput, listInput, secretInput, stringInput, InputError } from '../runner/inputs.js';
import { runAction } from '../runner/run-action.js';

const BUILDERS = ['auto', 'buildx', 'docker', 'buildah'] as const;

function builderInput(): (typeof BUILDERS)[number] {
  const value = stringInput('builder') ?? 'auto';
  const known = BUILDERS.find((b) => b === value);
  if (!known) throw new InputError('builder', `"${value}" is not one of ${BUILDERS.join(', ')}`);
  return known;
}

await runAction('build', async () => {
  const root = resolve(stringInput('working-directory') ?? '.');
  const configFile = stringInput('config') ?? 'images.yaml';
  const single = stringInput('image');
  const images = single ? [single] : listInput('images');
  if (images.length === 0) throw new InputError('images', 'give image (one matrix entry) or images (a JSON list, e.g. detect\'s images output)');
  const registry = stringInput('registry') ?? (await loadConfigFile(root, configFile)).config.registry;
  const username = stringInput('username');
  const password = secretInput('password');
  const token = secretInput('github-token');
  const insecureRegistries = listInput('insecure-registries');
  const parallel = integerInput('parallel', 2);
  const ctx = readWorkflowContext();
  const tag = await temporaryTagFor(root, configFile, ctx, stringInput('tag'));
  const platforms = listInput('platforms');
  const buildArgs = stringInput('build-args');
  const push = booleanInput('push', true);
  // Stable paths: the GitHub cache versions an entry by the paths it was saved from.
  const temp = process.env['RUNNER_TEMP'] ?? tmpdir();
  const store = githubCacheAvailable() ? new GitHubCacheStore() : undefined;
  const cacheFrom = stringInput('cache-from');
  const cacheTo = stringInput('cache-to');
  const cache: BuildCacheSettings | undefined = booleanInput('cache', true)
    ? {
        ...(store
          ? { layers: { store, workDir: join(temp, 'image-actions-cache') } }
          : { unavailable: "GitHub's cache service is not reachable here (neither ACTIONS_RESULTS_URL nor ACTIONS_CACHE_URL is set)" }),
        ...(cacheFrom !== undefined ? { buildxFrom: parseCacheSpecs(cacheFrom) } : {}),
        ...(cacheTo !== undefined ? { buildxTo: parseCacheSpecs(cacheTo) } : {}),
        github: store !== undefined,
        push,
      }
    : undefined;
  if (!cache) core.info('cache: false: no layer cache and no buildx cache for this run');
  // Each job of a run saves its own history (wave and matrix jobs build different images).
  const job = `${process.env['GITHUB_JOB'] ?? 'build'}-${createHash('sha256').update([...images].sort().join('\n')).digest('hex').slice(0, 8)}`;
  const durations: DurationsLocation | undefined = store
    ? { store, workDir: join(temp, 'image-actions-durations'), saveKey: durationsCacheKey(ctx.runId, process.env['GITHUB_RUN_ATTEMPT'] ?? '1', job) }
    : undefined;
  const client = createRegistryClient({
    host: registryHost(registry),
    ...(username !== undefined ? { username } : {}),
    ...(password !== undefined ? { password } : {}),
    insecureRegistries,
    debug: (m) => core.debug(m),
  });
  // With one image at a time its log streams live inside a group; in parallel, each image's
  // log is held and printed as one group when that image is done, so groups never interleave.
  const forImage = (image: string): ImageLog => {
    if (parallel === 1) {
      core.startGroup(`build ${image}`);
      return { line: (text) => core.info(text), close: () => core.endGroup() };
    }
    const buffered: string[] = [];
    return {
      line: (text) => buffered.push(text),
      close: () => {
        core.startGroup(`build ${image}`);
        for (const text of buffered) core.info(text);
        core.endGroup();
      },
    };
  };
  try {
    const run = await runBuild({
      root,
      configFile,
      images,
      tag,
      builder: builderInput(),
      parallel,
      reuse: booleanInput('reuse', true),
      push,
      ...(platforms.length > 0 ? { platforms } : {}),
      ...(buildArgs ? { extraBuildArgs: parseBuildArgs(buildArgs) } : {}),
      registry,
      ...(username !== undefined ? { username } : {}),
      ...(password !== undefined ? { password } : {}),
      insecureRegistries,
      revision: ctx.sha,
      ...(process.env['GITHUB_REPOSITORY']
        ? { sourceUrl: `${process.env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${process.env['GITHUB_REPOSITORY']}` }
        : {}),
      client,
      lsRemote: (url, ref) => lsRemote(url, ref, token ? { token } : {}),
      ...(cache ? { cache } : {}),
      ...(durations ? { durations } : {}),
      log: { info: (m) => core.info(m), warn: (m) => core.warning(m), notice: (m) => core.notice(m), forImage },
    });
    const outputs = buildOutputs(run);
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, JSON.stringify(value));
    await core.summary.addRaw(buildSummaryMarkdown(run, tag)).write();
    for (const [image, outcome] of run.outcomes) {
      if (outcome.status !== 'failed') continue;
      const failure = describeFailure(root, run, image, outcome.error);
      core.error(`${image}: ${failure.message}`, {
        title: `build ${image} failed`,
        ...(failure.file !== undefined ? { file: failure.file } : {}),
        ...(failure.line !== undefined ? { startLine: failure.line } : {}),
      });
    }
    if (outputs.failed.length > 0) {
      throw new Error(`${outputs.failed.length} image(s) failed (${outputs.failed.join(', ')}); ${outputs.skipped.length} skipped because a parent failed`);
    }
  } finally {
    await client.close();
  }
});
