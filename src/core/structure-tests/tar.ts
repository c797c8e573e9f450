/**
 * A streaming reader of tar archives (image layers): bytes go in as they arrive, entries come out
 * with their metadata, and only the entries the caller asks for have their content delivered.
 * Nothing is buffered but a header block and the (small) PAX / GNU long-name records.
 *
 * Formats: ustar (with its name prefix), PAX extended headers (`path`, `linkpath`, `size`,
 * `uid`, `gid`; global headers too), GNU long names and link names (`L`, `K`), and the
 * base-256 numbers GNU writes for large values. That is what image builders write.
 */

export type TarEntryType = 'file' | 'hardlink' | 'symlink' | 'char' | 'block' | 'directory' | 'fifo' | 'other';

export interface TarEntry {
  /** As written, without a leading "./" or "/" and without a trailing "/". "" is the root. */
  readonly path: string;
  readonly type: TarEntryType;
  /** Permission and set-id/sticky bits (`mode & 0o7777`). */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  /** Target of a symlink or hard link. */
  readonly linkname: string;
}

export interface TarVisitor {
  /** Called for each entry; return true to receive its content through `data`. */
  entry(entry: TarEntry): boolean;
  data?(chunk: Uint8Array): void;
  /** The end of a wanted entry's content. */
  entryEnd?(): void;
}

export class TarFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TarFormatError';
  }
}

const BLOCK = 512;
const EMPTY = new Uint8Array(0);
const decoder = new TextDecoder('utf-8');

function cString(block: Uint8Array, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return decoder.decode(end < 0 ? field : field.subarray(0, end));
}

