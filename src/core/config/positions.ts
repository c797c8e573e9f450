/**
 * From a path into the data (['images', 'foo', 'depends-on', 0]) back to a line and column
 * in the YAML text, so that every problem can point at the place to fix.
 *
 * The walk follows aliases and `<<` merge keys, and stops at the deepest node that exists:
 * a missing key is reported at the mapping that lacks it.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { SourceLocation } from '../diagnostics.js';

export type DataPath = readonly (string | number)[];

interface Found {
  readonly node: Node | undefined;
  /** The pair whose value `node` is, when it was reached through a mapping. */
  readonly pair?: Pair;
}

const MERGE_KEY = '<<';

export class YamlLocator {
  constructor(
    readonly file: string,
    private readonly document: Document | undefined,
    private readonly lineCounter: LineCounter | undefined,
  ) {}

  /** Where the value at `path` starts; the nearest existing ancestor when it does not exist. */
  locate(path: DataPath): SourceLocation {
    const found = this.walk(path);
    const value = found.at(-1);
    if (!value) return this.at(undefined);
    // `key:` with nothing after it: the empty value has no place of its own; point at the key.
    if (value.pair && isEmptyScalar(value.node)) return this.at(value.pair.key as Node | null);
    return this.at(value.node ?? (value.pair?.key as Node | null));
  }

  /** Where the key of the last segment of `path` is (for unknown keys); else as `locate`. */
  locateKey(path: DataPath): SourceLocation {
    const found = this.walk(path);
    const last = found.at(-1);
    if (found.length === path.length + 1 && last?.pair) return this.at(last.pair.key as Node | null);
    return this.locate(path);
  }

  /** The text of the scalar at `path` as the user typed it ("3.10" for a value read as 3.1). */
  scalarSource(path: DataPath): string | undefined {
    const found = this.walk(path);
    if (found.length !== path.length + 1) return undefined;
    const node = this.resolve(found.at(-1)?.node);
    return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  }

  /** The nodes along `path`, starting with the document's root; shorter when the path leaves the data. */
  private walk(path: DataPath): Found[] {
    const root = this.document?.contents ?? undefined;
    if (!root) return [];
    const found: Found[] = [{ node: root }];
    let node: Node | undefined = root;
    for (const segment of path) {
      const next = this.child(node, segment);
      if (!next) break;
      found.push(next);
      node = next.node;
    }
    return found;
  }

  private child(node: Node | undefined, segment: string | number): Found | undefined {
    const target = this.resolve(node);
    if (isSeq(target)) {
      const index = typeof segment === 'number' ? segment : /^[0-9]+$/.test(segment) ? Number(segment) : NaN;
      const item = target.items[index];
      return item === undefined ? undefined : { node: (item as Node | null) ?? undefined };
    }
    if (isMap(target)) {
      for (const pair of target.items) {
        if (isScalar(pair.key) && String(pair.key.value) === String(segment)) {
          return { node: (pair.value as Node | null) ?? undefined, pair };
        }
      }
      // Keys brought in by `<<: *anchor` (or a list of anchors) live in the merged mappings.
      for (const pair of target.items) {
        if (!isMergeKey(pair.key)) continue;
        const sources = this.resolve((pair.value as Node | null) ?? undefined);
        const candidates = isSeq(sources) ? sources.items.map((i) => (i as Node | null) ?? undefined) : [sources];
        for (const candidate of candidates) {
          const merged = this.child(candidate, segment);
          if (merged) return merged;
        }
      }
    }
    return undefined;
  }

  private resolve(node: Node | undefined): Node | undefined {
    if (node && isAlias(node) && this.document) return (node.resolve(this.document) as Node | undefined) ?? undefined;
    return node;
  }

  private at(node: Node | null | undefined): SourceLocation {
    const offset = node && !isPair(node) ? node.range?.[0] : undefined;
    if (offset === undefined || !this.lineCounter) return { file: this.file, line: 1, column: 1 };
    const { line, col } = this.lineCounter.linePos(offset);
    return { file: this.file, line, column: col };
  }
}

/** `<<`, which yaml reads as a symbol when merge keys are on. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  return typeof key.value === 'symbol' ? key.value.description === MERGE_KEY : key.value === MERGE_KEY;
}

function isEmptyScalar(node: Node | undefined): boolean {
  return node === undefined || (isScalar(node) && node.value === null && !node.source);
}

/** `images.foo.depends-on[0]`: a path as a person reads it in a message. */
export function formatDataPath(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(the top level)' : out;
}
