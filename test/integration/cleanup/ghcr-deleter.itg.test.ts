/**
 * GHCR's deleter end to end. ghcr.io and api.github.com cannot be reached from the test
 * machine, so both are stood in for on loopback:
 * - ghcr.io's registry API by a REAL CNCF distribution registry (`startRegistry`): the tag's
 *   HEAD, the throwaway manifest's PUT and every check afterwards go to it;
 * - GitHub's Packages REST API by a fixture server (test/harness/ghcr-api.ts) whose answers
 *   are recorded and derived GitHub responses (test/fixtures/ghcr/: the version objects of
 *   GitHub's published example, its error bodies, its Link pagination), and whose version
 *   list is read from that registry on every request, while its DELETE of a version deletes
 *   the manifest in it. So "untag through a throwaway" is checked on real tags and digests.
 */
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/reference.js';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { ensureEmptyBlob, makeThrowawayManifest } from '../../../src/adapters/registry/throwaway.js';
import { createGhcrDeleter, type GhcrDeleterOptions } from '../../../src/adapters/deletion/ghcr.js';
import type { RegistryDeleter } from '../../../src/adapters/deletion/types.js';
import { startGhcrApiFixture, type GhcrApiFixture } from '../../harness/ghcr-api.js';
import { makeImage, pushImage, type FixtureImage } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';

const TOKEN = 'ghp_fixtureTokenThatMustNeverBePrinted0001';
const READ_ONLY_TOKEN = 'ghs_readOnlyInstallationToken00000000002';

let registry: RunningRegistry;
let api: GhcrApiFixture;
let client: RegistryClient;

beforeAll(async () => {
  registry = await startRegistry();
  api = await startGhcrApiFixture({
    registryUrl: registry.url,
    token: TOKEN,
    readOnlyTokens: [READ_ONLY_TOKEN],
    owners: { acme: 'Organization', octocat: 'User' },
  });
  client = new RegistryClient();
});

afterAll(async () => {
  await client?.close();
  await api?.stop();
  await registry?.stop();
});

const repo = (path: string) => ({ registry: registry.host, repository: path });
const ref = (path: string) => parseReference(`${registry.host}/${path}`);

function deleter(overrides: Partial<GhcrDeleterOptions> = {}): RegistryDeleter {
  return createGhcrDeleter({ client, token: TOKEN, apiUrl: api.url, ...overrides });
}

/** Pushes a small image under every tag given; returns it. */
async function push(path: string, tags: readonly string[], image: FixtureImage = makeImage({ layers: 1, layerBytes: 64 })): Promise<FixtureImage> {
  for (const tag of tags) await pushImage(client, `${registry.host}/${path}:${tag}`, image);
  return image;
}

/** A tag "pulls" when its manifest and every blob it names are there and verify. */
async function pulls(path: string, tag: string, expected: string): Promise<void> {
  const manifest = await client.getManifest(ref(`${path}:${tag}`));
  expect(manifest.digest).toBe(expected);
  if (manifest.kind !== 'image') throw new Error('expected an image');
  for (const blob of [manifest.config, ...manifest.layers]) {
    const bytes = await client.getBlobBytes(repo(path), blob.digest);
    expect(bytes.byteLength).toBe(blob.size);
  }
}

function requestsSince(start: number) {
  return api.requests.slice(start);
}

