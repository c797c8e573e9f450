/**
 * Runs a bundled action as the runner does (the same environment as `runBundledAction` in
 * test/support/action-runner.ts), but without blocking: the test process keeps serving while
 * the action runs. That matters here, because the GitHub API fixture and the registry's token
 * issuer are servers inside the test process; `spawnSync` would freeze them and the action
 * would wait for an answer that never comes.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, collectRun, runnerEnvironment, type ActionInvocation, type ActionRun } from '../../support/action-runner.js';

export function runActionProcess(name: string, invocation: ActionInvocation, timeoutMs = 120_000): Promise<ActionRun> {
  const runner = runnerEnvironment(invocation);
  const env = runner.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', name, 'index.js')], { cwd: invocation.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
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
