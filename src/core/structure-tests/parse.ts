/**
 * Reading container-structure-test v2 files as they are, so that a user's existing tests run
 * unchanged: a YAML (or JSON) file, or the same tests written inline under an image's
 * `structure-tests:` in images.yaml.
 *
 * Every problem is reported at once, each at its line and column: a missing name, a
 * non-list, a regular expression that does not compile, a mistyped key ("did you mean").
 */
import { LineCounter, parseDocument } from 'yaml';
import { closest } from '../config/suggest.js';
import { YamlLocator, formatDataPath, type DataPath } from '../config/positions.js';
import { UserInputError, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import { GoRegexError, compileGoRegex } from './regex.js';
import {
  EXECUTABLE_BY,
  type CommandTest,
  type ContainerRunOptions,
  type EnvVar,
  type ExecutableBy,
  type FileContentTest,
  type FileExistenceTest,
  type LicenseTest,
  type MetadataTest,
  type StructureTestKind,
  type StructureTestSuite,
} from './types.js';

export const SCHEMA_VERSION = '2.0.0';

/** Where things are written: a path into the data → a place in a file. */
export interface Locator {
  locate(path: DataPath): SourceLocation;
  locateKey(path: DataPath): SourceLocation;
}

const TOP_KEYS = ['schemaVersion', 'globalEnvVars', 'commandTests', 'fileExistenceTests', 'fileContentTests', 'metadataTest', 'licenseTests', 'containerRunOptions'];
const COMMAND_KEYS = ['name', 'setup', 'teardown', 'envVars', 'exitCode', 'command', 'args', 'expectedOutput', 'excludedOutput', 'expectedError', 'excludedError'];
const EXISTENCE_KEYS = ['name', 'path', 'shouldExist', 'permissions', 'uid', 'gid', 'isExecutableBy'];
const CONTENT_KEYS = ['name', 'path', 'expectedContents', 'excludedContents'];
const METADATA_KEYS = ['env', 'envVars', 'unboundEnvVars', 'labels', 'exposedPorts', 'unexposedPorts', 'volumes', 'unmountedVolumes', 'entrypoint', 'cmd', 'workdir', 'user'];
const LICENSE_KEYS = ['debian', 'files'];
const RUN_OPTION_KEYS = ['user', 'privileged', 'allocateTty', 'envFile', 'envVars', 'capabilities', 'bindMounts'];
const ENV_KEYS = ['key', 'value', 'isRegex'];

const SECTION_OF: Readonly<Record<StructureTestKind, string>> = {
  command: 'commandTests',
  'file-existence': 'fileExistenceTests',
  'file-content': 'fileContentTests',
  metadata: 'metadataTest',
  license: 'licenseTests',
};

type Scalar = string | number | boolean;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads values at paths below `base`, collecting one diagnostic per problem. */
class Reader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly locator: Locator,
    private readonly base: DataPath,
  ) {}

  private full(path: DataPath): DataPath {
    return [...this.base, ...path];
  }

  problem(path: DataPath, what: string, hint?: string, atKey = false): void {
    const full = this.full(path);
    this.diagnostics.push({
      message: `${formatDataPath(path)}: ${what}`,
      location: atKey ? this.locator.locateKey(full) : this.locator.locate(full),
      ...(hint ? { hint } : {}),
    });
  }

  location(path: DataPath): SourceLocation {
    return this.locator.locate(this.full(path));
  }

  keys(path: DataPath, value: Record<string, unknown>, known: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const suggestion = closest(key, known);
      this.problem(
        [...path, key],
        `unknown key "${key}"`,
        suggestion ? `Did you mean ${suggestion}?` : `container-structure-test v2 knows: ${known.join(', ')}.`,
        true,
      );
    }
  }

  record(path: DataPath, value: unknown, what: string): Record<string, unknown> | undefined {
    if (isRecord(value)) return value;
    this.problem(path, `${what} must be a mapping (key: value lines), not ${describe(value)}`);
    return undefined;
  }

  list(path: DataPath, value: unknown): readonly unknown[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.problem(path, `must be a list, not ${describe(value)}`, 'Write a YAML list: one "- item" per line, or [a, b].');
    return [];
  }

  /** A scalar as text; Go's YAML reads `8080` into a string field as "8080". */
  text(path: DataPath, value: unknown, required: boolean): string | undefined {
    if (value === undefined || value === null) {
      if (required) this.problem(path, 'is required', undefined, true);
      return undefined;
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value as Scalar);
    this.problem(path, `must be text, not ${describe(value)}`);
    return undefined;
  }

  nonEmpty(path: DataPath, value: unknown): string | undefined {
    const text = this.text(path, value, true);
    if (text === '') {
      this.problem(path, 'must not be empty');
      return undefined;
    }
    return text;
  }

  texts(path: DataPath, value: unknown): string[] {
    return this.list(path, value).flatMap((item, i) => this.text([...path, i], item, true) ?? []);
  }

  regexes(path: DataPath, value: unknown): string[] {
    return this.texts(path, value).filter((pattern, i) => {
      try {
        compileGoRegex(pattern);
        return true;
      } catch (error) {
        const reason = error instanceof GoRegexError ? error.message : String(error);
        this.problem([...path, i], `/${pattern}/ is not a regular expression this can run: ${reason}`, 'Patterns use Go (RE2) syntax, as container-structure-test reads them.');
        return false;
      }
    });
  }

  boolean(path: DataPath, value: unknown, fallback: boolean): boolean {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    this.problem(path, `must be true or false, not ${describe(value)}`);
    return fallback;
  }

  integer(path: DataPath, value: unknown): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    this.problem(path, `must be a whole number, not ${describe(value)}`);
    return undefined;
  }

  commands(path: DataPath, value: unknown): string[][] {
    return this.list(path, value).flatMap((item, i) => {
      const argv = this.texts([...path, i], item);
      if (Array.isArray(item) && argv.length === 0) {
        this.problem([...path, i], 'is an empty command', 'Remove it, or write the command as [program, args…].');
        return [];
      }
      return Array.isArray(item) ? [argv] : [];
    });
  }

  envVars(path: DataPath, value: unknown, options: { allowRegex: boolean; requireValue: boolean }): EnvVar[] {
    return this.list(path, value).flatMap((item, i) => {
      const at = [...path, i];
      const record = this.record(at, item, 'an environment variable');
      if (!record) return [];
      this.keys(at, record, ENV_KEYS);
      const key = this.nonEmpty([...at, 'key'], record['key']);
      const value = options.requireValue ? this.nonEmpty([...at, 'value'], record['value']) : (this.text([...at, 'value'], record['value'], false) ?? '');
      const isRegex = this.boolean([...at, 'isRegex'], record['isRegex'], false);
      if (key === undefined || value === undefined) return [];
      if (isRegex) {
        try {
          compileGoRegex(value);
        } catch (error) {
          this.problem([...at, 'value'], `/${value}/ is not a regular expression this can run: ${(error as Error).message}`);
          return [];
        }
      }
      return [{ key, value, isRegex }];
    });
  }
}

