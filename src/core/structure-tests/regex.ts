/**
 * container-structure-test matches with Go's regexp (RE2 syntax, `MatchString`: a match anywhere
 * in the text). Most RE2 is valid JavaScript with the same meaning; this translates the parts
 * that are not, so that a published test file means here what it means there:
 *
 * - leading flags `(?i)`, `(?s)`, `(?m)` (and combinations) → JavaScript flags;
 * - `(?P<name>…)` → `(?<name>…)`;
 * - `\A`, `\z` → start and end of the whole text, whatever the flags;
 * - `\Q…\E` → the text in between, escaped;
 * - POSIX classes inside brackets (`[[:alpha:]]`) → ranges;
 * - `\pL` / `\p{Greek}` → Unicode property escapes (the `u` flag is added for them).
 *
 * What RE2 has and JavaScript cannot express (`(?U)` ungreedy mode, flags switched on in the
 * middle of a pattern) is refused with a reason, rather than silently meaning something else.
 */

export class GoRegexError extends Error {
  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'GoRegexError';
  }
}

const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

const JS_FLAGS = new Set(['i', 'm', 's']);

function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** Reads the leading `(?flags)` groups RE2 allows; returns JS flags and the rest. */
function leadingFlags(pattern: string): { flags: string; rest: string } {
  let rest = pattern;
  const flags = new Set<string>();
  for (let match = /^\(\?([a-zA-Z]+)\)/.exec(rest); match; match = /^\(\?([a-zA-Z]+)\)/.exec(rest)) {
    for (const flag of match[1] ?? '') {
      if (flag === 'U') throw new GoRegexError(pattern, 'the ungreedy flag (?U) has no JavaScript equivalent; write lazy quantifiers (*?, +?) instead');
      if (!JS_FLAGS.has(flag)) throw new GoRegexError(pattern, `unknown flag "${flag}" in (?${match[1]})`);
      flags.add(flag);
    }
    rest = rest.slice(match[0].length);
  }
  return { flags: [...flags].sort().join(''), rest };
}

export interface TranslatedRegex {
  readonly source: string;
  readonly flags: string;
}

/** Translates an RE2 pattern to a JavaScript source and flags; throws `GoRegexError`. */
export function translateGoRegex(pattern: string): TranslatedRegex {
  const { flags: leading, rest } = leadingFlags(pattern);
  let out = '';
  let unicode = false;
  let inClass = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i] as string;
    if (c === '\\') {
      const next = rest[i + 1];
      if (next === undefined) throw new GoRegexError(pattern, 'it ends with a lone backslash');
      if (next === 'Q') {
        const end = rest.indexOf('\\E', i + 2);
        const literal = end < 0 ? rest.slice(i + 2) : rest.slice(i + 2, end);
        out += escapeLiteral(literal);
        i = end < 0 ? rest.length : end + 1;
        continue;
      }
      if (!inClass && next === 'A') {
        out += '(?<![\\s\\S])';
        i++;
        continue;
      }
      if (!inClass && next === 'z') {
        out += '(?![\\s\\S])';
        i++;
        continue;
      }
      if (next === 'p' || next === 'P') {
        unicode = true;
        const brace = rest[i + 2] === '{';
        if (brace) {
          const end = rest.indexOf('}', i + 3);
          if (end < 0) throw new GoRegexError(pattern, `unterminated \\${next}{…}`);
          out += `\\${next}{${rest.slice(i + 3, end)}}`;
          i = end;
        } else {
          const letter = rest[i + 2];
          if (letter === undefined) throw new GoRegexError(pattern, `\\${next} needs a class name`);
          out += `\\${next}{${letter}}`;
          i += 2;
        }
        continue;
      }
      out += c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[' && rest[i + 1] === ':') {
        const end = rest.indexOf(':]', i + 2);
        if (end > 0) {
          const name = rest.slice(i + 2, end);
          const negated = name.startsWith('^');
          const ranges = POSIX_CLASSES[negated ? name.slice(1) : name];
          if (ranges === undefined) throw new GoRegexError(pattern, `unknown POSIX class [:${name}:]`);
          if (negated) throw new GoRegexError(pattern, `a negated POSIX class [:${name}:] inside brackets is not supported; use [^[:${name.slice(1)}:]]`);
          out += ranges;
          i = end + 1;
          continue;
        }
      }
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal in RE2 as in POSIX; JavaScript needs it escaped.
      if (rest[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (rest[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && rest[i + 1] === '?') {
      if (rest[i + 2] === 'P' && rest[i + 3] === '<') {
        out += '(?<';
        i += 3;
        continue;
      }
      const inline = /^\(\?([a-zA-Z]+)\)/.exec(rest.slice(i));
      if (inline) throw new GoRegexError(pattern, `flags (?${inline[1]}) can only be given at the start of the pattern here`);
    }
    out += c;
  }
  if (inClass) throw new GoRegexError(pattern, 'a [ is not closed');
  return { source: out, flags: leading + (unicode ? 'u' : '') };
}

/** The compiled JavaScript RegExp for an RE2 pattern; throws `GoRegexError` with the reason. */
export function compileGoRegex(pattern: string): RegExp {
  const { source, flags } = translateGoRegex(pattern);
  try {
    return new RegExp(source, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
    throw new GoRegexError(pattern, reason);
  }
}

/** `MatchString`: does the pattern match anywhere in the text. */
export function goRegexMatches(pattern: string, text: string): boolean {
  return compileGoRegex(pattern).test(text);
}
