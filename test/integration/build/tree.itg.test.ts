/**
 * The build use case with each real builder (docker on the daemon, buildah daemonless) against
 * a CNCF registry behind a counting proxy: a `FROM scratch` + busybox tree (base → mid → leaf,
 * and sibling on base) built, re-run unchanged (reused, nothing uploaded), rebuilt after the
 * middle image changed (the leaf is built on mid's NEW digest), and run with a failing parent
 * (its child skipped, the sibling built, the CLI exiting non-zero).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImages, BUILD_KEY_LABEL, type BuildRun, type ImageBuildResult } from '../../../src/app/build.js';
import { buildOutputs } from '../../../src/app/build-run.js';
import { SOURCES_LABEL } from '../../../src/app/upstream.js';
import { createBuilder, type Builder, type BuilderName } from '../../../src/adapters/builders/index.js';
import { RegistryClient } from '../../../src/adapters/registry/index.js';
import { buildKeyTag } from '../../../src/core/build-key/index.js';
import { parseReference } from '../../../src/core/reference.js';
import { startFaultProxy, type FaultProxy } from '../../harness/fault-proxy.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import type { TestRepo } from '../../support/git-repo.js';
import { removeLocalImages } from '../builders/support.js';
import { brokenMid, CapturingLogger, pushedImage, runCli, TREE_IMAGES, treeRepo, type PushedImage } from './support.js';

interface TreeBuild {
  readonly run: BuildRun;
  readonly log: CapturingLogger;
  /** Images the builder was asked to build, in the order asked. */
  readonly builds: readonly string[];
  /** How many times the builder was asked for: once when something is built, never when all is reused. */
  readonly selections: number;
  readonly now: Date;
}

function resultOf(run: BuildRun, image: string): ImageBuildResult {
  const outcome = run.outcomes.get(image);
  if (outcome?.status !== 'built') {
    const detail = outcome?.status === 'failed' ? String((outcome.error as Error)?.message ?? outcome.error) : outcome?.status === 'skipped' ? outcome.reason : 'no outcome';
    throw new Error(`${image} did not build: ${detail}`);
  }
  return outcome.result;
}

const UPLOADS = ['POST upload', 'PATCH upload', 'PUT upload'];

