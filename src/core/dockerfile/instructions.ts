/**
 * A Dockerfile's physical lines → its instructions, as Docker's (BuildKit's) parser reads them.
 *
 * - Parser directives (`# syntax=…`, `# escape=…`, `# check=…`) are read only at the very top:
 *   the first line that is not a directive (a blank line, another comment, an instruction, an
 *   unknown directive) ends them. `# escape=\`` changes the escape character, which is also the
 *   line-continuation character.
 * - A line whose first non-blank character is `#` is a comment, even inside a continued
 *   instruction; blank lines inside a continued instruction are skipped too.
 * - A line ending with the escape character (trailing blanks allowed) continues on the next line;
 *   the pieces are joined with nothing in between, and continuation lines keep their indentation.
 * - Heredocs (`RUN <<EOF` … `EOF`) of RUN, COPY and ADD are skipped, so their bodies are never
 *   mistaken for instructions.
 */
import type { Diagnostic, SourceLocation } from '../diagnostics.js';
import { LocatedText, type LinePiece } from './located.js';
import { findHeredocs, isWhitespace, type EscapeToken } from './words.js';

export interface Instruction {
  /** Lower-case, as Docker compares them: `from`, `arg`, `run`… */
  readonly keyword: string;
  readonly keywordLocation: SourceLocation;
  /** Everything after the keyword, joined across continuations, trimmed. */
  readonly args: LocatedText;
}

export interface DockerfileLines {
  readonly instructions: readonly Instruction[];
  /** Directive names lower-cased, values as written. */
  readonly directives: Readonly<Record<string, string>>;
  readonly escape: EscapeToken;
  readonly diagnostics: readonly Diagnostic[];
}

const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/u;
const HEREDOC_INSTRUCTIONS = new Set(['run', 'copy', 'add']);

function leadingWhitespace(line: string): number {
  let i = 0;
  while (i < line.length && isWhitespace(line[i] as string)) i += 1;
  return i;
}

function isComment(line: string): boolean {
  return line.slice(leadingWhitespace(line)).startsWith('#');
}

/** Strips a trailing continuation (escape character plus blanks); says whether there was one. */
function trimContinuation(line: string, escape: EscapeToken): { text: string; continues: boolean } {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end -= 1;
  if (end > 0 && line[end - 1] === escape) return { text: line.slice(0, end - 1), continues: true };
  return { text: line, continues: false };
}

export function splitLines(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = body.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  // A final newline ends the last line; it does not start an empty one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function readInstructions(text: string, file: string): DockerfileLines {
  const lines = splitLines(text);
  const diagnostics: Diagnostic[] = [];
  const directives: Record<string, string> = {};
  let escape: EscapeToken = '\\';

  // Directives: only at the top, each at most once.
  let index = 0;
  for (; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const lead = leadingWhitespace(line);
    const match = DIRECTIVE.exec(line.slice(lead));
    const name = match?.[1]?.toLowerCase();
    if (!match || name === undefined || !KNOWN_DIRECTIVES.has(name)) break;
    const value = match[2] ?? '';
    const location = { file, line: index + 1, column: lead + 1 };
    if (name in directives) {
      diagnostics.push({
        message: `the "${name}" parser directive is given twice`,
        location,
        hint: 'Keep one; Docker accepts each parser directive only once.',
      });
      continue;
    }
    directives[name] = value;
    if (name === 'escape') {
      if (value === '\\' || value === '`') escape = value;
      else {
        diagnostics.push({
          message: `invalid escape directive "${value}"`,
          location,
          hint: 'The escape character can only be \\ (the default) or ` (backtick).',
        });
      }
    }
  }

  const instructions: Instruction[] = [];
  while (index < lines.length) {
    const raw = lines[index] as string;
    const startLine = index + 1;
    index += 1;
    const lead = leadingWhitespace(raw);
    if (raw.slice(lead).startsWith('#')) continue;

    let { text: pieceText, continues } = trimContinuation(raw.slice(lead), escape);
    if (!continues && pieceText === '') continue;
    const pieces: LinePiece[] = [{ text: pieceText, line: startLine, column: lead + 1 }];
    while (continues && index < lines.length) {
      const next = lines[index] as string;
      const lineNumber = index + 1;
      index += 1;
      if (isComment(next) || next.trim() === '') continue;
      ({ text: pieceText, continues } = trimContinuation(next, escape));
      pieces.push({ text: pieceText, line: lineNumber, column: 1 });
    }

    const joined = LocatedText.join(file, pieces);
    const keywordStart = leadingWhitespace(joined.text);
    if (keywordStart === joined.text.length) continue; // only continuation characters
    let keywordEnd = keywordStart;
    while (keywordEnd < joined.text.length && !isWhitespace(joined.text[keywordEnd] as string)) keywordEnd += 1;
    let argsStart = keywordEnd;
    while (argsStart < joined.text.length && isWhitespace(joined.text[argsStart] as string)) argsStart += 1;
    let argsEnd = joined.text.length;
    while (argsEnd > argsStart && isWhitespace(joined.text[argsEnd - 1] as string)) argsEnd -= 1;

    const keyword = joined.text.slice(keywordStart, keywordEnd).toLowerCase();
    const instruction: Instruction = {
      keyword,
      keywordLocation: joined.locate(keywordStart),
      args: joined.slice(argsStart, argsEnd),
    };
    instructions.push(instruction);

    if (HEREDOC_INSTRUCTIONS.has(keyword)) {
      for (const heredoc of findHeredocs(instruction.args, escape)) {
        let terminated = false;
        while (index < lines.length) {
          const bodyLine = lines[index] as string;
          index += 1;
          const candidate = heredoc.stripTabs ? bodyLine.replace(/^\t+/u, '') : bodyLine;
          if (candidate === heredoc.name) {
            terminated = true;
            break;
          }
        }
        if (!terminated) {
          diagnostics.push({
            message: `the heredoc <<${heredoc.name} opened by this ${keyword.toUpperCase()} is never closed`,
            location: instruction.keywordLocation,
            hint: `End it with a line holding only "${heredoc.name}".`,
          });
        }
      }
    }
  }

  return { instructions, directives, escape, diagnostics };
}
