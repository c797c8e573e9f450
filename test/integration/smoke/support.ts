/**
 * Shared by the smoke integration tests: the examples/ repository made runnable offline (the
 * static busybox its base is made of, socat and a certificate from examples/deploy/prepare.sh),
 * pointed at a loopback registry and built there with the real build use case, and what Docker
 * says is left of a compose project afterwards.
 */
import { removeLocalImages } from '../../harness/local-images.js';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildOutputs, runBuild } from '../../../src/app/build-run.js';
import type { SmokeLogger } from '../../../src/app/smoke.js';
import { projectResources } from '../../../src/adapters/compose/docker.js';
import type { RegistryClient } from '../../../src/adapters/registry/index.js';
import { REPO_ROOT } from '../../support/action-runner.js';
import { TestRepo } from '../../support/git-repo.js';

export const EXAMPLE_DEPLOYED = ['app', 'web', 'web-tls'] as const;
/** What the deployment needs built: the deployed images and their parents. */
export const EXAMPLE_BUILT = ['app', 'base', 'runtime', 'web', 'web-tls'] as const;

export interface ExampleOptions {
  /** `<registry host>/<namespace>`, written into images.yaml. */
  readonly registry: string;
  /** The name the certificate is made for. */
  readonly serverName?: string;
  /** Leave socat out of web-tls (a broken image: its file and command tests fail). */
  readonly withoutSocat?: boolean;
}

/** examples/ in a git repository of its own, ready to build and deploy offline. */
export function exampleRepo(options: ExampleOptions): TestRepo {
  const repo = TestRepo.init('main');
  repo.copyIn(join(REPO_ROOT, 'examples'));
  const file = join(repo.dir, 'images.yaml');
  const config = readFileSync(file, 'utf8');
  const rewritten = config.replace(/^registry: .*$/m, `registry: ${options.registry}`);
  expect(rewritten).not.toBe(config);
  writeFileSync(file, rewritten);
  mkdirSync(join(repo.dir, 'images/base/rootfs/bin'), { recursive: true });
  copyFileSync('/bin/busybox', join(repo.dir, 'images/base/rootfs/bin/busybox'));
  execFileSync('bash', [join(repo.dir, 'deploy/prepare.sh'), options.serverName ?? 'localhost'], { stdio: 'pipe' });
  if (options.withoutSocat) execFileSync('rm', ['-rf', join(repo.dir, 'images/web/tls/rootfs/usr')]);
  repo.commit({}, 'examples');
  return repo;
}

/** Builds and pushes `images` under `tag` with the build use case; returns image → digest. */
export async function buildExamples(repo: TestRepo, client: RegistryClient, images: readonly string[], tag: string): Promise<Record<string, string>> {
  const build = await runBuild({
    root: repo.dir,
    configFile: 'images.yaml',
    images,
    tag,
    builder: 'docker',
    parallel: 2,
    reuse: true,
    push: true,
    insecureRegistries: [],
    revision: repo.head(),
    client,
    lsRemote: () => Promise.reject(new Error('the examples have no upstream sources')),
    log: { info: () => undefined, warn: () => undefined, forImage: () => ({ line: () => undefined, close: () => undefined }) },
  });
  const outputs = buildOutputs(build);
  expect(outputs.failed, JSON.stringify([...build.outcomes].filter(([, o]) => o.status === 'failed').map(([i, o]) => [i, String((o as { error?: unknown }).error)]))).toEqual([]);
  return outputs.digests;
}

/** Collects what smoke logs, for assertions and for a failing test's message. */
export class CollectingLog implements SmokeLogger {
  readonly lines: string[] = [];
  readonly groups: { title: string; lines: readonly string[] }[] = [];
  info(message: string): void {
    this.lines.push(message);
  }
  warn(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  group(title: string, lines: readonly string[]): void {
    this.groups.push({ title, lines });
  }
  text(): string {
    return this.lines.join('\n');
  }
}

/** Asserts that no container, network or volume of the compose project remains. */
export async function expectNothingLeft(project: string): Promise<void> {
  expect(project).toMatch(/^ia-smoke-/);
  expect(await projectResources(project)).toEqual({ containers: [], networks: [], volumes: [] });
}

/** Removes every local image of the registry (they were pulled for the deployment). */
export async function removePulledImages(registryHost: string): Promise<void> {
  await removeLocalImages('docker', 'docker', registryHost);
}
