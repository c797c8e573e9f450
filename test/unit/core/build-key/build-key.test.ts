import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILD_KEY_RECIPE,
  BUILD_KEY_TAG_PATTERN,
  buildKey,
  buildKeyDocument,
  buildKeyTag,
  type BuildKeyInputs,
  type ContextFile,
} from '../../../../src/core/build-key/index.js';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
const HASHES = [sha('one'), sha('two'), sha('')];
const DIGESTS = [`sha256:${sha('parent-1')}`, `sha256:${sha('parent-2')}`];

const BASE: BuildKeyInputs = {
  dockerfile: 'FROM base\nCOPY . /app\n',
  context: [
    { path: 'start.sh', mode: 0o100755, sha256: HASHES[0] as string },
    { path: 'conf', mode: 0o040755, sha256: HASHES[2] as string },
    { path: 'conf/app.ini', mode: 0o100644, sha256: HASHES[1] as string },
  ],
  buildArgs: { VERSION: '1.2', DEBIAN_FRONTEND: 'noninteractive' },
  target: 'runtime',
  platforms: ['linux/arm64', 'linux/amd64'],
  parentDigests: { base: DIGESTS[0] as string },
  sourceRevisions: { upstream: '0123abc' },
};

describe('buildKeyDocument', () => {
  it('is the versioned canonical JSON the README describes', () => {
    // A golden document: changing the encoding must be deliberate (and bump BUILD_KEY_VERSION).
    const expected =
      '{"recipe":"image-actions/build-key/v1",' +
      `"dockerfile":"${sha('FROM base\nCOPY . /app\n')}",` +
      `"context":[["conf",16877,"${HASHES[2]}"],["conf/app.ini",33188,"${HASHES[1]}"],["start.sh",33261,"${HASHES[0]}"]],` +
      '"buildArgs":[["DEBIAN_FRONTEND","noninteractive"],["VERSION","1.2"]],' +
      '"target":"runtime",' +
      '"platforms":["linux/amd64","linux/arm64"],' +
      `"parents":[["base","${DIGESTS[0]}"]],` +
      '"sources":[["upstream","0123abc"]]}';
    expect(buildKeyDocument(BASE)).toBe(expected);
    expect(buildKey(BASE)).toBe(sha(expected));
  });

  it('ignores the order of files, args, platforms and parents, repeated platforms, and an empty target', () => {
    const reordered: BuildKeyInputs = {
      ...BASE,
      context: [...BASE.context].reverse(),
      buildArgs: { DEBIAN_FRONTEND: 'noninteractive', VERSION: '1.2' },
      platforms: ['linux/amd64', 'linux/arm64', 'linux/amd64'],
    };
    expect(buildKey(reordered)).toBe(buildKey(BASE));
    expect(buildKey({ ...BASE, target: '' })).toBe(buildKey({ ...BASE, target: undefined }));
  });

  it('does not confuse values that would run together when concatenated', () => {
    expect(buildKey({ ...BASE, buildArgs: { A: 'BC' } })).not.toBe(buildKey({ ...BASE, buildArgs: { AB: 'C' } }));
    expect(buildKey({ ...BASE, platforms: ['linux/amd64,linux/arm64'] })).not.toBe(buildKey({ ...BASE, platforms: ['linux/amd64', 'linux/arm64'] }));
    expect(buildKey({ ...BASE, sourceRevisions: { a: 'b', c: 'd' } })).not.toBe(buildKey({ ...BASE, sourceRevisions: { a: 'b","c', '': 'd' } }));
    expect(buildKey({ ...BASE, target: 'null' })).not.toBe(buildKey({ ...BASE, target: undefined }));
  });

  it('rejects malformed inputs, which only a bug could produce', () => {
    const file = BASE.context[0] as ContextFile;
    expect(() => buildKey({ ...BASE, context: [file, file] })).toThrow(/listed twice/);
    expect(() => buildKey({ ...BASE, context: [{ ...file, path: '/abs' }] })).toThrow(/relative/);
    expect(() => buildKey({ ...BASE, context: [{ ...file, path: 'a/../b' }] })).toThrow(/relative/);
    expect(() => buildKey({ ...BASE, context: [{ ...file, sha256: 'ABC' }] })).toThrow(/64 lowercase hex/);
    expect(() => buildKey({ ...BASE, context: [{ ...file, mode: 1.5 }] })).toThrow(/st_mode/);
    expect(() => buildKey({ ...BASE, parentDigests: { base: 'latest' } })).toThrow(/digest of parent base/);
  });
});

describe('buildKeyTag', () => {
  it('is bk- and the first 16 hex of the key', () => {
    const key = buildKey(BASE);
    expect(buildKeyTag(key)).toBe(`bk-${key.slice(0, 16)}`);
    expect(buildKeyTag(key)).toMatch(BUILD_KEY_TAG_PATTERN);
    expect(() => buildKeyTag('bk-123')).toThrow(TypeError);
  });
  it('is described for the README', () => {
    expect(BUILD_KEY_RECIPE).toContain('bk-<first 16 hex of the key>');
    expect(BUILD_KEY_RECIPE).toContain('image-actions/build-key/v1');
  });
});

