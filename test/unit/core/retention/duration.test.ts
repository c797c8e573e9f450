import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../../../src/core/diagnostics.js';
import { formatAge, parseDuration } from '../../../../src/core/retention/duration.js';

describe('parseDuration', () => {
  it.each([
    ['30m', 30 * 60_000],
    ['12h', 12 * 3_600_000],
    ['7d', 7 * 86_400_000],
    ['6w', 42 * 86_400_000],
    ['0d', 0],
    [' 180d ', 180 * 86_400_000],
  ])('reads %j', (text, ms) => {
    const d = parseDuration(text);
    expect(d.milliseconds).toBe(ms);
    expect(d.text).toBe(text.trim());
  });

  it.each(['', '7', 'd', '7 d', '1.5d', '-1d', '7x', '1w2d', '7days'])('refuses %j with a hint', (text) => {
    expect(() => parseDuration(text)).toThrow(UserInputError);
    try {
      parseDuration(text);
    } catch (e) {
      const d = (e as UserInputError).diagnostics[0];
      expect(d?.message).toContain(`"${text}"`);
      expect(d?.hint).toMatch(/7d/);
    }
  });

  it('refuses months and years, saying why and what to write', () => {
    for (const text of ['6mo', '1y', '2M']) {
      try {
        parseDuration(text);
        expect.unreachable();
      } catch (e) {
        const d = (e as UserInputError).diagnostics[0];
        expect(d?.message).toMatch(/length varies/);
        expect(d?.hint).toMatch(/180d/);
      }
    }
  });

  it('carries the location it is given into the diagnostic', () => {
    const location = { file: 'images.yaml', line: 12, column: 34 };
    try {
      parseDuration('7 days', location);
      expect.unreachable();
    } catch (e) {
      expect((e as UserInputError).diagnostics[0]?.location).toEqual(location);
      expect((e as Error).message).toMatch(/^images\.yaml:12:34: /);
    }
  });

  it('refuses a number too large to be exact', () => {
    expect(() => parseDuration('99999999999999w')).toThrow(/too large/);
  });
});

describe('formatAge', () => {
  const m = 60_000;
  const h = 60 * m;
  const d = 24 * h;
  it.each([
    [9 * d + 4 * h + 5 * m, '9d 4h'],
    [9 * d + 30 * m, '9d'],
    [3 * h + 12 * m, '3h 12m'],
    [5 * m, '5m'],
    [40_000, '40s'],
    [0, '0s'],
    [-1, 'in the future'],
  ])('%d ms reads %s', (ms, text) => {
    expect(formatAge(ms)).toBe(text);
  });
});
