/** Reading a repository's files as repository-relative, `/`-separated paths. */
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';

const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** Every file below `root/dir`, as paths relative to `root`, sorted. Missing dir → []. */
export async function listFiles(root: string, dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(absolute: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(absolute, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const path = join(absolute, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await walk(path);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        out.push(relative(root, path).split(sep).join(posix.sep));
      }
    }
  }
  await walk(join(root, dir));
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
