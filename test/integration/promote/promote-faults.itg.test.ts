/**
 * Promote through the fault proxy: with 20% of requests faulted (429 with Retry-After, 500,
 * 502, 503, connections dropped before the registry sees the request or after it did the work,
 * answers slower than the client's timeout), 100 promote runs each end in exactly the state of
 * a fault-free run: the same tag → digest map in every repository, nothing more, nothing less.
 *
 * Each run promotes 3 images (two single-platform, one two-platform index) × 3 tags within
 * their repositories, in a namespace of its own (`run-<n>/…`), so every run starts from the same
 * fresh state: the builds under their temporary tag, pushed fault-free. Runs go ten at a time.
 *
 * The client is given a short timeout and more, faster retries than the product's default, so
 * that slow answers become timeouts and a hundred runs fit in a test; at 20% faults a request
 * failing ten times in a row is a one in ten million event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/reference.js';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { promote, type PromotionPlanItem } from '../../../src/app/promote.js';
import { startFaultProxy, type FaultKind, type FaultProxy } from '../../harness/fault-proxy.js';
import { makeImage, makeMultiPlatformIndex, type FixtureManifest } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { pushAll, registryState } from './support.js';

const RUNS = 100;
const AT_ONCE = 10;
const FROM = 'pr-31-fedcba9';
const TAGS = ['latest', 'sha-1234567', 'main'];

let registry: RunningRegistry;
let proxy: FaultProxy;
let direct: RegistryClient;
let images: Record<string, FixtureManifest>;

beforeAll(async () => {
  registry = await startRegistry();
  proxy = await startFaultProxy({ target: registry.host, rate: 0, seed: 424242, retryAfterSeconds: 1, slowMs: 1500 });
  direct = new RegistryClient();
  images = {
    app: makeImage({ layers: 2, layerBytes: 1024 }),
    web: makeImage({ layers: 1, layerBytes: 1024, format: 'docker' }),
    multi: makeMultiPlatformIndex({ layers: 1, layerBytes: 1024 }),
  };
});

afterAll(async () => {
  await direct?.close();
  await proxy?.stop();
  await registry?.stop();
});

function repositories(namespace: string): string[] {
  return Object.keys(images).flatMap((name) => [`${namespace}/${name}`, `${namespace}/release-${name}`]);
}

/** Within each repository, or (`into`) to `<namespace>/<into>-<name>` of the same registry. */
function plan(namespace: string, into?: string): PromotionPlanItem[] {
  return Object.keys(images).map((name) => {
    const ref = parseReference(`${proxy.host}/${namespace}/${name}:${FROM}`);
    const target = into === undefined ? ref : parseReference(`${proxy.host}/${namespace}/${into}-${name}:${FROM}`);
    return { image: name, source: ref, target, tags: TAGS };
  });
}

/** One promote run as a fresh process would do it: its own client, the whole plan. */
async function promoteRun(namespace: string, into?: string): Promise<void> {
  const client = new RegistryClient({
    timeoutMs: 1000, // below the proxy's 1.5 s slow answers: those become timeouts and retries
    retry: { maxAttempts: 10, baseDelayMs: 20, maxDelayMs: 400, maxElapsedMs: 60_000 },
  });
  try {
    await promote(client, plan(namespace, into), { dryRun: false, log: () => undefined });
  } finally {
    await client.close();
  }
}

/** The registry state of a namespace with the namespace taken out, so runs compare as equals. */
async function stateOf(namespace: string): Promise<Record<string, Record<string, string>>> {
  const state = await registryState(direct, registry.host, repositories(namespace));
  return Object.fromEntries(Object.entries(state).map(([repo, tags]) => [repo.slice(namespace.length + 1), tags]));
}

