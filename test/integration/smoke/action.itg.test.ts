/**
 * Runner contract of dist/smoke/index.js: the bundle run as the runner runs it (INPUT_*
 * variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) on a real pull_request payload, against the
 * examples built into a loopback registry and deployed with the real docker-compose. It sets
 * `tested`, writes the summary, annotates failures; and SIGTERM (what the runner sends when a
 * job is cancelled) tears the deployment down before the step ends.
 *
 * Build the bundle first: `bash scripts/build.sh`.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../../src/adapters/registry/index.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { parseOutputFile, REPO_ROOT, runBundledAction } from '../../support/action-runner.js';
import { tempDir, type TestRepo } from '../../support/git-repo.js';
import { webhookExample } from '../../support/webhook-examples.js';
import { buildExamples, EXAMPLE_BUILT, exampleRepo, expectNothingLeft, removePulledImages } from './support.js';

const TAG = 'pr-1347-abcdef0';

let registry: RunningRegistry;
let client: RegistryClient;
let repo: TestRepo;
let digests: Record<string, string>;

function pullRequestPayload(): Record<string, any> {
  const payload = webhookExample('pull_request', 'opened');
  payload['number'] = 1347;
  return payload;
}

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient();
  repo = exampleRepo({ registry: `${registry.host}/acme` });
  digests = await buildExamples(repo, client, EXAMPLE_BUILT, TAG);
}, 240_000);

afterAll(async () => {
  if (registry) await removePulledImages(registry.host);
  await client?.close();
  await registry?.stop();
  if (repo) rmSync(repo.dir, { recursive: true, force: true });
});

describe('dist/smoke/index.js', () => {
  it('sets tested and writes the summary when everything passes', () => {
    const run = runBundledAction('smoke', {
      inputs: { images: JSON.stringify(['app', 'web', 'web-tls']), digests: JSON.stringify(digests), config: 'images.yaml', tag: TAG },
      eventName: 'pull_request',
      payload: pullRequestPayload(),
      cwd: repo.dir,
    });
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(JSON.parse(run.outputs['tested'] ?? '')).toEqual({ app: digests['app'], web: digests['web'], 'web-tls': digests['web-tls'] });
    expect(run.stdout).toContain('compose: docker-compose 1.29.2');
    expect(run.stdout).toMatch(/✓ tls web-tls:8443: TLSv1\.[23]/);
    expect(run.stdout).toContain('no container, network or volume of ia-smoke-777-');
    expect(run.summary).toContain('## image-actions smoke');
    expect(run.summary).toContain('**Passed.** Tested: `app`, `web`, `web-tls`.');
    expect(run.stdout).not.toContain('::error');
  });

  it('fails with annotations, the services\' logs in groups and the summary, and an empty tested', () => {
    const checks = '- { type: http, url: "http://localhost:8080/", service: web, body-contains: "not on the page", retries: 1, interval: 100ms }\n';
    const run = runBundledAction('smoke', {
      inputs: { digests: JSON.stringify(digests), checks, tag: TAG },
      eventName: 'pull_request',
      payload: pullRequestPayload(),
      cwd: repo.dir,
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['tested']).toBe('{}');
    expect(run.stdout).toMatch(/::error title=check http http%3A\/\/localhost%3A8080\/ failed after 2 attempt\(s\)::expected a body containing "not on the page"%0Agot status 200, body "<h1>image-actions example<\/h1>\\n"/);
    expect(run.stdout).toMatch(/::group::web \(ia-smoke-777-[0-9a-f]{6}_web_1\): running, healthy/);
    expect(run.stdout).toContain('::error::smoke: 1 of 1 checks failed: http http://localhost:8080/');
    expect(run.summary).toContain('### Services');
    expect(run.summary).toContain('<details open><summary><code>web</code>');
  });

  it('annotates a mistake in the checks input at its line, before anything runs', () => {
    const run = runBundledAction('smoke', {
      inputs: { digests: JSON.stringify(digests), checks: '- { type: tcp, service: web, port: 8080 }\n- { type: tcp, service: web, port: 99999 }\n' },
      eventName: 'pull_request',
      payload: pullRequestPayload(),
      cwd: repo.dir,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error title=image-actions,file=input checks,line=2,col=\d+::checks\[1\]\.port: 99999 is out of range: it must be at most 65535/);
    expect(run.stdout).not.toContain('deploying');
  });

  it('tears the deployment down on SIGTERM and ends with its exit code', async () => {
    const work = tempDir('ia-smoke-sigterm-');
    const output = join(work, 'output');
    const summary = join(work, 'summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const event = join(work, 'event.json');
    writeFileSync(event, JSON.stringify(pullRequestPayload()));
    // A check that never passes keeps the deployment up until the signal comes.
    const checks = '- { type: logs, service: app, pattern: "never printed", retries: 600, interval: 500ms }\n';
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? work,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_RUN_ID: '778',
      RUNNER_TEMP: work,
      INPUT_DIGESTS: JSON.stringify(digests),
      INPUT_CHECKS: checks,
      INPUT_TAG: TAG,
    };
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/smoke/index.js')], { cwd: repo.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let signalled = false;
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (!signalled && stdout.includes('deployment ready')) {
        signalled = true;
        // A moment into the checks, as a cancel would come.
        setTimeout(() => child.kill('SIGTERM'), 500);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
    const code = await exit;
    clearTimeout(timer);
    expect(signalled, stdout).toBe(true);
    expect(code, stdout).toBe(143);
    expect(stdout).toContain('SIGTERM: stopping, then tearing the deployment down');
    const project = /as compose project (ia-smoke-778-[0-9a-f]{6})/.exec(stdout)?.[1];
    expect(project, stdout).toBeDefined();
    expect(stdout).toContain(`no container, network or volume of ${project} remains`);
    expect(stdout).toMatch(/::error::smoke: cancelled by SIGTERM; the deployment was torn down/);
    expect(parseOutputFile(readFileSync(output, 'utf8'))['tested']).toBe('{}');
    expect(readFileSync(summary, 'utf8')).toContain('**Failed (cancelled).**');
    await expectNothingLeft(project ?? '');
    rmSync(work, { recursive: true, force: true });
  });
});
