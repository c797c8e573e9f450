/**
 * Secrets (passwords, identity tokens, bearer tokens) are wrapped so that printing, logging or
 * serialising the object that holds one shows `***`. The value is reached only through
 * `reveal()`, at the one place that puts it into a request header.
 *
 * A `Redactor` remembers every secret value the client has used and scrubs it (and the Basic
 * header made from it) from any text before that text reaches a log line or an error message:
 * a second line of defence against a registry or token server that echoes what it was sent.
 */
import { inspect } from 'node:util';

const MASK = '***';

export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  get isEmpty(): boolean {
    return this.#value === '';
  }

  toString(): string {
    return MASK;
  }

  toJSON(): string {
    return MASK;
  }

  [inspect.custom](): string {
    return `Secret(${MASK})`;
  }
}

export class Redactor {
  readonly #values = new Set<string>();

  /** Remembers a value to scrub. Very short values are ignored: scrubbing them would mangle text. */
  add(value: string): void {
    if (value.length >= 4) this.#values.add(value);
  }

  redact(text: string): string {
    let out = text;
    for (const value of this.#values) {
      if (out.includes(value)) out = out.split(value).join(MASK);
    }
    return out;
  }
}
