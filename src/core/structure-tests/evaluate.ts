/**
 * Judging structure tests against what was found: the image's file system and config (file,
 * license and metadata tests), or the output of a command (command tests). Each failure names
 * the expectation and what was found, so that a red test needs no re-run to understand.
 *
 * The semantics follow container-structure-test: regular expressions match anywhere in the
 * text; paths and command arguments have the image's environment expanded into them; a file
 * existence test looks at the path itself (a symlink is reported as one); a content test reads
 * through symlinks.
 */
import { displayPath, type FsNode, type ImageFilesystem } from './filesystem.js';
import { expandVariables } from './expand.js';
import type { ImageConfigView } from './image-config.js';
import { goModeString } from './mode.js';
import { compileGoRegex } from './regex.js';
import {
  testDisplayName,
  type CommandTest,
  type FileContentTest,
  type FileExistenceTest,
  type LicenseTest,
  type MetadataTest,
  type StructureTestOutcome,
  type StructureTestSuite,
} from './types.js';

/** Content read from the image, by resolved path ("etc/os-release"). */
export type FileContents = ReadonlyMap<string, Uint8Array>;

const SNIPPET = 240;
const DEBIAN_DOC_ROOT = '/usr/share/doc';
const DEBIAN_LICENSE_FILE = 'copyright';
// container-structure-test's lists: packages that always pass, words no license may contain.
const LICENSE_ALLOWED_PACKAGES = ['libgnutls30'];
const LICENSE_FORBIDDEN_WORDS = ['AGPL', 'WTFPL'];

const decoder = new TextDecoder('utf-8');

/** Text shortened for a message, quoted. */
export function snippet(text: string, limit = SNIPPET): string {
  // JSON quoting shows line breaks as \n, so that a message stays on one line.
  return JSON.stringify(text.length > limit ? `${text.slice(0, limit)}…` : text);
}

function outcome(kind: StructureTestOutcome['kind'], name: string | undefined, failures: string[]): StructureTestOutcome {
  return { kind, name: testDisplayName(kind, name), passed: failures.length === 0, failures };
}

function expand(text: string, config: ImageConfigView): string {
  return expandVariables(text, (name) => config.env.get(name));
}

function typeName(node: FsNode): string {
  switch (node.type) {
    case 'directory':
      return 'directory';
    case 'symlink':
      return `symlink to ${node.linkname}`;
    case 'file':
      return 'file';
    default:
      return node.type;
  }
}

/** Expected and excluded patterns against one text; `what` names the text ("stdout", "/etc/x"). */
function patternFailures(text: string, expected: readonly string[], excluded: readonly string[], labels: { expected: string; excluded: string; what: string }): string[] {
  const failures: string[] = [];
  for (const pattern of expected) {
    if (!compileGoRegex(pattern).test(text)) failures.push(`${labels.expected} /${pattern}/ not found in ${labels.what}: ${snippet(text)}`);
  }
  for (const pattern of excluded) {
    const match = compileGoRegex(pattern).exec(text);
    if (match) failures.push(`${labels.excluded} /${pattern}/ found in ${labels.what}: ${snippet(match[0])}`);
  }
  return failures;
}

export function evaluateFileExistence(test: FileExistenceTest, fs: ImageFilesystem, config: ImageConfigView): StructureTestOutcome {
  const path = expand(test.path, config);
  const found = fs.lstat(path);
  const failures: string[] = [];
  if (found.kind === 'missing') {
    if (test.shouldExist) failures.push(`expected ${path} to exist, but ${found.why}`);
    return outcome('file-existence', test.name, failures);
  }
  const node = found.node;
  if (!test.shouldExist) {
    failures.push(`expected ${path} not to exist, but it does (${typeName(node)})`);
    return outcome('file-existence', test.name, failures);
  }
  const mode = goModeString(node.type, node.mode);
  if (test.permissions !== undefined && mode !== test.permissions) failures.push(`${path}: permissions expected ${test.permissions}, found ${mode}`);
  if (test.uid !== undefined && node.uid !== test.uid) failures.push(`${path}: owner uid expected ${test.uid}, found ${node.uid}`);
  if (test.gid !== undefined && node.gid !== test.gid) failures.push(`${path}: group gid expected ${test.gid}, found ${node.gid}`);
  if (test.isExecutableBy !== undefined) {
    const mask = { owner: 0o100, group: 0o010, other: 0o001, any: 0o111 }[test.isExecutableBy];
    if ((node.mode & mask) === 0) failures.push(`${path}: expected executable by ${test.isExecutableBy}, found ${mode}`);
  }
  return outcome('file-existence', test.name, failures);
}

