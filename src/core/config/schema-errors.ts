/**
 * Ajv's errors turned into messages a person can act on: where (file, line, column of the key
 * or value), what was expected and what was found, and a "did you mean" for mistyped keys.
 */
import type { ErrorObject } from 'ajv';
import type { Diagnostic, SourceLocation } from '../diagnostics.js';
import { formatDataPath, type DataPath, type YamlLocator } from './positions.js';
import { closest, didYouMean } from './suggest.js';

// A command (definitions/argv) given as text: its type error gets a hint of its own. Known by the
// schema path, as the generated validator's errors carry copies of the schema, not the object.
const ARGV_TYPE_PATH = '#/definitions/argv/type';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  object: 'a mapping',
  array: 'a list',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'a boolean',
  null: 'nothing',
};

const TYPE_HINTS: Readonly<Record<string, string>> = {
  object: 'Write "key: value" lines indented below it, or {key: value}.',
  array: 'Write a list: [a, b], or one "- item" per line below it.',
  string: 'Write text; quote it if it would otherwise read as a number or a boolean.',
  number: 'Write a number, without quotes.',
  integer: 'Write a whole number, without quotes.',
  boolean: 'Write true or false, without quotes.',
};

function expectedTypes(type: unknown): string[] {
  const types = Array.isArray(type) ? (type as string[]) : [String(type)];
  // `null` is accepted where an empty `key:` means the same as `{}`; it is no help to mention it.
  const shown = types.length > 1 ? types.filter((t) => t !== 'null') : types;
  return shown;
}