describe.each(['docker', 'buildah'] as const satisfies readonly BuilderName[])('build use case with the %s builder', (builderName) => {
  let registry: RunningRegistry;
  let proxy: FaultProxy;
  let client: RegistryClient;
  let builder: Builder;
  let repo: TestRepo;
  /** images.yaml's registry: every push and pull goes through the counting proxy. */
  let prefix: string;
  const first = new Map<string, ImageBuildResult>();

  beforeAll(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy({ target: registry.host });
    prefix = `${proxy.host}/t`;
    repo = treeRepo(prefix);
    client = new RegistryClient();
    builder = await createBuilder(builderName);
  });

  afterAll(async () => {
    if (proxy) await removeLocalImages(builderName, builderName, proxy.host);
    await client?.close();
    await proxy?.stop();
    await registry?.stop();
    if (repo) rmSync(repo.dir, { recursive: true, force: true });
  });

  const build = async (tag: string): Promise<TreeBuild> => {
    const log = new CapturingLogger();
    const builds: string[] = [];
    let selections = 0;
    // The real builder, counted: a reused image must never reach it.
    const counted: Builder = {
      name: builder.name,
      description: builder.description,
      build: (request) => {
        builds.push(request.image);
        return builder.build(request);
      },
    };
    const now = new Date();
    const run = await buildImages({
      root: repo.dir,
      configFile: 'images.yaml',
      images: [...TREE_IMAGES],
      tag,
      builder: () => {
        selections += 1;
        return Promise.resolve(counted);
      },
      client,
      parallel: 2,
      reuse: true,
      push: true,
      revision: repo.head(),
      lsRemote: () => Promise.reject(new Error('this tree has no upstream sources')),
      now,
      log,
    });
    return { run, log, builds, selections, now };
  };

  const image = (repository: string, reference: string): Promise<PushedImage> =>
    pushedImage(client, reference.startsWith('sha256:') ? `${prefix}/${repository}@${reference}` : `${prefix}/${repository}:${reference}`);

  it('builds the tree in order, each child FROM its parent by digest, with the labels detect reads back', async () => {
    const tag = 'pr-1-aaaaaaa';
    const { run, log, builds, selections, now } = await build(tag);
    expect(buildOutputs(run)).toMatchObject({ built: [...TREE_IMAGES], reused: [], failed: [], skipped: [] });
    expect(selections).toBe(1);
    expect([...builds].sort()).toEqual([...TREE_IMAGES]);
    expect(builds[0]).toBe('base');
    expect(builds.indexOf('mid')).toBeLessThan(builds.indexOf('leaf'));
    expect(log.messages).toContain('[1/4] building base (wave 1, critical path 3)');

    for (const name of TREE_IMAGES) {
      const result = resultOf(run, name);
      first.set(name, result);
      expect(result.status).toBe('built');
      expect(result.builder).toBe(builderName);
      expect(result.ref).toBe(`${prefix}/${name}@${result.digest}`);
      // The temporary tag and the build-key tag hold the same manifest.
      expect((await image(name, tag)).digest).toBe(result.digest);
      expect((await image(name, buildKeyTag(result.buildKey))).digest).toBe(result.digest);
      const config = await client.getImageConfig(parseReference(result.ref));
      expect(config.labels).toMatchObject({
        'org.opencontainers.image.title': name,
        'org.opencontainers.image.revision': repo.head(),
        'org.opencontainers.image.created': now.toISOString(),
        [BUILD_KEY_LABEL]: result.buildKey,
        [SOURCES_LABEL]: '{}',
      });
      // FROM scratch and internal parents only: no external base to record.
      expect(config.labels).not.toHaveProperty('org.opencontainers.image.base.digest');
      expect(result.size).toBeGreaterThan(0);
    }

    const [base, mid, leaf, sibling] = await Promise.all(['base', 'mid', 'leaf', 'sibling'].map((n) => image(n, first.get(n)!.digest)));
    // Each child's generated Dockerfile named its parent by digest, and its layers sit on the parent's.
    expect(log.linesOf('mid').join('\n')).toContain(`FROM ${prefix}/base@${base!.digest}`);
    expect(log.linesOf('leaf').join('\n')).toContain(`FROM ${prefix}/mid@${mid!.digest}`);
    expect(log.linesOf('sibling').join('\n')).toContain(`FROM ${prefix}/base@${base!.digest}`);
    expect(mid!.diffIds.slice(0, base!.diffIds.length)).toEqual(base!.diffIds);
    expect(leaf!.diffIds.slice(0, mid!.diffIds.length)).toEqual(mid!.diffIds);
    expect(sibling!.diffIds.slice(0, base!.diffIds.length)).toEqual(base!.diffIds);
    expect(leaf!.diffIds.length).toBeGreaterThan(mid!.diffIds.length);
    // The generated Dockerfiles live outside the contexts: the work tree is as committed.
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('re-run with nothing changed (but a .dockerignored file): nothing built, every image reused by retag, no blob moved', async () => {
    expect(first.size).toBe(TREE_IMAGES.length);
    repo.commit({ 'images/base/notes/todo.txt': 'an ignored note changed\n' }, 'ignored change');
    proxy.reset();
    const tag = 'pr-2-bbbbbbb';
    const { run, builds, selections } = await build(tag);
    // What the run asked of the registry, before this test reads anything itself.
    const counts = proxy.counts();
    expect(builds).toEqual([]);
    // Nothing to build: no builder is even chosen (no probe, no login).
    expect(selections).toBe(0);
    const outputs = buildOutputs(run);
    expect(outputs).toMatchObject({ built: [], reused: [...TREE_IMAGES], failed: [], skipped: [] });
    expect(outputs.digests).toEqual(Object.fromEntries(TREE_IMAGES.map((n) => [n, first.get(n)!.digest])));
    for (const name of TREE_IMAGES) {
      const result = resultOf(run, name);
      expect(result.buildKey).toBe(first.get(name)!.buildKey);
      expect(result.builder).toBe('reuse');
      expect((await image(name, tag)).digest).toBe(first.get(name)!.digest);
    }
    for (const upload of UPLOADS) expect(counts[upload] ?? 0, `${upload} in ${JSON.stringify(counts)}`).toBe(0);
    // Retagging reads manifests only: not one blob is fetched either.
    expect(counts['GET blob'] ?? 0).toBe(0);
    // One PUT per image: its manifest under the new temporary tag.
    expect(counts['PUT manifest']).toBe(TREE_IMAGES.length);

    // The same tag once more: already in place, so not even a manifest is written.
    proxy.reset();
    const again = await build(tag);
    expect(buildOutputs(again.run).reused).toEqual([...TREE_IMAGES]);
    expect(proxy.requestCount('PUT manifest')).toBe(0);
  });

  it('the middle image changed: it and the leaf are rebuilt, the leaf FROM the new mid digest', async () => {
    repo.commit({ 'images/mid/mid.txt': 'mid 2\n' }, 'change mid');
    const tag = 'pr-3-ccccccc';
    const { run, log, builds } = await build(tag);
    expect([...builds].sort()).toEqual(['leaf', 'mid']);
    expect(buildOutputs(run)).toMatchObject({ built: ['leaf', 'mid'], reused: ['base', 'sibling'], failed: [], skipped: [] });

    const newMid = resultOf(run, 'mid');
    const newLeaf = resultOf(run, 'leaf');
    const oldMid = first.get('mid')!;
    expect(newMid.digest).not.toBe(oldMid.digest);
    expect(newLeaf.digest).not.toBe(first.get('leaf')!.digest);
    // The mid's key changed with its context, the leaf's with its parent's digest.
    expect(newMid.buildKey).not.toBe(oldMid.buildKey);
    expect(newLeaf.buildKey).not.toBe(first.get('leaf')!.buildKey);

    const leafLog = log.linesOf('leaf').join('\n');
    expect(leafLog).toContain(`FROM ${prefix}/mid@${newMid.digest}`);
    expect(leafLog).not.toContain(oldMid.digest);

    const [mid, leaf, previousMid] = await Promise.all([image('mid', newMid.digest), image('leaf', newLeaf.digest), image('mid', oldMid.digest)]);
    // The leaf is the new mid plus its own layer: same layer blobs, same diff_ids, same history.
    expect(leaf!.layers.slice(0, mid!.layers.length)).toEqual(mid!.layers);
    expect(leaf!.diffIds.slice(0, mid!.diffIds.length)).toEqual(mid!.diffIds);
    expect(leaf!.history.slice(0, mid!.history.length)).toEqual(mid!.history);
    expect(leaf!.diffIds.length).toBe(mid!.diffIds.length + 1);
    expect(leaf!.diffIds.slice(0, previousMid!.diffIds.length)).not.toEqual(previousMid!.diffIds);
    expect(leaf!.labels[BUILD_KEY_LABEL]).toBe(newLeaf.buildKey);
    // The temporary tag points at the new images.
    expect((await image('leaf', tag)).digest).toBe(newLeaf.digest);
    expect((await image('mid', tag)).digest).toBe(newMid.digest);
  });

  it('a failing parent: its child is skipped with the reason, the sibling still builds, the CLI exits non-zero', async () => {
    repo.commit({ 'images/mid/Dockerfile': brokenMid(prefix), 'images/sibling/sibling.txt': 'sibling 2\n' }, 'break mid, change sibling');
    const tag = 'pr-4-ddddddd';
    const cli = await runCli(['build', '--all', '--tag', tag, '--builder', builderName, '--parallel', '2', '--json'], { cwd: repo.dir });
    expect(cli.exitCode, cli.stderr).toBe(1);
    const outputs = JSON.parse(cli.stdout) as Record<string, unknown>;
    expect(outputs).toMatchObject({ built: ['sibling'], reused: ['base'], failed: ['mid'], skipped: ['leaf'] });
    expect(cli.stderr).toContain('leaf: skipped, its parent mid failed');
    // The failure names the user's Dockerfile line and shows the builder's own last words.
    expect(cli.stderr).toContain('images/mid/Dockerfile:3');
    expect(cli.stderr).toContain('went 7 wrong');

    expect(await client.headManifest(parseReference(`${prefix}/mid:${tag}`))).toBeUndefined();
    expect(await client.headManifest(parseReference(`${prefix}/leaf:${tag}`))).toBeUndefined();
    const sibling = await image('sibling', tag);
    expect(sibling.digest).toBe((outputs['digests'] as Record<string, string>)['sibling']);
    expect(sibling.digest).not.toBe(first.get('sibling')!.digest);
  });
});
