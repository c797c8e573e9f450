/**
 * Docker Hub's deleter against a loopback stand-in for hub.docker.com (test/harness/dockerhub-api.ts).
 * Docker Hub cannot be reached from the test machine: the stand-in's answers are recorded and
 * derived Hub responses kept in test/fixtures/dockerhub/ (the documented login and tag shapes,
 * Hub's error bodies, its 429 with X-Retry-After), and its repositories live in memory.
 */
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDockerHubDeleter, type DockerHubDeleterOptions } from '../../../src/adapters/deletion/dockerhub.js';
import type { RegistryDeleter } from '../../../src/adapters/deletion/types.js';
import { startDockerHubApiFixture, type DockerHubApiFixture } from '../../harness/dockerhub-api.js';

const USER = 'acmebot';
const PAT = 'dckr_pat_fixtureSecretThatMustNeverBePrinted01';
const READ_ONLY_PAT = 'dckr_pat_readOnlyFixtureSecret000000000002';
const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const repo = { registry: 'registry-1.docker.io', repository: 'acme/app' };

let hub: DockerHubApiFixture;

beforeAll(async () => {
  hub = await startDockerHubApiFixture({ username: USER, secret: PAT, readOnlySecret: READ_ONLY_PAT });
});

afterAll(async () => {
  await hub?.stop();
});

function deleter(overrides: Partial<DockerHubDeleterOptions> = {}): RegistryDeleter {
  return createDockerHubDeleter({ credentials: { username: USER, password: PAT }, apiUrl: hub.url, ...overrides });
}

function seed(repository: string, tags: Readonly<Record<string, string>>): void {
  for (const [tag, digest] of Object.entries(tags)) hub.setTag(repository, tag, digest);
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

describe('untag', () => {
  it('deletes the tag through the tag API; the other tag on the digest stays; a repeat is already gone', async () => {
    seed('acme/app', { 'keep-release': D1, 'pr-1': D1 });
    const start = hub.requests.length;
    const d = deleter();
    expect(await d.untag(repo, 'pr-1', D1)).toEqual({ status: 'done' });
    expect(hub.tags('acme/app').get('pr-1')).toBeUndefined();
    expect(hub.tags('acme/app').get('keep-release')).toBe(D1);
    expect(await d.untag(repo, 'pr-1', D1)).toEqual({ status: 'already-gone' });

    const calls = hub.requests.slice(start).map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(calls.slice(0, 3)).toEqual([
      'POST /v2/auth/token 200',
      'GET /v2/namespaces/acme/repositories/app/tags/pr-1 200',
      'DELETE /v2/repositories/acme/app/tags/pr-1/ 204',
    ]);
    // The login is the documented one: identifier and secret.
    expect(JSON.parse(hub.requests[start]?.body ?? '{}')).toEqual({ identifier: USER, secret: PAT });
  });

  it('leaves a tag that now points at another digest', async () => {
    seed('acme/app', { 'pr-2': D2 });
    expect(await deleter().untag(repo, 'pr-2', D1)).toEqual({ status: 'already-gone' });
    expect(hub.tags('acme/app').get('pr-2')).toBe(D2);
  });
});

describe('deleteManifest', () => {
  it('deletes each tag of the digest (Hub has no delete by digest); a repeat is already gone', async () => {
    seed('acme/rotate', { 'pr-7': D1, 'pr-8': D1, 'main-1': D2 });
    const r = { ...repo, repository: 'acme/rotate' };
    const d = deleter();
    expect(d.storageNote).toMatch(/cannot delete a manifest by digest.*retention/);
    expect(await d.deleteManifest(r, D1, ['pr-7', 'pr-8'])).toEqual({ status: 'done' });
    expect([...hub.tags('acme/rotate').keys()]).toEqual(['main-1']);
    expect(await d.deleteManifest(r, D1, ['pr-7', 'pr-8'])).toEqual({ status: 'already-gone' });
  });

  it('a digest without tags: unsupported, with the reason', async () => {
    const outcome = await deleter().deleteManifest(repo, D2, []);
    expect(outcome.status).toBe('unsupported');
    expect(outcome.status === 'unsupported' ? outcome.reason : '').toMatch(/no API to delete a manifest by digest.*own retention/);
  });

  it('an official image name (library/…) is addressed as namespace library', async () => {
    seed('library/tool', { 'old-1': D1, stable: D2 });
    expect(await deleter().deleteManifest({ ...repo, repository: 'library/tool' }, D1, ['old-1'])).toEqual({ status: 'done' });
    expect([...hub.tags('library/tool').keys()]).toEqual(['stable']);
  });
});

describe('login and errors', () => {
  it('logs in again when the token has expired (they last ten minutes)', async () => {
    seed('acme/app', { 'pr-3': D1, 'pr-4': D1, keep: D1 });
    const d = deleter();
    expect(await d.untag(repo, 'pr-3', D1)).toEqual({ status: 'done' });
    hub.expireTokens();
    const start = hub.requests.length;
    expect(await d.untag(repo, 'pr-4', D1)).toEqual({ status: 'done' });
    expect(hub.requests.slice(start).map((r) => `${r.method} ${r.path.split('/').slice(0, 3).join('/')} ${r.status}`)).toEqual([
      'GET /v2/namespaces 401',
      'POST /v2/auth 200',
      'GET /v2/namespaces 200',
      'DELETE /v2/repositories 204',
    ]);
  });

  it('a refused login says to use a personal access token and never prints the secret', async () => {
    seed('acme/app', { 'pr-5': D1 });
    const wrong = 'dckr_pat_wrongSecretThatMustNotLeak0000000003';
    const error = await failure(deleter({ credentials: { username: USER, password: wrong } }).untag(repo, 'pr-5', D1));
    expect(error.message).toMatch(/login as acmebot failed: HTTP 401 Incorrect authentication credentials/);
    expect(error.message).toMatch(/personal access token with "Read, Write, Delete" access/);
    expect(`${error.message} ${error.stack ?? ''}`).not.toContain(wrong);
    expect(hub.tags('acme/app').get('pr-5')).toBe(D1);
  });

  it('a login that may not delete: 403 names the access needed, and prints neither secret nor token', async () => {
    seed('acme/app', { 'pr-6': D1 });
    const error = await failure(deleter({ credentials: { username: USER, password: READ_ONLY_PAT } }).untag(repo, 'pr-6', D1));
    expect(error.message).toMatch(/could not delete tag pr-6 of acme\/app: HTTP 403 You do not have permission/);
    expect(error.message).toMatch(/Read, Write, Delete/);
    expect(error.message).not.toContain(READ_ONLY_PAT);
    expect(error.message).not.toMatch(/hub-[0-9a-f]{24}/);
    expect(hub.tags('acme/app').get('pr-6')).toBe(D1);
  });

  it('a repository name Hub cannot have is bad input', async () => {
    await expect(deleter().untag({ ...repo, repository: 'a/b/c' }, 'x', D1)).rejects.toThrow(/Hub names are NAMESPACE\/NAME/);
  });
});

describe('rate limits', () => {
  it('waits until X-Retry-After and goes on', async () => {
    seed('acme/app', { 'pr-9': D1 });
    const d = deleter();
    hub.rateLimitNext(1, 1);
    const start = hub.requests.length;
    const t0 = performance.now();
    expect(await d.untag(repo, 'pr-9', D1)).toEqual({ status: 'done' });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(900);
    expect(hub.requests.slice(start).map((r) => r.status)).toEqual([429, 200, 200, 204]);
  });
});
