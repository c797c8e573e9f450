/**
 * Turns a builder's output chunks (stdout and stderr, cut anywhere inside a line) into whole
 * lines, hands each to the caller as soon as it is complete, and keeps the last few for error
 * reports.
 *
 * stdout and stderr each get their own partial-line buffer: interleaving them mid-line would
 * glue unrelated halves together.
 */
import { LOG_TAIL_LINES } from './types.js';

// ANSI colour and cursor sequences: BuildKit and buildah emit a few even without a terminal.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

export class LogLines {
  private readonly tail: string[] = [];
  private readonly partial = new Map<string, string>();
  /** Every line seen, for failure analysis; builds print a few thousand lines at most. */
  private readonly all: string[] = [];

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly tailSize: number = LOG_TAIL_LINES,
  ) {}

  /** A writer for one stream, to pass as `onStdout`/`onStderr`. */
  stream(name: string): (chunk: string) => void {
    return (chunk) => this.push(name, chunk);
  }

  /** Adds one line of our own (e.g. the command being run), as if the builder had printed it. */
  note(line: string): void {
    this.emit(line);
  }

  /** Flushes unterminated last lines; call once the process has exited. */
  flush(): void {
    for (const [name, rest] of this.partial) {
      if (rest !== '') this.emit(rest);
      this.partial.set(name, '');
    }
  }

  lastLines(): readonly string[] {
    return [...this.tail];
  }

  lines(): readonly string[] {
    return this.all;
  }

  private push(name: string, chunk: string): void {
    const text = (this.partial.get(name) ?? '') + chunk;
    // `\r` alone is a progress redraw: the text after it replaces the line, so it ends one too.
    const pieces = text.split(/\r\n|\n|\r/);
    this.partial.set(name, pieces.pop() ?? '');
    for (const piece of pieces) this.emit(piece);
  }

  private emit(raw: string): void {
    const line = raw.replace(ANSI, '').trimEnd();
    if (line === '') return;
    this.all.push(line);
    this.tail.push(line);
    if (this.tail.length > this.tailSize) this.tail.shift();
    this.onLine(line);
  }
}
