import { describe, expect, it } from 'vitest';
import { ImageFilesystem, type Lookup } from '../../../../src/core/structure-tests/filesystem.js';
import { goModeString } from '../../../../src/core/structure-tests/mode.js';
import type { TarEntry } from '../../../../src/core/structure-tests/tar.js';

function entry(path: string, type: TarEntry['type'] = 'file', extra: Partial<TarEntry> = {}): TarEntry {
  return { path, type, mode: type === 'directory' ? 0o755 : 0o644, uid: 0, gid: 0, size: 1, linkname: '', ...extra };
}

function layers(...list: readonly (readonly TarEntry[])[]): ImageFilesystem {
  const fs = new ImageFilesystem();
  list.forEach((entries, layer) => entries.forEach((e) => fs.apply(e, layer)));
  return fs;
}

function found(lookup: Lookup): string {
  return lookup.kind === 'found' ? `${lookup.path} (${lookup.node.type}, layer ${lookup.node.layer})` : `missing: ${lookup.why}`;
}

describe('ImageFilesystem', () => {
  it('applies layers in order: later entries replace earlier ones', () => {
    const fs = layers([entry('etc', 'directory'), entry('etc/a', 'file', { mode: 0o600 })], [entry('etc/a', 'file', { mode: 0o755, size: 9 })]);
    const a = fs.lstat('/etc/a');
    expect(a.kind === 'found' && [a.node.mode, a.node.size, a.node.layer, a.node.content]).toEqual([0o755, 9, 1, { layer: 1, entryPath: 'etc/a' }]);
  });

  it('creates parents a layer implies but does not list', () => {
    const fs = layers([entry('usr/local/bin/tool')]);
    expect(found(fs.lstat('/usr/local'))).toBe('usr/local (directory, layer 0)');
    expect(fs.readdir('/usr')).toEqual(['local']);
  });

  it('deletes a path and what is below it with a whiteout, in the layer above only', () => {
    const fs = layers(
      [entry('tmp', 'directory'), entry('tmp/build-only'), entry('app', 'directory'), entry('app/cache', 'directory'), entry('app/cache/x')],
      [entry('tmp/.wh.build-only'), entry('app/.wh.cache')],
    );
    expect(found(fs.lstat('/tmp/build-only'))).toBe('missing: /tmp/build-only does not exist');
    expect(found(fs.lstat('/app/cache/x'))).toBe('missing: /app/cache does not exist');
    expect(fs.readdir('/app')).toEqual([]);
  });

  it('empties a directory of the layers below with an opaque whiteout, wherever it is in the layer', () => {
    for (const order of ['before', 'after'] as const) {
      const upper = [entry('app/cache/new'), entry('app/cache/sub/kept')];
      const opaque = entry('app/cache/.wh..wh..opq');
      const fs = layers([entry('app/cache', 'directory'), entry('app/cache/old'), entry('app/cache/sub', 'directory'), entry('app/cache/sub/older')], order === 'before' ? [opaque, ...upper] : [...upper, opaque]);
      expect(fs.readdir('/app/cache'), order).toEqual(['new', 'sub']);
      expect(fs.readdir('/app/cache/sub'), order).toEqual(['kept']);
    }
  });

  it('follows symlinks, absolute and relative, in parents always and at the end for stat only', () => {
    const fs = layers([
      entry('bin', 'directory'),
      entry('bin/busybox'),
      entry('bin/sh', 'symlink', { linkname: 'busybox' }),
      entry('usr', 'directory'),
      entry('usr/bin', 'symlink', { linkname: '/bin' }),
      entry('lib', 'symlink', { linkname: 'usr/lib' }),
      entry('usr/lib', 'directory'),
      entry('usr/lib/libc.so'),
      entry('up', 'symlink', { linkname: '../bin/../bin/sh' }),
    ]);
    expect(found(fs.lstat('/usr/bin/sh'))).toBe('bin/sh (symlink, layer 0)');
    expect(found(fs.stat('/usr/bin/sh'))).toBe('bin/busybox (file, layer 0)');
    expect(found(fs.stat('/lib/libc.so'))).toBe('usr/lib/libc.so (file, layer 0)');
    expect(found(fs.stat('/up'))).toBe('bin/busybox (file, layer 0)');
    expect(found(fs.stat('/bin/busybox/x'))).toBe('missing: /bin/busybox is not a directory');
  });

  it('stops at a symlink loop', () => {
    const fs = layers([entry('a', 'symlink', { linkname: 'b' }), entry('b', 'symlink', { linkname: 'a' })]);
    expect(found(fs.stat('/a'))).toMatch(/^missing: too many levels of symbolic links/);
    expect(found(fs.lstat('/a'))).toBe('a (symlink, layer 0)');
  });

  it('gives a hard link its target\'s metadata and content', () => {
    const fs = layers([entry('bin', 'directory'), entry('bin/tool', 'file', { mode: 0o755, size: 20 }), entry('bin/tool2', 'hardlink', { linkname: 'bin/tool' })]);
    const link = fs.lstat('/bin/tool2');
    expect(link.kind === 'found' && [link.node.type, link.node.mode, link.node.size, link.node.content]).toEqual(['file', 0o755, 20, { layer: 0, entryPath: 'bin/tool' }]);
  });

  it('replaces a directory by a file, and what was in it goes', () => {
    const fs = layers([entry('x', 'directory'), entry('x/y')], [entry('x')]);
    expect(found(fs.lstat('/x'))).toBe('x (file, layer 1)');
    expect(found(fs.lstat('/x/y'))).toBe('missing: /x is not a directory');
  });

  it('takes the root\'s own mode from a "./" entry', () => {
    const fs = layers([entry('', 'directory', { mode: 0o700 })]);
    const root = fs.lstat('/');
    expect(root.kind === 'found' && root.node.mode).toBe(0o700);
  });
});

describe('goModeString', () => {
  it('prints modes as Go\'s FileMode.String() does', () => {
    expect(goModeString('file', 0o644)).toBe('-rw-r--r--');
    expect(goModeString('directory', 0o755)).toBe('drwxr-xr-x');
    expect(goModeString('symlink', 0o777)).toBe('Lrwxrwxrwx');
    expect(goModeString('file', 0o4755)).toBe('urwxr-xr-x');
    expect(goModeString('file', 0o6755)).toBe('ugrwxr-xr-x');
    expect(goModeString('directory', 0o1777)).toBe('dtrwxrwxrwx');
    expect(goModeString('char', 0o666)).toBe('Dcrw-rw-rw-');
    expect(goModeString('block', 0o660)).toBe('Drw-rw----');
    expect(goModeString('fifo', 0o600)).toBe('prw-------');
  });
});
