/**
 * Promotion against real CNCF distribution registries on loopback, through counting proxies
 * (the fault proxy at rate 0), so that every request promote sends is seen and counted:
 *
 * - within one repository: one manifest GET per image, then per new tag one HEAD and one PUT,
 *   and not a single blob request, for single images and a two-platform index alike;
 * - into another repository of the same registry: blobs mounted, never read;
 * - into another registry: only the blobs it lacks are read and uploaded; a second run moves
 *   nothing;
 * - a re-run leaves every tag alone; `require` refuses a moved temporary tag and promotes
 *   nothing; a dry run moves nothing; a missing build is skipped or fails, as asked.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/reference.js';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { RegistryError } from '../../../src/adapters/registry/errors.js';
import { PromotionRefused, promote, promotedOutput, type PromotionPlanItem } from '../../../src/app/promote.js';
import { runPromote } from '../../../src/app/promote-run.js';
import { startFaultProxy, type FaultProxy } from '../../harness/fault-proxy.js';
import { makeImage, makeMultiPlatformIndex, type FixtureImage, type FixtureIndex } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { consumerRepo, pushAll, registryState, repositoryState } from './support.js';

let main: RunningRegistry;
let other: RunningRegistry;
let mainProxy: FaultProxy;
let otherProxy: FaultProxy;
/** Talks to the registries directly, for setup and for reading the final state. */
let direct: RegistryClient;

const FROM = 'pr-7-abc1234';
const TAGS = ['latest', 'sha-0123456', 'main'];

let single: FixtureImage;
let index: FixtureIndex;

beforeAll(async () => {
  [main, other] = await Promise.all([startRegistry(), startRegistry()]);
  [mainProxy, otherProxy] = await Promise.all([startFaultProxy({ target: main.host, rate: 0 }), startFaultProxy({ target: other.host, rate: 0 })]);
  direct = new RegistryClient();
  single = makeImage({ layers: 2 });
  index = makeMultiPlatformIndex({ layers: 1 });
});

afterAll(async () => {
  await direct?.close();
  await Promise.all([mainProxy?.stop(), otherProxy?.stop()]);
  await Promise.all([main?.stop(), other?.stop()]);
});

beforeEach(() => {
  mainProxy.reset();
  otherProxy.reset();
});

/** A fresh client per run, as a fresh action process has: it pings once, then works. */
async function withClient<T>(body: (client: RegistryClient) => Promise<T>): Promise<T> {
  const client = new RegistryClient();
  try {
    return await body(client);
  } finally {
    await client.close();
  }
}

function item(image: string, sourceRepository: string, target = `${mainProxy.host}/${sourceRepository}`, tags = TAGS): PromotionPlanItem {
  return {
    image,
    source: parseReference(`${mainProxy.host}/${sourceRepository}:${FROM}`),
    target: parseReference(`${target}:${FROM}`),
    tags,
  };
}

const quiet = { log: () => undefined };

function blobRequests(proxy: FaultProxy): number {
  return Object.entries(proxy.counts())
    .filter(([key]) => / (blob|upload)$/.test(key))
    .reduce((sum, [, n]) => sum + n, 0);
}

function expectedTags(digest: string, tags = TAGS): Record<string, string> {
  return Object.fromEntries([FROM, ...tags].sort().map((t) => [t, digest]));
}

