/**
 * The parts of the build cache that decide things: the keys, the duration history merged and
 * carried from one run to the next through a real (local) cache store, the estimate line, and
 * when GitHub's cache service counts as there.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DirectoryCacheStore, githubCacheAvailable } from '../../../src/adapters/cache/index.js';
import type { ImageBuildResult } from '../../../src/app/build.js';
import {
  describeEstimates,
  DURATIONS_RESTORE_KEY,
  durationsCacheKey,
  layerCacheKeys,
  measuredDurations,
  parseCacheSpecs,
  restoreDurations,
  saveDurations,
  type CacheLog,
  type DurationsLocation,
} from '../../../src/app/build-cache.js';
import { recordDurations, type Outcome } from '../../../src/core/schedule/index.js';

const KEY = 'c0ffee'.repeat(10) + 'abcd';

function built(image: string, status: 'built' | 'reused', seconds: number): [string, Outcome<ImageBuildResult>] {
  return [image, { status: 'built', seconds, result: { image, status, digest: '', ref: '', buildKey: KEY, builder: 'docker', seconds } }];
}

describe('cache keys', () => {
  it('layer cache: the image and its build key, restored by the image', () => {
    expect(layerCacheKeys('base', KEY)).toEqual({ primary: `image-actions-base:${KEY}`, restore: ['image-actions-base:'] });
  });

  it("layer cache keys of one image never start another's restore prefix, nor the durations'", () => {
    const variant = layerCacheKeys('python-slim', KEY).primary;
    expect(variant.startsWith(layerCacheKeys('python', KEY).restore[0] as string)).toBe(false);
    expect(layerCacheKeys('durations', KEY).primary.startsWith(DURATIONS_RESTORE_KEY)).toBe(false);
  });

  it('durations: one key per run attempt and job, all under one restore prefix', () => {
    expect(durationsCacheKey('9876', '2')).toBe('image-actions-durations-9876-2');
    expect(durationsCacheKey('9876', '1', 'build wave/2')).toBe('image-actions-durations-9876-1-build_wave_2');
    expect(durationsCacheKey('9876', '1', 'x').startsWith(DURATIONS_RESTORE_KEY)).toBe(true);
  });
});

describe('parseCacheSpecs', () => {
  it('takes one spec per line, without blank lines and comments', () => {
    expect(parseCacheSpecs('type=gha,scope={image}\n\n  # registry too\n type=registry,ref={repository}:cache \n')).toEqual([
      'type=gha,scope={image}',
      'type=registry,ref={repository}:cache',
    ]);
  });
});

describe('durations between runs', () => {
  let root: string;
  const messages: string[] = [];
  const log: CacheLog = { info: (m) => messages.push(m), warn: (m) => messages.push(`warning: ${m}`), notice: (m) => messages.push(`notice: ${m}`) };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'durations-'));
    messages.length = 0;
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('records only images really built, merged into the history', () => {
    const outcomes = new Map([
      built('base', 'built', 40),
      built('app', 'reused', 0.4),
      ['broken', { status: 'failed', error: new Error('x'), seconds: 3 }] as [string, Outcome<ImageBuildResult>],
      ['child', { status: 'skipped', failedAncestors: ['broken'], reason: 'broken failed' }] as [string, Outcome<ImageBuildResult>],
    ]);
    const measured = measuredDurations(outcomes);
    expect(measured).toEqual({ base: 40 });
    expect(recordDurations({ base: 20, app: 30 }, measured)).toEqual({ app: 30, base: 30 });
  });

  it('carries the history from one run to the next through the cache store', async () => {
    const store = new DirectoryCacheStore(join(root, 'entries'));
    const location = (run: string): DurationsLocation => ({ store, workDir: join(root, 'work'), saveKey: durationsCacheKey(run, '1') });

    const first = await restoreDurations(location('1'), log);
    expect(first).toEqual({ history: {} });
    await saveDurations(location('1'), recordDurations(first.history, { base: 40, app: 10 }), log);

    const second = await restoreDurations(location('2'), log);
    expect(second).toEqual({ history: { app: 10, base: 40 }, key: 'image-actions-durations-1-1' });
    await saveDurations(location('2'), recordDurations(second.history, { base: 20 }), log);

    // The newest history wins, and the older entries are pruned to the last few.
    expect(await restoreDurations(location('3'), log)).toEqual({ history: { app: 10, base: 30 }, key: 'image-actions-durations-2-1' });
    expect(messages.filter((m) => m.startsWith('warning'))).toEqual([]);
  });

  it('turns a broken history file into no history and a warning, never an error', async () => {
    const store = new DirectoryCacheStore(join(root, 'entries'));
    const workDir = join(root, 'work');
    mkdirSync(workDir, { recursive: true });
    writeFileSync(join(workDir, 'durations.json'), 'not json');
    await store.save([workDir], 'image-actions-durations-1-1');
    expect(await restoreDurations({ store, workDir, saveKey: 'image-actions-durations-2-1' }, log)).toEqual({ history: {} });
    expect(messages.some((m) => m.startsWith('warning: build durations not restored'))).toBe(true);
  });
});

describe('describeEstimates', () => {
  it('says when there is no history', () => {
    expect(describeEstimates({}, ['a', 'b'])).toBe('durations: no history: equal estimates');
  });

  it('counts the recorded builds and gives each image its estimate, the median for a new one', () => {
    expect(describeEstimates({ base: 30.5, app: 10, tool: 4 }, ['app', 'new', 'base'])).toBe(
      'durations: estimates from 3 recorded builds: app 10 s, base 30.5 s, new 10 s (no record: median)',
    );
    expect(describeEstimates({ base: 1.234 }, ['base'])).toBe('durations: estimates from 1 recorded build: base 1.23 s');
  });
});

describe("GitHub's cache service", () => {
  afterEach(() => vi.unstubAllEnvs());
  const env = (values: Record<string, string>): void => {
    for (const name of ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2']) vi.stubEnv(name, values[name] ?? '');
    vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com');
  };

  it('is there when the variable the library needs for its service version is set', () => {
    env({});
    expect(githubCacheAvailable()).toBe(false);
    env({ ACTIONS_CACHE_URL: 'https://acghubeus1.actions.githubusercontent.com/x/' });
    expect(githubCacheAvailable()).toBe(true);
    // Cache service v2 (what hosted runners use now) needs ACTIONS_RESULTS_URL.
    env({ ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_CACHE_URL: 'https://acghubeus1.actions.githubusercontent.com/x/' });
    expect(githubCacheAvailable()).toBe(false);
    env({ ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: 'https://results-receiver.actions.githubusercontent.com/' });
    expect(githubCacheAvailable()).toBe(true);
  });
});
