/**
 * bench/start: the cold start of the bundles on a trivial repository (one image, a plain
 * Dockerfile), against `node -e 0`: the detect action as GitHub runs it (`node
 * dist/detect/index.js` with the runner's environment, a workflow_dispatch event) and the CLI
 * (`node dist/cli/index.js plan --all --json`). What lies above `node -e 0` is loading the
 * bundle and the little work one image needs. No goal is set for it; it is the floor under
 * every other whole-process figure.
 * Run: node bench/start/run.ts [--runs N]   (Node 24, from the repository root)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundlePath, formatMs, median, printTable, timeInterleaved } from '../lib/measure.ts';
import { recordFigure } from '../lib/results.ts';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 15;
const node = process.execPath;

const work = mkdtempSync(join(tmpdir(), 'bench-start-'));
try {
  const repo = join(work, 'repo');
  mkdirSync(join(repo, 'images', 'hello'), { recursive: true });
  writeFileSync(join(repo, 'images.yaml'), 'version: 1\n');
  writeFileSync(join(repo, 'images', 'hello', 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /\n');
  writeFileSync(join(repo, 'images', 'hello', 'hello.txt'), 'hello\n');
  const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' };
  execFileSync('git', ['init', '-q', '-b', 'main', repo], { env });
  execFileSync('git', ['-C', repo, 'add', '-A'], { env });
  execFileSync('git', ['-C', repo, 'commit', '-q', '-m', 'one image'], { env });

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
    GITHUB_SHA: execFileSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(),
    'INPUT_WORKING-DIRECTORY': repo,
  };
  const DETECT = 'node dist/detect/index.js';
  const CLI = 'image-actions plan --all';
  const BARE = 'node -e 0';
  const samples = timeInterleaved(
    [
      { label: DETECT, command: node, args: [bundlePath('detect')], options: { env: actionEnv, cwd: repo } },
      { label: CLI, command: node, args: [bundlePath('cli'), 'plan', '--all', '--json', '--root', repo] },
      { label: BARE, command: node, args: ['-e', '0'] },
    ],
    runs,
    2,
  );
  const m = (label: string): number => median(samples.get(label)!);
  const bare = m(BARE);
  console.log(`bench/start: one-image repository; ${runs} interleaved runs after 2 warm-ups, medians (Node ${process.versions.node})`);
  printTable(
    ['figure', 'median', 'above node -e 0'],
    [DETECT, CLI, BARE].map((label) => [label, formatMs(m(label)), label === BARE ? '' : `+${formatMs(m(label) - bare)}`]),
  );
  for (const [label, name] of [
    [DETECT, 'detect action cold start (one image)'],
    [CLI, 'CLI cold start: plan --all (one image)'],
  ] as const) {
    recordFigure({
      bench: 'start',
      name,
      median: m(label),
      unit: 'ms',
      comparison: { label: BARE, median: bare },
      goal: { text: 'none set (reported)', met: null },
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