describe('promote within one repository', () => {
  it('GETs each manifest once, HEADs and PUTs each new tag once, and touches no blob', async () => {
    await pushAll(direct, main.host, FROM, { 'same/app': single, 'same/multi': index });
    mainProxy.reset();

    const outcomes = await withClient((client) =>
      promote(client, [item('app', 'same/app'), item('multi', 'same/multi')], { dryRun: false, ...quiet }),
    );

    expect(mainProxy.counts()).toEqual({
      'GET ping': 1,
      'GET manifest': 2, // one per image: the index is read whole, its children are not
      'HEAD manifest': 6, // one per new tag
      'PUT manifest': 6, // one per new tag
    });
    expect(blobRequests(mainProxy)).toBe(0);
    expect(outcomes.map((o) => [o.image, o.digest, o.tags.map((t) => t.state)])).toEqual([
      ['app', single.digest, ['new', 'new', 'new']],
      ['multi', index.digest, ['new', 'new', 'new']],
    ]);
    expect(outcomes.every((o) => o.blobs.copied === 0 && o.blobs.mounted === 0)).toBe(true);
    expect(promotedOutput(outcomes)).toEqual({ app: { [single.digest]: TAGS }, multi: { [index.digest]: TAGS } });
    expect(await registryState(direct, main.host, ['same/app', 'same/multi'])).toEqual({
      'same/app': expectedTags(single.digest),
      'same/multi': expectedTags(index.digest),
    });
    // The index still resolves to both platforms under its new tag.
    const promoted = await direct.getManifest(parseReference(`${main.host}/same/multi:latest`));
    expect(promoted.kind === 'index' && promoted.manifests.map((m) => m.digest)).toEqual(index.images.map((i) => i.digest));
  });

  it('a re-run leaves every tag alone: all unchanged, not one PUT', async () => {
    // Runs after the test above, on the tags it wrote.
    const outcomes = await withClient((client) =>
      promote(client, [item('app', 'same/app'), item('multi', 'same/multi')], { dryRun: false, ...quiet }),
    );
    expect(mainProxy.counts()).toEqual({ 'GET ping': 1, 'GET manifest': 2, 'HEAD manifest': 6 });
    expect(outcomes.flatMap((o) => o.tags.map((t) => t.state))).toEqual(Array(6).fill('unchanged'));
    expect(promotedOutput(outcomes)).toEqual({ app: { [single.digest]: TAGS }, multi: { [index.digest]: TAGS } });
  });

  it('moves a tag that points at an older build, and leaves the one already right', async () => {
    const older = makeImage({ layers: 1 });
    const newer = makeImage({ layers: 1 });
    await pushAll(direct, main.host, 'latest', { 'moving/app': older });
    await pushAll(direct, main.host, 'sha-0123456', { 'moving/app': newer });
    await pushAll(direct, main.host, FROM, { 'moving/app': newer });
    mainProxy.reset();
    const [outcome] = await withClient((client) => promote(client, [item('app', 'moving/app')], { dryRun: false, ...quiet }));
    expect(outcome!.tags).toEqual([
      { tag: 'latest', state: 'new' },
      { tag: 'sha-0123456', state: 'unchanged' },
      { tag: 'main', state: 'new' },
    ]);
    expect(mainProxy.requestCount('PUT manifest')).toBe(2);
    expect(await repositoryState(direct, main.host, 'moving/app')).toEqual(expectedTags(newer.digest));
  });
});

describe('promote into another repository of the same registry', () => {
  it('mounts the blobs (none is read), PUTs the children of an index, then the tags', async () => {
    await pushAll(direct, main.host, FROM, { 'build/app': single, 'build/multi': index });
    mainProxy.reset();
    const outcomes = await withClient((client) =>
      promote(client, [item('app', 'build/app', `${mainProxy.host}/release/app`), item('multi', 'build/multi', `${mainProxy.host}/release/multi`)], {
        dryRun: false,
        ...quiet,
      }),
    );
    const singleBlobs = 1 + single.layers.length;
    const indexBlobs = index.images.reduce((n, i) => n + 1 + i.layers.length, 0);
    expect(outcomes.map((o) => o.blobs)).toEqual([
      { copied: 0, mounted: singleBlobs },
      { copied: 0, mounted: indexBlobs },
    ]);
    const counts = mainProxy.counts();
    expect(counts['GET blob'] ?? 0).toBe(0); // never downloaded
    expect(counts['PATCH upload'] ?? 0).toBe(0); // never uploaded
    expect(counts['PUT upload'] ?? 0).toBe(0);
    expect(counts['POST upload']).toBe(singleBlobs + indexBlobs); // one mount each
    // Every tag PUT, plus the two children of the index by digest.
    expect(counts['PUT manifest']).toBe(TAGS.length * 2 + index.images.length);
    expect(await registryState(direct, main.host, ['release/app', 'release/multi'])).toEqual({
      'release/app': Object.fromEntries([...TAGS].sort().map((t) => [t, single.digest])),
      'release/multi': Object.fromEntries([...TAGS].sort().map((t) => [t, index.digest])),
    });
    // The children are really there: the promoted index is complete in its new repository.
    for (const child of index.images) {
      expect((await direct.headManifest(parseReference(`${main.host}/release/multi@${child.digest}`)))?.digest).toBe(child.digest);
    }
    expect(await repositoryState(direct, main.host, 'build/app')).toEqual({ [FROM]: single.digest });
  });
});

