/**
 * The smoke use case: the builds under test are structure-tested, deployed together, and
 * checked while they run; then the deployment is torn down, whatever happened.
 *
 *   1. Structure tests of each image under test (container-structure-test files): file and
 *      metadata tests answered from the registry, command tests in containers. A failure stops
 *      here: nothing is deployed.
 *   2. The deployment: compose files with an override pinning every service of the repository
 *      to a digest (the run's build, or the promoted one), or the user's deploy command with
 *      `IMAGE_<NAME>` variables and rewritten files. Then waiting until every service is up.
 *   3. The checks, in order, each retried until it passes.
 *   4. On any failure, every service's state and last log lines; always, the teardown (unless
 *      `keep`), also when the run is cancelled.
 *
 * `tested` is what passed: each image of this run that was structure-tested or deployed, at
 * exactly the digest that was.
 */
import { join } from 'node:path';
import {
  ImageOwnership,
  imageEnvironment,
  serviceEnvironment,
  type ServicePin,
} from '../core/checks/index.js';
import type { LoadedConfig } from '../core/config/load.js';
import type { CheckSpec, Deployment } from '../core/config/types.js';
import { settingsFor } from '../core/config/defaults.js';
import { UserInputError, type Diagnostic } from '../core/diagnostics.js';
import { withDigest, withTag, type ImageReference } from '../core/reference.js';
import { parseStructureTestFile, readStructureTests, type StructureTestSuite } from '../core/structure-tests/index.js';
import { runCheck, type CheckContext, type CheckResult } from '../adapters/checks/index.js';
import { CommandDeployment, rewrittenCopy, type RewrittenFile } from '../adapters/compose/command-deployment.js';
import { ComposeDeployment, type ServiceReport, type SmokeDeployment, type TeardownReport } from '../adapters/compose/deployment.js';
import { readTextIfExists } from '../adapters/fs/files.js';
import type { PlatformSelector, RegistryClient } from '../adapters/registry/index.js';
import type { CommandRunner } from '../adapters/structure/command-runner.js';
import { runStructureSuites, type TimedOutcome } from '../adapters/structure/run-suites.js';
import { discoverImageNames } from './project.js';
import { imageRef } from './promote.js';
import { promotedTag } from './upstream.js';

export interface SmokeLogger {
  info(message: string): void;
  warn(message: string): void;
  /** A titled block of lines (a collapsed log group in Actions). */
  group(title: string, lines: readonly string[]): void;
}

export interface SmokeRequest {
  readonly root: string;
  readonly loaded: LoadedConfig;
  /** Registry prefix of the builds; default `registry` of images.yaml. */
  readonly registry?: string;
  /** The images under test and their digests (the build's `digests` output). */
  readonly digests: ReadonlyMap<string, string>;
  /** The run's temporary tag, given to deployers as IMAGE_TAG. */
  readonly tag?: string;
  /** Replaces deploy.compose / deploy.command (the compose-files input). */
  readonly deployment?: Deployment;
  /** Replace deploy.checks (the checks input). */
  readonly checks?: readonly CheckSpec[];
  readonly keep: boolean;
  /** Replaces deploy.timeout. */
  readonly deployTimeoutMs?: number;
  readonly client: RegistryClient;
  readonly platform: PlatformSelector;
  /** The compose project name, unique to the run. */
  readonly projectName: string;
  /** The environment deployments and run checks start from. */
  readonly env: NodeJS.ProcessEnv;
  readonly commandRunner: () => Promise<CommandRunner>;
  readonly signal: AbortSignal;
  readonly log: SmokeLogger;
}

export interface StructureReport {
  readonly image: string;
  readonly reference: string;
  readonly outcomes: readonly TimedOutcome[];
  readonly notes: readonly string[];
  /** The image could not be read at all. */
  readonly error?: string;
}

