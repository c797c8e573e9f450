/**
 * Running a structure test's command in a container of the image: on the Docker daemon when
 * one answers, else with buildah (daemonless). As container-structure-test does it, the
 * image's entrypoint is set aside (the command is the whole command line), each `setup`
 * command runs first and its changes are kept for the test, and the user is the image's unless
 * `containerRunOptions.user` says otherwise.
 */
import { isAbsolute, join } from 'node:path';
import { buildahGlobalArguments, type BuildahSetup } from '../builders/arguments.js';
import { probeBuildah } from '../builders/buildah.js';
import { isInsecureRegistry, registryOf } from '../builders/registries.js';
import type { ContainerRunOptions } from '../../core/structure-tests/index.js';
import { ChildNotFound, outputTail, runChild } from '../checks/child.js';

export interface CommandRunRequest {
  /** `repository@sha256:…`. */
  readonly image: string;
  readonly setup: readonly (readonly string[])[];
  readonly argv: readonly string[];
  readonly env: readonly (readonly [string, string])[];
  readonly options?: ContainerRunOptions;
  /** Repository root: `envFile` and relative bind mounts are read from it. */
  readonly root: string;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

export interface CommandRunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export class CommandRunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandRunError';
  }
}

export interface CommandRunner {
  readonly name: 'docker' | 'buildah';
  readonly description: string;
  run(request: CommandRunRequest): Promise<CommandRunResult>;
  /** Removes what was pulled or made for the tests. */
  close(): Promise<void>;
}

const CLI_TIMEOUT_MS = 120_000;

function hostPath(root: string, path: string): string {
  return isAbsolute(path) ? path : join(root, path);
}

function bindMount(root: string, mount: string): string {
  const [source, ...rest] = mount.split(':');
  return [hostPath(root, source ?? ''), ...rest].join(':');
}

export class DockerCommandRunner implements CommandRunner {
  readonly name = 'docker' as const;
  readonly #pulled = new Map<string, Promise<void>>();
  readonly #images: string[] = [];

  constructor(
    readonly description: string,
    private readonly docker = 'docker',
  ) {}

  async #cli(args: readonly string[], signal?: AbortSignal, timeoutMs = CLI_TIMEOUT_MS): Promise<{ stdout: string; stderr: string; exitCode: number }> {
    const result = await runChild(this.docker, args, { timeoutMs, ...(signal ? { signal } : {}) });
    if (result.cancelled) throw new CommandRunError('cancelled');
    if (result.timedOut) throw new CommandRunError(`docker ${args[0]} took longer than ${timeoutMs / 1000} s`);
    return result;
  }

  async #checked(args: readonly string[], signal?: AbortSignal): Promise<string> {
    const result = await this.#cli(args, signal);
    if (result.exitCode !== 0) throw new CommandRunError(`docker ${args.slice(0, 2).join(' ')} failed: ${outputTail(result)}`);
    return result.stdout.trim();
  }

  #pull(image: string, signal?: AbortSignal): Promise<void> {
    let pending = this.#pulled.get(image);
    if (!pending) {
      pending = this.#checked(['pull', '--quiet', image], signal).then(() => undefined);
      this.#pulled.set(image, pending);
    }
    return pending;
  }

  #createArgs(request: CommandRunRequest, image: string, argv: readonly string[]): string[] {
    const options = request.options;
    return [
      'create',
      '--entrypoint',
      '',
      ...(options?.user ? ['--user', options.user] : []),
      ...(options?.privileged ? ['--privileged'] : []),
      ...(options?.allocateTty ? ['--tty'] : []),
      ...(options?.envFile ? ['--env-file', hostPath(request.root, options.envFile)] : []),
      ...(options?.envVars ?? []).flatMap((name) => ['--env', name]),
      ...(options?.capabilities ?? []).flatMap((cap) => ['--cap-add', cap]),
      ...(options?.bindMounts ?? []).flatMap((mount) => ['--volume', bindMount(request.root, mount)]),
      ...request.env.flatMap(([key, value]) => ['--env', `${key}=${value}`]),
      image,
      ...argv,
    ];
  }

  /** Creates, runs to the end, inspects and removes one container; returns its output. */
  async #runContainer(request: CommandRunRequest, image: string, argv: readonly string[], commit: boolean): Promise<CommandRunResult & { committed?: string }> {
    const id = await this.#checked(this.#createArgs(request, image, argv), request.signal);
    try {
      const started = await this.#cli(['start', '--attach', id], request.signal, request.timeoutMs);
      const state = await this.#checked(['inspect', '--format', '{{json .State}}', id], request.signal);
      const parsed = JSON.parse(state) as { ExitCode?: number; Error?: string };
      if (parsed.Error) throw new CommandRunError(`the container did not start: ${parsed.Error}`);
      const result = { stdout: started.stdout, stderr: started.stderr, exitCode: parsed.ExitCode ?? started.exitCode };
      if (!commit) return result;
      const committed = await this.#checked(['commit', id], request.signal);
      this.#images.push(committed);
      return { ...result, committed };
    } finally {
      await this.#cli(['rm', '--force', '--volumes', id]).catch(() => undefined);
    }
  }

  async run(request: CommandRunRequest): Promise<CommandRunResult> {
    await this.#pull(request.image, request.signal);
    let image = request.image;
    for (const step of request.setup) {
      const result = await this.#runContainer(request, image, step, true);
      if (result.exitCode !== 0) {
        throw new CommandRunError(`setup command ${JSON.stringify(step.join(' '))} exited with ${result.exitCode}: ${outputTail(result)}`);
      }
      image = result.committed as string;
    }
    const { stdout, stderr, exitCode } = await this.#runContainer(request, image, request.argv, false);
    return { stdout, stderr, exitCode };
  }

  async close(): Promise<void> {
    // Images committed by setup commands, newest first (each is the parent of the next).
    for (const image of this.#images.reverse()) await this.#cli(['rmi', '--force', image]).catch(() => undefined);
    this.#images.length = 0;
  }
}

