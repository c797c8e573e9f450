/**
 * Python's operators on template values: `+` concatenates lists and strings (JavaScript
 * would turn `[1] + [2]` into `"12"`), `*` repeats them, `%` formats strings, `//` and `%`
 * floor, comparisons are structural, and mixing types raises Python's TypeError.
 * Failures are thrown without a position; the runtime locates them.
 */
import type { ArithmeticOperator, CompareOperator } from './ast.js';
import { TemplateFailure } from './errors.js';
import { percentFormat } from './format.js';
import {
  asString,
  equals,
  isDict,
  isFloat,
  isNumber,
  isString,
  isTuple,
  iterate,
  makeFloat,
  makeTuple,
  order,
  toNumber,
  typeName,
  type PyFloat,
} from './python.js';

function typeError(message: string): TemplateFailure {
  return new TemplateFailure('type', message);
}

function unsupported(op: string, a: unknown, b: unknown): TemplateFailure {
  return typeError(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** The numeric result of an operation, typed as Python would: float if either side is. */
function numeric(value: number, float: boolean): number | PyFloat {
  return float ? makeFloat(value) : value;
}

function repeat(sequence: unknown, times: unknown): unknown {
  const n = Math.max(0, toNumber(times));
  if (isString(sequence)) return asString(sequence).repeat(n);
  const items = sequence as unknown[];
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) out.push(...items);
  return isTuple(sequence) ? makeTuple(out) : out;
}

const isIntLike = (v: unknown): boolean => (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'boolean';

/** Python's binary operators. Undefined operands are the caller's to refuse (UndefinedError). */
export function arithmetic(op: ArithmeticOperator, a: unknown, b: unknown): unknown {
  const bothNumbers = isNumber(a) && isNumber(b);
  const float = isFloat(a) || isFloat(b);
  switch (op) {
    case '+':
      if (bothNumbers) return numeric(toNumber(a) + toNumber(b), float);
      if (isString(a) && isString(b)) return asString(a) + asString(b);
      if (Array.isArray(a) && Array.isArray(b)) {
        if (isTuple(a) !== isTuple(b)) {
          throw typeError(`can only concatenate ${typeName(a)} (not "${typeName(b)}") to ${typeName(a)}`);
        }
        return isTuple(a) ? makeTuple([...a, ...b]) : [...a, ...b];
      }
      if (isString(a)) throw typeError(`can only concatenate str (not "${typeName(b)}") to str`);
      if (Array.isArray(a)) throw typeError(`can only concatenate ${typeName(a)} (not "${typeName(b)}") to ${typeName(a)}`);
      throw unsupported('+', a, b);
    case '-':
      if (bothNumbers) return numeric(toNumber(a) - toNumber(b), float);
      throw unsupported('-', a, b);
    case '*':
      if (bothNumbers) return numeric(toNumber(a) * toNumber(b), float);
      if ((isString(a) || Array.isArray(a)) && isIntLike(b)) return repeat(a, b);
      if ((isString(b) || Array.isArray(b)) && isIntLike(a)) return repeat(b, a);
      if (isString(a) || Array.isArray(a)) throw typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
      throw unsupported('*', a, b);
    case '/':
      if (!bothNumbers) throw unsupported('/', a, b);
      if (toNumber(b) === 0) throw typeError('division by zero');
      return makeFloat(toNumber(a) / toNumber(b));
    case '//':
      if (!bothNumbers) throw unsupported('//', a, b);
      if (toNumber(b) === 0) throw typeError('integer division or modulo by zero');
      return numeric(Math.floor(toNumber(a) / toNumber(b)), float);
    case '%': {
      if (isString(a)) return percentFormat(asString(a), b);
      if (!bothNumbers) throw unsupported('%', a, b);
      const x = toNumber(a);
      const y = toNumber(b);
      if (y === 0) throw typeError('integer division or modulo by zero');
      // Python's modulo takes the sign of the divisor.
      return numeric(((x % y) + y) % y, float);
    }
    case '**': {
      if (!bothNumbers) throw unsupported('** or pow()', a, b);
      const result = toNumber(a) ** toNumber(b);
      return numeric(result, float || toNumber(b) < 0);
    }
  }
}

export function unary(kind: 'neg' | 'pos', value: unknown): unknown {
  if (!isNumber(value)) throw typeError(`bad operand type for unary ${kind === 'neg' ? '-' : '+'}: '${typeName(value)}'`);
  const n = toNumber(value);
  return numeric(kind === 'neg' ? -n : n, isFloat(value));
}

/** Python's `item in container`. */
export function contains(container: unknown, item: unknown): boolean {
  if (container === undefined) return false;
  if (isString(container)) {
    if (!isString(item)) throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return asString(container).includes(asString(item));
  }
  if (Array.isArray(container)) return container.some((element) => equals(element, item));
  if (isDict(container)) return isString(item) || isNumber(item) ? Object.hasOwn(container, isString(item) ? asString(item) : String(toNumber(item))) : false;
  const items = iterate(container);
  if (items === undefined) throw typeError(`argument of type '${typeName(container)}' is not iterable`);
  return items.some((element) => equals(element, item));
}

const SYMBOLS: Record<Exclude<CompareOperator, 'in' | 'notin' | 'eq' | 'ne'>, string> = { lt: '<', lteq: '<=', gt: '>', gteq: '>=' };

export function compare(op: CompareOperator, a: unknown, b: unknown): boolean {
  switch (op) {
    case 'eq':
      return equals(a, b);
    case 'ne':
      return !equals(a, b);
    case 'in':
      return contains(b, a);
    case 'notin':
      return !contains(b, a);
    default: {
      const result = order(a, b);
      if (result === undefined) {
        throw typeError(`'${SYMBOLS[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
      }
      if (op === 'lt') return result < 0;
      if (op === 'lteq') return result <= 0;
      if (op === 'gt') return result > 0;
      return result >= 0;
    }
  }
}
