/**
 * The distribution deleter against a real CNCF distribution 2.8 registry, which deletes by
 * digest only (it answers the OCI tag delete with 400): untag through a throwaway leaves the
 * other tags of the digest whole, a manifest is deleted by digest, repeats are 'already-gone',
 * a tag moved since the plan is left alone, a throwaway left by a crash is finished, and a
 * registry with deletion disabled is reported, not half-done. What is left in the registry is
 * checked in its storage directory too: the manifest revisions it still links.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDigest } from '../../../src/core/reference.js';
import { planRetention } from '../../../src/core/retention/plan.js';
import { orderedSteps } from '../../../src/core/retention/steps.js';
import { RegistryClient, type RepositoryRef } from '../../../src/adapters/registry/client.js';
import type { RequestEvent } from '../../../src/adapters/registry/transport.js';
import { createDistributionDeleter } from '../../../src/adapters/deletion/distribution.js';
import type { RegistryDeleter } from '../../../src/adapters/deletion/types.js';
import { readRepositoryState } from '../../../src/app/cleanup/read-state.js';
import { makeImage, makeMultiPlatformIndex, pushImage, pushIndex } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { ensureEmptyBlob } from '../../../src/adapters/registry/throwaway.js';
import { startRegistryFront } from './registry-front.js';
import { countBy, expectPulls, leaveThrowaway, requestKind, tagRef } from './state-fixtures.js';

let registry: RunningRegistry;
let client: RegistryClient;
const events: RequestEvent[] = [];
let deleter: RegistryDeleter;

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient({ onRequest: (e) => events.push(e) });
  deleter = createDistributionDeleter(client);
});

afterAll(async () => {
  await client?.close();
  await registry?.stop();
});

const repoNamed = (name: string): RepositoryRef => ({ registry: registry.host, repository: name });

/** The manifests the registry still links in a repository (deleted ones lose their link). */
async function linkedManifests(storageDir: string, repo: RepositoryRef): Promise<string[]> {
  const dir = join(storageDir, 'docker/registry/v2/repositories', repo.repository, '_manifests/revisions/sha256');
  const entries = await readdir(dir);
  const linked: string[] = [];
  for (const hex of entries) {
    const files = await readdir(join(dir, hex));
    if (files.includes('link')) linked.push(`sha256:${hex}`);
  }
  return linked.sort();
}

async function tagsOf(repo: RepositoryRef): Promise<string[]> {
  return (await client.listTags(repo)).sort();
}

