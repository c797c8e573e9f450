/**
 * The Python methods templates call on values: `'a,b'.split(',')`, `name.startswith('x')`,
 * `packages.append(p)`, `d.items()`, `d.get('k', 'default')`, `'{}-{}'.format(a, b)`…
 * Lists and dicts are changed in place, as in Python.
 */
import { bindArguments, jinjaFunction, type CallSite, type ParameterSpec } from './callable.js';
import { TemplateFailure } from './errors.js';
import { strFormat } from './format.js';
import {
  asString,
  dictKey,
  equals,
  isDict,
  isInt,
  isString,
  isTuple,
  iterate,
  makeTuple,
  order,
  repr,
  toNumber,
  typeName,
} from './python.js';

/** What methods need from the runtime. */
export interface MethodHost {
  attribute(value: unknown, name: string): unknown;
  item(value: unknown, key: unknown): unknown;
  callValue(site: CallSite, fn: unknown, args: unknown[]): unknown;
}

function fail(message: string): never {
  throw new TemplateFailure('type', message);
}

/** Defines a method with Python's argument binding. */
function method<T>(name: string, spec: readonly ParameterSpec[], body: (self: T, values: unknown[], site: CallSite, host: MethodHost) => unknown) {
  return (self: T, site: CallSite, args: unknown[], kwargs: Record<string, unknown>, host: MethodHost): unknown =>
    body(self, bindArguments(name, spec, args, kwargs), site, host);
}

const WHITESPACE = /\s/u;

function strip(text: string, chars: unknown, left: boolean, right: boolean): string {
  const set = chars === null || chars === undefined ? null : new Set(asString(chars as string));
  const strippable = (ch: string) => (set ? set.has(ch) : WHITESPACE.test(ch));
  const codePoints = [...text];
  let start = 0;
  let end = codePoints.length;
  while (left && start < end && strippable(codePoints[start] as string)) start++;
  while (right && end > start && strippable(codePoints[end - 1] as string)) end--;
  return codePoints.slice(start, end).join('');
}

/** Python's split()/rsplit() without a separator: runs of whitespace, at most `maxsplit` times. */
function splitWhitespace(text: string, maxsplit: number, fromRight: boolean): string[] {
  if (maxsplit < 0) return text.trim() === '' ? [] : text.trim().split(/\s+/u);
  if (fromRight) {
    // The unsplit rest keeps its leading whitespace, as in Python.
    let rest = text.replace(/\s+$/u, '');
    const tail: string[] = [];
    for (let i = 0; i < maxsplit; i++) {
      const m = /\s+(\S+)$/u.exec(rest);
      if (!m) break;
      tail.unshift(m[1] as string);
      rest = rest.slice(0, m.index);
    }
    return rest === '' ? tail : [rest, ...tail];
  }
  let rest = text.replace(/^\s+/u, '');
  const head: string[] = [];
  for (let i = 0; i < maxsplit; i++) {
    const m = /^(\S+)\s+/u.exec(rest);
    if (!m) break;
    head.push(m[1] as string);
    rest = rest.slice(m[0].length);
  }
  return rest === '' ? head : [...head, rest];
}

function split(text: string, sep: unknown, maxsplitValue: unknown, fromRight: boolean): string[] {
  const maxsplit = maxsplitValue === null || maxsplitValue === undefined ? -1 : toNumber(maxsplitValue);
  if (sep === null || sep === undefined) return splitWhitespace(text, maxsplit, fromRight);
  if (!isString(sep)) fail(`must be str or None, not ${typeName(sep)}`);
  const separator = asString(sep);
  if (separator === '') fail('empty separator');
  const parts = text.split(separator);
  if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts;
  if (fromRight) return [parts.slice(0, parts.length - maxsplit).join(separator), ...parts.slice(parts.length - maxsplit)];
  return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(separator)];
}

/** Python's str.replace, including the empty `old` (which inserts between characters). */
export function replace(text: string, old: string, replacement: string, count: number): string {
  if (count === 0) return text;
  if (old === '') {
    const chars = [...text];
    let out = '';
    let done = 0;
    for (let i = 0; i <= chars.length; i++) {
      if (count < 0 || done < count) {
        out += replacement;
        done++;
      }
      if (i < chars.length) out += chars[i];
    }
    return out;
  }
  if (count < 0) return text.split(old).join(replacement);
  let out = '';
  let rest = text;
  for (let i = 0; i < count; i++) {
    const at = rest.indexOf(old);
    if (at < 0) break;
    out += rest.slice(0, at) + replacement;
    rest = rest.slice(at + old.length);
  }
  return out + rest;
}

