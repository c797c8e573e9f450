/**
 * bench/plan: `image-actions plan --all` as a whole process on synthetic trees of 200 and
 * 2,000 images, and the cold start of dist/detect/index.js against `node -e 0`.
 * Run: node bench/plan/run.ts [--runs N]   (Node 24, from the repository root)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatMs, median, printTable, timeInterleaved } from '../lib/measure.ts';
import { generateTree } from './generate.ts';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;
const repoRoot = resolve(import.meta.dirname, '../..');
const cli = join(repoRoot, 'dist/cli/index.js');
const detect = join(repoRoot, 'dist/detect/index.js');
const node = process.execPath;

const work = mkdtempSync(join(tmpdir(), 'bench-plan-'));
try {
  const small = join(work, 'tree-200');
  const large = join(work, 'tree-2000');
  generateTree(small, 200);
  generateTree(large, 2000);

  const planSamples = timeInterleaved(
    [
      { label: 'plan 200', command: node, args: [cli, 'plan', '--all', '--json', '--root', small] },
      { label: 'plan 2000', command: node, args: [cli, 'plan', '--all', '--json', '--root', large] },
    ],
    runs,
  );

  // Cold start: the bundle loading and answering for a repository with no images.
  const empty = join(work, 'empty');
  generateTree(empty, 0);
  const eventFile = join(work, 'event.json');
  writeFileSync(eventFile, '{}');
  const out = join(work, 'out');
  writeFileSync(out, '');
  const actionEnv = {
    ...process.env,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: out,
    GITHUB_RUN_ID: '1',
    'INPUT_WORKING-DIRECTORY': empty,
  };
  const startSamples = timeInterleaved(
    [
      { label: 'detect cold start', command: node, args: [detect], options: { env: actionEnv } },
      { label: 'node -e 0', command: node, args: ['-e', '0'] },
    ],
    runs * 2,
  );

  const m = (label: string, s: Map<string, number[]>): number => median(s.get(label)!);
  const p200 = m('plan 200', planSamples);
  const p2000 = m('plan 2000', planSamples);
  const cold = m('detect cold start', startSamples);
  const bare = m('node -e 0', startSamples);
  console.log(`bench/plan: ${runs} runs each after a warm-up, medians (Node ${process.versions.node})`);
  printTable(
    ['figure', 'median', 'compared with', 'goal'],
    [
      ['plan --all, 200 images', formatMs(p200), '', ''],
      ['plan --all, 2,000 images', formatMs(p2000), `${(p2000 / p200).toFixed(2)}× the 200-image plan`, '≤ 6×'],
      ['detect cold start', formatMs(cold), `node -e 0: ${formatMs(bare)} (+${formatMs(cold - bare)})`, ''],
    ],
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