describe('untag', () => {
  it('removes a tag through a throwaway and leaves the other tag of the digest pulling', async () => {
    const repo = repoNamed('cleanup/untag');
    const image = makeImage();
    await pushImage(client, `${registry.host}/cleanup/untag:keep-me`, image);
    await pushImage(client, `${registry.host}/cleanup/untag:drop-me`, image);

    expect(await deleter.untag(repo, 'drop-me', image.digest)).toEqual({ status: 'done' });
    expect(await tagsOf(repo)).toEqual(['keep-me']);
    await expectPulls(client, repo, 'keep-me', image.digest);
    // The original manifest is still linked; the throwaway is not.
    expect(await linkedManifests(registry.storageDir, repo)).toEqual([image.digest]);

    expect(await deleter.untag(repo, 'drop-me', image.digest)).toEqual({ status: 'already-gone' });
  });

  it('untags an index and keeps its other tag, children and blobs', async () => {
    const repo = repoNamed('cleanup/untag-index');
    const index = makeMultiPlatformIndex();
    await pushIndex(client, `${registry.host}/cleanup/untag-index:v1`, index);
    await pushIndex(client, `${registry.host}/cleanup/untag-index:pr-7`, index);

    expect(await deleter.untag(repo, 'pr-7', index.digest)).toEqual({ status: 'done' });
    expect(await tagsOf(repo)).toEqual(['v1']);
    await expectPulls(client, repo, 'v1', index.digest);
    expect(await linkedManifests(registry.storageDir, repo)).toEqual([index.digest, ...index.images.map((i) => i.digest)].sort());
  });

  it('costs three requests per untag once the registry is known (HEAD, PUT, DELETE)', async () => {
    const repo = repoNamed('cleanup/untag-count');
    const image = makeImage({ layers: 1 });
    for (const tag of ['stay', 'a', 'b']) await pushImage(client, `${registry.host}/cleanup/untag-count:${tag}`, image);
    const fresh = createDistributionDeleter(client);

    events.length = 0;
    expect(await fresh.untag(repo, 'a', image.digest)).toEqual({ status: 'done' });
    // First time: the tag delete is tried (400), deletion is probed (404 for a digest that cannot
    // exist) and the empty blob is checked and uploaded.
    const first = countBy(events, (e) => `${requestKind(e)} ${e.status ?? ''}`);
    expect(first).toMatchObject({ 'HEAD manifests 200': 1, 'DELETE manifests 400': 1, 'DELETE manifests 404': 1, 'HEAD blobs 404': 1, 'PUT manifests 201': 1, 'DELETE manifests 202': 1 });

    events.length = 0;
    expect(await fresh.untag(repo, 'b', image.digest)).toEqual({ status: 'done' });
    expect(countBy(events, (e) => `${requestKind(e)} ${e.status ?? ''}`)).toEqual({ 'HEAD manifests 200': 1, 'PUT manifests 201': 1, 'DELETE manifests 202': 1 });
    expect(await tagsOf(repo)).toEqual(['stay']);
    await expectPulls(client, repo, 'stay', image.digest);
  });

  it('leaves alone a tag that moved since the plan', async () => {
    const repo = repoNamed('cleanup/moved');
    const planned = makeImage();
    const newer = makeImage();
    await pushImage(client, `${registry.host}/cleanup/moved:pr-1`, planned);
    await pushImage(client, `${registry.host}/cleanup/moved:keep`, planned);
    await pushImage(client, `${registry.host}/cleanup/moved:pr-1`, newer);

    const outcome = await deleter.untag(repo, 'pr-1', planned.digest);
    expect(outcome).toMatchObject({ status: 'unsupported' });
    expect(outcome.status === 'unsupported' ? outcome.reason : '').toContain('tag moved since the plan');
    await expectPulls(client, repo, 'pr-1', newer.digest);
    await expectPulls(client, repo, 'keep', planned.digest);
  });

  it('finishes its own throwaway when a repeat finds the tag on it', async () => {
    const repo = repoNamed('cleanup/repeat');
    const image = makeImage();
    await pushImage(client, `${registry.host}/cleanup/repeat:keep`, image);
    await pushImage(client, `${registry.host}/cleanup/repeat:pr-2`, image);
    const throwaway = await leaveThrowaway(client, repo, 'pr-2');

    expect(await deleter.untag(repo, 'pr-2', image.digest)).toEqual({ status: 'done' });
    expect(await tagsOf(repo)).toEqual(['keep']);
    expect(await client.headManifest(withDigest(tagRef(repo, 'keep'), throwaway))).toBeUndefined();
    await expectPulls(client, repo, 'keep', image.digest);
  });
});

describe('on a registry with the OCI tag delete (a front over distribution adds it)', () => {
  it('deletes the tag alone, then checks that the manifest is still there', async () => {
    const front = await startRegistryFront(registry.host, { tagDelete: 'untag' });
    const seen: RequestEvent[] = [];
    const viaFront = new RegistryClient({ onRequest: (e) => seen.push(e) });
    try {
      const direct = repoNamed('cleanup/tag-delete');
      const image = makeImage();
      await pushImage(client, `${registry.host}/cleanup/tag-delete:keep`, image);
      await pushImage(client, `${registry.host}/cleanup/tag-delete:pr-3`, image);
      await ensureEmptyBlob(client, direct); // The front's own scratch manifest needs it.

      const repo = { registry: front.host, repository: 'cleanup/tag-delete' };
      expect(await createDistributionDeleter(viaFront).untag(repo, 'pr-3', image.digest)).toEqual({ status: 'done' });
      // No throwaway of ours: HEAD the tag, DELETE it, HEAD the digest (after the /v2/ ping).
      expect(seen.map((e) => `${requestKind(e)} ${e.status ?? ''}`)).toEqual(['GET /v2/ 200', 'HEAD manifests 200', 'DELETE manifests 202', 'HEAD manifests 200']);
      expect(await tagsOf(direct)).toEqual(['keep']);
      await expectPulls(client, direct, 'keep', image.digest);
    } finally {
      await viaFront.close();
      await front.stop();
    }
  });

  it('stops the run when the registry took the manifest with the tag', async () => {
    const front = await startRegistryFront(registry.host, { tagDelete: 'deletes-manifest' });
    const viaFront = new RegistryClient();
    try {
      const image = makeImage();
      await pushImage(client, `${registry.host}/cleanup/tag-delete-bad:keep`, image);
      await pushImage(client, `${registry.host}/cleanup/tag-delete-bad:pr-4`, image);
      const repo = { registry: front.host, repository: 'cleanup/tag-delete-bad' };
      await expect(createDistributionDeleter(viaFront).untag(repo, 'pr-4', image.digest)).rejects.toThrow(/cannot untag safely/);
    } finally {
      await viaFront.close();
      await front.stop();
    }
  });
});

