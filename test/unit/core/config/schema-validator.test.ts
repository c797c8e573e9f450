/**
 * The precompiled validator (schema-validator.generated.ts) against the schema it comes from:
 * it must be current, and it must report exactly the errors ajv reports when it compiles the
 * schema at run time, since the loader's messages and positions are built from them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GENERATED, generateValidatorModule } from '../../../../scripts/generate-schema-validator.ts';
import { IMAGES_SCHEMA, validateAgainstSchema } from '../../../../src/core/config/schema.js';
import { codePointLength, jsonEqual } from '../../../../src/core/config/schema-runtime.js';

const root = join(import.meta.dirname, '../../../..');

function runtimeErrors(data: unknown): ErrorObject[] {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  ajv.addKeyword('patternErrorMessage');
  const validate = ajv.compile(IMAGES_SCHEMA);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** Documents that break the schema in every way it can be broken, and two that do not. */
const DOCUMENTS: Record<string, unknown> = {
  'the example repository': parse(readFileSync(join(root, 'examples/images.yaml'), 'utf8')),
  'an empty file': null,
  'a list at the top': [1, 2],
  'unknown keys at several levels': { versoin: 1, images: { a: { 'buidl-args': {} } }, tags: { promote: ['latest'], extra: 1 } },
  'wrong version and types': { version: 2, registry: 5, prefix: ['x'], 'images-dir': true },
  'a registry in capitals': { registry: 'GHCR.io/Acme' },
  'bad enum and platforms': { defaults: { builder: 'kaniko', platforms: ['linux/amd64', 'linux/amd64'] } },
  'empty platforms and depends-on twice': { images: { a: { platforms: [], 'depends-on': ['b', 'b'] } } },
  'a source without url': { images: { a: { sources: [{ name: 'x' }] } } },
  'build-args with a bad name and a list value': { images: { a: { 'build-args': { '1BAD': 'x', OK: ['list'] } } } },
  'a command as one string': { deploy: { compose: 'c.yaml', command: 'helm upgrade --install' } },
  'an empty command': { deploy: { command: [] } },
  'checks of every kind, each broken': {
    deploy: {
      compose: [],
      checks: [
        { type: 'http' },
        { type: 'http', url: 'http://x/', status: [], bogus: 1 },
        { type: 'tcp', port: 'eighty' },
        { type: 'tls', port: 443, 'server-name': 7 },
        { type: 'exec', command: 'ls' },
        { type: 'run' },
        { type: 'logs', pattern: 5 },
        { type: 'smtp' },
        { name: 'no type' },
      ],
    },
  },
  'promote tags twice and an empty temporary pattern': { tags: { temporary: '', promote: ['latest', 'latest', 3] } },
  'retention rules without tags': { retention: { rules: [{ 'older-than': '7d' }, { tags: 'pr-*', 'keep-last': 'many' }], protect: [1] } },
  'a string where text has a minimum length, with astral characters': { prefix: '𝒜', images: { '': {} } },
};

describe('the precompiled schema validator', () => {
  it('is generated from the schema as it is now', () => {
    expect(readFileSync(GENERATED, 'utf8') === generateValidatorModule(), 'run node scripts/generate-schema-validator.ts').toBe(true);
  });

  for (const [name, data] of Object.entries(DOCUMENTS)) {
    it(`reports what ajv's run-time compile reports: ${name}`, () => {
      const expected = runtimeErrors(data);
      const actual = validateAgainstSchema(data);
      // Everything an error carries, the failing schema and its parent included (by value: the
      // generated code holds copies of the schema).
      expect(actual).toEqual(expected);
    });
  }

  it('found errors in every broken document', () => {
    const broken = Object.entries(DOCUMENTS).filter(([name]) => name !== 'the example repository' && name !== 'an empty file');
    for (const [name, data] of broken) expect(validateAgainstSchema(data).length, name).toBeGreaterThan(0);
    expect(validateAgainstSchema(DOCUMENTS['the example repository'])).toEqual([]);
  });
});

describe('the validator runtime', () => {
  it('compares JSON values deeply', () => {
    expect(jsonEqual({ a: [1, { b: 'c' }] }, { a: [1, { b: 'c' }] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(jsonEqual('1', 1)).toBe(false);
  });

  it('counts code points, as JSON Schema lengths do', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('abc')).toBe(3);
    expect(codePointLength('𝒜b')).toBe(2);
    expect(codePointLength('\ud835')).toBe(1); // a lone surrogate is one
    expect(codePointLength('\udc9c\ud835')).toBe(2);
  });
});
