/**
 * JSON over HTTPS to the two web APIs that delete what a registry API cannot: GitHub's REST API
 * (GHCR's package versions) and Docker Hub's API (tags). What both need and the registry
 * transport does not give them:
 * - rate limits that arrive as 403 as well as 429, with the wait in `retry-after` (seconds),
 *   `x-ratelimit-reset` (GitHub, epoch seconds) or `x-retry-after` (Docker Hub, epoch seconds);
 *   each is honoured, within a bound, and a wait longer than the bound fails at once saying
 *   how long the service asked for, instead of hanging a job for an hour;
 * - retries of 5xx answers and dropped connections with backoff;
 * - secrets scrubbed from every message (the token, and whatever the service echoes).
 * Proxies come from HTTP(S)_PROXY/NO_PROXY, as for the registry.
 */
import { EnvHttpProxyAgent, fetch as undiciFetch, type Dispatcher } from 'undici';
import { backoffDelay, isRetryableNetworkError, parseRetryAfter, systemClock, type Clock } from '../registry/retry.js';
import type { Redactor } from '../registry/secret.js';

export type WebMethod = 'GET' | 'POST' | 'DELETE';

/** The subset of `fetch` the client calls, so tests may count or fail requests. */
export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body?: string; signal: AbortSignal; dispatcher?: Dispatcher }) => Promise<{
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

export interface WebApiOptions {
  /** For messages: `GitHub API`, `Docker Hub API`. */
  readonly service: string;
  readonly redactor: Redactor;
  readonly fetch?: FetchLike;
  readonly clock?: Clock;
  readonly random?: () => number;
  /** Attempts in all for one request. Default 5. */
  readonly maxAttempts?: number;
  /** The longest single wait a rate limit may ask for and be waited out. Default 120 s. */
  readonly maxWaitMs?: number;
  /** Per attempt. Default 30 s. */
  readonly timeoutMs?: number;
}

export interface WebResponse {
  readonly status: number;
  readonly url: URL;
  readonly text: string;
  /** Attempts it took (a DELETE that finds nothing on its second attempt probably landed on its first). */
  readonly attempts: number;
  header(name: string): string | undefined;
  /** The body as JSON, or undefined when it is not JSON. */
  json(): unknown;
}

export interface WebRequest {
  readonly method: WebMethod;
  readonly url: URL;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** A request the service refused, or never answered, after the retries it was allowed. */
export class WebApiError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WebApiError';
    this.status = status;
  }
}

/** GitHub documents "wait at least one minute" for a secondary limit that names no time. */
const UNNAMED_RATE_LIMIT_WAIT_MS = 60_000;
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

let sharedDispatcher: Dispatcher | undefined;

function defaultFetch(): FetchLike {
  sharedDispatcher ??= new EnvHttpProxyAgent();
  const dispatcher = sharedDispatcher;
  return async (url, init) => undiciFetch(url, { ...init, dispatcher });
}

/**
 * Whether an answer is a rate limit, and how long it asks to wait (undefined when it names no
 * time). GitHub signals its primary limit with 403 or 429 and `x-ratelimit-remaining: 0`, its
 * secondary limits with 403 or 429 and a message (and often `retry-after`); Docker Hub with 429.
 */
export function rateLimitWait(status: number, header: (name: string) => string | undefined, bodyText: string, nowMs: number): { limited: boolean; waitMs?: number } {
  const remaining = header('x-ratelimit-remaining');
  const retryAfter = header('retry-after');
  const limited = status === 429 || (status === 403 && (remaining === '0' || retryAfter !== undefined || /rate limit/i.test(bodyText)));
  if (!limited) return { limited: false };
  const after = parseRetryAfter(retryAfter, nowMs);
  if (after !== undefined) return { limited, waitMs: after };
  const epoch = remaining === '0' ? header('x-ratelimit-reset') : header('x-retry-after');
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return { limited, waitMs: Math.max(0, Number(epoch) * 1000 - nowMs) };
  return { limited };
}

export class WebApiClient {
  readonly #options: WebApiOptions;
  readonly #fetch: FetchLike;
  readonly #clock: Clock;
  readonly #random: () => number;

  constructor(options: WebApiOptions) {
    this.#options = options;
    this.#fetch = options.fetch ?? defaultFetch();
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
  }

  get service(): string {
    return this.#options.service;
  }

