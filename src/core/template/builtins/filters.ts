/**
 * Jinja2's built-in filters (jinja2/filters.py of Jinja2 3.1), with their Python behaviour:
 * `default` replaces only undefined values, `join` and `string` print Python values
 * (`None`, `True`, `['a']`), `round` rounds half to even and returns a float, `select`,
 * `map` and friends return one-pass generators (true even when empty), and so on.
 * `urlize` and `wordwrap` are not provided (they raise a clear error when used).
 */
import { bindArguments, type CallSite, type ParameterSpec } from '../callable.js';
import { TemplateFailure } from '../errors.js';
import { percentFormat, toFixedExact } from '../format.js';
import { center, pyCapitalize, pySort, replace, splitlines } from '../methods.js';
import { arithmetic } from '../operators.js';
import {
  asString,
  equals,
  floatRepr,
  isDict,
  isFloat,
  isNumber,
  isString,
  iterate,
  length,
  makeFloat,
  makeTuple,
  order,
  PyFloat,
  PyIterator,
  repr,
  str,
  stringRepr,
  toNumber,
  truthy,
  typeName,
} from '../python.js';
import type { FilterFunction } from '../runtime.js';

function fail(message: string): never {
  throw new TemplateFailure('type', message);
}

function define(name: string, spec: readonly ParameterSpec[], body: (value: unknown, params: unknown[], site: CallSite) => unknown): FilterFunction {
  return (site, value, args, kwargs) => body(value, bindArguments(name, spec, args, kwargs), site);
}

/** A filter that, like its Jinja2 original, refuses an undefined value (UndefinedError). */
function defineStrict(name: string, spec: readonly ParameterSpec[], body: (value: unknown, params: unknown[], site: CallSite) => unknown): FilterFunction {
  return define(name, spec, (value, params, site) => {
    if (value === undefined) {
      const what = site.position.what;
      throw new TemplateFailure('undefined', `${what ? `'${what}'` : 'a value'} is undefined`);
    }
    return body(value, params, site);
  });
}

function items(value: unknown): unknown[] {
  const list = iterate(value);
  if (list === undefined) fail(`'${typeName(value)}' object is not iterable`);
  return list;
}

/** Jinja2's make_attrgetter: dotted paths, digits as indexes, items before attributes. */
function attributeGetter(site: CallSite, attribute: unknown, options: { lower?: boolean; fallback?: unknown } = {}): (item: unknown) => unknown {
  const parts =
    attribute === null || attribute === undefined
      ? []
      : isString(attribute)
        ? asString(attribute)
            .split('.')
            .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
        : [attribute];
  return (item) => {
    let current = item;
    for (const part of parts) {
      const found = site.runtime.item(current, part);
      current = found !== undefined || typeof part !== 'string' ? found : site.runtime.attribute(current, part);
      if (current === undefined && options.fallback !== null && options.fallback !== undefined) current = options.fallback;
    }
    return options.lower && isString(current) ? asString(current).toLowerCase() : current;
  };
}

/** make_multi_attrgetter: `attribute="a,b.c"` sorts by several keys. */
function multiAttributeGetter(site: CallSite, attribute: unknown, lower: boolean): (item: unknown) => unknown {
  if (!isString(attribute)) {
    const getter = attributeGetter(site, attribute, { lower });
    return (item) => makeTuple([getter(item)]);
  }
  const getters = asString(attribute)
    .split(',')
    .map((part) => attributeGetter(site, part, { lower }));
  return (item) => makeTuple(getters.map((g) => g(item)));
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return str(value).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] as string);
}

function unescapeHtml(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return named[entity.toLowerCase()] ?? match;
  });
}

/** Python's float(): numbers, and strings like ' 1.5 ', '1e3', 'inf', '1_000.5'. */
function pyFloat(value: unknown): number | undefined {
  if (isNumber(value)) return toNumber(value);
  if (!isString(value)) return undefined;
  const text = asString(value).trim().toLowerCase();
  if (/^[+-]?(inf|infinity)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(text)) return NaN;
  if (!/^[+-]?(\d(_?\d)*)?(\.(\d(_?\d)*)?)?(e[+-]?\d(_?\d)*)?$/.test(text) || !/\d/.test(text.split('e')[0] ?? '')) return undefined;
  return Number(text.replace(/_/g, ''));
}

