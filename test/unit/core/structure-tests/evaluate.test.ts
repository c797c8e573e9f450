import { describe, expect, it } from 'vitest';
import {
  commandArgv,
  commandEnvironment,
  contentNeeded,
  evaluateCommand,
  evaluateFileContent,
  evaluateFileExistence,
  evaluateLicense,
  evaluateMetadata,
} from '../../../../src/core/structure-tests/evaluate.js';
import { ImageFilesystem } from '../../../../src/core/structure-tests/filesystem.js';
import { imageConfigView } from '../../../../src/core/structure-tests/image-config.js';
import { parseStructureTestFile } from '../../../../src/core/structure-tests/parse.js';
import type { TarEntry } from '../../../../src/core/structure-tests/tar.js';
import type { CommandTest, MetadataTest } from '../../../../src/core/structure-tests/types.js';

const config = imageConfigView({
  config: {
    Env: ['PATH=/usr/local/bin:/usr/bin', 'APP_HOME=/app'],
    Entrypoint: ['/entry.sh'],
    Cmd: null,
    WorkingDir: '/app',
    User: 'app',
    ExposedPorts: { '8080/tcp': {}, '53/udp': {} },
    Volumes: { '/data': {} },
    Labels: { version: '1.2.3', 'build-date': '2024-01-02' },
  },
});

function fs(): ImageFilesystem {
  const image = new ImageFilesystem();
  const entries: TarEntry[] = [
    { path: 'app', type: 'directory', mode: 0o755, uid: 1000, gid: 1000, size: 0, linkname: '' },
    { path: 'app/run.sh', type: 'file', mode: 0o750, uid: 1000, gid: 1000, size: 10, linkname: '' },
    { path: 'etc', type: 'directory', mode: 0o755, uid: 0, gid: 0, size: 0, linkname: '' },
    { path: 'etc/os-release', type: 'file', mode: 0o644, uid: 0, gid: 0, size: 30, linkname: '' },
    { path: 'etc/release', type: 'symlink', mode: 0o777, uid: 0, gid: 0, size: 0, linkname: 'os-release' },
    { path: 'usr/share/doc/libfoo/copyright', type: 'file', mode: 0o644, uid: 0, gid: 0, size: 5, linkname: '' },
    { path: 'usr/share/doc/libbar/copyright', type: 'file', mode: 0o644, uid: 0, gid: 0, size: 5, linkname: '' },
    { path: 'usr/share/doc/libgnutls30', type: 'directory', mode: 0o755, uid: 0, gid: 0, size: 0, linkname: '' },
    { path: 'usr/share/doc/README', type: 'file', mode: 0o644, uid: 0, gid: 0, size: 5, linkname: '' },
  ];
  for (const e of entries) image.apply(e, 0);
  return image;
}

const contents = new Map<string, Uint8Array>([
  ['etc/os-release', new TextEncoder().encode('NAME="Debian GNU/Linux"\nVERSION_ID="12"\n')],
  ['usr/share/doc/libfoo/copyright', new TextEncoder().encode('GPL-2+')],
  ['usr/share/doc/libbar/copyright', new TextEncoder().encode('This is under the GNU Affero GPL (agpl-3)')],
]);

describe('file existence tests', () => {
  it('pass when everything matches, $VARS expanded from the image', () => {
    const outcome = evaluateFileExistence({ name: 'run', path: '$APP_HOME/run.sh', shouldExist: true, permissions: '-rwxr-x---', uid: 1000, gid: 1000, isExecutableBy: 'group' }, fs(), config);
    expect(outcome).toEqual({ kind: 'file-existence', name: 'File Existence Test: run', passed: true, failures: [] });
  });

  it('say what was expected and found for each property', () => {
    const outcome = evaluateFileExistence({ name: 'run', path: '/app/run.sh', shouldExist: true, permissions: '-rwxr-xr-x', uid: 0, gid: 0, isExecutableBy: 'other' }, fs(), config);
    expect(outcome.failures).toEqual([
      '/app/run.sh: permissions expected -rwxr-xr-x, found -rwxr-x---',
      '/app/run.sh: owner uid expected 0, found 1000',
      '/app/run.sh: group gid expected 0, found 1000',
      '/app/run.sh: expected executable by other, found -rwxr-x---',
    ]);
  });

  it('look at a symlink itself, not its target', () => {
    expect(evaluateFileExistence({ name: 'link', path: '/etc/release', shouldExist: true, permissions: 'Lrwxrwxrwx' }, fs(), config).passed).toBe(true);
    expect(evaluateFileExistence({ name: 'gone', path: '/etc/release', shouldExist: false }, fs(), config).failures).toEqual(['expected /etc/release not to exist, but it does (symlink to os-release)']);
    expect(evaluateFileExistence({ name: 'x', path: '/etc/nope/x', shouldExist: true }, fs(), config).failures).toEqual(['expected /etc/nope/x to exist, but /etc/nope does not exist']);
  });
});

describe('file content tests', () => {
  it('match patterns anywhere in the file, through symlinks', () => {
    const outcome = evaluateFileContent({ name: 'os', path: '/etc/release', expectedContents: ['.*Debian.*', 'VERSION_ID="\\d+"'], excludedContents: ['Ubuntu'] }, fs(), contents, config);
    expect(outcome.passed).toBe(true);
  });

  it('quote the file and the matched text when failing', () => {
    const outcome = evaluateFileContent({ name: 'os', path: '/etc/os-release', expectedContents: ['Alpine'], excludedContents: ['Debian \\S+'] }, fs(), contents, config);
    expect(outcome.failures).toEqual([
      'expected contents /Alpine/ not found in /etc/os-release: "NAME=\\"Debian GNU/Linux\\"\\nVERSION_ID=\\"12\\"\\n"',
      'excluded contents /Debian \\S+/ found in /etc/os-release: "Debian GNU/Linux\\""',
    ]);
  });

  it('fail on a directory or a missing file, saying which', () => {
    expect(evaluateFileContent({ name: 'd', path: '/app', expectedContents: [], excludedContents: [] }, fs(), contents, config).failures).toEqual(['cannot read /app: /app is a directory, not a file']);
    expect(evaluateFileContent({ name: 'm', path: '/etc/x', expectedContents: [], excludedContents: [] }, fs(), contents, config).failures).toEqual(['cannot read /etc/x: /etc/x does not exist']);
  });
});

