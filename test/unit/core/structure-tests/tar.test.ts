import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TarFormatError, TarReader, normalizeTarPath, parsePaxRecords, type TarEntry } from '../../../../src/core/structure-tests/tar.js';
import { writeTar, type TarSpec } from './tar-writer.js';

interface Read {
  readonly entries: TarEntry[];
  readonly contents: Map<string, string>;
}

/** Feeds the archive in the given chunk sizes; content is asked for every regular file. */
function read(bytes: Uint8Array, chunks: readonly number[] = [bytes.length], want: (e: TarEntry) => boolean = () => true): Read {
  const entries: TarEntry[] = [];
  const contents = new Map<string, string>();
  let current: string | undefined;
  let text = '';
  const reader = new TarReader({
    entry(entry) {
      entries.push(entry);
      current = entry.path;
      text = '';
      return want(entry);
    },
    data(chunk) {
      text += new TextDecoder().decode(chunk);
    },
    entryEnd() {
      contents.set(current as string, text);
    },
  });
  let at = 0;
  for (const size of chunks) {
    if (at >= bytes.length) break;
    reader.write(bytes.subarray(at, at + Math.max(1, size)));
    at += Math.max(1, size);
  }
  if (at < bytes.length) reader.write(bytes.subarray(at));
  reader.finish();
  return { entries, contents };
}

const LONG = `${'deep/'.repeat(30)}file.txt`;
const SPECS: readonly TarSpec[] = [
  { name: './', type: '5', mode: 0o755 },
  { name: './etc/', type: '5', mode: 0o755 },
  { name: './etc/os-release', content: 'NAME=Test\n', mode: 0o644 },
  { name: './bin/sh', type: '2', linkname: 'busybox', mode: 0o777 },
  { name: './bin/busybox', content: '#!busybox', mode: 0o4755, uid: 0, gid: 0 },
  { name: './bin/ls', type: '1', linkname: './bin/busybox' },
  { name: './data', type: '5', mode: 0o1777, uid: 1000, gid: 1000 },
  { name: LONG, content: 'via PAX', pax: { path: LONG } },
  { name: `gnu/${LONG}`, content: 'via GNU', gnuLongName: true },
  { name: `${'p'.repeat(120)}/short.txt`, content: 'via prefix', ustarPrefix: true },
  { name: 'big', content: 'x'.repeat(1300), base256Size: true },
  { name: 'owned', content: 'pax ids', pax: { uid: '2000000', gid: '3000000' } },
  { name: 'dev/null', type: '3', mode: 0o666 },
];

describe('TarReader', () => {
  it('reads every entry with its metadata, whatever the header format', () => {
    const { entries, contents } = read(writeTar(SPECS));
    expect(entries.map((e) => [e.path, e.type, e.mode.toString(8), e.uid, e.gid, e.size, e.linkname])).toEqual([
      ['', 'directory', '755', 0, 0, 0, ''],
      ['etc', 'directory', '755', 0, 0, 0, ''],
      ['etc/os-release', 'file', '644', 0, 0, 10, ''],
      ['bin/sh', 'symlink', '777', 0, 0, 0, 'busybox'],
      ['bin/busybox', 'file', '4755', 0, 0, 9, ''],
      ['bin/ls', 'hardlink', '644', 0, 0, 0, './bin/busybox'],
      ['data', 'directory', '1777', 1000, 1000, 0, ''],
      [LONG, 'file', '644', 0, 0, 7, ''],
      [`gnu/${LONG}`, 'file', '644', 0, 0, 7, ''],
      [`${'p'.repeat(120)}/short.txt`, 'file', '644', 0, 0, 10, ''],
      ['big', 'file', '644', 0, 0, 1300, ''],
      ['owned', 'file', '644', 2000000, 3000000, 7, ''],
      ['dev/null', 'char', '666', 0, 0, 0, ''],
    ]);
    expect(contents.get('etc/os-release')).toBe('NAME=Test\n');
    expect(contents.get(LONG)).toBe('via PAX');
    expect(contents.get(`gnu/${LONG}`)).toBe('via GNU');
    expect(contents.get('big')).toBe('x'.repeat(1300));
  });

  it('delivers the same entries and contents however the bytes are split', () => {
    const bytes = writeTar(SPECS);
    const whole = read(bytes);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1500 }), { minLength: 1, maxLength: 60 }), (chunks) => {
        const split = read(bytes, chunks);
        expect(split.entries).toEqual(whole.entries);
        expect(split.contents).toEqual(whole.contents);
      }),
      { numRuns: 200 },
    );
  });

  it('delivers content only for the entries asked for', () => {
    const { contents } = read(writeTar(SPECS), undefined, (e) => e.path === 'big');
    expect([...contents.keys()]).toEqual(['big']);
  });

  it('stops at the end-of-archive marker and ignores what follows', () => {
    const bytes = writeTar([{ name: 'a', content: 'A' }]);
    const withPadding = new Uint8Array(bytes.length + 4096);
    withPadding.set(bytes);
    withPadding.fill(7, bytes.length);
    expect(read(withPadding).entries.map((e) => e.path)).toEqual(['a']);
  });

  it('refuses a header with a wrong checksum, saying where', () => {
    const bytes = writeTar([{ name: 'a', content: 'A' }, { name: 'b', content: 'B' }]);
    bytes[1024 + 10] = 0x41; // a byte of b's name: its checksum no longer adds up
    expect(() => read(bytes)).toThrow(new TarFormatError('not a tar archive: the header at byte 1024 has a wrong checksum'));
  });

  it('refuses an archive cut off in the middle of an entry', () => {
    const bytes = writeTar([{ name: 'a', content: 'x'.repeat(700) }]).subarray(0, 900);
    expect(() => read(bytes)).toThrow(/ends in the middle of an entry/);
  });
});

describe('tar helpers', () => {
  it('normalises archive paths', () => {
    expect(['./', '.', './a/b/', '/a', 'a//', '././x'].map(normalizeTarPath)).toEqual(['', '', 'a/b', 'a', 'a', 'x']);
  });

  it('parses PAX records, values with spaces, = and newlines included', () => {
    const text = '29 path=a b/c=d\nwith newline\n12 uid=1000\n';
    // The first record's length counts its own bytes: "29 path=a b/c=d\nwith newline\n" is 29.
    expect(parsePaxRecords(new TextEncoder().encode(text))).toEqual(new Map([['path', 'a b/c=d\nwith newline'], ['uid', '1000']]));
  });
});
