/**
 * The local cache store on a real temporary directory: the @actions/cache semantics it copies
 * (exact key first, else the newest entry of the first restore prefix that has one; entries
 * never change), pruning, and a damaged entry being a miss rather than an error.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DirectoryCacheStore } from '../../../../src/adapters/cache/index.js';

let root: string;
let clock: number;
let store: DirectoryCacheStore;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cache-store-'));
  clock = 1_000;
  store = new DirectoryCacheStore(join(root, 'entries'), () => clock);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A work directory holding `files`, as the layer cache fills one before saving. */
function work(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function save(key: string, text: string, at: number): Promise<void> {
  clock = at;
  await store.save([work('save', { 'layers/a.txt': text })], key);
}

describe('DirectoryCacheStore', () => {
  it('restores the exact key into the same path, replacing what was there', async () => {
    await save('image-actions-base:aaa', 'from aaa', 1);
    const target = work('restore', { 'stale.txt': 'old' });
    expect(await store.restore([target], 'image-actions-base:aaa', ['image-actions-base:'])).toBe('image-actions-base:aaa');
    expect(readFileSync(join(target, 'layers/a.txt'), 'utf8')).toBe('from aaa');
    expect(existsSync(join(target, 'stale.txt'))).toBe(false);
  });

  it('falls back to the newest entry under the first restore prefix that has one', async () => {
    await save('image-actions-base:aaa', 'aaa', 1);
    await save('image-actions-base:bbb', 'bbb', 3);
    await save('image-actions-base:ccc', 'ccc', 2);
    await save('image-actions-other:ddd', 'ddd', 9);
    const target = join(root, 'restore');
    expect(await store.restore([target], 'image-actions-base:zzz', ['image-actions-base:'])).toBe('image-actions-base:bbb');
    expect(readFileSync(join(target, 'layers/a.txt'), 'utf8')).toBe('bbb');
    expect(await store.restore([target], 'image-actions-base:zzz', ['image-actions-none:', 'image-actions-other:'])).toBe('image-actions-other:ddd');
  });

  it('misses when nothing matches, and when the directory does not exist yet', async () => {
    expect(await store.restore([join(root, 'r')], 'image-actions-base:aaa', ['image-actions-base:'])).toBeUndefined();
    await save('image-actions-base-slim:aaa', 'slim', 1);
    // The restore prefix ends in ':', so a variant whose name starts the same is not taken.
    expect(await store.restore([join(root, 'r')], 'image-actions-base:bbb', ['image-actions-base:'])).toBeUndefined();
  });

  it('never changes an entry: a second save of a key keeps the first', async () => {
    await save('image-actions-base:aaa', 'first', 1);
    await save('image-actions-base:aaa', 'second', 2);
    const target = join(root, 'restore');
    await store.restore([target], 'image-actions-base:aaa', []);
    expect(readFileSync(join(target, 'layers/a.txt'), 'utf8')).toBe('first');
    expect(await store.keys()).toEqual(['image-actions-base:aaa']);
    // Nothing half-written is left behind.
    expect(readdirSync(join(root, 'entries')).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
  });

  it('prunes all but the newest entries of a prefix, and nothing else', async () => {
    for (const [index, key] of ['a', 'b', 'c', 'd'].entries()) await save(`image-actions-base:${key}`, key, index);
    await save('image-actions-app:x', 'x', 0);
    await store.prune('image-actions-base:', 2);
    expect(await store.keys()).toEqual(['image-actions-base:d', 'image-actions-base:c', 'image-actions-app:x']);
  });

  it('treats a damaged entry as absent', async () => {
    await save('image-actions-base:aaa', 'aaa', 1);
    const [name] = readdirSync(join(root, 'entries'));
    writeFileSync(join(root, 'entries', name as string, 'entry.json'), '{ not json');
    expect(await store.restore([join(root, 'r')], 'image-actions-base:aaa', ['image-actions-base:'])).toBeUndefined();
  });

  it('rejects keys @actions/cache would reject, so both stores take the same keys', async () => {
    await expect(store.save([work('s', { f: 'x' })], 'a,b')).rejects.toThrow(/comma/);
    await expect(store.restore([join(root, 'r')], 'x'.repeat(513), [])).rejects.toThrow(/longer than 512/);
  });
});
