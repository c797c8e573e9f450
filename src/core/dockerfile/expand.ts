/**
 * Variable expansion in a FROM line, following BuildKit's shell lexer.
 *
 * Supported: `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`, `${VAR+word}`,
 * `${VAR:?message}`, `${VAR?message}`, `${VAR#pattern}`, `${VAR##pattern}`, `${VAR%pattern}`,
 * `${VAR%%pattern}`, `${VAR/pattern/replacement}`, `${VAR//pattern/replacement}`; single and
 * double quotes (removed); the escape character (`\` or `` ` ``) before `$` or a quote.
 *
 * One deliberate difference from Docker: where Docker would use the value of a variable that
 * has none (an ARG declared without a default and given no build arg, a variable never declared,
 * or a platform variable such as TARGETARCH that the builder sets per platform), the result is
 * *unresolved* instead of an empty string. In a FROM an empty expansion is never what was meant
 * (`$REGISTRY/base` would become `/base`), and the value may well be passed at build time; the
 * caller decides whether an unresolved part matters (it does not when the image name is still
 * literal). Forms that supply a word for a missing or empty value (`:-`, `:+`, `+`…) decide the
 * way Docker does: an ARG without a value counts as set and empty, an undeclared one as unset.
 */
import type { SourceLocation } from '../diagnostics.js';
import type { EscapeToken } from './words.js';

export type UnresolvedReason =
  /** Declared by `ARG NAME` with no default, and no build arg sets it. */
  | 'no-value'
  /** No ARG before the first FROM declares it (a FROM sees only those). */
  | 'not-declared'
  /** A platform variable (TARGETARCH…) that the builder sets for each platform it builds. */
  | 'set-by-builder';

export interface UnresolvedVariable {
  readonly name: string;
  readonly reason: UnresolvedReason;
  /** Where the ARG without a value was declared (for `no-value`). */
  readonly declaredAt?: SourceLocation;
  /** The message of a `${VAR:?message}` that would fail. */
  readonly message?: string;
}

/** A run of expanded text: known, or an expansion whose value is not known before the build. */
export type Piece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'unresolved'; readonly written: string; readonly causes: readonly UnresolvedVariable[] };

/** What a variable stands for when a FROM is expanded. */
export type Binding =
  | { readonly kind: 'value'; readonly pieces: readonly Piece[] }
  | { readonly kind: 'no-value'; readonly declaredAt: SourceLocation }
  | { readonly kind: 'set-by-builder' };

export type Scope = ReadonlyMap<string, Binding>;

/** A syntax error in a word, at an offset of that word. */
export class ExpansionError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'ExpansionError';
  }
}

const SPECIAL_PARAMETERS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
const NAME_CHAR = /[\p{L}\p{Nd}_]/u;
const DIGIT = /\p{Nd}/u;

// ---------------------------------------------------------------------------------------------
// Pieces

function pushText(pieces: Piece[], text: string): void {
  if (text === '') return;
  const last = pieces[pieces.length - 1];
  if (last?.kind === 'text') pieces[pieces.length - 1] = { kind: 'text', text: last.text + text };
  else pieces.push({ kind: 'text', text });
}

function pushPieces(pieces: Piece[], more: readonly Piece[]): void {
  for (const piece of more) {
    if (piece.kind === 'text') pushText(pieces, piece.text);
    else pieces.push(piece);
  }
}

/** The text of fully known pieces, or undefined when any part is unresolved. */
export function knownText(pieces: readonly Piece[]): string | undefined {
  let text = '';
  for (const piece of pieces) {
    if (piece.kind !== 'text') return undefined;
    text += piece.text;
  }
  return text;
}

/** The pieces' text with unresolved parts shown as they were written. */
export function displayText(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (piece.kind === 'text' ? piece.text : piece.written)).join('');
}

