/**
 * Splitting instruction arguments into words the way Docker's parser does.
 *
 * FROM splits on plain whitespace (quotes are only removed later, by variable expansion);
 * ARG splits on whitespace outside quotes and keeps the quotes for expansion to remove.
 */
import type { LocatedText } from './located.js';

/** The escape character: `\` by default, or `` ` `` with the `# escape=` directive. */
export type EscapeToken = '\\' | '`';

const WHITESPACE = /\s/u;

export function isWhitespace(ch: string): boolean {
  return WHITESPACE.test(ch);
}

/** Words separated by whitespace, quotes not honoured (Docker's FROM, EXPOSE). */
export function splitOnWhitespace(args: LocatedText): LocatedText[] {
  const words: LocatedText[] = [];
  for (const match of args.text.matchAll(/\S+/gu)) {
    words.push(args.slice(match.index, match.index + match[0].length));
  }
  return words;
}

/**
 * Words separated by whitespace outside quotes, each kept exactly as written (quotes and escapes
 * included), as Docker splits the arguments of ARG and looks for heredoc markers. Inside single
 * quotes the escape character is literal; elsewhere it makes the next character part of the word.
 */
export function splitShellWords(args: LocatedText, escape: EscapeToken): LocatedText[] {
  const text = args.text;
  const words: LocatedText[] = [];
  let start = -1;
  let quote: '"' | "'" | undefined;
  let i = 0;
  const close = (end: number): void => {
    if (start >= 0) words.push(args.slice(start, end));
    start = -1;
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quote === undefined && isWhitespace(ch)) {
      close(i);
      i += 1;
      continue;
    }
    if (start < 0) start = i;
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      else if (ch === escape && quote === '"') i += 1; // the escaped character cannot end the quote
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === escape) {
      i += 1;
    }
    i += 1;
  }
  close(Math.min(i, text.length));
  return words;
}

/** A heredoc opened by a RUN, COPY or ADD instruction: its body runs until `name` alone on a line. */
export interface HeredocMarker {
  readonly name: string;
  /** `<<-`: leading tabs are stripped from body lines, the terminator included. */
  readonly stripTabs: boolean;
}

const HEREDOC = /^\d*<<(-?)([^<]+)$/u;

/**
 * The heredocs an instruction opens, in order. A marker is a whole word `<<NAME`, `<<-NAME`,
 * `<<"NAME"` or `<<'NAME'` (optionally after a file descriptor number); quoted `"<<EOF"` is text.
 */
export function findHeredocs(args: LocatedText, escape: EscapeToken): HeredocMarker[] {
  const markers: HeredocMarker[] = [];
  for (const word of splitShellWords(args, escape)) {
    const match = HEREDOC.exec(word.text);
    if (!match) continue;
    const name = unquoteWord(match[2] ?? '', escape);
    if (name !== '') markers.push({ name, stripTabs: match[1] === '-' });
  }
  return markers;
}

/** Removes shell quoting from a word without expanding anything. */
export function unquoteWord(word: string, escape: EscapeToken): string {
  let out = '';
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < word.length; i += 1) {
    const ch = word[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else out += ch;
    } else if (ch === escape && i + 1 < word.length) {
      i += 1;
      out += word[i] as string;
    } else if (quote === '"' && ch === '"') {
      quote = undefined;
    } else if (quote === undefined && (ch === '"' || ch === "'")) {
      quote = ch;
    } else {
      out += ch;
    }
  }
  return out;
}