/** Python's int(text, base). */
function pyIntFromString(text: string, base: number): number | undefined {
  let t = text.trim().toLowerCase();
  let sign = 1;
  if (t.startsWith('-') || t.startsWith('+')) {
    sign = t.startsWith('-') ? -1 : 1;
    t = t.slice(1);
  }
  const prefixes: Record<string, number> = { '0x': 16, '0o': 8, '0b': 2 };
  const prefix = prefixes[t.slice(0, 2)];
  let radix = base;
  if (base === 0) {
    radix = prefix ?? 10;
    if (prefix) t = t.slice(2);
    else if (/^0+[1-9]/.test(t)) return undefined;
  } else if (prefix === base) t = t.slice(2);
  if (t.startsWith('_')) t = t.slice(1);
  if (!t || !/^[0-9a-z]+(_[0-9a-z]+)*$/.test(t)) return undefined;
  const digits = t.replace(/_/g, '');
  const valid = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, radix);
  if ([...digits].some((d) => !valid.includes(d))) return undefined;
  return sign * parseInt(digits, radix);
}

function pyInt(value: unknown, base: number): number | undefined {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isNumber(value)) return Number.isFinite(toNumber(value)) ? Math.trunc(toNumber(value)) : undefined;
  if (isString(value)) {
    const parsed = pyIntFromString(asString(value), base);
    if (parsed !== undefined) return parsed;
    const float = pyFloat(value);
    return float !== undefined && Number.isFinite(float) ? Math.trunc(float) : undefined;
  }
  return undefined;
}

function urlQuote(value: unknown, forQuery: boolean): string {
  const safe = forQuery ? '' : '/';
  const bytes = new TextEncoder().encode(isString(value) ? asString(value) : str(value));
  let out = '';
  for (const byte of bytes) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9_.~-]/.test(ch) || safe.includes(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return forQuery ? out.replace(/%20/g, '+') : out;
}

