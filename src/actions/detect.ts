/** Entry point of the detect action: inputs → app/detect → outputs and job summary. */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { detect } from '../app/detect.js';
import { detectOutputs, oversizedWaves, MATRIX_JOB_LIMIT } from '../core/plan/outputs.js';
import { readWorkflowContext } from '../adapters/github/context.js';
import { detectSummaryMarkdown } from '../report/detect-summary.js';
import { booleanInput, listInput, secretInput, stringInput } from '../runner/inputs.js';
import { loadConfigFile } from '../app/project.js';
import type { UpstreamChecker } from '../app/detect.js';
import type { RegistryClient } from '../adapters/registry/index.js';
import { runAction } from '../runner/run-action.js';

await runAction('detect', async () => {
  const root = resolve(stringInput('working-directory') ?? '.');
  const base = stringInput('base');
  const head = stringInput('head');
  const configFile = stringInput('config') ?? 'images.yaml';
  const registry = stringInput('registry') ?? (await loadConfigFile(root, configFile)).config.registry;
  const password = secretInput('password');
  const username = stringInput('username');
  const token = secretInput('github-token');
  const insecureRegistries = listInput('insecure-registries');
  // The registry is contacted only for scheduled runs (source, base and new reasons). The client
  // and the checker load when detect asks for them, so that every other run skips parsing them
  // (the HTTP client alone is a third of the bundle).
  let client: RegistryClient | undefined;
  const upstream: UpstreamChecker | undefined = registry
    ? {
        async check(project, images) {
          const [{ createRegistryClient, registryHost }, { registryUpstreamChecker }, { lsRemote }] = await Promise.all([
            import('../app/registry.js'),
            import('../app/upstream.js'),
            import('../adapters/git/ls-remote.js'),
          ]);
          client = createRegistryClient({
            host: registryHost(registry),
            ...(username !== undefined ? { username } : {}),
            ...(password !== undefined ? { password } : {}),
            insecureRegistries,
            debug: (m) => core.debug(m),
          });
          const checker = registryUpstreamChecker({
            client,
            registry,
            lsRemote: (url, ref) => lsRemote(url, ref, { ...(token ? { token } : {}), ...(process.env['GITHUB_SERVER_URL'] ? { serverUrl: process.env['GITHUB_SERVER_URL'] } : {}) }),
            log: (m) => core.info(m),
          });
          return checker.check(project, images);
        },
      }
    : undefined;
  const result = await detect({
    root,
    configFile,
    ...(upstream ? { upstream } : {}),
    context: readWorkflowContext(),
    overrides: {
      all: booleanInput('all', false),
      images: listInput('images'),
      ...(base ? { base } : {}),
      ...(head ? { head } : {}),
    },
    warn: (m) => core.warning(m),
    info: (m) => core.info(m),
  }).finally(() => client?.close());

  for (const { wave, size } of oversizedWaves(result.waves)) {
    core.warning(
      `Wave ${wave} has ${size} images; GitHub runs at most ${MATRIX_JOB_LIMIT} jobs from one matrix. ` +
        'The waves output keeps it whole: build it in one job (build action with images:) or split the matrix.',
    );
  }
  const outputs = detectOutputs(result, result.project.graph, result.interpretation.temporaryTag);
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);

  core.startGroup(`${result.images.length} affected images`);
  for (const image of result.images) core.info(`${image}: ${(result.reasons.get(image) ?? []).join(', ')}`);
  core.endGroup();
  await core.summary.addRaw(detectSummaryMarkdown(result)).write();
});
