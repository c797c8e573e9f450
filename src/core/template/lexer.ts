/**
 * Jinja2's lexer, with Jinja2's default settings.
 *
 * nunjucks' own lexer differs from Jinja2's in ways real templates hit: it drops the
 * backslash of unknown string escapes (`'\d'` → `d`), knows neither `True`/`False`/`None`
 * nor `0x`/`1_000` literals, rejects a lone `#}` in text, and keeps the template's final
 * newline. This lexer follows Jinja2 3.1 instead:
 *
 * - newlines are normalised to `\n`, and ONE trailing newline of the source is dropped
 *   (Jinja2's `keep_trailing_newline=False`);
 * - `trim_blocks` and `lstrip_blocks` are off; `{%-`, `-%}`, `{{-`, `-}}`, `{#-`, `-#}`
 *   strip all whitespace (newlines included) on their side; `{%+` and `+%}` change nothing;
 * - `{% raw %}…{% endraw %}` is text;
 * - string literals decode Python escapes, keeping unknown ones (`'\d'` stays `\d`).
 */

export type TokenType =
  | 'data'
  | 'block_begin'
  | 'block_end'
  | 'variable_begin'
  | 'variable_end'
  | 'name'
  | 'string'
  | 'integer'
  | 'float'
  | 'add'
  | 'sub'
  | 'div'
  | 'floordiv'
  | 'mul'
  | 'mod'
  | 'pow'
  | 'tilde'
  | 'lbracket'
  | 'rbracket'
  | 'lparen'
  | 'rparen'
  | 'lbrace'
  | 'rbrace'
  | 'eq'
  | 'ne'
  | 'gt'
  | 'gteq'
  | 'lt'
  | 'lteq'
  | 'assign'
  | 'dot'
  | 'colon'
  | 'pipe'
  | 'comma'
  | 'semicolon'
  /** A lexing error, raised when the parser reaches it (Jinja2's lexer is lazy, so an
   * earlier parse error wins over a later lexing error). */
  | 'error'
  | 'eof';

export interface Token {
  readonly type: TokenType;
  /** Text for data, names and strings (decoded); the number for integer and float tokens. */
  readonly value: string | number;
  /** True for a float literal: `1.0` is a float even though its value is integral. */
  readonly isFloat?: boolean;
  readonly line: number;
  readonly column: number;
}

// Longest first, so that `//` wins over `/`.
const OPERATORS: ReadonlyArray<readonly [string, TokenType]> = [
  ['//', 'floordiv'],
  ['**', 'pow'],
  ['==', 'eq'],
  ['!=', 'ne'],
  ['>=', 'gteq'],
  ['<=', 'lteq'],
  ['+', 'add'],
  ['-', 'sub'],
  ['/', 'div'],
  ['*', 'mul'],
  ['%', 'mod'],
  ['~', 'tilde'],
  ['[', 'lbracket'],
  [']', 'rbracket'],
  ['(', 'lparen'],
  [')', 'rparen'],
  ['{', 'lbrace'],
  ['}', 'rbrace'],
  ['>', 'gt'],
  ['<', 'lt'],
  ['=', 'assign'],
  ['.', 'dot'],
  [':', 'colon'],
  ['|', 'pipe'],
  [',', 'comma'],
  [';', 'semicolon'],
];

const CLOSING: Partial<Record<TokenType, TokenType>> = { lparen: 'rparen', lbracket: 'rbracket', lbrace: 'rbrace' };

