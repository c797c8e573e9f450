/**
 * Runs a bundled action (`dist/<name>/index.js`) the way the GitHub runner does: a separate
 * Node process, inputs as INPUT_* variables, outputs in the GITHUB_OUTPUT file, the summary in
 * GITHUB_STEP_SUMMARY and the event payload in GITHUB_EVENT_PATH.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './git-repo.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface ActionRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

export interface ActionInvocation {
  readonly inputs?: Record<string, string>;
  readonly eventName: string;
  readonly payload: unknown;
  readonly cwd: string;
  readonly env?: Record<string, string>;
}

/** Parses the runner's `name<<DELIMITER … DELIMITER` file format. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (match) {
      const [, name, delimiter] = match;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      outputs[name!] = value.join('\n');
    } else if (lines[i]?.includes('=')) {
      const line = lines[i]!;
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** The files and environment the runner gives an action: INPUT_*, GITHUB_OUTPUT, the event file… */
export interface RunnerEnvironment {
  readonly env: Record<string, string>;
  readonly outputFile: string;
  readonly summaryFile: string;
}

export function runnerEnvironment(invocation: ActionInvocation): RunnerEnvironment {
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
  return { env, outputFile, summaryFile };
}

/** What the action left behind, with its exit code and output. */
export function collectRun(runner: RunnerEnvironment, exitCode: number, stdout: string, stderr: string): ActionRun {
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(runner.outputFile, 'utf8')),
    summary: readFileSync(runner.summaryFile, 'utf8'),
  };
}

export function runBundledAction(name: string, invocation: ActionInvocation): ActionRun {
  const runner = runnerEnvironment(invocation);
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', name, 'index.js')], {
    cwd: invocation.cwd,
    env: runner.env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return collectRun(runner, result.status ?? 1, result.stdout, result.stderr);
}
