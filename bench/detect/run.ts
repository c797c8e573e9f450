/**
 * bench/detect: what detect costs over the `git diff --name-only` it needs, on a repository of
 * 2,000 images (5 levels, plain Dockerfiles naming their parents) and 10,000 commits, each
 * touching one image folder (bench/detect/repository.ts), for a short range (the last 10
 * commits) and a long one (all 10,000). Three things are timed, interleaved:
 *
 * - `image-actions plan --base A --head B --json` as a whole process (dist/cli/index.js): node's
 *   start, loading the bundle, and the work. The goal (at most 2× git diff) is judged on this.
 * - detect's own work in a fresh process (bench/detect/work.ts): the same call without node's
 *   start and the code loading, for reading where the time goes.
 * - the detect action itself (dist/detect/index.js) given the same base and head, for reference.
 * - `git diff --name-only --no-renames A B`, a process too.
 *
 * Run: node bench/detect/run.ts [--runs N]   (Node 24, from the repository root, after
 * `bash scripts/build.sh`)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundlePath, formatMs, median, printTable, timeInterleaved } from '../lib/measure.ts';
import { recordFigure } from '../lib/results.ts';
import { COMMITS, IMAGES, makeRepository } from './repository.ts';

const GOAL = 2;
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 7;
const cli = bundlePath('cli');
const worker = resolve(import.meta.dirname, 'work.ts');
const node = process.execPath;
const action = bundlePath('detect');
/** The runner's environment for the detect action comparing `base` and `head`; outputs go nowhere. */
const actionEnv = (repo: string, base: string, head: string): NodeJS.ProcessEnv => ({
  ...process.env,
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_EVENT_PATH: join(repo, '..', 'event.json'),
  GITHUB_OUTPUT: '/dev/null',
  GITHUB_STEP_SUMMARY: '/dev/null',
  GITHUB_RUN_ID: '1',
  GITHUB_SHA: head,
  'INPUT_WORKING-DIRECTORY': repo,
  INPUT_BASE: base,
  INPUT_HEAD: head,
});
const workerArgs = (repo: string, base: string, head: string): string[] => ['--experimental-transform-types', '--no-warnings', worker, repo, base, head];

const work = mkdtempSync(join(tmpdir(), 'bench-detect-'));
try {
  const repo = join(work, 'repo');
  const { first, tenth, last } = makeRepository(repo);
  writeFileSync(join(work, 'event.json'), '{}');
  const rows: string[][] = [];
  for (const [label, base] of [['last 10 commits', tenth], [`all ${COMMITS.toLocaleString('en')} commits`, first]] as const) {
    const samples = timeInterleaved(
      [
        { label: 'process', command: node, args: [cli, 'plan', '--root', repo, '--base', base, '--head', last, '--json'] },
        { label: 'action', command: node, args: [action], options: { env: actionEnv(repo, base, last) } },
        { label: 'work', command: node, args: workerArgs(repo, base, last), reported: true },
        { label: 'git diff', command: 'git', args: ['-C', repo, 'diff', '--name-only', '--no-renames', base, last] },
      ],
      runs,
    );
    const whole = median(samples.get('process')!);
    const asAction = median(samples.get('action')!);
    const own = median(samples.get('work')!);
    const git = median(samples.get('git diff')!);
    const versus = `git diff --name-only: ${formatMs(git)}`;
    rows.push([`plan, ${label}: whole process`, formatMs(whole), versus, `${(whole / git).toFixed(1)}×`, `≤ ${GOAL}×`]);
    rows.push([`plan, ${label}: detect's work alone`, formatMs(own), versus, `${(own / git).toFixed(1)}×`, '(reported)']);
    rows.push([`detect action, ${label}: whole process`, formatMs(asAction), versus, `${(asAction / git).toFixed(1)}×`, '(reported)']);
    const comparison = { label: 'git diff --name-only', median: git };
    recordFigure({
      bench: 'detect',
      name: `plan --base --head, ${label}: whole process`,
      median: whole,
      unit: 'ms',
      comparison,
      goal: { text: `≤ ${GOAL}× git diff`, met: whole / git <= GOAL },
    });
    recordFigure({
      bench: 'detect',
      name: `the same as the detect action (dist/detect/index.js)`,
      median: asAction,
      unit: 'ms',
      comparison,
      goal: { text: 'none (the goal is judged on plan)', met: null },
      note: 'The action as the runner starts it (workflow_dispatch with inputs base and head; outputs and summary written to /dev/null).',
    });
    recordFigure({
      bench: 'detect',
      name: `the same, detect's work alone (in-process)`,
      median: own,
      unit: 'ms',
      comparison,
      goal: { text: 'none (the goal is judged on the whole process)', met: null },
      note: "Detect's work once node has started and the code is loaded: one cold detect call per fresh process (bench/detect/work.ts).",
    });
  }
  console.log(`bench/detect: ${IMAGES.toLocaleString('en')} images, ${COMMITS.toLocaleString('en')} commits; ${runs} interleaved runs after a warm-up, medians`);
  printTable(['figure', 'median', 'compared with', 'ratio', 'goal'], rows);

  // Where detect's work goes, once, for the short range.
  const phases = spawnSync(node, [...workerArgs(repo, tenth, last), '--phases'], { encoding: 'utf8' });
  if (phases.status === 0) {
    const parsed = JSON.parse(phases.stdout.trim().split('\n').at(-1) ?? '{}') as { phases: Record<string, number> };
    console.log('\nwhere the work goes (last 10 commits, one process, parts timed one after another):');
    printTable(['part', 'time'], Object.entries(parsed.phases).map(([part, ms]) => [part, formatMs(ms)]));
  } else {
    console.log(`(the phase breakdown failed: ${phases.stderr.slice(-500)})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
