/**
 * Structure tests against a real image in a real registry. The image (test/fixtures/
 * structure-tests/Dockerfile) is built and pushed by buildah, so the Docker daemon never holds
 * it: file, license and metadata tests must be answered from the registry alone (config and
 * layer tars, with their symlinks, hard links and whiteouts), and the daemon must still not
 * have it afterwards. The published-style file then runs unchanged, its command tests on the
 * daemon, and again on buildah as where no daemon answers. A file expecting the wrong things
 * shows that each failure names what was expected and what was found.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuilder } from '../../../src/adapters/builders/index.js';
import { RegistryClient } from '../../../src/adapters/registry/index.js';
import { selectCommandRunner, type CommandRunner } from '../../../src/adapters/structure/command-runner.js';
import { runStructureSuites, type SuitesRequest } from '../../../src/adapters/structure/run-suites.js';
import { parseReference, type ImageReference } from '../../../src/core/reference.js';
import { parseStructureTestFile, type StructureTestSuite } from '../../../src/core/structure-tests/index.js';
import { busyboxContext, type BusyboxContext } from '../../harness/busybox.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { REPO_ROOT } from '../../support/action-runner.js';
import { removePulledImages } from './support.js';

const execFileAsync = promisify(execFile);
const FIXTURES = 'test/fixtures/structure-tests';

let registry: RunningRegistry;
let client: RegistryClient;
let context: BusyboxContext;
let reference: ImageReference;

function suite(name: string): StructureTestSuite {
  const file = `${FIXTURES}/${name}`;
  return parseStructureTestFile(readFileSync(join(REPO_ROOT, file), 'utf8'), file);
}

function request(suites: readonly StructureTestSuite[], commandRunner: () => Promise<CommandRunner>): SuitesRequest {
  return {
    client,
    reference,
    suites,
    platform: { os: 'linux', architecture: 'amd64' },
    root: REPO_ROOT,
    commandRunner,
    commandTimeoutMs: 60_000,
    log: () => undefined,
  };
}

async function daemonHas(ref: string): Promise<boolean> {
  try {
    await execFileAsync('docker', ['image', 'inspect', ref]);
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient();
  context = await busyboxContext({ dockerfileLines: readFileSync(join(REPO_ROOT, FIXTURES, 'Dockerfile'), 'utf8').split('\n') });
  const builder = await createBuilder('buildah');
  const outcome = await builder.build({
    image: 'fixture',
    contextDir: context.dir,
    dockerfile: context.dockerfile,
    buildArgs: {},
    platforms: [],
    labels: {},
    tags: [`${registry.host}/st/fixture:1`],
    push: true,
    onLog: () => undefined,
  });
  if (!outcome.pushed) throw new Error('the fixture image was not pushed');
  reference = parseReference(`${registry.host}/st/fixture@${outcome.digest}`);
}, 180_000);

afterAll(async () => {
  if (registry) await removePulledImages(registry.host);
  await context?.remove();
  await client?.close();
  await registry?.stop();
});

describe('structure tests on a registry image', () => {
  it('answers file, license and metadata tests from the registry, without a daemon', async () => {
    const published = suite('published.yaml');
    const withoutCommands = { ...published, commandTests: [] };
    const ref = `${reference.registry}/${reference.repository}@${reference.target.kind === 'digest' ? reference.target.digest : ''}`;
    const result = await runStructureSuites(request([withoutCommands], () => Promise.reject(new Error('no container runtime may be used here'))));
    expect(result.outcomes.filter((o) => !o.passed)).toEqual([]);
    expect(result.outcomes.map((o) => o.name)).toEqual([
      'File Existence Test: Root',
      'File Existence Test: tool',
      'File Existence Test: tool, hard linked',
      'File Existence Test: tool on the PATH',
      'File Existence Test: data belongs to app',
      'File Existence Test: tmp is sticky',
      'File Existence Test: no build leftovers',
      'File Existence Test: the cache was emptied',
      'File Existence Test: the new cache',
      'File Content Test: os-release',
      'File Content Test: the tool, through its symlink',
      'File Content Test: the tool, through its hard link',
      'File Content Test: the app user',
      'License Test',
      'Metadata Test',
    ]);
    expect(result.runner).toBeUndefined();
    expect(result.filesNote).toMatch(/^file tests answered from the registry: 4 layer\(s\) streamed/);
    // Each test points back at its line in the file.
    expect(result.outcomes[1]?.location).toEqual({ file: `${FIXTURES}/published.yaml`, line: 53, column: 5 });
    // Nothing was pulled into the daemon: the registry answered everything.
    expect(await daemonHas(ref)).toBe(false);
  });

  it('runs a published container-structure-test file unchanged, its commands in containers on the daemon', async () => {
    const result = await runStructureSuites(request([suite('published.yaml')], () => selectCommandRunner()));
    expect(result.runner).toMatch(/^docker \(daemon /);
    expect(result.outcomes.filter((o) => !o.passed)).toEqual([]);
    expect(result.outcomes.filter((o) => o.kind === 'command').map((o) => o.name)).toEqual([
      'Command Test: tool prints its version',
      'Command Test: runs as the app user',
      'Command Test: setup commands leave their mark',
      'Command Test: a missing program fails',
      'Command Test: environment',
      'Command Test: say hello world',
    ]);
  });

  it('runs the command tests with buildah where no Docker daemon answers', async () => {
    const saved = process.env['DOCKER_HOST'];
    process.env['DOCKER_HOST'] = 'unix:///nonexistent/docker.sock';
    try {
      const published = suite('published.yaml');
      const result = await runStructureSuites(request([{ ...published, fileExistenceTests: [], fileContentTests: [], licenseTests: [] }], () => selectCommandRunner()));
      expect(result.runner).toMatch(/^buildah \(.*no Docker daemon/);
      expect(result.outcomes.filter((o) => !o.passed)).toEqual([]);
      expect(result.outcomes.filter((o) => o.kind === 'command')).toHaveLength(6);
    } finally {
      if (saved === undefined) delete process.env['DOCKER_HOST'];
      else process.env['DOCKER_HOST'] = saved;
    }
  });

  it('names each failing test, the expectation and what was found', async () => {
    const result = await runStructureSuites(request([suite('failing.yaml')], () => selectCommandRunner()));
    const failures = Object.fromEntries(result.outcomes.map((o) => [o.name, o.failures]));
    expect(result.outcomes.every((o) => !o.passed)).toBe(true);
    expect(failures).toEqual({
      'File Existence Test: missing config': ['expected /etc/app/config.yaml to exist, but /etc/app does not exist'],
      'File Existence Test: wrong mode': ['/app/bin/tool: permissions expected -rw-r--r--, found -rwxr-xr-x', '/app/bin/tool: owner uid expected 1000, found 0'],
      'File Existence Test: should be gone': ['expected /etc/passwd not to exist, but it does (file)'],
      'File Content Test: wrong distribution': [
        'expected contents /Debian/ not found in /etc/os-release: "NAME=\\"Fixture Linux\\"\\nVERSION_ID=1.2\\n"',
        'excluded contents /Fixture/ found in /etc/os-release: "Fixture"',
      ],
      'File Content Test: not a file': ['cannot read /data: /data is a directory, not a file'],
      'Metadata Test': [
        'env APP_HOME: expected "/srv", found "/app"',
        'env MISSING: not set (expected "x")',
        'env PATH: expected unset, found "/app/bin:/bin"',
        'exposed port 443: not exposed (the image exposes ["8080/tcp","9090/udp"])',
        'cmd: expected ["serve"], found ["--serve"]',
        'workdir: expected "/", found "/app"',
        'user: expected "root", found "app"',
      ],
      'Command Test: wrong version': ['expected output /tool 2\\./ not found in stdout: "tool 1.2.3\\n"'],
      'Command Test: wrong exit code': ['exit code: expected 0, got 1'],
      'Command Test: no such program': [expect.stringMatching(/^could not run "no-such-program": the container did not start: .*executable file not found/)],
    });
  });
});
