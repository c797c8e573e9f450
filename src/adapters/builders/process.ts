/**
 * What the three builders share around running their tools: a scratch directory per build for
 * the files the tools write (metadata, image IDs, digests), command echoing without build-arg
 * values, and the streaming of output into the request's log.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type RunResult } from '../process/run.js';
import { LogLines } from './log-lines.js';

/** Runs `use` with a fresh temporary directory (under RUNNER_TEMP on GitHub) and removes it after. */
export async function withScratchDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(process.env['RUNNER_TEMP'] ?? tmpdir(), 'image-actions-build-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads a one-line file a tool wrote (`--iidfile`, `--digestfile`), or undefined when absent. */
export async function readWrittenValue(file: string): Promise<string | undefined> {
  try {
    const text = (await readFile(file, 'utf8')).trim();
    return text === '' ? undefined : text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The command as shown in the log. Build-arg values are left out: people do pass tokens that
 * way, and the log is public on public repositories.
 */
export function displayCommand(command: string, args: readonly string[]): string {
  const shown = args.map((arg, i) => {
    if (i > 0 && args[i - 1] === '--build-arg') {
      const eq = arg.indexOf('=');
      return eq < 0 ? arg : `${arg.slice(0, eq)}=…`;
    }
    return /[\s"'$`\\]/.test(arg) || arg === '' ? JSON.stringify(arg) : arg;
  });
  return [command, ...shown].join(' ');
}

export interface LoggedRunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
}

/** Runs a tool, echoing its command and streaming both outputs, line by line, into `log`. */
export async function runLogged(log: LogLines, command: string, args: readonly string[], options: LoggedRunOptions = {}): Promise<RunResult> {
  log.note(`$ ${displayCommand(command, args)}`);
  try {
    return await run(command, args, {
      ...(options.env === undefined ? {} : { env: options.env }),
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
      onStdout: log.stream('stdout'),
      onStderr: log.stream('stderr'),
    });
  } finally {
    log.flush();
  }
}

/** The environment of this process with some variables set (undefined values removed). */
export function envWith(overrides: Readonly<Record<string, string | undefined>>, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export function elapsedSince(start: number): number {
  return Math.round(performance.now() - start);
}
