/**
 * Text that remembers where each of its characters came from.
 *
 * A Dockerfile instruction is assembled from pieces of several physical lines (continuations,
 * skipped comment lines), so an offset in the instruction is not a line and column of the file.
 * Every error about a FROM must point at the exact character, hence this mapping.
 */
import type { SourceLocation } from '../diagnostics.js';

/** A run of characters copied unchanged from one physical line. */
interface Fragment {
  /** Offset of the run's first character in the assembled text. */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** One piece of a physical line: its text and where that text starts (1-based). */
export interface LinePiece {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

export class LocatedText {
  private constructor(
    readonly file: string,
    readonly text: string,
    /** Sorted by offset; never empty, so that even empty text has a place. */
    private readonly fragments: readonly Fragment[],
  ) {}

  /** Joins pieces of physical lines; the first piece gives the place of empty text. */
  static join(file: string, pieces: readonly LinePiece[]): LocatedText {
    const first = pieces[0];
    if (!first) throw new Error('LocatedText.join needs at least one piece');
    const fragments: Fragment[] = [];
    let text = '';
    for (const piece of pieces) {
      fragments.push({ offset: text.length, line: piece.line, column: piece.column });
      text += piece.text;
    }
    return new LocatedText(file, text, fragments);
  }

  /** The 1-based line and column of the character at `offset` (or just past the end). */
  locate(offset: number): SourceLocation {
    const fragment = this.fragmentAt(offset);
    return { file: this.file, line: fragment.line, column: fragment.column + (offset - fragment.offset) };
  }

  slice(start: number, end: number = this.text.length): LocatedText {
    const from = Math.max(0, Math.min(start, this.text.length));
    const to = Math.max(from, Math.min(end, this.text.length));
    const startPlace = this.locate(from);
    const fragments: Fragment[] = [{ offset: 0, line: startPlace.line, column: startPlace.column }];
    for (const fragment of this.fragments) {
      if (fragment.offset > from && fragment.offset < to) {
        fragments.push({ offset: fragment.offset - from, line: fragment.line, column: fragment.column });
      }
    }
    return new LocatedText(this.file, this.text.slice(from, to), fragments);
  }

  private fragmentAt(offset: number): Fragment {
    // Fragments are few (one per physical line of an instruction): a linear scan is enough.
    let found = this.fragments[0] as Fragment;
    for (const fragment of this.fragments) {
      if (fragment.offset <= offset) found = fragment;
      else break;
    }
    return found;
  }
}
