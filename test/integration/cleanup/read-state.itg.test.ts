/**
 * `readRepositoryState` against a real CNCF distribution 2.8 registry (no referrers API, so
 * referrers live in `sha256-<hex>` fallback tags, as the client writes them): tags and shared
 * digests, a two-platform index, a buildx-style attestation, a referrer with its subject, build
 * keys, dates, sizes, a throwaway left by an interrupted untag, and the exact requests made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duration } from '../../../src/core/config/duration.js';
import { withDigest } from '../../../src/core/reference.js';
import { makeDater } from '../../../src/core/retention/age.js';
import type { ManifestInfo, RepositoryState } from '../../../src/core/retention/model.js';
import { planRetention } from '../../../src/core/retention/plan.js';
import { RegistryClient, referrersTag, type RepositoryRef } from '../../../src/adapters/registry/client.js';
import { RegistryError } from '../../../src/adapters/registry/errors.js';
import type { RequestEvent } from '../../../src/adapters/registry/transport.js';
import { BUILD_KEY_LABEL } from '../../../src/app/build.js';
import { readRepositoryState } from '../../../src/app/cleanup/read-state.js';
import { makeImage, makeIndex, makeReferrer, pushImage, pushIndex, type FixtureImage } from '../../harness/oci-fixtures.js';
import { startFaultProxy } from '../../harness/fault-proxy.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { startRegistryFront } from './registry-front.js';
import { countBy, leaveThrowaway, makeAttestation, requestKind } from './state-fixtures.js';

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

const KEY_A = 'a1b2c3d4e5f60718'.repeat(4);
const KEY_B = '0f1e2d3c4b5a6978'.repeat(4);

function imageSize(image: FixtureImage): number {
  return image.size + image.config.descriptor.size + image.layers.reduce((sum, l) => sum + l.descriptor.size, 0);
}

/** A client whose tag list names one tag more than the registry has: a tag deleted meanwhile. */
class ListsAGhostTag extends RegistryClient {
  override async listTags(repo: RepositoryRef, options: { pageSize?: number } = {}): Promise<string[]> {
    return [...(await super.listTags(repo, options)), 'ghost'];
  }
}