/** Python's str.title(): upper case after any non-letter, lower case elsewhere. */
export function pyTitle(text: string): string {
  let previousCased = false;
  let out = '';
  for (const ch of text) {
    const cased = ch.toLowerCase() !== ch.toUpperCase();
    out += cased ? (previousCased ? ch.toLowerCase() : ch.toUpperCase()) : ch;
    previousCased = cased;
  }
  return out;
}

export function pyCapitalize(text: string): string {
  const [first = '', ...rest] = [...text];
  return first.toUpperCase() + rest.join('').toLowerCase();
}

/** Python's str.center(width, fill). */
export function center(text: string, width: number, fill = ' '): string {
  const length = [...text].length;
  if (width <= length) return text;
  const total = width - length;
  // CPython's rule for where the odd extra fill character goes.
  const left = Math.floor(total / 2) + (total & width & 1);
  return fill.repeat(left) + text + fill.repeat(total - left);
}

function affix(text: string, value: unknown, check: (text: string, affix: string) => boolean, name: string): boolean {
  const options = isTuple(value) ? value : [value];
  return options.some((option) => {
    if (!isString(option)) fail(`${name} first arg must be str or a tuple of str, not ${typeName(option)}`);
    return check(text, asString(option));
  });
}

// Python's line boundaries; \x1c-\x1e are the file, group and record separators.
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/u;

