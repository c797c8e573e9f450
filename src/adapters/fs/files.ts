/**
 * Reading a repository's files as repository-relative, `/`-separated paths.
 *
 * Listing and the bulk reads are synchronous on purpose: a repository of 2,000 images means
 * thousands of small directory reads and file reads, and going through libuv's thread pool for
 * each one (the promise API) spent most of detect's time waiting (~150 ms to list the tree
 * that a synchronous walk lists in ~25 ms). Nothing else runs in the process meanwhile.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';

const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** Every file below `root/dir`, as paths relative to `root`, sorted. Missing dir → []. */
export async function listFiles(root: string, dir: string): Promise<string[]> {
  return listFilesSync(root, dir);
}

function listFilesSync(root: string, dir: string): string[] {
  const out: string[] = [];
  // Paths are built as `/`-joined strings relative to the root: cheaper than path.join and
  // path.relative per entry, and already in the form callers want. Node takes `/` everywhere.
  const start = posix.normalize(dir.replace(/\\/g, '/')).replace(/\/+$/, '');
  function walk(relative: string): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(relative === '' || relative === '.' ? root : join(root, relative), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const prefix = relative === '' || relative === '.' ? '' : `${relative}/`;
    for (const entry of entries) {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(path);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        out.push(path);
      }
    }
  }
  walk(start);
  return out.sort();
}

/** A file's text, or undefined when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The same, read at once: for reading many small files in a row (every image's Dockerfile). */
export function readTextIfExistsSync(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
