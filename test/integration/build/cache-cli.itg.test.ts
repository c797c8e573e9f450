/**
 * `image-actions build --cache-dir DIR` run as separate processes (dist/cli/index.js), as a
 * developer or a non-GitHub CI would:
 *
 * - the first run has no history (equal estimates), builds the tree with the docker builder,
 *   saves each image's layers and the measured durations into DIR;
 * - the second run (--no-reuse, the same content) reads the first run's durations (the estimate
 *   line shows exactly what the first run recorded) and restores each image's layers: the root
 *   by its exact key (nothing new to save), the others by their image's prefix;
 * - a third run, without --cache-dir, reuses everything: its progress lines say "reusing", and
 *   as nothing is built it says nothing about a layer cache.
 *
 * The source label comes from the origin remote, without the credentials in its URL.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEstimates, DURATIONS_RESTORE_KEY } from '../../../src/app/build-cache.js';
import { DirectoryCacheStore } from '../../../src/adapters/cache/index.js';
import { RegistryClient } from '../../../src/adapters/registry/index.js';
import { parseDurationHistory } from '../../../src/core/schedule/index.js';
import { parseReference } from '../../../src/core/reference.js';
import { removeLocalImages } from '../../harness/local-images.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import type { TestRepo } from '../../support/git-repo.js';
import { runCli, TREE_IMAGES, treeRepo } from './support.js';

describe('image-actions build --cache-dir (CLI processes)', () => {
  let registry: RunningRegistry;
  let repo: TestRepo;
  let cacheDir: string;
  let client: RegistryClient;
  let prefix: string;

  beforeAll(async () => {
    registry = await startRegistry();
    prefix = `${registry.host}/cli-cache`;
    repo = treeRepo(prefix);
    repo.git('remote', 'add', 'origin', 'https://x-access-token:ghs_not_a_real_token@github.com/acme/images.git');
    cacheDir = mkdtempSync(join(tmpdir(), 'cli-cache-'));
    client = new RegistryClient();
  });

  afterAll(async () => {
    if (registry) await removeLocalImages('docker', 'docker', registry.host);
    await client?.close();
    await registry?.stop();
    if (repo) rmSync(repo.dir, { recursive: true, force: true });
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  });

  const cli = (...args: string[]): ReturnType<typeof runCli> =>
    runCli(['build', '--all', '--tag', 'pr-5-abcdef0', '--builder', 'docker', '--parallel', '2', ...args], { cwd: repo.dir, timeoutMs: 240_000 });

  /** The duration history the store holds now (what the next run will restore). */
  async function storedHistory(): Promise<Record<string, number>> {
    const store = new DirectoryCacheStore(join(cacheDir, 'entries'));
    const into = mkdtempSync(join(tmpdir(), 'durations-read-'));
    try {
      const key = await store.restore([into], `${DURATIONS_RESTORE_KEY}none`, [DURATIONS_RESTORE_KEY]);
      expect(key).toBeDefined();
      return { ...parseDurationHistory(JSON.parse(readFileSync(join(into, 'durations.json'), 'utf8'))) };
    } finally {
      rmSync(into, { recursive: true, force: true });
    }
  }

  it('records durations in the first run and schedules the second with them; layers come back from the cache directory', async () => {
    const first = await cli('--cache-dir', cacheDir);
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stderr).toContain('durations: no history: equal estimates');
    for (const image of TREE_IMAGES) {
      expect(first.stderr).toMatch(new RegExp(`^${image}: layer cache: no entry for image-actions-${image}:\\*$`, 'm'));
      expect(first.stderr).toMatch(new RegExp(`^${image}: layer cache saved as image-actions-${image}:[0-9a-f]{64} \\(`, 'm'));
    }
    expect(first.stderr).toMatch(/^build durations saved as image-actions-durations-\d+-\d+ \(4 images\)$/m);
    const recorded = await storedHistory();
    expect(Object.keys(recorded).sort()).toEqual([...TREE_IMAGES]);

    // The source label: the origin remote, without its credentials.
    const digest = (await client.headManifest(parseReference(`${prefix}/base:pr-5-abcdef0`)))?.digest;
    const { labels } = await client.getImageConfig(parseReference(`${prefix}/base@${digest}`));
    expect(labels['org.opencontainers.image.source']).toBe('https://github.com/acme/images');
    expect(first.stderr).not.toContain('ghs_not_a_real_token');

    const second = await cli('--cache-dir', cacheDir, '--no-reuse');
    expect(second.exitCode, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/^build durations restored from image-actions-durations-\d+-\d+$/m);
    // The first run's measurements, as the scheduler estimates them.
    expect(second.stderr).toContain(describeEstimates(recorded, [...TREE_IMAGES]));
    expect(second.stderr).toContain('durations: estimates from 4 recorded builds: base ');
    // base is rebuilt unchanged: its own entry, exactly, and nothing new to save. Its new digest
    // (a new created label) changes its children's build keys: they restore the newest entry of
    // their image and save one under the new key.
    expect(second.stderr).toMatch(/^base: layer cache restored from image-actions-base:[0-9a-f]{64} \(exact\): /m);
    expect(second.stderr).not.toMatch(/^base: layer cache saved as/m);
    for (const image of TREE_IMAGES.filter((name) => name !== 'base')) {
      const savedFirst = new RegExp(`^${image}: layer cache saved as (image-actions-${image}:[0-9a-f]{64}) `, 'm').exec(first.stderr)?.[1];
      expect(second.stderr).toContain(`${image}: layer cache restored from ${savedFirst}: `);
      expect(second.stderr).toMatch(new RegExp(`^${image}: layer cache saved as image-actions-${image}:[0-9a-f]{64} \\(`, 'm'));
    }
    // The second run's measurements are merged in (moving averages), for the run after.
    const merged = await storedHistory();
    expect(Object.keys(merged).sort()).toEqual([...TREE_IMAGES]);
  });

  it('says "reusing" for images whose build key exists, and builds (and probes) nothing', async () => {
    const third = await cli();
    expect(third.exitCode, third.stderr).toBe(0);
    expect(third.stderr).toContain('[1/4] reusing base (wave 1, critical path 3)');
    expect(third.stderr).not.toMatch(/\] building /);
    expect(third.stderr).toContain('durations: no history: equal estimates');
    expect(third.stderr).not.toContain('Layer cache across runs');
    expect(third.stderr).not.toContain('builder: docker');
  });
});
