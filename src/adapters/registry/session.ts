/**
 * One authenticated request to a registry: authorise it for the scopes it needs, send it,
 * answer a 401 challenge once (new token, wider scope), and turn failures into `RegistryError`s
 * that name the operation, the reference, the status and the registry's own code and message.
 * The operations of `RegistryClient` are written on top of this.
 */
import { Authenticator, networkError, type TokenRequestEvent } from './auth.js';
import type { CredentialProvider } from './credentials.js';
import { RegistryError } from './errors.js';
import { registryErrorFrom } from './response-error.js';
import { isRetryableStatus } from './retry.js';
import { Redactor } from './secret.js';
import { silentLogger, Transport, type HttpMethod, type Logger, type RequestBody, type TransportOptions, type TransportResponse } from './transport.js';

/** A repository on a registry: `{ registry: '127.0.0.1:5000', repository: 'team/app' }`. */
export interface RepositoryRef {
  readonly registry: string;
  readonly repository: string;
}

export interface Call {
  /** For errors and logs: `get manifest`, `upload blob`… */
  readonly operation: string;
  /** For errors: the reference as the user would write it. */
  readonly reference: string;
  readonly repo: RepositoryRef;
  readonly scopes: readonly string[];
  readonly method: HttpMethod;
  readonly url: URL;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: RequestBody;
  readonly retry?: boolean;
}

export interface SessionOptions extends Omit<TransportOptions, 'redact'> {
  readonly credentials: CredentialProvider;
  readonly onTokenRequest?: (event: TokenRequestEvent) => void;
}

export class RegistrySession {
  readonly transport: Transport;
  readonly redactor = new Redactor();
  readonly logger: Logger;
  readonly #auth: Authenticator;

  constructor(options: SessionOptions) {
    const base = options.logger ?? silentLogger;
    // Every line logged by any layer passes through the redactor first.
    this.logger = { debug: (message) => base.debug(this.redactor.redact(message)) };
    this.transport = new Transport({ ...options, logger: this.logger, redact: (text) => this.redactor.redact(text) });
    this.#auth = new Authenticator({
      transport: this.transport,
      credentials: options.credentials,
      redactor: this.redactor,
      logger: this.logger,
      ...(options.onTokenRequest === undefined ? {} : { onTokenRequest: options.onTokenRequest }),
    });
  }

  /** `https://host/v2/<repository>/<path>` (http for loopback and insecure registries). */
  url(repo: RepositoryRef, path: string): URL {
    return new URL(`/v2/${repo.repository}/${path}`, this.transport.baseUrl(repo.registry));
  }

  /**
   * Sends an authorised request and returns whatever the registry answered (the caller checks
   * the status). Throws `RegistryError` only when no answer came at all.
   */
  async call(call: Call): Promise<TransportResponse> {
    const sameOrigin = call.url.origin === this.transport.baseUrl(call.repo.registry).origin;
    const authRequest = { registry: call.repo.registry, repository: call.repo.repository, operation: call.operation, reference: call.reference };
    let scopes = call.scopes;
    for (let attempt = 0; ; attempt++) {
      // Credentials go only to the registry's own origin, never to an upload URL elsewhere.
      const authorization = sameOrigin ? await this.#auth.authorize({ ...authRequest, scopes }) : { header: undefined };
      const headers: Record<string, string> = { ...call.headers };
      if (authorization.header !== undefined) headers['authorization'] = authorization.header;
      let res: TransportResponse;
      try {
        res = await this.transport.send({
          method: call.method,
          url: call.url,
          headers,
          ...(call.body === undefined ? {} : { body: call.body }),
          ...(call.retry === undefined ? {} : { retry: call.retry }),
        });
      } catch (error) {
        throw networkError(error, { operation: call.operation, reference: call.reference, registry: call.repo.registry }, this.transport.isPlainHttp(call.repo.registry), this.redactor);
      }
      if (res.status !== 401 || attempt > 0 || !sameOrigin) return res;
      const decision = this.#auth.handleUnauthorized(call.repo.registry, res.header('www-authenticate'), authorization);
      if (!decision.retry) return res;
      await res.dump();
      scopes = [...scopes, ...decision.scopes];
    }
  }

  /** Reads the registry's error body and throws the `RegistryError` it describes. */
  async fail(call: Pick<Call, 'operation' | 'reference' | 'repo' | 'method'>, res: TransportResponse, extraHint?: string): Promise<never> {
    throw await registryErrorFrom({ operation: call.operation, reference: call.reference, registry: call.repo.registry, method: call.method }, res, this.redactor, extraHint);
  }

  /** A `RegistryError` raised by the client itself (a digest mismatch, a bad manifest…). */
  error(call: Pick<Call, 'operation' | 'reference'>, code: string, detail: string, status?: number, hint?: string): RegistryError {
    return new RegistryError({
      operation: call.operation,
      reference: call.reference,
      code,
      detail: this.redactor.redact(detail),
      ...(status === undefined ? {} : { status }),
      ...(hint === undefined ? {} : { hint }),
    });
  }
}

/** Whether a `RegistryError` is worth another try at the level of a whole operation. */
export function isRetryableRegistryError(error: unknown): boolean {
  if (!(error instanceof RegistryError)) return false;
  if (error.code === 'NETWORK' || error.code === 'TIMEOUT') return true;
  if (error.code === 'BLOB_UPLOAD_UNKNOWN') return true;
  return error.status !== undefined && isRetryableStatus(error.status);
}
