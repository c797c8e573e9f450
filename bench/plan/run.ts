/**
 * bench/plan: `image-actions plan --all` as a whole process on synthetic Jinja2 trees of 200 and
 * 2,000 images (5 levels, macros and includes). Goal: the 2,000-image plan takes at most 6× the
 * 200-image one (near-linear). The cold start is bench/start.
 * Run: node bench/plan/run.ts [--runs N]   (Node 24, from the repository root)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundlePath, formatMs, median, printTable, timeInterleaved } from '../lib/measure.ts';
import { recordFigure } from '../lib/results.ts';
import { generateTree } from './generate.ts';

const GOAL = 6;
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;
const cli = bundlePath('cli');
const node = process.execPath;

const work = mkdtempSync(join(tmpdir(), 'bench-plan-'));
try {
  const small = join(work, 'tree-200');
  const large = join(work, 'tree-2000');
  generateTree(small, 200);
  generateTree(large, 2000);

  const samples = timeInterleaved(
    [
      { label: 'plan 200', command: node, args: [cli, 'plan', '--all', '--json', '--root', small] },
      { label: 'plan 2000', command: node, args: [cli, 'plan', '--all', '--json', '--root', large] },
    ],
    runs,
  );
  const p200 = median(samples.get('plan 200')!);
  const p2000 = median(samples.get('plan 2000')!);
  const ratio = p2000 / p200;
  console.log(`bench/plan: ${runs} runs each after a warm-up, interleaved, medians (Node ${process.versions.node})`);
  printTable(
    ['figure', 'median', 'compared with', 'goal'],
    [
      ['plan --all, 200 images', formatMs(p200), '', ''],
      ['plan --all, 2,000 images', formatMs(p2000), `${ratio.toFixed(2)}× the 200-image plan`, `≤ ${GOAL}×`],
    ],
  );
  recordFigure({
    bench: 'plan',
    name: 'plan --all, 2,000 Jinja2 images',
    median: p2000,
    unit: 'ms',
    comparison: { label: 'plan --all, 200 images', median: p200 },
    goal: { text: `≤ ${GOAL}× (near-linear)`, met: ratio <= GOAL },
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