/** In the order of the file, as a person fixes them. */
function byPosition(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): number => (d.location ? d.location.line * 100_000 + d.location.column : 0);
  return [...diagnostics].sort((a, b) => key(a) - key(b));
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function readCommandTest(r: Reader, path: DataPath, item: unknown): CommandTest | undefined {
  const record = r.record(path, item, 'a command test');
  if (!record) return undefined;
  r.keys(path, record, COMMAND_KEYS);
  const name = r.nonEmpty([...path, 'name'], record['name']);
  const command = r.nonEmpty([...path, 'command'], record['command']);
  const test = {
    setup: r.commands([...path, 'setup'], record['setup']),
    teardown: r.commands([...path, 'teardown'], record['teardown']),
    envVars: r.envVars([...path, 'envVars'], record['envVars'], { allowRegex: false, requireValue: true }),
    args: r.texts([...path, 'args'], record['args']),
    exitCode: r.integer([...path, 'exitCode'], record['exitCode']) ?? 0,
    expectedOutput: r.regexes([...path, 'expectedOutput'], record['expectedOutput']),
    excludedOutput: r.regexes([...path, 'excludedOutput'], record['excludedOutput']),
    expectedError: r.regexes([...path, 'expectedError'], record['expectedError']),
    excludedError: r.regexes([...path, 'excludedError'], record['excludedError']),
  };
  if (name === undefined || command === undefined) return undefined;
  return { name, command, ...test };
}

