/**
 * Tar archives written by hand for the reader's tests: ustar headers (with the name prefix),
 * PAX extended headers, GNU long names and base-256 numbers, so that every format the reader
 * claims is exercised with bytes built independently of it.
 */

export interface TarSpec {
  readonly name: string;
  /** '0' file, '1' hard link, '2' symlink, '5' directory, '3' char device, '6' fifo. */
  readonly type?: string;
  readonly mode?: number;
  readonly uid?: number;
  readonly gid?: number;
  readonly content?: string | Uint8Array;
  readonly linkname?: string;
  /** Written as a PAX extended header before the entry. */
  readonly pax?: Readonly<Record<string, string>>;
  /** Written as a GNU long-name entry before the entry (the header keeps a truncated name). */
  readonly gnuLongName?: boolean;
  /** Split the name into ustar prefix and name. */
  readonly ustarPrefix?: boolean;
  /** Write the size field in GNU base-256. */
  readonly base256Size?: boolean;
}

const encoder = new TextEncoder();

function field(block: Uint8Array, offset: number, length: number, text: string): void {
  block.set(encoder.encode(text).subarray(0, length), offset);
}

function octal(value: number, length: number): string {
  return `${value.toString(8).padStart(length - 1, '0')}\0`;
}

function header(spec: { name: string; prefix?: string; type: string; mode: number; uid: number; gid: number; size: number; linkname: string; base256?: boolean }): Uint8Array {
  const block = new Uint8Array(512);
  field(block, 0, 100, spec.name);
  field(block, 100, 8, octal(spec.mode, 8));
  field(block, 108, 8, octal(spec.uid, 8));
  field(block, 116, 8, octal(spec.gid, 8));
  if (spec.base256) {
    block[124] = 0x80;
    let size = spec.size;
    for (let i = 135; i > 124; i--) {
      block[i] = size % 256;
      size = Math.floor(size / 256);
    }
  } else {
    field(block, 124, 12, octal(spec.size, 12));
  }
  field(block, 136, 12, octal(1_700_000_000, 12));
  field(block, 148, 8, '        ');
  field(block, 156, 1, spec.type);
  field(block, 157, 100, spec.linkname);
  field(block, 257, 6, 'ustar\0');
  field(block, 263, 2, '00');
  if (spec.prefix) field(block, 345, 155, spec.prefix);
  let sum = 0;
  for (const byte of block) sum += byte;
  field(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

function padded(bytes: Uint8Array): Uint8Array[] {
  const pad = (512 - (bytes.length % 512)) % 512;
  return [bytes, new Uint8Array(pad)];
}

function paxBody(records: Readonly<Record<string, string>>): Uint8Array {
  let text = '';
  for (const [key, value] of Object.entries(records)) {
    const body = ` ${key}=${value}\n`;
    let length = body.length + 1;
    while (`${length}${body}`.length !== length) length = `${length}${body}`.length;
    text += `${length}${body}`;
  }
  return encoder.encode(text);
}

export function writeTar(entries: readonly TarSpec[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const entry of entries) {
    const content = typeof entry.content === 'string' ? encoder.encode(entry.content) : (entry.content ?? new Uint8Array(0));
    const common = { mode: entry.mode ?? 0o644, uid: entry.uid ?? 0, gid: entry.gid ?? 0, linkname: entry.linkname ?? '' };
    if (entry.pax) {
      const body = paxBody(entry.pax);
      parts.push(header({ name: 'PaxHeaders/x', type: 'x', ...common, linkname: '', size: body.length }), ...padded(body));
    }
    let name = entry.name;
    let prefix: string | undefined;
    if (entry.gnuLongName) {
      const body = encoder.encode(`${entry.name}\0`);
      parts.push(header({ name: '././@LongLink', type: 'L', ...common, linkname: '', size: body.length }), ...padded(body));
      name = entry.name.slice(0, 99);
    } else if (entry.ustarPrefix) {
      const slash = entry.name.lastIndexOf('/');
      prefix = entry.name.slice(0, slash);
      name = entry.name.slice(slash + 1);
    }
    const type = entry.type ?? '0';
    parts.push(header({ name, ...(prefix ? { prefix } : {}), type, ...common, size: type === '0' ? content.length : 0, ...(entry.base256Size ? { base256: true } : {}) }));
    if (type === '0') parts.push(...padded(content));
  }
  parts.push(new Uint8Array(1024));
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
