/**
 * A smoke deployment with Docker Compose: the user's compose files plus a generated override
 * that pins each of the repository's services to an exact digest, brought up under a project
 * name of its own, waited for until every service is ready, and brought down with
 * `down -v --remove-orphans` (then checked: nothing of the project may remain).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeOverride, describeState, type ServiceAddress, type ServicePin } from '../../core/checks/index.js';
import { outputTail } from '../checks/child.js';
import { ComposeProject, detectCompose, type ComposeCli, type ComposeService } from './compose.js';
import { containerLogs, projectContainers, projectResources, type InspectedContainer } from './docker.js';
import { waitUntilReady } from './wait.js';

export interface DeploymentLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface ServiceReport {
  readonly service: string;
  readonly container: string;
  /** "running, healthy", "exited with code 3", … */
  readonly state: string;
  readonly image: string;
  /** The last lines of its log (stdout and stderr in order). */
  readonly logTail: string;
}

export type UpOutcome =
  | { readonly ok: true; readonly elapsedMs: number }
  | { readonly ok: false; readonly reasons: readonly string[]; readonly elapsedMs: number };

export interface TeardownReport {
  readonly ok: boolean;
  readonly detail: string;
}

/** Where the services of a deployment are, and what they are doing: what checks and reports need. */
export interface SmokeDeployment {
  readonly description: string;
  up(timeoutMs: number, signal: AbortSignal): Promise<UpOutcome>;
  container(service: string, signal?: AbortSignal): Promise<InspectedContainer | undefined>;
  addresses(): Promise<ServiceAddress[]>;
  reports(tailLines: number): Promise<ServiceReport[]>;
  down(): Promise<TeardownReport>;
  /** How to remove a deployment that was kept. */
  keepHint(): string;
}

/** Decides the image of a service: a pin for the repository's images, undefined for others. */
export type PinResolver = (service: string, image: string) => Promise<ServicePin | undefined>;

export interface ComposeDeploymentOptions {
  readonly project: string;
  /** Absolute paths of the user's compose files, in order. */
  readonly files: readonly string[];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly pin: PinResolver;
  readonly log: DeploymentLog;
  readonly pollIntervalMs?: number;
}

export async function serviceReports(containers: readonly InspectedContainer[], tailLines: number): Promise<ServiceReport[]> {
  return Promise.all(
    containers.map(async (c) => ({
      service: c.service,
      container: c.name,
      state: describeState(c.state),
      image: c.image,
      logTail: await containerLogs(c.id, { tail: tailLines }).catch((error: Error) => `(the log could not be read: ${error.message})`),
    })),
  );
}

export class ComposeDeployment implements SmokeDeployment {
  #project: ComposeProject | undefined;
  #overrideDir: string | undefined;
  #pins: ServicePin[] = [];
  #services: ComposeService[] = [];

  private constructor(
    readonly cli: ComposeCli,
    private readonly options: ComposeDeploymentOptions,
  ) {}

  static async create(options: ComposeDeploymentOptions): Promise<ComposeDeployment> {
    const cli = await detectCompose();
    options.log.info(
      `compose: ${cli.label} ${cli.version}${cli.program === 'docker' ? ' (the docker compose plugin)' : ' (no docker compose plugin here)'}; ${cli.supportsWait ? 'up --wait, then' : 'no up --wait in this version:'} polling the services' health`,
    );
    return new ComposeDeployment(cli, options);
  }

  get description(): string {
    return `${this.cli.label} ${this.cli.version}, project ${this.options.project}`;
  }

  get project(): string {
    return this.options.project;
  }

  get pins(): readonly ServicePin[] {
    return this.#pins;
  }

  get services(): readonly ComposeService[] {
    return this.#services;
  }

  /** The override file's path (once `up` has written it). */
  get overrideFile(): string | undefined {
    return this.#overrideDir ? join(this.#overrideDir, 'compose.smoke-override.yaml') : undefined;
  }