describe('promote into another registry', () => {
  it('copies only the blobs the target lacks; a second run moves nothing', async () => {
    const base = makeImage({ layers: 2 });
    const child = makeImage({ layers: 1, baseLayers: base.layers });
    await pushAll(direct, main.host, FROM, { 'src/child': child, 'src/multi': index });
    // The target already has the base image's layers.
    await pushAll(direct, other.host, 'base', { 'dst/child': base });
    mainProxy.reset();
    otherProxy.reset();

    const plan = [item('child', 'src/child', `${otherProxy.host}/dst/child`), item('multi', 'src/multi', `${otherProxy.host}/dst/multi`)];
    const first = await withClient((client) => promote(client, plan, { dryRun: false, ...quiet }));
    const missingOfChild = [child.config, child.layers[2]!].map((b) => b.descriptor.digest);
    const indexBlobs = index.images.reduce((n, i) => n + 1 + i.layers.length, 0);
    expect(first.map((o) => o.blobs)).toEqual([
      { copied: missingOfChild.length, mounted: 0 },
      { copied: indexBlobs, mounted: 0 },
    ]);
    // Read from the source: exactly the missing blobs, nothing the target had.
    expect(mainProxy.requestCount('GET blob')).toBe(missingOfChild.length + indexBlobs);
    expect(mainProxy.requestCount('PUT manifest')).toBe(0); // the source is never written
    expect(await registryState(direct, other.host, ['dst/child', 'dst/multi'])).toEqual({
      'dst/child': { base: base.digest, ...Object.fromEntries(TAGS.map((t) => [t, child.digest])) },
      'dst/multi': Object.fromEntries(TAGS.map((t) => [t, index.digest])),
    });
    // The copy is whole: every layer of the promoted child image reads back verified.
    for (const layer of child.layers) {
      const bytes = await direct.getBlobBytes({ registry: other.host, repository: 'dst/child' }, layer.descriptor.digest);
      expect(Buffer.from(bytes).equals(Buffer.from(layer.bytes))).toBe(true);
    }

    mainProxy.reset();
    otherProxy.reset();
    const second = await withClient((client) => promote(client, plan, { dryRun: false, ...quiet }));
    expect(second.flatMap((o) => o.tags.map((t) => t.state))).toEqual(Array(6).fill('unchanged'));
    expect(second.map((o) => o.blobs)).toEqual([
      { copied: 0, mounted: 0 },
      { copied: 0, mounted: 0 },
    ]);
    expect(blobRequests(mainProxy) + blobRequests(otherProxy)).toBe(0);
    expect(mainProxy.counts()).toEqual({ 'GET ping': 1, 'GET manifest': 2 });
    expect(otherProxy.counts()).toEqual({ 'GET ping': 1, 'HEAD manifest': 6 });
  });
});

