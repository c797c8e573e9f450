/**
 * The registry client against a real CNCF distribution 2.8 registry without auth: every
 * operation, with the content checked byte for byte and tampering detected.
 */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/reference.js';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { computeDigest } from '../../../src/adapters/registry/digest.js';
import { RegistryError } from '../../../src/adapters/registry/errors.js';
import { DOCKER_MANIFEST_LIST, OCI_INDEX } from '../../../src/adapters/registry/media-types.js';
import type { RequestEvent } from '../../../src/adapters/registry/transport.js';
import { makeImage, makeIndex, makeReferrer, pushImage, pushIndex } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';

let registry: RunningRegistry;
let client: RegistryClient;
const events: RequestEvent[] = [];

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient({ onRequest: (e) => events.push(e) });
});

afterAll(async () => {
  await registry?.stop();
});

const ref = (s: string) => parseReference(`${registry.host}/${s}`);
const repo = (name: string) => ({ registry: registry.host, repository: name });

function blobPath(digest: string): string {
  const hex = digest.replace('sha256:', '');
  return join(registry.storageDir, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
}

async function readAll(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('manifests and blobs', () => {
  it('pushes an image and reads it back: manifest bytes, head, config, blobs', async () => {
    const created = new Date('2026-02-03T04:05:06Z');
    const image = makeImage({ labels: { 'org.opencontainers.image.source': 'https://example.com/repo', team: 'infra' }, created });
    const digest = await pushImage(client, `${registry.host}/app/single:1.0`, image);
    expect(digest).toBe(image.digest);

    const manifest = await client.getManifest(ref('app/single:1.0'));
    expect(manifest.kind).toBe('image');
    expect(Buffer.from(manifest.bytes).equals(Buffer.from(image.bytes))).toBe(true);
    expect(manifest.digest).toBe(image.digest);

    expect(await client.headManifest(ref('app/single:1.0'))).toEqual({ digest: image.digest, mediaType: image.mediaType, size: image.size });
    expect(await client.headManifest(ref(`app/single@${image.digest}`))).toMatchObject({ digest: image.digest });
    expect(await client.headManifest(ref('app/single:missing'))).toBeUndefined();

    const config = await client.getImageConfig(ref('app/single:1.0'));
    expect(config).toMatchObject({ manifestDigest: image.digest, configDigest: image.config.descriptor.digest, os: 'linux', architecture: 'amd64' });
    expect(config.created?.toISOString()).toBe(created.toISOString());
    expect(config.labels).toEqual({ 'org.opencontainers.image.source': 'https://example.com/repo', team: 'infra' });

    const layer = image.layers[0]!;
    expect(await client.headBlob(repo('app/single'), layer.descriptor.digest)).toEqual({ digest: layer.descriptor.digest, size: layer.descriptor.size });
    expect(await client.headBlob(repo('app/single'), computeDigest(new Uint8Array(randomBytes(8))))).toBeUndefined();
    const { size, stream } = await client.getBlob(repo('app/single'), layer.descriptor.digest);
    expect(size).toBe(layer.descriptor.size);
    expect((await readAll(stream)).equals(Buffer.from(layer.bytes))).toBe(true);
  });

  it('uploads a large blob in chunks and a small one in one PUT', async () => {
    const chunky = new RegistryClient({ upload: { monolithicLimit: 64 * 1024, chunkSize: 40 * 1024 }, onRequest: (e) => events.push(e) });
    const big = new Uint8Array(randomBytes(150 * 1024 + 17));
    const before = events.length;
    await chunky.uploadBlob(repo('app/chunks'), big);
    const calls = events.slice(before).map((e) => e.method);
    expect(calls.filter((m) => m === 'PATCH')).toHaveLength(4); // 40+40+40+30 KiB
    const got = await chunky.getBlobBytes(repo('app/chunks'), computeDigest(big), 1024 * 1024);
    expect(Buffer.from(got).equals(Buffer.from(big))).toBe(true);

    const small = new Uint8Array(randomBytes(1000));
    const mark = events.length;
    await chunky.uploadBlob(repo('app/chunks'), small);
    expect(events.slice(mark).map((e) => e.method)).toEqual(['POST', 'PUT']);
  });

  it('pushes a two-platform index and reads each platform', async () => {
    const amd = makeImage({ labels: { arch: 'amd64' } });
    const arm = makeImage({ labels: { arch: 'arm64' }, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } });
    const index = makeIndex([amd, arm]);
    expect(await pushIndex(client, `${registry.host}/app/multi:2.0`, index)).toBe(index.digest);
    const got = await client.getManifest(ref('app/multi:2.0'));
    expect(got.kind).toBe('index');
    if (got.kind !== 'index') return;
    expect(got.mediaType).toBe(OCI_INDEX);
    expect(got.manifests.map((m) => m.digest)).toEqual([amd.digest, arm.digest]);
    expect((await client.getImageConfig(ref('app/multi:2.0'))).labels).toEqual({ arch: 'amd64' });
    expect((await client.getImageConfig(ref('app/multi:2.0'), { os: 'linux', architecture: 'arm64' })).labels).toEqual({ arch: 'arm64' });
    await expect(client.getImageConfig(ref('app/multi:2.0'), { os: 'windows', architecture: 'amd64' })).rejects.toThrow(/no image for windows\/amd64/);
  });

  it('keeps a Docker manifest list byte for byte (PUT keeps bytes and media type)', async () => {
    const images = [makeImage({ format: 'docker' }), makeImage({ format: 'docker', platform: { os: 'linux', architecture: 'arm64' } })];
    const list = makeIndex(images, 'docker');
    await pushIndex(client, `${registry.host}/app/docker:1`, list);
    const got = await client.getManifest(ref('app/docker:1'));
    expect(got.mediaType).toBe(DOCKER_MANIFEST_LIST);
    expect(got.digest).toBe(list.digest);
    // Retagging is a PUT of the same bytes: the digest cannot change.
    expect(await client.putManifest(ref('app/docker:retagged'), got)).toBe(list.digest);
    expect((await client.headManifest(ref('app/docker:retagged')))?.digest).toBe(list.digest);
  });

  it('detects a blob whose stored content was tampered with', async () => {
    const image = makeImage({ layers: 1 });
    await pushImage(client, `${registry.host}/app/tamper:1`, image);
    const layer = image.layers[0]!;
    const path = blobPath(layer.descriptor.digest);
    const original = await readFile(path);
    const evil = Buffer.from(original);
    evil[evil.length - 1] = evil[evil.length - 1]! ^ 0xff;
    await writeFile(path, evil);
    const { stream } = await client.getBlob(repo('app/tamper'), layer.descriptor.digest);
    const failure = await readAll(stream).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as RegistryError).code).toBe('DIGEST_MISMATCH');
    expect((failure as Error).message).toContain(`get blob ${registry.host}/app/tamper@${layer.descriptor.digest} failed`);
    await writeFile(path, original);
  });

  it('detects a manifest whose stored bytes were tampered with', async () => {
    const image = makeImage({ layers: 1 });
    await pushImage(client, `${registry.host}/app/tamper-manifest:1`, image);
    const path = blobPath(image.digest);
    const original = await readFile(path);
    await writeFile(path, Buffer.from(original.toString('utf8').replace('"schemaVersion":2', '"schemaVersion":2 ')));
    const failure = await client.getManifest(ref(`app/tamper-manifest@${image.digest}`)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as RegistryError).code).toBe('DIGEST_MISMATCH');
    await writeFile(path, original);
  });
});

