import { describe, expect, it } from 'vitest';
import { formatAge } from '../../../../src/core/retention/duration.js';

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