describe('promote at a 20% fault rate', () => {
  it(`${RUNS} runs all end in exactly the state of a fault-free run`, { timeout: 600_000 }, async () => {
    // The fault-free reference.
    proxy.setRate(0);
    await pushAll(direct, registry.host, FROM, Object.fromEntries(Object.entries(images).map(([n, i]) => [`clean/${n}`, i])));
    await promoteRun('clean');
    const expected = await stateOf('clean');
    expect(Object.keys(images).every((name) => Object.keys(expected[name]!).length === 1 + TAGS.length)).toBe(true);
    expect(expected['multi']!['latest']).toBe(images['multi']!.digest);

    for (let start = 0; start < RUNS; start += AT_ONCE) {
      await Promise.all(
        Array.from({ length: Math.min(AT_ONCE, RUNS - start) }, (_, i) =>
          pushAll(direct, registry.host, FROM, Object.fromEntries(Object.entries(images).map(([name, image]) => [`run-${start + i}/${name}`, image]))),
        ),
      );
    }

    proxy.reset();
    proxy.setRate(0.2);
    const failures: string[] = [];
    for (let start = 0; start < RUNS; start += AT_ONCE) {
      const batch = Array.from({ length: Math.min(AT_ONCE, RUNS - start) }, (_, i) => start + i);
      await Promise.all(
        batch.map((n) =>
          promoteRun(`run-${n}`).catch((error: unknown) => {
            failures.push(`run ${n}: ${(error as Error).message}`);
          }),
        ),
      );
    }
    proxy.setRate(0);
    const injected = proxy.faults();
    const requests = proxy.requestCount();
    expect(failures).toEqual([]);

    for (let n = 0; n < RUNS; n++) {
      expect(await stateOf(`run-${n}`), `run ${n}`).toEqual(expected);
    }
    // The faults really happened, every kind of them, at about the asked rate.
    const total = Object.values(injected).reduce((a, b) => a + b, 0);
    expect(total / requests).toBeGreaterThan(0.15);
    expect(total / requests).toBeLessThan(0.25);
    for (const kind of Object.keys(injected) as FaultKind[]) expect(injected[kind], kind).toBeGreaterThan(0);
  });
});

describe('promote into another repository (blobs mounted) at a 20% fault rate', () => {
  const CROSS_RUNS = 20;
  it(`${CROSS_RUNS} runs all end in exactly the state of a fault-free run`, { timeout: 300_000 }, async () => {
    proxy.setRate(0);
    const seed = (namespace: string) => pushAll(direct, registry.host, FROM, Object.fromEntries(Object.entries(images).map(([n, i]) => [`${namespace}/${n}`, i])));
    await seed('clean-x');
    await promoteRun('clean-x', 'release');
    const expected = await stateOf('clean-x');
    expect(expected['release-multi']).toEqual(Object.fromEntries(TAGS.map((t) => [t, images['multi']!.digest])));
    await Promise.all(Array.from({ length: CROSS_RUNS }, (_, n) => seed(`x-${n}`)));

    proxy.reset();
    proxy.setRate(0.2);
    const failures: string[] = [];
    for (let start = 0; start < CROSS_RUNS; start += AT_ONCE) {
      await Promise.all(
        Array.from({ length: Math.min(AT_ONCE, CROSS_RUNS - start) }, (_, i) =>
          promoteRun(`x-${start + i}`, 'release').catch((error: unknown) => void failures.push(`run ${start + i}: ${(error as Error).message}`)),
        ),
      );
    }
    proxy.setRate(0);
    expect(proxy.requestCount('POST upload')).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    for (let n = 0; n < CROSS_RUNS; n++) expect(await stateOf(`x-${n}`), `run ${n}`).toEqual(expected);
    // Complete, not just tagged: every child of every promoted index is in its new repository.
    for (let n = 0; n < CROSS_RUNS; n++) {
      for (const child of (images['multi'] as Extract<FixtureManifest, { kind: 'index' }>).images) {
        expect(await direct.headManifest(parseReference(`${registry.host}/x-${n}/release-multi@${child.digest}`))).toBeDefined();
      }
    }
  });
});
