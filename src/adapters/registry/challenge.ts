/**
 * `WWW-Authenticate` parsing (RFC 9110 §11.6.1): one header may carry several challenges, each
 * a scheme with comma-separated `name=value` parameters whose values may be quoted strings
 * containing commas, `=` and backslash escapes. Registries answer `Bearer realm=…,service=…,
 * scope=…[,error=insufficient_scope]` or `Basic realm=…`.
 */

export interface Challenge {
  /** Lowercased: `bearer`, `basic`. */
  readonly scheme: string;
  /** Parameter names lowercased; values as sent, unquoted. */
  readonly params: Readonly<Record<string, string>>;
  /** The token68 form (`Negotiate abc==`), rare in registries. */
  readonly token68?: string;
}

const TOKEN_CHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
const TOKEN68_CHAR = /[A-Za-z0-9._~+/-]/;

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string {
    return this.text[this.pos] ?? '';
  }

  skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }

  skipSpacesAndCommas(): void {
    while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === ',') this.pos++;
  }

  token(): string {
    const start = this.pos;
    while (!this.done && TOKEN_CHAR.test(this.peek())) this.pos++;
    return this.text.slice(start, this.pos);
  }

  /** An unquoted value. RFC 9110 allows only a token; be lenient and read up to a comma or space. */
  bareValue(): string {
    const start = this.pos;
    while (!this.done && this.peek() !== ',' && this.peek() !== ' ' && this.peek() !== '\t') this.pos++;
    return this.text.slice(start, this.pos);
  }

  quoted(): string {
    // Called on the opening quote.
    this.pos++;
    let out = '';
    while (!this.done) {
      const c = this.peek();
      this.pos++;
      if (c === '\\') {
        out += this.peek();
        this.pos++;
      } else if (c === '"') {
        return out;
      } else {
        out += c;
      }
    }
    return out; // An unterminated string ends at the end of the header: be lenient, as browsers are.
  }
}

export function parseChallenges(header: string): Challenge[] {
  const s = new Scanner(header);
  const challenges: Challenge[] = [];
  for (;;) {
    s.skipSpacesAndCommas();
    if (s.done) break;
    const scheme = s.token();
    if (scheme === '') {
      s.pos++; // Skip a stray character rather than loop forever on malformed input.
      continue;
    }
    s.skipSpaces();
    const params: Record<string, string> = {};
    let token68: string | undefined;

    const t68 = readToken68(s);
    if (t68 !== undefined) {
      token68 = t68;
    } else {
      for (;;) {
        s.skipSpaces();
        const save = s.pos;
        const name = s.token();
        s.skipSpaces();
        if (name === '' || s.peek() !== '=') {
          s.pos = save; // Not a parameter: the start of the next challenge.
          break;
        }
        s.pos++;
        s.skipSpaces();
        const value = s.peek() === '"' ? s.quoted() : s.bareValue();
        params[name.toLowerCase()] = value;
        s.skipSpaces();
        if (s.peek() !== ',') break;
        // After a comma comes either another parameter or the next challenge's scheme.
        s.skipSpacesAndCommas();
      }
    }
    challenges.push(token68 === undefined ? { scheme: scheme.toLowerCase(), params } : { scheme: scheme.toLowerCase(), params, token68 });
  }
  return challenges;
}

/**
 * Reads a token68 (`abc==`) when it stands alone, followed by a comma or the end; otherwise
 * leaves `s` unmoved. `realm="x"` or `realm=x` is never one: after its `=` comes a value.
 */
function readToken68(s: Scanner): string | undefined {
  const start = s.pos;
  while (!s.done && TOKEN68_CHAR.test(s.peek())) s.pos++;
  if (s.pos === start) return undefined;
  while (s.peek() === '=') s.pos++;
  const end = s.pos;
  s.skipSpaces();
  if (s.done || s.peek() === ',') {
    return s.text.slice(start, end);
  }
  s.pos = start;
  return undefined;
}

export interface BearerChallenge {
  readonly realm: string;
  readonly service?: string;
  readonly scope?: string;
  readonly error?: string;
}

/** The first Bearer challenge with a realm, if any. */
export function findBearer(challenges: readonly Challenge[]): BearerChallenge | undefined {
  const c = challenges.find((ch) => ch.scheme === 'bearer' && typeof ch.params['realm'] === 'string' && ch.params['realm'] !== '');
  if (!c) return undefined;
  const realm = c.params['realm'] ?? '';
  const out: { realm: string; service?: string; scope?: string; error?: string } = { realm };
  if (c.params['service'] !== undefined) out.service = c.params['service'];
  if (c.params['scope'] !== undefined) out.scope = c.params['scope'];
  if (c.params['error'] !== undefined) out.error = c.params['error'];
  return out;
}

export function hasBasic(challenges: readonly Challenge[]): boolean {
  return challenges.some((c) => c.scheme === 'basic');
}
