/**
 * Pinning parents by digest: the FROM lines that name an image built in this run are
 * rewritten to `<repository>@sha256:…`, everything else is left byte for byte as it was.
 *
 * The rewritten text goes to a generated Dockerfile outside the build context, so the
 * context the user wrote is never touched.
 */
import type { FromInstruction } from './parse.js';

export class PinError extends Error {
  constructor(from: FromInstruction, why: string) {
    super(`${from.location.file}:${from.location.line}:${from.location.column}: cannot pin FROM ${from.written}: ${why}`);
    this.name = 'PinError';
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/**
 * Replaces the image argument of each given FROM with its pinned reference.
 * `pins` maps a FROM (by identity) to the reference to write instead.
 */
export function pinFroms(text: string, pins: ReadonlyMap<FromInstruction, string>): string {
  const starts = lineStarts(text);
  const edits = [...pins].map(([from, pinned]) => {
    const lineStart = starts[from.referenceLocation.line - 1];
    if (lineStart === undefined) throw new PinError(from, 'its line is not in the text');
    const offset = lineStart + from.referenceLocation.column - 1;
    if (text.slice(offset, offset + from.written.length) !== from.written) {
      // A reference split across a line continuation: too rare to rewrite in place safely.
      throw new PinError(from, 'the image reference spans several lines; write it on one line');
    }
    return { offset, length: from.written.length, pinned };
  });
  edits.sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const e of edits) out = out.slice(0, e.offset) + e.pinned + out.slice(e.offset + e.length);
  return out;
}