export function causesOf(pieces: readonly Piece[]): UnresolvedVariable[] {
  const causes: UnresolvedVariable[] = [];
  for (const piece of pieces) {
    if (piece.kind !== 'unresolved') continue;
    for (const cause of piece.causes) {
      if (!causes.some((c) => c.name === cause.name && c.reason === cause.reason)) causes.push(cause);
    }
  }
  return causes;
}

type Emptiness = 'empty' | 'non-empty' | 'unknown';

function emptinessOf(pieces: readonly Piece[]): Emptiness {
  if (pieces.some((piece) => piece.kind === 'text' && piece.text !== '')) return 'non-empty';
  return pieces.length === 0 ? 'empty' : 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Shell patterns of `#`, `%` and `/`: `*` any run, `?` one character, `\` makes the next literal.

function patternToRegExpSource(pattern: string, greedy: boolean, offset: number): string {
  let out = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i] as string;
    if (ch === '*') out += greedy ? '[\\s\\S]*' : '[\\s\\S]*?';
    else if (ch === '?') out += '[\\s\\S]';
    else if (ch === '\\') {
      const next = pattern[i + 1];
      // `}` and `/` are escaped only to get them past the `${…}` syntax.
      if (next === '}' || next === '/') continue;
      if (next !== '*' && next !== '?' && next !== '\\') {
        throw new ExpansionError(`invalid escape "\\${next ?? ''}" in the pattern "${pattern}"`, offset);
      }
      out += `\\${next}`;
      i += 1;
    } else out += ch.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
  }
  return out;
}

function removePrefix(value: string, pattern: string, longest: boolean, offset: number): string {
  const whole = new RegExp(`^(?:${patternToRegExpSource(pattern, true, offset)})$`, 'u');
  if (longest) {
    for (let end = value.length; end >= 0; end -= 1) if (whole.test(value.slice(0, end))) return value.slice(end);
  } else {
    for (let end = 0; end <= value.length; end += 1) if (whole.test(value.slice(0, end))) return value.slice(end);
  }
  return value;
}

function removeSuffix(value: string, pattern: string, longest: boolean, offset: number): string {
  const whole = new RegExp(`^(?:${patternToRegExpSource(pattern, true, offset)})$`, 'u');
  if (longest) {
    for (let start = 0; start <= value.length; start += 1) if (whole.test(value.slice(start))) return value.slice(0, start);
  } else {
    for (let start = value.length; start >= 0; start -= 1) if (whole.test(value.slice(start))) return value.slice(0, start);
  }
  return value;
}

function replacePattern(value: string, pattern: string, replacement: string, all: boolean, offset: number): string {
  const source = patternToRegExpSource(pattern, true, offset);
  if (source === '') return value;
  const regexp = new RegExp(source, all ? 'gu' : 'u');
  return value.replace(regexp, () => replacement);
}

// ---------------------------------------------------------------------------------------------
// The lexer

class Expander {
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly scope: Scope,
    private readonly escape: EscapeToken,
  ) {}

  run(): Piece[] {
    return this.until(undefined, false, 0);
  }

  private peek(): string | undefined {
    return this.text[this.i];
  }

  private next(): string | undefined {
    const ch = this.text[this.i];
    if (ch !== undefined) this.i += 1;
    return ch;
  }

  /**
   * Reads up to `stop` (consumed) or the end; `raw` keeps escape characters (for patterns).
   * `openedAt` is where the construct that needs `stop` began, for the error when it is missing.
   */
  private until(stop: string | undefined, raw: boolean, openedAt: number): Piece[] {
    const pieces: Piece[] = [];
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) break;
      if (stop !== undefined && ch === stop) {
        this.i += 1;
        return pieces;
      }
      if (ch === '$') pushPieces(pieces, this.dollar());
      else if (ch === "'") pushText(pieces, this.singleQuoted());
      else if (ch === '"') pushPieces(pieces, this.doubleQuoted(raw));
      else {
        this.i += 1;
        if (ch === this.escape) {
          if (raw) pushText(pieces, ch);
          const escaped = this.next();
          if (escaped === undefined) break;
          pushText(pieces, escaped);
        } else pushText(pieces, ch);
      }
    }
    if (stop !== undefined) throw new ExpansionError(`missing "${stop}"`, openedAt);
    return pieces;
  }

  private singleQuoted(): string {
    const start = this.i;
    this.i += 1;
    const end = this.text.indexOf("'", this.i);
    if (end < 0) throw new ExpansionError('a single quote is never closed', start);
    this.i = end + 1;
    return this.text.slice(start + 1, end);
  }

  private doubleQuoted(raw: boolean): Piece[] {
    const start = this.i;
    this.i += 1;
    const pieces: Piece[] = [];
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) throw new ExpansionError('a double quote is never closed', start);
      if (ch === '"') {
        this.i += 1;
        return pieces;
      }
      if (ch === '$') {
        pushPieces(pieces, this.dollar());
        continue;
      }
      this.i += 1;
      if (ch === this.escape) {
        if (raw) pushText(pieces, ch);
        const following = this.peek();
        if (following === undefined) continue;
        if (following === '"' || following === '$' || following === this.escape) {
          this.i += 1;
          pushText(pieces, following);
          continue;
        }
      }
      pushText(pieces, ch);
    }
  }

  private name(): string {
    const first = this.peek();
    if (first === undefined) return '';
    if (DIGIT.test(first)) {
      let digits = '';
      while (this.peek() !== undefined && DIGIT.test(this.peek() as string)) digits += this.next() as string;
      return digits;
    }
    if (SPECIAL_PARAMETERS.has(first)) {
      this.i += 1;
      return first;
    }
    let name = '';
    while (this.peek() !== undefined && NAME_CHAR.test(this.peek() as string)) name += this.next() as string;
    return name;
  }

  private dollar(): Piece[] {
    const start = this.i;
    this.i += 1; // $
    if (this.peek() !== '{') {
      const name = this.name();
      if (name === '') return [{ kind: 'text', text: '$' }];
      return this.valueOf(name, this.text.slice(start, this.i));
    }
    this.i += 1; // {
    const first = this.peek();
    if (first === undefined) throw new ExpansionError('missing "}"', start);
    if (first === '{' || first === '}' || first === ':') throw new ExpansionError('bad substitution', start);
    const name = this.name();
    const modifier = this.next();
    if (modifier === undefined) throw new ExpansionError('missing "}"', start);
    if (modifier === '}') return this.valueOf(name, this.text.slice(start, this.i));

    let operator = modifier;
    if (modifier === ':') {
      const second = this.next();
      if (second === undefined) throw new ExpansionError('missing "}"', start);
      operator = `:${second}`;
    }
    const base = operator.replace(':', '');
    if (base === '-' || base === '+' || base === '?' || base === '#' || base === '%') {
      const raw = base === '#' || base === '%';
      const word = this.until('}', raw, start);
      return this.modified(name, operator, word, this.text.slice(start, this.i), start);
    }
    if (modifier === '/') {
      const all = this.peek() === '/';
      if (all) this.i += 1;
      const pattern = this.until('/', true, start);
      const replacement = this.until('}', true, start);
      return this.replaced(name, pattern, replacement, all, this.text.slice(start, this.i), start);
    }
    throw new ExpansionError(`unsupported modifier "${operator}" in \${${name}${operator}…}`, start);
  }

  private unresolved(written: string, causes: readonly UnresolvedVariable[]): Piece[] {
    return [{ kind: 'unresolved', written, causes }];
  }

  /** What a variable contributes where its value is used. */
  private valueOf(name: string, written: string, message?: string): Piece[] {
    const binding = this.scope.get(name);
    const extra = message === undefined ? {} : { message };
    if (binding === undefined) return this.unresolved(written, [{ name, reason: 'not-declared', ...extra }]);
    switch (binding.kind) {
      case 'value':
        return [...binding.pieces];
      case 'no-value':
        return this.unresolved(written, [{ name, reason: 'no-value', declaredAt: binding.declaredAt, ...extra }]);
      case 'set-by-builder':
        return this.unresolved(written, [{ name, reason: 'set-by-builder', ...extra }]);
    }
  }

  private causesOfBinding(name: string, binding: Binding): UnresolvedVariable[] {
    switch (binding.kind) {
      case 'value':
        return causesOf(binding.pieces);
      case 'no-value':
        return [{ name, reason: 'no-value', declaredAt: binding.declaredAt }];
      case 'set-by-builder':
        return [{ name, reason: 'set-by-builder' }];
    }
  }

  private modified(name: string, operator: string, word: Piece[], written: string, start: number): Piece[] {
    const binding = this.scope.get(name);
    const nullIsUnset = operator.startsWith(':');
    const base = operator.replace(':', '');
    // Docker's view: an ARG without a value is set and empty; a platform variable is set.
    const emptiness: Emptiness | 'unset' =
      binding === undefined
        ? 'unset'
        : binding.kind === 'value'
          ? emptinessOf(binding.pieces)
          : binding.kind === 'no-value'
            ? 'empty'
            : 'unknown';
    const missing = emptiness === 'unset' || (nullIsUnset && emptiness === 'empty');
    const undecidable = nullIsUnset && emptiness === 'unknown';
    const undecided = (): Piece[] =>
      this.unresolved(written, binding === undefined ? [] : this.causesOfBinding(name, binding));

    switch (base) {
      case '-':
        if (undecidable) return undecided();
        return missing ? word : this.valueOf(name, written);
      case '+':
        if (undecidable) return undecided();
        return missing ? [] : word;
      case '?': {
        const message = knownText(word) || (emptiness === 'unset' ? 'is not allowed to be unset' : 'is not allowed to be empty');
        if (undecidable) return undecided();
        if (missing) {
          const reason: UnresolvedReason = binding === undefined ? 'not-declared' : binding.kind === 'set-by-builder' ? 'set-by-builder' : 'no-value';
          const cause: UnresolvedVariable =
            binding?.kind === 'no-value'
              ? { name, reason, declaredAt: binding.declaredAt, message }
              : { name, reason, message };
          return this.unresolved(written, [cause]);
        }
        return this.valueOf(name, written);
      }
      default: {
        // `#`, `##`, `%`, `%%`: the result is the variable's value, trimmed.
        const value = this.valueOf(name, written);
        const valueText = knownText(value);
        const patternText = knownText(word);
        if (valueText === undefined || patternText === undefined) {
          return this.unresolved(written, [...causesOf(value), ...causesOf(word)]);
        }
        const longest = patternText.startsWith(base);
        const pattern = longest ? patternText.slice(1) : patternText;
        const trimmed =
          base === '#' ? removePrefix(valueText, pattern, longest, start) : removeSuffix(valueText, pattern, longest, start);
        return trimmed === '' ? [] : [{ kind: 'text', text: trimmed }];
      }
    }
  }

  private replaced(name: string, pattern: Piece[], replacement: Piece[], all: boolean, written: string, start: number): Piece[] {
    const value = this.valueOf(name, written);
    const valueText = knownText(value);
    const patternText = knownText(pattern);
    const replacementText = knownText(replacement);
    if (valueText === undefined || patternText === undefined || replacementText === undefined) {
      return this.unresolved(written, [...causesOf(value), ...causesOf(pattern), ...causesOf(replacement)]);
    }
    const result = replacePattern(valueText, patternText, replacementText, all, start);
    return result === '' ? [] : [{ kind: 'text', text: result }];
  }
}

/** Expands one word; throws `ExpansionError` (with an offset into `text`) on bad syntax. */
export function expandWord(text: string, scope: Scope, escape: EscapeToken): Piece[] {
  return new Expander(text, scope, escape).run();
}
