/**
 * A smoke deployment made by the user's own deployer (`deploy.command`: Ansible, Helm, a
 * script), run with an argument array and `IMAGE_<NAME>` / `IMAGE_TAG` in its environment.
 *
 * With `deploy.rewrite`, the repository's files are copied to a temporary directory and the
 * files the globs name have their references to the repository's images rewritten to the
 * digests under test; the deployer runs in that copy, whose path it also gets as `DEPLOY_DIR`.
 * `deploy.teardown` removes the deployment afterwards.
 *
 * What the deployer started is unknown to smoke; checks that name a service (exec, logs,
 * `service:`) look for a Docker container of that name on this host.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import picomatch from 'picomatch';
import { rewriteImageReferences, type Replacement, type RewriteTarget, type ServiceAddress } from '../../core/checks/index.js';
import { listFiles } from '../fs/files.js';
import { outputTail, runChild } from '../checks/child.js';
import { containerByName, type InspectedContainer } from './docker.js';
import { serviceReports, type DeploymentLog, type ServiceReport, type SmokeDeployment, type TeardownReport, type UpOutcome } from './deployment.js';

export interface RewrittenFile {
  readonly file: string;
  readonly replacements: readonly Replacement[];
}

export interface RewrittenCopy {
  readonly dir: string;
  readonly files: readonly RewrittenFile[];
}

/** Copies the repository (without .git and node_modules) and rewrites the files `globs` match. */
export async function rewrittenCopy(root: string, globs: readonly string[], targets: readonly RewriteTarget[]): Promise<RewrittenCopy> {
  const dir = await mkdtemp(join(tmpdir(), 'ia-smoke-deploy-'));
  const matches = picomatch([...globs], { dot: true });
  const files: RewrittenFile[] = [];
  for (const file of await listFiles(root, '.')) {
    const target = join(dir, file);
    await mkdir(dirname(target), { recursive: true });
    if (!matches(file)) {
      await copyFile(join(root, file), target);
      continue;
    }
    const result = rewriteImageReferences(await readFile(join(root, file), 'utf8'), targets);
    await writeFile(target, result.text);
    files.push({ file, replacements: result.replacements });
  }
  return { dir, files };
}

export interface CommandDeploymentOptions {
  readonly command: readonly string[];
  readonly teardown?: readonly string[];
  /** Where the deployer runs: the rewritten copy, or the repository. */
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Services the checks name: the containers to look for and report on. */
  readonly services: readonly string[];
  readonly log: DeploymentLog;
  /** The rewritten copy to remove afterwards. */
  readonly copyDir?: string;
}

const TEARDOWN_TIMEOUT_MS = 300_000;

export class CommandDeployment implements SmokeDeployment {
  constructor(private readonly options: CommandDeploymentOptions) {}

  get description(): string {
    return `deploy.command ${JSON.stringify(this.options.command.join(' '))}`;
  }

  #streamed(chunk: string): void {
    for (const line of chunk.split('\n')) if (line.trim() !== '') this.options.log.info(`  ${line.trimEnd()}`);
  }

  async up(timeoutMs: number, signal: AbortSignal): Promise<UpOutcome> {
    const start = Date.now();
    const [program, ...args] = this.options.command;
    const result = await runChild(program as string, args, { cwd: this.options.cwd, env: this.options.env, timeoutMs, signal, onOutput: (c) => this.#streamed(c) });
    const elapsedMs = Date.now() - start;
    if (result.cancelled) return { ok: false, reasons: ['cancelled'], elapsedMs };
    if (result.timedOut) return { ok: false, reasons: [`the deploy command did not finish within ${Math.round(timeoutMs / 1000)} s`], elapsedMs };
    if (result.exitCode !== 0) return { ok: false, reasons: [`the deploy command exited with ${result.exitCode}: ${outputTail(result)}`], elapsedMs };
    return { ok: true, elapsedMs };
  }

  container(service: string, signal?: AbortSignal): Promise<InspectedContainer | undefined> {
    return containerByName(service, signal);
  }

  async addresses(): Promise<ServiceAddress[]> {
    const found = await Promise.all(this.options.services.map((s) => containerByName(s).catch(() => undefined)));
    return found.filter((c): c is InspectedContainer => c !== undefined).map((c) => ({ ...c.address, service: c.name }));
  }

  async reports(tailLines: number): Promise<ServiceReport[]> {
    const found = await Promise.all(this.options.services.map((s) => containerByName(s).catch(() => undefined)));
    return serviceReports(
      found.filter((c): c is InspectedContainer => c !== undefined),
      tailLines,
    );
  }

  async down(): Promise<TeardownReport> {
    try {
      if (!this.options.teardown) return { ok: true, detail: 'no deploy.teardown: whatever the deploy command started is left as it is' };
      const [program, ...args] = this.options.teardown;
      const result = await runChild(program as string, args, { cwd: this.options.cwd, env: this.options.env, timeoutMs: TEARDOWN_TIMEOUT_MS, onOutput: (c) => this.#streamed(c) });
      if (result.exitCode !== 0) return { ok: false, detail: `deploy.teardown exited with ${result.exitCode}: ${outputTail(result)}` };
      return { ok: true, detail: `deploy.teardown ${JSON.stringify(this.options.teardown.join(' '))} done` };
    } finally {
      if (this.options.copyDir) await rm(this.options.copyDir, { recursive: true, force: true });
    }
  }

  keepHint(): string {
    return this.options.teardown ? `run ${this.options.teardown.join(' ')} (with DEPLOY_DIR=${this.options.cwd})` : 'remove what the deploy command started';
  }
}