/** Python's str.splitlines(). */
export function splitlines(text: string, keepends = false): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest !== '') {
    const m = LINE_BREAKS.exec(rest);
    if (!m) {
      lines.push(rest);
      break;
    }
    lines.push(rest.slice(0, keepends ? m.index + m[0].length : m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  return lines;
}

function indexOf(text: string, sub: unknown, fromRight: boolean): number {
  if (!isString(sub)) fail(`must be str, not ${typeName(sub)}`);
  return fromRight ? text.lastIndexOf(asString(sub)) : text.indexOf(asString(sub));
}

function justify(name: string, left: boolean) {
  return method<string>(name, ['width', ['fillchar', ' ']], (s, [width, fill]) => {
    const missing = toNumber(width) - [...s].length;
    if (missing <= 0) return s;
    return left ? s + asString(fill as string).repeat(missing) : asString(fill as string).repeat(missing) + s;
  });
}

const STRING_METHODS: Record<string, ReturnType<typeof method<string>>> = {
  upper: method('upper', [], (s) => s.toUpperCase()),
  lower: method('lower', [], (s) => s.toLowerCase()),
  casefold: method('casefold', [], (s) => s.toLowerCase()),
  swapcase: method('swapcase', [], (s) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')),
  capitalize: method('capitalize', [], (s) => pyCapitalize(s)),
  title: method('title', [], (s) => pyTitle(s)),
  strip: method('strip', [['chars', null]], (s, [chars]) => strip(s, chars, true, true)),
  lstrip: method('lstrip', [['chars', null]], (s, [chars]) => strip(s, chars, true, false)),
  rstrip: method('rstrip', [['chars', null]], (s, [chars]) => strip(s, chars, false, true)),
  split: method('split', [['sep', null], ['maxsplit', -1]], (s, [sep, max]) => split(s, sep, max, false)),
  rsplit: method('rsplit', [['sep', null], ['maxsplit', -1]], (s, [sep, max]) => split(s, sep, max, true)),
  splitlines: method('splitlines', [['keepends', false]], (s, [keep]) => splitlines(s, Boolean(keep))),
  startswith: method('startswith', ['prefix'], (s, [prefix]) => affix(s, prefix, (t, a) => t.startsWith(a), 'startswith')),
  endswith: method('endswith', ['suffix'], (s, [suffix]) => affix(s, suffix, (t, a) => t.endsWith(a), 'endswith')),
  replace: method('replace', ['old', 'new', ['count', -1]], (s, [old, replacement, count]) => {
    if (!isString(old) || !isString(replacement)) fail(`replace() argument must be str, not ${typeName(isString(old) ? replacement : old)}`);
    return replace(s, asString(old), asString(replacement), toNumber(count));
  }),
  join: method('join', ['iterable'], (s, [iterable]) => {
    const items = iterate(iterable);
    if (items === undefined) fail('can only join an iterable');
    return items
      .map((item, i) => {
        if (!isString(item)) fail(`sequence item ${i}: expected str instance, ${typeName(item)} found`);
        return asString(item);
      })
      .join(s);
  }),
  find: method('find', ['sub'], (s, [sub]) => indexOf(s, sub, false)),
  rfind: method('rfind', ['sub'], (s, [sub]) => indexOf(s, sub, true)),
  index: method('index', ['sub'], (s, [sub]) => {
    const at = indexOf(s, sub, false);
    return at < 0 ? fail('substring not found') : at;
  }),
  rindex: method('rindex', ['sub'], (s, [sub]) => {
    const at = indexOf(s, sub, true);
    return at < 0 ? fail('substring not found') : at;
  }),
  count: method('count', ['sub'], (s, [sub]) => {
    if (!isString(sub)) fail(`must be str, not ${typeName(sub)}`);
    const needle = asString(sub);
    return needle === '' ? [...s].length + 1 : s.split(needle).length - 1;
  }),
  center: method('center', ['width', ['fillchar', ' ']], (s, [width, fill]) => center(s, toNumber(width), asString(fill as string))),
  ljust: justify('ljust', true),
  rjust: justify('rjust', false),
  zfill: method('zfill', ['width'], (s, [width]) => {
    const sign = s.startsWith('-') || s.startsWith('+') ? (s[0] as string) : '';
    const body = s.slice(sign.length);
    return sign + body.padStart(toNumber(width) - sign.length, '0');
  }),
  partition: method('partition', ['sep'], (s, [sep]) => {
    const separator = asString(sep as string);
    const at = s.indexOf(separator);
    return at < 0 ? makeTuple([s, '', '']) : makeTuple([s.slice(0, at), separator, s.slice(at + separator.length)]);
  }),
  rpartition: method('rpartition', ['sep'], (s, [sep]) => {
    const separator = asString(sep as string);
    const at = s.lastIndexOf(separator);
    return at < 0 ? makeTuple(['', '', s]) : makeTuple([s.slice(0, at), separator, s.slice(at + separator.length)]);
  }),
  removeprefix: method('removeprefix', ['prefix'], (s, [p]) => (s.startsWith(asString(p as string)) ? s.slice(asString(p as string).length) : s)),
  removesuffix: method('removesuffix', ['suffix'], (s, [p]) => {
    const suffix = asString(p as string);
    return suffix && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s;
  }),
  isdigit: method('isdigit', [], (s) => /^\p{Nd}+$/u.test(s)),
  isdecimal: method('isdecimal', [], (s) => /^\p{Nd}+$/u.test(s)),
  isnumeric: method('isnumeric', [], (s) => /^\p{N}+$/u.test(s)),
  isalpha: method('isalpha', [], (s) => /^\p{L}+$/u.test(s)),
  isalnum: method('isalnum', [], (s) => /^[\p{L}\p{N}]+$/u.test(s)),
  isspace: method('isspace', [], (s) => /^\s+$/u.test(s)),
  islower: method('islower', [], (s) => s !== s.toUpperCase() && s === s.toLowerCase()),
  isupper: method('isupper', [], (s) => s !== s.toLowerCase() && s === s.toUpperCase()),
  istitle: method('istitle', [], (s) => s !== s.toLowerCase() && pyTitle(s) === s),
  isidentifier: method('isidentifier', [], (s) => /^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(s)),
};

function listIndex(list: unknown[], value: unknown): number {
  if (!isInt(value) && typeof value !== 'boolean') fail(`'${typeName(value)}' object cannot be interpreted as an integer`);
  const n = toNumber(value);
  return n < 0 ? list.length + n : n;
}

/** Python's sorted(): stable, raising TypeError for values that cannot be compared. */
export function pySort<T>(items: T[], key: (item: T) => unknown = (item) => item, reverse = false): T[] {
  const keyed = items.map((item, index) => ({ item, key: key(item), index }));
  keyed.sort((a, b) => {
    const result = order(a.key, b.key);
    if (result === undefined) fail(`'<' not supported between instances of '${typeName(b.key)}' and '${typeName(a.key)}'`);
    return (reverse ? -result : result) || a.index - b.index;
  });
  return keyed.map((k) => k.item);
}

const SEQUENCE_METHODS: Record<string, ReturnType<typeof method<unknown[]>>> = {
  count: method('count', ['value'], (l, [value]) => l.filter((item) => equals(item, value)).length),
  index: method('index', ['value'], (l, [value]) => {
    const at = l.findIndex((item) => equals(item, value));
    return at < 0 ? fail(`${repr(value)} is not in ${isTuple(l) ? 'tuple' : 'list'}`) : at;
  }),
};

const LIST_METHODS: Record<string, ReturnType<typeof method<unknown[]>>> = {
  ...SEQUENCE_METHODS,
  append: method('append', ['object'], (l, [value]) => {
    l.push(value);
    return null;
  }),
  extend: method('extend', ['iterable'], (l, [iterable]) => {
    const items = iterate(iterable);
    if (items === undefined) fail(`'${typeName(iterable)}' object is not iterable`);
    l.push(...items);
    return null;
  }),
  insert: method('insert', ['index', 'object'], (l, [index, value]) => {
    const at = Math.max(0, Math.min(l.length, listIndex(l, index)));
    l.splice(at, 0, value);
    return null;
  }),
  pop: method('pop', [['index', -1]], (l, [index]) => {
    if (l.length === 0) fail('pop from empty list');
    const at = listIndex(l, index);
    if (at < 0 || at >= l.length) fail('pop index out of range');
    return l.splice(at, 1)[0];
  }),
  remove: method('remove', ['value'], (l, [value]) => {
    const at = l.findIndex((item) => equals(item, value));
    if (at < 0) fail('list.remove(x): x not in list');
    l.splice(at, 1);
    return null;
  }),
  reverse: method('reverse', [], (l) => {
    l.reverse();
    return null;
  }),
  sort: method('sort', [['key', null], ['reverse', false]], (l, [key, reverse], site, host) => {
    const keyOf = key === null ? undefined : (item: unknown) => host.callValue(site, key, [item]);
    const sorted = pySort(l, keyOf, Boolean(reverse));
    l.splice(0, l.length, ...sorted);
    return null;
  }),
  copy: method('copy', [], (l) => [...l]),
  clear: method('clear', [], (l) => {
    l.length = 0;
    return null;
  }),
};

const MISSING = Symbol('missing');

const DICT_METHODS: Record<string, ReturnType<typeof method<Record<string, unknown>>>> = {
  keys: method('keys', [], (d) => Object.keys(d)),
  values: method('values', [], (d) => Object.values(d)),
  items: method('items', [], (d) => Object.entries(d).map(([k, v]) => makeTuple([k, v]))),
  get: method('get', ['key', ['default', null]], (d, [key, fallback]) => {
    const k = dictKey(key);
    return Object.hasOwn(d, k) ? d[k] : fallback;
  }),
  pop: method('pop', ['key', ['default', MISSING]], (d, [key, fallback]) => {
    const k = dictKey(key);
    if (Object.hasOwn(d, k)) {
      const value = d[k];
      delete d[k];
      return value;
    }
    return fallback === MISSING ? fail(`KeyError: ${repr(key)}`) : fallback;
  }),
  popitem: method('popitem', [], (d) => {
    const keys = Object.keys(d);
    const last = keys[keys.length - 1];
    if (last === undefined) fail("'popitem(): dictionary is empty'");
    const value = d[last];
    delete d[last];
    return makeTuple([last, value]);
  }),
  setdefault: method('setdefault', ['key', ['default', null]], (d, [key, fallback]) => {
    const k = dictKey(key);
    if (!Object.hasOwn(d, k)) d[k] = fallback;
    return d[k];
  }),
  copy: method('copy', [], (d) => ({ ...d })),
  clear: method('clear', [], (d) => {
    for (const k of Object.keys(d)) delete d[k];
    return null;
  }),
};

function update(d: Record<string, unknown>, args: unknown[], kwargs: Record<string, unknown>): null {
  if (args.length > 1) fail(`update expected at most 1 argument, got ${args.length}`);
  const [other] = args;
  if (isDict(other)) Object.assign(d, other);
  else if (other !== undefined && other !== null) {
    for (const pair of iterate(other) ?? fail(`'${typeName(other)}' object is not iterable`)) {
      const [k, v] = iterate(pair) ?? [];
      d[dictKey(k)] = v;
    }
  }
  Object.assign(d, kwargs);
  return null;
}

/**
 * The bound method `name` of `value`, or `undefined` when the value's Python type has
 * no such method.
 */
export function pythonMethod(value: unknown, name: string, host: MethodHost): ((...args: unknown[]) => unknown) | undefined {
  if (isString(value)) {
    const text = asString(value);
    if (name === 'format') {
      return jinjaFunction('format', (site, args, kwargs) =>
        strFormat(text, args, kwargs, { attribute: (v, n) => host.attribute(v, n), item: (v, k) => host.item(v, k) }),
      );
    }
    const impl = Object.hasOwn(STRING_METHODS, name) ? STRING_METHODS[name] : undefined;
    return impl && jinjaFunction(name, (site, args, kwargs) => impl(text, site, args, kwargs, host));
  }
  if (Array.isArray(value)) {
    const table = isTuple(value) ? SEQUENCE_METHODS : LIST_METHODS;
    const impl = Object.hasOwn(table, name) ? table[name] : undefined;
    return impl && jinjaFunction(name, (site, args, kwargs) => impl(value, site, args, kwargs, host));
  }
  if (isDict(value)) {
    if (name === 'update') return jinjaFunction('update', (_site, args, kwargs) => update(value, args, kwargs));
    const impl = Object.hasOwn(DICT_METHODS, name) ? DICT_METHODS[name] : undefined;
    return impl && jinjaFunction(name, (site, args, kwargs) => impl(value, site, args, kwargs, host));
  }
  return undefined;
}