  async up(timeoutMs: number, signal: AbortSignal): Promise<UpOutcome> {
    const start = Date.now();
    const { log } = this.options;
    const probe = new ComposeProject(this.cli, { name: this.options.project, files: this.options.files, cwd: this.options.cwd, env: this.options.env });
    this.#services = await probe.services(this.options.files, signal);
    for (const service of this.#services) {
      if (service.image === undefined) continue;
      const pin = await this.options.pin(service.name, service.image);
      if (pin) this.#pins.push(pin);
    }
    this.#overrideDir = await mkdtemp(join(tmpdir(), 'ia-smoke-'));
    const override = this.overrideFile as string;
    await writeFile(override, composeOverride(this.#pins));
    for (const pin of this.#pins) log.info(`${pin.service}: ${pin.reference} (${pin.image}, ${pin.why})`);
    const others = this.#services.filter((s) => !this.#pins.some((p) => p.service === s.name)).map((s) => `${s.name} (${s.image ?? 'built by compose'})`);
    if (others.length > 0) log.info(`not images of this repository, run as the files say: ${others.join(', ')}`);

    this.#project = new ComposeProject(this.cli, {
      name: this.options.project,
      files: [...this.options.files, override],
      cwd: this.options.cwd,
      env: this.options.env,
      onOutput: (chunk) => {
        for (const line of chunk.split('\n')) if (line.trim() !== '') log.info(`  ${line.trimEnd()}`);
      },
    });
    const remaining = (): number => Math.max(1000, timeoutMs - (Date.now() - start));
    try {
      await this.#project.pull(
        this.#pins.map((p) => p.service),
        remaining(),
        signal,
      );
      await this.#project.up(remaining(), signal);
    } catch (error) {
      // `up --wait` fails on an unhealthy service: the poll below says which and why.
      if (signal.aborted) return { ok: false, reasons: ['cancelled'], elapsedMs: Date.now() - start };
      const containers = await projectContainers(this.options.project).catch(() => []);
      if (containers.length === 0) return { ok: false, reasons: [(error as Error).message], elapsedMs: Date.now() - start };
      log.warn((error as Error).message);
    }
    const waited = await waitUntilReady({
      expected: this.#services.map((s) => ({ service: s.name, oneShot: s.oneShot })),
      // Not cancelled with the run: the loop itself stops on the signal, with the last state read.
      inspect: () => projectContainers(this.options.project),
      timeoutMs: remaining(),
      intervalMs: this.options.pollIntervalMs ?? 1000,
      signal,
      log: (m) => log.info(m),
    });
    const elapsedMs = Date.now() - start;
    return waited.readiness.kind === 'ready' ? { ok: true, elapsedMs } : { ok: false, reasons: waited.readiness.reasons, elapsedMs };
  }

  async container(service: string, signal?: AbortSignal): Promise<InspectedContainer | undefined> {
    const containers = await projectContainers(this.options.project, signal);
    return containers.find((c) => c.service === service);
  }

  async addresses(): Promise<ServiceAddress[]> {
    const containers = await projectContainers(this.options.project);
    const first = new Map<string, ServiceAddress>();
    for (const c of containers) if (!first.has(c.service)) first.set(c.service, c.address);
    return [...first.values()];
  }

  async reports(tailLines: number): Promise<ServiceReport[]> {
    return serviceReports(await projectContainers(this.options.project).catch(() => []), tailLines);
  }

  async down(): Promise<TeardownReport> {
    const files = this.#project ? this.#project.options.files : this.options.files;
    const project = new ComposeProject(this.cli, { name: this.options.project, files, cwd: this.options.cwd, env: this.options.env });
    const result = await project.down();
    const left = await projectResources(this.options.project).catch(() => undefined);
    if (this.#overrideDir) await rm(this.#overrideDir, { recursive: true, force: true });
    const leftovers = left ? [...left.containers.map((c) => `container ${c}`), ...left.networks.map((n) => `network ${n}`), ...left.volumes.map((v) => `volume ${v}`)] : [];
    if (result.exitCode !== 0 || leftovers.length > 0) {
      return {
        ok: false,
        detail: `${this.cli.label} down exited with ${result.exitCode}${leftovers.length > 0 ? `; still there: ${leftovers.join(', ')}` : ''}${result.exitCode !== 0 ? `\n${outputTail(result)}` : ''}`,
      };
    }
    return { ok: true, detail: `${this.cli.label} down -v --remove-orphans: no container, network or volume of ${this.options.project} remains` };
  }

  keepHint(): string {
    const files = [...this.options.files, ...(this.overrideFile ? [this.overrideFile] : [])].flatMap((f) => ['-f', f]);
    return [this.cli.program, ...this.cli.prefix, '-p', this.options.project, ...files, 'down', '-v', '--remove-orphans'].join(' ');
  }
}
