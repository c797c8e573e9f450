/**
 * The bundled programs as separate processes: `dist/cli/index.js <verb>` and the cleanup action
 * `dist/cleanup/index.js` run as the runner runs it. Both are spawned without blocking, so the
 * test process can keep serving (proxies) and kill a run at a chosen moment.
 *
 * IMAGE_ACTIONS_DIST points the tests at another build of dist/ (a private one while the
 * shared dist/ is being rebuilt); by default they run the repository's dist/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, type ActionInvocation, type ActionRun } from '../../support/action-runner.js';
import { runActionProcess, runNode, type ProcessRun } from '../../support/process.js';

export const DIST = process.env['IMAGE_ACTIONS_DIST'] ?? join(REPO_ROOT, 'dist');
export const CLI = join(DIST, 'cli', 'index.js');
export const CLEANUP_ACTION = join(DIST, 'cleanup', 'index.js');

export function requireBundles(): void {
  for (const file of [CLI, CLEANUP_ACTION]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: build it with \`bash scripts/build.sh\``);
  }
}

export type CliRun = ProcessRun;

/** `image-actions <args>` as a process; SIGKILLed as soon as `killWhen` resolves, if given. */
export function runCli(args: readonly string[], options: { killWhen?: Promise<void>; env?: Record<string, string> } = {}): Promise<CliRun> {
  return runNode(CLI, args, { env: { ...process.env, ...options.env }, ...(options.killWhen ? { killWhen: options.killWhen } : {}) });
}

/** The cleanup action's bundle, run as the runner runs it (INPUT_*, GITHUB_OUTPUT, the summary…). */
export function runCleanupAction(invocation: ActionInvocation): Promise<ActionRun> {
  return runActionBundle('cleanup', invocation);
}

/** An action's bundle `<DIST>/<name>/index.js`, run as the runner runs it. */
export function runActionBundle(name: string, invocation: ActionInvocation): Promise<ActionRun> {
  return runActionProcess(name, invocation, { dist: DIST });
}
