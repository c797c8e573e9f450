/**
 * Shared by the smoke action and `image-actions smoke`: from what the user gave (images and
 * digests, a tag, override files and checks) to a `runSmoke` request, with the registry
 * client, a project name unique to the run, and cancellation on SIGINT / SIGTERM: the first
 * signal stops what is running and tears the deployment down before the process ends.
 */
import { randomBytes } from 'node:crypto';
import { composeProjectName, parseChecksText, type RunIdentity } from '../core/checks/index.js';
import { normalizeRepoPath } from '../core/config/paths.js';
import type { Deployment } from '../core/config/types.js';
import { UserInputError } from '../core/diagnostics.js';
import { withTag } from '../core/reference.js';
import { parseTestedMap, TestedMapError } from '../core/tested.js';
import { hostPlatform } from '../adapters/builders/arguments.js';
import { selectCommandRunner, type CommandRunner } from '../adapters/structure/command-runner.js';
import { loadConfigFile } from './project.js';
import { imageRef } from './promote.js';
import { createRegistryClient, registryHost } from './registry.js';
import { runSmoke, type SmokeLogger, type SmokeResult } from './smoke.js';

export interface SmokeJob {
  readonly root: string;
  readonly configFile: string;
  /** Registry prefix of the builds; default images.yaml's. */
  readonly registry?: string;
  /** JSON: image → digest, or the build's whole outputs (`{"digests": {…}}`). */
  readonly digestsText?: { readonly text: string; readonly where: string };
  /** Images under test; those without a digest are looked up under `tag`. */
  readonly images: readonly string[];
  /** The run's temporary tag. */
  readonly tag?: string;
  readonly composeFiles: readonly string[];
  readonly checksText?: { readonly text: string; readonly where: string };
  readonly keep: boolean;
  readonly timeoutSeconds?: number;
  readonly username?: string;
  readonly password?: string;
  readonly insecureRegistries: readonly string[];
  readonly run: RunIdentity;
  readonly env: NodeJS.ProcessEnv;
  readonly log: SmokeLogger;
  /** For tests: the runtime of command tests (default: the Docker daemon, else buildah). */
  readonly commandRunner?: () => Promise<CommandRunner>;
}

export interface SmokeJobResult {
  readonly result: SmokeResult;
  /** The signal that cancelled the run, if one did. */
  readonly signal?: NodeJS.Signals;
}

/** The `digests` input: a JSON map image → digest, or the build's outputs holding one under `digests`. */
export function parseDigests(text: string, where: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new TestedMapError(where, "is not JSON; pass the build's digests output (a JSON map image → digest)");
  }
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && typeof (parsed as Record<string, unknown>)['digests'] === 'object') {
    return parseTestedMap(JSON.stringify((parsed as Record<string, unknown>)['digests']), `${where} (its digests)`);
  }
  return parseTestedMap(text, where);
}

function composeOverrideDeployment(files: readonly string[]): Deployment {
  const normalized = files.map((file) => {
    const result = normalizeRepoPath(file);
    if (!result.ok) throw new UserInputError([{ message: `compose-files: ${result.why}`, hint: result.hint }]);
    return result.path;
  });
  return { kind: 'compose', files: normalized };
}

/** The platform structure tests read from an index: this machine's, as the daemon would pull. */
function platformSelector(): { os: string; architecture: string } {
  const [os = 'linux', architecture = 'amd64'] = hostPlatform().split('/');
  return { os, architecture };
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

export async function runSmokeJob(job: SmokeJob): Promise<SmokeJobResult> {
  const loaded = await loadConfigFile(job.root, job.configFile);
  const registry = job.registry ?? loaded.config.registry;
  if (!registry) throw new Error('no registry: set registry in images.yaml or give the registry input');
  const deployment = job.composeFiles.length > 0 ? composeOverrideDeployment(job.composeFiles) : undefined;
  const checks = job.checksText ? parseChecksText(job.checksText.text, job.checksText.where, deployment ?? loaded.config.deploy.deployment) : undefined;

  const client = createRegistryClient({
    host: registryHost(registry),
    ...(job.username !== undefined ? { username: job.username } : {}),
    ...(job.password !== undefined ? { password: job.password } : {}),
    insecureRegistries: job.insecureRegistries,
  });
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (received) {
      job.log.warn(`${signal} again: still tearing down the deployment; it ends in a few seconds`);
      return;
    }
    received = signal;
    job.log.warn(`${signal}: stopping, then tearing the deployment down`);
    controller.abort(new Error(`cancelled by ${signal}`));
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  let runner: Promise<CommandRunner> | undefined;
  try {
    const digests = job.digestsText ? parseDigests(job.digestsText.text, job.digestsText.where) : new Map<string, string>();
    for (const image of job.images) {
      if (digests.has(image)) continue;
      if (!job.tag) throw new Error(`${image} is in images but has no digest in digests; give its digest, or the tag it was built under`);
      const head = await client.headManifest(withTag(imageRef(registry, loaded.config.prefix, image, job.tag), job.tag));
      if (!head) throw new Error(`${image} has no digest in digests and no build under the tag ${job.tag}`);
      digests.set(image, head.digest);
    }
    if (job.images.length > 0) {
      for (const image of [...digests.keys()]) if (!job.images.includes(image)) digests.delete(image);
    }
    const result = await runSmoke({
      root: job.root,
      loaded,
      registry,
      digests,
      ...(job.tag ? { tag: job.tag } : {}),
      ...(deployment ? { deployment } : {}),
      ...(checks ? { checks } : {}),
      keep: job.keep,
      ...(job.timeoutSeconds !== undefined ? { deployTimeoutMs: job.timeoutSeconds * 1000 } : {}),
      client,
      platform: platformSelector(),
      projectName: composeProjectName(job.run, randomBytes(3).toString('hex')),
      env: job.env,
      commandRunner: job.commandRunner ?? (() => (runner ??= selectCommandRunner(job.insecureRegistries))),
      signal: controller.signal,
      log: job.log,
    });
    return { result, ...(received ? { signal: received } : {}) };
  } finally {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    await client.close();
  }
}

/** The exit code of a process ended by a signal, as shells report it. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : 143;
}
