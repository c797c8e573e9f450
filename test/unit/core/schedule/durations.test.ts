import { describe, expect, it } from 'vitest';
import { DEFAULT_ESTIMATE_SECONDS, estimator, parseDurationHistory, recordDurations } from '../../../../src/core/schedule/index.js';

describe('estimator', () => {
  it('uses the recorded duration, else the median of the history', () => {
    const estimate = estimator({ base: 100, python: 40, app: 10 });
    expect(estimate('base')).toBe(100);
    expect(estimate('new-image')).toBe(40);
    expect(estimator({ a: 10, b: 20 })('new-image')).toBe(15);
  });

  it('falls back to the given default, or the built-in one for an empty history', () => {
    expect(estimator({ a: 10 }, 300)('b')).toBe(300);
    expect(estimator({})('b')).toBe(DEFAULT_ESTIMATE_SECONDS);
    expect(() => estimator({}, -1)).toThrow(RangeError);
  });
});

describe('recordDurations', () => {
  it('takes a first measurement as it is and moves an estimate halfway by default', () => {
    const history = recordDurations({ base: 100 }, { base: 200, app: 33.333 });
    expect(history).toEqual({ app: 33.33, base: 150 });
    expect(Object.keys(history)).toEqual(['app', 'base']);
  });

  it('weights new measurements by the smoothing factor and leaves the input alone', () => {
    const before = { base: 100 };
    expect(recordDurations(before, { base: 200 }, 0.25)).toEqual({ base: 125 });
    expect(recordDurations(before, { base: 200 }, 1)).toEqual({ base: 200 });
    expect(before).toEqual({ base: 100 });
    expect(() => recordDurations(before, {}, 0)).toThrow(RangeError);
  });

  it('converges on a lasting change within a few runs', () => {
    let history = recordDurations({}, { base: 600 });
    for (let run = 0; run < 5; run += 1) history = recordDurations(history, { base: 60 });
    expect(history.base).toBeLessThan(80);
  });

  it('ignores measurements that are not durations', () => {
    expect(recordDurations({ a: 10 }, { a: Number.NaN, b: -5, c: Infinity })).toEqual({ a: 10 });
  });
});

describe('parseDurationHistory', () => {
  it('keeps valid entries and drops the rest', () => {
    expect(parseDurationHistory({ a: 12.5, b: 'fast', c: -1, d: null })).toEqual({ a: 12.5 });
  });
  it('reads anything that is not an object as no history', () => {
    expect(parseDurationHistory(null)).toEqual({});
    expect(parseDurationHistory([1, 2])).toEqual({});
    expect(parseDurationHistory('{"a":1}')).toEqual({});
  });
});