function readFileExistenceTest(r: Reader, path: DataPath, item: unknown): FileExistenceTest | undefined {
  const record = r.record(path, item, 'a file existence test');
  if (!record) return undefined;
  r.keys(path, record, EXISTENCE_KEYS);
  const name = r.nonEmpty([...path, 'name'], record['name']);
  const file = r.nonEmpty([...path, 'path'], record['path']);
  const permissions = r.text([...path, 'permissions'], record['permissions'], false);
  if (permissions !== undefined && !/^[dalTLDpSugct?-]+[rwx-]{9}$/.test(permissions)) {
    r.problem([...path, 'permissions'], `"${permissions}" is not a permission string`, 'Write it as ls -l shows it, e.g. -rw-r--r-- or drwxr-xr-x.');
  }
  // container-structure-test's "not checked" is -1.
  const uid = r.integer([...path, 'uid'], record['uid']);
  const gid = r.integer([...path, 'gid'], record['gid']);
  const executable = r.text([...path, 'isExecutableBy'], record['isExecutableBy'], false);
  let isExecutableBy: ExecutableBy | undefined;
  if (executable !== undefined && executable !== '') {
    isExecutableBy = EXECUTABLE_BY.find((e) => e === executable);
    if (!isExecutableBy) r.problem([...path, 'isExecutableBy'], `"${executable}" is not one of ${EXECUTABLE_BY.join(', ')}`);
  }
  if (name === undefined || file === undefined) return undefined;
  return {
    name,
    path: file,
    shouldExist: r.boolean([...path, 'shouldExist'], record['shouldExist'], true),
    ...(permissions ? { permissions } : {}),
    ...(uid !== undefined && uid !== -1 ? { uid } : {}),
    ...(gid !== undefined && gid !== -1 ? { gid } : {}),
    ...(isExecutableBy ? { isExecutableBy } : {}),
  };
}

function readFileContentTest(r: Reader, path: DataPath, item: unknown): FileContentTest | undefined {
  const record = r.record(path, item, 'a file content test');
  if (!record) return undefined;
  r.keys(path, record, CONTENT_KEYS);
  const name = r.nonEmpty([...path, 'name'], record['name']);
  const file = r.nonEmpty([...path, 'path'], record['path']);
  const expectedContents = r.regexes([...path, 'expectedContents'], record['expectedContents']);
  const excludedContents = r.regexes([...path, 'excludedContents'], record['excludedContents']);
  if (name === undefined || file === undefined) return undefined;
  return { name, path: file, expectedContents, excludedContents };
}

function readMetadataTest(r: Reader, path: DataPath, value: unknown): MetadataTest | undefined {
  if (value === undefined || value === null) return undefined;
  const record = r.record(path, value, 'metadataTest');
  if (!record) return undefined;
  r.keys(path, record, METADATA_KEYS);
  if (record['env'] !== undefined && record['envVars'] !== undefined) {
    r.problem([...path, 'env'], 'both env and envVars are given', 'Use envVars (env is its older name).', true);
  }
  const envKey = record['envVars'] !== undefined ? 'envVars' : 'env';
  const optionalList = (key: string): { [k: string]: readonly string[] } => (record[key] === undefined || record[key] === null ? {} : { [key]: r.texts([...path, key], record[key]) });
  const workdir = r.text([...path, 'workdir'], record['workdir'], false);
  const user = r.text([...path, 'user'], record['user'], false);
  const unbound = r.list([...path, 'unboundEnvVars'], record['unboundEnvVars']).flatMap((item, i) => {
    // Written as {key: NAME} like the other env lists, or as plain names.
    if (isRecord(item)) return r.text([...path, 'unboundEnvVars', i, 'key'], item['key'], true) ?? [];
    return r.text([...path, 'unboundEnvVars', i], item, true) ?? [];
  });
  return {
    envVars: r.envVars([...path, envKey], record[envKey], { allowRegex: true, requireValue: false }),
    unboundEnvVars: unbound,
    labels: r.envVars([...path, 'labels'], record['labels'], { allowRegex: true, requireValue: false }),
    exposedPorts: r.texts([...path, 'exposedPorts'], record['exposedPorts']),
    unexposedPorts: r.texts([...path, 'unexposedPorts'], record['unexposedPorts']),
    volumes: r.texts([...path, 'volumes'], record['volumes']),
    unmountedVolumes: r.texts([...path, 'unmountedVolumes'], record['unmountedVolumes']),
    ...(optionalList('entrypoint') as { entrypoint?: readonly string[] }),
    ...(optionalList('cmd') as { cmd?: readonly string[] }),
    ...(workdir ? { workdir } : {}),
    ...(user ? { user } : {}),
  };
}