/** The text of a file, following symlinks; or why there is none. */
function readText(path: string, fs: ImageFilesystem, contents: FileContents): { text: string } | { why: string } {
  const found = fs.stat(path);
  if (found.kind === 'missing') return { why: found.why };
  if (found.node.type === 'directory') return { why: `${path} is a directory, not a file` };
  if (found.node.type !== 'file') return { why: `${path} is a ${found.node.type}, not a regular file` };
  const bytes = contents.get(found.path);
  if (bytes === undefined) return { why: `the content of ${displayPath(found.path)} was not read from the image` };
  return { text: decoder.decode(bytes) };
}

export function evaluateFileContent(test: FileContentTest, fs: ImageFilesystem, contents: FileContents, config: ImageConfigView): StructureTestOutcome {
  const path = expand(test.path, config);
  const read = readText(path, fs, contents);
  if ('why' in read) return outcome('file-content', test.name, [`cannot read ${path}: ${read.why}`]);
  return outcome(
    'file-content',
    test.name,
    patternFailures(read.text, test.expectedContents, test.excludedContents, { expected: 'expected contents', excluded: 'excluded contents', what: path }),
  );
}

/** The license files a test reads: its own, and each Debian package's copyright file. */
export function licenseFiles(test: LicenseTest, fs: ImageFilesystem): { readonly files: string[]; readonly problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  if (test.debian) {
    const packages = fs.readdir(DEBIAN_DOC_ROOT);
    if (packages === undefined) {
      problems.push(`${DEBIAN_DOC_ROOT} is not a directory in the image (debian: true needs a Debian-based image)`);
    } else {
      for (const name of packages) {
        const dir = `${DEBIAN_DOC_ROOT}/${name}`;
        const node = fs.stat(dir);
        if (node.kind !== 'found' || node.node.type !== 'directory' || LICENSE_ALLOWED_PACKAGES.includes(name)) continue;
        files.push(`${dir}/${DEBIAN_LICENSE_FILE}`);
      }
    }
  }
  files.push(...test.files);
  return { files, problems };
}

export function evaluateLicense(test: LicenseTest, fs: ImageFilesystem, contents: FileContents): StructureTestOutcome {
  const { files, problems } = licenseFiles(test, fs);
  const failures = [...problems];
  for (const file of files) {
    const read = readText(file, fs, contents);
    if ('why' in read) {
      failures.push(`cannot read license file ${file}: ${read.why}`);
      continue;
    }
    const upper = read.text.toUpperCase();
    const word = LICENSE_FORBIDDEN_WORDS.find((w) => upper.includes(w));
    if (word) failures.push(`${file}: the license contains ${word}, which is not allowed`);
  }
  return outcome('license', undefined, failures);
}

/** container-structure-test's PortInList: a bare port matches any protocol. */
function portListed(port: string, exposed: readonly string[]): boolean {
  const [number, protocol] = port.split('/');
  return exposed.some((entry) => {
    const [n, p] = entry.split('/');
    return n === number && (protocol === undefined || protocol === (p ?? 'tcp'));
  });
}

function list(values: readonly string[] | undefined): string {
  return values === undefined ? 'none' : JSON.stringify(values);
}

function sameList(a: readonly string[], b: readonly string[] | undefined): boolean {
  const other = b ?? [];
  return a.length === other.length && a.every((v, i) => v === other[i]);
}

function keyValueFailures(kind: 'env' | 'label', expected: MetadataTest['envVars'], actual: ReadonlyMap<string, string>): string[] {
  const failures: string[] = [];
  for (const pair of expected) {
    const value = actual.get(pair.key);
    if (value === undefined) {
      failures.push(`${kind} ${pair.key}: not set (expected ${pair.isRegex ? `/${pair.value}/` : JSON.stringify(pair.value)})`);
    } else if (pair.isRegex ? !compileGoRegex(pair.value).test(value) : value !== pair.value) {
      failures.push(`${kind} ${pair.key}: expected ${pair.isRegex ? `a match of /${pair.value}/` : JSON.stringify(pair.value)}, found ${JSON.stringify(value)}`);
    }
  }
  return failures;
}

