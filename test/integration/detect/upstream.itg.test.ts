/**
 * The source, base and new reasons against a real registry (CNCF distribution on loopback)
 * and a real git remote (a bare repository reached by file:// URL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detect } from '../../../src/app/detect.js';
import { registryUpstreamChecker, SOURCES_LABEL, BASE_NAME_LABEL, BASE_DIGEST_LABEL } from '../../../src/app/upstream.js';
import { lsRemote } from '../../../src/adapters/git/ls-remote.js';
import { RegistryClient } from '../../../src/adapters/registry/index.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { makeImage, pushImage } from '../../harness/oci-fixtures.js';
import { TestRepo, git } from '../../support/git-repo.js';

let registry: RunningRegistry;
let client: RegistryClient;
let upstream: TestRepo;
let upstreamBare: string;
let project: TestRepo;

const schedule = (sha: string) => ({ eventName: 'schedule', payload: { schedule: '0 3 * * *' }, sha, ref: 'refs/heads/main', runId: '1', now: new Date() });

async function runDetect() {
  const warnings: string[] = [];
  const result = await detect({
    root: project.dir,
    configFile: 'images.yaml',
    context: schedule(project.head()),
    overrides: { all: false, images: [] },
    upstream: registryUpstreamChecker({ client, registry: `${registry.host}/acme`, lsRemote: (url, ref) => lsRemote(url, ref), log: () => undefined }),
    warn: (m) => warnings.push(m),
    info: () => undefined,
  });
  return Object.fromEntries(result.reasons);
}

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient();
  upstream = TestRepo.init();
  upstream.commit({ 'README': 'v1' });
  upstreamBare = upstream.bareClone();

  project = TestRepo.init();
  project.commit({
    'images.yaml': [
      'version: 1',
      `registry: ${registry.host}/acme`,
      'images:',
      '  app:',
      '    sources:',
      `      - { name: up, url: "file://${upstreamBare}", ref: main }`,
      'tags:',
      '  promote: [latest, "sha-{sha7}"]',
      '',
    ].join('\n'),
    'images/base/Dockerfile': 'FROM scratch\n',
    'images/app/Dockerfile': `FROM ${registry.host}/ext/debian:12\n`,
    'images/tool/Dockerfile': `FROM ${registry.host}/acme/base:latest\n`,
  });

  const external = await pushImage(client, `${registry.host}/ext/debian:12`, makeImage());
  await pushImage(client, `${registry.host}/acme/base:latest`, makeImage());
  await pushImage(
    client,
    `${registry.host}/acme/app:latest`,
    makeImage({
      labels: {
        [SOURCES_LABEL]: JSON.stringify({ up: upstream.head() }),
        [BASE_NAME_LABEL]: `${registry.host}/ext/debian:12`,
        [BASE_DIGEST_LABEL]: external,
      },
    }),
  );
});

afterAll(async () => {
  await client?.close();
  await registry?.stop();
});

describe('upstream reasons', () => {
  it('new for an image never promoted; nothing for images whose sources and bases stand still', async () => {
    // tool has no latest tag; its parent base is unchanged, so only tool itself.
    expect(await runDetect()).toEqual({ tool: ['new'] });
  });

  it('source when the upstream ref moves', async () => {
    upstream.commit({ README: 'v2' });
    git(upstream.dir, 'push', '-q', upstreamBare, 'main');
    expect(await runDetect()).toEqual({ app: ['source'], tool: ['new'] });
  });

  it('base when the external base now resolves to another digest', async () => {
    await pushImage(client, `${registry.host}/ext/debian:12`, makeImage());
    expect(await runDetect()).toEqual({ app: ['source', 'base'], tool: ['new'] });
  });

  it('an unreachable registry is an error, not "nothing changed"', async () => {
    const unreachable = new RegistryClient({ retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, maxElapsedMs: 1000 } });
    const checker = registryUpstreamChecker({ client: unreachable, registry: '127.0.0.1:1/acme', lsRemote: (u, r) => lsRemote(u, r), log: () => undefined });
    const projectLike = await import('../../../src/app/project.js').then((m) => m.loadProject({ root: project.dir, configFile: 'images.yaml' }));
    await expect(checker.check(projectLike, ['base'])).rejects.toThrow();
    await unreachable.close();
  });

  it('ls-remote names the missing ref', async () => {
    await expect(lsRemote(`file://${upstreamBare}`, 'no-such-branch')).rejects.toThrow(/no ref "no-such-branch"/);
    expect(await lsRemote(`file://${upstreamBare}`, 'main')).toBe(upstream.head());
  });
});
