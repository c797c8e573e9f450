/**
 * Jinja2's built-in tests (jinja2/tests.py of Jinja2 3.1), with Python's answers:
 * `sequence` is true for strings and dicts (they have a length and items), `mapping`
 * only for dicts, `number` also for booleans, `integer` not for booleans.
 */
import { bindArguments, jinjaCallOf, type ParameterSpec } from '../callable.js';
import { arithmetic, compare, contains } from '../operators.js';
import {
  asString,
  equals,
  isDict,
  isFloat,
  isNumber,
  isString,
  length,
  PyIterator,
  str,
  toNumber,
} from '../python.js';
import type { CompareOperator } from '../ast.js';
import type { TestFunction } from '../runtime.js';

function define(name: string, spec: readonly ParameterSpec[], body: (value: unknown, params: unknown[]) => unknown): TestFunction {
  return (_site, value, args, kwargs) => body(value, bindArguments(name, spec, args, kwargs));
}

function comparison(name: string, op: CompareOperator): TestFunction {
  return define(name, ['other'], (value, [other]) => compare(op, value, other));
}

function isIterable(value: unknown): boolean {
  if (value === undefined || isString(value) || Array.isArray(value) || isDict(value) || value instanceof PyIterator) return true;
  return typeof value === 'object' && value !== null && Symbol.iterator in value;
}

const tests: Array<[string, TestFunction]> = [
  ['boolean', define('boolean', [], (v) => typeof v === 'boolean')],
  ['callable', define('callable', [], (v) => typeof v === 'function' || jinjaCallOf(v) !== undefined)],
  ['defined', define('defined', [], (v) => v !== undefined)],
  ['undefined', define('undefined', [], (v) => v === undefined)],
  ['divisibleby', define('divisibleby', ['num'], (v, [num]) => toNumber(arithmetic('%', v, num)) === 0)],
  ['escaped', define('escaped', [], () => false)],
  ['even', define('even', [], (v) => toNumber(arithmetic('%', v, 2)) === 0)],
  ['odd', define('odd', [], (v) => toNumber(arithmetic('%', v, 2)) === 1)],
  ['false', define('false', [], (v) => v === false)],
  ['true', define('true', [], (v) => v === true)],
  ['none', define('none', [], (v) => v === null)],
  ['float', define('float', [], (v) => isFloat(v))],
  ['integer', define('integer', [], (v) => typeof v === 'number' && Number.isInteger(v))],
  ['number', define('number', [], (v) => isNumber(v))],
  ['string', define('string', [], (v) => isString(v))],
  ['mapping', define('mapping', [], (v) => isDict(v))],
  ['sequence', define('sequence', [], (v) => v === undefined || length(v) !== undefined)],
  ['iterable', define('iterable', [], (v) => isIterable(v))],
  // Python's str.islower()/isupper(): at least one cased character, all in that case.
  ['lower', define('lower', [], (v) => str(v) !== str(v).toUpperCase() && str(v) === str(v).toLowerCase())],
  ['upper', define('upper', [], (v) => str(v) !== str(v).toLowerCase() && str(v) === str(v).toUpperCase())],
  ['sameas', define('sameas', ['other'], (v, [other]) => v === other || (isNumber(v) && isNumber(other) && !isFloat(v) && !isFloat(other) && equals(v, other) && typeof v === typeof other))],
  ['in', define('in', ['seq'], (v, [seq]) => contains(seq, v))],
  ['eq', comparison('eq', 'eq')],
  ['equalto', comparison('equalto', 'eq')],
  ['==', comparison('==', 'eq')],
  ['ne', comparison('ne', 'ne')],
  ['!=', comparison('!=', 'ne')],
  ['gt', comparison('gt', 'gt')],
  ['greaterthan', comparison('greaterthan', 'gt')],
  ['>', comparison('>', 'gt')],
  ['ge', comparison('ge', 'gteq')],
  ['>=', comparison('>=', 'gteq')],
  ['lt', comparison('lt', 'lt')],
  ['lessthan', comparison('lessthan', 'lt')],
  ['<', comparison('<', 'lt')],
  ['le', comparison('le', 'lteq')],
  ['<=', comparison('<=', 'lteq')],
  ['filter', (site, value) => isString(value) && site.runtime.hasFilter(asString(value))],
  ['test', (site, value) => isString(value) && site.runtime.hasTest(asString(value))],
];

export const builtinTests: ReadonlyMap<string, TestFunction> = new Map(tests);
