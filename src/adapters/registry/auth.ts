/**
 * Authentication against a registry: ping `/v2/` once, follow its `WWW-Authenticate` challenge
 * (Basic or Bearer), and for Bearer fetch tokens with the exact scopes an operation needs
 * (`repository:<name>:pull`, `…:pull,push`, plus the source's `pull` for a cross-repository
 * mount). Tokens are cached per scope set until shortly before they expire, and concurrent
 * requests for the same token share one fetch. Without credentials, tokens are anonymous.
 */
import { findBearer, hasBasic, parseChallenges, type BearerChallenge } from './challenge.js';
import { CredentialError, type Credential, type CredentialProvider, type FoundCredential } from './credentials.js';
import { RegistryError, parseRegistryErrorBody } from './errors.js';
import { Redactor, Secret } from './secret.js';
import { NetworkFailure, readBody, type Logger, type Transport } from './transport.js';
import { isRetryableNetworkError, isRetryableStatus, type Clock } from './retry.js';
import { registryErrorFrom } from './response-error.js';

export type RepositoryAction = 'pull' | 'push' | 'delete';

/** `repository:<name>:<actions>`, actions in a fixed order so equal scopes are equal strings. */
export function repositoryScope(repository: string, actions: readonly RepositoryAction[]): string {
  const order: RepositoryAction[] = ['pull', 'push', 'delete'];
  const sorted = order.filter((a) => actions.includes(a));
  return `repository:${repository}:${sorted.join(',')}`;
}

interface ParsedScope {
  readonly resource: string; // `type:name`
  readonly actions: ReadonlySet<string>;
}

/** `type:name:actions`; the name may itself contain `:` (a host with a port), so split at the ends. */
export function parseScope(scope: string): ParsedScope | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first < 0 || last <= first) return undefined;
  return { resource: scope.slice(0, last), actions: new Set(scope.slice(last + 1).split(',').filter((a) => a !== '')) };
}

/** Merges scopes on the same resource (`pull` + `push` → `pull,push`) and sorts them. */
export function normaliseScopes(scopes: readonly string[]): string[] {
  const byResource = new Map<string, Set<string>>();
  const unparsed = new Set<string>();
  for (const scope of scopes) {
    for (const one of scope.split(' ').filter((s) => s !== '')) {
      const parsed = parseScope(one);
      if (!parsed) {
        unparsed.add(one);
        continue;
      }
      const set = byResource.get(parsed.resource) ?? new Set<string>();
      for (const a of parsed.actions) set.add(a);
      byResource.set(parsed.resource, set);
    }
  }
  const order = ['pull', 'push', 'delete', '*'];
  const rank = (a: string): number => (order.includes(a) ? order.indexOf(a) : order.length);
  const merged = [...byResource].map(([resource, actions]) => `${resource}:${[...actions].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).join(',')}`);
  return [...merged, ...unparsed].sort();
}

function covers(granted: readonly string[], wanted: readonly string[]): boolean {
  const have = new Map<string, ReadonlySet<string>>();
  for (const g of granted) {
    const p = parseScope(g);
    if (p) have.set(p.resource, p.actions);
  }
  return wanted.every((w) => {
    const p = parseScope(w);
    if (!p) return granted.includes(w);
    const actions = have.get(p.resource);
    return actions !== undefined && [...p.actions].every((a) => actions.has(a) || actions.has('*'));
  });
}

interface CachedToken {
  readonly key: string;
  readonly scopes: readonly string[];
  readonly token: Secret;
  readonly expiresAt: number;
}

/**
 * Bearer tokens by (realm, service, credential) and scope set. A token granted for a wider set
 * of scopes serves a narrower request. Entries expire a little before the token does
 * (10% of its lifetime, at most 30 s) so that no request goes out with a token about to lapse.
 */
export class TokenCache {
  readonly #clock: Pick<Clock, 'now'>;
  readonly #entries: CachedToken[] = [];

  constructor(clock: Pick<Clock, 'now'>) {
    this.#clock = clock;
  }

