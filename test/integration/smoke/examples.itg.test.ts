/**
 * The examples' smoke test, for real: examples/ built with the build use case into a CNCF
 * registry on loopback, then structure-tested (file and metadata tests from the registry,
 * command tests in containers on the daemon), deployed with the real docker-compose (v1 here:
 * no `up --wait`, so health is polled) with the run's digests pinned by the generated override,
 * checked with every kind of check, and torn down.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseReference } from '../../../src/core/reference.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSmokeJob } from '../../../src/app/smoke-run.js';
import { runChild } from '../../../src/adapters/checks/child.js';
import { RegistryClient } from '../../../src/adapters/registry/index.js';
import { smokeSummaryMarkdown } from '../../../src/report/smoke-summary.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import type { TestRepo } from '../../support/git-repo.js';
import { projectResources } from '../../../src/adapters/compose/docker.js';
import { buildExamples, CollectingLog, EXAMPLE_BUILT, exampleRepo, expectNothingLeft, removePulledImages } from './support.js';

const TAG = 'pr-7-abcdef0';

let registry: RunningRegistry;
let client: RegistryClient;
let repo: TestRepo;
let digests: Record<string, string>;

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

describe('smoke on the examples', () => {
  it('deploys the run\'s digests with compose, passes http, tcp, tls, exec, run and logs checks, and tears down', async () => {
    const log = new CollectingLog();
    const { result, signal } = await runSmokeJob({
      root: repo.dir,
      configFile: 'images.yaml',
      digestsText: { text: JSON.stringify({ digests, refs: {} }), where: 'build outputs' },
      images: [],
      tag: TAG,
      composeFiles: [],
      keep: false,
      insecureRegistries: [],
      run: { runId: 'itg', job: 'examples' },
      env: process.env,
      log,
    });
    expect(signal).toBeUndefined();
    expect(result.failures, log.text()).toEqual([]);
    expect(result.passed).toBe(true);

    // Structure tests: every test of both files ran and passed, the file tests from the registry.
    const web = result.structure.find((s) => s.image === 'web');
    const webTls = result.structure.find((s) => s.image === 'web-tls');
    expect(web?.outcomes.map((o) => o.name)).toEqual([
      'File Existence Test: index page',
      'File Existence Test: busybox',
      'File Existence Test: no password file',
      'File Content Test: runtime version',
      'Metadata Test',
      'Command Test: httpd is on the PATH',
      'Command Test: the site is served from /srv/www',
      'Command Test: environment of the tests',
    ]);
    expect(webTls?.outcomes.every((o) => o.passed)).toBe(true);
    expect(web?.notes.join('\n')).toMatch(/file tests answered from the registry: \d+ layer\(s\) streamed/);

    // The deployment ran exactly the run's digests.
    const deployment = result.deployment;
    expect(deployment?.ready).toBe(true);
    expect(deployment?.description).toMatch(/^docker-compose 1\.29\.2, project ia-smoke-itg-examples-[0-9a-f]{6}$/);
    expect(deployment?.pins.map((p) => [p.service, p.reference, p.why])).toEqual([
      ['app', `${registry.host}/acme/examples-app@${digests['app']}`, 'built in this run'],
      ['web', `${registry.host}/acme/examples-web@${digests['web']}`, 'built in this run'],
      ['web-tls', `${registry.host}/acme/examples-web-tls@${digests['web-tls']}`, 'built in this run'],
    ]);
    expect(log.text()).toContain('compose: docker-compose 1.29.2 (no docker compose plugin here); no up --wait in this version: polling');

    // Every kind of check, each passing; the tls check reports what it saw.
    expect(result.checks.map((c) => [c.type, c.passed])).toEqual([
      ['http', true],
      ['tcp', true],
      ['tls', true],
      ['http', true],
      ['exec', true],
      ['run', true],
      ['logs', true],
      ['logs', true],
    ]);
    const tls = result.checks[2]?.verdict;
    expect(tls?.ok && tls.detail).toMatch(/^TLSv1\.[23], \S+, certificate CN=localhost, DNS:localhost, expires \d{4}-\d{2}-\d{2}$/);
    expect(result.notRun).toEqual([]);
    expect(result.services).toEqual([]);

    // tested: what was structure-tested or deployed, at the digests that were.
    expect(result.tested).toEqual({ app: digests['app'], web: digests['web'], 'web-tls': digests['web-tls'] });
    expect(result.untested).toEqual(['base', 'runtime']);
    expect(deployment?.teardown).toMatchObject({ ok: true });
    await expectNothingLeft(deployment?.project ?? '');

    const summary = smokeSummaryMarkdown(result);
    expect(summary).toContain('**Passed.**');
    expect(summary).toContain('| `web` | File Existence Test: index page (images/web/structure-tests.yaml:');
    expect(summary).toMatch(/\| tls web-tls:8443 \| ✅ TLSv1/);
    expect(summary).toContain(`"web": "${digests['web']}"`);
  });

  it('runs the images this run did not build at their promoted digests, and tests only what it built', async () => {
    // app and web-tls were promoted earlier (latest); this run built web only.
    for (const image of ['app', 'web-tls']) {
      await client.copyImage(parseReference(`${registry.host}/acme/examples-${image}@${digests[image]}`), parseReference(`${registry.host}/acme/examples-${image}:latest`));
    }
    const log = new CollectingLog();
    const { result } = await runSmokeJob({
      root: repo.dir,
      configFile: 'images.yaml',
      digestsText: { text: JSON.stringify({ web: digests['web'] }), where: 'digests' },
      images: ['web'],
      composeFiles: [],
      checksText: { text: '- { type: http, url: "https://localhost:8443/", service: web-tls, ca: deploy/tls/ca.pem }\n', where: 'checks.yaml' },
      keep: false,
      insecureRegistries: [],
      run: { runId: 'itg', job: 'promoted' },
      env: process.env,
      log,
    });
    expect(result.failures, log.text()).toEqual([]);
    expect(result.deployment?.pins.map((p) => [p.service, p.reference, p.why])).toEqual([
      ['app', `${registry.host}/acme/examples-app@${digests['app']}`, 'promoted'],
      ['web', `${registry.host}/acme/examples-web@${digests['web']}`, 'built in this run'],
      ['web-tls', `${registry.host}/acme/examples-web-tls@${digests['web-tls']}`, 'promoted'],
    ]);
    expect(result.structure.map((s) => s.image)).toEqual(['web']);
    expect(result.tested).toEqual({ web: digests['web'] });
    await expectNothingLeft(result.deployment?.project ?? '');
  });

  it('deploys with deploy.command: IMAGE_* variables, files rewritten in a copy (DEPLOY_DIR), checks by container name, teardown', async () => {
    const name = `ia-cmd-${process.pid}-web`;
    const deployer = [
      '#!/bin/sh',
      '# Starts web from the image the (rewritten) env file names, as a deployer would.',
      'set -eu',
      'image=$(sed -n "s/^WEB_IMAGE=//p" "$DEPLOY_DIR/deploy/web.env")',
      'echo "IMAGE_WEB=$IMAGE_WEB IMAGE_APP=$IMAGE_APP IMAGE_TAG=$IMAGE_TAG"',
      'echo "from $DEPLOY_DIR/deploy/web.env: $image"',
      `docker run --detach --init --name ${name} --publish 127.0.0.1::8080 "$image" >/dev/null`,
      '',
    ].join('\n');
    const config = [
      'version: 1',
      `registry: ${registry.host}/acme`,
      'prefix: examples-',
      'deploy:',
      '  command: [sh, deploy/up.sh]',
      `  teardown: [docker, rm, --force, ${name}]`,
      '  rewrite: ["deploy/*.env"]',
      '  checks:',
      `    - { type: http, url: "http://localhost:8080/", service: ${name}, body-contains: image-actions example }`,
      `    - { type: exec, service: ${name}, command: [cat, /etc/runtime/version], output-contains: runtime 1 }`,
      '    - { type: run, command: [sh, -c, "grep -c sha256 $DEPLOY_DIR/deploy/web.env"], output-contains: "1" }',
      '',
    ].join('\n');
    repo.commit({
      'command.yaml': config,
      'deploy/up.sh': deployer,
      'deploy/web.env': `# written by hand, with the tag people use\nWEB_IMAGE=${registry.host}/acme/examples-web:latest\n`,
    }, 'a command deployment');
    const log = new CollectingLog();
    const { result } = await runSmokeJob({
      root: repo.dir,
      configFile: 'command.yaml',
      digestsText: { text: JSON.stringify({ web: digests['web'], app: digests['app'] }), where: 'digests' },
      images: [],
      tag: TAG,
      composeFiles: [],
      keep: false,
      insecureRegistries: [],
      run: { runId: 'itg' },
      env: process.env,
      log,
    });
    expect(result.failures, log.text()).toEqual([]);
    const webRef = `${registry.host}/acme/examples-web@${digests['web']}`;
    expect(log.text()).toContain(`IMAGE_WEB=${webRef} IMAGE_APP=${registry.host}/acme/examples-app@${digests['app']} IMAGE_TAG=${TAG}`);
    expect(log.text()).toContain(`deploy/web.env:2: ${registry.host}/acme/examples-web:latest → ${webRef}`);
    expect(log.text()).toMatch(new RegExp(`from /tmp/ia-smoke-deploy-\\w+/deploy/web\\.env: ${webRef.replace(/[.]/g, '\\.')}`));
    expect(result.deployment?.kind).toBe('command');
    expect(result.deployment?.rewritten).toEqual([{ file: 'deploy/web.env', replacements: [{ image: 'web', line: 2, from: `${registry.host}/acme/examples-web:latest`, to: webRef }] }]);
    expect(result.checks.map((c) => [c.type, c.passed])).toEqual([
      ['http', true],
      ['exec', true],
      ['run', true],
    ]);
    expect(result.deployment?.teardown).toEqual({ ok: true, detail: `deploy.teardown "docker rm --force ${name}" done` });
    expect(result.tested).toEqual({ app: digests['app'], web: digests['web'] });
    const left = await runChild('docker', ['ps', '--all', '--quiet', '--filter', `name=^${name}$`]);
    expect(left.stdout.trim()).toBe('');
  });

  it('leaves a kept deployment running, and says how to remove it', async () => {
    const log = new CollectingLog();
    const { result } = await runSmokeJob({
      root: repo.dir,
      configFile: 'images.yaml',
      digestsText: { text: JSON.stringify({ app: digests['app'], web: digests['web'], 'web-tls': digests['web-tls'] }), where: 'digests' },
      images: [],
      composeFiles: ['deploy/compose.yaml'],
      checksText: { text: '- { type: exec, service: app, command: [ls, -d, /var/lib/app] }\n', where: 'checks.yaml' },
      keep: true,
      insecureRegistries: [],
      run: { runId: 'itg', job: 'keep' },
      env: process.env,
      log,
    });
    expect(result.failures, log.text()).toEqual([]);
    const project = result.deployment?.project ?? '';
    const teardown = result.deployment?.teardown;
    expect(teardown && 'kept' in teardown && teardown.kept).toBe(true);
    const left = await projectResources(project);
    expect([left.containers.length, left.networks.length, left.volumes]).toEqual([3, 1, [`${project}_app-data`]]);
    // The hint is the command that removes it: run it as a person would.
    const hint = /Remove it with: (.*)$/.exec(teardown?.detail ?? '')?.[1] ?? '';
    expect(hint).toMatch(new RegExp(`^docker-compose -p ${project} -f \\S+/deploy/compose\\.yaml -f \\S+/compose\\.smoke-override\\.yaml down -v --remove-orphans$`));
    const [program, ...args] = hint.split(' ');
    expect((await runChild(program as string, args)).exitCode).toBe(0);
    await expectNothingLeft(project);
    // The override of a kept deployment stays for that command; once it has run, it can go.
    rmSync(dirname(args.find((a) => a.endsWith('compose.smoke-override.yaml')) ?? '/nonexistent/x'), { recursive: true, force: true });
  });
});