  /**
   * Sends a request and returns the service's answer, whatever its status, once it is not a
   * rate limit or a transient failure (or the retries are used up: then the last answer).
   * Throws `WebApiError` when a rate limit asks for a wait beyond the bound, or no attempt
   * got an answer.
   */
  async send(req: WebRequest): Promise<WebResponse> {
    const maxAttempts = this.#options.maxAttempts ?? 5;
    const maxWaitMs = this.#options.maxWaitMs ?? 120_000;
    const what = `${req.method} ${req.url.pathname}`;
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'image-actions', ...req.headers };
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    for (let attempt = 1; ; attempt++) {
      let res: WebResponse;
      try {
        res = await this.#once(req, headers, attempt);
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        if (attempt < maxAttempts && (timedOut || isRetryableNetworkError(error))) {
          await this.#clock.sleep(backoffDelay(attempt - 1, { maxAttempts, baseDelayMs: 500, maxDelayMs: 8_000, maxElapsedMs: Infinity }, this.#random));
          continue;
        }
        const message = error instanceof Error ? error.message : String(error);
        throw new WebApiError(this.#redact(`${this.service}: ${what} got no answer after ${attempt} attempt(s): ${message}`), undefined, { cause: error });
      }
      const limit = rateLimitWait(res.status, (n) => res.header(n), res.text, this.#clock.now());
      if (limit.limited) {
        const waitMs = limit.waitMs ?? Math.max(UNNAMED_RATE_LIMIT_WAIT_MS, backoffDelay(attempt - 1, { maxAttempts, baseDelayMs: 1_000, maxDelayMs: 60_000, maxElapsedMs: Infinity }, this.#random));
        if (waitMs > maxWaitMs) {
          throw new WebApiError(
            this.#redact(`${this.service} rate limit: ${what} answered ${res.status} and asks to wait ${Math.ceil(waitMs / 1000)} s, longer than the ${Math.round(maxWaitMs / 1000)} s this run waits. Re-run the cleanup later; it finishes what this run left.`),
            res.status,
          );
        }
        if (attempt >= maxAttempts) {
          throw new WebApiError(this.#redact(`${this.service} rate limit: ${what} was still limited after ${attempt} attempts. Re-run the cleanup later; it finishes what this run left.`), res.status);
        }
        // A little more than asked, so the retry lands after the window opens, not on its edge.
        await this.#clock.sleep(waitMs + 250);
        continue;
      }
      if (RETRYABLE_STATUS.has(res.status) && attempt < maxAttempts) {
        const asked = parseRetryAfter(res.header('retry-after'), this.#clock.now()) ?? 0;
        const wait = Math.max(asked, backoffDelay(attempt - 1, { maxAttempts, baseDelayMs: 500, maxDelayMs: 8_000, maxElapsedMs: Infinity }, this.#random));
        if (wait <= maxWaitMs) {
          await this.#clock.sleep(wait);
          continue;
        }
      }
      return res;
    }
  }

  /** Scrubs every secret the client knows from a text. */
  redact(text: string): string {
    return this.#redact(text);
  }

  #redact(text: string): string {
    return this.#options.redactor.redact(text);
  }

  async #once(req: WebRequest, headers: Record<string, string>, attempt: number): Promise<WebResponse> {
    const timeoutMs = this.#options.timeoutMs ?? 30_000;
    const raw = await this.#fetch(req.url.href, {
      method: req.method,
      headers,
      ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await raw.text();
    return {
      status: raw.status,
      url: req.url,
      text,
      attempts: attempt,
      header: (name) => raw.headers.get(name) ?? undefined,
      json: () => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return undefined;
        }
      },
    };
  }
}

const GENERIC_REASONS = new Set(['bad request', 'unauthorized', 'forbidden', 'not found', 'too many requests', 'internal server error']);

/** The service's own message from an error body (`message`, or Django's `detail`), scrubbed. */
export function serviceMessage(res: WebResponse, redact: (text: string) => string): string {
  const body = res.json();
  if (typeof body === 'object' && body !== null) {
    const record = body as Record<string, unknown>;
    const said = [record['message'], record['detail'], record['error']].filter((v): v is string => typeof v === 'string' && v !== '');
    // Docker Hub puts the reason phrase in `message` and the explanation in `detail`.
    const message = said.find((m) => !GENERIC_REASONS.has(m.toLowerCase())) ?? said[0];
    if (message !== undefined) return redact(message);
  }
  const firstLine = (res.text.trim().split('\n')[0] ?? '').replace(/<[^>]*>/g, '').trim().slice(0, 200);
  return redact(firstLine === '' ? `HTTP ${res.status} without a message` : firstLine);
}