describe('readRepositoryState', () => {
  const repo = (): RepositoryRef => ({ registry: registry.host, repository: 'cleanup/state' });
  const at = (tag: string): string => `${registry.host}/cleanup/state:${tag}`;

  const imgA = makeImage({ created: new Date('2026-01-10T00:00:00Z'), labels: { [BUILD_KEY_LABEL]: KEY_A } });
  const imgB = makeImage({ created: new Date('2026-02-01T00:00:00Z'), layers: 1 });
  const amd = makeImage({ created: new Date('2026-03-01T00:00:00Z'), labels: { [BUILD_KEY_LABEL]: KEY_B }, platform: { os: 'linux', architecture: 'amd64' } });
  const arm = makeImage({ created: new Date('2026-03-02T00:00:00Z'), labels: { [BUILD_KEY_LABEL]: KEY_B }, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } });
  const twoPlatforms = makeIndex([amd, arm]);
  const imgC = makeImage({ created: new Date('2026-04-01T00:00:00Z') });
  const attestation = makeAttestation(imgC);
  const attested = makeIndex([imgC, attestation]);
  const sbom = makeReferrer(imgA.descriptor, { annotations: { 'org.opencontainers.image.created': '2026-01-11T00:00:00Z' } });
  let throwaway = '';

  beforeAll(async () => {
    for (const tag of ['main-1', 'latest', `bk-${KEY_A.slice(0, 16)}`]) await pushImage(client, at(tag), imgA);
    await pushImage(client, at('pr-1'), imgB);
    await pushIndex(client, at('nightly-1'), twoPlatforms);
    await pushIndex(client, at('nightly-2'), twoPlatforms);
    await pushIndex(client, at('mq-1'), attested);
    // By digest: distribution 2.8 has no referrers API, so the client lists it in the fallback tag.
    await pushImage(client, `${registry.host}/cleanup/state@${sbom.digest}`, sbom);
    throwaway = await leaveThrowaway(client, repo(), 'pr-crashed');
  });

  it('reads tags, shared digests, indexes, attestations, referrers, build keys, dates and sizes', async () => {
    const state = await readRepositoryState(new ListsAGhostTag(), repo());
    const fallback = referrersTag(imgA.digest);

    expect(state.repository).toBe(`${registry.host}/cleanup/state`);
    expect(Object.fromEntries(state.tags)).toEqual({
      'main-1': imgA.digest,
      latest: imgA.digest,
      [`bk-${KEY_A.slice(0, 16)}`]: imgA.digest,
      'pr-1': imgB.digest,
      'nightly-1': twoPlatforms.digest,
      'nightly-2': twoPlatforms.digest,
      'mq-1': attested.digest,
      'pr-crashed': throwaway,
      [fallback]: state.tags.get(fallback),
    });
    expect(state.tags.has('ghost')).toBe(false);

    const info = (digest: string): ManifestInfo | undefined => state.manifests.get(digest);
    expect(info(imgA.digest)).toEqual({ kind: 'image', digest: imgA.digest, created: new Date('2026-01-10T00:00:00Z'), buildKey: KEY_A, size: imageSize(imgA) });
    expect(info(imgB.digest)).toEqual({ kind: 'image', digest: imgB.digest, created: new Date('2026-02-01T00:00:00Z'), size: imageSize(imgB) });
    // The index has no date of its own: the engine dates it by its newest child.
    expect(info(twoPlatforms.digest)).toEqual({ kind: 'index', digest: twoPlatforms.digest, children: [amd.digest, arm.digest], buildKey: KEY_B, size: twoPlatforms.size });
    expect(info(amd.digest)).toMatchObject({ kind: 'image', buildKey: KEY_B, created: new Date('2026-03-01T00:00:00Z'), size: imageSize(amd) });
    expect(info(arm.digest)).toMatchObject({ kind: 'image', buildKey: KEY_B, created: new Date('2026-03-02T00:00:00Z') });
    expect(makeDater(state).digest(twoPlatforms.digest)).toEqual({ date: new Date('2026-03-02T00:00:00Z'), source: { kind: 'newest-child', child: arm.digest } });

    expect(info(attested.digest)).toMatchObject({ kind: 'index', children: [imgC.digest, attestation.digest] });
    expect(info(imgC.digest)).toMatchObject({ kind: 'image', created: new Date('2026-04-01T00:00:00Z') });
    expect(info(attestation.digest)).toEqual({ kind: 'artifact', digest: attestation.digest, size: imageSize(attestation) });

    // The referrer, reached through the fallback tag's index.
    const fallbackIndex = state.tags.get(fallback) ?? '';
    expect(info(fallbackIndex)).toMatchObject({ kind: 'index', children: [sbom.digest] });
    expect(info(sbom.digest)).toEqual({ kind: 'artifact', digest: sbom.digest, subject: imgA.digest, created: new Date('2026-01-11T00:00:00Z'), size: imageSize(sbom) });

    expect(info(throwaway)).toMatchObject({ kind: 'throwaway', digest: throwaway });
    expect(state.manifests.size).toBe(11);
  });

  it('makes each request once: one HEAD per tag, one GET per manifest and per image config, one referrers probe', async () => {
    const events: RequestEvent[] = [];
    const counting = new ListsAGhostTag({ onRequest: (e) => events.push(e) });
    await readRepositoryState(counting, repo());
    await counting.close();

    expect(events.every((e) => e.attempt === 1 && e.status !== undefined)).toBe(true);
    // 10 tags (the ghost included), 11 manifests, 5 runnable images' configs (imgA, imgB, amd,
    // arm, imgC; not the attestation, the SBOM or the throwaway), 1 referrers probe (404), and
    // the client's own `/v2/` ping, once per registry, to learn how it authenticates.
    expect(countBy(events, requestKind)).toEqual({ 'GET /v2/': 1, 'GET tags': 1, 'HEAD manifests': 10, 'GET manifests': 11, 'GET blobs': 5, 'GET referrers': 1 });
    const gets = events.filter((e) => e.method === 'GET').map((e) => e.url);
    expect(new Set(gets).size).toBe(gets.length);
    expect(events.find((e) => requestKind(e) === 'GET referrers')?.status).toBe(404);
  });

  it('gives the same state whatever the concurrency', async () => {
    const one = await readRepositoryState(client, repo(), { concurrency: 1 });
    const many = await readRepositoryState(client, repo(), { concurrency: 32 });
    expect(normalise(many)).toEqual(normalise(one));
  });

  it('asks the referrers API of each manifest once where the registry has it, and finds the same state', async () => {
    const front = await startRegistryFront(registry.host, { referrersApi: true });
    const events: RequestEvent[] = [];
    const viaApi = new RegistryClient({ onRequest: (e) => events.push(e) });
    try {
      const state = await readRepositoryState(viaApi, { registry: front.host, repository: 'cleanup/state' });
      expect(normalise(state)).toEqual(normalise(await readRepositoryState(client, repo())));
      // Every manifest but the throwaway is asked for its referrers; the SBOM, found both
      // through the API and through the fallback tag, is still fetched once.
      expect(countBy(events, requestKind)).toEqual({ 'GET /v2/': 1, 'GET tags': 1, 'HEAD manifests': 9, 'GET manifests': 11, 'GET blobs': 5, 'GET referrers': 10 });
      expect(events.filter((e) => requestKind(e) === 'GET referrers').every((e) => e.status === 200)).toBe(true);
    } finally {
      await viaApi.close();
      await front.stop();
    }
  });

  it('reads the same state through a proxy failing 20% of requests (the client retries)', async () => {
    const proxy = await startFaultProxy({ target: registry.host, rate: 0.2, seed: 7, slowMs: 200 });
    const flaky = new RegistryClient();
    try {
      const state = await readRepositoryState(flaky, { registry: proxy.host, repository: 'cleanup/state' });
      expect(Object.values(proxy.faults()).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      expect(normalise(state)).toEqual(normalise(await readRepositoryState(client, repo())));
    } finally {
      await flaky.close();
      await proxy.stop();
    }
  });

  it('passes the registry dates on, and gives a state the engine plans on', async () => {
    const registryDates = new Map([[imgB.digest, new Date('2026-02-02T00:00:00Z')]]);
    const state = await readRepositoryState(client, repo(), { registryDates });
    expect(state.registryDates).toBe(registryDates);
    const plan = planRetention(state, { rules: [{ tags: 'pr-*', olderThan: duration('7d') }], protect: ['latest'] }, new Date('2026-06-01T00:00:00Z'));
    const decided = Object.fromEntries(plan.tags.map((t) => [t.tag, t.action]));
    expect(decided).toMatchObject({ 'pr-1': 'delete', 'pr-crashed': 'delete', latest: 'keep', 'main-1': 'keep' });
    expect(plan.tags.find((t) => t.tag === 'pr-crashed')?.basis).toEqual({ kind: 'throwaway' });
    // The SBOM of the protected image stays with it.
    expect(plan.manifests.find((m) => m.digest === sbom.digest)?.action).toBe('keep');
  });
});

describe('readRepositoryState refuses a partial state', () => {
  it('throws when an index child cannot be fetched, rather than plan without it', async () => {
    const repo = { registry: registry.host, repository: 'cleanup/broken' };
    const index = makeIndex([makeImage(), makeImage({ platform: { os: 'linux', architecture: 'arm64' } })]);
    await pushIndex(client, `${registry.host}/cleanup/broken:multi`, index);
    const child = index.images[1]?.digest ?? '';
    await client.deleteManifest(withDigest({ ...repo, target: { kind: 'tag', tag: 'multi' } }, child));

    const error = await readRepositoryState(client, repo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error).toMatchObject({ status: 404, code: 'MANIFEST_UNKNOWN' });
    expect((error as RegistryError).reference).toContain(child);
  });
});

/** A state as plain, ordered data, for comparing two reads. */
function normalise(state: RepositoryState): unknown {
  return {
    tags: [...state.tags].sort(),
    manifests: [...state.manifests].sort(([a], [b]) => (a < b ? -1 : 1)),
  };
}
