/**
 * Runs a bundled action as the runner does (the same environment as `runBundledAction` in
 * test/support/action-runner.ts), but without blocking: the test process keeps serving while
 * the action runs. That matters here, because the GitHub API fixture and the registry's token
 * issuer are servers inside the test process; `spawnSync` would freeze them and the action
 * would wait for an answer that never comes.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, parseOutputFile, type ActionInvocation, type ActionRun } from '../../support/action-runner.js';
import { tempDir } from '../../support/git-repo.js';

export function runActionProcess(name: string, invocation: ActionInvocation, timeoutMs = 120_000): Promise<ActionRun> {
  const work = tempDir('ia-runner-');
  const outputFile = join(work, 'output');
  const summaryFile = join(work, 'summary');
  const eventFile = join(work, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(invocation.payload));
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? work,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: invocation.eventName,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: invocation.cwd,
    GITHUB_RUN_ID: '777',
    GITHUB_SHA: '',
    GITHUB_REF: '',
    RUNNER_TEMP: work,
    ...invocation.env,
  };
  for (const [key, value] of Object.entries(invocation.inputs ?? {})) {
    env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = value;
  }
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
      resolve({
        exitCode: code ?? 1,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      });
    });
  });
}
