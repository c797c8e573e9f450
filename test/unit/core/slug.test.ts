import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidTag, joinTag, slugify } from '../../../src/core/slug.js';

describe('slugify', () => {
  it('lowercases and replaces what a tag cannot hold', () => {
    expect(slugify('Feature/Add-FOO bar')).toBe('feature-add-foo-bar');
    expect(slugify('release/1.2')).toBe('release-1.2');
    expect(slugify('$(rm -rf /)')).toBe('rm-rf');
  });
  it('never starts with . or -', () => {
    expect(slugify('.hidden')).toBe('hidden');
    expect(slugify('--x')).toBe('x');
  });
  it('caps at 128 characters', () => {
    expect(slugify('a'.repeat(300))).toHaveLength(128);
  });
  it('always yields a valid tag or nothing (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const slug = slugify(text);
        expect(slug === '' || isValidTag(slug)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('joinTag', () => {
  it('keeps the suffix whole and trims the prefix to fit', () => {
    const tag = joinTag('x'.repeat(200), 'abc1234');
    expect(tag.endsWith('-abc1234')).toBe(true);
    expect(tag.length).toBeLessThanOrEqual(128);
    expect(isValidTag(tag)).toBe(true);
  });
  it('drops an empty prefix', () => {
    expect(joinTag('///', 'abc1234')).toBe('abc1234');
  });
});