// The regular expressions of Jinja2's lexer (sticky, applied at the current position).
const WHITESPACE = /\s+/y;
const FLOAT = /(?:\d+_)*\d+(?:(?:\.(?:\d+_)*\d+)?[eE][+-]?(?:\d+_)*\d+|\.(?:\d+_)*\d+)/y;
const INTEGER = /0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|0[xX](?:_?[\da-fA-F])+|[1-9](?:_?\d)*|0(?:_?0)*/y;
const NAME = /[\p{ID_Start}_][\p{ID_Continue}]*/uy;
const STRING = /'([^'\\]*(?:\\.[^'\\]*)*)'|"([^"\\]*(?:\\.[^"\\]*)*)"/sy;
const BLOCK_END = /\+%\}|-%\}\s*|%\}/y;
const VARIABLE_END = /-\}\}\s*|\}\}/y;
const COMMENT_END = /\+#\}|-#\}\s*|#\}/g;
const RAW_BEGIN = /\{%[-+]?\s*raw\s*(?:-%\}\s*|%\})/y;
const RAW_END = /\{%([-+]?)\s*endraw\s*(?:\+%\}|-%\}\s*|%\})/g;
const TAG_START = /\{\{|\{%|\{#/g;

/**
 * Jinja2's source normalisation: `\r\n` and `\r` become `\n`, and one trailing newline
 * is dropped. Line numbers are unchanged by it.
 */
export function normalizeSource(source: string): string {
  const normalized = source.replace(/\r\n|\r/g, '\n');
  return normalized.endsWith('\n') ? normalized.slice(0, -1) : normalized;
}

/** Python's str.rstrip(): strips trailing whitespace. */
function rstrip(text: string): string {
  return text.replace(/\s+$/u, '');
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

class Lexer {
  private readonly tokens: Token[] = [];
  private pos = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly source: string) {}

  run(): Token[] {
    try {
      while (this.pos < this.source.length) this.lexData();
    } catch (error) {
      if (!(error instanceof LexError)) throw error;
      this.tokens.push({ type: 'error', value: error.message, line: error.line, column: error.column });
      return this.tokens;
    }
    // Jinja2's end-of-template token carries the line of the last token.
    const last = this.tokens[this.tokens.length - 1];
    this.tokens.push({ type: 'eof', value: '', line: last?.line ?? 1, column: last?.column ?? 1 });
    return this.tokens;
  }

  private column(pos: number): number {
    return pos - this.lineStart + 1;
  }

  private fail(message: string, pos = this.pos): never {
    throw new LexError(message, this.line, this.column(pos));
  }

  /** Moves to `to`, keeping line and column in step. */
  private advance(to: number): void {
    for (let i = this.source.indexOf('\n', this.pos); i !== -1 && i < to; i = this.source.indexOf('\n', i + 1)) {
      this.line++;
      this.lineStart = i + 1;
    }
    this.pos = to;
  }

  private push(type: TokenType, value: string | number, start: number, line: number, lineStart: number, isFloat?: boolean): void {
    const token: Token = { type, value, line, column: start - lineStart + 1 };
    this.tokens.push(isFloat ? { ...token, isFloat } : token);
  }

  /** Text up to the next tag, then the tag. */
  private lexData(): void {
    TAG_START.lastIndex = this.pos;
    const tag = TAG_START.exec(this.source);
    const tagPos = tag ? tag.index : this.source.length;
    let text = this.source.slice(this.pos, tagPos);
    const sign = tag ? this.source[tagPos + 2] : undefined;
    if (sign === '-') text = rstrip(text);
    if (text) this.push('data', text, this.pos, this.line, this.lineStart);
    this.advance(tagPos);
    if (!tag) return;

    RAW_BEGIN.lastIndex = tagPos;
    if (tag[0] === '{%' && RAW_BEGIN.test(this.source)) {
      this.lexRaw(RAW_BEGIN.lastIndex);
      return;
    }
    const afterTag = tagPos + 2 + (sign === '-' || sign === '+' ? 1 : 0);
    if (tag[0] === '{#') this.lexComment(afterTag);
    else if (tag[0] === '{%') this.lexTag('block_begin', 'block_end', BLOCK_END, tagPos, afterTag);
    else this.lexTag('variable_begin', 'variable_end', VARIABLE_END, tagPos, afterTag);
  }

  private lexRaw(bodyStart: number): void {
    RAW_END.lastIndex = bodyStart;
    const end = RAW_END.exec(this.source);
    if (!end) this.fail('Missing end of raw directive');
    let text = this.source.slice(bodyStart, end.index);
    if (end[1] === '-') text = rstrip(text);
    const line = this.line + countNewlines(this.source.slice(this.pos, bodyStart));
    const lineStart = Math.max(this.lineStart, this.source.lastIndexOf('\n', bodyStart - 1) + 1);
    if (text) this.push('data', text, bodyStart, line, lineStart);
    this.advance(end.index + end[0].length);
  }

  private lexComment(bodyStart: number): void {
    COMMENT_END.lastIndex = bodyStart;
    const end = COMMENT_END.exec(this.source);
    if (!end) this.fail('Missing end of comment tag');
    this.advance(end.index + end[0].length);
  }

  private lexTag(begin: TokenType, endType: TokenType, endPattern: RegExp, tagPos: number, bodyStart: number): void {
    this.push(begin, this.source.slice(tagPos, bodyStart), tagPos, this.line, this.lineStart);
    this.advance(bodyStart);
    const balancing: TokenType[] = [];
    for (;;) {
      // An unclosed tag: the parser reports it when it reaches the end of the template.
      if (this.pos >= this.source.length) return;
      if (balancing.length === 0) {
        endPattern.lastIndex = this.pos;
        const end = endPattern.exec(this.source);
        if (end) {
          this.push(endType, end[0], this.pos, this.line, this.lineStart);
          this.advance(this.pos + end[0].length);
          return;
        }
      }
      this.lexExpressionToken(balancing);
    }
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.pos;
    const m = pattern.exec(this.source);
    return m ? m[0] : undefined;
  }

  private lexExpressionToken(balancing: TokenType[]): void {
    const start = this.pos;
    const { line, lineStart } = this;
    const whitespace = this.match(WHITESPACE);
    if (whitespace) {
      this.advance(start + whitespace.length);
      return;
    }
    const previous = this.source[start - 1];
    const float = previous === '.' ? undefined : this.match(FLOAT);
    if (float) {
      this.push('float', Number(float.replace(/_/g, '')), start, line, lineStart, true);
      this.advance(start + float.length);
      return;
    }
    const integer = this.match(INTEGER);
    if (integer) {
      this.push('integer', parseInteger(integer), start, line, lineStart);
      this.advance(start + integer.length);
      return;
    }
    const name = this.match(NAME);
    if (name) {
      this.push('name', name, start, line, lineStart);
      this.advance(start + name.length);
      return;
    }
    STRING.lastIndex = start;
    const string = STRING.exec(this.source);
    if (string) {
      const body = string[1] ?? string[2] ?? '';
      let decoded: string;
      try {
        decoded = decodeEscapes(body);
      } catch (error) {
        this.fail((error as Error).message, start);
      }
      this.push('string', decoded, start, line, lineStart);
      this.advance(start + string[0].length);
      return;
    }
    for (const [text, type] of OPERATORS) {
      if (!this.source.startsWith(text, start)) continue;
      const closing = CLOSING[type];
      if (closing) balancing.push(closing);
      else if (type === 'rparen' || type === 'rbracket' || type === 'rbrace') {
        const expected = balancing.pop();
        if (expected === undefined) this.fail(`unexpected '${text}'`, start);
        if (expected !== type) this.fail(`unexpected '${text}', expected '${operatorText(expected)}'`, start);
      }
      this.push(type, text, start, line, lineStart);
      this.advance(start + text.length);
      return;
    }
    this.fail(`unexpected char ${JSON.stringify(this.source[start])} at ${start}`, start);
  }
}

class LexError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

function operatorText(type: TokenType): string {
  return OPERATORS.find(([, t]) => t === type)?.[0] ?? type;
}

function parseInteger(text: string): number {
  const digits = text.replace(/_/g, '');
  const prefix = digits.slice(0, 2).toLowerCase();
  if (prefix === '0b') return parseInt(digits.slice(2), 2);
  if (prefix === '0o') return parseInt(digits.slice(2), 8);
  if (prefix === '0x') return parseInt(digits.slice(2), 16);
  return Number(digits);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\n': '',
};

/** Python's unicode-escape decoding, as Jinja2 applies it to string literals. */
function decodeEscapes(body: string): string {
  const text = body.replace(/\r\n|\r/g, '\n');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch !== '\\' || i === text.length - 1) {
      out += ch;
      continue;
    }
    const next = text[i + 1] as string;
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      i++;
    } else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1))?.[0] ?? '';
      out += String.fromCodePoint(parseInt(octal, 8));
      i += octal.length;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const width = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = text.slice(i + 2, i + 2 + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) {
        throw new Error(`truncated \\${next}${'X'.repeat(width)} escape`);
      }
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw new Error('illegal Unicode character');
      out += String.fromCodePoint(code);
      i += 1 + width;
    } else if (next === 'N') {
      throw new Error('\\N{...} escapes (Unicode character names) are not supported');
    } else {
      // Python keeps the backslash of an unknown escape.
      out += ch;
    }
  }
  return out;
}

/** The tokens of a template source (already normalised by `normalizeSource`). */
export function tokenize(source: string): Token[] {
  return new Lexer(source).run();
}
