/**
 * bench/promote: `image-actions promote` (dist/cli/index.js, a whole process) retagging 20
 * images × 3 tags on a local CNCF distribution registry, against doing the same with
 * `skopeo copy` (60 copies, docker:// → docker://), in the same run, interleaved.
 *
 * Everything goes through a counting proxy started here, which counts requests by method and
 * kind of endpoint and the blob bytes that cross it (blob GET bodies, upload bodies). Every
 * measured run promotes to tags of its own, so each one really moves 60 tags.
 *
 * Two floors are measured alongside, to read the ratio against: the minimum requests sent by a
 * bare fetch loop in this process (what the registry itself needs: distribution writes several
 * files per manifest PUT), and the CLI's start-up (`promote --help`).
 *
 * The proxy lives in this process, so commands are timed with an asynchronous spawn (a
 * blocking spawnSync would freeze the proxy and deadlock).
 *
 * Run: node bench/promote/run.ts [--runs N]   (Node 24, from the repository root, after
 * `bash scripts/build.sh`; needs docker-registry and skopeo)
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundlePath, formatMs, median, printTable } from '../lib/measure.ts';
import { recordFigure } from '../lib/results.ts';

const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;
const IMAGES = 20;
const TAGS_PER_IMAGE = 3;
const LAYERS = 2;
const LAYER_BYTES = 512 * 1024;
const FROM = 'pr-1-abcdef0';
const SKOPEO_PARALLEL = 8; // the client's own concurrency per registry (images at once)
const cli = bundlePath('cli');

// ---------------------------------------------------------------------------------------------
// Processes

interface Timed {
  readonly ms: number;
  readonly stdout: string;
}

/** Runs a command to its end without blocking this process (the proxy must keep serving). */
function runAsync(command: string, args: readonly string[]): Promise<Timed> {
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString('utf8')).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr}`));
      else resolvePromise({ ms, stdout });
    });
  });
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

async function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePromise(port));
    });
  });
}

async function startRegistry(dir: string): Promise<{ host: string; child: ChildProcess }> {
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const config = join(dir, 'registry.yml');
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log: { level: warn, accesslog: { disabled: true } }',
      `storage: { filesystem: { rootdirectory: ${join(dir, 'storage')} }, maintenance: { uploadpurging: { enabled: false } } }`,
      `http: { addr: "${host}", secret: ${randomBytes(8).toString('hex')} }`,
      '',
    ].join('\n'),
  );
  const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'ignore', process.env['BENCH_REGISTRY_LOG'] ? 'inherit' : 'ignore'] });
  for (let i = 0; i < 150; i++) {
    try {
      const res = await fetch(`http://${host}/v2/`);
      await res.arrayBuffer();
      if (res.status === 200) return { host, child };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('docker-registry did not start');
}

// ---------------------------------------------------------------------------------------------
// The counting proxy

interface Counter {
  requests: Map<string, number>;
  blobBytes: number;
}

