/**
 * Broken deployments and images, for real: a service that exits (web-tls started without its
 * certificate file), a certificate made for another name (the tls check must fail, and say
 * why), and an image missing a file (its structure tests fail and nothing is deployed). Each
 * fails with every service's state and logs in the summary, and leaves no container, network
 * or volume of its compose project behind.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSmokeJob, type SmokeJob } from '../../../src/app/smoke-run.js';
import { RegistryClient } from '../../../src/adapters/registry/index.js';
import { UserInputError } from '../../../src/core/diagnostics.js';
import { smokeSummaryMarkdown } from '../../../src/report/smoke-summary.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import type { TestRepo } from '../../support/git-repo.js';
import { buildExamples, CollectingLog, EXAMPLE_BUILT, exampleRepo, expectNothingLeft, removePulledImages } from './support.js';

let registry: RunningRegistry;
let client: RegistryClient;
let repo: TestRepo;
let broken: TestRepo;
let digests: Record<string, string>;
let brokenDigests: Record<string, string>;

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient();
  repo = exampleRepo({ registry: `${registry.host}/acme` });
  broken = exampleRepo({ registry: `${registry.host}/acme`, withoutSocat: true });
  digests = await buildExamples(repo, client, EXAMPLE_BUILT, 'pr-8-1111111');
  brokenDigests = await buildExamples(broken, client, EXAMPLE_BUILT, 'pr-9-2222222');
}, 240_000);

afterAll(async () => {
  if (registry) await removePulledImages(registry.host);
  await client?.close();
  await registry?.stop();
  for (const r of [repo, broken]) if (r) rmSync(r.dir, { recursive: true, force: true });
});

function job(root: string, log: CollectingLog, overrides: Partial<SmokeJob>): SmokeJob {
  return {
    root,
    configFile: 'images.yaml',
    digestsText: { text: JSON.stringify(digests), where: 'digests' },
    images: [],
    composeFiles: [],
    keep: false,
    timeoutSeconds: 60,
    insecureRegistries: [],
    run: { runId: 'itg', job: 'failures' },
    env: process.env,
    log,
    ...overrides,
  };
}

describe('smoke failures', () => {
  it('fails a deployment whose service exits, with every service\'s state and logs, and tears it down', async () => {
    // web-tls finds no certificate at its mount (Docker makes an empty directory there) and exits.
    rmSync(join(repo.dir, 'deploy/tls/server.pem'));
    const log = new CollectingLog();
    try {
      const { result } = await runSmokeJob(job(repo.dir, log, {}));
      expect(result.passed).toBe(false);
      expect(result.failures).toEqual([
        'the deployment did not come up: web-tls: exited with code 2 (a service of the deployment must keep running)',
      ]);
      expect(result.checks).toEqual([]);
      expect(result.notRun).toHaveLength(8);
      expect(result.tested).toEqual({});
      const byService = Object.fromEntries(result.services.map((s) => [s.service, s]));
      expect(Object.keys(byService).sort()).toEqual(['app', 'web', 'web-tls']);
      expect(byService['web-tls']?.state).toBe('exited with code 2');
      expect(byService['web-tls']?.logTail).toBe('serve-tls: no certificate at /run/tls/server.pem: mount one (certificate and key in one PEM file)');
      expect(byService['app']?.logTail).toBe('app started');
      expect(byService['web']?.state).toMatch(/^running/);
      // The same in the step log, one group per service.
      expect(log.groups.map((g) => g.title)).toEqual([
        expect.stringMatching(/^app \(.+\): running$/),
        expect.stringMatching(/^web \(.+\): running/),
        expect.stringMatching(/^web-tls \(.+\): exited with code 2$/),
      ]);
      expect(log.groups[2]?.lines).toContain('serve-tls: no certificate at /run/tls/server.pem: mount one (certificate and key in one PEM file)');
      const summary = smokeSummaryMarkdown(result);
      expect(summary).toContain('**Failed.**');
      expect(summary).toContain('<details open><summary><code>web-tls</code>');
      expect(summary).toContain('serve-tls: no certificate at /run/tls/server.pem');
      expect(summary).toContain('| tls web-tls:8443 | not run | 0 | |');
      expect(result.deployment?.teardown).toMatchObject({ ok: true });
      await expectNothingLeft(result.deployment?.project ?? '');
    } finally {
      rmSync(join(repo.dir, 'deploy/tls'), { recursive: true, force: true });
      execFileSync('bash', [join(repo.dir, 'deploy/prepare.sh')], { stdio: 'pipe' });
    }
  });

  it('fails the tls check on a certificate for another name, saying what it expected and got', async () => {
    execFileSync('bash', [join(repo.dir, 'deploy/prepare.sh'), 'wrong.example'], { stdio: 'pipe' });
    const log = new CollectingLog();
    try {
      const checks = [
        '- { type: http, url: "http://localhost:8080/", service: web, body-contains: image-actions example }',
        '- { type: tls, service: web-tls, port: 8443, server-name: localhost, ca: deploy/tls/ca.pem, retries: 1, interval: 200ms }',
      ].join('\n');
      const { result } = await runSmokeJob(job(repo.dir, log, { checksText: { text: checks, where: 'checks.yaml' } }));
      expect(result.passed).toBe(false);
      expect(result.failures).toEqual(['1 of 2 checks failed: tls web-tls:8443']);
      const [http, tls] = result.checks;
      expect(http?.passed).toBe(true);
      expect(tls?.attempts).toBe(2);
      expect(tls?.verdict).toEqual({
        ok: false,
        expected: 'a certificate valid for localhost',
        got: expect.stringMatching(/^Hostname\/IP does not match certificate's altnames: Host: localhost\. is not in the cert's altnames: DNS:wrong\.example \(TLSv1\.[23], .*, certificate CN=wrong\.example, DNS:wrong\.example, expires \d{4}-\d{2}-\d{2}\)$/),
      });
      expect(result.services.map((s) => s.service)).toEqual(['app', 'web', 'web-tls']);
      expect(result.services.find((s) => s.service === 'web-tls')?.logTail).toContain('serve-tls: https on 8443');
      const summary = smokeSummaryMarkdown(result);
      expect(summary).toContain('| tls web-tls:8443 | ❌ expected a certificate valid for localhost; got Hostname/IP does not match');
      expect(summary).toContain('<summary><code>app</code>');
      expect(result.tested).toEqual({});
      await expectNothingLeft(result.deployment?.project ?? '');
    } finally {
      execFileSync('bash', [join(repo.dir, 'deploy/prepare.sh')], { stdio: 'pipe' });
    }
  });

  it('fails an image missing a file in its structure tests, and deploys nothing', async () => {
    const log = new CollectingLog();
    const { result } = await runSmokeJob(job(broken.dir, log, { digestsText: { text: JSON.stringify(brokenDigests), where: 'digests' } }));
    expect(result.passed).toBe(false);
    const webTls = result.structure.find((s) => s.image === 'web-tls');
    const failed = Object.fromEntries((webTls?.outcomes ?? []).filter((o) => !o.passed).map((o) => [o.name, o.failures]));
    expect(failed).toEqual({
      'File Existence Test: socat': ['expected /usr/bin/socat to exist, but /usr/bin does not exist'],
      'Command Test: socat runs (all its libraries are in the image)': [expect.stringMatching(/^could not run "\/usr\/bin\/socat -V": the container did not start: .*no such file or directory/)],
    });
    expect(result.failures).toEqual([
      'web-tls: 2 of 5 structure tests failed (File Existence Test: socat, Command Test: socat runs (all its libraries are in the image))',
    ]);
    expect(result.deployment).toBeUndefined();
    expect(result.notRun).toHaveLength(8);
    expect(log.text()).toContain('nothing is deployed: the structure tests failed');
    const summary = smokeSummaryMarkdown(result);
    expect(summary).toContain('| `web-tls` | File Existence Test: socat (images/web/tls/structure-tests.yaml:12) | ❌ expected /usr/bin/socat to exist, but /usr/bin does not exist |');
    expect(result.tested).toEqual({});
  });

  it('reports missing test and compose files at their place in images.yaml, before anything runs', async () => {
    const config = [
      'version: 1',
      `registry: ${registry.host}/acme`,
      'prefix: examples-',
      'images:',
      '  web:',
      '    structure-tests: [images/web/structure-tests.yaml, images/web/missing.yaml]',
      'deploy:',
      '  compose: deploy/nope.yaml',
      '',
    ].join('\n');
    writeFileSync(join(repo.dir, 'bad.yaml'), config);
    const log = new CollectingLog();
    const error = await runSmokeJob(job(repo.dir, log, { configFile: 'bad.yaml' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as UserInputError).diagnostics).toEqual([
      {
        message: 'images.web.structure-tests: images/web/missing.yaml does not exist',
        location: { file: 'bad.yaml', line: 6, column: 56 },
        hint: 'Give the path of a container-structure-test file, relative to the repository root.',
      },
      { message: 'deploy.compose: deploy/nope.yaml does not exist', location: { file: 'bad.yaml', line: 8, column: 12 }, hint: 'Give compose files relative to the repository root.' },
    ]);
    expect(log.lines).toEqual([]);
  });
});
