/**
 * Copying images: across repositories of one registry (blobs mounted, never downloaded) and
 * across two registries (only the blobs the target lacks are read and uploaded), for single
 * images and whole indexes. Request counts come from the client's onRequest hook.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/reference.js';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { explicitCredentials } from '../../../src/adapters/registry/credentials.js';
import type { RequestEvent } from '../../../src/adapters/registry/transport.js';
import { makeImage, makeMultiPlatformIndex, pushImage, pushIndex } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';

let source: RunningRegistry;
let target: RunningRegistry;
let client: RegistryClient;
const events: RequestEvent[] = [];

beforeAll(async () => {
  [source, target] = await Promise.all([startRegistry(), startRegistry({ auth: 'token' })]);
  client = new RegistryClient({
    credentials: explicitCredentials([{ registry: target.host, ...target.credentials! }]),
    onRequest: (e) => events.push(e),
  });
});

afterAll(async () => {
  await Promise.all([source?.stop(), target?.stop()]);
});

function count(host: string, method: string, kind: RegExp, since: number): number {
  return events.slice(since).filter((e) => e.host === host && e.method === method && kind.test(new URL(e.url).pathname)).length;
}

const BLOB_GET = /\/blobs\/sha256:/;

describe('copy across registries', () => {
  it('copies an image, then a second image that shares its base layers, reading only what is missing', async () => {
    const base = makeImage({ layers: 2 });
    const child = makeImage({ layers: 1, baseLayers: base.layers });
    await pushImage(client, `${source.host}/app/base:1`, base);
    await pushImage(client, `${source.host}/app/child:1`, child);

    let mark = events.length;
    const first = await client.copyImage(parseReference(`${source.host}/app/base:1`), parseReference(`${target.host}/mirror/base:1`));
    expect(first.digest).toBe(base.digest);
    expect(first.blobs.copied.sort()).toEqual([base.config.descriptor.digest, ...base.layers.map((l) => l.descriptor.digest)].sort());
    expect(count(source.host, 'GET', BLOB_GET, mark)).toBe(3);

    // The child goes to the same target repository: the two base layers are already there.
    mark = events.length;
    const second = await client.copyImage(parseReference(`${source.host}/app/child:1`), parseReference(`${target.host}/mirror/base:child`));
    expect(second.blobs.skipped.sort()).toEqual(base.layers.map((l) => l.descriptor.digest).sort());
    expect(second.blobs.copied.sort()).toEqual([child.config.descriptor.digest, child.layers[2]!.descriptor.digest].sort());
    expect(count(source.host, 'GET', BLOB_GET, mark)).toBe(2);

    const config = await client.getImageConfig(parseReference(`${target.host}/mirror/base:child`));
    expect(config.manifestDigest).toBe(child.digest);
  });

  it('copies a whole two-platform index, and a second copy moves nothing', async () => {
    const index = makeMultiPlatformIndex();
    await pushIndex(client, `${source.host}/app/multi:1`, index);

    let mark = events.length;
    const result = await client.copyImage(parseReference(`${source.host}/app/multi:1`), parseReference(`${target.host}/mirror/multi:1`));
    expect(result).toMatchObject({ digest: index.digest, manifestsPut: 3 });
    expect(result.blobs.copied).toHaveLength(6);
    expect(count(source.host, 'GET', BLOB_GET, mark)).toBe(6);
    for (const image of index.images) {
      expect((await client.headManifest(parseReference(`${target.host}/mirror/multi@${image.digest}`)))?.digest).toBe(image.digest);
    }

    mark = events.length;
    const again = await client.copyImage(parseReference(`${source.host}/app/multi:1`), parseReference(`${target.host}/mirror/multi:1`));
    expect(again).toMatchObject({ digest: index.digest, manifestsPut: 0, blobs: { copied: [], mounted: [], skipped: [] } });
    expect(count(source.host, 'GET', BLOB_GET, mark)).toBe(0);
    expect(events.slice(mark).filter((e) => e.method === 'PUT' || e.method === 'POST' || e.method === 'PATCH')).toEqual([]);

    // A new tag for the same index is one PUT of the index: the platforms are already there.
    mark = events.length;
    const retag = await client.copyImage(parseReference(`${source.host}/app/multi:1`), parseReference(`${target.host}/mirror/multi:latest`));
    expect(retag.manifestsPut).toBe(1);
    expect(count(source.host, 'GET', BLOB_GET, mark)).toBe(0);
  });
});

describe('copy within one registry', () => {
  it('mounts every blob from the source repository and downloads none', async () => {
    const image = makeImage({ layers: 3 });
    await pushImage(client, `${target.host}/team/app:pr-1`, image);
    const mark = events.length;
    const result = await client.copyImage(parseReference(`${target.host}/team/app:pr-1`), parseReference(`${target.host}/release/app:1.0`));
    expect(result.blobs.mounted).toHaveLength(4);
    expect(result.blobs.copied).toEqual([]);
    expect(count(target.host, 'GET', BLOB_GET, mark)).toBe(0);
    expect(target.tokenIssuer!.requests.at(-1)?.scopes).toEqual(expect.arrayContaining(['repository:team/app:pull']));
  });

  it('retags within a repository with one PUT of the same bytes', async () => {
    const image = makeImage({ layers: 1 });
    await pushImage(client, `${target.host}/team/app:pr-2`, image);
    const mark = events.length;
    const result = await client.copyImage(parseReference(`${target.host}/team/app:pr-2`), parseReference(`${target.host}/team/app:latest`));
    expect(result).toMatchObject({ digest: image.digest, manifestsPut: 1, blobs: { copied: [], mounted: [] } });
    expect(events.slice(mark).filter((e) => e.method === 'PUT').length).toBe(1);
    expect(count(target.host, 'HEAD', BLOB_GET, mark)).toBe(0);
  });
});
