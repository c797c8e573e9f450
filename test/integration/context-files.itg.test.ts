/**
 * The build context adapter on real folders: what it lists and hashes, `.dockerignore` as
 * Docker applies it (checked against a real `docker build`), and the build-key property that a
 * change under an ignored path never changes the key while any other change does.
 */
import dockerignore from '@balena/dockerignore';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { listContextFiles } from '../../src/adapters/context-files.js';
import { buildKey, type BuildKeyInputs, type ContextFile } from '../../src/core/build-key/index.js';

const run = promisify(execFile);
const ignore = dockerignore as unknown as typeof dockerignore.default;
const sha = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex');

const made: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Writes files (path → content), creating folders; `mode` sets permission bits. */
function write(root: string, path: string, content: string | Buffer, mode = 0o644): void {
  const absolute = join(root, path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, content);
  chmodSync(absolute, mode);
}

function keyOf(context: readonly ContextFile[]): string {
  const inputs: BuildKeyInputs = { dockerfile: 'FROM scratch\nCOPY . /\n', context, buildArgs: {}, platforms: [], parentDigests: {}, sourceRevisions: {} };
  return buildKey(inputs);
}

describe('listContextFiles', () => {
  it('lists files, directories and symlinks with their type, permission bits and content hash', async () => {
    const root = tempDir('ia-ctx-');
    write(root, 'start.sh', '#!/bin/sh\necho hi\n', 0o755);
    write(root, 'conf/app.ini', '[app]\n');
    mkdirSync(join(root, 'empty'));
    symlinkSync('conf/app.ini', join(root, 'link'));
    symlinkSync('/does/not/exist', join(root, 'dangling'));
    const files = await listContextFiles(root);
    expect(files).toEqual([
      { path: 'conf', mode: 0o040755, sha256: sha('') },
      { path: 'conf/app.ini', mode: 0o100644, sha256: sha('[app]\n') },
      { path: 'dangling', mode: 0o120777, sha256: sha('/does/not/exist') },
      { path: 'empty', mode: 0o040755, sha256: sha('') },
      { path: 'link', mode: 0o120777, sha256: sha('conf/app.ini') },
      { path: 'start.sh', mode: 0o100755, sha256: sha('#!/bin/sh\necho hi\n') },
    ]);
  });

  it('changes with contents and the executable bit, not with modification times', async () => {
    const root = tempDir('ia-ctx-');
    write(root, 'run.sh', 'echo 1\n');
    const before = keyOf(await listContextFiles(root));
    utimesSync(join(root, 'run.sh'), new Date('2001-01-01'), new Date('2001-01-01'));
    expect(keyOf(await listContextFiles(root))).toBe(before);
    chmodSync(join(root, 'run.sh'), 0o755);
    const executable = keyOf(await listContextFiles(root));
    expect(executable).not.toBe(before);
    write(root, 'run.sh', 'echo 2\n', 0o755);
    expect(keyOf(await listContextFiles(root))).not.toBe(executable);
  });

  it('honours .dockerignore with exceptions and **, and counts the Dockerfile and .dockerignore unless excluded', async () => {
    const root = tempDir('ia-ctx-');
    write(root, '.dockerignore', '# build output\n*.log\n**/tmp\nsecrets\n!secrets/public.pem\ndocs/*\n');
    write(root, 'Dockerfile.j2', 'FROM {{ parent }}\n');
    write(root, 'app.log', 'x');
    write(root, 'deep/er/tmp/cache', 'x');
    write(root, 'deep/keep.log', 'kept: *.log only matches at the root');
    write(root, 'secrets/private.key', 'x');
    write(root, 'secrets/public.pem', 'pem');
    write(root, 'docs/index.md', 'x');
    write(root, 'docs/sub/page.md', 'x');
    const paths = (await listContextFiles(root)).map((file) => file.path);
    // docs/* leaves the folder docs itself (empty in the image); secrets goes, its exception comes back.
    expect(paths).toEqual(['.dockerignore', 'Dockerfile.j2', 'deep', 'deep/er', 'deep/keep.log', 'docs', 'secrets/public.pem']);

    writeFileSync(join(root, '.dockerignore'), '.dockerignore\nDockerfile*\n');
    const withoutThem = (await listContextFiles(root)).map((file) => file.path);
    expect(withoutThem).not.toContain('.dockerignore');
    expect(withoutThem).not.toContain('Dockerfile.j2');
  });

  it('reads another ignore file when told to, and none when it is missing', async () => {
    const root = tempDir('ia-ctx-');
    const elsewhere = tempDir('ia-ignore-');
    write(root, 'a.txt', 'a');
    write(root, 'b.txt', 'b');
    write(elsewhere, 'Dockerfile.dockerignore', 'a.txt\n');
    expect((await listContextFiles(root, { dockerignore: join(elsewhere, 'Dockerfile.dockerignore') })).map((f) => f.path)).toEqual(['b.txt']);
    expect((await listContextFiles(root, { dockerignore: join(elsewhere, 'missing') })).map((f) => f.path)).toEqual(['a.txt', 'b.txt']);
  });

  it('streams a large file through the hash, agreeing with sha256sum', async () => {
    const root = tempDir('ia-ctx-');
    const chunk = randomBytes(1024 * 1024);
    const big = Buffer.concat(Array.from({ length: 40 }, (_, i) => Buffer.concat([chunk, Buffer.from([i])])));
    write(root, 'big.bin', big);
    const [file] = await listContextFiles(root);
    const { stdout } = await run('sha256sum', [join(root, 'big.bin')]);
    expect(file?.sha256).toBe(stdout.split(' ')[0]);
  });
});

