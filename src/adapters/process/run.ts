/**
 * Running a program with an argument array: never through a shell, so that branch names,
 * titles and payloads from events cannot become shell syntax.
 */
import { spawn } from 'node:child_process';

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly input?: string | Uint8Array;
  /** Milliseconds before the process is killed. */
  readonly timeoutMs?: number;
  /** Called with each chunk of output as it arrives, for streaming logs. */
  readonly onStdout?: (chunk: string) => void;
  readonly onStderr?: (chunk: string) => void;
}

export interface RunResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export class ProcessError extends Error {
  constructor(
    readonly command: string,
    readonly args: readonly string[],
    readonly result: RunResult,
  ) {
    const tail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-5).join('\n');
    super(`${command} ${args.join(' ')} exited with ${result.exitCode}${tail ? `:\n${tail}` : ''}`);
    this.name = 'ProcessError';
  }
}

/** Runs `command args…` and resolves with its output whatever the exit code. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    if (options.timeoutMs !== undefined) {
      timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    }
    child.stdout.on('data', (b: Buffer) => {
      stdout.push(b);
      options.onStdout?.(b.toString('utf8'));
    });
    child.stderr.on('data', (b: Buffer) => {
      stderr.push(b);
      options.onStderr?.(b.toString('utf8'));
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      if (err.code === 'ENOENT') {
        reject(new Error(`${command} was not found on PATH: install it, or check the runner image`));
      } else {
        reject(err);
      }
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
    child.stdin.on('error', () => {
      // The program may exit without reading its input; that is its business, not an error here.
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Runs and throws a `ProcessError` on a non-zero exit. */
export async function runChecked(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.exitCode !== 0) throw new ProcessError(command, args, result);
  return result;
}
