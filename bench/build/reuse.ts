/**
 * bench/build/reuse: what build-key reuse saves. A real 10-image `FROM scratch` + busybox tree
 * (base → 3 → 6) is built by the bundled CLI (`dist/cli/index.js build --all`) against a CNCF
 * registry on loopback, then built again unchanged under another tag, where every image is
 * found by its `bk-` tag and retagged. Both walls are whole processes, node start-up included.
 * Goal: the re-run takes at most 5 % of the first build.
 *
 * Each run gets a fresh repository whose base carries a random file, so the first build really
 * builds every layer (the builder's own cache cannot serve a parent it has never seen).
 *
 * Run: node bench/build/reuse.ts [--builder docker|buildah] [--runs N]   (Node 24, repository
 * root, after `bash scripts/build.sh`; needs docker-registry, and the daemon or buildah)
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundlePath, formatMs, median, printTable } from '../lib/measure.ts';
import { recordFigure } from '../lib/results.ts';

const CLI = bundlePath('cli');
const GOAL = 0.05;

function flag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}
const BUILDER = flag('builder', 'docker');
const RUNS = Number(flag('runs', '3'));
if (!['docker', 'buildah'].includes(BUILDER)) throw new Error(`--builder must be docker or buildah, not ${BUILDER}`);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a whole number ≥ 1');

/** base → three children → two grandchildren each: 10 images, 3 levels. */
const TREE: Readonly<Record<string, string | undefined>> = {
  base: undefined,
  ...Object.fromEntries(['a', 'b', 'c'].map((l) => [`svc-${l}`, 'base'])),
  ...Object.fromEntries(['a', 'b', 'c'].flatMap((l) => [1, 2].map((n) => [`app-${l}${n}`, `svc-${l}`]))),
};

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

interface Registry {
  readonly host: string;
  stop(): Promise<void>;
}