// Random trees: folders are named a or b, files c.log, d.txt or e, so no path is both.
const DIRS = ['a', 'b'];
const FILE_NAMES = ['c.log', 'd.txt', 'e'];
const PATTERNS = ['a', 'b/', '/a/b', '*.log', '**/*.log', 'a/*', '*/e', 'b/**', '**/a', 'a/**/d.txt', '!a/b', '!**/d.txt', '!a', '!b/a/e', '#comment', '', ' e ', 'a/b/c.log', '?.txt', '**'];

interface Tree {
  readonly files: ReadonlyArray<{ path: string; mode: number }>;
  readonly emptyDirs: readonly string[];
  readonly patterns: readonly string[];
}

const dirPath = fc.array(fc.constantFrom(...DIRS), { maxLength: 2 });
const treeArbitrary: fc.Arbitrary<Tree> = fc.record({
  files: fc.uniqueArray(
    fc.record({
      path: fc.tuple(dirPath, fc.constantFrom(...FILE_NAMES)).map(([dirs, name]) => [...dirs, name].join('/')),
      mode: fc.constantFrom(0o644, 0o755, 0o600),
    }),
    { selector: (file) => file.path, minLength: 1, maxLength: 10 },
  ),
  emptyDirs: fc.array(fc.array(fc.constantFrom(...DIRS), { minLength: 1, maxLength: 3 }).map((dirs) => dirs.join('/')), { maxLength: 2 }),
  patterns: fc.array(fc.constantFrom(...PATTERNS), { maxLength: 5 }),
});

/** Creates a tree; returns every entry's path (files, symlinks, folders), sorted. */
function materialise(root: string, tree: Tree, symlinks: ReadonlySet<string>): string[] {
  for (const dir of tree.emptyDirs) mkdirSync(join(root, dir), { recursive: true });
  for (const file of tree.files) {
    if (symlinks.has(file.path)) {
      mkdirSync(dirname(join(root, file.path)), { recursive: true });
      symlinkSync(`target-of-${file.path}`, join(root, file.path));
    } else {
      write(root, file.path, `content of ${file.path}\n`, file.mode);
    }
  }
  writeFileSync(join(root, '.dockerignore'), tree.patterns.join('\n'));
  const entries = new Set<string>(['.dockerignore']);
  for (const path of [...tree.files.map((file) => file.path), ...tree.emptyDirs]) {
    const segments = path.split('/');
    for (let i = 1; i <= segments.length; i += 1) entries.add(segments.slice(0, i).join('/'));
  }
  return [...entries].sort();
}

