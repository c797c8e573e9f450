/**
 * Reading a GHCR repository's state from GitHub's package versions instead of a tag list and a
 * HEAD per tag. ghcr.io and api.github.com cannot be reached from the test machine: a REAL CNCF
 * distribution registry stands in for ghcr.io's registry API, and the GitHub Packages API
 * fixture (test/harness/ghcr-api.ts) lists that registry's manifests as GHCR lists versions
 * (one per digest, its tags on it; index children and referrers untagged).
 *
 * Checked: the state read with the deleter's `tagDigests` equals the state read with HEADs
 * (same tags, digests, manifests), across listing pages too; the requests are exactly the HEAD
 * read's without the tag list and the HEADs, and the API is asked once per page; the cleanup
 * use case takes that path for a deleter that lists tags (GHCR) and not for distribution's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RepositoryState } from '../../../src/core/retention/model.js';
import { RegistryClient, referrersTag, type RepositoryRef } from '../../../src/adapters/registry/client.js';
import type { RequestEvent } from '../../../src/adapters/registry/transport.js';
import { createDistributionDeleter } from '../../../src/adapters/deletion/distribution.js';
import { createGhcrDeleter } from '../../../src/adapters/deletion/ghcr.js';
import type { RegistryDeleter } from '../../../src/adapters/deletion/types.js';
import type { FetchLike } from '../../../src/adapters/deletion/web-api.js';
import { BUILD_KEY_LABEL } from '../../../src/app/build.js';
import { readRepositoryState } from '../../../src/app/cleanup/read-state.js';
import { runCleanup } from '../../../src/app/cleanup/run.js';
import { startGhcrApiFixture, type GhcrApiFixture } from '../../harness/ghcr-api.js';
import { makeImage, makeIndex, makeReferrer, pushImage, pushIndex } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { tempDir } from '../../support/git-repo.js';
import { countBy, leaveThrowaway, makeAttestation, requestKind } from './state-fixtures.js';

const TOKEN = 'ghp_readStateFixtureTokenNeverPrinted0001';
const KEY = 'a1b2c3d4e5f60718'.repeat(4);

let registry: RunningRegistry;
let api: GhcrApiFixture;
let client: RegistryClient;

beforeAll(async () => {
  registry = await startRegistry();
  api = await startGhcrApiFixture({ registryUrl: registry.url, token: TOKEN, owners: { acme: 'Organization' } });
  client = new RegistryClient();
});

afterAll(async () => {
  await client?.close();
  await api?.stop();
  await registry?.stop();
});

const repoOf = (path: string): RepositoryRef => ({ registry: registry.host, repository: path });

function ghcr(overrides: { fetch?: FetchLike } = {}): RegistryDeleter {
  return createGhcrDeleter({ client, token: TOKEN, apiUrl: api.url, ...overrides });
}

/** Reads a state with a fresh client that records its requests. */
async function counted(read: (c: RegistryClient) => Promise<RepositoryState>): Promise<{ state: RepositoryState; events: RequestEvent[] }> {
  const events: RequestEvent[] = [];
  const c = new RegistryClient({ onRequest: (e) => events.push(e) });
  try {
    return { state: await read(c), events };
  } finally {
    await c.close();
  }
}

/** `fn` over `items`, eight at a time (pushing a hundred images one by one is slow). */
async function inBatches<T>(items: readonly T[], fn: (item: T, index: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += 8) await Promise.all(items.slice(i, i + 8).map((item, k) => fn(item, i + k)));
}

/** A state as plain, ordered data, for comparing two reads. */
function normalise(state: RepositoryState): unknown {
  return {
    repository: state.repository,
    tags: [...state.tags].sort(),
    manifests: [...state.manifests].sort(([a], [b]) => (a < b ? -1 : 1)),
  };
}