function kindOf(path: string): string {
  const p = path.split('?')[0] ?? '';
  if (p === '/v2/' || p === '/v2') return 'ping';
  if (/\/blobs\/uploads\//.test(p)) return 'upload';
  if (/\/manifests\/[^/]+$/.test(p)) return 'manifest';
  if (/\/blobs\/[^/]+$/.test(p)) return 'blob';
  return 'other';
}

async function startCountingProxy(target: string): Promise<{ host: string; counter: Counter; server: Server }> {
  const [targetHost, targetPort] = target.split(':');
  const counter: Counter = { requests: new Map(), blobBytes: 0 };
  const server = createServer((req, res) => {
    const kind = kindOf(req.url ?? '/');
    const key = `${req.method} ${kind}`;
    counter.requests.set(key, (counter.requests.get(key) ?? 0) + 1);
    if (kind === 'upload') req.on('data', (c: Buffer) => (counter.blobBytes += c.length));
    const upstream = httpRequest({ host: targetHost, port: Number(targetPort), method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      if (kind === 'blob' && req.method === 'GET') up.on('data', (c: Buffer) => (counter.blobBytes += c.length));
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { host: `127.0.0.1:${port}`, counter, server };
}

// ---------------------------------------------------------------------------------------------
// Images: real tar.gz layers, an OCI config and manifest, pushed straight to the registry

const sha256 = (b: Uint8Array): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

function tarOf(name: string, data: Buffer): Buffer {
  const header = Buffer.alloc(512, 0);
  const octal = (v: number, w: number): string => `${v.toString(8).padStart(w - 1, '0')}\0`;
  header.write(name, 0, 100);
  header.write(octal(0o644, 8), 100);
  header.write(octal(0, 8), 108);
  header.write(octal(0, 8), 116);
  header.write(octal(data.length, 12), 124);
  header.write(octal(1_700_000_000, 12), 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return Buffer.concat([header, data, Buffer.alloc((512 - (data.length % 512)) % 512), Buffer.alloc(1024)]);
}

async function putBlob(registry: string, repository: string, bytes: Uint8Array): Promise<string> {
  const digest = sha256(bytes);
  const start = await fetch(`http://${registry}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  await start.arrayBuffer();
  const location = new URL(start.headers.get('location') ?? '', `http://${registry}`);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, { method: 'PUT', body: bytes, headers: { 'content-type': 'application/octet-stream' } });
  await put.arrayBuffer();
  if (put.status !== 201) throw new Error(`blob upload to ${repository}: HTTP ${put.status}`);
  return digest;
}

async function pushImage(registry: string, repository: string, tag: string): Promise<void> {
  const layers = [];
  const diffIds = [];
  for (let i = 0; i < LAYERS; i++) {
    const tar = tarOf(`data/layer-${i}.bin`, randomBytes(LAYER_BYTES));
    const gz = gzipSync(tar);
    layers.push({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: await putBlob(registry, repository, gz), size: gz.length });
    diffIds.push(sha256(tar));
  }
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', created: new Date().toISOString(), config: { Cmd: ['/bin/sh'] }, rootfs: { type: 'layers', diff_ids: diffIds } }),
  );
  const configDescriptor = { mediaType: 'application/vnd.oci.image.config.v1+json', digest: await putBlob(registry, repository, config), size: config.length };
  const manifest = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: configDescriptor, layers });
  const res = await fetch(`http://${registry}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    body: manifest,
    headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
  });
  await res.arrayBuffer();
  if (res.status !== 201) throw new Error(`manifest PUT ${repository}:${tag}: HTTP ${res.status}`);
}

// ---------------------------------------------------------------------------------------------

interface Sample {
  readonly ms: number;
  readonly requests: Map<string, number>;
  readonly blobBytes: number;
}

const work = mkdtempSync(join(tmpdir(), 'bench-promote-'));
let registryChild: ChildProcess | undefined;
let proxyServer: Server | undefined;
try {
  const registry = await startRegistry(work);
  registryChild = registry.child;
  const proxy = await startCountingProxy(registry.host);
  proxyServer = proxy.server;
  const names = Array.from({ length: IMAGES }, (_, i) => `img-${String(i + 1).padStart(2, '0')}`);
  await Promise.all(names.map((n) => pushImage(registry.host, `bench/${n}`, FROM)));

  // The consumer repository the CLI promotes from: images.yaml and one folder per image.
  const root = join(work, 'repo');
  for (const n of names) {
    mkdirSync(join(root, 'images', n), { recursive: true });
    writeFileSync(join(root, 'images', n, 'Dockerfile'), 'FROM scratch\n');
  }
  writeFileSync(join(root, 'images.yaml'), `version: 1\nregistry: ${proxy.host}/bench\n`);
  const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'b@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'b@example.invalid' };
  execFileSync('git', ['init', '-q', '-b', 'main', root], { env: gitEnv });
  execFileSync('git', ['-C', root, 'add', '-A'], { env: gitEnv });
  execFileSync('git', ['-C', root, 'commit', '-q', '-m', 'bench'], { env: gitEnv });

  const tagsOf = (label: string): string[] => Array.from({ length: TAGS_PER_IMAGE }, (_, t) => `${label}-t${t + 1}`);
  const ours = (label: string): Promise<Timed> =>
    runAsync(process.execPath, [cli, 'promote', '--root', root, '--from', FROM, ...tagsOf(label).flatMap((t) => ['--tag', t])]);
  // One job per image, its three copies one after another: distribution's filesystem storage
  // rewrites a manifest's revision link on every tag PUT, and a GET of another tag of the same
  // repository at that moment can read it half-written (HTTP 500 "invalid checksum digest
  // format"), so parallel copies must not share a repository.
  const skopeoJobs = (label: string): (() => Promise<void>)[] =>
    names.map((n) => async () => {
      for (const t of tagsOf(label)) {
        await runAsync('skopeo', [
          '--insecure-policy',
          'copy',
          '--quiet',
          '--src-tls-verify=false',
          '--dest-tls-verify=false',
          `docker://${proxy.host}/bench/${n}:${FROM}`,
          `docker://${proxy.host}/bench/${n}:${t}`,
        ]);
      }
    });
  const skopeoSerial = async (label: string): Promise<Timed> => {
    const start = process.hrtime.bigint();
    await pool(skopeoJobs(label), 1);
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, stdout: '' };
  };
  const skopeoParallel = async (label: string): Promise<Timed> => {
    const start = process.hrtime.bigint();
    await pool(skopeoJobs(label), SKOPEO_PARALLEL);
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, stdout: '' };
  };

  // Two reference points that are not contenders: what the registry itself needs for the
  // minimum requests (a bare fetch loop in this process: no process start, no HEAD, no checks),
  // and what starting the CLI costs before it sends anything.
  const bareFetch = async (label: string): Promise<Timed> => {
    const start = process.hrtime.bigint();
    const accept = 'application/vnd.oci.image.manifest.v1+json';
    await pool(
      names.map((n) => async () => {
        const got = await fetch(`http://${proxy.host}/v2/bench/${n}/manifests/${FROM}`, { headers: { accept } });
        const body = new Uint8Array(await got.arrayBuffer());
        for (const t of tagsOf(label)) {
          const put = await fetch(`http://${proxy.host}/v2/bench/${n}/manifests/${t}`, { method: 'PUT', body, headers: { 'content-type': accept } });
          await put.arrayBuffer();
          if (put.status !== 201) throw new Error(`bare PUT ${n}:${t}: HTTP ${put.status}`);
        }
      }),
      SKOPEO_PARALLEL,
    );
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, stdout: '' };
  };
  const cliStart = (): Promise<Timed> => runAsync(process.execPath, [cli, 'promote', '--help']);

  const BARE = 'floor: bare fetch, GET + 3 PUTs per image (in-process)';
  const START = 'floor: CLI start (promote --help)';
  const contenders: readonly { readonly label: string; readonly run: (tagLabel: string) => Promise<Timed> }[] = [
    { label: 'image-actions promote', run: ours },
    { label: 'skopeo copy ×60, serial', run: skopeoSerial },
    { label: `skopeo copy ×60, ${SKOPEO_PARALLEL} images at once`, run: skopeoParallel },
    { label: BARE, run: bareFetch },
    { label: START, run: cliStart },
  ];
  const samples = new Map<string, Sample[]>(contenders.map((c) => [c.label, []]));
  let serial = 0;
  const measure = async (c: (typeof contenders)[number]): Promise<Sample> => {
    proxy.counter.requests = new Map();
    proxy.counter.blobBytes = 0;
    const { ms } = await c.run(`r${serial++}`);
    return { ms, requests: proxy.counter.requests, blobBytes: proxy.counter.blobBytes };
  };
  for (const c of contenders) await measure(c); // warm-up: page cache, registry, skopeo binary
  for (let i = 0; i < RUNS; i++) for (const c of contenders) samples.get(c.label)!.push(await measure(c));

  const newTags = IMAGES * TAGS_PER_IMAGE;
  const minimum = IMAGES + newTags; // 1 manifest GET per image + 1 PUT per new tag
  const count = (s: Sample, key?: string): number => (key === undefined ? [...s.requests.values()].reduce((a, b) => a + b, 0) : (s.requests.get(key) ?? 0));
  const last = (label: string): Sample => samples.get(label)!.at(-1)!;
  const med = (label: string): number => median(samples.get(label)!.map((s) => s.ms));
  const ourMs = med('image-actions promote');
  const o = last('image-actions promote');
  const blobRequests = (s: Sample): number => [...s.requests.entries()].filter(([k]) => / (blob|upload)$/.test(k)).reduce((a, [, n]) => a + n, 0);

  console.log(`bench/promote: ${IMAGES} images × ${TAGS_PER_IMAGE} tags (${LAYERS} layers of ${LAYER_BYTES / 1024} KiB each), ${RUNS} runs each after a warm-up, interleaved; Node ${process.versions.node}`);
  console.log('');
  printTable(
    ['', 'median', 'vs promote', 'requests', 'blob requests', 'blob bytes moved'],
    contenders.map((c) => {
      const s = last(c.label);
      const m = med(c.label);
      const versus = c.label === 'image-actions promote' ? '1×' : m >= ourMs ? `${(m / ourMs).toFixed(1)}× slower` : `${((100 * m) / ourMs).toFixed(0)}% of it`;
      return [c.label, formatMs(m), versus, String(count(s)), String(blobRequests(s)), String(s.blobBytes)];
    }),
  );
  console.log('');
  printTable(
    ['image-actions promote, requests', 'measured', 'minimum', 'goal'],
    [
      ['manifest GET + PUT', String(count(o, 'GET manifest') + count(o, 'PUT manifest')), String(minimum), `= ${minimum} (1 GET per image + 1 PUT per new tag)`],
      ['  GET manifest', String(count(o, 'GET manifest')), String(IMAGES), ''],
      ['  PUT manifest', String(count(o, 'PUT manifest')), String(newTags), ''],
      ['HEAD manifest (tag already there?)', String(count(o, 'HEAD manifest')), '0', 'reported separately'],
      ['GET /v2/ (ping)', String(count(o, 'GET ping')), '0', ''],
      ['other', String(count(o) - count(o, 'GET manifest') - count(o, 'PUT manifest') - count(o, 'HEAD manifest') - count(o, 'GET ping')), '0', '0'],
      ['blob bytes moved', String(o.blobBytes), '0', '0'],
    ],
  );
  const skopeoBest = Math.min(med('skopeo copy ×60, serial'), med(`skopeo copy ×60, ${SKOPEO_PARALLEL} images at once`));
  console.log('');
  console.log(`ratio: ${(med('skopeo copy ×60, serial') / ourMs).toFixed(1)}× faster than serial skopeo, ${(skopeoBest / ourMs).toFixed(1)}× faster than the faster skopeo (goal ≥ 10×)`);
  console.log(
    `floors: the registry alone needs ${formatMs(med(BARE))} for the minimum requests, and the CLI ${formatMs(med(START))} to start; ` +
      `with both, the best possible ratio against serial skopeo here is ${(med('skopeo copy ×60, serial') / (med(BARE) + med(START))).toFixed(1)}×`,
  );
  const perRun = (label: string): string => samples.get(label)!.map((s) => formatMs(s.ms)).join(', ');
  for (const c of contenders) console.log(`  ${c.label}: ${perRun(c.label)}`);

  const SERIAL = 'skopeo copy ×60, serial';
  const PARALLEL = `skopeo copy ×60, ${SKOPEO_PARALLEL} images at once`;
  const faster = med(SERIAL) / ourMs;
  recordFigure({
    bench: 'promote',
    name: `promote ${IMAGES} images × ${TAGS_PER_IMAGE} tags (whole CLI process)`,
    median: ourMs,
    unit: 'ms',
    comparison: { label: SERIAL, median: med(SERIAL) },
    ratio: faster,
    ratioLabel: 'skopeo ÷ ours',
    goal: { text: '≥ 10× faster', met: faster >= 10 },
    note:
      `skopeo with ${SKOPEO_PARALLEL} images at once: ${formatMs(med(PARALLEL))} (${(med(PARALLEL) / ourMs).toFixed(1)}×). Floors: the registry alone needs ` +
      `${formatMs(med(BARE))} for the minimum requests and the CLI ${formatMs(med(START))} to start, so ${(med(SERIAL) / (med(BARE) + med(START))).toFixed(1)}× is the best possible here.`,
  });
  const moved = count(o, 'GET manifest') + count(o, 'PUT manifest');
  recordFigure({
    bench: 'promote',
    name: 'requests: manifest GET + PUT',
    median: moved,
    unit: 'count',
    comparison: { label: '1 GET per image + 1 PUT per new tag', median: minimum },
    goal: { text: '= the minimum', met: moved === minimum },
    note: `Besides: ${count(o, 'HEAD manifest')} HEADs (is the tag there already?), ${count(o, 'GET ping')} ping, ${blobRequests(o)} blob requests; serial skopeo sent ${count(last(SERIAL))} requests.`,
  });
  recordFigure({
    bench: 'promote',
    name: 'blob bytes moved',
    median: o.blobBytes,
    unit: 'bytes',
    comparison: { label: SERIAL, median: last(SERIAL).blobBytes },
    ratio: null,
    goal: { text: '0', met: o.blobBytes === 0 },
  });
} finally {
  proxyServer?.closeAllConnections();
  proxyServer?.close();
  registryChild?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
