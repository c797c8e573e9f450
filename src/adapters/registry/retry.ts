/**
 * When and how long to wait before trying a registry request again.
 *
 * Exponential backoff with "equal jitter" (half the step fixed, half random) so that many jobs
 * hitting one rate limit spread out but none retries at once; `Retry-After` is honoured as a
 * floor; every operation is bounded both in attempts and in elapsed time. All of it is pure:
 * the clock and the random source are injected, so the timing is tested exactly.
 */

export interface RetryPolicy {
  /** Attempts in all, the first included. 1 means never retry. */
  readonly maxAttempts: number;
  /** The step before the first retry; it doubles for each later one. */
  readonly baseDelayMs: number;
  /** No single wait is longer (except one a `Retry-After` asks for, within the time budget). */
  readonly maxDelayMs: number;
  /** No retry starts a wait that would end later than this after the first attempt began. */
  readonly maxElapsedMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxElapsedMs: 120_000,
};

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The wait before retry number `retryIndex` (0 for the first retry), without `Retry-After`. */
export function backoffDelay(retryIndex: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * `Retry-After` in milliseconds from now: either delta-seconds (`120`) or an HTTP date.
 * Undefined when absent or unreadable, so the normal backoff applies.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * 429 and the 5xx statuses that mean "not now": a gateway or the registry is overloaded or
 * restarting. 501 and 505 say the request will never work, so they are final.
 */
export function isRetryableStatus(status: number): boolean {
  if (status === 408 || status === 429) return true;
  return status >= 500 && status <= 599 && status !== 501 && status !== 505;
}

const RETRYABLE_ERROR_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_REQ_RETRY',
]);

/** A dropped connection, a reset, a refused connection or a timeout: worth another try. */
export function isRetryableNetworkError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && RETRYABLE_ERROR_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function isTimeoutError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT';
}

export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number }
  | { readonly retry: false; readonly reason: string };

export interface RetryState {
  /** Attempts made so far (1 after the first failure). */
  readonly attempts: number;
  /** When the first attempt started, and now, on the injected clock. */
  readonly startedAt: number;
  readonly now: number;
  /** The server's `Retry-After`, in ms, if it sent one. */
  readonly retryAfterMs?: number;
}

/** Decides whether a failed attempt is retried, and after how long. */
export function planRetry(state: RetryState, policy: RetryPolicy, random: () => number): RetryDecision {
  if (state.attempts >= policy.maxAttempts) {
    return { retry: false, reason: `gave up after ${state.attempts} attempts` };
  }
  const backoff = backoffDelay(state.attempts - 1, policy, random);
  const delayMs = state.retryAfterMs === undefined ? backoff : Math.max(state.retryAfterMs, backoff);
  const elapsed = state.now - state.startedAt;
  if (elapsed + delayMs > policy.maxElapsedMs) {
    const why = state.retryAfterMs !== undefined && state.retryAfterMs >= backoff ? ` (the registry asked to wait ${Math.ceil(state.retryAfterMs / 1000)}s)` : '';
    return { retry: false, reason: `gave up after ${state.attempts} attempts: the next wait would pass the ${Math.round(policy.maxElapsedMs / 1000)}s budget${why}` };
  }
  return { retry: true, delayMs };
}