describe('readRepositoryState with GHCR tagDigests', () => {
  const path = 'acme/state';
  const at = (tag: string): string => `${registry.host}/${path}:${tag}`;
  const imgA = makeImage({ created: new Date('2026-01-10T00:00:00Z'), labels: { [BUILD_KEY_LABEL]: KEY } });
  const imgB = makeImage({ created: new Date('2026-02-01T00:00:00Z'), layers: 1 });
  const amd = makeImage({ created: new Date('2026-03-01T00:00:00Z'), platform: { os: 'linux', architecture: 'amd64' } });
  const arm = makeImage({ created: new Date('2026-03-02T00:00:00Z'), platform: { os: 'linux', architecture: 'arm64' } });
  const twoPlatforms = makeIndex([amd, arm]);
  const imgC = makeImage({ created: new Date('2026-04-01T00:00:00Z') });
  const attested = makeIndex([imgC, makeAttestation(imgC)]);
  const sbom = makeReferrer(imgA.descriptor, { annotations: { 'org.opencontainers.image.created': '2026-01-11T00:00:00Z' } });
  const orphan = makeImage({ created: new Date('2026-05-01T00:00:00Z') });
  let throwaway = '';

  beforeAll(async () => {
    for (const tag of ['main-1', 'latest', `bk-${KEY.slice(0, 16)}`]) await pushImage(client, at(tag), imgA);
    await pushImage(client, at('pr-1'), imgB);
    await pushIndex(client, at('nightly-1'), twoPlatforms);
    await pushIndex(client, at('nightly-2'), twoPlatforms);
    await pushIndex(client, at('mq-1'), attested);
    await pushImage(client, `${registry.host}/${path}@${sbom.digest}`, sbom);
    throwaway = await leaveThrowaway(client, repoOf(path), 'pr-crashed');
    // A version whose last tag moved away: GHCR still lists it, untagged.
    await pushImage(client, at('moved'), orphan);
    expect((await api.versions(path)).find((v) => v.digest === orphan.digest)?.tags).toEqual(['moved']);
    await pushImage(client, at('moved'), imgB);
  });

  it('maps each tag to its version\'s digest; untagged versions (index children, referrers, orphans) add no tag', async () => {
    const tags = await ghcr().tagDigests?.(repoOf(path));
    const versions = await api.versions(path);
    expect(versions.filter((v) => v.tags.length === 0).map((v) => v.digest)).toEqual(expect.arrayContaining([orphan.digest, amd.digest, arm.digest, sbom.digest]));
    expect(Object.fromEntries([...(tags ?? [])].sort())).toEqual(
      Object.fromEntries(
        [
          ['main-1', imgA.digest],
          ['latest', imgA.digest],
          [`bk-${KEY.slice(0, 16)}`, imgA.digest],
          ['pr-1', imgB.digest],
          ['moved', imgB.digest],
          ['nightly-1', twoPlatforms.digest],
          ['nightly-2', twoPlatforms.digest],
          ['mq-1', attested.digest],
          ['pr-crashed', throwaway],
          [referrersTag(imgA.digest), tags?.get(referrersTag(imgA.digest)) ?? 'missing'],
        ].sort(),
      ),
    );
  });

  it('reads the same state as the tag list and HEADs, without either: one GitHub API request, no HEAD', async () => {
    const byHeads = await counted((c) => readRepositoryState(c, repoOf(path)));
    const start = api.requests.length;
    const deleter = ghcr();
    const tagDigests = await deleter.tagDigests?.(repoOf(path));
    const registryDates = await deleter.registryDates?.(repoOf(path));
    const byApi = await counted((c) => readRepositoryState(c, repoOf(path), { ...(tagDigests ? { tagDigests } : {}), ...(registryDates ? { registryDates } : {}) }));

    expect(normalise(byApi.state)).toEqual(normalise(byHeads.state));
    expect(byApi.state.tags.size).toBe(10);
    expect(byApi.state.manifests.size).toBe(11);
    expect(byApi.state.registryDates).toBe(registryDates);

    // With HEADs: the ping, the tag list, 10 HEADs, 11 manifests, 5 image configs (imgA, imgB,
    // amd, arm, imgC), the referrers probe (404 on distribution 2.8).
    expect(countBy(byHeads.events, requestKind)).toEqual({ 'GET /v2/': 1, 'GET tags': 1, 'HEAD manifests': 10, 'GET manifests': 11, 'GET blobs': 5, 'GET referrers': 1 });
    // With the versions: the same less the tag list and every HEAD.
    expect(countBy(byApi.events, requestKind)).toEqual({ 'GET /v2/': 1, 'GET manifests': 11, 'GET blobs': 5, 'GET referrers': 1 });
    const gets = byApi.events.map((e) => e.url);
    expect(new Set(gets).size).toBe(gets.length);
    // One listing serves the tags and the dates: a single page (16 versions) from GitHub.
    expect(api.requests.slice(start).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /orgs/acme/packages/container/state/versions?per_page=100&state=active 200']);
  });
});

describe('tagDigests over several listing pages', () => {
  it('gathers every page (130 versions, 2 tags each): the same state as with HEADs, 2 API requests for 260 tags', async () => {
    const path = 'acme/paged';
    const images = Array.from({ length: 130 }, (_, i) => makeImage({ layers: 0, created: new Date(Date.UTC(2026, 0, 1, i)) }));
    await inBatches(images, async (image, i) => {
      await pushImage(client, `${registry.host}/${path}:run-${i}`, image);
      await pushImage(client, `${registry.host}/${path}:sha-${i}`, image);
    });
    const start = api.requests.length;
    const tagDigests = await ghcr().tagDigests?.(repoOf(path));
    expect(api.requests.slice(start).map((r) => r.status)).toEqual([200, 200]);
    expect(tagDigests?.size).toBe(260);

    const byHeads = await counted((c) => readRepositoryState(c, repoOf(path)));
    const byApi = await counted((c) => readRepositoryState(c, repoOf(path), tagDigests ? { tagDigests } : {}));
    expect(normalise(byApi.state)).toEqual(normalise(byHeads.state));
    expect(countBy(byHeads.events, requestKind)).toMatchObject({ 'GET tags': 1, 'HEAD manifests': 260, 'GET manifests': 130, 'GET blobs': 130 });
    expect(countBy(byApi.events, requestKind)).toEqual({ 'GET /v2/': 1, 'GET manifests': 130, 'GET blobs': 130, 'GET referrers': 1 });
  });

  it('refuses a listing that names one tag on two versions (it changed between pages), rather than guess', async () => {
    const path = 'acme/shifting';
    const images = Array.from({ length: 101 }, (_, i) => makeImage({ layers: 0, created: new Date(Date.UTC(2026, 1, 1, i)) }));
    await inBatches(images, (image, i) => pushImage(client, `${registry.host}/${path}:t-${i}`, image));
    // The second page as GitHub would send it had `t-0` moved onto its version after the first
    // page was read: the real answer, with the tag added.
    const moving: FetchLike = async (url, init) => {
      const res = await fetch(url, { method: init.method, headers: init.headers, signal: init.signal });
      if (!url.includes('page=2')) return res;
      const body = (await res.json()) as { metadata: { container: { tags: string[] } } }[];
      body[0]?.metadata.container.tags.push('t-0');
      return new Response(JSON.stringify(body), { status: res.status, headers: res.headers });
    };
    await expect(ghcr({ fetch: moving }).tagDigests?.(repoOf(path))).rejects.toThrow(/listed the tag "t-0" of .*acme\/shifting on two package versions.*Re-run the cleanup/);
  });
});

describe('the cleanup use case', () => {
  it('reads a GHCR repository through the package versions (no tag list, no HEAD) and plans as the HEAD read does', async () => {
    const path = 'acme/app';
    const old = new Date(Date.now() - 30 * 24 * 3_600_000);
    for (let i = 0; i < 4; i++) {
      const created = new Date(old.getTime() + i * 3_600_000);
      const image = makeImage({ layers: 0, created });
      // GHCR dates a version by its own created_at, which the engine prefers: the same date.
      api.setCreatedAt(image.digest, created);
      await pushImage(client, `${registry.host}/${path}:pr-${i}`, image);
      await pushImage(client, `${registry.host}/${path}:sha-${i}`, image);
    }
    await pushImage(client, `${registry.host}/${path}:latest`, makeImage({ layers: 0 }));
    const root = tempDir('ia-cleanup-ghcr-');
    writeFileSync(
      join(root, 'images.yaml'),
      ['version: 1', `registry: ${registry.host}/acme`, 'prefix: ""', 'retention:', '  rules:', '    - { tags: "pr-*", older-than: 7d }', '  protect: [latest]', ''].join('\n'),
    );
    mkdirSync(join(root, 'images', 'app'), { recursive: true });
    writeFileSync(join(root, 'images', 'app', 'Dockerfile'), 'FROM scratch\n');

    const cleanWith = async (deleter: (c: RegistryClient) => RegistryDeleter) => {
      const events: RequestEvent[] = [];
      const c = new RegistryClient({ onRequest: (e) => events.push(e) });
      try {
        const result = await runCleanup({ root, configFile: 'images.yaml', images: ['app'], dryRun: true, client: c, deleter: deleter(c), log: () => undefined });
        return { result, counts: countBy(events, requestKind) };
      } finally {
        await c.close();
      }
    };

    const start = api.requests.length;
    const viaGhcr = await cleanWith((c) => createGhcrDeleter({ client: c, token: TOKEN, apiUrl: api.url }));
    // One listing, shared by the dates and the tags.
    expect(api.requests.slice(start).map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`)).toEqual(['GET /orgs/acme/packages/container/app/versions 200']);
    expect(viaGhcr.counts).toEqual({ 'GET /v2/': 1, 'GET manifests': 5, 'GET blobs': 5, 'GET referrers': 1 });

    // Distribution's deleter lists no tags: the tag list and a HEAD per tag, as before.
    const viaHeads = await cleanWith((c) => createDistributionDeleter(c));
    expect(viaHeads.counts).toEqual({ 'GET /v2/': 1, 'GET tags': 1, 'HEAD manifests': 9, 'GET manifests': 5, 'GET blobs': 5, 'GET referrers': 1 });

    const [ghcrImage] = viaGhcr.result.images;
    const [headsImage] = viaHeads.result.images;
    expect(ghcrImage?.status).toBe('planned');
    expect(ghcrImage?.deletedTags.map((t) => t.tag).sort()).toEqual(['pr-0', 'pr-1', 'pr-2', 'pr-3']);
    const decisions = (image: typeof ghcrImage) => [...(image?.deletedTags ?? []), ...(image?.keptTags ?? [])].map((t) => `${t.tag} ${t.digest} ${t.decidedBy}`).sort();
    expect(decisions(ghcrImage)).toEqual(decisions(headsImage));
    expect(decisions(ghcrImage)).toHaveLength(9);
  });
});