  get(key: string, scopes: readonly string[]): Secret | undefined {
    const now = this.#clock.now();
    for (let i = this.#entries.length - 1; i >= 0; i--) {
      const entry = this.#entries[i];
      if (entry === undefined) continue;
      if (entry.expiresAt <= now) {
        this.#entries.splice(i, 1);
        continue;
      }
      if (entry.key === key && covers(entry.scopes, scopes)) return entry.token;
    }
    return undefined;
  }

  put(key: string, scopes: readonly string[], token: Secret, expiresInSeconds: number): void {
    const lifetimeMs = expiresInSeconds * 1000;
    const margin = Math.min(30_000, lifetimeMs / 10);
    this.#entries.push({ key, scopes: [...scopes], token, expiresAt: this.#clock.now() + lifetimeMs - margin });
  }

  /** Forgets a token the registry refused. */
  invalidate(token: Secret): void {
    for (let i = this.#entries.length - 1; i >= 0; i--) {
      if (this.#entries[i]?.token.reveal() === token.reveal()) this.#entries.splice(i, 1);
    }
  }

  get size(): number {
    return this.#entries.length;
  }
}

/** What a registry's `/v2/` asked for. */
export type RegistryAuthScheme =
  | { readonly kind: 'none' }
  | { readonly kind: 'basic' }
  | { readonly kind: 'bearer'; readonly realm: string; readonly service: string | undefined };

export interface AuthRequest {
  readonly registry: string;
  /** The repository the operation is about, for credentials scoped to a repository. */
  readonly repository?: string;
  readonly scopes: readonly string[];
  /** For errors: the operation and reference being attempted. */
  readonly operation: string;
  readonly reference: string;
}

export interface Authorization {
  /** The `Authorization` header value, or undefined to go anonymously. */
  readonly header: string | undefined;
  /** The bearer token used, so that it can be invalidated if refused. */
  readonly token?: Secret;
}

/** A record of each token request, without the token: useful in debug logs and tests. */
export interface TokenRequestEvent {
  readonly realm: string;
  readonly service: string | undefined;
  readonly scopes: readonly string[];
  readonly grant: 'anonymous' | 'basic' | 'refresh_token';
}

export interface AuthenticatorOptions {
  readonly transport: Transport;
  readonly credentials: CredentialProvider;
  readonly redactor: Redactor;
  readonly logger: Logger;
  readonly clientId?: string;
  readonly onTokenRequest?: (event: TokenRequestEvent) => void;
}

const TOKEN_BODY_LIMIT = 1024 * 1024;

export class Authenticator {
  readonly #transport: Transport;
  readonly #credentials: CredentialProvider;
  readonly #redactor: Redactor;
  readonly #logger: Logger;
  readonly #clientId: string;
  readonly #onTokenRequest: ((event: TokenRequestEvent) => void) | undefined;
  readonly #tokens: TokenCache;
  readonly #schemes = new Map<string, Promise<RegistryAuthScheme>>();
  readonly #found = new Map<string, Promise<FoundCredential | undefined>>();
  readonly #inflight = new Map<string, Promise<Secret>>();

  constructor(options: AuthenticatorOptions) {
    this.#transport = options.transport;
    this.#credentials = options.credentials;
    this.#redactor = options.redactor;
    this.#logger = options.logger;
    this.#clientId = options.clientId ?? 'image-actions';
    this.#onTokenRequest = options.onTokenRequest;
    this.#tokens = new TokenCache(options.transport.clock);
  }

