/**
 * The HTTP layer under the registry client: one place that decides http or https, applies
 * timeouts, bounds concurrency per registry, retries what is safe to retry, follows redirects
 * without carrying credentials to another host, goes through `HTTPS_PROXY`/`NO_PROXY`, and
 * reports every attempt (for debug logs and request-counting benchmarks).
 *
 * It knows nothing of auth or of the registry API: the client above it passes headers in and
 * interprets statuses.
 */
import { Readable } from 'node:stream';
import { EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { isLoopbackHost } from '../../core/reference.js';
import { DEFAULT_RETRY_POLICY, isRetryableNetworkError, isRetryableStatus, isTimeoutError, parseRetryAfter, planRetry, systemClock, type Clock, type RetryPolicy } from './retry.js';
import { Semaphore } from './semaphore.js';

export type HttpMethod = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

/** A body that can be sent again on a retry: bytes, or a function that opens the stream anew. */
export type RequestBody = Uint8Array | (() => AsyncIterable<Uint8Array>);

export interface TransportRequest {
  readonly method: HttpMethod;
  readonly url: URL;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: RequestBody;
  /**
   * Whether the transport may send the request again after a retryable status or a dropped
   * connection. False for requests whose effect is not idempotent (an upload chunk, finishing
   * an upload): their caller recovers by asking the registry what happened.
   */
  readonly retry?: boolean;
}

export interface TransportResponse {
  readonly status: number;
  /** The URL that answered, after redirects. */
  readonly url: URL;
  /** How many attempts it took (1 when the first one answered). */
  readonly attempts: number;
  header(name: string): string | undefined;
  /** The body stream. Callers must consume it, or call `dump()`, to free the connection. */
  readonly body: Readable;
  dump(): Promise<void>;
}

/** What the transport reports after every attempt: for debug logs and request counting. */
export interface RequestEvent {
  readonly method: HttpMethod;
  /** The URL with query values that could be sensitive replaced by `***`. */
  readonly url: string;
  readonly host: string;
  readonly attempt: number;
  readonly status?: number;
  readonly error?: string;
  readonly durationMs: number;
}

export interface Logger {
  debug(message: string): void;
}

export const silentLogger: Logger = { debug: () => undefined };

export interface TransportOptions {
  /** Registries (`host` or `host:port`) reached over plain HTTP. Loopback hosts always are. */
  readonly insecureRegistries?: readonly string[];
  /** Time to connect, to receive the headers, and between two chunks of a body. */
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** Requests in flight to one host (waiting for their response headers or sending a body). */
  readonly maxConcurrencyPerHost?: number;
  /** Defaults to an `EnvHttpProxyAgent`, which honours HTTP_PROXY, HTTPS_PROXY and NO_PROXY. */
  readonly dispatcher?: Dispatcher;
  readonly clock?: Clock;
  readonly random?: () => number;
  readonly logger?: Logger;
  readonly onRequest?: (event: RequestEvent) => void;
  /** Applied to every text logged, so that no secret reaches a log line. */
  readonly redact?: (text: string) => string;
  readonly userAgent?: string;
}

/** The final failure to get any answer, after the retries the policy allowed. */
export class NetworkFailure extends Error {
  readonly attempts: number;
  readonly timedOut: boolean;

  constructor(message: string, attempts: number, timedOut: boolean, cause: unknown) {
    super(message, { cause });
    this.name = 'NetworkFailure';
    this.attempts = attempts;
    this.timedOut = timedOut;
  }
}

export const DEFAULT_MAX_CONCURRENCY_PER_HOST = 8;
const MAX_REDIRECTS = 5;
/** Bodies up to this size are sent within the transport's own deadline (see `#once`). */
const SMALL_BODY = 1024 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Query parameters shown in logs as they are; any other value is masked (upload state, signed URLs). */
const LOGGABLE_QUERY = new Set(['n', 'last', 'digest', 'mount', 'from', 'service', 'scope', 'artifactType']);

export class Transport {
  readonly #insecure: ReadonlySet<string>;
  readonly #timeoutMs: number;
  readonly #retry: RetryPolicy;
  readonly #maxConcurrency: number;
  readonly #dispatcher: Dispatcher;
  readonly #clock: Clock;
  readonly #random: () => number;
  readonly #logger: Logger;
  readonly #onRequest: ((event: RequestEvent) => void) | undefined;
  readonly #redact: (text: string) => string;
  readonly #userAgent: string;
  readonly #semaphores = new Map<string, Semaphore>();
  readonly #ownsDispatcher: boolean;

  constructor(options: TransportOptions = {}) {
    this.#insecure = new Set((options.insecureRegistries ?? []).map((h) => h.trim().toLowerCase()).filter((h) => h !== ''));
    this.#timeoutMs = options.timeoutMs ?? 60_000;
    this.#retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.#maxConcurrency = options.maxConcurrencyPerHost ?? DEFAULT_MAX_CONCURRENCY_PER_HOST;
    this.#ownsDispatcher = options.dispatcher === undefined;
    this.#dispatcher = options.dispatcher ?? new EnvHttpProxyAgent({ connect: { timeout: this.#timeoutMs } });
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
    this.#logger = options.logger ?? silentLogger;
    this.#onRequest = options.onRequest;
    this.#redact = options.redact ?? ((text) => text);
    this.#userAgent = options.userAgent ?? 'image-actions';
  }

  /** Closes the connection pool this transport made (a dispatcher passed in is the caller's). */
  async close(): Promise<void> {
    if (this.#ownsDispatcher) await this.#dispatcher.close();
  }

  get retryPolicy(): RetryPolicy {
    return this.#retry;
  }

  get clock(): Clock {
    return this.#clock;
  }

  get random(): () => number {
    return this.#random;
  }

  /** True when a registry is spoken to over plain HTTP: loopback, or listed as insecure. */
  isPlainHttp(registry: string): boolean {
    const host = registry.toLowerCase();
    if (isLoopbackHost(host)) return true;
    if (this.#insecure.has(host)) return true;
    // An entry without a port covers every port of that host.
    const hostname = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? host);
    return this.#insecure.has(hostname);
  }

  /** `https://host/` or, for loopback and insecure registries, `http://host/`. */
  baseUrl(registry: string): URL {
    return new URL(`${this.isPlainHttp(registry) ? 'http' : 'https'}://${registry}/`);
  }

  /**
   * Sends a request, retrying per the policy when allowed. Resolves with the last answer the
   * server gave (even a retryable status once the retries are used up); rejects with
   * `NetworkFailure` when no attempt got an answer.
   */
  async send(req: TransportRequest): Promise<TransportResponse> {
    const startedAt = this.#clock.now();
    const mayRetry = req.retry !== false;
    for (let attempt = 1; ; attempt++) {
      let response: TransportResponse;
      try {
        response = await this.#attempt(req, attempt);
      } catch (error) {
        const retryable = mayRetry && isRetryableNetworkError(error);
        const decision = retryable ? planRetry({ attempts: attempt, startedAt, now: this.#clock.now() }, this.#retry, this.#random) : undefined;
        const what = describeNetworkError(error);
        if (decision?.retry) {
          this.#logger.debug(this.#redact(`${req.method} ${loggableUrl(req.url)}: ${what}; retrying in ${decision.delayMs} ms`));
          await this.#clock.sleep(decision.delayMs);
          continue;
        }
        const why = decision && !decision.retry ? ` (${decision.reason})` : '';
        throw new NetworkFailure(this.#redact(`${what}${why}`), attempt, isTimeoutError(error), error);
      }
      if (mayRetry && isRetryableStatus(response.status)) {
        const retryAfterMs = parseRetryAfter(response.header('retry-after'), this.#clock.now());
        const decision = planRetry(
          retryAfterMs === undefined ? { attempts: attempt, startedAt, now: this.#clock.now() } : { attempts: attempt, startedAt, now: this.#clock.now(), retryAfterMs },
          this.#retry,
          this.#random,
        );
        if (decision.retry) {
          await response.dump();
          this.#logger.debug(`${req.method} ${loggableUrl(req.url)}: HTTP ${response.status}; retrying in ${decision.delayMs} ms`);
          await this.#clock.sleep(decision.delayMs);
          continue;
        }
        this.#logger.debug(`${req.method} ${loggableUrl(req.url)}: HTTP ${response.status}; ${decision.reason}`);
      }
      return response;
    }
  }

  /** One attempt, following redirects. Credentials never go to another origin. */
  async #attempt(req: TransportRequest, attempt: number): Promise<TransportResponse> {
    let url = req.url;
    let headers: Record<string, string> = { 'user-agent': this.#userAgent, ...req.headers };
    let method = req.method;
    for (let hop = 0; ; hop++) {
      const raw = await this.#once(method, url, headers, hop === 0 ? req.body : undefined, attempt);
      const location = raw.header('location');
      const canFollow = (method === 'GET' || method === 'HEAD') && REDIRECT_STATUSES.has(raw.status) && location !== undefined;
      if (!canFollow || hop >= MAX_REDIRECTS) return raw;
      await raw.dump();
      const next = new URL(location, url);
      if (next.origin !== url.origin) {
        headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
      }
      if (raw.status === 303) method = 'GET';
      url = next;
    }
  }

  async #once(method: HttpMethod, url: URL, headers: Record<string, string>, body: RequestBody | undefined, attempt: number): Promise<TransportResponse> {
    const semaphore = this.#semaphoreFor(url.host);
    const release = await semaphore.acquire();
    const started = this.#clock.now();
    const shownUrl = loggableUrl(url);
    let deadline: NodeJS.Timeout | undefined;
    try {
      const controller = new AbortController();
      const pending = request(url, {
        method,
        headers,
        body: body === undefined ? null : body instanceof Uint8Array ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : Readable.from(body()),
        dispatcher: this.#dispatcher,
        headersTimeout: this.#timeoutMs,
        bodyTimeout: this.#timeoutMs,
        signal: controller.signal,
      });
      // undici's own timeouts do not cover every wait (a proxy that never answers CONNECT, for
      // one), so requests without a large body also race a deadline of their own. Large and
      // streamed uploads rely on undici's timers: their answer may rightly take longer.
      const small = body === undefined || (body instanceof Uint8Array && body.byteLength <= SMALL_BODY);
      const res = !small
        ? await pending
        : await Promise.race([
            pending,
            new Promise<never>((_, reject) => {
              deadline = setTimeout(() => {
                const error = Object.assign(new Error(`no answer within ${this.#timeoutMs} ms`), { code: 'UND_ERR_HEADERS_TIMEOUT' });
                controller.abort(error);
                pending.then((late) => late.body.dump(), () => undefined);
                reject(error);
              }, this.#timeoutMs);
            }),
          ]);
      const durationMs = this.#clock.now() - started;
      this.#logger.debug(this.#redact(`${method} ${shownUrl} → ${res.statusCode} (${durationMs} ms${attempt > 1 ? `, attempt ${attempt}` : ''})`));
      this.#onRequest?.({ method, url: shownUrl, host: url.host, attempt, status: res.statusCode, durationMs });
      return {
        status: res.statusCode,
        url,
        attempts: attempt,
        header: (name) => firstHeader(res.headers[name.toLowerCase()]),
        body: res.body,
        dump: async () => {
          try {
            await res.body.dump();
          } catch {
            // A body that fails while being discarded changes nothing for the caller.
          }
        },
      };
    } catch (error) {
      const durationMs = this.#clock.now() - started;
      const what = this.#redact(describeNetworkError(error));
      this.#logger.debug(`${method} ${shownUrl} → ${what} (${durationMs} ms)`);
      this.#onRequest?.({ method, url: shownUrl, host: url.host, attempt, error: what, durationMs });
      throw error;
    } finally {
      clearTimeout(deadline);
      // Released once the headers are in: holding the slot while a caller streams the body
      // could deadlock a copy that downloads from and uploads to the same registry.
      release();
    }
  }

  #semaphoreFor(host: string): Semaphore {
    let semaphore = this.#semaphores.get(host);
    if (!semaphore) {
      semaphore = new Semaphore(this.#maxConcurrency);
      this.#semaphores.set(host, semaphore);
    }
    return semaphore;
  }
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A URL fit for a log line: known-harmless query values shown, all others masked. */
export function loggableUrl(url: URL): string {
  const params = [...url.searchParams.entries()].map(([key, value]) => `${key}=${LOGGABLE_QUERY.has(key) ? value : '***'}`);
  return `${url.origin}${url.pathname}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

export function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${typeof code === 'string' ? `${code} ` : ''}${error.message}${cause}`;
}

/** Reads a whole body into memory, refusing more than `limit` bytes. */
export async function readBody(body: Readable, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > limit) {
      body.destroy();
      throw new BodyTooLarge(limit);
    }
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export class BodyTooLarge extends Error {
  readonly limit: number;

  constructor(limit: number) {
    super(`the response body is larger than ${limit} bytes`);
    this.name = 'BodyTooLarge';
    this.limit = limit;
  }
}
