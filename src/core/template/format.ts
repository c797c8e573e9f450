/**
 * Python's string formatting: `'%s-%d' % (a, b)` (and Jinja2's `format` filter) and
 * `'{}:{:>4}'.format(a, b)`, with the format-spec mini-language for both.
 */
import { TemplateFailure } from './errors.js';
import {
  asString,
  isDict,
  isFloat,
  isNumber,
  isString,
  isTuple,
  floatRepr,
  repr,
  str,
  toNumber,
  typeName,
} from './python.js';

function valueError(message: string): TemplateFailure {
  return new TemplateFailure('type', message);
}

/** Rounds the exact binary value of `x` to `digits` decimals, ties to even (as Python does). */
export function toFixedExact(x: number, digits: number): string {
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : x < 0 ? '-inf' : 'nan';
  if (Math.abs(x) >= 1e21) return BigInt(Math.round(x)).toString() + (digits > 0 ? `.${'0'.repeat(digits)}` : '');
  // toFixed(100) is exact for every double of practical size; round its digits by hand.
  const exact = Math.abs(x).toFixed(100);
  const [intPart = '0', fracPart = ''] = exact.split('.');
  const kept = intPart + fracPart.slice(0, digits);
  const rest = fracPart.slice(digits);
  let roundUp = false;
  if (rest[0] !== undefined && rest[0] > '5') roundUp = true;
  else if (rest[0] === '5') {
    const beyond = /[1-9]/.test(rest.slice(1));
    roundUp = beyond || Number(kept[kept.length - 1] ?? '0') % 2 === 1;
  }
  let digitsOut = kept;
  if (roundUp) digitsOut = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  const whole = digitsOut.slice(0, digitsOut.length - digits) || '0';
  const fraction = digits > 0 ? `.${digitsOut.slice(digitsOut.length - digits)}` : '';
  const negative = x < 0 || Object.is(x, -0);
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

function exponentFormat(x: number, precision: number, upper: boolean): string {
  if (!Number.isFinite(x)) return toFixedExact(x, 0);
  const [mantissa = '0', exponent = '0'] = x.toExponential(precision).split('e');
  const e = Number(exponent);
  const text = `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return upper ? text.toUpperCase() : text;
}

/** Python's `g` presentation; `keepPoint` is the no-type rule (always a digit after the point). */
function generalFormat(x: number, precision: number, alternate: boolean, upper: boolean, keepPoint = false): string {
  if (!Number.isFinite(x)) return toFixedExact(x, 0);
  const p = precision === 0 ? 1 : precision;
  if (x === 0) return keepPoint ? '0.0' : alternate ? `0.${'0'.repeat(p - 1)}` : '0';
  const exponent = Number(x.toExponential(p - 1).split('e')[1]);
  let text: string;
  if (exponent >= -4 && exponent < p) {
    text = toFixedExact(x, p - 1 - exponent);
    if (!alternate && text.includes('.')) text = text.replace(/\.?0+$/, '');
    if (keepPoint && !text.includes('.')) text += '.0';
  } else {
    text = exponentFormat(x, p - 1, false);
    if (!alternate) text = text.replace(/\.?0+e/, 'e');
  }
  return upper ? text.toUpperCase() : text;
}

interface Spec {
  fill: string;
  align: string | undefined;
  sign: string;
  alternate: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number | undefined;
  type: string;
}

const SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su;

function parseSpec(spec: string): Spec {
  const m = SPEC.exec(spec);
  if (!m) throw valueError(`Invalid format specifier '${spec}'`);
  return {
    fill: m[1] ?? (m[5] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[5] ? '=' : undefined),
    sign: m[3] ?? '-',
    alternate: m[4] !== undefined,
    zero: m[5] !== undefined,
    width: m[6] ? Number(m[6]) : 0,
    grouping: m[7] ?? '',
    precision: m[8] !== undefined ? Number(m[8]) : undefined,
    type: m[9] ?? '',
  };
}

function group(digits: string, separator: string, size: number): string {
  if (!separator) return digits;
  const [whole = '', fraction] = digits.split('.');
  const grouped = whole.replace(new RegExp(`\\B(?=(\\d{${size}})+(?!\\d))`, 'g'), separator);
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function pad(body: string, sign: string, prefix: string, spec: Spec, defaultAlign: string): string {
  const align = spec.align ?? defaultAlign;
  const content = sign + prefix + body;
  const missing = spec.width - [...content].length;
  if (missing <= 0) return content;
  const fill = spec.fill.repeat(missing);
  if (align === '<') return content + fill;
  if (align === '>') return fill + content;
  if (align === '=') return sign + prefix + fill + body;
  const left = Math.floor(missing / 2);
  return spec.fill.repeat(left) + content + spec.fill.repeat(missing - left);
}

/** Python's `format(value, spec)`. */
export function formatValue(value: unknown, specText: string): string {
  const spec = parseSpec(specText);
  if (!isNumber(value) || (spec.type === 's')) {
    if (spec.type && spec.type !== 's') {
      throw valueError(`Unknown format code '${spec.type}' for object of type '${typeName(value)}'`);
    }
    let text = str(value);
    if (spec.precision !== undefined) text = [...text].slice(0, spec.precision).join('');
    return pad(text, '', '', spec, '<');
  }
  const n = toNumber(value);
  const float = isFloat(value);
  const negative = n < 0 || Object.is(n, -0);
  const sign = negative ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  const abs = Math.abs(n);
  let body: string;
  let prefix = '';
  const type = spec.type;
  if ('bcdoxXn'.includes(type) && type !== '') {
    if (float) throw valueError(`Unknown format code '${type}' for object of type 'float'`);
    if (type === 'c') return pad(String.fromCodePoint(abs), '', '', spec, '<');
    const radix = type === 'b' ? 2 : type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
    body = abs.toString(radix);
    if (type === 'X') body = body.toUpperCase();
    if (spec.alternate && radix !== 10) prefix = type === 'b' ? '0b' : type === 'o' ? '0o' : type === 'X' ? '0X' : '0x';
    body = group(body, spec.grouping, radix === 10 ? 3 : 4);
  } else if (type === 'f' || type === 'F' || type === '%') {
    const scaled = type === '%' ? abs * 100 : abs;
    body = group(toFixedExact(scaled, spec.precision ?? 6), spec.grouping, 3) + (type === '%' ? '%' : '');
    if (type === 'F') body = body.toUpperCase();
  } else if (type === 'e' || type === 'E') {
    body = exponentFormat(abs, spec.precision ?? 6, type === 'E');
  } else if (type === 'g' || type === 'G') {
    body = generalFormat(abs, spec.precision ?? 6, spec.alternate, type === 'G');
  } else if (!float && spec.precision === undefined) {
    body = group(String(typeof value === 'boolean' ? (value ? 1 : 0) : abs), spec.grouping, 3);
    if (typeof value === 'boolean' && !specText) return value ? 'True' : 'False';
  } else if (spec.precision === undefined) {
    body = group(floatRepr(abs), spec.grouping, 3);
  } else {
    body = generalFormat(abs, spec.precision, spec.alternate, false, true);
  }
  return pad(body, sign, prefix, spec, '>');
}

// ---- `%` formatting ----------------------------------------------------------------------

const PERCENT = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;

/** Python's `template % args`. */
export function percentFormat(template: string, args: unknown): string {
  const mapping = isDict(args) ? args : undefined;
  const positional = mapping ? [] : isTuple(args) ? [...args] : [args];
  let index = 0;
  const next = (): unknown => {
    if (index >= positional.length) throw valueError('not enough arguments for format string');
    return positional[index++];
  };
  const out = template.replace(PERCENT, (_match, key: string | undefined, flags: string, width: string | undefined, precision: string | undefined, type: string) => {
    if (type === '%') return '%';
    let value: unknown;
    if (key !== undefined) {
      if (!mapping) throw valueError('format requires a mapping');
      if (!Object.hasOwn(mapping, key)) throw new TemplateFailure('type', `KeyError: '${key}'`);
      value = mapping[key];
    }
    const w = width === '*' ? toNumber(next()) : width ? Number(width) : 0;
    const p = precision === '*' ? toNumber(next()) : precision !== undefined ? Number(precision) : undefined;
    if (key === undefined) value = next();
    return percentConvert(value, flags, w, p, type);
  });
  if (!mapping && index < positional.length) throw valueError('not all arguments converted during string formatting');
  return out;
}

function percentConvert(value: unknown, flags: string, width: number, precision: number | undefined, type: string): string {
  const left = flags.includes('-');
  const zero = flags.includes('0') && !left;
  const plus = flags.includes('+');
  const space = flags.includes(' ');
  const alternate = flags.includes('#');
  let body: string;
  let sign = '';
  let prefix = '';
  if (type === 's' || type === 'r' || type === 'a') {
    body = type === 's' ? str(value) : repr(value);
    if (precision !== undefined) body = [...body].slice(0, precision).join('');
    const missing = width - [...body].length;
    if (missing <= 0) return body;
    return left ? body + ' '.repeat(missing) : ' '.repeat(missing) + body;
  }
  if (type === 'c') {
    body = isString(value) ? asString(value) : String.fromCodePoint(toNumber(value));
  } else {
    if (!isNumber(value)) {
      throw valueError(`%${type} format: ${'oxX'.includes(type) ? 'an integer' : 'a real number'} is required, not ${typeName(value)}`);
    }
    const n = toNumber(value);
    const abs = Math.abs(n);
    sign = n < 0 ? '-' : plus ? '+' : space ? ' ' : '';
    switch (type) {
      case 'd':
      case 'i':
      case 'u':
        body = String(Math.trunc(abs));
        break;
      case 'o':
        body = Math.trunc(abs).toString(8);
        if (alternate) prefix = '0o';
        break;
      case 'x':
      case 'X':
        body = Math.trunc(abs).toString(16);
        if (alternate) prefix = '0x';
        if (type === 'X') {
          body = body.toUpperCase();
          prefix = prefix.toUpperCase();
        }
        break;
      case 'e':
      case 'E':
        body = exponentFormat(abs, precision ?? 6, type === 'E');
        break;
      case 'f':
      case 'F':
        body = toFixedExact(abs, precision ?? 6);
        break;
      default:
        body = generalFormat(abs, precision ?? 6, alternate, type === 'G');
    }
    if (precision !== undefined && 'diouxX'.includes(type)) body = body.padStart(precision, '0');
  }
  const content = sign + prefix + body;
  const missing = width - content.length;
  if (missing <= 0) return content;
  if (left) return content + ' '.repeat(missing);
  if (zero && type !== 'c') return sign + prefix + '0'.repeat(missing) + body;
  return ' '.repeat(missing) + content;
}

// ---- str.format --------------------------------------------------------------------------

/** Python's `template.format(*args, **kwargs)`; `lookup` resolves `{0.attr}` and `{0[key]}`. */
export function strFormat(
  template: string,
  args: readonly unknown[],
  kwargs: Readonly<Record<string, unknown>>,
  lookup: { attribute(value: unknown, name: string): unknown; item(value: unknown, key: unknown): unknown },
): string {
  let auto = 0;
  let numbering: 'auto' | 'manual' | undefined;
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i] as string;
    if (ch === '{' && template[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    if (ch === '}' && template[i + 1] === '}') {
      out += '}';
      i += 2;
      continue;
    }
    if (ch === '}') throw valueError("Single '}' encountered in format string");
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    const end = template.indexOf('}', i);
    if (end < 0) throw valueError("Single '{' encountered in format string");
    const field = template.slice(i + 1, end);
    i = end + 1;
    const m = /^([^.[!:]*)((?:\.[^.[!:]+|\[[^\]]*\])*)(?:!([rsa]))?(?::(.*))?$/su.exec(field);
    if (!m) throw valueError(`invalid format field '{${field}}'`);
    const [, first = '', accessors = '', conversion, spec = ''] = m;
    let value: unknown;
    if (first === '') {
      if (numbering === 'manual') throw valueError('cannot switch from manual field specification to automatic field numbering');
      numbering = 'auto';
      if (auto >= args.length) throw valueError(`Replacement index ${auto} out of range for positional args tuple`);
      value = args[auto++];
    } else if (/^\d+$/.test(first)) {
      if (numbering === 'auto') throw valueError('cannot switch from automatic field numbering to manual field specification');
      numbering = 'manual';
      const index = Number(first);
      if (index >= args.length) throw valueError(`Replacement index ${index} out of range for positional args tuple`);
      value = args[index];
    } else {
      if (!Object.hasOwn(kwargs, first)) throw new TemplateFailure('type', `KeyError: '${first}'`);
      value = kwargs[first];
    }
    for (const accessor of accessors.match(/\.[^.[]+|\[[^\]]*\]/g) ?? []) {
      if (accessor.startsWith('.')) value = lookup.attribute(value, accessor.slice(1));
      else {
        const key = accessor.slice(1, -1);
        value = lookup.item(value, /^\d+$/.test(key) ? Number(key) : key);
      }
    }
    if (conversion === 'r' || conversion === 'a') value = repr(value);
    else if (conversion === 's') value = str(value);
    out += formatValue(value, spec);
  }
  return out;
}