function readLicenseTest(r: Reader, path: DataPath, item: unknown): LicenseTest | undefined {
  const record = r.record(path, item, 'a license test');
  if (!record) return undefined;
  r.keys(path, record, LICENSE_KEYS);
  return { debian: r.boolean([...path, 'debian'], record['debian'], false), files: r.texts([...path, 'files'], record['files']) };
}

function readRunOptions(r: Reader, path: DataPath, value: unknown): ContainerRunOptions | undefined {
  if (value === undefined || value === null) return undefined;
  const record = r.record(path, value, 'containerRunOptions');
  if (!record) return undefined;
  r.keys(path, record, RUN_OPTION_KEYS);
  const user = r.text([...path, 'user'], record['user'], false);
  const envFile = r.text([...path, 'envFile'], record['envFile'], false);
  return {
    ...(user ? { user } : {}),
    privileged: r.boolean([...path, 'privileged'], record['privileged'], false),
    allocateTty: r.boolean([...path, 'allocateTty'], record['allocateTty'], false),
    ...(envFile ? { envFile } : {}),
    envVars: r.texts([...path, 'envVars'], record['envVars']),
    capabilities: r.texts([...path, 'capabilities'], record['capabilities']),
    bindMounts: r.texts([...path, 'bindMounts'], record['bindMounts']),
  };
}

/**
 * Validates parsed test data. `base` is where the data sits in the located document: `[]` for a
 * file, `['images', name, 'structure-tests']` for tests inline in images.yaml.
 */
export function readStructureTests(data: unknown, source: string, locator: Locator, base: DataPath = []): StructureTestSuite {
  const r = new Reader(locator, base);
  const root = r.record([], data, 'a container-structure-test file');
  if (!root) throw new UserInputError(byPosition(r.diagnostics));
  r.keys([], root, TOP_KEYS);
  const version = root['schemaVersion'];
  if (version === undefined || version === null) {
    r.problem(['schemaVersion'], 'is required', `Start the file with schemaVersion: "${SCHEMA_VERSION}" (container-structure-test v2).`, true);
  } else if (String(version) !== SCHEMA_VERSION) {
    r.problem(['schemaVersion'], `${JSON.stringify(version)} is not a version this reads`, `Use schemaVersion: "${SCHEMA_VERSION}" (quoted), the container-structure-test v2 format.`);
  }
  const each = <T>(key: string, read: (r: Reader, path: DataPath, item: unknown) => T | undefined): T[] =>
    r.list([key], root[key]).flatMap((item, i) => read(r, [key, i], item) ?? []);
  const suite = {
    globalEnvVars: r.envVars(['globalEnvVars'], root['globalEnvVars'], { allowRegex: false, requireValue: false }),
    commandTests: each('commandTests', readCommandTest),
    fileExistenceTests: each('fileExistenceTests', readFileExistenceTest),
    fileContentTests: each('fileContentTests', readFileContentTest),
    licenseTests: each('licenseTests', readLicenseTest),
  };
  const metadataTest = readMetadataTest(r, ['metadataTest'], root['metadataTest']);
  const containerRunOptions = readRunOptions(r, ['containerRunOptions'], root['containerRunOptions']);
  if (r.diagnostics.length > 0) throw new UserInputError(byPosition(r.diagnostics));
  return {
    source,
    locate: (kind, index) => r.location(kind === 'metadata' ? [SECTION_OF[kind]] : [SECTION_OF[kind], index]),
    ...suite,
    ...(metadataTest ? { metadataTest } : {}),
    ...(containerRunOptions ? { containerRunOptions } : {}),
  };
}

// Test files are small; a "billion laughs" of aliases stops here.
const MAX_ALIAS_COUNT = 1000;

/** Parses a container-structure-test file (YAML or JSON); `file` is repository-relative. */
export function parseStructureTestFile(text: string, file: string): StructureTestSuite {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, merge: true });
  const locator = new YamlLocator(file, document, lineCounter);
  if (document.errors.length > 0) {
    throw new UserInputError(
      document.errors.map((e) => ({
        message: `invalid YAML: ${e.message.split(/ at line \d+, column \d+/)[0]?.trim() ?? e.message}`,
        location: { file, line: e.linePos?.[0]?.line ?? 1, column: e.linePos?.[0]?.col ?? 1 },
        hint: 'Fix the YAML syntax (indentation, quotes, brackets) at this place.',
      })),
    );
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new UserInputError([{ message: `cannot read the YAML: ${(error as Error).message}`, location: { file, line: 1, column: 1 } }]);
  }
  return readStructureTests(data, file, locator);
}