/** `docker-registry serve` on a free loopback port, storage in a temporary folder. */
async function startRegistry(): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-reuse-registry-'));
  const host = `127.0.0.1:${await freePort()}`;
  const config = join(dir, 'config.yml');
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log: { level: error, accesslog: { disabled: true } }',
      `storage: { filesystem: { rootdirectory: ${JSON.stringify(join(dir, 'storage'))} }, delete: { enabled: true } }`,
      `http: { addr: ${JSON.stringify(host)} }`,
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const res = await fetch(`http://${host}/v2/`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`docker-registry did not start on ${host}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    host,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function write(root: string, path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

/** A git repository holding the tree; `nonce` makes this run's base (and so all below) new. */
function makeRepository(registry: string, nonce: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-reuse-repo-'));
  write(dir, 'images.yaml', `version: 1\nregistry: ${registry}\n`);
  for (const [name, parent] of Object.entries(TREE)) {
    if (parent === undefined) {
      write(dir, `images/${name}/nonce.txt`, `${nonce}\n`);
      copyFileSync('/bin/busybox', join(dir, `images/${name}/busybox`));
      write(dir, `images/${name}/Dockerfile`, ['FROM scratch', 'COPY busybox /bin/busybox', 'RUN ["/bin/busybox","--install","-s","/bin"]', 'COPY nonce.txt /nonce.txt', ''].join('\n'));
    } else {
      write(dir, `images/${name}/${name}.txt`, `${name}\n`);
      write(dir, `images/${name}/Dockerfile`, [`FROM ${registry}/${parent}:latest`, `COPY ${name}.txt /srv/${name}.txt`, `RUN echo ${name} >> /srv/chain && ls /srv > /srv/listing`, ''].join('\n'));
    }
  }
  const git = (...args: string[]): void => {
    execFileSync('git', ['-C', dir, ...args], { stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' } });
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'tree');
  return dir;
}

interface Outputs {
  readonly built: string[];
  readonly reused: string[];
  readonly failed: string[];
  readonly digests: Record<string, string>;
}

/** One whole `image-actions build --all` process: its wall time and its JSON outputs. */
function build(repo: string, tag: string): { ms: number; outputs: Outputs } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [CLI, 'build', '--all', '--tag', tag, '--builder', BUILDER, '--parallel', '2', '--json', '--root', repo], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`build --tag ${tag} exited with ${result.status}:\n${result.stderr.slice(-3000)}`);
  return { ms, outputs: JSON.parse(result.stdout) as Outputs };
}

/** The CLI's floor: a process that starts, loads the bundle and prints help. */
function startupMs(): number {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, [CLI, 'build', '--help'], { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Images the builder keeps as layer cache, for this registry only: removed so runs do not pile up. */
function removeLocalImages(host: string): void {
  const format = BUILDER === 'docker' ? '{{.ID}} {{.Repository}}' : '{{.ID}} {{.Name}}';
  const listed = spawnSync(BUILDER, ['images', '--format', format], { encoding: 'utf8' });
  const ids = [
    ...new Set(
      listed.stdout
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter(([, name]) => name?.startsWith(`${host}/`))
        .map(([id]) => id as string),
    ),
  ];
  if (ids.length > 0) spawnSync(BUILDER, BUILDER === 'docker' ? ['image', 'rm', '--force', ...ids] : ['rmi', '--force', ...ids], { stdio: 'ignore' });
}

const registry = await startRegistry();
const rows: string[][] = [];
const firsts: number[] = [];
const reruns: number[] = [];
try {
  console.log(`bench/build/reuse: ${Object.keys(TREE).length} images (FROM scratch + busybox, 3 levels), builder ${BUILDER}, ${RUNS} run(s), registry ${registry.host}\n`);
  for (let run = 1; run <= RUNS; run++) {
    const prefix = `${registry.host}/run${run}`;
    const repo = makeRepository(prefix, randomBytes(16).toString('hex'));
    try {
      const first = build(repo, `first-${run}`);
      if (first.outputs.built.length !== Object.keys(TREE).length) throw new Error(`the first build built ${first.outputs.built.length} images, not ${Object.keys(TREE).length}`);
      const rerun = build(repo, `rerun-${run}`);
      if (rerun.outputs.reused.length !== Object.keys(TREE).length || rerun.outputs.built.length > 0) {
        throw new Error(`the re-run built ${rerun.outputs.built.join(', ')} and reused ${rerun.outputs.reused.length} images`);
      }
      if (JSON.stringify(rerun.outputs.digests) !== JSON.stringify(first.outputs.digests)) throw new Error('the re-run pushed other digests');
      firsts.push(first.ms);
      reruns.push(rerun.ms);
      rows.push([String(run), formatMs(first.ms), formatMs(rerun.ms), `${((rerun.ms / first.ms) * 100).toFixed(1)} %`]);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }
  const ratio = median(reruns) / median(firsts);
  rows.push(['median', formatMs(median(firsts)), formatMs(median(reruns)), `${(ratio * 100).toFixed(1)} %`]);
  printTable(['run', 'first build (10 built)', 're-run (10 reused)', 're-run / first'], rows);
  const floor = median([startupMs(), startupMs(), startupMs()]);
  console.log(`\nCLI start-up alone (build --help): ${formatMs(floor)}, part of every re-run.`);
  console.log(`Goal: re-run at most ${GOAL * 100} % of the first build: ${ratio <= GOAL ? 'met' : 'NOT met'} (${(ratio * 100).toFixed(1)} %).`);
  recordFigure({
    bench: 'reuse',
    name: `re-run of an unchanged ${Object.keys(TREE).length}-image tree (all reused), ${BUILDER}`,
    median: median(reruns),
    unit: 'ms',
    comparison: { label: `first build (${Object.keys(TREE).length} built)`, median: median(firsts) },
    ratioAsPercent: true,
    goal: { text: `≤ ${GOAL * 100} % of the first build`, met: ratio <= GOAL },
    note: `Both are whole CLI processes (build --all); the CLI's start-up alone (build --help) is ${formatMs(floor)} of each re-run.`,
  });
} finally {
  removeLocalImages(registry.host);
  await registry.stop();
}
