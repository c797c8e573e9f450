import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetryableNetworkError, isRetryableStatus, parseRetryAfter, planRetry, type RetryPolicy } from '../../../../src/adapters/registry/retry.js';

const policy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000, maxElapsedMs: 10_000 };

describe('backoffDelay', () => {
  it('doubles each step and keeps between half and all of it (equal jitter)', () => {
    expect([0, 1, 2, 3].map((i) => backoffDelay(i, policy, () => 0))).toEqual([50, 100, 200, 400]);
    expect([0, 1, 2, 3].map((i) => backoffDelay(i, policy, () => 1))).toEqual([100, 200, 400, 800]);
  });

  it('never waits longer than maxDelayMs', () => {
    expect(backoffDelay(10, policy, () => 1)).toBe(1000);
    expect(backoffDelay(60, policy, () => 0.999)).toBeLessThanOrEqual(1000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads delta-seconds and HTTP dates, and ignores the rest', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('what is retried', () => {
  it('retries 408, 429 and 5xx except 501 and 505', () => {
    expect([408, 429, 500, 502, 503, 504, 599].every(isRetryableStatus)).toBe(true);
    expect([200, 400, 401, 403, 404, 501, 505].some(isRetryableStatus)).toBe(false);
  });

  it('retries resets, refusals and timeouts, also when wrapped as a cause', () => {
    expect(isRetryableNetworkError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isRetryableNetworkError(Object.assign(new Error('fetch failed'), { cause: Object.assign(new Error('closed'), { code: 'UND_ERR_SOCKET' }) }))).toBe(true);
    expect(isRetryableNetworkError(Object.assign(new Error('t'), { code: 'UND_ERR_HEADERS_TIMEOUT' }))).toBe(true);
    expect(isRetryableNetworkError(new TypeError('Invalid URL'))).toBe(false);
    expect(isRetryableNetworkError(Object.assign(new Error('bad'), { code: 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH' }))).toBe(false);
  });
});

describe('planRetry', () => {
  it('waits the backoff, or Retry-After when that is longer', () => {
    expect(planRetry({ attempts: 1, startedAt: 0, now: 0 }, policy, () => 0)).toEqual({ retry: true, delayMs: 50 });
    expect(planRetry({ attempts: 1, startedAt: 0, now: 0, retryAfterMs: 2000 }, policy, () => 0)).toEqual({ retry: true, delayMs: 2000 });
    expect(planRetry({ attempts: 3, startedAt: 0, now: 0, retryAfterMs: 10 }, policy, () => 0)).toEqual({ retry: true, delayMs: 200 });
  });

  it('stops after maxAttempts', () => {
    const decision = planRetry({ attempts: 5, startedAt: 0, now: 0 }, policy, () => 0);
    expect(decision).toEqual({ retry: false, reason: 'gave up after 5 attempts' });
  });

  it('stops when the wait would pass the time budget, naming a long Retry-After', () => {
    const decision = planRetry({ attempts: 1, startedAt: 0, now: 1000, retryAfterMs: 60_000 }, policy, () => 0);
    expect(decision.retry).toBe(false);
    expect(!decision.retry && decision.reason).toMatch(/10s budget \(the registry asked to wait 60s\)/);
    expect(planRetry({ attempts: 2, startedAt: 0, now: 9_990 }, policy, () => 0).retry).toBe(false);
  });
});
