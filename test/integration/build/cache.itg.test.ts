/**
 * The layer cache across runs, with each real builder that needs one, through the build use case
 * and the local cache store (what `--cache-dir` uses; the GitHub store is the same interface):
 *
 * 1. a first build saves the image's layers under `image-actions-<image>:<build key>`;
 * 2. the builder's own store is wiped (docker: the images untagged by reference and, for
 *    BuildKit, this build's cache records pruned by ID; buildah: a fresh storage root), the
 *    context changes outside what the Dockerfile copies (a new build key, so nothing is reused
 *    by key), and the second build restores the entry by its restore prefix: the builder reports
 *    the RUN step as cached and the pushed layers are byte-for-byte the first build's, although
 *    the RUN writes a timestamp;
 * 3. a control build on a wiped store, with a store that fails both ways, runs the RUN again
 *    (a different layer), proving the wipe, and still succeeds with two warnings.
 *
 * Every Dockerfile carries a token of its own in the RUN command, so that no other test's build
 * on the shared daemon can hand this one a cached step.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImages, type BuildRun, type ImageBuildResult } from '../../../src/app/build.js';
import { layerCacheKeys, type BuildCacheSettings } from '../../../src/app/build-cache.js';
import { createBuilder, DockerBuilder, type Builder } from '../../../src/adapters/builders/index.js';
import { DirectoryCacheStore, dockerCacheReference, type LayerCacheStore } from '../../../src/adapters/cache/index.js';
import { run } from '../../../src/adapters/process/run.js';
import { RegistryClient } from '../../../src/adapters/registry/index.js';
import { BUSYBOX } from '../../harness/busybox.js';
import { removeLocalImages } from '../../harness/local-images.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { tempDir, TestRepo } from '../../support/git-repo.js';
import { CapturingLogger, pushedImage, type PushedImage } from './support.js';

interface Variant {
  readonly name: string;
  /** The builder for a stage; buildah gets a fresh storage root for each. */
  builder(stage: string): Promise<Builder>;
  /** Empties the builder's store of everything this test built. */
  wipe(token: string): Promise<void>;
  /** Whether the builder's output says the RUN step was taken from the cache. */
  runStepCached(lines: readonly string[]): boolean;
  cleanUp(): Promise<void>;
}

/** The line after the RUN step's header is the legacy builder's `---> Using cache`. */
function legacyRunCached(lines: readonly string[]): boolean {
  const step = lines.findIndex((line) => /^Step \d+\/\d+ : RUN /.test(line));
  return step >= 0 && lines[step + 1]?.trim() === '---> Using cache';
}

