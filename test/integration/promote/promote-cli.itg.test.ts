/**
 * `image-actions promote` as users run it: the bundled CLI (`node dist/cli/index.js promote
 * --from T …`) as a process, in a git repository whose images.yaml points at a real registry
 * (behind a counting proxy, so a dry run can be shown to send no PUT).
 */
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { startFaultProxy, type FaultProxy } from '../../harness/fault-proxy.js';
import { makeImage, makeMultiPlatformIndex } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { REPO_ROOT } from '../../support/action-runner.js';
import { tempDir } from '../../support/git-repo.js';
import { consumerRepo, pushAll, repositoryState } from './support.js';

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'dist/cli/index.js');
const FROM = 'pr-3-1122334';

let registry: RunningRegistry;
let proxy: FaultProxy;
let direct: RegistryClient;
let root: string;
let sha7: string;
const digests: Record<string, string> = {};

interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'promote', '--root', root, ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build it with \`bash scripts/build.sh\``);
  registry = await startRegistry();
  proxy = await startFaultProxy({ target: registry.host, rate: 0 });
  direct = new RegistryClient();
  const made = consumerRepo({ registry: `${proxy.host}/cli`, prefix: 'p-', images: ['api', 'db'], promoteTags: ['latest', 'sha-{sha7}'] });
  root = made.repo.dir;
  sha7 = made.sha.slice(0, 7);
  const api = makeImage({ layers: 1 });
  const db = makeMultiPlatformIndex({ layers: 1 });
  digests['api'] = api.digest;
  digests['db'] = db.digest;
  await pushAll(direct, registry.host, FROM, { 'cli/p-api': api, 'cli/p-db': db });
});

afterAll(async () => {
  await direct?.close();
  await proxy?.stop();
  await registry?.stop();
});

describe('image-actions promote', () => {
  it('--dry-run prints what would move and moves nothing', async () => {
    proxy.reset();
    const r = await cli('--from', FROM, '--dry-run');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`promoting from ${FROM} (the from input)`);
    expect(r.stdout).toBe(
      [
        `api ${digests['api']}`,
        `  ${'latest'.padEnd(24)} would-move`,
        `  ${`sha-${sha7}`.padEnd(24)} would-move`,
        `db ${digests['db']}`,
        `  ${'latest'.padEnd(24)} would-move`,
        `  ${`sha-${sha7}`.padEnd(24)} would-move`,
        'dry run: nothing was moved',
        '',
      ].join('\n'),
    );
    expect(proxy.requestCount('PUT manifest')).toBe(0);
    expect(await repositoryState(direct, registry.host, 'cli/p-api')).toEqual({ [FROM]: digests['api'] });
  });

  it('promotes for real (latest on the default branch, sha-<sha7>), with the minimum requests, and --json', async () => {
    proxy.reset();
    const r = await cli('--from', FROM, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      api: { [digests['api']!]: ['latest', `sha-${sha7}`] },
      db: { [digests['db']!]: ['latest', `sha-${sha7}`] },
    });
    expect(proxy.counts()).toEqual({ 'GET ping': 1, 'GET manifest': 2, 'HEAD manifest': 4, 'PUT manifest': 4 });
    for (const name of ['api', 'db']) {
      expect(await repositoryState(direct, registry.host, `cli/p-${name}`)).toEqual({ [FROM]: digests[name], latest: digests[name], [`sha-${sha7}`]: digests[name] });
    }
    const again = await cli('--from', FROM, 'api');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(`api ${digests['api']}\n  ${'latest'.padEnd(24)} unchanged\n  ${`sha-${sha7}`.padEnd(24)} unchanged\n`);
  });

  it('--tag, --ref and --to-registry: another branch gets no latest, into another repository', async () => {
    const r = await cli('--from', FROM, '--ref', 'refs/heads/Feature/X', '--tag', 'latest', '--tag', '{branch}', '--to-registry', `${proxy.host}/published`, 'db');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`db ${digests['db']}\n  ${'feature-x'.padEnd(24)} new\n`);
    expect(await repositoryState(direct, registry.host, 'published/p-db')).toEqual({ 'feature-x': digests['db'] });
  });

  it('--require: refuses a build that is not the tested one, and says what to do', async () => {
    const file = join(tempDir('ia-require-'), 'tested.json');
    const other = makeImage({ layers: 1 }).digest;
    writeFileSync(file, JSON.stringify({ api: other }));
    const r = await cli('--from', FROM, '--tag', 'release', '--require', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`api: ${proxy.host}/cli/p-api:${FROM} now points at ${digests['api']}, but smoke tested ${other}`);
    expect(r.stderr).toContain('Re-run the pipeline');
    expect(await repositoryState(direct, registry.host, 'cli/p-api')).not.toHaveProperty('release');
  });

  it('without --from: says it is needed', async () => {
    const r = await cli();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('promote needs --from TAG');
  });

  it('a --from with no build: names the reference', async () => {
    const r = await cli('--from', 'pr-404-0000000', 'api');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${proxy.host}/cli/p-api:pr-404-0000000`);
    expect(r.stderr).toMatch(/404/);
  });
});
