/**
 * The build context as the builder will see it, reduced to plain data for the build key:
 * every entry that `.dockerignore` lets through, with its type and permission bits and the
 * SHA-256 of its contents.
 *
 * Docker's semantics, through `@balena/dockerignore` (a port of Docker's own matcher):
 * patterns are relative to the context root, `*` stays within one directory, `**` spans any,
 * `!` re-includes, the last matching pattern wins, and a pattern that matches a directory
 * excludes everything below it (unless re-included). Matching is case-sensitive, as Docker's.
 *
 * Where Docker's builders disagree, we err towards counting a file: the key must change
 * whenever the image could. The port follows Docker 19.03, where an exception that matches a
 * folder re-includes everything below it; today's Docker and BuildKit (moby/patternmatcher)
 * apply it below only if the folder was excluded at that point, and the classic builder does
 * not even walk into an excluded folder unless an exception starts with its name. So with
 * unusual exception patterns we may count a file that a builder leaves out, which costs at
 * most a rebuild; we never leave out a file a builder sends (checked against a real
 * `docker build` in test/integration/context-files.itg.test.ts).
 *
 * Decisions:
 * - The Dockerfile and `.dockerignore` are treated like any other file: counted when
 *   `.dockerignore` lets them through (then COPY can put them in the image), left out when it
 *   excludes them (Docker still sends them, but COPY and ADD cannot see them). The rendered
 *   Dockerfile is part of the key on its own anyway.
 * - Directories are entries (an empty directory, or a directory's mode, shows in the image);
 *   a directory that is excluded while something below it is re-included is left out, its
 *   existence being implied by the paths below it. The context root itself is not an entry.
 * - Symlinks are not followed: an entry hashes the link's target text, as Docker sends it.
 * - Sockets, FIFOs and devices are skipped: they have no contents to send.
 * - Modification times and owners are left out: they do not reach the image through COPY in
 *   a way the key should care about, and a fresh checkout changes every mtime.
 */
import dockerignore from '@balena/dockerignore';
import { createHash } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContextFile } from '../core/build-key/index.js';

export type { ContextFile } from '../core/build-key/index.js';

export interface ContextFilesOptions {
  /**
   * The ignore file; `<context>/.dockerignore` by default. A builder that reads another one
   * (BuildKit's `<Dockerfile>.dockerignore`) passes it here. A missing file ignores nothing.
   */
  readonly dockerignore?: string;
  /** How many files are hashed at once; 16 by default. */
  readonly concurrency?: number;
}

// The package sets `module.exports = factory` while its typings declare `export default`, which
// NodeNext reads as `module.exports.default`. At run time the default import is the factory.
const ignore = dockerignore as unknown as typeof dockerignore.default;

const S_IFMT = 0o170000;
const MODE_BITS = S_IFMT | 0o7777;
const EMPTY_SHA256 = createHash('sha256').digest('hex');

/**
 * Lists and hashes the build context below `contextDir`, sorted by path. File contents are
 * streamed through the hash, never held whole in memory.
 */
export async function listContextFiles(contextDir: string, options: ContextFilesOptions = {}): Promise<ContextFile[]> {
  const patterns = await readIgnorePatterns(options.dockerignore ?? join(contextDir, '.dockerignore'));
  const matcher = ignore({ ignorecase: false }).add(patterns);
  // Without exceptions nothing below an excluded directory can come back, so the walk skips it.
  const hasExceptions = patterns.some((line) => line.trim().startsWith('!'));

  const found: Array<{ path: string; stats: Stats }> = [];
  const walk = async (relativeDir: string): Promise<void> => {
    const entries = await readdir(join(contextDir, relativeDir), { withFileTypes: true });
    for (const entry of entries) {
      const path = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      const excluded = matcher.ignores(path);
      if (!excluded) {
        const stats = await lstat(join(contextDir, path));
        if (stats.isDirectory() || stats.isFile() || stats.isSymbolicLink()) found.push({ path, stats });
      }
      if (entry.isDirectory() && (!excluded || hasExceptions)) await walk(path);
    }
  };
  await walk('');

  const files = await mapLimited(found, options.concurrency ?? 16, async ({ path, stats }): Promise<ContextFile> => {
    const absolute = join(contextDir, path);
    const mode = stats.mode & MODE_BITS;
    if (stats.isDirectory()) return { path, mode, sha256: EMPTY_SHA256 };
    if (stats.isSymbolicLink()) return { path, mode, sha256: createHash('sha256').update(await readlink(absolute, 'utf8'), 'utf8').digest('hex') };
    return { path, mode, sha256: await hashFile(absolute) };
  });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The lines of an ignore file, or none when it does not exist. */
async function readIgnorePatterns(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split(/\r?\n/);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** `Promise.all(items.map(fn))` with at most `limit` calls in flight, results in input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency must be an integer ≥ 1, got ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
