/**
 * Docker Compose, whichever is installed: the `docker compose` plugin (v2) when the docker CLI
 * has it, else the `docker-compose` program (v1, or v2 installed standalone). The choice is
 * made once and said in the log. `up --wait` is used where the version has it; compose v1 does
 * not, and smoke polls the containers instead (see wait.ts).
 *
 * A project is always addressed with its name and every file (`-p NAME -f … -f override`), so
 * that bringing it down finds exactly what bringing it up made.
 */
import { servicesOfConfig, type ComposeService } from '../../core/checks/index.js';
import { ChildNotFound, outputTail, runChild, type ChildResult } from '../checks/child.js';

export interface ComposeCli {
  readonly program: string;
  /** Arguments before the compose ones: ["compose"] for the plugin. */
  readonly prefix: readonly string[];
  readonly version: string;
  /** "docker compose" or "docker-compose", for messages. */
  readonly label: string;
  readonly supportsWait: boolean;
}

export type { ComposeService };

export class ComposeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ComposeError';
  }
}

function versionAtLeast(version: string, major: number, minor: number, patch: number): boolean {
  const [a = 0, b = 0, c = 0] = version.replace(/^v/, '').split(/[.+-]/).map((n) => Number.parseInt(n, 10) || 0);
  return a !== major ? a > major : b !== minor ? b > minor : c >= patch;
}

async function versionOf(program: string, args: readonly string[]): Promise<string | undefined> {
  try {
    const result = await runChild(program, args, { timeoutMs: 30_000 });
    const version = result.stdout.trim().split('\n')[0]?.trim() ?? '';
    return result.exitCode === 0 && /^v?\d/.test(version) ? version.replace(/^v/, '') : undefined;
  } catch (error) {
    if (error instanceof ChildNotFound) return undefined;
    throw error;
  }
}

/** The compose CLI to use: the plugin first, then docker-compose. */
export async function detectCompose(): Promise<ComposeCli> {
  const plugin = await versionOf('docker', ['compose', 'version', '--short']);
  if (plugin !== undefined) {
    return { program: 'docker', prefix: ['compose'], version: plugin, label: 'docker compose', supportsWait: versionAtLeast(plugin, 2, 1, 1) };
  }
  const standalone = await versionOf('docker-compose', ['version', '--short']);
  if (standalone !== undefined) {
    return { program: 'docker-compose', prefix: [], version: standalone, label: 'docker-compose', supportsWait: versionAtLeast(standalone, 2, 1, 1) };
  }
  throw new ComposeError('neither the docker compose plugin nor docker-compose is installed; install one (GitHub\'s Ubuntu runners have the plugin), or deploy with deploy.command');
}

export interface ComposeProjectOptions {
  readonly name: string;
  /** Absolute paths, in order; the override last. */
  readonly files: readonly string[];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Called with compose's output as it arrives. */
  readonly onOutput?: (chunk: string) => void;
}

/** Seconds containers get to stop when the deployment is torn down. */
export const STOP_TIMEOUT_SECONDS = 5;

export class ComposeProject {
  constructor(
    readonly cli: ComposeCli,
    readonly options: ComposeProjectOptions,
  ) {}

  #args(files: readonly string[], args: readonly string[]): string[] {
    return [...this.cli.prefix, '--project-name', this.options.name, ...files.flatMap((f) => ['--file', f]), ...args];
  }

  async #run(files: readonly string[], args: readonly string[], options: { timeoutMs: number; signal?: AbortSignal; stream?: boolean }): Promise<ChildResult> {
    const result = await runChild(this.cli.program, this.#args(files, args), {
      cwd: this.options.cwd,
      env: this.options.env,
      timeoutMs: options.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.stream && this.options.onOutput ? { onOutput: this.options.onOutput } : {}),
    });
    return result;
  }

  async #checked(files: readonly string[], args: readonly string[], options: { timeoutMs: number; signal?: AbortSignal; stream?: boolean }): Promise<ChildResult> {
    const result = await this.#run(files, args, options);
    const what = `${this.cli.label} ${args[0]}`;
    if (result.cancelled) throw new ComposeError(`${what} was cancelled`);
    if (result.timedOut) throw new ComposeError(`${what} did not finish within ${Math.round(options.timeoutMs / 1000)} s`);
    if (result.exitCode !== 0) throw new ComposeError(`${what} failed (exit code ${result.exitCode}):\n${outputTail(result, 20)}`);
    return result;
  }

  /** The merged, interpolated configuration of the user's files (the override excluded). */
  async services(userFiles: readonly string[], signal?: AbortSignal): Promise<ComposeService[]> {
    const result = await this.#checked(userFiles, ['config'], { timeoutMs: 60_000, ...(signal ? { signal } : {}) });
    const profiles = (this.options.env['COMPOSE_PROFILES'] ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
    return servicesOfConfig(result.stdout, profiles);
  }

  /** Pulls the given services' images (the pinned digests). */
  async pull(services: readonly string[], timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (services.length === 0) return;
    await this.#checked(this.options.files, ['pull', ...services], { timeoutMs, stream: true, ...(signal ? { signal } : {}) });
  }

  /** `up -d` (with `--wait` where supported); never builds: the images under test are pulled. */
  async up(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    const wait = this.cli.supportsWait ? ['--wait', '--wait-timeout', String(Math.max(1, Math.floor(timeoutMs / 1000)))] : [];
    await this.#checked(this.options.files, ['up', '--detach', '--no-build', ...wait], { timeoutMs: timeoutMs + 30_000, stream: true, ...(signal ? { signal } : {}) });
  }

  /** `down -v --remove-orphans`: containers, networks and volumes of the project. Never cancelled. */
  async down(): Promise<ChildResult> {
    return this.#run(this.options.files, ['down', '--volumes', '--remove-orphans', '--timeout', String(STOP_TIMEOUT_SECONDS)], { timeoutMs: 180_000, stream: true });
  }
}
