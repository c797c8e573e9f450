/**
 * bench/detect: what detect costs over the `git diff --name-only` it needs, on a repository of
 * 2,000 images (5 levels, plain Dockerfiles naming their parents) and 10,000 commits, each
 * touching one image folder. Compared: `image-actions plan --base A --head B --json` (the whole
 * process: git, config, discovery, Dockerfile parsing, graph, plan) against
 * `git diff --name-only A B` (a process too), for a short range (the last 10 commits) and a long
 * one (all 10,000). Goal: at most 2× git diff.
 *
 * Run: node bench/detect/run.ts [--runs N]   (Node 24, from the repository root)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatMs, median, printTable, timeInterleaved } from '../lib/measure.ts';

const IMAGES = 2000;
const COMMITS = 10_000;
const LEVELS = 5;
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;
const cli = resolve(import.meta.dirname, '../../dist/cli/index.js');

/** Builds the history with one `git fast-import` stream: 10,000 commits in seconds. */
function makeRepository(dir: string): { first: string; tenth: string; last: string } {
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const perLevel = IMAGES / LEVELS;
  const name = (level: number, i: number): string => `l${level}-i${i}`;
  const out: string[] = [];
  let mark = 0;
  const now = 1_700_000_000;
  const data = (text: string): string => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const commit = (message: string, files: [string, string][], time: number): void => {
    mark++;
    out.push(`commit refs/heads/main\nmark :${mark}\ncommitter bench <b@b> ${time} +0000\n${data(message)}`);
    if (mark > 1) out.push(`from :${mark - 1}\n`);
    for (const [path, content] of files) out.push(`M 100644 inline ${path}\n${data(content)}`);
    out.push('\n');
  };
  const initial: [string, string][] = [['images.yaml', 'version: 1\nregistry: registry.example/bench\n']];
  for (let level = 0; level < LEVELS; level++) {
    for (let i = 0; i < perLevel; i++) {
      const from = level === 0 ? 'scratch' : `registry.example/bench/${name(level - 1, i % perLevel)}:latest`;
      initial.push([`images/g${level}/${name(level, i)}/Dockerfile`, `FROM ${from}\nCOPY start.sh /start.sh\n`]);
      initial.push([`images/g${level}/${name(level, i)}/start.sh`, `#!/bin/sh\necho ${i}\n`]);
    }
  }
  commit('tree', initial, now);
  for (let c = 1; c < COMMITS; c++) {
    const level = c % LEVELS;
    const i = (c * 7919) % perLevel;
    commit(`change ${c}`, [[`images/g${level}/${name(level, i)}/start.sh`, `#!/bin/sh\necho ${i} ${c}\n`]], now + c);
  }
  const result = spawnSync('git', ['-C', dir, 'fast-import', '--quiet'], { input: out.join(''), maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`fast-import failed: ${result.stderr}`);
  execFileSync('git', ['-C', dir, 'checkout', '-q', '-f', 'main']);
  const rev = (r: string): string => execFileSync('git', ['-C', dir, 'rev-parse', r], { encoding: 'utf8' }).trim();
  return { first: rev(`main~${COMMITS - 1}`), tenth: rev('main~10'), last: rev('main') };
}

const work = mkdtempSync(join(tmpdir(), 'bench-detect-'));
try {
  const repo = join(work, 'repo');
  const { first, tenth, last } = makeRepository(repo);
  const node = process.execPath;
  const rows: string[][] = [];
  for (const [label, base] of [['last 10 commits', tenth], [`all ${COMMITS.toLocaleString('en')} commits`, first]] as const) {
    const samples = timeInterleaved(
      [
        { label: 'detect', command: node, args: [cli, 'plan', '--root', repo, '--base', base, '--head', last, '--json'] },
        { label: 'git diff', command: 'git', args: ['-C', repo, 'diff', '--name-only', '--no-renames', base, last] },
      ],
      runs,
    );
    const ours = median(samples.get('detect')!);
    const git = median(samples.get('git diff')!);
    rows.push([`plan, ${label}`, formatMs(ours), `git diff --name-only: ${formatMs(git)}`, `${(ours / git).toFixed(1)}×`, '≤ 2×']);
  }
  console.log(`bench/detect: ${IMAGES} images, ${COMMITS} commits; ${runs} interleaved runs after a warm-up, medians`);
  printTable(['figure', 'median', 'compared with', 'ratio', 'goal'], rows);
} finally {
  rmSync(work, { recursive: true, force: true });
}