describe('.dockerignore and the build key (property, real folders)', () => {
  it('lists exactly what the patterns let through, and a change under an ignored path never changes the key while any other change does', async () => {
    await fc.assert(
      fc.asyncProperty(treeArbitrary, fc.nat(), fc.boolean(), fc.uniqueArray(fc.nat({ max: 9 }), { maxLength: 3 }), async (tree, pick, touchMode, linkIndexes) => {
        const root = mkdtempSync(join(tmpdir(), 'ia-ctx-prop-'));
        try {
          const symlinks = new Set(linkIndexes.map((i) => tree.files[i]?.path).filter((path): path is string => path !== undefined));
          const entries = materialise(root, tree, symlinks);
          const matcher = ignore({ ignorecase: false }).add(tree.patterns.join('\n'));
          const expected = entries.filter((path) => !matcher.ignores(path));

          const before = await listContextFiles(root);
          expect(before.map((file) => file.path)).toEqual(expected);
          const keyBefore = keyOf(before);

          // Change one regular file: its contents, or its permission bits.
          const regular = tree.files.filter((file) => !symlinks.has(file.path));
          if (regular.length === 0) return;
          const target = regular[pick % regular.length] as Tree['files'][number];
          if (touchMode) chmodSync(join(root, target.path), target.mode === 0o755 ? 0o644 : 0o755);
          else writeFileSync(join(root, target.path), `changed ${target.path}\n`);
          const keyAfter = keyOf(await listContextFiles(root));

          if (matcher.ignores(target.path)) expect(keyAfter).toBe(keyBefore);
          else expect(keyAfter).not.toBe(keyBefore);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

/**
 * What a real `docker build` lets COPY see: builds `FROM scratch` + `COPY . /ctx/` with the
 * Dockerfile outside the context, as the build action does, and lists the image's /ctx.
 */
async function dockerSees(context: string): Promise<{ entries: string[]; dirs: Set<string> }> {
  const dockerfileDir = tempDir('ia-dockerfile-');
  writeFileSync(join(dockerfileDir, 'Dockerfile'), 'FROM scratch\nCOPY . /ctx/\n');
  // --no-cache: other test files build on the same daemon and remove their images; a cache hit
  // on one of theirs can vanish mid-build ("unable to find image").
  const { stdout: image } = await run('docker', ['build', '-q', '--no-cache', '-f', join(dockerfileDir, 'Dockerfile'), context], { env: { ...process.env, DOCKER_BUILDKIT: '0' } });
  const imageId = image.trim();
  const { stdout: container } = await run('docker', ['create', imageId, 'none']);
  const containerId = container.trim();
  try {
    const exported = join(dockerfileDir, 'fs.tar');
    await run('docker', ['export', '-o', exported, containerId]);
    const { stdout: listing } = await run('tar', ['-tf', exported], { maxBuffer: 64 * 1024 * 1024 });
    const paths = listing.split('\n').filter((line) => line.startsWith('ctx/') && line !== 'ctx/');
    const dirs = new Set(paths.filter((line) => line.endsWith('/')).map((line) => line.slice(4, -1)));
    return { entries: paths.map((line) => line.slice(4).replace(/\/$/, '')).sort(), dirs };
  } finally {
    await run('docker', ['rm', '-f', containerId]);
    await run('docker', ['rmi', '-f', imageId]);
  }
}

/**
 * Compares with what Docker copies. Docker may add folders it makes to hold re-included files.
 * With exception patterns (`!`), we may count more than Docker: @balena/dockerignore applies an
 * exception to everything below a folder it matches, where Docker (moby/patternmatcher's
 * MatchesUsingParentResults) applies it only when that folder was excluded at that point, and
 * the classic builder's walk does not enter an excluded folder unless an exception starts with
 * its name. Counting a file Docker leaves out can only cost a rebuild; leaving out a file Docker
 * copies could reuse a stale image, so that direction must never happen.
 */
async function expectSameAsDocker(context: string, patterns: readonly string[]): Promise<void> {
  const ours = (await listContextFiles(context)).map((file) => file.path);
  const docker = await dockerSees(context);
  const ourSet = new Set(ours);
  const dockerSet = new Set(docker.entries);
  const missing = docker.entries
    .filter((path) => !ourSet.has(path) && !(docker.dirs.has(path) && ours.some((other) => other.startsWith(`${path}/`))))
    .map((path) => `docker copies ${path}, which we leave out`);
  expect(missing).toEqual([]);
  if (!patterns.some((line) => line.trim().startsWith('!'))) {
    expect(ours.filter((path) => !dockerSet.has(path)).map((path) => `we count ${path}, which docker does not copy`)).toEqual([]);
  }
}

describe('.dockerignore as the real docker build applies it', () => {
  it('agrees on exceptions, ** and folder patterns', async () => {
    const root = tempDir('ia-ctx-docker-');
    const patterns = ['*.log', '**/tmp', 'secrets', '!secrets/public.pem', 'docs/*', '!docs/keep.md'];
    write(root, '.dockerignore', patterns.join('\n'));
    for (const path of ['app.log', 'deep/keep.log', 'deep/er/tmp/cache', 'secrets/private.key', 'secrets/public.pem', 'docs/index.md', 'docs/keep.md', 'docs/sub/page.md', 'src/main.c']) {
      write(root, path, path);
    }
    mkdirSync(join(root, 'empty/inner'), { recursive: true });
    symlinkSync('src/main.c', join(root, 'main-link'));
    await expectSameAsDocker(root, patterns);
  }, 60_000);

  it('agrees on random trees and patterns', async () => {
    await fc.assert(
      fc.asyncProperty(treeArbitrary, async (tree) => {
        const root = tempDir('ia-ctx-docker-');
        materialise(root, tree, new Set());
        await expectSameAsDocker(root, tree.patterns);
      }),
      // About 0.6 s a build; DOCKER_ORACLE_RUNS=300 explores more.
      { numRuns: Number(process.env.DOCKER_ORACLE_RUNS ?? 12) },
    );
  }, 600_000);
});