function number(block: Uint8Array, start: number, length: number): number {
  const field = block.subarray(start, start + length);
  if (((field[0] ?? 0) & 0x80) !== 0) {
    // GNU base-256: big-endian, the top bit of the first byte marks the format.
    let value = (field[0] ?? 0) & 0x7f;
    for (let i = 1; i < field.length; i++) value = value * 256 + (field[i] ?? 0);
    return value;
  }
  const text = cString(block, start, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function checksumOk(block: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  return sum === number(block, 148, 8);
}

function isZeroBlock(block: Uint8Array): boolean {
  for (const byte of block) if (byte !== 0) return false;
  return true;
}

function entryType(flag: number): TarEntryType {
  switch (String.fromCharCode(flag)) {
    case '\0':
    case '0':
    case '7':
      return 'file';
    case '1':
      return 'hardlink';
    case '2':
      return 'symlink';
    case '3':
      return 'char';
    case '4':
      return 'block';
    case '5':
      return 'directory';
    case '6':
      return 'fifo';
    default:
      return 'other';
  }
}

/** Normalises an archive path: no "./" or "/" in front, no "/" behind. */
export function normalizeTarPath(path: string): string {
  let p = path;
  while (p.startsWith('./')) p = p.slice(2);
  p = p.replace(/^\/+/, '').replace(/\/+$/, '');
  return p === '.' ? '' : p;
}

/** PAX records: "<length> <key>=<value>\n", the length counting the whole record. */
export function parsePaxRecords(bytes: Uint8Array): Map<string, string> {
  const records = new Map<string, string>();
  let offset = 0;
  while (offset < bytes.length) {
    const space = bytes.indexOf(0x20, offset);
    if (space < 0) break;
    const length = parseInt(decoder.decode(bytes.subarray(offset, space)), 10);
    if (!Number.isFinite(length) || length <= 0 || offset + length > bytes.length) throw new TarFormatError('a PAX extended header record is malformed');
    const record = decoder.decode(bytes.subarray(space + 1, offset + length - 1));
    const eq = record.indexOf('=');
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    offset += length;
  }
  return records;
}

type Meta = 'pax' | 'pax-global' | 'gnu-name' | 'gnu-link';

type State =
  | { readonly kind: 'header' }
  | { readonly kind: 'body'; remaining: number; readonly padding: number; readonly sink: 'data' | 'skip' }
  | { readonly kind: 'meta'; remaining: number; readonly padding: number; readonly meta: Meta; readonly parts: Uint8Array[] }
  | { readonly kind: 'padding'; remaining: number }
  | { readonly kind: 'done' };

export class TarReader {
  #state: State = { kind: 'header' };
  #carry: Uint8Array = EMPTY;
  #offset = 0;
  #pax = new Map<string, string>();
  #globalPax = new Map<string, string>();
  #longName: string | undefined;
  #longLink: string | undefined;

  constructor(private readonly visitor: TarVisitor) {}

  get done(): boolean {
    return this.#state.kind === 'done';
  }

  write(chunk: Uint8Array): void {
    let data = chunk;
    if (this.#carry.length > 0) {
      const joined = new Uint8Array(this.#carry.length + chunk.length);
      joined.set(this.#carry);
      joined.set(chunk, this.#carry.length);
      data = joined;
      this.#carry = EMPTY;
    }
    let at = 0;
    while (at < data.length) {
      const state = this.#state;
      if (state.kind === 'done') return;
      if (state.kind === 'header') {
        if (data.length - at < BLOCK) {
          this.#carry = data.slice(at);
          return;
        }
        this.#header(data.subarray(at, at + BLOCK));
        at += BLOCK;
        this.#offset += BLOCK;
        continue;
      }
      const take = Math.min(state.remaining, data.length - at);
      const piece = data.subarray(at, at + take);
      at += take;
      this.#offset += take;
      state.remaining -= take;
      if (state.kind === 'body' && state.sink === 'data' && take > 0) this.visitor.data?.(piece);
      if (state.kind === 'meta' && take > 0) state.parts.push(piece.slice());
      if (state.remaining > 0) continue;
      if (state.kind === 'body') {
        if (state.sink === 'data') this.visitor.entryEnd?.();
        this.#state = state.padding > 0 ? { kind: 'padding', remaining: state.padding } : { kind: 'header' };
      } else if (state.kind === 'meta') {
        this.#finishMeta(state.meta, state.parts);
        this.#state = state.padding > 0 ? { kind: 'padding', remaining: state.padding } : { kind: 'header' };
      } else {
        this.#state = { kind: 'header' };
      }
    }
  }

  /** Call at the end of the input: fails if an entry was cut off. */
  finish(): void {
    const state = this.#state;
    if (state.kind === 'body' || state.kind === 'meta' || (state.kind === 'header' && this.#carry.length > 0)) {
      throw new TarFormatError(`the archive ends in the middle of an entry (at byte ${this.#offset})`);
    }
  }

  #header(block: Uint8Array): void {
    if (isZeroBlock(block)) {
      // The end-of-archive marker (two zero blocks; the second is not needed to know).
      this.#state = { kind: 'done' };
      return;
    }
    if (!checksumOk(block)) throw new TarFormatError(`not a tar archive: the header at byte ${this.#offset} has a wrong checksum`);
    const flag = block[156] ?? 0;
    const size = number(block, 124, 12);
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    const flagChar = String.fromCharCode(flag);
    const meta: Meta | undefined = flagChar === 'x' ? 'pax' : flagChar === 'g' ? 'pax-global' : flagChar === 'L' ? 'gnu-name' : flagChar === 'K' ? 'gnu-link' : undefined;
    if (meta) {
      if (size > 1024 * 1024) throw new TarFormatError(`an extended header of ${size} bytes is larger than any real one`);
      this.#state = size > 0 ? { kind: 'meta', remaining: size, padding, meta, parts: [] } : { kind: 'header' };
      if (size === 0) this.#finishMeta(meta, []);
      return;
    }
    const magic = cString(block, 257, 6);
    const prefix = magic === 'ustar' && block[262] === 0 ? cString(block, 345, 155) : '';
    const name = cString(block, 0, 100);
    const pax = new Map([...this.#globalPax, ...this.#pax]);
    const rawPath = this.#longName ?? pax.get('path') ?? (prefix ? `${prefix}/${name}` : name);
    const linkname = this.#longLink ?? pax.get('linkpath') ?? cString(block, 157, 100);
    const paxNumber = (key: string, fallback: number): number => {
      const value = pax.get(key);
      const parsed = value === undefined ? NaN : Number(value);
      return Number.isFinite(parsed) ? parsed : fallback;
    };
    const entrySize = paxNumber('size', size);
    const entry: TarEntry = {
      path: normalizeTarPath(rawPath),
      type: entryType(flag),
      mode: number(block, 100, 8) & 0o7777,
      uid: paxNumber('uid', number(block, 108, 8)),
      gid: paxNumber('gid', number(block, 116, 8)),
      size: entrySize,
      linkname,
    };
    this.#pax = new Map();
    this.#longName = undefined;
    this.#longLink = undefined;
    // Only regular files carry content; a hard link's size field is 0 (or ignored).
    const bodySize = entry.type === 'file' || entry.type === 'other' ? entrySize : 0;
    const wanted = this.visitor.entry(entry);
    const bodyPadding = (BLOCK - (bodySize % BLOCK)) % BLOCK;
    if (bodySize > 0) {
      this.#state = { kind: 'body', remaining: bodySize, padding: bodyPadding, sink: wanted && entry.type === 'file' ? 'data' : 'skip' };
    } else {
      if (wanted) this.visitor.entryEnd?.();
      this.#state = { kind: 'header' };
    }
  }

  #finishMeta(meta: Meta, parts: readonly Uint8Array[]): void {
    const total = parts.reduce((n, p) => n + p.length, 0);
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    if (meta === 'gnu-name' || meta === 'gnu-link') {
      const end = bytes.indexOf(0);
      const text = decoder.decode(end < 0 ? bytes : bytes.subarray(0, end));
      if (meta === 'gnu-name') this.#longName = text;
      else this.#longLink = text;
      return;
    }
    const records = parsePaxRecords(bytes);
    if (meta === 'pax') this.#pax = records;
    else for (const [k, v] of records) this.#globalPax.set(k, v);
  }
}
