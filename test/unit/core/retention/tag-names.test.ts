import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../../../src/core/diagnostics.js';
import {
  buildKeyTag,
  exceptionActive,
  isBuildKeyTag,
  keepTagName,
  parseExceptionTag,
  parseFallbackTag,
} from '../../../../src/core/retention/tag-names.js';

describe('parseExceptionTag', () => {
  it('reads keep-<reason>', () => {
    expect(parseExceptionTag('keep-customer-demo')).toEqual({ kind: 'keep', reason: 'customer-demo' });
  });

  it('reads keep-until-<yyyymmdd>-<reason>, protecting through the end of that day (UTC)', () => {
    const marker = parseExceptionTag('keep-until-20250630-audit');
    expect(marker).toMatchObject({ kind: 'keep-until', until: '2025-06-30', reason: 'audit' });
    if (marker?.kind !== 'keep-until') throw new Error('expected keep-until');
    expect(marker.endsAt.toISOString()).toBe('2025-07-01T00:00:00.000Z');
    expect(exceptionActive(marker, new Date('2025-06-30T23:59:59.999Z'))).toBe(true);
    expect(exceptionActive(marker, new Date('2025-07-01T00:00:00.000Z'))).toBe(false);
  });

  it('accepts a keep-until tag without a reason', () => {
    expect(parseExceptionTag('keep-until-20250630')).toMatchObject({ kind: 'keep-until', until: '2025-06-30' });
  });

  it('treats a keep-until tag whose date does not exist as a plain keep tag (kept, not deleted)', () => {
    for (const tag of ['keep-until-20250230-x', 'keep-until-20251301-x', 'keep-until-2025063-x']) {
      const marker = parseExceptionTag(tag);
      expect(marker).toMatchObject({ kind: 'keep', malformedUntil: true });
      expect(exceptionActive(marker!, new Date('2100-01-01'))).toBe(true);
    }
  });

  it('leaves other tags alone', () => {
    for (const tag of ['keep', 'keep-', 'keeper-1', 'latest', 'pr-1-keep-x']) expect(parseExceptionTag(tag)).toBeUndefined();
  });

  it('keep-<reason> never expires', () => {
    expect(exceptionActive(parseExceptionTag('keep-forever')!, new Date('2999-01-01'))).toBe(true);
  });
});

describe('keepTagName', () => {
  it('round-trips through parseExceptionTag', () => {
    expect(parseExceptionTag(keepTagName('Customer Demo!'))).toEqual({ kind: 'keep', reason: 'customer-demo' });
    const dated = keepTagName('audit', '2026-03-31');
    expect(dated).toBe('keep-until-20260331-audit');
    expect(parseExceptionTag(dated)).toMatchObject({ kind: 'keep-until', until: '2026-03-31', reason: 'audit' });
  });

  it('refuses a date that does not exist, a reason with nothing in it, and a reason that reads as a date', () => {
    expect(() => keepTagName('x', '2026-02-30')).toThrow(UserInputError);
    expect(() => keepTagName('x', '31.03.2026')).toThrow(/YYYY-MM-DD/);
    expect(() => keepTagName('!!!')).toThrow(/no letters or digits/);
    expect(() => keepTagName('until-20260101-x')).toThrow(/--until/);
  });
});

describe('parseFallbackTag', () => {
  const hex = 'a'.repeat(64);
  it('reads the OCI referrers tag and cosign suffixes', () => {
    expect(parseFallbackTag(`sha256-${hex}`)).toEqual({ subject: `sha256:${hex}`, kind: 'referrers-index' });
    expect(parseFallbackTag(`sha256-${hex}.sig`)).toEqual({ subject: `sha256:${hex}`, kind: 'sig' });
    expect(parseFallbackTag(`sha256-${hex}.att`)?.kind).toBe('att');
    expect(parseFallbackTag(`sha256-${hex}.sbom`)?.kind).toBe('sbom');
    expect(parseFallbackTag(`sha512-${'b'.repeat(128)}.sig`)?.subject).toBe(`sha512:${'b'.repeat(128)}`);
  });

  it('ignores look-alikes', () => {
    for (const tag of [`sha256-${hex.slice(1)}`, `sha256-${hex}.txt`, `sha256-${hex.toUpperCase()}`, 'sha256-abc', `x-sha256-${hex}`]) {
      expect(parseFallbackTag(tag)).toBeUndefined();
    }
  });
});

describe('build-key tags', () => {
  it('takes the first 16 hex of the key, with or without sha256:', () => {
    const key = '0123456789abcdef'.repeat(4);
    expect(buildKeyTag(key)).toBe('bk-0123456789abcdef');
    expect(buildKeyTag(`sha256:${key.toUpperCase()}`)).toBe('bk-0123456789abcdef');
    expect(buildKeyTag('not-a-key')).toBeUndefined();
  });

  it('recognises bk-<16 hex> only', () => {
    expect(isBuildKeyTag('bk-0123456789abcdef')).toBe(true);
    expect(isBuildKeyTag('bk-0123')).toBe(false);
    expect(isBuildKeyTag('bk-feature-x')).toBe(false);
  });
});