describe('deleteManifest', () => {
  it('deletes by digest, with every tag on it, and says already-gone on a repeat', async () => {
    const repo = repoNamed('cleanup/delete');
    const doomed = makeImage();
    const other = makeImage();
    await pushImage(client, `${registry.host}/cleanup/delete:pr-1`, doomed);
    await pushImage(client, `${registry.host}/cleanup/delete:pr-1-again`, doomed);
    await pushImage(client, `${registry.host}/cleanup/delete:main`, other);

    expect(await deleter.deleteManifest(repo, doomed.digest, ['pr-1', 'pr-1-again'])).toEqual({ status: 'done' });
    expect(await tagsOf(repo)).toEqual(['main']);
    expect(await client.headManifest(withDigest(tagRef(repo, 'main'), doomed.digest))).toBeUndefined();
    await expectPulls(client, repo, 'main', other.digest);
    expect(await deleter.deleteManifest(repo, doomed.digest, ['pr-1', 'pr-1-again'])).toEqual({ status: 'already-gone' });
  });

  it('notes that distribution frees storage only after garbage collection', () => {
    expect(deleter.kind).toBe('distribution');
    expect(deleter.storageNote).toMatch(/garbage.collect/);
  });
});

describe('a crash between the PUT and the DELETE of an untag', () => {
  it('is read as a tag on a throwaway, which the next plan deletes without touching the image', async () => {
    const repo = repoNamed('cleanup/crash');
    const image = makeImage({ created: new Date('2026-01-01T00:00:00Z') });
    await pushImage(client, `${registry.host}/cleanup/crash:latest`, image);
    await pushImage(client, `${registry.host}/cleanup/crash:pr-9`, image);
    const throwaway = await leaveThrowaway(client, repo, 'pr-9');

    const state = await readRepositoryState(client, repo);
    expect(state.manifests.get(throwaway)?.kind).toBe('throwaway');
    const plan = planRetention(state, { rules: [], protect: ['latest'] }, new Date('2026-06-01T00:00:00Z'));
    const steps = orderedSteps(plan);
    expect(steps).toEqual([{ kind: 'delete-manifest', digest: throwaway, tags: ['pr-9'] }]);
    for (const step of steps) {
      const outcome = step.kind === 'untag' ? await deleter.untag(repo, step.tag, step.digest) : await deleter.deleteManifest(repo, step.digest, step.tags);
      expect(outcome).toEqual({ status: 'done' });
    }
    expect(await tagsOf(repo)).toEqual(['latest']);
    await expectPulls(client, repo, 'latest', image.digest);
    expect(await linkedManifests(registry.storageDir, repo)).toEqual([image.digest]);
  });
});

describe('a registry with deletion disabled', () => {
  let closed: RunningRegistry;
  let closedClient: RegistryClient;

  beforeAll(async () => {
    closed = await startRegistry({ deleteEnabled: false });
    closedClient = new RegistryClient();
  });

  afterAll(async () => {
    await closedClient?.close();
    await closed?.stop();
  });

  it('reports unsupported with what to enable, and never leaves a tag on a throwaway', async () => {
    const repo = { registry: closed.host, repository: 'cleanup/closed' };
    const image = makeImage();
    await pushImage(closedClient, `${closed.host}/cleanup/closed:keep`, image);
    await pushImage(closedClient, `${closed.host}/cleanup/closed:pr-1`, image);
    const closedDeleter = createDistributionDeleter(closedClient);

    const untag = await closedDeleter.untag(repo, 'pr-1', image.digest);
    expect(untag).toMatchObject({ status: 'unsupported' });
    expect(untag.status === 'unsupported' ? untag.reason : '').toContain('storage.delete.enabled: true');
    const removal = await closedDeleter.deleteManifest(repo, image.digest, ['keep', 'pr-1']);
    expect(removal).toMatchObject({ status: 'unsupported' });
    expect(removal.status === 'unsupported' ? removal.reason : '').toContain('storage.delete.enabled: true');

    expect((await closedClient.listTags(repo)).sort()).toEqual(['keep', 'pr-1']);
    await expectPulls(closedClient, repo, 'pr-1', image.digest);
    await expectPulls(closedClient, repo, 'keep', image.digest);
  });
});
