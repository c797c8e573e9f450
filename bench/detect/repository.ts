/**
 * The detect benchmark's repository: 2,000 images on 5 levels (plain Dockerfiles naming their
 * parents) and 10,000 commits, each touching one image folder. Built with one
 * `git fast-import` stream, so it takes seconds.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export const IMAGES = 2000;
export const COMMITS = 10_000;
const LEVELS = 5;

export interface BenchRepository {
  /** The first commit (the whole tree), the one 10 commits before the tip, and the tip. */
  readonly first: string;
  readonly tenth: string;
  readonly last: string;
}

export function makeRepository(dir: string): BenchRepository {
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