  /** The header for a request needing `scopes`, pinging the registry first if not yet done. */
  async authorize(req: AuthRequest): Promise<Authorization> {
    const scheme = await this.#scheme(req);
    switch (scheme.kind) {
      case 'none':
        return { header: undefined };
      case 'basic': {
        const found = await this.#credential(req);
        if (found === undefined) return { header: undefined };
        return { header: this.#basicHeader(found.credential, req) };
      }
      case 'bearer': {
        const found = await this.#credential(req);
        if (found?.credential.kind === 'registry-token') {
          this.#redactor.add(found.credential.token.reveal());
          return { header: `Bearer ${found.credential.token.reveal()}`, token: found.credential.token };
        }
        const token = await this.#token(scheme, req.scopes, found, req);
        return { header: `Bearer ${token.reveal()}`, token };
      }
    }
  }

  /**
   * After a 401: learn the challenge it carried (a registry may answer `/v2/` anonymously yet
   * protect repositories), forget the refused token, and say whether another try could succeed.
   * Returns the extra scopes the challenge asked for.
   */
  handleUnauthorized(registry: string, wwwAuthenticate: string | undefined, used: Authorization): { retry: boolean; scopes: string[] } {
    if (used.token) this.#tokens.invalidate(used.token);
    if (wwwAuthenticate === undefined) return { retry: false, scopes: [] };
    const challenges = parseChallenges(wwwAuthenticate);
    const bearer = findBearer(challenges);
    if (bearer) {
      this.#schemes.set(registry, Promise.resolve({ kind: 'bearer', realm: bearer.realm, service: bearer.service }));
      const scopes = bearer.scope === undefined ? [] : bearer.scope.split(' ').filter((s) => s !== '');
      // Worth one more try in every case: no token was sent yet, the token expired early, or it
      // lacked a scope the challenge now names. The caller retries only once.
      return { retry: true, scopes };
    }
    if (hasBasic(challenges)) {
      const wasBasic = used.header?.startsWith('Basic ') ?? false;
      this.#schemes.set(registry, Promise.resolve({ kind: 'basic' }));
      return { retry: !wasBasic, scopes: [] };
    }
    return { retry: false, scopes: [] };
  }

  #scheme(req: AuthRequest): Promise<RegistryAuthScheme> {
    let scheme = this.#schemes.get(req.registry);
    if (!scheme) {
      scheme = this.#ping(req);
      this.#schemes.set(req.registry, scheme);
      // A failed ping is not remembered: the next operation pings again.
      scheme.catch(() => this.#schemes.delete(req.registry));
    }
    return scheme;
  }

  async #ping(req: AuthRequest): Promise<RegistryAuthScheme> {
    const url = new URL('/v2/', this.#transport.baseUrl(req.registry));
    let res;
    try {
      res = await this.#transport.send({ method: 'GET', url });
    } catch (error) {
      throw networkError(error, req, this.#transport.isPlainHttp(req.registry), this.#redactor);
    }
    if (isRetryableStatus(res.status)) {
      throw await registryErrorFrom({ operation: req.operation, reference: req.reference, registry: req.registry, method: 'GET' }, res, this.#redactor);
    }
    await res.dump();
    if (res.status === 200) return { kind: 'none' };
    if (res.status === 401) {
      const challenges = parseChallenges(res.header('www-authenticate') ?? '');
      const bearer = findBearer(challenges);
      if (bearer) return { kind: 'bearer', realm: bearer.realm, service: bearer.service };
      if (hasBasic(challenges)) return { kind: 'basic' };
      throw new RegistryError({
        operation: req.operation,
        reference: req.reference,
        status: 401,
        code: 'UNAUTHORIZED',
        detail: `${url.origin}/v2/ asked for authentication without a Basic or Bearer challenge`,
      });
    }
    throw new RegistryError({
      operation: req.operation,
      reference: req.reference,
      status: res.status,
      code: 'UNEXPECTED_STATUS',
      detail: `${url.origin}/v2/ did not answer as an OCI distribution registry (expected 200 or 401)`,
      hint: `Check that ${req.registry} is a container registry.`,
    });
  }

  #credential(req: AuthRequest): Promise<FoundCredential | undefined> {
    const key = `${req.registry}\n${req.repository ?? ''}`;
    let found = this.#found.get(key);
    if (!found) {
      found = this.#credentials.find(req.registry, req.repository).then(
        (f) => {
          if (f) {
            this.#rememberSecret(f.credential);
            this.#logger.debug(`credentials for ${req.registry}: ${f.source}`);
          } else {
            this.#logger.debug(`no credentials for ${req.registry}: anonymous access`);
          }
          return f;
        },
        (error: unknown) => {
          this.#found.delete(key); // Not remembered: a fixed config file is read again next time.
          if (!(error instanceof CredentialError)) throw error;
          throw new RegistryError({
            operation: req.operation,
            reference: req.reference,
            code: 'CREDENTIAL_HELPER',
            detail: this.#redactor.redact(error.message),
            hint: 'Fix the credential configuration named above, or pass credentials as inputs.',
          });
        },
      );
      this.#found.set(key, found);
    }
    return found;
  }

  #rememberSecret(credential: Credential): void {
    if (credential.kind === 'basic') {
      this.#redactor.add(credential.password.reveal());
      this.#redactor.add(Buffer.from(`${credential.username}:${credential.password.reveal()}`).toString('base64'));
    } else {
      this.#redactor.add(credential.token.reveal());
    }
  }

