/**
 * bench/cleanup: what the cleanup action reads to plan a rotation, on a repository of 5,000 tags
 * over 1,000 digests in a local CNCF distribution registry, against inspecting each tag the way
 * a `for tag in …; do skopeo inspect …; done` loop does.
 *
 * Setup: every digest is a distinct image manifest with its own config (its own `created`, a
 * build-key label) and one small layer all of them share; five tags each (sha-, bk-, main- or
 * pr-, nightly- or mq-, run-), pushed with the registry client. The policy is the example
 * repository's `retention:` (examples/images.yaml).
 *
 * Measured:
 * - ours: `readRepositoryState` (src/app/cleanup/read-state.ts) then `planRetention`, a fresh
 *   client each run, the median of RUNS runs straight to the registry; the requests counted by
 *   the client's `onRequest` hook, checked once more on a first run (the warm-up) through a
 *   counting proxy (test/harness/fault-proxy.ts at fault rate 0), and each manifest and config
 *   checked to be fetched once;
 * - skopeo: real `skopeo inspect --tls-verify=false docker://…:tag` through that proxy, for
 *   SAMPLE tags spread over the list, one after another; its requests per tag (and time per
 *   tag) times 5,000 are the extrapolated figures, and the output says so;
 * - ours on GHCR: the same repository read the way the cleanup reads ghcr.io: GHCR's deleter
 *   lists the package versions (100 digests with their tags per page) through the GitHub
 *   Packages API fixture (test/harness/ghcr-api.ts, standing in for api.github.com over the same
 *   local registry), which gives every tag's digest and date, then `readRepositoryState` with
 *   those (no tag list, no HEAD per tag). Registry requests and API requests are both counted,
 *   against the same skopeo figure (skopeo is run once). Its time is printed, not recorded: it
 *   is mostly the fixture reading the registry to make its listing, which GitHub does not do.
 * Goal: at least 5× fewer requests than the skopeo loop.
 *
 * Run: node bench/cleanup/run.ts [--runs N] [--sample N]   (Node 24, from the repository root;
 * needs docker-registry and skopeo). It runs the TypeScript sources; see bench/lib/sources.ts.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMs, median, printTable } from '../lib/measure.ts';
import { recordFigure } from '../lib/results.ts';
import { needTransformTypes, useSources } from '../lib/sources.ts';

needTransformTypes();
useSources();
const { RegistryClient } = (await import('../../src/adapters/registry/client.ts')) as typeof import('../../src/adapters/registry/client.ts');
const { readRepositoryState } = (await import('../../src/app/cleanup/read-state.ts')) as typeof import('../../src/app/cleanup/read-state.ts');
const { planRetention } = (await import('../../src/core/retention/plan.ts')) as typeof import('../../src/core/retention/plan.ts');
const { loadImagesConfig } = (await import('../../src/core/config/load.ts')) as typeof import('../../src/core/config/load.ts');
const { BUILD_KEY_LABEL } = (await import('../../src/app/build.ts')) as typeof import('../../src/app/build.ts');
const { startRegistry } = (await import('../../test/harness/registry.ts')) as typeof import('../../test/harness/registry.ts');
const { startFaultProxy } = (await import('../../test/harness/fault-proxy.ts')) as typeof import('../../test/harness/fault-proxy.ts');
const { startGhcrApiFixture } = (await import('../../test/harness/ghcr-api.ts')) as typeof import('../../test/harness/ghcr-api.ts');
const { createGhcrDeleter } = (await import('../../src/adapters/deletion/ghcr.ts')) as typeof import('../../src/adapters/deletion/ghcr.ts');
const { makeImage, makeLayer } = (await import('../../test/harness/oci-fixtures.ts')) as typeof import('../../test/harness/oci-fixtures.ts');
type RequestEvent = import('../../src/adapters/registry/transport.ts').RequestEvent;

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number ≥ 1`);
  return value;
}
const DIGESTS = 1000;
const TAGS_PER_DIGEST = 5;
const TAGS = DIGESTS * TAGS_PER_DIGEST;
const RUNS = flag('runs', 3);
const SAMPLE = flag('sample', 100);
const GOAL = 5;
const REPOSITORY = 'bench/cleanup'; // On GHCR: owner `bench`, package `cleanup`.
const GHCR_TOKEN = 'ghp_benchFixtureToken000000000000000000001';
const HOUR = 3_600_000;

const root = join(import.meta.dirname, '../..');
const policy = loadImagesConfig(readFileSync(join(root, 'examples/images.yaml'), 'utf8'), 'examples/images.yaml').config.retention;
// Whole seconds: GitHub's created_at has no milliseconds, and the GHCR read must see the same dates.
const now = new Date(Math.floor(Date.now() / 1000) * 1000);

const hex = (text: string, length: number): string => createHash('sha256').update(text).digest('hex').slice(0, length);
const day = (date: Date): string => date.toISOString().slice(0, 10).replace(/-/g, '');

/** The five tags of digest `i`, one from each family the example policy names. */
function tagsOf(i: number, created: Date): string[] {
  const sha7 = hex(`commit ${i}`, 7);
  return [
    `sha-${sha7}`,
    `bk-${hex(`key ${i}`, 16)}`,
    i % 2 === 0 ? `main-${sha7}` : `pr-${100 + (i % 50)}-${sha7}`,
    i % 3 === 0 ? `nightly-${day(created)}-${i}` : `mq-${i}-${sha7}`,
    `run-${i}`,
  ];
}

