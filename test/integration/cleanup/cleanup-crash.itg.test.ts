/**
 * Interrupted cleanups. The bundled CLI (`dist/cli/index.js cleanup`) runs as a child process
 * against a real registry behind a gate proxy; once the registry has answered a chosen number
 * of requests of one kind (manifest DELETEs, throwaway PUTs, the HEADs and GETs of the reading),
 * the proxy holds every further request and the test SIGKILLs the process there: a crash at a
 * known point, with nothing more reaching the registry.
 *
 * At 24 such points, picked at random (seeded, so a failure can be replayed) across the whole
 * run: no kept tag is broken at the moment of the crash, and a re-run ends in exactly the state
 * of an uninterrupted run, with no tag left on a throwaway and every deleted manifest gone.
 *
 * One window is known and shown on its own: stopped right after an index is deleted and before
 * its untagged children, the children stay behind untagged (steps.ts says why the index must go
 * first); the tags end exactly as planned all the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { createDistributionDeleter } from '../../../src/adapters/deletion/distribution.js';
import type { RegistryDeleter } from '../../../src/adapters/deletion/types.js';
import { runCleanup } from '../../../src/app/cleanup/run.js';
import { mulberry32 } from '../../harness/fault-proxy.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { startGateProxy, type GateProxy } from '../promote/gate-proxy.js';
import { requireBundles, runCli } from './processes.js';
import { assertNothingKeptBroken, expectedAfter, manifestExists, repositoryState, rotationProject, seedRotation, type RotationState } from './support.js';

const CRASH_POINTS = 24;
const KINDS = ['DELETE manifest', 'PUT manifest', 'HEAD manifest', 'GET manifest'] as const;

let registry: RunningRegistry;
let gate: GateProxy;
let direct: RegistryClient;

beforeAll(async () => {
  requireBundles();
  registry = await startRegistry();
  gate = await startGateProxy(registry.host);
  direct = new RegistryClient();
});

afterAll(async () => {
  await direct?.close();
  await gate?.stop();
  await registry?.stop();
});

function answeredByKind(): Record<string, number> {
  return Object.fromEntries(KINDS.map((k) => [k, gate.answered(k)]));
}

describe('a cleanup killed at any point', () => {
  it(`is finished by a re-run, ending as an uninterrupted run does, with no kept tag broken (${CRASH_POINTS} points)`, { timeout: 900_000 }, async () => {
    // The uninterrupted run, counting what it asks of the registry.
    const clean = await seedRotation(direct, registry.host, 'clean/app');
    const before = answeredByKind();
    const run = await runCli(['cleanup', '--root', rotationProject(`${gate.host}/clean`), '--images', 'app']);
    expect(run.code, run.stderr).toBe(0);
    const after = answeredByKind();
    const counts = Object.fromEntries(KINDS.map((k) => [k, (after[k] ?? 0) - (before[k] ?? 0)]));
    expect(counts['DELETE manifest']).toBeGreaterThan(20);
    expect(await repositoryState(direct, registry.host, 'clean/app')).toEqual(expectedAfter(clean));

    // 24 distinct points drawn from the requests of those kinds the run made (two of each kind
    // at least), within the first 70% of each kind: how many there are varies a little from
    // run to run with the concurrency (the deleter's probe for a tag delete may go out once or a
    // few times at once), and the hold must always be reached. That also leaves out the last
    // deletions, the two-platform index and then its children, whose window is the next test's.
    const random = mulberry32(20250615);
    const shuffled = <T>(list: T[]): T[] => {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [list[i], list[j]] = [list[j]!, list[i]!];
      }
      return list;
    };
    const candidates = shuffled(KINDS.flatMap((kind) => Array.from({ length: Math.floor((counts[kind] ?? 0) * 0.7) }, (_, i) => ({ kind, count: i + 1 }))));
    const chosen = KINDS.flatMap((kind) => candidates.filter((c) => c.kind === kind).slice(0, 2));
    for (const c of candidates) if (chosen.length < CRASH_POINTS && !chosen.includes(c)) chosen.push(c);
    expect(chosen).toHaveLength(CRASH_POINTS);
    // Every crash gets a fresh copy of the state, pushed beforehand (directly, a few at a time).
    const states: RotationState[] = [];
    for (let n = 0; n < CRASH_POINTS; n += 6) {
      states.push(...(await Promise.all(Array.from({ length: Math.min(6, CRASH_POINTS - n) }, (_, i) => seedRotation(direct, registry.host, `crash-${n + i}/app`)))));
    }
    const points: string[] = [];
    for (const [n, { kind, count }] of chosen.entries()) {
      points.push(`${kind} #${count}`);
      const namespace = `crash-${n}`;
      const state = states[n]!;
      const root = rotationProject(`${gate.host}/${namespace}`);

      const hold = gate.holdAfter(kind, count);
      const killed = await runCli(['cleanup', '--root', root, '--images', 'app'], { killWhen: hold });
      // Disarmed if the run ended before the hold began, so that it cannot stop a later run.
      if (killed.signal !== 'SIGKILL') void gate.holdAfter(kind, Number.MAX_SAFE_INTEGER);
      gate.release();
      expect(killed.signal, `${points.at(-1)}: ${killed.stderr}`).toBe('SIGKILL');

      // At the crash: every tag the rotation keeps still pulls, and nothing unplanned is gone.
      await assertNothingKeptBroken(direct, registry.host, `${namespace}/app`, state);
      const half = await repositoryState(direct, registry.host, `${namespace}/app`);
      for (const tag of Object.keys(half)) expect(tag in state.tags, `${tag} is a tag of the state`).toBe(true);
      for (const [tag, digest] of Object.entries(expectedAfter(state))) expect(half[tag], `${points.at(-1)}: kept ${tag}`).toBe(digest);

      const rerun = await runCli(['cleanup', '--root', root, '--images', 'app']);
      expect(rerun.code, `${points.at(-1)}: ${rerun.stderr}`).toBe(0);
      expect(await repositoryState(direct, registry.host, `${namespace}/app`), points.at(-1)).toEqual(expectedAfter(state));
      for (const [name, digest] of Object.entries(state.deletedDigests)) {
        expect(await manifestExists(direct, registry.host, `${namespace}/app`, digest), `${points.at(-1)}: ${name}`).toBe(false);
      }
      await assertNothingKeptBroken(direct, registry.host, `${namespace}/app`, state);
    }
  });
});

describe('a cleanup stopped right after an index is deleted, before its children', () => {
  it('leaves the untagged children behind, no tag reaching them, and every tag as planned', async () => {
    const state = await seedRotation(direct, registry.host, 'orphans/app');
    const root = rotationProject(`${registry.host}/orphans`);
    const client = new RegistryClient();
    try {
      const real = createDistributionDeleter(client);
      let stopped = false;
      // Everything after the index's deletion fails, as if the process had died there: the
      // index waits for every other step, so only its children are left to do.
      const dying: RegistryDeleter = {
        ...real,
        untag: (repo, tag, digest) => (stopped ? Promise.reject(new Error('killed')) : real.untag(repo, tag, digest)),
        deleteManifest: async (repo, digest, tags) => {
          if (stopped) throw new Error('killed');
          const outcome = await real.deleteManifest(repo, digest, tags);
          if (digest === state.deletedDigests['M5']) stopped = true;
          return outcome;
        },
      };
      const request = { root, configFile: 'images.yaml', images: ['app'], dryRun: false, client, log: () => undefined };
      const first = await runCleanup({ ...request, deleter: dying });
      expect(first.images[0]!.failed.map((f) => f.digest).sort()).toEqual([state.deletedDigests['M5/amd64'], state.deletedDigests['M5/arm64']].sort());
      await assertNothingKeptBroken(direct, registry.host, 'orphans/app', state);

      const rerun = await runCleanup({ ...request, deleter: real });
      expect(rerun.images[0]).toMatchObject({ status: 'cleaned', deletedTags: [], deletedDigests: [] });
      expect(await repositoryState(direct, registry.host, 'orphans/app')).toEqual(expectedAfter(state));
      // No tag reaches the children any more, so no plan can tell them from a build pushed by
      // digest on purpose: they stay (steps.ts explains why the index must go first).
      for (const child of ['M5/amd64', 'M5/arm64']) expect(await manifestExists(direct, registry.host, 'orphans/app', state.deletedDigests[child]!)).toBe(true);
      await assertNothingKeptBroken(direct, registry.host, 'orphans/app', state);
    } finally {
      await client.close();
    }
  });
});
