/**
 * Collects the problems found while turning validated data into the typed configuration, so
 * that one run reports every mistake in images.yaml, each at its place.
 */
import type { Diagnostic } from '../diagnostics.js';
import { formatDataPath, type DataPath, type YamlLocator } from './positions.js';
import { normalizeRepoPath } from './paths.js';

export class Problems {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly locator: YamlLocator) {}

  /** A problem with the value at `path`: "<path>: <what>". */
  atValue(path: DataPath, what: string, hint?: string): void {
    this.diagnostics.push({
      message: `${formatDataPath(path)}: ${what}`,
      location: this.locator.locate(path),
      ...(hint ? { hint } : {}),
    });
  }

  /** A problem with the key at the end of `path` (its presence, not its value). */
  atKey(path: DataPath, what: string, hint?: string): void {
    this.diagnostics.push({
      message: `${formatDataPath(path)}: ${what}`,
      location: this.locator.locateKey(path),
      ...(hint ? { hint } : {}),
    });
  }

  /** A repository-relative path, normalised; undefined (and a problem) when it leaves the repository. */
  repoPath(path: DataPath, raw: string): string | undefined {
    const result = normalizeRepoPath(raw);
    if (result.ok) return result.path;
    this.atValue(path, result.why, result.hint);
    return undefined;
  }

  /** A regular expression known to compile, or undefined (and a problem). */
  regex(path: DataPath, source: string): string | undefined {
    try {
      new RegExp(source);
      return source;
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
      this.atValue(path, `not a valid regular expression: ${reason}`, 'Use JavaScript regular expression syntax; escape special characters such as . ( [ with a backslash.');
      return undefined;
    }
  }

  /** A build argument or environment value as text: numbers and booleans as the user typed them. */
  scalarText(path: DataPath, value: string | number | boolean): string {
    if (typeof value === 'string') return value;
    return this.locator.scalarSource(path) ?? String(value);
  }
}

/** A record without a prototype, so that user-chosen keys ("constructor", "__proto__") are plain keys. */
export function plainRecord<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const record = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}
