/**
 * Child processes for tests, spawned without blocking: the test process keeps serving while
 * the child runs. That matters wherever a server lives inside the test process (the GitHub API
 * fixture, the registry's token issuer, gating and fault proxies): `spawnSync` would freeze
 * them, and the child would wait for an answer that never comes.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, collectRun, runnerEnvironment, type ActionInvocation, type ActionRun } from './action-runner.js';

export interface ProcessRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface SpawnOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** SIGKILLed after this long (a hung child must not hang the suite). */
  readonly timeoutMs?: number;
  /** SIGKILLed as soon as this resolves (crash tests). */
  readonly killWhen?: Promise<void>;
}

/** Runs `node <script> <args>` to the end and collects its output. */
export function runNode(script: string, args: readonly string[], options: SpawnOptions = {}): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
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

/**
 * Runs the bundle `<dist>/<name>/index.js` as the runner runs it (the environment of
 * `runBundledAction` in action-runner.ts), without blocking.
 */
export async function runActionProcess(name: string, invocation: ActionInvocation, options: { dist?: string; timeoutMs?: number } = {}): Promise<ActionRun> {
  const runner = runnerEnvironment(invocation);
  const run = await runNode(join(options.dist ?? join(REPO_ROOT, 'dist'), name, 'index.js'), [], {
    cwd: invocation.cwd,
    env: runner.env,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  return collectRun(runner, run.code ?? 1, run.stdout, run.stderr);
}