  #basicHeader(credential: Credential, req: AuthRequest): string {
    if (credential.kind !== 'basic') {
      throw new RegistryError({
        operation: req.operation,
        reference: req.reference,
        code: 'NO_CREDENTIALS',
        detail: `${req.registry} asks for Basic authentication but the credentials found are a token`,
        hint: 'Give a username and password for this registry.',
      });
    }
    return `Basic ${Buffer.from(`${credential.username}:${credential.password.reveal()}`).toString('base64')}`;
  }

  async #token(scheme: { realm: string; service: string | undefined }, scopes: readonly string[], found: FoundCredential | undefined, req: AuthRequest): Promise<Secret> {
    const wanted = normaliseScopes(scopes);
    const identity = found === undefined ? 'anonymous' : `${found.source}\n${found.credential.kind === 'registry-token' ? '' : found.credential.username}`;
    const key = `${scheme.realm}\n${scheme.service ?? ''}\n${identity}`;
    const cached = this.#tokens.get(key, wanted);
    if (cached) return cached;
    const flightKey = `${key}\n${wanted.join(' ')}`;
    let flight = this.#inflight.get(flightKey);
    if (!flight) {
      flight = this.#fetchToken(scheme, wanted, found?.credential, req).then(({ token, expiresIn }) => {
        this.#tokens.put(key, wanted, token, expiresIn);
        return token;
      });
      this.#inflight.set(flightKey, flight);
      const clear = (): void => {
        this.#inflight.delete(flightKey);
      };
      flight.then(clear, clear);
    }
    return flight;
  }

  async #fetchToken(
    scheme: { realm: string; service: string | undefined },
    scopes: readonly string[],
    credential: Credential | undefined,
    req: AuthRequest,
  ): Promise<{ token: Secret; expiresIn: number }> {
    let realm: URL;
    try {
      realm = new URL(scheme.realm);
    } catch {
      throw new RegistryError({ operation: req.operation, reference: req.reference, code: 'TOKEN_FAILED', detail: `the registry's token realm "${scheme.realm}" is not a URL` });
    }
    const grant: TokenRequestEvent['grant'] = credential === undefined ? 'anonymous' : credential.kind === 'identity-token' ? 'refresh_token' : 'basic';
    this.#onTokenRequest?.({ realm: realm.href, service: scheme.service, scopes, grant });

    let res;
    try {
      if (credential?.kind === 'identity-token') {
        // OAuth2 refresh-token grant (distribution's token spec, "oauth"): a POST with a form.
        const form = new URLSearchParams();
        form.set('grant_type', 'refresh_token');
        if (scheme.service !== undefined) form.set('service', scheme.service);
        form.set('client_id', this.#clientId);
        form.set('refresh_token', credential.token.reveal());
        if (scopes.length > 0) form.set('scope', scopes.join(' '));
        res = await this.#transport.send({
          method: 'POST',
          url: realm,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new Uint8Array(Buffer.from(form.toString())),
        });
      } else {
        const url = new URL(realm.href);
        if (scheme.service !== undefined) url.searchParams.set('service', scheme.service);
        for (const scope of scopes) url.searchParams.append('scope', scope);
        const headers: Record<string, string> = {};
        if (credential?.kind === 'basic') {
          if (credential.username !== '') url.searchParams.set('account', credential.username);
          headers['authorization'] = `Basic ${Buffer.from(`${credential.username}:${credential.password.reveal()}`).toString('base64')}`;
        }
        res = await this.#transport.send({ method: 'GET', url, headers });
      }
    } catch (error) {
      throw networkError(error, { ...req, reference: `${req.reference} (token from ${realm.origin})` }, false, this.#redactor);
    }

    const body = Buffer.from(await readBody(res.body, TOKEN_BODY_LIMIT)).toString('utf8');
    if (res.status !== 200) {
      const entry = parseRegistryErrorBody(body)[0];
      const who = credential === undefined ? 'anonymously' : 'with the credentials found';
      throw new RegistryError({
        operation: req.operation,
        reference: req.reference,
        status: res.status,
        code: res.status === 401 ? 'UNAUTHORIZED' : res.status === 403 ? 'DENIED' : 'TOKEN_FAILED',
        detail: this.#redactor.redact(`the token server ${realm.origin} refused a token for ${scopes.join(' ') || 'no scope'} ${who}${entry?.message ? ` (${entry.message})` : ''}`),
        hint: credential === undefined
          ? `Give credentials for ${req.registry} (inputs, docker/login-action or auth.json).`
          : `Check the username and password for ${req.registry}.`,
      });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = undefined;
    }
    const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    const raw = typeof record['token'] === 'string' && record['token'] !== '' ? record['token'] : record['access_token'];
    if (typeof raw !== 'string' || raw === '') {
      throw new RegistryError({ operation: req.operation, reference: req.reference, status: 200, code: 'TOKEN_FAILED', detail: `the token server ${realm.origin} answered without a token` });
    }
    this.#redactor.add(raw);
    // The spec: a token without `expires_in` lasts 60 s; Docker also treats shorter as 60 s.
    const expiresIn = typeof record['expires_in'] === 'number' && record['expires_in'] >= 60 ? record['expires_in'] : 60;
    this.#logger.debug(`token for ${scopes.join(' ') || 'no scope'} from ${realm.origin} (${grant}), valid ${expiresIn}s`);
    return { token: new Secret(raw), expiresIn };
  }
}