describe('tags and deletion', () => {
  it('lists tags (distribution 2.8 ignores `n` and answers in one page; paging is unit-tested)', async () => {
    const image = makeImage({ layers: 1 });
    const tags = ['a', 'b', 'c', 'd', 'e'];
    for (const tag of tags) await pushImage(client, `${registry.host}/app/tags:${tag}`, image);
    expect((await client.listTags(repo('app/tags'), { pageSize: 2 })).sort()).toEqual(tags);
    expect((await client.listTags(repo('app/tags'))).sort()).toEqual(tags);
  });

  it('fails listing an unknown repository with the registry code', async () => {
    const failure = await client.listTags(repo('app/nothing-here')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as RegistryError).code).toBe('NAME_UNKNOWN');
    expect((failure as RegistryError).status).toBe(404);
  });

  it('deletes a manifest by digest; tag deletion is reported unsupported on distribution 2.8', async () => {
    const image = makeImage({ layers: 1 });
    await pushImage(client, `${registry.host}/app/delete:old`, image);
    expect(await client.deleteTag(ref('app/delete:old'))).toBe('unsupported');
    await client.deleteManifest(ref(`app/delete@${image.digest}`));
    expect(await client.headManifest(ref('app/delete:old'))).toBeUndefined();
    const again = await client.deleteManifest(ref(`app/delete@${image.digest}`)).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(RegistryError);
    expect((again as RegistryError).code).toBe('MANIFEST_UNKNOWN');
    await expect(client.deleteManifest(ref('app/delete:old'))).rejects.toThrow(/needs a reference by digest/);
  });

  it('says operation, reference, status, code and message for a missing manifest', async () => {
    const failure = await client.getManifest(ref('app/single:does-not-exist')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RegistryError);
    const error = failure as RegistryError;
    expect([error.operation, error.reference, error.status, error.code]).toEqual(['get manifest', `${registry.host}/app/single:does-not-exist`, 404, 'MANIFEST_UNKNOWN']);
    expect(error.message).toBe(
      `get manifest ${registry.host}/app/single:does-not-exist failed: HTTP 404 MANIFEST_UNKNOWN: manifest unknown. Check that ${registry.host}/app/single:does-not-exist exists.`,
    );
  });
});

