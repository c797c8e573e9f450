/**
 * container-structure-test v2 ("schemaVersion: 2.0.0") as data: what a user's existing test
 * file says, validated, with container-structure-test's defaults applied. Field names are the
 * file's own (`expectedOutput`, `shouldExist`, …) so that messages can quote them.
 *
 * Regular expressions are kept as written (Go RE2 syntax, as container-structure-test reads
 * them); `regex.ts` turns them into JavaScript, and the parser has already checked that each one
 * translates and compiles.
 */
import type { SourceLocation } from '../diagnostics.js';

export interface EnvVar {
  readonly key: string;
  readonly value: string;
  /** Metadata tests only: the value is a regular expression. */
  readonly isRegex: boolean;
}

export interface CommandTest {
  readonly name: string;
  /** Commands run (each committed into the image) before the command under test. */
  readonly setup: readonly (readonly string[])[];
  /** Accepted as the format allows; container-structure-test's docker driver skips them too (each test has its own container). */
  readonly teardown: readonly (readonly string[])[];
  readonly envVars: readonly EnvVar[];
  readonly command: string;
  readonly args: readonly string[];
  readonly exitCode: number;
  readonly expectedOutput: readonly string[];
  readonly excludedOutput: readonly string[];
  readonly expectedError: readonly string[];
  readonly excludedError: readonly string[];
}

export const EXECUTABLE_BY = ['owner', 'group', 'other', 'any'] as const;
export type ExecutableBy = (typeof EXECUTABLE_BY)[number];

export interface FileExistenceTest {
  readonly name: string;
  readonly path: string;
  readonly shouldExist: boolean;
  /** Go's FileMode string, e.g. "-rw-r--r--" or "drwxr-xr-x". */
  readonly permissions?: string;
  readonly uid?: number;
  readonly gid?: number;
  readonly isExecutableBy?: ExecutableBy;
}

export interface FileContentTest {
  readonly name: string;
  readonly path: string;
  readonly expectedContents: readonly string[];
  readonly excludedContents: readonly string[];
}

export interface MetadataTest {
  /** `envVars` (also read under the older key `env`). */
  readonly envVars: readonly EnvVar[];
  /** Keys that must NOT be set. */
  readonly unboundEnvVars: readonly string[];
  readonly labels: readonly EnvVar[];
  readonly exposedPorts: readonly string[];
  readonly unexposedPorts: readonly string[];
  readonly volumes: readonly string[];
  readonly unmountedVolumes: readonly string[];
  /** Absent: not checked. `[]`: the image must have none. */
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  readonly workdir?: string;
  readonly user?: string;
}

export interface LicenseTest {
  /** Check every package's copyright file under /usr/share/doc. */
  readonly debian: boolean;
  readonly files: readonly string[];
}

/** How command-test containers run (container-structure-test's `containerRunOptions`). */
export interface ContainerRunOptions {
  readonly user?: string;
  readonly privileged: boolean;
  readonly allocateTty: boolean;
  /** Repository-relative `--env-file`. */
  readonly envFile?: string;
  /** Names of runner environment variables passed into the container. */
  readonly envVars: readonly string[];
  readonly capabilities: readonly string[];
  /** `host:container[:options]`. */
  readonly bindMounts: readonly string[];
}

export interface StructureTestSuite {
  /** Where the tests were written: a file, or the images.yaml key. For messages. */
  readonly source: string;
  /** Where each test starts, by its kind and index, for messages that point at it. */
  readonly locate: (kind: StructureTestKind, index: number) => SourceLocation | undefined;
  readonly globalEnvVars: readonly EnvVar[];
  readonly commandTests: readonly CommandTest[];
  readonly fileExistenceTests: readonly FileExistenceTest[];
  readonly fileContentTests: readonly FileContentTest[];
  readonly metadataTest?: MetadataTest;
  readonly licenseTests: readonly LicenseTest[];
  readonly containerRunOptions?: ContainerRunOptions;
}

export type StructureTestKind = 'command' | 'file-existence' | 'file-content' | 'metadata' | 'license';

/** The outcome of one test: every expectation that failed, each saying what was found. */
export interface StructureTestOutcome {
  readonly kind: StructureTestKind;
  /** As container-structure-test names it: "Command Test: <name>", "Metadata Test", … */
  readonly name: string;
  readonly passed: boolean;
  readonly failures: readonly string[];
}

/** Display names, as container-structure-test prints them. */
export function testDisplayName(kind: StructureTestKind, name?: string): string {
  switch (kind) {
    case 'command':
      return `Command Test: ${name ?? ''}`;
    case 'file-existence':
      return `File Existence Test: ${name ?? ''}`;
    case 'file-content':
      return `File Content Test: ${name ?? ''}`;
    case 'metadata':
      return 'Metadata Test';
    case 'license':
      return 'License Test';
  }
}
