/**
 * Python's value semantics for template values.
 *
 * Jinja2 evaluates templates with Python values; the renderer evaluates them with JavaScript
 * values mapped one to one, and this module supplies the Python behaviour of each:
 *
 * | Python             | JavaScript                                                        |
 * |--------------------|-------------------------------------------------------------------|
 * | Undefined          | `undefined`                                                       |
 * | None               | `null`                                                            |
 * | bool               | `boolean`                                                         |
 * | int                | `number` with an integral value                                   |
 * | float              | `number` with a fractional value, or a `PyFloat` box when the     |
 * |                    | value is integral (so that `4 / 2` prints `2.0` as in Python)     |
 * | str                | `string` (or nunjucks' `SafeString`, which macros return)         |
 * | list / tuple       | `Array` / an `Array` marked by `makeTuple`                        |
 * | dict               | a plain object (keys are strings)                                 |
 * | generator          | `PyIterator` (one pass, always true, no length), as filters       |
 * |                    | like `select` and `map` return in Jinja2                          |
 */
import nunjucks from 'nunjucks';
import { TemplateFailure } from './errors.js';

/** nunjucks' marker for strings that must not be escaped; macros return them. */
const SafeString = nunjucks.runtime.SafeString as unknown as new (value: string) => object;

/** A Python float whose value is integral: kept apart from ints only to print as `2.0`. */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** Objects that behave like a Python class instance: attribute lookup, type name, repr. */
export interface PyObject {
  readonly pyTypeName: string;
  /** The attribute's value, or `undefined` when the object has no such attribute. */
  pyGetAttr(name: string): unknown;
  pyRepr(): string;
}

export function isPyObject(value: unknown): value is PyObject {
  return typeof value === 'object' && value !== null && typeof (value as Partial<PyObject>).pyGetAttr === 'function';
}

/** A one-pass iterator (a Python generator): iterating it a second time yields nothing. */
export class PyIterator implements PyObject {
  readonly pyTypeName = 'generator';
  #items: unknown[] | undefined;
  constructor(
    items: unknown[],
    private readonly label: string,
  ) {
    this.#items = items;
  }
  /** Takes the remaining items; later calls get none, as with a Python generator. */
  consume(): unknown[] {
    const items = this.#items ?? [];
    this.#items = undefined;
    return items;
  }
  pyGetAttr(): unknown {
    return undefined;
  }
  pyRepr(): string {
    return `<generator object ${this.label}>`;
  }
}

