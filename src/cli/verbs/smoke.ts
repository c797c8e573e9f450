/** `image-actions smoke`: structure tests, a deployment of the builds under test, checks, teardown. */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runSmokeJob, signalExitCode } from '../../app/smoke-run.js';
import type { SmokeLogger } from '../../app/smoke.js';
import { smokeSummaryMarkdown } from '../../report/smoke-summary.js';
import { COMMON, COMMON_HELP, str, strings, type Verb } from '../verb.js';

const log: SmokeLogger = {
  info: (message) => process.stderr.write(`${message}\n`),
  warn: (message) => process.stderr.write(`warning: ${message}\n`),
  group: (title, lines) => {
    process.stderr.write(`── ${title}\n`);
    for (const line of lines) process.stderr.write(`   ${line}\n`);
  },
};

/** A value given inline or as a file: JSON/YAML text, or the path of a file holding it. */
async function textOrFile(value: string): Promise<{ text: string; where: string }> {
  const trimmed = value.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return { text: value, where: 'the command line' };
  return { text: await readFile(value, 'utf8'), where: value };
}

export const smokeVerb: Verb = {
  summary: 'structure-test the builds, deploy them together, check the services, tear down',
  usage: `image-actions smoke [IMAGE…] --digests FILE|JSON [--tag T] [--compose FILE]… [--checks FILE] [--keep]

Runs each image's structure tests (container-structure-test files), deploys the images with
deploy.compose (an override pins every service of this repository to its digest) or
deploy.command, runs deploy.checks against it, and tears it down. Prints the tested map
(image → digest) on stdout, for promote --require.
  --digests FILE|JSON  image → digest of the builds under test, or build --json's output
  --tag T              the temporary tag of the builds (for IMAGE_TAG, and for images
                       named without a digest)
  --registry R         registry prefix of the builds (default registry of images.yaml)
  --compose FILE       a compose file to deploy instead of deploy.compose (repeatable)
  --checks FILE        checks (a YAML list as under deploy.checks) instead of deploy.checks
  --keep               leave the deployment running; print how to remove it
  --timeout SECONDS    how long the deployment may take to become ready (default deploy.timeout)
  --insecure HOST      a registry reached over plain HTTP (repeatable; loopback always is)
  --summary FILE       also write the Markdown summary to FILE
  --output FILE        also write the tested map to FILE
Credentials come from the Docker config (docker login) or containers auth.json.
${COMMON_HELP}`,
  options: {
    ...COMMON,
    digests: { type: 'string' },
    tag: { type: 'string' },
    registry: { type: 'string' },
    compose: { type: 'string', multiple: true },
    checks: { type: 'string' },
    keep: { type: 'boolean', default: false },
    timeout: { type: 'string' },
    insecure: { type: 'string', multiple: true },
    summary: { type: 'string' },
    output: { type: 'string' },
  },
  async run(values, positionals) {
    const root = resolve(str(values['root']) ?? '.');
    const digests = str(values['digests']);
    const checks = str(values['checks']);
    const timeoutText = str(values['timeout']);
    const timeoutSeconds = timeoutText === undefined ? undefined : Number(timeoutText);
    if (timeoutSeconds !== undefined && (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1)) throw new Error('--timeout takes a whole number of seconds ≥ 1');
    if (!digests && positionals.length === 0) throw new Error('give --digests (the build\'s digests), or name the images and their --tag');
    const { result, signal } = await runSmokeJob({
      root,
      configFile: str(values['config']) ?? 'images.yaml',
      ...(str(values['registry']) ? { registry: str(values['registry'])! } : {}),
      ...(digests ? { digestsText: await textOrFile(digests) } : {}),
      images: positionals,
      ...(str(values['tag']) ? { tag: str(values['tag'])! } : {}),
      composeFiles: strings(values['compose']),
      ...(checks ? { checksText: { text: await readFile(checks, 'utf8'), where: checks } } : {}),
      keep: values['keep'] === true,
      ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
      insecureRegistries: strings(values['insecure']),
      run: { runId: 'local' },
      env: process.env,
      log,
    });
    const summary = str(values['summary']);
    if (summary) await writeFile(summary, smokeSummaryMarkdown(result));
    const output = str(values['output']);
    const tested = `${JSON.stringify(result.tested, null, 2)}\n`;
    if (output) await writeFile(output, tested);
    for (const failure of result.failures) process.stderr.write(`error: ${failure}\n`);
    process.stderr.write(result.passed ? 'smoke passed; tested:\n' : 'smoke failed\n');
    process.stdout.write(tested);
    if (signal) return signalExitCode(signal);
    return result.passed ? 0 : 1;
  },
};
