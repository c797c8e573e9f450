/**
 * Running an image's structure test suites: file, license and metadata tests answered from the
 * registry (config and layer tars; no daemon, nothing pulled), command tests in containers on
 * the runtime the caller provides (asked for only when a suite has command tests).
 */
import { performance } from 'node:perf_hooks';
import type { SourceLocation } from '../../core/diagnostics.js';
import { formatReference, type ImageReference } from '../../core/reference.js';
import {
  commandArgv,
  commandEnvironment,
  commandNotRun,
  contentNeeded,
  evaluateCommand,
  evaluateFileContent,
  evaluateFileExistence,
  evaluateLicense,
  evaluateMetadata,
  expandVariables,
  type StructureTestKind,
  type StructureTestOutcome,
  type StructureTestSuite,
} from '../../core/structure-tests/index.js';
import type { PlatformSelector, RegistryClient } from '../registry/index.js';
import type { CommandRunner } from './command-runner.js';
import { entryKey, readImageFiles, readRegistryImage, type ImageFiles } from './registry-image.js';

export interface TimedOutcome extends StructureTestOutcome {
  /** The file (or images.yaml key) the test is written in. */
  readonly source: string;
  readonly location?: SourceLocation;
  readonly durationMs: number;
}

export interface SuitesRequest {
  readonly client: RegistryClient;
  /** The image by digest. */
  readonly reference: ImageReference;
  readonly suites: readonly StructureTestSuite[];
  readonly platform: PlatformSelector;
  readonly root: string;
  /** The runtime for command tests; called once, and only if a suite has command tests. */
  readonly commandRunner: () => Promise<CommandRunner>;
  readonly commandTimeoutMs: number;
  readonly signal?: AbortSignal;
  readonly log: (message: string) => void;
}

export interface SuitesResult {
  readonly outcomes: readonly TimedOutcome[];
  /** How the file tests were answered, for the log and summary. */
  readonly filesNote?: string;
  readonly runner?: string;
}

const DEBIAN_COPYRIGHT = /^usr\/share\/doc\/[^/]+\/copyright$/;

function timed<T extends StructureTestOutcome>(suite: StructureTestSuite, kind: StructureTestKind, index: number, run: () => T): TimedOutcome {
  const start = performance.now();
  const outcome = run();
  const location = suite.locate(kind, index);
  return { ...outcome, source: suite.source, ...(location ? { location } : {}), durationMs: performance.now() - start };
}

export async function runStructureSuites(request: SuitesRequest): Promise<SuitesResult> {
  const { client, reference, suites } = request;
  const image = await readRegistryImage(client, reference, request.platform);
  const config = image.config;
  const expand = (path: string): string => expandVariables(path, (name) => config.env.get(name));

  const needsFiles = suites.some((s) => s.fileExistenceTests.length > 0 || s.fileContentTests.length > 0 || s.licenseTests.length > 0);
  let files: ImageFiles | undefined;
  let filesNote: string | undefined;
  if (needsFiles) {
    const literal = new Set<string>();
    let debian = false;
    for (const suite of suites) {
      for (const test of suite.fileContentTests) literal.add(entryKey(expand(test.path)));
      for (const test of suite.licenseTests) {
        debian ||= test.debian;
        for (const file of test.files) literal.add(entryKey(file));
      }
    }
    const start = performance.now();
    files = await readImageFiles(
      client,
      image,
      (path) => literal.has(path) || (debian && DEBIAN_COPYRIGHT.test(path)),
      (fs) => [...new Set(suites.flatMap((suite) => contentNeeded(suite, fs, config)))],
    );
    filesNote = `file tests answered from the registry: ${image.layers.length} layer(s) streamed (${files.layersRead} read), ${files.fs.size} paths, ${((performance.now() - start) / 1000).toFixed(1)} s`;
    request.log(`${formatReference(reference)}: ${filesNote}`);
  }

  const outcomes: TimedOutcome[] = [];
  for (const suite of suites) {
    if (files) {
      const { fs, contents } = files;
      suite.fileExistenceTests.forEach((t, i) => outcomes.push(timed(suite, 'file-existence', i, () => evaluateFileExistence(t, fs, config))));
      suite.fileContentTests.forEach((t, i) => outcomes.push(timed(suite, 'file-content', i, () => evaluateFileContent(t, fs, contents, config))));
      suite.licenseTests.forEach((t, i) => outcomes.push(timed(suite, 'license', i, () => evaluateLicense(t, fs, contents))));
    }
    if (suite.metadataTest) {
      const test = suite.metadataTest;
      outcomes.push(timed(suite, 'metadata', 0, () => evaluateMetadata(test, config)));
    }
  }

  let runner: CommandRunner | undefined;
  let runnerError: string | undefined;
  if (suites.some((s) => s.commandTests.length > 0)) {
    try {
      runner = await request.commandRunner();
      request.log(`command tests run with ${runner.description}`);
    } catch (error) {
      runnerError = (error as Error).message;
    }
  }
  try {
    for (const suite of suites) {
      for (const [index, test] of suite.commandTests.entries()) {
        const start = performance.now();
        let outcome: StructureTestOutcome;
        if (!runner) {
          outcome = commandNotRun(test, runnerError ?? 'no container runtime');
        } else {
          try {
            const result = await runner.run({
              image: formatReference(reference),
              setup: test.setup.map((step) => step.map(expand)),
              argv: commandArgv(test, config),
              env: commandEnvironment(suite, test, config),
              ...(suite.containerRunOptions ? { options: suite.containerRunOptions } : {}),
              root: request.root,
              timeoutMs: request.commandTimeoutMs,
              ...(request.signal ? { signal: request.signal } : {}),
            });
            outcome = evaluateCommand(test, result);
          } catch (error) {
            outcome = commandNotRun(test, (error as Error).message);
          }
        }
        const location = suite.locate('command', index);
        outcomes.push({ ...outcome, source: suite.source, ...(location ? { location } : {}), durationMs: performance.now() - start });
      }
    }
  } finally {
    await runner?.close();
  }
  return { outcomes, ...(filesNote ? { filesNote } : {}), ...(runner ? { runner: runner.description } : {}) };
}
