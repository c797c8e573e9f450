/**
 * Entry point of the cleanup action: inputs → app/cleanup/run → the `deleted` and `kept`
 * outputs and the job summary. Each image's plan and deletions are logged in a group of its own.
 * Failed deletions fail the step at the end, after everything else was done and reported (or
 * only warn, with `fail-on-error: false`).
 */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { selectDeleter } from '../adapters/deletion/select.js';
import { cleanupFailures, deletedOutput, keptOutput, runCleanup } from '../app/cleanup/run.js';
import { loadConfigFile } from '../app/project.js';
import { createRegistryClient, registryHost } from '../app/registry.js';
import { cleanupSummaryMarkdown } from '../report/cleanup-summary.js';
import { booleanInput, listInput, secretInput, stringInput } from '../runner/inputs.js';
import { runAction } from '../runner/run-action.js';

await runAction('cleanup', async () => {
  const root = resolve(stringInput('working-directory') ?? '.');
  const configFile = stringInput('config') ?? 'images.yaml';
  const registry = stringInput('registry') ?? (await loadConfigFile(root, configFile)).config.registry;
  const username = stringInput('username');
  const password = secretInput('password');
  const githubToken = secretInput('github-token');
  const dryRun = booleanInput('dry-run', false);
  const failOnError = booleanInput('fail-on-error', true);
  const host = registry ? registryHost(registry) : '';
  const client = createRegistryClient({
    host,
    ...(username !== undefined ? { username } : {}),
    ...(password !== undefined ? { password } : {}),
    insecureRegistries: listInput('insecure-registries'),
    debug: (m) => core.debug(m),
  });
  try {
    const deleter = selectDeleter({
      registryHost: host,
      client,
      ...(githubToken !== undefined ? { githubToken } : {}),
      ...(username !== undefined && password !== undefined ? { dockerHubCredentials: { username, password } } : {}),
      ...(process.env['GITHUB_API_URL'] ? { githubApiUrl: process.env['GITHUB_API_URL'] } : {}),
    });
    const result = await runCleanup({
      root,
      configFile,
      images: listInput('images'),
      ...(registry ? { registry } : {}),
      dryRun,
      client,
      deleter,
      log: (m) => core.info(m),
      group: (title, body) => core.group(title, body),
    });
    core.setOutput('deleted', JSON.stringify(deletedOutput(result)));
    core.setOutput('kept', JSON.stringify(keptOutput(result)));
    await core.summary.addRaw(cleanupSummaryMarkdown(result)).write();
    const failures = cleanupFailures(result);
    if (failures.length > 0) {
      const message = `${failures.length} problem(s); what could be done was done, and a re-run finishes the rest:\n${failures.join('\n')}`;
      if (failOnError) throw new Error(message);
      core.warning(message);
    }
  } finally {
    await client.close();
  }
});