/** BuildKit numbers its vertices: `#6 [3/3] RUN …` then `#6 CACHED`. */
function buildkitRunCached(lines: readonly string[]): boolean {
  const vertex = lines.map((line) => /^(#\d+) \[\d+\/\d+\] RUN /.exec(line)?.[1]).find((v) => v !== undefined);
  return vertex !== undefined && lines.includes(`${vertex} CACHED`);
}

function buildahRunCached(lines: readonly string[]): boolean {
  const step = lines.findIndex((line) => /^STEP \d+\/\d+: RUN /.test(line));
  return step >= 0 && /^--> Using cache [0-9a-f]{64}$/.test(lines[step + 1] ?? '');
}

function dockerVariant(name: string, cli: string, mode: 'legacy' | 'buildkit', registryHost: () => string): Variant {
  let builder: Promise<Builder> | undefined;
  return {
    name,
    builder: () => (builder ??= createBuilder('docker', { docker: cli })),
    async wipe(token) {
      await removeLocalImages('docker', cli, registryHost());
      if (mode !== 'buildkit') return;
      // BuildKit keeps its own records of the steps it ran; this build's are found by the token
      // in their description and pruned one by one (other tests' records are left alone).
      const df = await run(cli, ['system', 'df', '--verbose', '--format', '{{json .BuildCache}}']);
      const records = JSON.parse(df.stdout.trim() || '[]') as { ID: string; Description?: string }[];
      for (const record of records.filter((r) => r.Description?.includes(token))) {
        const pruned = await run(cli, ['builder', 'prune', '--force', '--filter', `id=${record.ID}`]);
        expect(pruned.exitCode, pruned.stderr).toBe(0);
      }
    },
    runStepCached: mode === 'legacy' ? legacyRunCached : buildkitRunCached,
    cleanUp: () => removeLocalImages('docker', cli, registryHost()),
  };
}

function buildahVariant(): Variant {
  const roots: string[] = [];
  return {
    name: 'buildah',
    async builder(stage) {
      // A storage root of its own: a store that has never seen this build.
      const root = tempDir(`buildah-${stage}-`);
      roots.push(root);
      const conf = join(root, 'storage.conf');
      writeFileSync(conf, `[storage]\ndriver = "vfs"\ngraphroot = "${join(root, 'graph')}"\nrunroot = "${join(root, 'run')}"\n`);
      return createBuilder('buildah', { env: { ...process.env, CONTAINERS_STORAGE_CONF: conf } });
    },
    wipe: () => Promise.resolve(),
    runStepCached: buildahRunCached,
    cleanUp: () => {
      for (const root of roots) rmSync(root, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

function resultOf(run: BuildRun, image: string): ImageBuildResult {
  const outcome = run.outcomes.get(image);
  if (outcome?.status !== 'built') throw new Error(`${image} did not build: ${outcome?.status === 'failed' ? String(outcome.error) : outcome?.status}`);
  return outcome.result;
}

/** A store that fails both ways: the build must go on with warnings. */
const brokenStore: LayerCacheStore = {
  description: 'a broken store',
  restore: () => Promise.reject(new Error('the cache disk is on fire')),
  save: () => Promise.reject(new Error('the cache disk is still on fire')),
};

let registry: RunningRegistry;
let client: RegistryClient;

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient();
});

afterAll(async () => {
  await client?.close();
  await registry?.stop();
});

describe.each([
  ['docker (legacy builder, docker CLI 28)', () => dockerVariant('docker-legacy', 'docker', 'legacy', () => registry.host)],
  ['docker (BuildKit, docker CLI 20.10)', () => dockerVariant('docker-buildkit', '/usr/bin/docker', 'buildkit', () => registry.host)],
  ['buildah (--layers, vfs)', buildahVariant],
] as const)('layer cache with %s', (_title, makeVariant) => {
  const variant = makeVariant();
  const token = randomBytes(8).toString('hex');
  let repo: TestRepo;
  let cacheRoot: string;
  let store: DirectoryCacheStore;
  let settings: BuildCacheSettings;

  beforeAll(() => {
    repo = TestRepo.init('main');
    mkdirSync(join(repo.dir, 'images/stamp'), { recursive: true });
    copyFileSync(BUSYBOX, join(repo.dir, 'images/stamp/busybox'));
    repo.commit(
      {
        'images.yaml': `version: 1\nregistry: ${registry.host}/${variant.name}\n`,
        'images/stamp/Dockerfile': [
          'FROM scratch',
          'COPY busybox /bin/busybox',
          // The timestamp makes the layer differ whenever the step really runs.
          `RUN ["/bin/busybox", "sh", "-c", "echo ${token} > /token && /bin/busybox date +%s%N > /stamp"]`,
          '',
        ].join('\n'),
        'images/stamp/notes.txt': 'in the context, copied by nothing\n',
      },
      'the stamp image',
    );
    cacheRoot = tempDir('layer-cache-');
    store = new DirectoryCacheStore(join(cacheRoot, 'entries'));
    // Not a valid image name as a path (uppercase, `_` first): buildah pulls through a link.
    settings = { layers: { store, workDir: join(cacheRoot, '_Work') }, github: false, push: true };
  });

  afterAll(async () => {
    await variant.cleanUp();
    if (repo) rmSync(repo.dir, { recursive: true, force: true });
    if (cacheRoot) rmSync(cacheRoot, { recursive: true, force: true });
  });

  const build = async (builder: Builder, cache: BuildCacheSettings | undefined): Promise<{ result: ImageBuildResult; log: CapturingLogger; image: PushedImage }> => {
    const log = new CapturingLogger();
    const built = await buildImages({
      root: repo.dir,
      configFile: 'images.yaml',
      images: ['stamp'],
      tag: 'pr-1-aaaaaaa',
      builder,
      client,
      parallel: 1,
      reuse: true,
      push: true,
      revision: repo.head(),
      lsRemote: () => Promise.reject(new Error('no upstream sources here')),
      ...(cache ? { cache } : {}),
      now: new Date(),
      log,
    });
    const result = resultOf(built, 'stamp');
    expect(result.status).toBe('built');
    return { result, log, image: await pushedImage(client, result.ref) };
  };

  it('restores the layers into a wiped builder store: the RUN step is not run again and its layer is the same', async () => {
    // 1. A first build: a miss, then the layers are saved under the image and its build key.
    const firstBuilder = await variant.builder('first');
    if (firstBuilder instanceof DockerBuilder) expect(firstBuilder.mode).toBe(variant.name === 'docker-legacy' ? 'legacy' : 'buildkit');
    const first = await build(firstBuilder, settings);
    const firstKeys = layerCacheKeys('stamp', first.result.buildKey);
    expect(first.log.messages).toContain('stamp: layer cache: no entry for image-actions-stamp:*');
    expect(first.log.messages.some((m) => m.startsWith(`stamp: layer cache saved as ${firstKeys.primary} (`)), first.log.messages.join('\n')).toBe(true);
    expect(variant.runStepCached(first.log.linesOf('stamp'))).toBe(false);
    expect(await store.keys()).toEqual([firstKeys.primary]);

    // 2. A wiped store, a new build key: the layers come from the cache entry alone.
    await variant.wipe(token);
    repo.commit({ 'images/stamp/notes.txt': 'changed: a new build key, the same layers\n' }, 'notes');
    const second = await build(await variant.builder('second'), settings);
    expect(second.result.buildKey).not.toBe(first.result.buildKey);
    expect(second.log.messages.some((m) => m.startsWith(`stamp: layer cache restored from ${firstKeys.primary}: `)), second.log.messages.join('\n')).toBe(true);
    expect(variant.runStepCached(second.log.linesOf('stamp')), second.log.linesOf('stamp').join('\n')).toBe(true);
    // The RUN wrote a timestamp: an identical layer can only be the first build's.
    expect(second.image.diffIds).toEqual(first.image.diffIds);
    const steps = (image: PushedImage): (string | undefined)[] => image.history.map((h) => h.created_by).filter((step) => !step?.includes('LABEL'));
    expect(steps(second.image)).toEqual(steps(first.image));
    expect(second.image.digest).not.toBe(first.image.digest); // the labels (created, build key) differ
    // Saved again under the new key (a prefix hit is not the entry of this key), the oldest kept too.
    expect(await store.keys()).toEqual([layerCacheKeys('stamp', second.result.buildKey).primary, firstKeys.primary]);
    if (firstBuilder instanceof DockerBuilder) {
      // The cache tag docker loaded was removed after the build: only references we made, by reference.
      const left = await run(firstBuilder.docker, ['image', 'inspect', dockerCacheReference('stamp', first.result.buildKey)]);
      expect(left.exitCode).not.toBe(0);
    }

    // 3. Control: a wiped store and a cache that fails both ways. The RUN runs again (so the
    //    wipe really emptied the store), and the failures are warnings, not a failed build.
    await variant.wipe(token);
    repo.commit({ 'images/stamp/notes.txt': 'changed again\n' }, 'notes again');
    const control = await build(await variant.builder('control'), { ...settings, layers: { store: brokenStore, workDir: join(cacheRoot, '_Work') } });
    expect(variant.runStepCached(control.log.linesOf('stamp'))).toBe(false);
    expect(control.image.diffIds.at(-1)).not.toBe(first.image.diffIds.at(-1));
    expect(control.log.messages).toContain('warning: stamp: layer cache not restored: the cache disk is on fire');
    expect(control.log.messages).toContain('warning: stamp: layer cache not saved: the cache disk is still on fire');
  });
});
