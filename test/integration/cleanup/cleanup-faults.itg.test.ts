/**
 * Cleanup through the fault proxy: with 20% of requests faulted (429 with Retry-After, 500, 502,
 * 503, connections dropped before the registry sees the request or after it did the work,
 * answers slower than the client's timeout), every run ends in exactly the state of a
 * fault-free run: the same tag → digest map, the same manifests deleted, every kept tag pulling.
 *
 * A DELETE whose answer is lost after the registry did it is the interesting case: the retry
 * finds nothing and must count that as done. So is a throwaway PUT whose answer is lost.
 *
 * Each run cleans the rotation state of support.ts in a namespace of its own, pushed
 * fault-free; runs go several at a time. As in the promote fault test, the client gets a short
 * timeout and more, faster retries than the product's default.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { createDistributionDeleter } from '../../../src/adapters/deletion/distribution.js';
import { cleanupFailures, runCleanup } from '../../../src/app/cleanup/run.js';
import { startFaultProxy, type FaultKind, type FaultProxy } from '../../harness/fault-proxy.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { assertNothingKeptBroken, expectedAfter, manifestExists, repositoryState, rotationProject, seedRotation, type RotationState } from './support.js';

const RUNS = 8;
const AT_ONCE = 4;

let registry: RunningRegistry;
let proxy: FaultProxy;
let direct: RegistryClient;

beforeAll(async () => {
  registry = await startRegistry();
  proxy = await startFaultProxy({ target: registry.host, rate: 0, seed: 7070, retryAfterSeconds: 1, slowMs: 1500 });
  direct = new RegistryClient();
});

afterAll(async () => {
  await direct?.close();
  await proxy?.stop();
  await registry?.stop();
});

/** One cleanup as a fresh process would do it: its own client and deleter, every image. */
async function cleanupRun(namespace: string): Promise<string[]> {
  const client = new RegistryClient({
    timeoutMs: 1000, // below the proxy's 1.5 s slow answers: those become timeouts and retries
    retry: { maxAttempts: 10, baseDelayMs: 20, maxDelayMs: 400, maxElapsedMs: 60_000 },
  });
  try {
    const result = await runCleanup({
      root: rotationProject(`${proxy.host}/${namespace}`),
      configFile: 'images.yaml',
      images: ['app'],
      dryRun: false,
      client,
      deleter: createDistributionDeleter(client),
      log: () => undefined,
    });
    return cleanupFailures(result);
  } finally {
    await client.close();
  }
}

async function assertRotated(namespace: string, state: RotationState, label: string): Promise<void> {
  expect(await repositoryState(direct, registry.host, `${namespace}/app`), label).toEqual(expectedAfter(state));
  for (const [name, digest] of Object.entries(state.deletedDigests)) expect(await manifestExists(direct, registry.host, `${namespace}/app`, digest), `${label}: ${name}`).toBe(false);
  await assertNothingKeptBroken(direct, registry.host, `${namespace}/app`, state);
}

describe('cleanup at a 20% fault rate', () => {
  it(`${RUNS} runs all end in exactly the state of a fault-free run`, { timeout: 600_000 }, async () => {
    proxy.setRate(0);
    const clean = await seedRotation(direct, registry.host, 'clean/app');
    expect(await cleanupRun('clean')).toEqual([]);
    await assertRotated('clean', clean, 'fault-free');

    const states: RotationState[] = [];
    for (let n = 0; n < RUNS; n++) states.push(await seedRotation(direct, registry.host, `run-${n}/app`));

    proxy.reset();
    proxy.setRate(0.2);
    const failures: string[] = [];
    for (let start = 0; start < RUNS; start += AT_ONCE) {
      await Promise.all(
        Array.from({ length: Math.min(AT_ONCE, RUNS - start) }, (_, i) =>
          cleanupRun(`run-${start + i}`).then(
            (problems) => void failures.push(...problems.map((p) => `run ${start + i}: ${p}`)),
            (error: unknown) => void failures.push(`run ${start + i}: ${(error as Error).message}`),
          ),
        ),
      );
    }
    proxy.setRate(0);
    const injected = proxy.faults();
    const requests = proxy.requestCount();
    const deletes = proxy.requestCount('DELETE manifest');
    expect(failures).toEqual([]);
    for (let n = 0; n < RUNS; n++) await assertRotated(`run-${n}`, states[n]!, `run ${n}`);

    // The faults really happened, every kind of them, at about the asked rate, deletes included.
    const total = Object.values(injected).reduce((a, b) => a + b, 0);
    expect(total / requests).toBeGreaterThan(0.15);
    expect(total / requests).toBeLessThan(0.25);
    for (const kind of Object.keys(injected) as FaultKind[]) expect(injected[kind], kind).toBeGreaterThan(0);
    expect(deletes).toBeGreaterThan(RUNS * Object.keys(clean.deletedDigests).length);
  });
});