function joinOr(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** What a value is, for "found ...". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'object':
      return 'a mapping';
    case 'string':
      return `text (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    case 'number':
      return Number.isInteger(value) ? `a whole number (${value})` : `a number (${value})`;
    case 'boolean':
      return `a boolean (${value})`;
    default:
      return typeof value;
  }
}

/** Splits a JSON pointer, using the data to tell list indexes from keys that look like numbers. */
function pointerToPath(pointer: string, root: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(segment);
      path.push(index);
      node = node[index];
    } else {
      path.push(segment);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

/** "(an http check)" for errors inside one kind of check, whose keys differ from the others'. */
function checkKind(error: ErrorObject): string {
  // Inside a check's branch the failing schema is that kind's definition, whose `type` is a const.
  const properties = error.parentSchema?.properties as Record<string, { const?: unknown }> | undefined;
  const type = properties?.type?.const;
  if (typeof type !== 'string') return '';
  return ` (${type === 'http' || type === 'exec' ? 'an' : 'a'} ${type} check)`;
}

interface Translated {
  readonly path: DataPath;
  readonly diagnostic: Diagnostic;
}

function translate(error: ErrorObject, root: unknown, locator: YamlLocator): Translated | undefined {
  const path = pointerToPath(error.instancePath, root);
  const at = (location: SourceLocation, message: string, hint?: string): Translated => ({
    path,
    diagnostic: { message, location, ...(hint ? { hint } : {}) },
  });
  const params = error.params as Record<string, unknown>;
  const label = formatDataPath(path);

  switch (error.keyword) {
    case 'if':
    case 'propertyNames':
      // Wrappers: the errors of the branch (or of the property name) say what is wrong.
      return undefined;
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
      const inWhat = path.length === 0 ? 'at the top level' : `in ${label}${checkKind(error)}`;
      return {
        path: [...path, key],
        diagnostic: {
          message: `unknown key "${key}" ${inWhat}`,
          location: locator.locateKey([...path, key]),
          hint:
            (didYouMean(key, allowed, 'Keys allowed here') || 'Remove it.') +
            (path.length === 0 && closest(key, allowed) === undefined ? ` An image's settings go under images: ${key}:.` : ''),
        },
      };
    }
    case 'type': {
      const expected = expectedTypes(params.type);
      const first = expected[0] ?? '';
      const argv = error.schemaPath === ARGV_TYPE_PATH;
      const hint = argv
        ? 'A command is a list of arguments and never runs through a shell: write [program, arg1, arg2].'
        : expected.length === 1
          ? TYPE_HINTS[first]
          : undefined;
      return at(
        locator.locate(path),
        `${label}: expected ${joinOr(expected.map((t) => TYPE_NAMES[t] ?? t))}, found ${describeValue(error.data)}`,
        hint,
      );
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = error.data;
      const hint = typeof value === 'string' ? didYouMean(value, allowed, 'Allowed') : `Allowed: ${allowed.join(', ')}.`;
      return at(locator.locate(path), `${label}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}${checkKind(error)}`, hint);
    }
    case 'const':
      return at(
        locator.locate(path),
        `${label}: expected ${JSON.stringify(params.allowedValue)}, found ${JSON.stringify(error.data)}`,
        `Write ${formatDataPath(path.slice(-1))}: ${JSON.stringify(params.allowedValue)}.`,
      );
    case 'required': {
      const key = String(params.missingProperty);
      return at(locator.locate(path), `${label}: missing required key "${key}"${checkKind(error)}`, `Add "${key}: …".`);
    }
    case 'pattern': {
      const explained = (error.parentSchema?.patternErrorMessage as string | undefined) ?? `text matching ${String(params.pattern)}`;
      if (error.propertyName !== undefined) {
        return {
          path: [...path, error.propertyName],
          diagnostic: {
            message: `${label}: the key "${error.propertyName}" is not ${explained}`,
            location: locator.locateKey([...path, error.propertyName]),
          },
        };
      }
      return at(locator.locate(path), `${label}: ${JSON.stringify(error.data)} is not ${explained}`);
    }
    case 'minItems':
      return at(locator.locate(path), params.limit === 1 ? `${label}: the list is empty` : `${label}: needs at least ${String(params.limit)} items`, 'Add an item, or remove the key to take the default.');
    case 'minLength':
      return at(locator.locate(path), `${label}: the text is empty`, 'Write a value, or remove the key to take the default.');
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const bound = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' }[error.keyword];
      return at(locator.locate(path), `${label}: ${JSON.stringify(error.data)} is out of range: it must be ${bound} ${String(params.limit)}`);
    }
    case 'uniqueItems': {
      const later = Math.max(Number(params.i), Number(params.j));
      const items = error.data as unknown[];
      return {
        path: [...path, later],
        diagnostic: {
          message: `${label}: ${JSON.stringify(items[later])} is listed twice`,
          location: locator.locate([...path, later]),
          hint: 'Remove the repeated item.',
        },
      };
    }
    default:
      return at(locator.locate(path), `${label}: ${error.message ?? 'is not valid'}`);
  }
}

/** The place in the data each error is about (the offending key itself for unknown and misnamed keys). */
export function schemaErrorPaths(errors: readonly ErrorObject[], root: unknown): DataPath[] {
  return errors.map((error) => {
    const path = pointerToPath(error.instancePath, root);
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'additionalProperties') return [...path, String(params.additionalProperty)];
    if (error.propertyName !== undefined) return [...path, error.propertyName];
    return path;
  });
}

function isWithin(path: DataPath, prefix: DataPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}

/**
 * Every schema error as a diagnostic, deduplicated, with those that a wrong type makes
 * meaningless dropped (a value of the wrong type explains every other complaint about it),
 * in the order they appear in the file.
 */
export function schemaDiagnostics(errors: readonly ErrorObject[], root: unknown, locator: YamlLocator): Diagnostic[] {
  const translated = errors.map((e) => ({ error: e, result: translate(e, root, locator) }));
  const wrongTypes = translated.filter((t) => t.error.keyword === 'type' && t.result).map((t) => t.result!.path);

  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const { error, result } of translated) {
    if (!result) continue;
    if (error.keyword !== 'type' && wrongTypes.some((p) => isWithin(result.path, p))) continue;
    const key = `${formatDataPath(result.path)}\u0000${result.diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(result.diagnostic);
  }
  return out.sort(byPosition);
}

/** Orders diagnostics as they appear in the file. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    a.message.localeCompare(b.message)
  );
}
