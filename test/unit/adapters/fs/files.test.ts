/** Listing and reading a repository's files, on a real folder tree. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, readTextIfExists, readTextIfExistsSync } from '../../../../src/adapters/fs/files.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'files-test-'));
  const write = (path: string, text = 'x'): void => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('images.yaml');
  write('images/b/Dockerfile', 'FROM scratch\n');
  write('images/a/Dockerfile.j2');
  write('images/a/inner/Dockerfile');
  write('images/a/node_modules/pkg/index.js');
  write('images/.git/HEAD');
  write('images/.hidden/file');
  write('other/file');
  symlinkSync('b/Dockerfile', join(root, 'images/link'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listFiles', () => {
  const expected = ['images/.hidden/file', 'images/a/Dockerfile.j2', 'images/a/inner/Dockerfile', 'images/b/Dockerfile', 'images/link'];

  it('lists every file below a folder, repository-relative and sorted, skipping .git and node_modules', async () => {
    expect(await listFiles(root, 'images')).toEqual(expected);
  });

  it('takes the folder in any spelling', async () => {
    for (const dir of ['./images', 'images/', 'images//', 'other/../images']) expect(await listFiles(root, dir)).toEqual(expected);
  });

  it('lists the whole repository for "." and ""', async () => {
    const all = ['images.yaml', ...expected, 'other/file'].sort();
    expect(await listFiles(root, '.')).toEqual(all);
    expect(await listFiles(root, '')).toEqual(all);
  });

  it('gives nothing for a folder that does not exist', async () => {
    expect(await listFiles(root, 'missing')).toEqual([]);
  });
});

describe('reading', () => {
  it('reads text, or undefined when the file does not exist', async () => {
    expect(await readTextIfExists(join(root, 'images/b/Dockerfile'))).toBe('FROM scratch\n');
    expect(readTextIfExistsSync(join(root, 'images/b/Dockerfile'))).toBe('FROM scratch\n');
    expect(await readTextIfExists(join(root, 'images/none'))).toBeUndefined();
    expect(readTextIfExistsSync(join(root, 'images/none'))).toBeUndefined();
  });

  it('fails on anything but a missing file', async () => {
    await expect(readTextIfExists(join(root, 'images'))).rejects.toThrow(/EISDIR/);
    expect(() => readTextIfExistsSync(join(root, 'images'))).toThrow(/EISDIR/);
  });
});