/** A `NetworkFailure` (or anything thrown by the transport) as a `RegistryError`. */
export function networkError(error: unknown, ctx: { operation: string; reference: string; registry: string }, plainHttp: boolean, redactor: Redactor): RegistryError {
  // A request body streamed from another registry can fail with that registry's own error
  // (a digest mismatch, say): report that, not a network problem here.
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof RegistryError) return e;
  }
  const failure = error instanceof NetworkFailure ? error : undefined;
  if (!isRetryableNetworkError(error)) {
    return new RegistryError({
      operation: ctx.operation,
      reference: ctx.reference,
      code: 'REQUEST_FAILED',
      detail: redactor.redact(error instanceof Error ? error.message : String(error)),
      cause: error,
    });
  }
  const message = redactor.redact(error instanceof Error ? error.message : String(error));
  const hint = plainHttp
    ? `Check that the registry at ${ctx.registry} is running and reachable over plain HTTP.`
    : `Check that ${ctx.registry} is reachable over HTTPS (for a registry without TLS, list it in insecure-registries), and HTTPS_PROXY/NO_PROXY.`;
  return new RegistryError({
    operation: ctx.operation,
    reference: ctx.reference,
    code: failure?.timedOut ? 'TIMEOUT' : 'NETWORK',
    detail: `no answer from the registry: ${message}`,
    hint,
    cause: error,
  });
}

export type { BearerChallenge };
