/**
 * Python's value semantics (python.ts, format.ts): how values print, compare and round.
 * The expected strings are what CPython 3 prints for the same values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValue, percentFormat, toFixedExact } from '../../../../src/core/template/format.js';
import {
  equals,
  floatRepr,
  makeTuple,
  order,
  PyFloat,
  PyIterator,
  repr,
  str,
  stringRepr,
  truthy,
} from '../../../../src/core/template/python.js';

describe('repr and str', () => {
  it('prints floats as Python does', () => {
    expect(floatRepr(0.1)).toBe('0.1');
    expect(floatRepr(2)).toBe('2.0');
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(1.5e16)).toBe('1.5e+16');
    expect(floatRepr(123456789012345.6)).toBe('123456789012345.6');
    expect(floatRepr(0.0001)).toBe('0.0001');
    expect(floatRepr(0.00001)).toBe('1e-05');
    expect(floatRepr(-2.5e-7)).toBe('-2.5e-07');
    expect(floatRepr(-0)).toBe('-0.0');
    expect([floatRepr(Infinity), floatRepr(-Infinity), floatRepr(NaN)]).toEqual(['inf', '-inf', 'nan']);
  });

  it('prints floats that read back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(floatRepr(x))).toBe(x);
      }),
    );
  });

  it('prints ints in full, even beyond 2^53', () => {
    expect(repr(2 ** 60)).toBe('1152921504606846976');
    expect(repr(1e21)).toBe('1000000000000000000000');
  });

  it('quotes strings as Python does', () => {
    expect(stringRepr('abc')).toBe("'abc'");
    expect(stringRepr("it's")).toBe('"it\'s"');
    expect(stringRepr('both \' and "')).toBe("'both \\' and \"'");
    expect(stringRepr('tab\tnew\nline\\')).toBe("'tab\\tnew\\nline\\\\'");
    expect(stringRepr('\u0007\u00a0é\u2028')).toBe("'\\x07\\xa0é\\u2028'");
  });

  it('prints containers, None, booleans, Undefined and integral floats', () => {
    expect(repr([1, 'a', null, true, undefined, new PyFloat(2)])).toBe("[1, 'a', None, True, Undefined, 2.0]");
    expect(repr(makeTuple([1]))).toBe('(1,)');
    expect(repr(makeTuple([]))).toBe('()');
    expect(repr({ k: [makeTuple([1, 2])] })).toBe("{'k': [(1, 2)]}");
    expect(str(undefined)).toBe('');
    expect(str(null)).toBe('None');
    expect(str('x')).toBe('x');
  });
});

describe('truth, equality and order', () => {
  it('follows Python truthiness', () => {
    const falsy = [undefined, null, false, 0, '', [], {}, makeTuple([]), new PyFloat(0)];
    const truthyValues = [true, 1, -1, 'a', [0], { a: 0 }, new PyIterator([], 'empty'), NaN];
    expect(falsy.map(truthy)).toEqual(falsy.map(() => false));
    expect(truthyValues.map(truthy)).toEqual(truthyValues.map(() => true));
  });

  it('compares structurally, never coercing strings and numbers', () => {
    expect(equals([1, { a: [2] }], [1, { a: [2] }])).toBe(true);
    expect(equals(1, true)).toBe(true);
    expect(equals(1, new PyFloat(1))).toBe(true);
    expect(equals('1', 1)).toBe(false);
    expect(equals([1], makeTuple([1]))).toBe(false);
    expect(equals(undefined, null)).toBe(false);
    expect(equals(undefined, undefined)).toBe(true);
  });

  it('orders numbers, strings and sequences, and refuses mixed types', () => {
    expect(order(1, 2)).toBe(-1);
    expect(order('b', 'a')).toBe(1);
    expect(order([1, 2], [1, 3])).toBe(-1);
    expect(order([1], [1, 0])).toBe(-1);
    expect(order(1, 'a')).toBeUndefined();
    expect(order([1], makeTuple([1]))).toBeUndefined();
  });
});

describe('formatting', () => {
  it('rounds the exact binary value, ties to even', () => {
    expect(toFixedExact(0.125, 2)).toBe('0.12');
    expect(toFixedExact(0.375, 2)).toBe('0.38');
    expect(toFixedExact(2.675, 2)).toBe('2.67');
    expect(toFixedExact(2.5, 0)).toBe('2');
    expect(toFixedExact(-1.5, 0)).toBe('-2');
    expect(toFixedExact(999.9999, 2)).toBe('1000.00');
  });

  it('rounds to the nearest representable decimal', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 8 }), (x, digits) => {
        const text = toFixedExact(x, digits);
        expect(Math.abs(Number(text) - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits + Math.abs(x) * 1e-15);
        expect(text.split('.')[1]?.length ?? 0).toBe(digits);
      }),
    );
  });

  it("formats with Python's % operator", () => {
    expect(percentFormat('%s-%d-%05.1f-%x-%r', makeTuple(['a', 42, 3.14159, 255, 'q']))).toBe("a-42-003.1-ff-'q'");
    expect(percentFormat('%(name)s=%(n)+d', { name: 'k', n: 3 })).toBe('k=+3');
    expect(percentFormat('%-4s|%4s|%%', makeTuple(['a', 'b']))).toBe('a   |   b|%');
    expect(() => percentFormat('%s %s', makeTuple([1]))).toThrow('not enough arguments for format string');
    expect(() => percentFormat('%s', makeTuple([1, 2]))).toThrow('not all arguments converted during string formatting');
  });

  it("formats with Python's format-spec mini-language", () => {
    expect(formatValue('r', '>4')).toBe('   r');
    expect(formatValue('c', '*^5')).toBe('**c**');
    expect(formatValue(3.14159, '08.3f')).toBe('0003.142');
    expect(formatValue(1234567, ',')).toBe('1,234,567');
    expect(formatValue(5, '#b')).toBe('0b101');
    expect(formatValue(0.256, '.1%')).toBe('25.6%');
    expect(formatValue(1234.5, '.3')).toBe('1.23e+03');
    expect(formatValue(new PyFloat(1), '')).toBe('1.0');
    expect(formatValue(42, '')).toBe('42');
    expect(() => formatValue(1.5, 'd')).toThrow("Unknown format code 'd' for object of type 'float'");
  });
});