export interface DeploymentReport {
  readonly kind: 'compose' | 'command';
  readonly description: string;
  readonly project?: string;
  readonly files: readonly string[];
  readonly pins: readonly ServicePin[];
  readonly rewritten: readonly RewrittenFile[];
  readonly ready: boolean;
  readonly elapsedMs: number;
  readonly reasons: readonly string[];
  readonly teardown: TeardownReport | { readonly ok: true; readonly kept: true; readonly detail: string } | undefined;
}

export interface SmokeResult {
  readonly structure: readonly StructureReport[];
  readonly deployment?: DeploymentReport;
  readonly checks: readonly CheckResult[];
  /** Checks that did not run (the deployment failed, or an earlier stage). */
  readonly notRun: readonly string[];
  /** Every service's state and last log lines, when something failed. */
  readonly services: readonly ServiceReport[];
  readonly tested: Readonly<Record<string, string>>;
  /** Images of the run no structure test or deployment touched. */
  readonly untested: readonly string[];
  readonly passed: boolean;
  /** One line per reason the run failed. */
  readonly failures: readonly string[];
  readonly cancelled: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Lines of each service's log shown when something fails. */
export const LOG_TAIL_LINES = 200;
/** Time limit of one structure command test (its setup commands included). */
const COMMAND_TEST_TIMEOUT_MS = 300_000;

/** The structure test suites of one image, parsed (all problems of all files at once). */
async function loadSuites(root: string, loaded: LoadedConfig, image: string): Promise<StructureTestSuite[]> {
  const spec = settingsFor(loaded.config, image).structureTests;
  if (!spec) return [];
  if (spec.kind === 'inline') {
    const base = ['images', image, 'structure-tests'];
    return [readStructureTests(spec.spec, `${loaded.file}: images.${image}.structure-tests`, loaded, base)];
  }
  const suites: StructureTestSuite[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [index, file] of spec.files.entries()) {
    const text = await readTextIfExists(join(root, file));
    if (text === undefined) {
      // A single path is located at itself, an entry of a list at that entry.
      const location = loaded.locate(['images', image, 'structure-tests', index]);
      diagnostics.push({ message: `images.${image}.structure-tests: ${file} does not exist`, location, hint: 'Give the path of a container-structure-test file, relative to the repository root.' });
      continue;
    }
    try {
      suites.push(parseStructureTestFile(text, file));
    } catch (error) {
      if (error instanceof UserInputError) diagnostics.push(...error.diagnostics);
      else throw error;
    }
  }
  if (diagnostics.length > 0) throw new UserInputError(diagnostics);
  return suites;
}

function logCheck(result: CheckResult, log: SmokeLogger): void {
  const seconds = (result.durationMs / 1000).toFixed(1);
  const tries = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`;
  if (result.verdict.ok) log.info(`✓ ${result.name}: ${result.verdict.detail} (${tries}, ${seconds} s)`);
  else log.warn(`✗ ${result.name}: expected ${result.verdict.expected}; got ${result.verdict.got} (${tries}, ${seconds} s)`);
}

export async function runSmoke(request: SmokeRequest): Promise<SmokeResult> {
  const { loaded, log, signal } = request;
  const config = loaded.config;
  const registry = request.registry ?? config.registry;
  if (!registry) throw new Error('no registry: set registry in images.yaml or give the registry input');
  const names = await discoverImageNames(request.root, loaded);
  const unknown = [...request.digests.keys()].filter((n) => !names.includes(n));
  if (unknown.length > 0) throw new Error(`digests name ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is not an image' : 'are not images'} of this repository (its images: ${names.join(', ')})`);
  const repository = (image: string): ImageReference => imageRef(registry, config.prefix, image, 'latest');
  const underTest = new Map([...request.digests].map(([image, digest]) => [image, withDigest(repository(image), digest)] as const));
  const refText = (ref: ImageReference): string => `${ref.registry}/${ref.repository}${ref.target.kind === 'digest' ? `@${ref.target.digest}` : `:${ref.target.tag}`}`;

  const deployment = request.deployment ?? config.deploy.deployment;
  const checks = request.checks ?? config.deploy.checks;
  const deployTimeoutMs = request.deployTimeoutMs ?? config.deploy.timeout.milliseconds;

  // Everything the user wrote is read and validated before anything runs.
  const suites = new Map<string, StructureTestSuite[]>();
  const diagnostics: Diagnostic[] = [];
  for (const image of [...underTest.keys()].sort()) {
    try {
      const loadedSuites = await loadSuites(request.root, loaded, image);
      if (loadedSuites.length > 0) suites.set(image, loadedSuites);
    } catch (error) {
      if (error instanceof UserInputError) diagnostics.push(...error.diagnostics);
      else throw error;
    }
  }
  if (deployment.kind === 'compose') {
    for (const [index, file] of deployment.files.entries()) {
      if ((await readTextIfExists(join(request.root, file))) === undefined) {
        diagnostics.push({
          message: `deploy.compose: ${file} does not exist`,
          ...(request.deployment ? {} : { location: loaded.locate(deployment.files.length > 1 ? ['deploy', 'compose', index] : ['deploy', 'compose']) }),
          hint: 'Give compose files relative to the repository root.',
        });
      }
    }
  }
  if (diagnostics.length > 0) throw new UserInputError(diagnostics);

  const failures: string[] = [];
  const structure: StructureReport[] = [];
  const structureTested = new Set<string>();

  // 1. Structure tests.
  for (const [image, imageSuites] of suites) {
    if (signal.aborted) break;
    const reference = underTest.get(image) as ImageReference;
    log.info(`structure tests of ${image} (${refText(reference)}): ${imageSuites.map((s) => s.source).join(', ')}`);
    try {
      const result = await runStructureSuites({
        client: request.client,
        reference,
        suites: imageSuites,
        platform: request.platform,
        root: request.root,
        commandRunner: request.commandRunner,
        commandTimeoutMs: COMMAND_TEST_TIMEOUT_MS,
        signal,
        log: (m) => log.info(m),
      });
      const notes = [result.filesNote, result.runner ? `command tests: ${result.runner}` : undefined].filter((n): n is string => n !== undefined);
      structure.push({ image, reference: refText(reference), outcomes: result.outcomes, notes });
      for (const outcome of result.outcomes) {
        if (outcome.passed) log.info(`✓ ${image}: ${outcome.name} (${(outcome.durationMs / 1000).toFixed(1)} s)`);
        else log.warn(`✗ ${image}: ${outcome.name}: ${outcome.failures.join('; ')}`);
      }
      const failed = result.outcomes.filter((o) => !o.passed);
      if (failed.length > 0) failures.push(`${image}: ${failed.length} of ${result.outcomes.length} structure tests failed (${failed.map((f) => f.name).join(', ')})`);
      else structureTested.add(image);
    } catch (error) {
      const message = (error as Error).message;
      structure.push({ image, reference: refText(reference), outcomes: [], notes: [], error: message });
      failures.push(`${image}: the structure tests could not run: ${message}`);
    }
  }

  const result = (parts: {
    deployment?: DeploymentReport;
    checks?: readonly CheckResult[];
    notRun?: readonly string[];
    services?: readonly ServiceReport[];
    deployed?: ReadonlySet<string>;
  }): SmokeResult => {
    const cancelled = signal.aborted;
    if (cancelled) failures.push('the run was cancelled');
    const passed = failures.length === 0;
    const touched = new Set([...structureTested, ...(parts.deployed ?? [])]);
    const tested: Record<string, string> = {};
    if (passed) {
      for (const image of [...touched].sort()) tested[image] = request.digests.get(image) as string;
    }
    return {
      structure,
      ...(parts.deployment ? { deployment: parts.deployment } : {}),
      checks: parts.checks ?? [],
      notRun: parts.notRun ?? [],
      services: parts.services ?? [],
      tested,
      untested: [...underTest.keys()].filter((i) => !touched.has(i)).sort(),
      passed,
      failures,
      cancelled,
    };
  };

  const allCheckNames = checks.map((c) => c.name);
  if (failures.length > 0 || signal.aborted) {
    if (deployment.kind !== 'none') log.warn(`nothing is deployed: ${signal.aborted ? 'the run was cancelled' : 'the structure tests failed'}`);
    return result({ notRun: allCheckNames });
  }

  // 2. The deployment.
  const ownership = new ImageOwnership({ names, prefix: config.prefix, registries: [registry, config.registry] });
  const promotedDigests = new Map<string, Promise<string | undefined>>();
  const promoted = (image: string): Promise<string | undefined> => {
    let pending = promotedDigests.get(image);
    if (!pending) {
      pending = request.client.headManifest(withTag(repository(image), promotedTag(config.tags.promote))).then((h) => h?.digest);
      promotedDigests.set(image, pending);
    }
    return pending;
  };
  /** The digest reference an image is deployed at: this run's build, else the promoted one. */
  const deployedRef = async (image: string): Promise<{ ref: string; why: ServicePin['why'] } | undefined> => {
    const built = underTest.get(image);
    if (built) return { ref: refText(built), why: 'built in this run' };
    const digest = await promoted(image);
    return digest ? { ref: refText(withDigest(repository(image), digest)), why: 'promoted' } : undefined;
  };

  const imageRefs = new Map<string, string>();
  for (const image of names) {
    const found = deployment.kind === 'command' || underTest.has(image) ? await deployedRef(image) : undefined;
    if (found) imageRefs.set(image, found.ref);
  }
  const env: NodeJS.ProcessEnv = {
    ...request.env,
    ...config.deploy.env,
    ...imageEnvironment(imageRefs),
    ...(request.tag ? { IMAGE_TAG: request.tag } : {}),
  };

  let smokeDeployment: SmokeDeployment | undefined;
  let deployed = new Set<string>();
  let report: Mutable<DeploymentReport> | undefined;
  let deployDir: string | undefined;
  const results: CheckResult[] = [];
  const notRun: string[] = [];
  let services: ServiceReport[] = [];
  try {
    if (deployment.kind === 'compose') {
      const compose = await ComposeDeployment.create({
        project: request.projectName,
        files: deployment.files.map((f) => join(request.root, f)),
        cwd: request.root,
        env,
        log,
        pin: async (service, reference) => {
          const image = ownership.imageOf(reference);
          if (image === undefined) return undefined;
          const found = await deployedRef(image);
          if (!found) {
            throw new Error(
              `service ${service} runs ${reference}, an image of this repository (${image}) that this run did not build and that has no promoted tag ${promotedTag(config.tags.promote)}; build it in this run, or promote it first`,
            );
          }
          return { service, image, reference: found.ref, why: found.why };
        },
      });
      smokeDeployment = compose;
      log.info(`deploying ${deployment.files.join(', ')} as compose project ${request.projectName}`);
      report = { kind: 'compose', description: compose.description, project: request.projectName, files: deployment.files, pins: [], rewritten: [], ready: false, elapsedMs: 0, reasons: [], teardown: undefined };
      const up = await compose.up(deployTimeoutMs, signal);
      deployed = new Set(compose.pins.filter((p) => p.why === 'built in this run').map((p) => p.image));
      Object.assign(report, { pins: compose.pins, ready: up.ok, elapsedMs: up.elapsedMs, reasons: up.ok ? [] : up.reasons });
    } else if (deployment.kind === 'command') {
      let copyDir: string | undefined;
      let rewritten: readonly RewrittenFile[] = [];
      if (deployment.rewrite.length > 0) {
        const targets = [...imageRefs].map(([image, reference]) => ({ image, reference, repositories: ownership.writtenRepositories(image) }));
        const copy = await rewrittenCopy(request.root, deployment.rewrite, targets);
        copyDir = copy.dir;
        rewritten = copy.files;
        for (const file of copy.files) {
          for (const r of file.replacements) log.info(`${file.file}:${r.line}: ${r.from} → ${r.to}`);
          if (file.replacements.length === 0) log.info(`${file.file}: no reference to the repository's images`);
        }
        if (copy.files.length === 0) log.warn(`deploy.rewrite matches no file (${deployment.rewrite.join(', ')})`);
      }
      deployDir = copyDir ?? request.root;
      const namedServices = [...new Set(checks.flatMap((c) => ('service' in c && c.service ? [c.service] : [])))];
      smokeDeployment = new CommandDeployment({
        command: deployment.command,
        ...(deployment.teardown ? { teardown: deployment.teardown } : {}),
        cwd: deployDir,
        env: { ...env, DEPLOY_DIR: deployDir },
        services: namedServices,
        log,
        ...(copyDir ? { copyDir } : {}),
      });
      log.info(`deploying with ${deployment.command.join(' ')}${copyDir ? ` in ${copyDir}` : ''}`);
      report = { kind: 'command', description: smokeDeployment.description, files: [], pins: [], rewritten, ready: false, elapsedMs: 0, reasons: [], teardown: undefined };
      const up = await smokeDeployment.up(deployTimeoutMs, signal);
      deployed = new Set(underTest.keys());
      Object.assign(report, { ready: up.ok, elapsedMs: up.elapsedMs, reasons: up.ok ? [] : up.reasons });
    }
  } catch (error) {
    const message = (error as Error).message;
    if (report) Object.assign(report, { ready: false, reasons: [message] });
    else failures.push(`the deployment failed: ${message}`);
  }

  try {
    if (report && !report.ready) {
      failures.push(`the deployment did not come up: ${report.reasons.join('; ')}`);
      for (const reason of report.reasons) log.warn(reason);
    } else if (report) {
      log.info(`deployment ready in ${(report.elapsedMs / 1000).toFixed(1)} s`);
    }

    // 3. The checks.
    if (failures.length === 0 && !signal.aborted) {
      const addresses = smokeDeployment
        ? await smokeDeployment.addresses().catch((error: Error) => {
            log.warn(`the services' addresses could not be read (${error.message}); run checks get no SERVICE_* variables`);
            return [];
          })
        : [];
      const context: CheckContext = {
        root: request.root,
        services: { container: (service, s) => (smokeDeployment ? smokeDeployment.container(service, s) : Promise.resolve(undefined)) },
        runEnv: { ...env, ...serviceEnvironment(addresses), ...(deployDir ? { DEPLOY_DIR: deployDir } : {}) },
        signal,
      };
      for (const spec of checks) {
        if (signal.aborted) {
          notRun.push(spec.name);
          continue;
        }
        const checked = await runCheck(spec, context);
        results.push(checked);
        logCheck(checked, log);
      }
      const failedChecks = results.filter((r) => !r.passed);
      if (failedChecks.length > 0) failures.push(`${failedChecks.length} of ${checks.length} checks failed: ${failedChecks.map((c) => c.name).join(', ')}`);
    } else {
      notRun.push(...allCheckNames);
    }

    // 4. On failure: what every service was doing.
    if ((failures.length > 0 || signal.aborted) && smokeDeployment) {
      services = await smokeDeployment.reports(LOG_TAIL_LINES).catch((error: Error) => {
        log.warn(`the services' state could not be read: ${error.message}`);
        return [];
      });
      for (const s of services) log.group(`${s.service} (${s.container}): ${s.state}`, [`image ${s.image}`, ...(s.logTail === '' ? ['(empty log)'] : s.logTail.split('\n'))]);
    }
  } finally {
    if (smokeDeployment) {
      if (request.keep) {
        const detail = `kept (keep: true). Remove it with: ${smokeDeployment.keepHint()}`;
        log.info(detail);
        if (report) report.teardown = { ok: true, kept: true, detail };
      } else {
        log.info(`tearing down: ${smokeDeployment.description}`);
        const teardown = await smokeDeployment.down().catch((error: Error): TeardownReport => ({ ok: false, detail: error.message }));
        if (report) report.teardown = teardown;
        if (teardown.ok) log.info(teardown.detail);
        else log.warn(`teardown: ${teardown.detail}`);
      }
    }
  }
  if (report?.teardown && !report.teardown.ok) failures.push(`the teardown failed: ${report.teardown.detail}`);
  return result({ ...(report ? { deployment: report } : {}), checks: results, notRun, services, deployed });
}