/** Runs `jobs` with at most `limit` at once. */
async function pool(jobs: readonly (() => Promise<unknown>)[], limit: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, jobs.length) }, async () => {
      while (next < jobs.length) await jobs[next++]!();
    }),
  );
}

/** One process to its end, without blocking this one (the proxy lives here). */
function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, [...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString('utf8')).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr}`))));
  });
}

const registry = await startRegistry();
const proxy = await startFaultProxy({ target: registry.host });
const ghcrApi = await startGhcrApiFixture({ registryUrl: registry.url, token: GHCR_TOKEN, owners: { bench: 'Organization' } });
try {
  // ---------------------------------------------------------------------------------------------
  // Setup, straight to the registry (not counted)
  const setupStart = performance.now();
  const pusher = new RegistryClient();
  const repo = { registry: registry.host, repository: REPOSITORY };
  const layer = makeLayer({ 'srv/app.bin': randomBytes(4096) });
  await pusher.uploadBlob(repo, layer.bytes);
  const digests = new Set<string>();
  await pool(
    Array.from({ length: DIGESTS }, (_, i) => async () => {
      const created = new Date(now.getTime() - i * 4 * HOUR);
      const image = makeImage({ layers: 0, baseLayers: [layer], created, labels: { [BUILD_KEY_LABEL]: hex(`key ${i}`, 64) } });
      digests.add(image.digest);
      // GHCR's versions carry the same dates as the configs, so both reads plan alike.
      ghcrApi.setCreatedAt(image.digest, created);
      await pusher.uploadBlob(repo, image.config.bytes);
      // One tag after another: distribution rewrites a manifest's links on every PUT.
      for (const tag of tagsOf(i, created)) {
        await pusher.putManifest({ registry: registry.host, repository: REPOSITORY, target: { kind: 'tag', tag } }, { bytes: image.bytes, mediaType: image.mediaType });
      }
    }),
    8,
  );
  await pusher.close();
  if (digests.size !== DIGESTS) throw new Error(`made ${digests.size} distinct manifests, not ${DIGESTS}`);
  const setupMs = performance.now() - setupStart;

  // ---------------------------------------------------------------------------------------------
  // Ours: read the state and plan. Timed straight to the registry (the proxy shares this
  // process's event loop, and would slow both sides); the requests are counted by the client's
  // onRequest hook, and once more by the proxy on a run through it, which must agree.
  interface Sample {
    readonly ms: number;
    readonly planMs: number;
    readonly events: RequestEvent[];
    readonly deletes: number;
    readonly tags: number;
    readonly tagMap: ReadonlyMap<string, string>;
  }
  const readAndPlan = async (host: string): Promise<Sample> => {
    const events: RequestEvent[] = [];
    const client = new RegistryClient({ onRequest: (event) => events.push(event) });
    try {
      const start = performance.now();
      const state = await readRepositoryState(client, { registry: host, repository: REPOSITORY });
      const planStart = performance.now();
      const plan = planRetention(state, policy, now);
      const end = performance.now();
      const deletes = plan.tags.filter((t) => t.action !== 'keep').length;
      return { ms: end - start, planMs: end - planStart, events, deletes, tags: state.tags.size, tagMap: state.tags };
    } finally {
      await client.close();
    }
  };
  // The run through the proxy comes first and is the warm-up too (the registry's files in the page cache).
  proxy.reset();
  const proxied = await readAndPlan(proxy.host);
  if (proxy.requestCount() !== proxied.events.length) throw new Error(`onRequest counted ${proxied.events.length} requests, the proxy ${proxy.requestCount()}`);
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await readAndPlan(registry.host));
  const last = samples.at(-1)!;
  if (last.tags !== TAGS) throw new Error(`the state has ${last.tags} tags, not ${TAGS}`);
  const ourMs = median(samples.map((s) => s.ms));
  const planMs = median(samples.map((s) => s.planMs));
  const ourRequests = last.events.length;
  if (proxied.events.length !== ourRequests) throw new Error(`a run through the proxy sent ${proxied.events.length} requests, a direct one ${ourRequests}`);
  /** Requests by kind, and how many paths were fetched more than once. */
  const tally = (events: readonly RequestEvent[]): { byKind: Map<string, number>; fetchedTwice: number } => {
    const byKind = new Map<string, number>();
    const fetched = new Map<string, number>();
    for (const e of events) {
      const path = new URL(e.url).pathname;
      const kind = /\/manifests\//.test(path) ? 'manifest' : /\/blobs\//.test(path) ? 'blob' : /\/tags\/list$/.test(path) ? 'tag list' : /\/referrers\//.test(path) ? 'referrers' : path === '/v2/' ? 'ping' : 'other';
      byKind.set(`${e.method} ${kind}`, (byKind.get(`${e.method} ${kind}`) ?? 0) + 1);
      if (e.method === 'GET' && (kind === 'manifest' || kind === 'blob')) fetched.set(path, (fetched.get(path) ?? 0) + 1);
    }
    return { byKind, fetchedTwice: [...fetched.values()].filter((n) => n > 1).length };
  };
  const { byKind, fetchedTwice } = tally(last.events);
  const manifestGets = byKind.get('GET manifest') ?? 0;
  const configGets = byKind.get('GET blob') ?? 0;

  // ---------------------------------------------------------------------------------------------
  // Ours on GHCR: the package versions give every tag's digest (and date); the registry is
  // asked only for the manifests and configs. A fresh client and deleter (one listing) per run.
  interface GhcrSample {
    readonly listMs: number;
    readonly readMs: number;
    readonly events: RequestEvent[];
    readonly apiRequests: string[];
    readonly deletes: number;
    readonly tagMap: ReadonlyMap<string, string>;
  }
  const readGhcr = async (): Promise<GhcrSample> => {
    const events: RequestEvent[] = [];
    const client = new RegistryClient({ onRequest: (event) => events.push(event) });
    const apiStart = ghcrApi.requests.length;
    try {
      const deleter = createGhcrDeleter({ client, token: GHCR_TOKEN, apiUrl: ghcrApi.url });
      const repo = { registry: registry.host, repository: REPOSITORY };
      const start = performance.now();
      const tagDigests = await deleter.tagDigests!(repo);
      const registryDates = await deleter.registryDates!(repo);
      const listed = performance.now();
      const state = await readRepositoryState(client, repo, { tagDigests, registryDates });
      const plan = planRetention(state, policy, now);
      const end = performance.now();
      const apiRequests = ghcrApi.requests.slice(apiStart).map((r) => `${r.method} ${r.status}`);
      return { listMs: listed - start, readMs: end - listed, events, apiRequests, deletes: plan.tags.filter((t) => t.action !== 'keep').length, tagMap: state.tags };
    } finally {
      await client.close();
    }
  };
  await readGhcr(); // warm-up
  const ghcrSamples: GhcrSample[] = [];
  for (let i = 0; i < RUNS; i++) ghcrSamples.push(await readGhcr());
  const ghcrLast = ghcrSamples.at(-1)!;
  const ghcrTally = tally(ghcrLast.events);
  const ghcrRegistryRequests = ghcrLast.events.length;
  const ghcrApiRequests = ghcrLast.apiRequests.length;
  const ghcrRequests = ghcrRegistryRequests + ghcrApiRequests;
  const ghcrListMs = median(ghcrSamples.map((s) => s.listMs));
  const ghcrReadMs = median(ghcrSamples.map((s) => s.readMs));
  const sameTags = ghcrLast.tagMap.size === last.tagMap.size && [...last.tagMap].every(([tag, digest]) => ghcrLast.tagMap.get(tag) === digest);
  if (!sameTags) throw new Error('the state read from the package versions names other tags or digests than the one read with HEADs');
  if (ghcrLast.deletes !== last.deletes) throw new Error(`the GHCR read plans ${ghcrLast.deletes} deletions, the HEAD read ${last.deletes}`);
  if (ghcrLast.apiRequests.some((r) => r !== 'GET 200')) throw new Error(`unexpected GitHub API requests: ${ghcrLast.apiRequests.join(', ')}`);
  const ghcrOnceEach = ghcrTally.fetchedTwice === 0 && ghcrTally.byKind.get('GET manifest') === DIGESTS && ghcrTally.byKind.get('GET blob') === DIGESTS;

  // ---------------------------------------------------------------------------------------------
  // skopeo inspect, tag by tag, for a sample spread over the list
  const allTags = Array.from({ length: DIGESTS }, (_, i) => tagsOf(i, new Date(now.getTime() - i * 4 * HOUR))).flat();
  const sample = Array.from({ length: SAMPLE }, (_, k) => allTags[Math.floor((k * allTags.length) / SAMPLE)]!);
  const inspect = (tag: string): Promise<void> => run('skopeo', ['inspect', '--tls-verify=false', `docker://${proxy.host}/${REPOSITORY}:${tag}`]);
  await inspect(sample[0]!); // warm-up: the binary and its libraries
  proxy.reset();
  const skopeoStart = performance.now();
  for (const tag of sample) await inspect(tag);
  const skopeoSampleMs = performance.now() - skopeoStart;
  const skopeoCounts = proxy.counts();
  const skopeoSampleRequests = proxy.requestCount();
  const perTag = skopeoSampleRequests / SAMPLE;
  const skopeoRequests = perTag * TAGS;
  const skopeoMs = (skopeoSampleMs / SAMPLE) * TAGS;
  const fewer = skopeoRequests / ourRequests;
  const ghcrFewer = skopeoRequests / ghcrRequests;

  // ---------------------------------------------------------------------------------------------
  console.log(
    `bench/cleanup: ${TAGS.toLocaleString('en')} tags over ${DIGESTS.toLocaleString('en')} digests in one repository of CNCF distribution ` +
      `(setup ${formatMs(setupMs)}); ours: ${RUNS} runs after a warm-up through the proxy, median; skopeo: ${SAMPLE} tags, extrapolated ×${TAGS / SAMPLE}`,
  );
  console.log('');
  printTable(
    ['', 'time', 'requests', 'per tag'],
    [
      ['read state + plan (ours)', formatMs(ourMs), ourRequests.toLocaleString('en'), (ourRequests / TAGS).toFixed(2)],
      ['  of which planRetention', formatMs(planMs), '', ''],
      ['GHCR: list versions (fixture) + read + plan', `${formatMs(ghcrListMs)} + ${formatMs(ghcrReadMs)}`, ghcrRequests.toLocaleString('en'), (ghcrRequests / TAGS).toFixed(2)],
      [`skopeo inspect, ${SAMPLE} tags (measured)`, formatMs(skopeoSampleMs), skopeoSampleRequests.toLocaleString('en'), perTag.toFixed(2)],
      [`skopeo inspect, all ${TAGS.toLocaleString('en')} (extrapolated)`, formatMs(skopeoMs), Math.round(skopeoRequests).toLocaleString('en'), perTag.toFixed(2)],
    ],
  );
  console.log('');
  printTable(
    ['our requests', 'count', 'expected'],
    [
      ...[...byKind.entries()].sort().map(([k, n]) => [k, String(n), k === 'HEAD manifest' ? `${TAGS} (one per tag)` : k === 'GET manifest' ? `${DIGESTS} (each manifest once)` : k === 'GET blob' ? `${DIGESTS} (each config once)` : '']),
      ['fetched more than once', String(fetchedTwice), '0'],
    ],
  );
  console.log('');
  printTable(
    ['our requests on GHCR', 'count', 'expected'],
    [
      [`GitHub API: GET package versions`, String(ghcrApiRequests), `${Math.ceil(DIGESTS / 100)} (${DIGESTS} versions, 100 a page)`],
      ...[...ghcrTally.byKind.entries()].sort().map(([k, n]) => [`registry: ${k}`, String(n), k === 'GET manifest' ? `${DIGESTS} (each manifest once)` : k === 'GET blob' ? `${DIGESTS} (each config once)` : '']),
      ['fetched more than once', String(ghcrTally.fetchedTwice), '0'],
    ],
  );
  console.log('');
  console.log(`skopeo's requests for ${SAMPLE} tags: ${Object.entries(skopeoCounts).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`plan: ${last.deletes} of ${TAGS} tags to delete or untag by the example policy`);
  console.log(`requests: ${fewer.toFixed(2)}× fewer than the skopeo loop (goal ≥ ${GOAL}×): ${fewer >= GOAL ? 'met' : 'NOT met'}`);
  console.log(`requests on GHCR: ${ghcrFewer.toFixed(2)}× fewer than the skopeo loop (goal ≥ ${GOAL}×): ${ghcrFewer >= GOAL ? 'met' : 'NOT met'}; the same tags, digests and plan as the HEAD read`);

  const onceEach = fetchedTwice === 0 && manifestGets === DIGESTS && configGets === DIGESTS;
  recordFigure({
    bench: 'cleanup',
    name: `requests to read ${TAGS.toLocaleString('en')} tags / ${DIGESTS.toLocaleString('en')} digests`,
    median: ourRequests,
    unit: 'count',
    comparison: { label: `skopeo inspect per tag (${perTag.toFixed(2)}/tag × ${TAGS.toLocaleString('en')}, extrapolated from ${SAMPLE})`, median: Math.round(skopeoRequests) },
    ratio: fewer,
    ratioLabel: 'skopeo ÷ ours',
    goal: { text: `≥ ${GOAL}× fewer`, met: fewer >= GOAL },
    note:
      `Ours: ${[...byKind.entries()].sort().map(([k, n]) => `${n} ${k}`).join(', ')}; each manifest and config fetched once: ${onceEach ? 'yes' : 'NO'}. ` +
      `Distribution's tag list carries no digests, so one HEAD per tag is the floor there; skopeo measured for real on ${SAMPLE} tags and multiplied.`,
  });
  recordFigure({
    bench: 'cleanup',
    name: `requests to read ${TAGS.toLocaleString('en')} tags / ${DIGESTS.toLocaleString('en')} digests on GHCR (package versions)`,
    median: ghcrRequests,
    unit: 'count',
    comparison: { label: `skopeo inspect per tag (${perTag.toFixed(2)}/tag × ${TAGS.toLocaleString('en')}, the same measurement)`, median: Math.round(skopeoRequests) },
    ratio: ghcrFewer,
    ratioLabel: 'skopeo ÷ ours',
    goal: { text: `≥ ${GOAL}× fewer`, met: ghcrFewer >= GOAL },
    note:
      `Ours on GHCR: ${ghcrApiRequests} GitHub API requests (the package versions, 100 a page, with each version's tags and date) + ` +
      `${ghcrRegistryRequests} registry requests (${[...ghcrTally.byKind.entries()].sort().map(([k, n]) => `${n} ${k}`).join(', ')}); no tag list, no HEAD per tag; ` +
      `each manifest and config fetched once: ${ghcrOnceEach ? 'yes' : 'NO'}; same tags, digests and plan as the HEAD read. ` +
      'api.github.com is stood in for by test/harness/ghcr-api.ts over the same local registry; skopeo per tag as measured on distribution in this run (on ghcr.io each skopeo process would also fetch a token).',
  });
  recordFigure({
    bench: 'cleanup',
    name: `plan time: read state + planRetention, ${TAGS.toLocaleString('en')} tags`,
    median: ourMs,
    unit: 'ms',
    comparison: { label: `skopeo inspect loop (${formatMs(skopeoSampleMs / SAMPLE)}/tag × ${TAGS.toLocaleString('en')}, extrapolated)`, median: skopeoMs },
    ratio: skopeoMs / ourMs,
    ratioLabel: 'skopeo ÷ ours',
    goal: { text: 'none set (reported)', met: null },
    note: `planRetention alone: ${formatMs(planMs)}; the rest is reading the registry (${RUNS} runs, median).`,
  });
} finally {
  await ghcrApi.stop();
  await proxy.stop();
  await registry.stop();
}
