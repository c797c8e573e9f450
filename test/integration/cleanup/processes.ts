/**
 * The bundled programs as separate processes: `dist/cli/index.js <verb>` and the cleanup action
 * `dist/cleanup/index.js` run as the runner runs it. Both are spawned without blocking, so the
 * test process can keep serving (proxies) and kill a run at a chosen moment.
 *
 * IMAGE_ACTIONS_DIST points the tests at another build of dist/ (a private one while the
 * shared dist/ is being rebuilt); by default they run the repository's dist/.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, collectRun, runnerEnvironment, type ActionInvocation, type ActionRun } from '../../support/action-runner.js';

export const DIST = process.env['IMAGE_ACTIONS_DIST'] ?? join(REPO_ROOT, 'dist');
export const CLI = join(DIST, 'cli', 'index.js');
export const CLEANUP_ACTION = join(DIST, 'cleanup', 'index.js');

export function requireBundles(): void {
  for (const file of [CLI, CLEANUP_ACTION]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: build it with \`bash scripts/build.sh\``);
  }
}

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `image-actions <args>` as a process; SIGKILLed as soon as `killWhen` resolves, if given. */
export function runCli(args: readonly string[], options: { killWhen?: Promise<void>; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    void options.killWhen?.then(() => child.kill('SIGKILL'));
  });
}

/** The cleanup action's bundle, run as the runner runs it (INPUT_*, GITHUB_OUTPUT, the summary…). */
export function runCleanupAction(invocation: ActionInvocation): Promise<ActionRun> {
  return runActionBundle('cleanup', invocation);
}

/** An action's bundle `<DIST>/<name>/index.js`, run as the runner runs it. */
export function runActionBundle(name: string, invocation: ActionInvocation): Promise<ActionRun> {
  const runner = runnerEnvironment(invocation);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(DIST, name, 'index.js')], { cwd: invocation.cwd, env: runner.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(collectRun(runner, code ?? 1, stdout, stderr));
    });
  });
}