export function evaluateMetadata(test: MetadataTest, config: ImageConfigView): StructureTestOutcome {
  const failures = [...keyValueFailures('env', test.envVars, config.env), ...keyValueFailures('label', test.labels, config.labels)];
  for (const key of test.unboundEnvVars) {
    const value = config.env.get(key);
    if (value !== undefined) failures.push(`env ${key}: expected unset, found ${JSON.stringify(value)}`);
  }
  for (const port of test.exposedPorts) {
    if (!portListed(port, config.exposedPorts)) failures.push(`exposed port ${port}: not exposed (the image exposes ${list(config.exposedPorts)})`);
  }
  for (const port of test.unexposedPorts) {
    if (portListed(port, config.exposedPorts)) failures.push(`port ${port}: expected not exposed, but the image exposes it`);
  }
  for (const volume of test.volumes) {
    if (!config.volumes.includes(volume)) failures.push(`volume ${volume}: not declared (the image declares ${list(config.volumes)})`);
  }
  for (const volume of test.unmountedVolumes) {
    if (config.volumes.includes(volume)) failures.push(`volume ${volume}: expected not declared, but the image declares it`);
  }
  if (test.entrypoint !== undefined && !sameList(test.entrypoint, config.entrypoint)) {
    failures.push(`entrypoint: expected ${list(test.entrypoint)}, found ${list(config.entrypoint)}`);
  }
  if (test.cmd !== undefined && !sameList(test.cmd, config.cmd)) failures.push(`cmd: expected ${list(test.cmd)}, found ${list(config.cmd)}`);
  if (test.workdir !== undefined && test.workdir !== config.workdir) failures.push(`workdir: expected ${JSON.stringify(test.workdir)}, found ${JSON.stringify(config.workdir)}`);
  if (test.user !== undefined && test.user !== config.user) failures.push(`user: expected ${JSON.stringify(test.user)}, found ${JSON.stringify(config.user)}`);
  return outcome('metadata', undefined, failures);
}

export interface CommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export function evaluateCommand(test: CommandTest, output: CommandOutput): StructureTestOutcome {
  const failures = [
    ...patternFailures(output.stdout, test.expectedOutput, test.excludedOutput, { expected: 'expected output', excluded: 'excluded output', what: 'stdout' }),
    ...patternFailures(output.stderr, test.expectedError, test.excludedError, { expected: 'expected error', excluded: 'excluded error', what: 'stderr' }),
  ];
  if (output.exitCode !== test.exitCode) {
    failures.push(`exit code: expected ${test.exitCode}, got ${output.exitCode}${output.stderr.trim() ? ` (stderr: ${snippet(output.stderr.trim())})` : ''}`);
  }
  return outcome('command', test.name, failures);
}

/** A command test that could not run at all (no image, no runtime). */
export function commandNotRun(test: CommandTest, reason: string): StructureTestOutcome {
  return outcome('command', test.name, [`could not run ${JSON.stringify([test.command, ...test.args].join(' '))}: ${reason}`]);
}

/** The argv of a command test, with the image's environment expanded as container-structure-test does. */
export function commandArgv(test: CommandTest, config: ImageConfigView): string[] {
  return [test.command, ...test.args].map((a) => expand(a, config));
}

/** Environment of a command test's container: global, then the test's own; values expanded against the image's. */
export function commandEnvironment(suite: StructureTestSuite, test: CommandTest, config: ImageConfigView): [string, string][] {
  const env = new Map<string, string>();
  const lookup = (name: string): string | undefined => env.get(name) ?? config.env.get(name);
  for (const pair of [...suite.globalEnvVars, ...test.envVars]) env.set(pair.key, expandVariables(pair.value, lookup));
  return [...env];
}

/**
 * The resolved paths whose content the suite's file content and license tests read, so that a
 * reader fetches exactly these (and only the layers holding them).
 */
export function contentNeeded(suite: StructureTestSuite, fs: ImageFilesystem, config: ImageConfigView): string[] {
  const wanted = new Set<string>();
  const add = (path: string): void => {
    const found = fs.stat(path);
    if (found.kind === 'found' && found.node.type === 'file') wanted.add(found.path);
  };
  for (const test of suite.fileContentTests) add(expand(test.path, config));
  for (const test of suite.licenseTests) for (const file of licenseFiles(test, fs).files) add(file);
  return [...wanted].sort();
}

/** Every file, license and metadata test of a suite (no command tests), in container-structure-test's order. */
export function evaluateWithoutCommands(suite: StructureTestSuite, fs: ImageFilesystem, contents: FileContents, config: ImageConfigView): StructureTestOutcome[] {
  return [
    ...suite.fileExistenceTests.map((t) => evaluateFileExistence(t, fs, config)),
    ...suite.fileContentTests.map((t) => evaluateFileContent(t, fs, contents, config)),
    ...suite.licenseTests.map((t) => evaluateLicense(t, fs, contents)),
    ...(suite.metadataTest ? [evaluateMetadata(suite.metadataTest, config)] : []),
  ];
}
