/**
 * Child processes of smoke: an argument array (never a shell), a time limit, and cancellation.
 * Each child leads its own process group, so that a time-out or a cancelled run stops the whole
 * tree it started (a script's curl, a deployer's helpers), not just the first process.
 */
import { spawn } from 'node:child_process';

export interface ChildOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly input?: string;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Called with output as it arrives (both streams). */
  readonly onOutput?: (chunk: string) => void;
}

export interface ChildResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly cancelled: boolean;
}

/** Output kept per stream; beyond it the start is dropped (the end says what went wrong). */
const KEEP_BYTES = 4 * 1024 * 1024;
/** After SIGTERM, how long a process group gets before SIGKILL. */
const GRACE_MS = 3000;

export class ChildNotFound extends Error {
  constructor(readonly command: string) {
    super(`${command} was not found on PATH`);
    this.name = 'ChildNotFound';
  }
}

class Tail {
  #chunks: Buffer[] = [];
  #size = 0;
  push(chunk: Buffer): void {
    this.#chunks.push(chunk);
    this.#size += chunk.length;
    while (this.#size > KEEP_BYTES && this.#chunks.length > 1) this.#size -= (this.#chunks.shift() as Buffer).length;
  }
  text(): string {
    return Buffer.concat(this.#chunks).toString('utf8');
  }
}

export function runChild(command: string, args: readonly string[], options: ChildOptions = {}): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      resolve({ exitCode: 130, stdout: '', stderr: '', timedOut: false, cancelled: true });
      return;
    }
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
      detached: true,
    });
    const stdout = new Tail();
    const stderr = new Tail();
    let timedOut = false;
    let cancelled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const stop = (): void => {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      killTimer = setTimeout(() => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, GRACE_MS);
      killTimer.unref();
    };
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            stop();
          }, options.timeoutMs);
    const onAbort = (): void => {
      cancelled = true;
      stop();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (b: Buffer) => {
      stdout.push(b);
      options.onOutput?.(b.toString('utf8'));
    });
    child.stderr.on('data', (b: Buffer) => {
      stderr.push(b);
      options.onOutput?.(b.toString('utf8'));
    });
    const cleanup = (): void => {
      if (timer) clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      cleanup();
      reject(error.code === 'ENOENT' ? new ChildNotFound(command) : error);
    });
    child.on('close', (code, signal) => {
      cleanup();
      resolve({
        exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1),
        stdout: stdout.text(),
        stderr: stderr.text(),
        timedOut,
        cancelled,
      });
    });
    child.stdin.on('error', () => {
      // The program may exit without reading its input.
    });
    child.stdin.end(options.input ?? '');
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  return ({ SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15 } as Record<string, number>)[signal] ?? 0;
}

/** The last lines of a process's output, for an error message. */
export function outputTail(result: Pick<ChildResult, 'stdout' | 'stderr'>, lines = 8): string {
  const text = (result.stderr.trim() || result.stdout.trim()).split('\n');
  return text.slice(-lines).join('\n');
}
