/** Entry point of the promote action: inputs → app/promote-run → outputs and job summary. */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { readWorkflowContext } from '../adapters/github/context.js';
import { selectDeleter } from '../adapters/deletion/select.js';
import { createRegistryClient, registryHost } from '../app/registry.js';
import { promotedOutput } from '../app/promote.js';
import { runPromote } from '../app/promote-run.js';
import { loadConfigFile } from '../app/project.js';
import { promoteSummaryMarkdown } from '../report/promote-summary.js';
import { booleanInput, listInput, secretInput, stringInput } from '../runner/inputs.js';
import { digestMapInput } from '../runner/json-input.js';
import { runAction } from '../runner/run-action.js';

await runAction('promote', async () => {
  const root = resolve(stringInput('working-directory') ?? '.');
  const configFile = stringInput('config') ?? 'images.yaml';
  const registry = stringInput('registry') ?? (await loadConfigFile(root, configFile)).config.registry;
  const toRegistry = stringInput('to-registry');
  const githubToken = secretInput('github-token');
  const password = secretInput('password');
  const username = stringInput('username');
  const dryRun = booleanInput('dry-run', false);
  const require = digestMapInput('require');
  const tags = listInput('tags');
  const from = stringInput('from');
  const deleteTemporary = booleanInput('delete-temporary', false);
  const client = createRegistryClient({
    host: registryHost(registry),
    ...(username !== undefined ? { username } : {}),
    ...(password !== undefined ? { password } : {}),
    insecureRegistries: listInput('insecure-registries'),
    debug: (m) => core.debug(m),
  });
  try {
    const deleter = deleteTemporary
      ? selectDeleter({
          registryHost: registryHost(registry),
          client,
          ...(githubToken ? { githubToken } : {}),
          ...(username !== undefined && password !== undefined ? { dockerHubCredentials: { username, password } } : {}),
          ...(process.env['GITHUB_API_URL'] ? { githubApiUrl: process.env['GITHUB_API_URL'] } : {}),
        })
      : undefined;
    const result = await runPromote({
      root,
      configFile,
      context: readWorkflowContext(),
      images: listInput('images'),
      ...(from ? { from } : {}),
      ...(tags.length > 0 ? { tags } : {}),
      ...(require ? { require } : {}),
      registry,
      ...(toRegistry ? { toRegistry } : {}),
      dryRun,
      ...(githubToken ? { githubToken } : {}),
      ...(process.env['GITHUB_REPOSITORY'] ? { repository: process.env['GITHUB_REPOSITORY'] } : {}),
      client,
      ...(deleter ? { deleteTemporary: deleter } : {}),
      log: (m) => core.info(m),
    });
    core.setOutput('promoted', JSON.stringify(promotedOutput(result.outcomes)));
    await core.summary.addRaw(promoteSummaryMarkdown(result, dryRun)).write();
    // The promotion itself succeeded; a temporary tag left behind is the next cleanup's job.
    for (const t of result.temporary ?? []) {
      if (t.state === 'failed' || t.state === 'unsupported') core.warning(`temporary tag ${t.reference} was not deleted: ${t.reason ?? t.state}`);
    }
  } finally {
    await client.close();
  }
});