describe('license tests', () => {
  it('read every Debian package\'s copyright (but the allowed ones) and refuse AGPL and WTFPL', () => {
    const outcome = evaluateLicense({ debian: true, files: [] }, fs(), contents);
    expect(outcome).toEqual({ kind: 'license', name: 'License Test', passed: false, failures: ['/usr/share/doc/libbar/copyright: the license contains AGPL, which is not allowed'] });
  });

  it('names the files whose content they need', () => {
    const suite = parseStructureTestFile('schemaVersion: "2.0.0"\nlicenseTests: [{ debian: true, files: [/etc/release] }]\nfileContentTests: [{ name: a, path: $APP_HOME/run.sh }]\n', 't.yaml');
    expect(contentNeeded(suite, fs(), config)).toEqual(['app/run.sh', 'etc/os-release', 'usr/share/doc/libbar/copyright', 'usr/share/doc/libfoo/copyright']);
  });
});

describe('metadata tests', () => {
  const empty: MetadataTest = { envVars: [], unboundEnvVars: [], labels: [], exposedPorts: [], unexposedPorts: [], volumes: [], unmountedVolumes: [] };

  it('pass on a matching config; a bare port matches any protocol', () => {
    const test: MetadataTest = {
      ...empty,
      envVars: [{ key: 'APP_HOME', value: '/app', isRegex: false }],
      labels: [{ key: 'build-date', value: '^\\d{4}-\\d{2}-\\d{2}$', isRegex: true }],
      exposedPorts: ['8080', '53', '53/udp'],
      unexposedPorts: ['53/tcp', '22'],
      volumes: ['/data'],
      entrypoint: ['/entry.sh'],
      cmd: [],
      workdir: '/app',
      user: 'app',
    };
    expect(evaluateMetadata(test, config).failures).toEqual([]);
  });

  it('say what each field was expected to be and what it is', () => {
    const test: MetadataTest = {
      ...empty,
      envVars: [{ key: 'APP_HOME', value: '/srv', isRegex: false }, { key: 'NOPE', value: 'x', isRegex: false }],
      unboundEnvVars: ['PATH'],
      labels: [{ key: 'version', value: '^2\\.', isRegex: true }],
      exposedPorts: ['9090'],
      unexposedPorts: ['8080'],
      volumes: ['/cache'],
      unmountedVolumes: ['/data'],
      entrypoint: [],
      cmd: ['serve'],
      workdir: '/',
      user: 'root',
    };
    expect(evaluateMetadata(test, config).failures).toEqual([
      'env APP_HOME: expected "/srv", found "/app"',
      'env NOPE: not set (expected "x")',
      'label version: expected a match of /^2\\./, found "1.2.3"',
      'env PATH: expected unset, found "/usr/local/bin:/usr/bin"',
      'exposed port 9090: not exposed (the image exposes ["53/udp","8080/tcp"])',
      'port 8080: expected not exposed, but the image exposes it',
      'volume /cache: not declared (the image declares ["/data"])',
      'volume /data: expected not declared, but the image declares it',
      'entrypoint: expected [], found ["/entry.sh"]',
      'cmd: expected ["serve"], found none',
      'workdir: expected "/", found "/app"',
      'user: expected "root", found "app"',
    ]);
  });
});

describe('command tests', () => {
  const test: CommandTest = {
    name: 'version',
    setup: [],
    teardown: [],
    envVars: [{ key: 'MODE', value: '$APP_HOME/mode', isRegex: false }],
    command: '$APP_HOME/run.sh',
    args: ['--version', '${UNSET}x'],
    exitCode: 0,
    expectedOutput: ['v\\d+'],
    excludedOutput: ['beta'],
    expectedError: [],
    excludedError: ['(?i)warning'],
  };

  it('expand the image\'s environment into the command and the variables, as container-structure-test does', () => {
    expect(commandArgv(test, config)).toEqual(['/app/run.sh', '--version', 'x']);
    const suite = parseStructureTestFile('schemaVersion: "2.0.0"\nglobalEnvVars: [{ key: PATH, value: "/env/bin:$PATH" }, { key: MODE, value: global }]\n', 't.yaml');
    expect(commandEnvironment(suite, test, config)).toEqual([
      ['PATH', '/env/bin:/usr/local/bin:/usr/bin'],
      ['MODE', '/app/mode'],
    ]);
  });

  it('pass on matching output and exit code', () => {
    expect(evaluateCommand(test, { stdout: 'v12\n', stderr: '', exitCode: 0 }).passed).toBe(true);
  });

  it('say which expectation failed and what the command printed', () => {
    expect(evaluateCommand(test, { stdout: 'v12-beta\n', stderr: 'WARNING: old\n', exitCode: 3 }).failures).toEqual([
      'excluded output /beta/ found in stdout: "beta"',
      'excluded error /(?i)warning/ found in stderr: "WARNING"',
      'exit code: expected 0, got 3 (stderr: "WARNING: old")',
    ]);
  });
});