describe('require: the tested digests', () => {
  it('refuses when a temporary tag moved after the tests, naming the image, both digests and what to do; nothing moves', async () => {
    const tested = makeImage({ layers: 1 });
    const pushedAgain = makeImage({ layers: 1 });
    const fine = makeImage({ layers: 1 });
    await pushAll(direct, main.host, FROM, { 'req/app': pushedAgain, 'req/web': fine });
    mainProxy.reset();
    const require = new Map([
      ['app', tested.digest],
      ['web', fine.digest],
    ]);
    const error = await withClient((client) =>
      promote(client, [item('app', 'req/app'), item('web', 'req/web')], { dryRun: false, require, ...quiet }).then(
        () => undefined,
        (e: unknown) => e,
      ),
    );
    expect(error).toBeInstanceOf(PromotionRefused);
    const message = (error as Error).message;
    expect(message).toContain('nothing was promoted');
    expect(message).toContain(`app: ${mainProxy.host}/req/app:${FROM} now points at ${pushedAgain.digest}, but smoke tested ${tested.digest}`);
    expect(message).toMatch(/Re-run the pipeline/);
    expect(message).not.toMatch(/web:/); // the image that still matches is not blamed
    // Nothing moved: not even the image whose digest matched.
    expect(mainProxy.requestCount('PUT manifest')).toBe(0);
    expect(mainProxy.requestCount('HEAD manifest')).toBe(0);
    expect(await registryState(direct, main.host, ['req/app', 'req/web'])).toEqual({
      'req/app': { [FROM]: pushedAgain.digest },
      'req/web': { [FROM]: fine.digest },
    });
  });

  it('refuses an image that was tested but is not among those to promote', async () => {
    const image = makeImage({ layers: 1 });
    await pushAll(direct, main.host, FROM, { 'req2/app': image });
    const require = new Map([
      ['app', image.digest],
      ['ghost', image.digest],
    ]);
    await expect(withClient((client) => promote(client, [item('app', 'req2/app')], { dryRun: false, require, ...quiet }))).rejects.toThrow(
      /ghost: tested, but not in the images to promote/,
    );
    expect(await repositoryState(direct, main.host, 'req2/app')).toEqual({ [FROM]: image.digest });
  });

  it('promotes when every temporary tag is still at its tested digest', async () => {
    const image = makeImage({ layers: 1 });
    await pushAll(direct, main.host, FROM, { 'req3/app': image });
    const outcomes = await withClient((client) =>
      promote(client, [item('app', 'req3/app')], { dryRun: false, require: new Map([['app', image.digest]]), ...quiet }),
    );
    expect(outcomes[0]!.tags.every((t) => t.state === 'new')).toBe(true);
    expect(await repositoryState(direct, main.host, 'req3/app')).toEqual(expectedTags(image.digest));
  });
});

describe('dry run', () => {
  it('reports what would move and moves nothing, within a repository and across registries', async () => {
    const image = makeImage({ layers: 1 });
    await pushAll(direct, main.host, FROM, { 'dry/app': image });
    await pushAll(direct, main.host, 'latest', { 'dry/app': image });
    mainProxy.reset();
    const outcomes = await withClient((client) =>
      promote(client, [item('app', 'dry/app'), item('copy', 'dry/app', `${otherProxy.host}/dry/app`)], { dryRun: true, ...quiet }),
    );
    expect(outcomes.map((o) => o.tags.map((t) => `${t.tag}:${t.state}`))).toEqual([
      ['latest:unchanged', 'sha-0123456:would-move', 'main:would-move'],
      ['latest:would-move', 'sha-0123456:would-move', 'main:would-move'],
    ]);
    expect(mainProxy.requestCount('PUT manifest') + otherProxy.requestCount('PUT manifest')).toBe(0);
    expect(blobRequests(mainProxy) + blobRequests(otherProxy)).toBe(0);
    expect(await repositoryState(direct, main.host, 'dry/app')).toEqual({ [FROM]: image.digest, latest: image.digest });
    expect(await repositoryState(direct, other.host, 'dry/app')).toEqual({});
  });
});

