/**
 * The client through a fault-injecting proxy in front of a real registry: at a 20% fault rate
 * (429 with Retry-After, 500, 502, 503, dropped connections before and after the registry did
 * the work, answers slower than the client's timeout) every operation still completes with
 * the right result. With the rate at 0 the proxy is a request counter.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/reference.js';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { computeDigest } from '../../../src/adapters/registry/digest.js';
import { RegistryError } from '../../../src/adapters/registry/errors.js';
import { ALL_FAULTS, startFaultProxy, type FaultProxy } from '../../harness/fault-proxy.js';
import { makeImage, makeMultiPlatformIndex, makeReferrer, pushImage, pushIndex } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';

let registry: RunningRegistry;
let proxy: FaultProxy;

beforeAll(async () => {
  registry = await startRegistry();
  proxy = await startFaultProxy({ target: registry.host, rate: 0, seed: 20260101, retryAfterSeconds: 1, slowMs: 1500 });
});

afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
});

describe('fault proxy as a counter', () => {
  it('counts requests by method and kind of path', async () => {
    proxy.setRate(0);
    proxy.reset();
    const client = new RegistryClient();
    const image = makeImage({ layers: 1 });
    await pushImage(client, `${proxy.host}/count/app:1`, image);
    await client.getManifest(parseReference(`${proxy.host}/count/app:1`));
    expect(proxy.counts()).toEqual({
      'GET ping': 1,
      'HEAD blob': 2,
      'POST upload': 2,
      'PUT upload': 2,
      'PUT manifest': 1,
      'GET manifest': 1,
    });
    expect(proxy.requestCount()).toBe(9);
  });
});

describe('client operations at a 20% fault rate', () => {
  it('complete correctly', async () => {
    const client = new RegistryClient({
      timeoutMs: 1000, // below the proxy's 1.5 s slow answers, so those become timeouts and retries
      retry: { maxAttempts: 10, baseDelayMs: 20, maxDelayMs: 400, maxElapsedMs: 60_000 },
      upload: { monolithicLimit: 64 * 1024, chunkSize: 48 * 1024 },
    });
    proxy.reset();
    proxy.setRate(0.2);
    const at = (s: string) => parseReference(`${proxy.host}/${s}`);
    const repo = (name: string) => ({ registry: proxy.host, repository: name });

    const image = makeImage({ layers: 3, labels: { faults: 'survived' } });
    expect(await pushImage(client, `${proxy.host}/faulty/app:1`, image)).toBe(image.digest);
    const index = makeMultiPlatformIndex({ layers: 1 });
    expect(await pushIndex(client, `${proxy.host}/faulty/multi:1`, index)).toBe(index.digest);

    const big = new Uint8Array(randomBytes(200 * 1024));
    await client.uploadBlob(repo('faulty/big'), big); // chunked: 5 PATCHes
    expect(Buffer.from(await client.getBlobBytes(repo('faulty/big'), computeDigest(big), 1024 * 1024)).equals(Buffer.from(big))).toBe(true);

    expect((await client.getManifest(at('faulty/app:1'))).digest).toBe(image.digest);
    expect((await client.headManifest(at('faulty/multi:1')))?.digest).toBe(index.digest);
    expect((await client.getImageConfig(at('faulty/app:1'))).labels).toEqual({ faults: 'survived' });
    for (const layer of image.layers) {
      const bytes = await client.getBlobBytes(repo('faulty/app'), layer.descriptor.digest);
      expect(Buffer.from(bytes).equals(Buffer.from(layer.bytes))).toBe(true);
    }
    expect(await client.listTags(repo('faulty/app'))).toEqual(['1']);

    const copied = await client.copyImage(at('faulty/multi:1'), at('faulty/promoted:1'));
    expect(copied.digest).toBe(index.digest);
    expect((await client.headManifest(at('faulty/promoted:1')))?.digest).toBe(index.digest);

    const sbom = makeReferrer(image.descriptor);
    await pushImage(client, `${proxy.host}/faulty/app@${sbom.digest}`, sbom);
    expect((await client.listReferrers(at('faulty/app:1'))).map((d) => d.digest)).toEqual([sbom.digest]);

    await client.deleteManifest(at(`faulty/promoted@${index.digest}`));
    expect(await client.headManifest(at('faulty/promoted:1'))).toBeUndefined();

    const faults = proxy.faults();
    const injected = Object.values(faults).reduce((a, b) => a + b, 0);
    const total = proxy.requestCount();
    expect(total).toBeGreaterThan(60);
    expect(injected / total).toBeGreaterThan(0.1);
    expect(ALL_FAULTS.filter((f) => faults[f] > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('gives up within its bounds when the registry never recovers, saying so', async () => {
    const dead = await startFaultProxy({ target: registry.host, rate: 1, faults: ['503'], seed: 7 });
    try {
      const client = new RegistryClient({ retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 50, maxElapsedMs: 5_000 } });
      const started = Date.now();
      const failure = await client.headManifest(parseReference(`${dead.host}/faulty/app:1`)).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(failure).toBeInstanceOf(RegistryError);
      expect((failure as RegistryError).status).toBe(503);
      expect((failure as Error).message).toMatch(/^head manifest 127\.0\.0\.1:\d+\/faulty\/app:1 failed: HTTP 503 UNAVAILABLE: fault proxy: injected 503 \(after 3 attempts\)\.$/);
      expect(dead.requestCount()).toBe(3);
    } finally {
      await dead.stop();
    }
  });
});