export class BuildahCommandRunner implements CommandRunner {
  readonly name = 'buildah' as const;
  readonly #containers: string[] = [];

  constructor(
    readonly description: string,
    private readonly setup: BuildahSetup,
    private readonly insecureRegistries: readonly string[],
    private readonly buildah = 'buildah',
  ) {}

  async #cli(args: readonly string[], signal?: AbortSignal, timeoutMs = CLI_TIMEOUT_MS): Promise<{ stdout: string; stderr: string; exitCode: number }> {
    const result = await runChild(this.buildah, [...buildahGlobalArguments(this.setup), ...args], { timeoutMs, ...(signal ? { signal } : {}) });
    if (result.cancelled) throw new CommandRunError('cancelled');
    if (result.timedOut) throw new CommandRunError(`buildah ${args[0]} took longer than ${timeoutMs / 1000} s`);
    return result;
  }

  #runArgs(request: CommandRunRequest, container: string, argv: readonly string[]): string[] {
    const options = request.options;
    return [
      'run',
      ...(this.setup.isolation ? ['--isolation', this.setup.isolation] : []),
      ...(options?.user ? ['--user', options.user] : []),
      ...(options?.allocateTty ? ['--terminal'] : []),
      ...(options?.envVars ?? []).flatMap((name) => (process.env[name] === undefined ? [] : ['--env', `${name}=${process.env[name]}`])),
      ...(options?.capabilities ?? []).flatMap((cap) => ['--cap-add', cap]),
      ...(options?.bindMounts ?? []).flatMap((mount) => ['--volume', bindMount(request.root, mount)]),
      ...request.env.flatMap(([key, value]) => ['--env', `${key}=${value}`]),
      container,
      '--',
      ...argv,
    ];
  }

  async run(request: CommandRunRequest): Promise<CommandRunResult> {
    if (request.options?.privileged) throw new CommandRunError('containerRunOptions.privileged needs the Docker daemon; buildah runs unprivileged containers');
    if (request.options?.envFile) throw new CommandRunError('containerRunOptions.envFile needs the Docker daemon');
    const insecure = isInsecureRegistry(registryOf(request.image), this.insecureRegistries);
    const from = await this.#cli(['from', '--quiet', ...(insecure ? ['--tls-verify=false'] : []), `docker://${request.image}`], request.signal);
    if (from.exitCode !== 0) throw new CommandRunError(`buildah from ${request.image} failed: ${outputTail(from)}`);
    const container = from.stdout.trim().split('\n').at(-1) ?? '';
    this.#containers.push(container);
    try {
      // A working container keeps what each command changes: setup commands leave their mark.
      for (const step of request.setup) {
        const result = await this.#cli(this.#runArgs(request, container, step), request.signal, request.timeoutMs);
        if (result.exitCode !== 0) throw new CommandRunError(`setup command ${JSON.stringify(step.join(' '))} exited with ${result.exitCode}: ${outputTail(result)}`);
      }
      const result = await this.#cli(this.#runArgs(request, container, request.argv), request.signal, request.timeoutMs);
      return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
    } finally {
      await this.#cli(['rm', container]).catch(() => undefined);
      this.#containers.splice(this.#containers.indexOf(container), 1);
    }
  }

  async close(): Promise<void> {
    for (const container of this.#containers.splice(0)) await this.#cli(['rm', container]).catch(() => undefined);
  }
}

/** The Docker daemon's version when it answers, else why not. */
export async function dockerDaemon(docker = 'docker'): Promise<{ ok: true; version: string } | { ok: false; why: string }> {
  try {
    const result = await runChild(docker, ['info', '--format', '{{.ServerVersion}}'], { timeoutMs: 20_000 });
    if (result.exitCode === 0 && result.stdout.trim() !== '') return { ok: true, version: result.stdout.trim() };
    return { ok: false, why: outputTail(result) || `docker info exited with ${result.exitCode}` };
  } catch (error) {
    return { ok: false, why: error instanceof ChildNotFound ? 'docker is not installed' : (error as Error).message };
  }
}

/** Docker when its daemon answers, else buildah when it works, else an error saying both. */
export async function selectCommandRunner(insecureRegistries: readonly string[] = []): Promise<CommandRunner> {
  const docker = await dockerDaemon();
  if (docker.ok) return new DockerCommandRunner(`docker (daemon ${docker.version})`);
  const buildah = await probeBuildah();
  if (buildah.usable) return new BuildahCommandRunner(`buildah (${buildah.detail}; no Docker daemon: ${docker.why})`, buildah.setup, insecureRegistries);
  throw new CommandRunError(`command tests need a container runtime: no Docker daemon (${docker.why}) and no usable buildah (${buildah.reason})`);
}
