/**
 * The cache store in a local directory (`image-actions build --cache-dir DIR`): what the GitHub
 * cache does for a workflow, for runs on one machine.
 *
 * Layout: `DIR/<sha256 of the key>/entry.json` (the key, the paths, when it was saved) and
 * `DIR/<sha256 of the key>/data/<n>` (a copy of the n-th path). An entry is written under a
 * temporary name and renamed into place, so a reader never sees half of one and two runs saving
 * the same key at once leave one whole entry.
 */
import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkCacheKey, type LayerCacheStore } from './store.js';

interface EntryMeta {
  readonly key: string;
  readonly paths: readonly string[];
  /** Milliseconds since the epoch; with the sequence, orders entries saved in the same millisecond. */
  readonly savedAt: number;
  readonly sequence: number;
}

interface Entry extends EntryMeta {
  readonly dir: string;
}

const TEMPORARY = '.tmp-';

function entryName(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function newerFirst(a: EntryMeta, b: EntryMeta): number {
  return b.savedAt - a.savedAt || b.sequence - a.sequence || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

let sequence = 0;

export class DirectoryCacheStore implements LayerCacheStore {
  readonly description: string;

  constructor(
    readonly root: string,
    private readonly now: () => number = Date.now,
  ) {
    this.description = `the cache directory ${root}`;
  }

  async restore(paths: readonly string[], primaryKey: string, restoreKeys: readonly string[]): Promise<string | undefined> {
    for (const key of [primaryKey, ...restoreKeys]) checkCacheKey(key);
    const entries = await this.entries();
    const match =
      entries.find((entry) => entry.key === primaryKey) ??
      restoreKeys.map((prefix) => entries.filter((entry) => entry.key.startsWith(prefix)).sort(newerFirst)[0]).find((entry) => entry !== undefined);
    if (!match) return undefined;
    if (match.paths.length !== paths.length) return undefined;
    for (const [index, path] of paths.entries()) {
      await rm(path, { recursive: true, force: true });
      await cp(join(match.dir, 'data', String(index)), path, { recursive: true, preserveTimestamps: true });
    }
    return match.key;
  }

  async save(paths: readonly string[], key: string): Promise<void> {
    checkCacheKey(key);
    const name = entryName(key);
    await mkdir(this.root, { recursive: true });
    if ((await this.read(name)) !== undefined) return;
    const temporary = join(this.root, `${TEMPORARY}${randomBytes(6).toString('hex')}`);
    try {
      await mkdir(join(temporary, 'data'), { recursive: true });
      for (const [index, path] of paths.entries()) {
        await cp(path, join(temporary, 'data', String(index)), { recursive: true, preserveTimestamps: true });
      }
      const meta: EntryMeta = { key, paths: [...paths], savedAt: this.now(), sequence: sequence++ };
      await writeFile(join(temporary, 'entry.json'), `${JSON.stringify(meta, null, 2)}\n`);
      try {
        await rename(temporary, join(this.root, name));
      } catch (error) {
        // Another run saved the same key first: its entry stands (entries never change).
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
      }
    } finally {
      await rm(temporary, { recursive: true, force: true });
    }
  }

  async prune(prefix: string, keep: number): Promise<void> {
    const matching = (await this.entries()).filter((entry) => entry.key.startsWith(prefix)).sort(newerFirst);
    for (const entry of matching.slice(keep)) await rm(entry.dir, { recursive: true, force: true });
  }

  /** The keys stored, newest first (for tests and for people looking into the directory). */
  async keys(): Promise<string[]> {
    return (await this.entries()).sort(newerFirst).map((entry) => entry.key);
  }

  private async entries(): Promise<Entry[]> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const entries: Entry[] = [];
    for (const name of names) {
      if (name.startsWith(TEMPORARY)) continue;
      const entry = await this.read(name);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  /** An entry, or undefined when it is not there or not readable (a cache tolerates damage). */
  private async read(name: string): Promise<Entry | undefined> {
    try {
      const meta = JSON.parse(await readFile(join(this.root, name, 'entry.json'), 'utf8')) as Partial<EntryMeta>;
      if (typeof meta.key !== 'string' || !Array.isArray(meta.paths) || typeof meta.savedAt !== 'number') return undefined;
      if (entryName(meta.key) !== name) return undefined;
      return { key: meta.key, paths: meta.paths, savedAt: meta.savedAt, sequence: typeof meta.sequence === 'number' ? meta.sequence : 0, dir: join(this.root, name) };
    } catch {
      return undefined;
    }
  }
}
