/**
 * Entry point of the smoke action: inputs → app/smoke-run → the `tested` output, the job
 * summary, and an annotation per failure (structure tests on their file and line).
 *
 * Cancelling the job (SIGINT, then SIGTERM from the runner) tears the deployment down before
 * the step ends; the step then ends with the signal's exit code.
 */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { readWorkflowContext } from '../adapters/github/context.js';
import { temporaryTagFor } from '../app/build-run.js';
import { runSmokeJob, signalExitCode } from '../app/smoke-run.js';
import type { SmokeLogger } from '../app/smoke.js';
import { smokeSummaryMarkdown } from '../report/smoke-summary.js';
import { booleanInput, integerInput, listInput, secretInput, stringInput } from '../runner/inputs.js';
import { runAction } from '../runner/run-action.js';

const log: SmokeLogger = {
  info: (message) => core.info(message),
  warn: (message) => core.info(`⚠ ${message}`),
  group: (title, lines) => {
    core.startGroup(title);
    for (const line of lines) core.info(line);
    core.endGroup();
  },
};

let exitSignal: NodeJS.Signals | undefined;

await runAction('smoke', async () => {
  const root = resolve(stringInput('working-directory') ?? '.');
  const configFile = stringInput('config') ?? 'images.yaml';
  const context = readWorkflowContext();
  let tag = stringInput('tag');
  if (!tag) {
    try {
      tag = await temporaryTagFor(root, configFile, context);
    } catch (error) {
      core.info(`IMAGE_TAG is not set: ${(error as Error).message}`);
    }
  }
  const digests = stringInput('digests');
  const checks = stringInput('checks');
  const registry = stringInput('registry');
  const username = stringInput('username');
  const password = secretInput('password');
  const timeout = stringInput('timeout') === undefined ? undefined : integerInput('timeout', 300);
  const { result, signal } = await runSmokeJob({
    root,
    configFile,
    ...(registry ? { registry } : {}),
    ...(digests ? { digestsText: { text: digests, where: 'input "digests"' } } : {}),
    images: listInput('images'),
    ...(tag ? { tag } : {}),
    composeFiles: listInput('compose-files'),
    ...(checks ? { checksText: { text: checks, where: 'input checks' } } : {}),
    keep: booleanInput('keep', false),
    ...(timeout !== undefined ? { timeoutSeconds: timeout } : {}),
    ...(username !== undefined ? { username } : {}),
    ...(password !== undefined ? { password } : {}),
    insecureRegistries: listInput('insecure-registries'),
    run: {
      ...(process.env['GITHUB_RUN_ID'] ? { runId: process.env['GITHUB_RUN_ID'] } : {}),
      ...(process.env['GITHUB_RUN_ATTEMPT'] ? { runAttempt: process.env['GITHUB_RUN_ATTEMPT'] } : {}),
      ...(process.env['GITHUB_JOB'] ? { job: process.env['GITHUB_JOB'] } : {}),
    },
    env: process.env,
    log,
  });
  core.setOutput('tested', JSON.stringify(result.tested));
  await core.summary.addRaw(smokeSummaryMarkdown(result)).write();
  for (const image of result.structure) {
    for (const outcome of image.outcomes) {
      if (outcome.passed) continue;
      core.error(outcome.failures.join('\n'), {
        title: `${image.image}: ${outcome.name}`,
        ...(outcome.location ? { file: outcome.location.file, startLine: outcome.location.line } : {}),
      });
    }
  }
  for (const check of result.checks) {
    if (!check.verdict.ok) core.error(`expected ${check.verdict.expected}\ngot ${check.verdict.got}`, { title: `check ${check.name} failed after ${check.attempts} attempt(s)` });
  }
  if (signal) {
    exitSignal = signal;
    throw new Error(`cancelled by ${signal}; ${result.deployment?.teardown ? `the deployment was torn down (${result.deployment.teardown.detail})` : 'nothing was deployed'}`);
  }
  if (!result.passed) throw new Error(result.failures.join('; '));
});

if (exitSignal) process.exitCode = signalExitCode(exitSignal);