/** The error a call fails with (the test fails if it succeeds). */
async function failure(pending: Promise<unknown>): Promise<Error> {
  try {
    await pending;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

describe('listing', () => {
  it('follows the Link pages past 100 versions, 100 at a time, and gives each version its created_at', async () => {
    const path = 'acme/many';
    const digests: string[] = [];
    for (let i = 0; i < 130; i++) digests.push((await push(path, [`b-${i}`], makeImage({ layers: 0, annotations: { n: String(i) } }))).digest);
    const old = new Date('2025-01-02T03:04:05Z');
    api.setCreatedAt(digests[0] as string, old);

    const start = api.requests.length;
    const dates = await deleter().registryDates?.(repo(path));
    expect(dates?.size).toBe(130);
    expect(new Set(dates?.keys())).toEqual(new Set(digests));
    expect(dates?.get(digests[0] as string)?.toISOString()).toBe(old.toISOString());

    const lists = requestsSince(start).filter((r) => r.method === 'GET');
    expect(lists.map((r) => r.status)).toEqual([200, 200]);
    expect(lists[0]?.path).toBe('/orgs/acme/packages/container/many/versions?per_page=100&state=active');
    // The second page is GitHub's Link target as given (by the org's numeric id), not rebuilt.
    expect(lists[1]?.path).toMatch(/^\/organizations\/\d+\/packages\/container\/many\/versions\?per_page=100&state=active&page=2$/);
  });

  it('finds a user-owned package through /users after /orgs answers 404, and sends a name with a slash as one segment', async () => {
    const path = 'octocat/tools/builder';
    const keep = await push(path, ['stable']);
    const gone = await push(path, ['pr-4']);
    const start = api.requests.length;
    expect(await deleter().deleteManifest(repo(path), gone.digest, ['pr-4'])).toEqual({ status: 'done' });
    expect(await client.headManifest(ref(`${path}:pr-4`))).toBeUndefined();
    await pulls(path, 'stable', keep.digest);
    const seen = requestsSince(start).map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`);
    expect(seen[0]).toBe('GET /orgs/octocat/packages/container/tools%2Fbuilder/versions 404');
    expect(seen[1]).toBe('GET /users/octocat/packages/container/tools%2Fbuilder/versions 200');
    expect(seen.at(-1)).toMatch(/^DELETE \/users\/octocat\/packages\/container\/tools%2Fbuilder\/versions\/\d+ 204$/);
  });
});

describe('untag', () => {
  it('moves the tag onto a throwaway version and deletes that; the other tag on the digest still pulls', async () => {
    const path = 'acme/app';
    const shared = await push(path, ['keep-release', 'pr-1']);
    const other = await push(path, ['main-1']);
    const d = deleter();

    expect(await d.untag(repo(path), 'pr-1', shared.digest)).toEqual({ status: 'done' });
    expect(await client.headManifest(ref(`${path}:pr-1`))).toBeUndefined();
    await pulls(path, 'keep-release', shared.digest);
    await pulls(path, 'main-1', other.digest);
    // GitHub's view: the digest's version kept its other tag, and no throwaway version is left.
    const versions = await api.versions(path);
    expect(versions.find((v) => v.digest === shared.digest)?.tags).toEqual(['keep-release']);
    expect(versions.map((v) => v.digest).sort()).toEqual([shared.digest, other.digest].sort());

    // Safe to repeat: the tag is gone.
    expect(await d.untag(repo(path), 'pr-1', shared.digest)).toEqual({ status: 'already-gone' });
    expect(await deleter().untag(repo(path), 'pr-1', shared.digest)).toEqual({ status: 'already-gone' });
  });

  it('leaves a tag that now points elsewhere alone', async () => {
    const path = 'acme/moved';
    const planned = await push(path, ['keep-a', 'pr-2']);
    const repushed = await push(path, ['pr-2']);
    expect(await deleter().untag(repo(path), 'pr-2', planned.digest)).toEqual({ status: 'already-gone' });
    await pulls(path, 'pr-2', repushed.digest);
    await pulls(path, 'keep-a', planned.digest);
  });

  it('finishes an untag that a crash cut short between the throwaway push and the version delete', async () => {
    const path = 'acme/crashed';
    const shared = await push(path, ['keep-b', 'pr-3']);
    // What the first run did before dying: the tag moved onto a throwaway.
    await ensureEmptyBlob(client, repo(path));
    const throwaway = makeThrowawayManifest('pr-3');
    await client.putManifest(ref(`${path}:pr-3`), throwaway);
    expect((await client.headManifest(ref(`${path}:pr-3`)))?.digest).toBe(throwaway.digest);

    expect(await deleter().untag(repo(path), 'pr-3', shared.digest)).toEqual({ status: 'done' });
    expect(await client.headManifest(ref(`${path}:pr-3`))).toBeUndefined();
    expect(await client.headManifest(ref(`${path}@${throwaway.digest}`))).toBeUndefined();
    await pulls(path, 'keep-b', shared.digest);
  });
});

describe('deleteManifest', () => {
  it('deletes the digest\'s version with its tags; a repeat finds it already gone', async () => {
    const path = 'acme/rotate';
    const kept = await push(path, ['main-9']);
    const old = await push(path, ['pr-9', 'pr-10']);
    const d = deleter();
    expect(await d.deleteManifest(repo(path), old.digest, ['pr-9', 'pr-10'])).toEqual({ status: 'done' });
    expect(await client.headManifest(ref(`${path}@${old.digest}`))).toBeUndefined();
    expect(await client.headManifest(ref(`${path}:pr-9`))).toBeUndefined();
    await pulls(path, 'main-9', kept.digest);
    expect(await d.deleteManifest(repo(path), old.digest, ['pr-9', 'pr-10'])).toEqual({ status: 'already-gone' });
    // A new run (fresh version list) agrees.
    expect(await deleter().deleteManifest(repo(path), old.digest, ['pr-9', 'pr-10'])).toEqual({ status: 'already-gone' });
  });

  it('refuses a version that carries a tag the plan did not list, and leaves it', async () => {
    const path = 'acme/late-tag';
    await push(path, ['main-1']);
    const image = await push(path, ['pr-5', 'hotfix']);
    await expect(deleter().deleteManifest(repo(path), image.digest, ['pr-5'])).rejects.toThrow(/also carries "hotfix".*Re-run the cleanup/);
    await pulls(path, 'hotfix', image.digest);
  });

  it('reports GHCR\'s refusal to delete a package\'s last tagged version as unsupported, with GitHub\'s reason', async () => {
    const path = 'acme/solo';
    const only = await push(path, ['pr-1']);
    const outcome = await deleter().deleteManifest(repo(path), only.digest, ['pr-1']);
    expect(outcome.status).toBe('unsupported');
    expect(outcome.status === 'unsupported' ? outcome.reason : '').toMatch(/last tagged version.*delete the whole package/);
    await pulls(path, 'pr-1', only.digest);
  });
});

describe('errors', () => {
  it('a rejected token: the message names the permission needed and never the token', async () => {
    const path = 'acme/secure';
    const image = await push(path, ['pr-1']);
    await push(path, ['main-1']);
    const error = await failure(deleter({ token: 'ghp_wrongTokenWhichMustNotLeak000000000003' }).deleteManifest(repo(path), image.digest, ['pr-1']));
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toMatch(/HTTP 401 Bad credentials/);
    expect(error.message).toMatch(/packages: write/);
    expect(error.message).toMatch(/delete:packages/);
    expect(`${error.message} ${error.stack ?? ''}`).not.toContain('ghp_wrongTokenWhichMustNotLeak');
  });

  it('a token that may only read: 403 names packages: write and the Admin role, and never the token', async () => {
    const path = 'acme/readonly';
    const image = await push(path, ['pr-1']);
    await push(path, ['main-1']);
    const error = await failure(deleter({ token: READ_ONLY_TOKEN }).deleteManifest(repo(path), image.digest, ['pr-1']));
    expect(error.message).toMatch(/HTTP 403 Resource not accessible by integration/);
    expect(error.message).toMatch(/packages: write/);
    expect(error.message).toMatch(/Admin role/);
    expect(`${error.message} ${error.stack ?? ''}`).not.toContain(READ_ONLY_TOKEN);
    await pulls(path, 'pr-1', image.digest);
  });

  it('a package that does not exist: says what to check', async () => {
    await expect(deleter().deleteManifest(repo('acme/nothing-here'), `sha256:${'0'.repeat(64)}`, ['x'])).rejects.toThrow(
      /no container package "nothing-here" found for acme.*Package not found.*ghcr\.io\/acme\/nothing-here/,
    );
  });
});

describe('rate limits', () => {
  it('waits out a primary limit (403, x-ratelimit-remaining 0, x-ratelimit-reset) and a secondary one (429, retry-after)', async () => {
    const path = 'acme/limited';
    await push(path, ['main-1']);
    const gone = await push(path, ['pr-1']);
    const start = api.requests.length;
    api.rateLimitNext(1, 'primary', 1);
    const d = deleter();
    const t0 = performance.now();
    const dates = await d.registryDates?.(repo(path));
    expect(dates?.has(gone.digest)).toBe(true);
    api.rateLimitNext(1, 'secondary', 1);
    expect(await d.deleteManifest(repo(path), gone.digest, ['pr-1'])).toEqual({ status: 'done' });
    const elapsed = performance.now() - t0;
    const statuses = requestsSince(start).map((r) => r.status);
    expect(statuses).toEqual([403, 200, 429, 204]);
    expect(elapsed).toBeGreaterThanOrEqual(1_000);
    expect(await client.headManifest(ref(`${path}@${gone.digest}`))).toBeUndefined();
  });

  it('fails at once, saying how long GitHub asked, when the wait is longer than the run waits', async () => {
    const path = 'acme/limited-long';
    await push(path, ['main-1']);
    api.rateLimitNext(1, 'secondary', 3_600);
    const t0 = performance.now();
    await expect(deleter({ maxRateLimitWaitMs: 60_000 }).registryDates?.(repo(path))).rejects.toThrow(/rate limit.*asks to wait 3600 s.*Re-run the cleanup later/);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