describe('mount and referrers', () => {
  it('mounts a blob from another repository, and falls back to upload on 202', async () => {
    const image = makeImage({ layers: 1 });
    await pushImage(client, `${registry.host}/team/source:1`, image);
    const layer = image.layers[0]!;
    expect(await client.mountBlob(repo('team/target'), repo('team/source'), layer.descriptor.digest)).toBe('mounted');
    expect(await client.headBlob(repo('team/target'), layer.descriptor.digest)).toBeDefined();

    // A repository that does not have the blob cannot lend it: the registry answers 202.
    const stray = new Uint8Array(randomBytes(4096));
    const strayDigest = computeDigest(stray);
    expect(await client.mountBlob(repo('team/target'), repo('team/empty'), strayDigest)).toBe('not-mounted');
    expect(await client.headBlob(repo('team/target'), strayDigest)).toBeUndefined();
    const { bytesSource } = await import('../../../src/adapters/registry/blob-upload.js');
    expect(await client.mountBlob(repo('team/target'), repo('team/empty'), strayDigest, bytesSource(stray))).toBe('uploaded');
    expect(await client.headBlob(repo('team/target'), strayDigest)).toEqual({ digest: strayDigest, size: 4096 });
  });

  it('lists referrers through the sha256-<hex> fallback tag (distribution 2.8 has no referrers API)', async () => {
    const image = makeImage({ layers: 1 });
    await pushImage(client, `${registry.host}/app/signed:1`, image);
    expect(await client.listReferrers(ref('app/signed:1'))).toEqual([]);

    const sbom = makeReferrer(image.descriptor, { artifactType: 'application/vnd.example.sbom', annotations: { kind: 'sbom' } });
    const sig = makeReferrer(image.descriptor, { artifactType: 'application/vnd.example.sig', annotations: { kind: 'sig' } });
    await pushImage(client, `${registry.host}/app/signed@${sbom.digest}`, sbom);
    await pushImage(client, `${registry.host}/app/signed@${sig.digest}`, sig);
    // Pushing again does not list it twice.
    await pushImage(client, `${registry.host}/app/signed@${sbom.digest}`, sbom);

    const all = await client.listReferrers(ref('app/signed:1'));
    expect(all).toEqual([
      { mediaType: sbom.mediaType, digest: sbom.digest, size: sbom.size, artifactType: 'application/vnd.example.sbom', annotations: { kind: 'sbom' } },
      { mediaType: sig.mediaType, digest: sig.digest, size: sig.size, artifactType: 'application/vnd.example.sig', annotations: { kind: 'sig' } },
    ]);
    expect((await client.listReferrers(ref(`app/signed@${image.digest}`), { artifactType: 'application/vnd.example.sig' })).map((d) => d.digest)).toEqual([sig.digest]);
    const tags = await client.listTags(repo('app/signed'));
    expect(tags).toContain(`sha256-${image.digest.slice('sha256:'.length)}`);
  });
});