// Small alphabets with JSON's and a naive encoding's separators make near-collisions likely.
const text = fc.string({ unit: fc.constantFrom('a', 'b', '=', ',', '"', '\\', '/', '\u0000', 'é', '\n'), maxLength: 3 });
const segment = fc.string({ unit: fc.constantFrom('a', 'b', '.', ' ', '"'), minLength: 1, maxLength: 2 }).filter((s) => s !== '.' && s !== '..');
const contextFile: fc.Arbitrary<ContextFile> = fc.record({
  path: fc.array(segment, { minLength: 1, maxLength: 3 }).map((segments) => segments.join('/')),
  mode: fc.constantFrom(0o100644, 0o100755, 0o120777, 0o040755),
  sha256: fc.constantFrom(...HASHES),
});
const inputsArbitrary: fc.Arbitrary<BuildKeyInputs> = fc.record({
  dockerfile: text,
  context: fc.uniqueArray(contextFile, { selector: (file) => file.path, maxLength: 4 }),
  buildArgs: fc.dictionary(text, text, { maxKeys: 3 }),
  target: fc.option(text, { nil: undefined }),
  platforms: fc.array(fc.constantFrom('linux/amd64', 'linux/arm64', 'linux/arm/v7'), { maxLength: 3 }),
  parentDigests: fc.dictionary(text, fc.constantFrom(...DIGESTS), { maxKeys: 2 }),
  sourceRevisions: fc.dictionary(text, text, { maxKeys: 2 }),
});

/** The meaning of an input, computed independently of the module: what a build depends on. */
function meaning(inputs: BuildKeyInputs): unknown {
  const sortedEntries = (record: Readonly<Record<string, string>>): string[][] => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    dockerfile: inputs.dockerfile,
    context: [...inputs.context].sort((a, b) => (a.path < b.path ? -1 : 1)).map((f) => [f.path, f.mode, f.sha256]),
    buildArgs: sortedEntries(inputs.buildArgs),
    target: inputs.target || null,
    platforms: [...new Set(inputs.platforms)].sort(),
    parents: sortedEntries(inputs.parentDigests),
    sources: sortedEntries(inputs.sourceRevisions),
  };
}

/** One change to one input that changes its meaning. */
const change = fc.oneof(
  fc.record({ field: fc.constant('dockerfile' as const), value: text }),
  fc.record({ field: fc.constant('context' as const), value: fc.uniqueArray(contextFile, { selector: (file) => file.path, maxLength: 4 }) }),
  fc.record({ field: fc.constant('buildArgs' as const), value: fc.dictionary(text, text, { maxKeys: 3 }) }),
  fc.record({ field: fc.constant('target' as const), value: fc.option(text, { nil: undefined }) }),
  fc.record({ field: fc.constant('platforms' as const), value: fc.array(fc.constantFrom('linux/amd64', 'linux/arm64', 'linux/arm/v7'), { maxLength: 3 }) }),
  fc.record({ field: fc.constant('parentDigests' as const), value: fc.dictionary(text, fc.constantFrom(...DIGESTS), { maxKeys: 2 }) }),
  fc.record({ field: fc.constant('sourceRevisions' as const), value: fc.dictionary(text, text, { maxKeys: 2 }) }),
);

describe('buildKey (properties)', () => {
  it('changes when, and only when, what the build depends on changes', () => {
    fc.assert(
      fc.property(inputsArbitrary, fc.array(change, { maxLength: 2 }), (inputs, changes) => {
        let changed: BuildKeyInputs = inputs;
        for (const { field, value } of changes) changed = { ...changed, [field]: value };
        const sameMeaning = JSON.stringify(meaning(changed)) === JSON.stringify(meaning(inputs));
        expect(buildKey(changed) === buildKey(inputs)).toBe(sameMeaning);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the key when only the presentation changes: orders, repeated platforms, empty target', () => {
    fc.assert(
      fc.property(inputsArbitrary, fc.integer(), (inputs, seed) => {
        const shuffle = <T>(items: readonly T[]): T[] => {
          const copy = [...items];
          let state = seed >>> 0;
          for (let i = copy.length - 1; i > 0; i -= 1) {
            state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
            const j = state % (i + 1);
            [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
          }
          return copy;
        };
        const representedAnew: BuildKeyInputs = {
          ...inputs,
          context: shuffle(inputs.context),
          buildArgs: Object.fromEntries(shuffle(Object.entries(inputs.buildArgs))),
          target: inputs.target === undefined ? '' : inputs.target === '' ? undefined : inputs.target,
          platforms: shuffle([...inputs.platforms, ...inputs.platforms]),
          parentDigests: Object.fromEntries(shuffle(Object.entries(inputs.parentDigests))),
          sourceRevisions: Object.fromEntries(shuffle(Object.entries(inputs.sourceRevisions))),
        };
        expect(buildKey(representedAnew)).toBe(buildKey(inputs));
      }),
      { numRuns: 1000 },
    );
  });

  it('always yields 64 lowercase hex', () => {
    fc.assert(
      fc.property(inputsArbitrary, (inputs) => {
        expect(buildKey(inputs)).toMatch(/^[0-9a-f]{64}$/);
      }),
      { numRuns: 200 },
    );
  });
});