/** Python's `range`: lazy, so that `range(10**9)|length` costs nothing, as in Python. */
export class PyRange implements PyObject {
  readonly pyTypeName = 'range';
  /** Beyond this many items a range is not turned into a list (it would exhaust memory). */
  static readonly MAX_ITEMS = 10_000_000;
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {}
  get length(): number {
    return Math.max(0, Math.ceil((this.stop - this.start) / this.step));
  }
  at(index: number): number {
    return this.start + index * this.step;
  }
  toArray(): number[] {
    if (this.length > PyRange.MAX_ITEMS) {
      throw new TemplateFailure('type', `${this.pyRepr()} has more than ${PyRange.MAX_ITEMS} items to iterate`);
    }
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
  pyGetAttr(name: string): unknown {
    return name === 'start' || name === 'stop' || name === 'step' ? this[name] : undefined;
  }
  pyRepr(): string {
    return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
  }
}

/** Jinja2's `namespace()`: the one object whose attributes `{% set ns.x = … %}` may assign. */
export class Namespace implements PyObject {
  readonly pyTypeName = 'Namespace';
  constructor(readonly attributes: Record<string, unknown>) {}
  pyGetAttr(name: string): unknown {
    return Object.hasOwn(this.attributes, name) ? this.attributes[name] : undefined;
  }
  pyRepr(): string {
    return `<Namespace ${repr(this.attributes)}>`;
  }
}

const TUPLE = Symbol('python.tuple');
/** Extra named attributes of a tuple (`groupby` returns named tuples with `grouper`, `list`). */
const TUPLE_ATTRIBUTES = Symbol('python.tupleAttributes');

export function makeTuple(items: unknown[], attributes?: Record<string, unknown>): unknown[] {
  Object.defineProperty(items, TUPLE, { value: true });
  if (attributes) Object.defineProperty(items, TUPLE_ATTRIBUTES, { value: attributes });
  return items;
}

export function isTuple(value: unknown): value is unknown[] {
  return Array.isArray(value) && (value as unknown as Record<symbol, unknown>)[TUPLE] === true;
}

export function tupleAttribute(value: unknown[], name: string): unknown {
  const attributes = (value as unknown as Record<symbol, Record<string, unknown> | undefined>)[TUPLE_ATTRIBUTES];
  return attributes && Object.hasOwn(attributes, name) ? attributes[name] : undefined;
}

export function isList(value: unknown): value is unknown[] {
  return Array.isArray(value) && !isTuple(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string' || value instanceof SafeString;
}

/** The JavaScript string of a Python str (unwrapping nunjucks' SafeString). */
export function asString(value: string | object): string {
  return typeof value === 'string' ? value : String(value);
}

export function isDict(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

export function isFloat(value: unknown): boolean {
  return value instanceof PyFloat || (typeof value === 'number' && !Number.isInteger(value));
}

export function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** Python's numbers.Number: int, float and bool. */
export function isNumber(value: unknown): boolean {
  return typeof value === 'number' || typeof value === 'boolean' || value instanceof PyFloat;
}

/** The numeric value of an int, float or bool. */
export function toNumber(value: unknown): number {
  if (value instanceof PyFloat) return value.value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as number;
}

/** A float result: boxed when integral so that it keeps printing as a float. */
export function makeFloat(value: number): number | PyFloat {
  return Number.isInteger(value) ? new PyFloat(value) : value;
}

/** Python's type name of a value, as Python's error messages spell it. */
export function typeName(value: unknown): string {
  if (value === undefined) return 'Undefined';
  if (value === null) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (value instanceof PyFloat) return 'float';
  if (isString(value)) return 'str';
  if (isTuple(value)) return 'tuple';
  if (Array.isArray(value)) return 'list';
  if (isPyObject(value)) return value.pyTypeName;
  if (typeof value === 'function') return 'function';
  if (isDict(value)) return 'dict';
  return 'object';
}

/** Python's `bool(value)`. */
export function truthy(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value instanceof PyFloat) return value.value !== 0;
  if (isString(value)) return asString(value).length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (isDict(value)) return Object.keys(value).length > 0;
  if (value instanceof PyRange) return value.length > 0;
  return true;
}

/** Python's `str(value)`; Jinja2's Undefined prints as the empty string. */
export function str(value: unknown): string {
  if (value === undefined) return '';
  if (isString(value)) return asString(value);
  return repr(value);
}

/** Python's `repr(value)`. */
export function repr(value: unknown): string {
  if (value === undefined) return 'Undefined';
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return Number.isInteger(value) ? intRepr(value) : floatRepr(value);
  if (value instanceof PyFloat) return floatRepr(value.value);
  if (isString(value)) return stringRepr(asString(value));
  if (isTuple(value)) {
    if (value.length === 1) return `(${repr(value[0])},)`;
    return `(${value.map(repr).join(', ')})`;
  }
  if (Array.isArray(value)) return `[${value.map(repr).join(', ')}]`;
  if (isPyObject(value)) return value.pyRepr();
  if (typeof value === 'function') return `<function ${value.name || '<lambda>'}>`;
  if (isDict(value)) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${stringRepr(k)}: ${repr(v)}`)
      .join(', ')}}`;
  }
  return String(value);
}

function intRepr(value: number): string {
  // Python ints are exact and never use exponent notation; print every digit of the double.
  return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
}

/** Python's float repr: the shortest round-tripping digits, exponent below 1e-4 and from 1e16. */
export function floatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa = '0', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = negative ? '-' : '';
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const expSign = exponent < 0 ? '-' : '+';
    return `${sign}${digits[0]}${fraction}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const intPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fracPart = digits.slice(exponent + 1);
  return `${sign}${intPart}.${fracPart || '0'}`;
}

// Python's str.isprintable() is false for these categories (but a plain space is printable).
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's repr of a str: single quotes unless the text has a ' and no ". */
export function stringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x100) out += `\\x${code.toString(16).padStart(2, '0')}`;
      else if (code < 0x10000) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else out += `\\U${code.toString(16).padStart(8, '0')}`;
    } else out += ch;
  }
  return out + quote;
}

/** Python's `==`. Jinja2's Undefined equals only Undefined. */
export function equals(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a === null || b === null) return a === b;
  if (isNumber(a) && isNumber(b)) return toNumber(a) === toNumber(b);
  if (isString(a) && isString(b)) return asString(a) === asString(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (isTuple(a) !== isTuple(b) || a.length !== b.length) return false;
    return a.every((item, i) => equals(item, b[i]));
  }
  if (a instanceof PyRange && b instanceof PyRange) return equals(a.toArray(), b.toArray());
  if (isDict(a) && isDict(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.hasOwn(b, k) && equals(a[k], b[k]));
  }
  return a === b;
}

export type OrderOperator = '<' | '<=' | '>' | '>=';

/**
 * Python's ordering of two values: -1, 0 or 1, or `undefined` when Python raises
 * "'<' not supported between instances of …".
 */
export function order(a: unknown, b: unknown): -1 | 0 | 1 | undefined {
  if (isNumber(a) && isNumber(b)) {
    const x = toNumber(a);
    const y = toNumber(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (isString(a) && isString(b)) {
    const x = asString(a);
    const y = asString(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (Array.isArray(a) && Array.isArray(b) && isTuple(a) === isTuple(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (equals(a[i], b[i])) continue;
      return order(a[i], b[i]);
    }
    return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
  }
  return undefined;
}

/** Python's `len()`, or `undefined` when the value has no length. */
export function length(value: unknown): number | undefined {
  if (value === undefined) return 0;
  if (isString(value)) return [...asString(value)].length;
  if (Array.isArray(value)) return value.length;
  if (isDict(value)) return Object.keys(value).length;
  if (value instanceof PyRange) return value.length;
  return undefined;
}

/**
 * The items Python's `iter(value)` yields, or `undefined` when the value is not iterable.
 * A dict yields its keys, a str its characters; Undefined yields nothing.
 */
export function iterate(value: unknown): unknown[] | undefined {
  if (value === undefined) return [];
  if (isString(value)) return [...asString(value)];
  if (Array.isArray(value)) return [...value];
  if (value instanceof PyIterator) return value.consume();
  if (value instanceof PyRange) return value.toArray();
  if (isDict(value)) return Object.keys(value);
  if (typeof value === 'object' && value !== null && Symbol.iterator in value && !isPyObject(value)) {
    return [...(value as Iterable<unknown>)];
  }
  return undefined;
}

/** The key under which a Python value is stored in a JavaScript dict. */
export function dictKey(value: unknown): string {
  return isString(value) ? asString(value) : str(value);
}