/** Python's json.dumps(sort_keys=True) (Jinja2's tojson policy), made safe for HTML. */
function jsonDumps(value: unknown, indent: number | null, level = 0): string {
  const newline = indent === null ? '' : `\n${' '.repeat(indent * (level + 1))}`;
  const closing = indent === null ? '' : `\n${' '.repeat(indent * level)}`;
  const itemSeparator = indent === null ? ', ' : ',';
  if (value === null || value === undefined) {
    if (value === undefined) fail('Object of type Undefined is not JSON serializable');
    return 'null';
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (isNumber(value)) {
    const n = toNumber(value);
    if (Number.isNaN(n)) return 'NaN';
    if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
    return isFloat(value) ? floatRepr(n) : String(n);
  }
  if (isString(value)) {
    // JSON escapes control characters, and ensure_ascii escapes everything beyond ASCII.
    // eslint-disable-next-line no-control-regex
    return `"${asString(value).replace(/[\\"\u0000-\u001f\u007f-\uffff]/g, (ch) => {
      const simple: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
      return simple[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    })}"`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${newline}${value.map((v) => jsonDumps(v, indent, level + 1)).join(itemSeparator + newline)}${closing}]`;
  }
  if (isDict(value)) {
    const keys = Object.keys(value).sort();
    if (keys.length === 0) return '{}';
    const entries = keys.map((k) => `${jsonDumps(k, indent, level + 1)}: ${jsonDumps(value[k], indent, level + 1)}`);
    return `{${newline}${entries.join(itemSeparator + newline)}${closing}}`;
  }
  fail(`Object of type ${typeName(value)} is not JSON serializable`);
}

function wordTitle(text: string): string {
  return text
    .split(/([-\s({[<]+)/u)
    .filter((part) => part !== '')
    .map((part) => {
      const [first = '', ...rest] = [...part];
      return first.toUpperCase() + rest.join('').toLowerCase();
    })
    .join('');
}

function selectOrReject(name: string, keep: boolean, byAttribute: boolean): FilterFunction {
  return (site, value, args, kwargs) => {
    if (!truthy(value)) return new PyIterator([], name);
    let offset = 0;
    let transform = (item: unknown) => item;
    if (byAttribute) {
      if (args.length === 0) fail('Missing parameter for attribute name');
      transform = attributeGetter(site, args[0]);
      offset = 1;
    }
    const testName = args[offset];
    const testArgs = args.slice(offset + 1);
    const check =
      testName === undefined
        ? (item: unknown) => truthy(item)
        : (item: unknown) => truthy(site.runtime.callTest(site, asString(testName as string), item, testArgs, kwargs));
    return new PyIterator(items(value).filter((item) => check(transform(item)) === keep), `${name}`);
  };
}

function unsupported(name: string): FilterFunction {
  return () => {
    throw new TemplateFailure('syntax', `the '${name}' filter is not supported by this renderer`);
  };
}

function minOrMax(name: string, pickGreater: boolean): FilterFunction {
  return define(name, [['case_sensitive', false], ['attribute', null]], (value, [caseSensitive, attribute], site) => {
    const list = items(value);
    if (list.length === 0) return undefined;
    const key = attributeGetter(site, attribute, { lower: !truthy(caseSensitive) });
    let best = list[0];
    for (const item of list.slice(1)) {
      const result = order(key(item), key(best));
      if (result === undefined) fail(`'${pickGreater ? '>' : '<'}' not supported between instances of '${typeName(key(item))}' and '${typeName(key(best))}'`);
      // Python's min and max keep the first of equal items.
      if (pickGreater ? result > 0 : result < 0) best = item;
    }
    return best;
  });
}

export const builtinFilters: ReadonlyMap<string, FilterFunction> = new Map<string, FilterFunction>([
  [
    'abs',
    define('abs', [], (value) => {
      if (!isNumber(value)) fail(`bad operand type for abs(): '${typeName(value)}'`);
      return isFloat(value) ? makeFloat(Math.abs(toNumber(value))) : Math.abs(toNumber(value));
    }),
  ],
  ['attr', defineStrict('attr', ['name'], (value, [name], site) => site.runtime.attribute(value, asString(name as string)))],
  [
    'batch',
    define('batch', ['linecount', ['fill_with', null]], (value, [linecount, fill]) => {
      const size = toNumber(linecount);
      const out: unknown[][] = [];
      let current: unknown[] = [];
      for (const item of items(value)) {
        if (current.length === size) {
          out.push(current);
          current = [];
        }
        current.push(item);
      }
      if (current.length > 0) {
        if (fill !== null) while (current.length < size) current.push(fill);
        out.push(current);
      }
      return new PyIterator(out, 'do_batch');
    }),
  ],
  ['capitalize', define('capitalize', [], (value) => pyCapitalize(str(value)))],
  ['center', define('center', [['width', 80]], (value, [width]) => center(str(value), toNumber(width)))],
  [
    'count',
    define('count', [], (value) => length(value) ?? fail(`object of type '${typeName(value)}' has no len()`)),
  ],
  [
    'default',
    define('default', [['default_value', ''], ['boolean', false]], (value, [fallback, boolean]) =>
      value === undefined || (truthy(boolean) && !truthy(value)) ? fallback : value,
    ),
  ],
  [
    'dictsort',
    defineStrict('dictsort', [['case_sensitive', false], ['by', 'key'], ['reverse', false]], (value, [caseSensitive, by, reverse]) => {
      if (!isDict(value)) fail(`'${typeName(value)}' object has no attribute 'items'`);
      const position = by === 'key' ? 0 : by === 'value' ? 1 : fail('You can only sort by either "key" or "value"');
      const pairs = Object.entries(value).map(([k, v]) => makeTuple([k, v]));
      return pySort(
        pairs,
        (pair) => {
          const item = pair[position];
          return !truthy(caseSensitive) && isString(item) ? asString(item).toLowerCase() : item;
        },
        truthy(reverse),
      );
    }),
  ],
  ['escape', define('escape', [], (value) => (value === undefined ? '' : escapeHtml(value)))],
  [
    'filesizeformat',
    defineStrict('filesizeformat', [['binary', false]], (value, [binary]) => {
      const bytes = pyFloat(value) ?? fail(`could not convert string to float: ${repr(value)}`);
      const base = truthy(binary) ? 1024 : 1000;
      const prefixes = truthy(binary) ? ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'] : ['kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
      if (bytes === 1) return '1 Byte';
      if (bytes < base) return `${Math.trunc(bytes)} Bytes`;
      let unit = base;
      let prefix = prefixes[0] as string;
      for (const [i, p] of prefixes.entries()) {
        unit = base ** (i + 2);
        prefix = p;
        if (bytes < unit) break;
      }
      return `${toFixedExact((base * bytes) / unit, 1)} ${prefix}`;
    }),
  ],
  ['first', define('first', [], (value) => items(value)[0])],
  [
    'float',
    defineStrict('float', [['default', new PyFloat(0)]], (value, [fallback]) => {
      const n = pyFloat(value);
      return n === undefined ? fallback : makeFloat(n);
    }),
  ],
  ['forceescape', define('forceescape', [], (value) => escapeHtml(value))],
  [
    'format',
    (_site, value, args, kwargs) => {
      if (args.length > 0 && Object.keys(kwargs).length > 0) fail("can't handle positional and keyword arguments at the same time");
      return percentFormat(str(value), Object.keys(kwargs).length > 0 ? kwargs : makeTuple([...args]));
    },
  ],
  [
    'groupby',
    define('groupby', ['attribute', ['default', null], ['case_sensitive', false]], (value, [attribute, fallback, caseSensitive], site) => {
      const key = attributeGetter(site, attribute, { lower: !truthy(caseSensitive), fallback });
      const output = attributeGetter(site, attribute, { fallback });
      const groups: Array<{ key: unknown; list: unknown[] }> = [];
      for (const item of pySort(items(value), key)) {
        const last = groups[groups.length - 1];
        if (last && equals(last.key, key(item))) last.list.push(item);
        else groups.push({ key: key(item), list: [item] });
      }
      return groups.map((g) => {
        const grouper = truthy(caseSensitive) ? g.key : output(g.list[0]);
        return makeTuple([grouper, g.list], { grouper, list: g.list });
      });
    }),
  ],
  [
    'indent',
    defineStrict('indent', [['width', 4], ['first', false], ['blank', false]], (value, [width, first, blank]) => {
      const indention = isString(width) ? asString(width) : ' '.repeat(toNumber(width));
      const text = `${str(value)}\n`;
      let result: string;
      if (truthy(blank)) result = splitlines(text).join(`\n${indention}`);
      else {
        const lines = splitlines(text);
        result = lines.shift() ?? '';
        if (lines.length > 0) result += `\n${lines.map((line) => (line ? indention + line : line)).join('\n')}`;
      }
      return truthy(first) ? indention + result : result;
    }),
  ],
  [
    'int',
    defineStrict('int', [['default', 0], ['base', 10]], (value, [fallback, base]) => pyInt(value, toNumber(base)) ?? fallback),
  ],
  [
    'items',
    define('items', [], (value) => {
      if (value === undefined) return new PyIterator([], 'do_items');
      if (!isDict(value)) fail('Can only get item pairs from a mapping.');
      return new PyIterator(Object.entries(value).map(([k, v]) => makeTuple([k, v])), 'do_items');
    }),
  ],
  [
    'join',
    define('join', [['d', ''], ['attribute', null]], (value, [separator, attribute], site) => {
      const getter = attribute === null ? (item: unknown) => item : attributeGetter(site, attribute);
      return items(value)
        .map((item) => str(getter(item)))
        .join(str(separator));
    }),
  ],
  [
    'last',
    define('last', [], (value) => {
      const list = items(value);
      return list[list.length - 1];
    }),
  ],
  ['list', define('list', [], (value) => items(value))],
  ['lower', define('lower', [], (value) => str(value).toLowerCase())],
  [
    'map',
    (site, value, args, kwargs) => {
      if (!truthy(value)) return new PyIterator([], 'do_map');
      let fn: (item: unknown) => unknown;
      if (args.length === 0 && Object.hasOwn(kwargs, 'attribute')) {
        const { attribute, default: fallback = null, ...rest } = kwargs;
        const unexpected = Object.keys(rest)[0];
        if (unexpected !== undefined) fail(`Unexpected keyword argument '${unexpected}'`);
        fn = attributeGetter(site, attribute, { fallback });
      } else {
        const [name, ...filterArgs] = args;
        if (name === undefined) fail('map requires a filter argument');
        fn = (item) => site.runtime.callFilter(site, asString(name as string), item, filterArgs, kwargs);
      }
      return new PyIterator(items(value).map(fn), 'do_map');
    },
  ],
  ['max', minOrMax('max', true)],
  ['min', minOrMax('min', false)],
  ['pprint', define('pprint', [], (value) => repr(value))],
  [
    'random',
    define('random', [], (value) => {
      const list = items(value);
      return list[Math.floor(Math.random() * list.length)];
    }),
  ],
  ['reject', selectOrReject('select_or_reject', false, false)],
  ['rejectattr', selectOrReject('select_or_reject', false, true)],
  [
    'replace',
    define('replace', ['old', 'new', ['count', null]], (value, [old, replacement, count]) =>
      replace(str(value), str(old), str(replacement), count === null ? -1 : toNumber(count)),
    ),
  ],
  [
    'reverse',
    define('reverse', [], (value) => {
      if (isString(value)) return [...asString(value)].reverse().join('');
      return new PyIterator(items(value).reverse(), 'reversed');
    }),
  ],
  [
    'round',
    define('round', [['precision', 0], ['method', 'common']], (value, [precision, method]) => {
      if (method !== 'common' && method !== 'ceil' && method !== 'floor') fail('method must be common, ceil or floor');
      if (!isNumber(value)) fail(`type ${typeName(value)} doesn't define __round__ method`);
      const digits = toNumber(precision);
      const n = toNumber(value);
      if (method === 'common') {
        // Negative digits round to tens, hundreds…; Python's round() of an int stays an int.
        const rounded = digits >= 0 ? Number(toFixedExact(n, digits)) : Number(toFixedExact(n / 10 ** -digits, 0)) * 10 ** -digits;
        return isFloat(value) ? makeFloat(rounded) : rounded;
      }
      const scale = 10 ** digits;
      return makeFloat((method === 'ceil' ? Math.ceil(n * scale) : Math.floor(n * scale)) / scale);
    }),
  ],
  ['safe', define('safe', [], (value) => str(value))],
  ['select', selectOrReject('select_or_reject', true, false)],
  ['selectattr', selectOrReject('select_or_reject', true, true)],
  [
    'slice',
    define('slice', ['slices', ['fill_with', null]], (value, [slices, fill]) => {
      const seq = items(value);
      const count = toNumber(slices);
      const perSlice = Math.floor(seq.length / count);
      const withExtra = seq.length % count;
      const out: unknown[][] = [];
      let offset = 0;
      for (let i = 0; i < count; i++) {
        const start = offset + i * perSlice;
        if (i < withExtra) offset += 1;
        const end = offset + (i + 1) * perSlice;
        const part = seq.slice(start, end);
        if (fill !== null && i >= withExtra) part.push(fill);
        out.push(part);
      }
      return new PyIterator(out, 'sync_do_slice');
    }),
  ],
  [
    'sort',
    define('sort', [['reverse', false], ['case_sensitive', false], ['attribute', null]], (value, [reverse, caseSensitive, attribute], site) =>
      pySort(items(value), multiAttributeGetter(site, attribute, !truthy(caseSensitive)), truthy(reverse)),
    ),
  ],
  ['string', define('string', [], (value) => str(value))],
  [
    'striptags',
    define('striptags', [], (value) => {
      const text = str(value)
        .replace(/<!--.*?-->/gs, '')
        .replace(/<.*?>/gs, '');
      return unescapeHtml(text.split(/\s+/u).filter(Boolean).join(' '));
    }),
  ],
  [
    'sum',
    define('sum', [['attribute', null], ['start', 0]], (value, [attribute, start], site) => {
      const getter = attribute === null ? (item: unknown) => item : attributeGetter(site, attribute);
      return items(value).reduce((total, item) => arithmetic('+', total, getter(item)), start);
    }),
  ],
  ['title', define('title', [], (value) => wordTitle(str(value)))],
  [
    'tojson',
    define('tojson', [['indent', null]], (value, [indent]) =>
      jsonDumps(value, indent === null ? null : toNumber(indent))
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/'/g, '\\u0027'),
    ),
  ],
  [
    'trim',
    define('trim', [['chars', null]], (value, [chars]) => {
      const text = str(value);
      if (chars === null) return text.replace(/^\s+|\s+$/gu, '');
      const set = new Set(str(chars));
      const codePoints = [...text];
      let start = 0;
      let end = codePoints.length;
      while (start < end && set.has(codePoints[start] as string)) start++;
      while (end > start && set.has(codePoints[end - 1] as string)) end--;
      return codePoints.slice(start, end).join('');
    }),
  ],
  [
    'truncate',
    define('truncate', [['length', 255], ['killwords', false], ['end', '...'], ['leeway', null]], (value, [len, killwords, end, leeway]) => {
      const text = [...str(value)];
      const limit = toNumber(len);
      const suffix = str(end);
      const slack = leeway === null ? 5 : toNumber(leeway);
      if (limit < [...suffix].length) fail(`expected length >= ${[...suffix].length}, got ${limit}`);
      if (text.length <= limit + slack) return text.join('');
      const head = text.slice(0, limit - [...suffix].length).join('');
      if (truthy(killwords)) return head + suffix;
      const cut = head.lastIndexOf(' ');
      return (cut < 0 ? head : head.slice(0, cut)) + suffix;
    }),
  ],
  [
    'unique',
    define('unique', [['case_sensitive', false], ['attribute', null]], (value, [caseSensitive, attribute], site) => {
      const key = attributeGetter(site, attribute, { lower: !truthy(caseSensitive) });
      const seen: unknown[] = [];
      const out: unknown[] = [];
      for (const item of items(value)) {
        const k = key(item);
        if (seen.some((s) => equals(s, k))) continue;
        seen.push(k);
        out.push(item);
      }
      return new PyIterator(out, 'sync_do_unique');
    }),
  ],
  ['upper', define('upper', [], (value) => str(value).toUpperCase())],
  [
    'urlencode',
    define('urlencode', [], (value) => {
      if (isString(value) || iterate(value) === undefined) return urlQuote(value, false);
      const pairs = isDict(value) ? Object.entries(value) : items(value).map((pair) => items(pair) as [unknown, unknown]);
      return pairs.map(([k, v]) => `${urlQuote(k, true)}=${urlQuote(v, true)}`).join('&');
    }),
  ],
  ['urlize', unsupported('urlize')],
  ['wordcount', define('wordcount', [], (value) => (str(value).match(/[\p{L}\p{N}\p{Mn}\p{Pc}]+/gu) ?? []).length)],
  ['wordwrap', unsupported('wordwrap')],
  [
    'xmlattr',
    defineStrict('xmlattr', [['autospace', true]], (value, [autospace]) => {
      if (!isDict(value)) fail(`'${typeName(value)}' object has no attribute 'items'`);
      const parts: string[] = [];
      for (const [key, item] of Object.entries(value)) {
        if (item === null || item === undefined) continue;
        if (/[\s/>=]/.test(key)) fail(`Invalid character in attribute name: ${stringRepr(key)}`);
        parts.push(`${escapeHtml(key)}="${escapeHtml(item)}"`);
      }
      const text = parts.join(' ');
      return truthy(autospace) && text ? ` ${text}` : text;
    }),
  ],
]);

// Jinja2's aliases.
const aliases: Record<string, string> = { d: 'default', e: 'escape', length: 'count' };
for (const [alias, target] of Object.entries(aliases)) {
  (builtinFilters as Map<string, FilterFunction>).set(alias, builtinFilters.get(target) as FilterFunction);
}