describe('a missing build', () => {
  it('with skipMissing: is reported and left out, the others are promoted', async () => {
    const image = makeImage({ layers: 1 });
    await pushAll(direct, main.host, FROM, { 'miss/app': image });
    const log: string[] = [];
    const outcomes = await withClient((client) =>
      promote(client, [item('app', 'miss/app'), item('gone', 'miss/gone')], { dryRun: false, skipMissing: true, log: (m) => log.push(m) }),
    );
    expect(outcomes.map((o) => o.image)).toEqual(['app']);
    expect(log).toContain(`gone: no build under ${mainProxy.host}/miss/gone:${FROM}; not promoted`);
    expect(await repositoryState(direct, main.host, 'miss/app')).toEqual(expectedTags(image.digest));
  });

  it('without skipMissing: fails with the registry error before any tag moves', async () => {
    const image = makeImage({ layers: 1 });
    await pushAll(direct, main.host, FROM, { 'miss2/app': image });
    const error = await withClient((client) =>
      promote(client, [item('app', 'miss2/app'), item('gone', 'miss2/gone')], { dryRun: false, ...quiet }).then(
        () => undefined,
        (e: unknown) => e,
      ),
    );
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).status).toBe(404);
    expect((error as Error).message).toContain(`${mainProxy.host}/miss2/gone:${FROM}`);
    expect(await repositoryState(direct, main.host, 'miss2/app')).toEqual({ [FROM]: image.digest });
  });

  it('a tested image is never skipped, even with skipMissing', async () => {
    const image = makeImage({ layers: 1 });
    await expect(
      withClient((client) =>
        promote(client, [item('gone', 'miss3/gone')], { dryRun: false, skipMissing: true, require: new Map([['gone', image.digest]]), ...quiet }),
      ),
    ).rejects.toThrow(RegistryError);
  });
});

describe('runPromote: from a consumer repository', () => {
  it('derives the tags from images.yaml and the pushed ref, and promotes every image that has a build', async () => {
    const { repo, sha } = consumerRepo({ registry: `${mainProxy.host}/acme`, prefix: 'ex-', images: ['api', 'db', 'never-built'], promoteTags: ['latest', 'sha-{sha7}', '{branch}'] });
    const api = makeImage({ layers: 1 });
    const db = makeMultiPlatformIndex({ layers: 1 });
    await pushAll(direct, main.host, 'manual-42', { 'acme/ex-api': api, 'acme/ex-db': db });
    const log: string[] = [];
    const result = await withClient((client) =>
      runPromote({
        root: repo.dir,
        configFile: 'images.yaml',
        context: { eventName: 'workflow_dispatch', payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } }, sha, ref: 'refs/heads/main', runId: '42', now: new Date() },
        images: [],
        dryRun: false,
        client,
        log: (m) => log.push(m),
      }),
    );
    const sha7 = sha.slice(0, 7);
    expect(result.source).toEqual({ tag: 'manual-42', why: "the workflow_dispatch event's temporary tag" });
    expect(result.tags).toEqual(['latest', `sha-${sha7}`, 'main']);
    expect(promotedOutput(result.outcomes)).toEqual({
      api: { [api.digest]: ['latest', `sha-${sha7}`, 'main'] },
      db: { [db.digest]: ['latest', `sha-${sha7}`, 'main'] },
    });
    expect(log).toContain(`never-built: no build under ${mainProxy.host}/acme/ex-never-built:manual-42; not promoted`);
    expect(await repositoryState(direct, main.host, 'acme/ex-db')).toEqual(
      Object.fromEntries(['manual-42', 'latest', `sha-${sha7}`, 'main'].sort().map((t) => [t, db.digest])),
    );
  });

  it('refuses an image name the repository does not have', async () => {
    const { repo, sha } = consumerRepo({ registry: `${mainProxy.host}/acme`, images: ['api'] });
    await expect(
      withClient((client) =>
        runPromote({
          root: repo.dir,
          configFile: 'images.yaml',
          context: { eventName: 'workflow_dispatch', payload: {}, sha, ref: 'refs/heads/main', runId: '1', now: new Date() },
          images: ['apj'],
          from: 'manual-1',
          dryRun: false,
          client,
          log: () => undefined,
        }),
      ),
    ).rejects.toThrow(/no image named apj in this repository; known: api/);
  });
});
