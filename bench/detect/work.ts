/**
 * One fresh process that times detect's own work: everything `plan --base --head` does after
 * node has started and the code is loaded (config and schema validation, discovery, reading and
 * parsing every Dockerfile, the graph, the git calls, the plan). It prints `{"ms": …}`; with
 * `--phases` it also times the parts one by one, to show where the time goes.
 *
 * It runs the TypeScript sources (src/) through bench/lib/sources.ts, so it needs no build, and
 * `--experimental-transform-types` (a few classes use parameter properties). The JIT is as cold
 * as in a real run: one detect per process.
 *
 * Run: node --experimental-transform-types bench/detect/work.ts REPO BASE HEAD [--phases]
 */
import { useSources } from '../lib/sources.ts';

useSources();

const [root, base, head] = process.argv.slice(2);
if (!root || !base || !head) throw new Error('usage: work.ts REPO BASE HEAD [--phases]');
const { detect } = (await import('../../src/app/detect.ts')) as typeof import('../../src/app/detect.ts');

const request = {
  root,
  configFile: 'images.yaml',
  context: { eventName: 'local', payload: {}, sha: head, ref: '', runId: 'bench', now: new Date() },
  overrides: { all: false, images: [], base, head },
  warn: (m: string) => process.stderr.write(`warning: ${m}\n`),
  info: () => undefined,
};

if (process.argv.includes('--phases')) {
  // Each part once, in the order detect runs them, in this one process (so the later parts
  // run with the code the earlier ones warmed up: read them as a breakdown, not as totals).
  const { loadConfigFile, loadProject } = (await import('../../src/app/project.ts')) as typeof import('../../src/app/project.ts');
  const { listFiles } = (await import('../../src/adapters/fs/files.ts')) as typeof import('../../src/adapters/fs/files.ts');
  const { Git } = (await import('../../src/adapters/git/git.ts')) as typeof import('../../src/adapters/git/git.ts');
  const { findMergeBase } = (await import('../../src/adapters/git/history.ts')) as typeof import('../../src/adapters/git/history.ts');
  const phases: Record<string, number> = {};
  const time = async <T>(label: string, f: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await f();
    phases[label] = performance.now() - start;
    return result;
  };
  const loaded = await time('images.yaml: read, parse, validate', () => loadConfigFile(root, 'images.yaml'));
  await time('list the files of images/', () => listFiles(root, loaded.config.imagesDir));
  await time('load the project (list, read, parse, graph)', () => loadProject({ root, configFile: 'images.yaml', loaded }));
  const git = new Git(root);
  const found = await time('git: find the merge base', () => findMergeBase(git, base, head));
  await time('git: diff --name-only', () => git.changedPaths(found.found ? found.base : base, head));
  await time('detect, all of it again (warm)', () => detect(request));
  process.stdout.write(`${JSON.stringify({ phases })}\n`);
} else {
  const start = performance.now();
  const result = await detect(request);
  const ms = performance.now() - start;
  process.stdout.write(`${JSON.stringify({ ms, images: result.images.length })}\n`);
}
