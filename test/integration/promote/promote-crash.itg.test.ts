/**
 * Interrupted promotions. The CLI (`dist/cli/index.js promote`, the bundled program) runs as a
 * child process against a real registry behind a gate proxy; once the registry has answered a
 * chosen number of manifest PUTs, the proxy holds every further request and the test SIGKILLs
 * the process there: a crash half-way, at a known point. A re-run completes the promotion and
 * ends in exactly the state of an uninterrupted run.
 *
 * Also: the temporary tag moving between the check and the copy (held at the same gate) does
 * not change what lands in the target: what was read, and checked against `require`, is what
 * is promoted.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/reference.js';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { promote } from '../../../src/app/promote.js';
import { makeImage, makeMultiPlatformIndex, type FixtureManifest } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { REPO_ROOT } from '../../support/action-runner.js';
import { runNode, type ProcessRun } from '../../support/process.js';
import { startGateProxy, type GateProxy } from './gate-proxy.js';
import { consumerRepo, pushAll, registryState } from './support.js';

const CLI = join(REPO_ROOT, 'dist/cli/index.js');
const FROM = 'pr-5-0a1b2c3';
const TAGS = ['latest', 'sha-0a1b2c3', 'main'];
const NAMES = ['alpha', 'beta', 'gamma'];

let registry: RunningRegistry;
let gate: GateProxy;
let direct: RegistryClient;
let images: Record<string, FixtureManifest>;
let root: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build it with \`bash scripts/build.sh\``);
  registry = await startRegistry();
  gate = await startGateProxy(registry.host);
  direct = new RegistryClient();
  // alpha is an index, so an interrupted copy can stop between its children and itself.
  images = { alpha: makeMultiPlatformIndex({ layers: 1 }), beta: makeImage({ layers: 2 }), gamma: makeImage({ layers: 1 }) };
  root = consumerRepo({ registry: `${gate.host}/unused`, images: NAMES }).repo.dir;
});

afterAll(async () => {
  await direct?.close();
  await gate?.stop();
  await registry?.stop();
});

/**
 * `image-actions promote` as a process. With `killWhen`, the process is SIGKILLed as soon as
 * that promise resolves (the gate is holding: nothing more can reach the registry).
 */
function runCli(args: readonly string[], killWhen?: Promise<void>): Promise<ProcessRun> {
  return runNode(CLI, ['promote', '--root', root, ...args], killWhen ? { killWhen } : {});
}

function tagArgs(): string[] {
  return TAGS.flatMap((t) => ['--tag', t]);
}

function seed(namespace: string): Promise<void> {
  return pushAll(direct, registry.host, FROM, Object.fromEntries(NAMES.map((n) => [`${namespace}/${n}`, images[n]!])));
}

async function stateOf(namespace: string, repositories: readonly string[]): Promise<Record<string, Record<string, string>>> {
  const state = await registryState(direct, registry.host, repositories.map((r) => `${namespace}/${r}`));
  return Object.fromEntries(Object.entries(state).map(([repo, tags]) => [repo.slice(namespace.length + 1), tags]));
}

function states(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => /^ {2}\S+\s+(new|unchanged)$/.test(l))
    .map((l) => l.trim().split(/\s+/)[1]!);
}

describe('a promote killed half-way', () => {
  it('within repositories: the re-run completes it, ending as an uninterrupted run does', async () => {
    await seed('clean');
    const clean = await runCli(['--from', FROM, '--registry', `${gate.host}/clean`, ...tagArgs()]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(states(clean.stdout)).toEqual(Array(9).fill('new'));
    const expected = await stateOf('clean', NAMES);

    await seed('crash');
    const hold = gate.holdAfter('PUT manifest', 4); // four of the nine tags (images move in parallel)
    const killed = await runCli(['--from', FROM, '--registry', `${gate.host}/crash`, ...tagArgs()], hold);
    gate.release();
    expect(killed.signal).toBe('SIGKILL');
    const half = await stateOf('crash', NAMES);
    // Half-way for real: some tags moved, some did not. At least the four PUTs answered before
    // the hold; PUTs of other images already on their way when it began may have landed too.
    const landed = Object.values(half).reduce((n, tags) => n + Object.keys(tags).length, 0) - NAMES.length;
    expect(landed).toBeGreaterThanOrEqual(4);
    expect(landed).toBeLessThan(9);

    const rerun = await runCli(['--from', FROM, '--registry', `${gate.host}/crash`, ...tagArgs()]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(states(rerun.stdout).sort()).toEqual([...Array(9 - landed).fill('new'), ...Array(landed).fill('unchanged')]);
    expect(await stateOf('crash', NAMES)).toEqual(expected);
  });

  it('into another repository, between the children of an index and the index: the re-run completes it', async () => {
    const releases = NAMES.map((n) => `release/${n}`);
    const args = (ns: string) => ['--from', FROM, '--registry', `${gate.host}/${ns}`, '--to-registry', `${gate.host}/${ns}/release`, ...tagArgs()];
    await seed('xclean');
    const clean = await runCli(args('xclean'));
    expect(clean.code, clean.stderr).toBe(0);
    const expected = await stateOf('xclean', [...NAMES, ...releases]);
    expect(expected['release/alpha']).toEqual(Object.fromEntries(TAGS.map((t) => [t, images['alpha']!.digest])));

    await seed('xcrash');
    // Only alpha in the killed run, so the first manifest PUT is surely its first child's.
    const hold = gate.holdAfter('PUT manifest', 1);
    const killed = await runCli([...args('xcrash'), 'alpha'], hold);
    gate.release();
    expect(killed.signal).toBe('SIGKILL');
    const half = await stateOf('xcrash', releases);
    expect(Object.values(half).every((tags) => Object.keys(tags).length === 0)).toBe(true); // no tag yet
    const alpha = images['alpha'] as Extract<FixtureManifest, { kind: 'index' }>;
    expect(await direct.headManifest(parseReference(`${registry.host}/xcrash/release/alpha@${alpha.images[0]!.digest}`))).toBeDefined();

    const rerun = await runCli(args('xcrash'));
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(states(rerun.stdout)).toEqual(Array(9).fill('new'));
    expect(await stateOf('xcrash', [...NAMES, ...releases])).toEqual(expected);
    for (const child of alpha.images) {
      expect(await direct.headManifest(parseReference(`${registry.host}/xcrash/release/alpha@${child.digest}`))).toBeDefined();
    }
  });
});

describe('the temporary tag moving during a promotion', () => {
  it('does not change what lands: the digest read and checked is the one promoted', async () => {
    const tested = makeImage({ layers: 1 });
    const later = makeImage({ layers: 1 });
    await pushAll(direct, registry.host, FROM, { 'race/app': tested });
    const client = new RegistryClient();
    try {
      // Hold once the source manifest has been read (and `require` checked against it)…
      const hold = gate.holdAfter('GET manifest', 1);
      const running = promote(
        client,
        [{ image: 'app', source: parseReference(`${gate.host}/race/app:${FROM}`), target: parseReference(`${gate.host}/race/release:${FROM}`), tags: ['latest'] }],
        { dryRun: false, require: new Map([['app', tested.digest]]), log: () => undefined },
      );
      await hold;
      // …then push another build under the temporary tag, behind the promoter's back.
      await pushAll(direct, registry.host, FROM, { 'race/app': later });
      gate.release();
      const [outcome] = await running;
      expect(outcome!.digest).toBe(tested.digest);
    } finally {
      await client.close();
    }
    expect((await direct.headManifest(parseReference(`${registry.host}/race/release:latest`)))?.digest).toBe(tested.digest);
  });
});
