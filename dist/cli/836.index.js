export const id = 836;
export const ids = [836];
export const modules = {

/***/ 6675:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kD: () => (/* binding */ Authenticator),
  x6: () => (/* binding */ networkError),
  F7: () => (/* binding */ repositoryScope)
});

// UNUSED EXPORTS: TokenCache, normaliseScopes, parseScope

;// CONCATENATED MODULE: ./lib/src/adapters/registry/challenge.js
/**
 * `WWW-Authenticate` parsing (RFC 9110 §11.6.1): one header may carry several challenges, each
 * a scheme with comma-separated `name=value` parameters whose values may be quoted strings
 * containing commas, `=` and backslash escapes. Registries answer `Bearer realm=…,service=…,
 * scope=…[,error=insufficient_scope]` or `Basic realm=…`.
 */
const TOKEN_CHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
const TOKEN68_CHAR = /[A-Za-z0-9._~+/-]/;
class Scanner {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    get done() {
        return this.pos >= this.text.length;
    }
    peek() {
        return this.text[this.pos] ?? '';
    }
    skipSpaces() {
        while (this.peek() === ' ' || this.peek() === '\t')
            this.pos++;
    }
    skipSpacesAndCommas() {
        while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === ',')
            this.pos++;
    }
    token() {
        const start = this.pos;
        while (!this.done && TOKEN_CHAR.test(this.peek()))
            this.pos++;
        return this.text.slice(start, this.pos);
    }
    /** An unquoted value. RFC 9110 allows only a token; be lenient and read up to a comma or space. */
    bareValue() {
        const start = this.pos;
        while (!this.done && this.peek() !== ',' && this.peek() !== ' ' && this.peek() !== '\t')
            this.pos++;
        return this.text.slice(start, this.pos);
    }
    quoted() {
        // Called on the opening quote.
        this.pos++;
        let out = '';
        while (!this.done) {
            const c = this.peek();
            this.pos++;
            if (c === '\\') {
                out += this.peek();
                this.pos++;
            }
            else if (c === '"') {
                return out;
            }
            else {
                out += c;
            }
        }
        return out; // An unterminated string ends at the end of the header: be lenient, as browsers are.
    }
}
function parseChallenges(header) {
    const s = new Scanner(header);
    const challenges = [];
    for (;;) {
        s.skipSpacesAndCommas();
        if (s.done)
            break;
        const scheme = s.token();
        if (scheme === '') {
            s.pos++; // Skip a stray character rather than loop forever on malformed input.
            continue;
        }
        s.skipSpaces();
        const params = {};
        let token68;
        const t68 = readToken68(s);
        if (t68 !== undefined) {
            token68 = t68;
        }
        else {
            for (;;) {
                s.skipSpaces();
                const save = s.pos;
                const name = s.token();
                s.skipSpaces();
                if (name === '' || s.peek() !== '=') {
                    s.pos = save; // Not a parameter: the start of the next challenge.
                    break;
                }
                s.pos++;
                s.skipSpaces();
                const value = s.peek() === '"' ? s.quoted() : s.bareValue();
                params[name.toLowerCase()] = value;
                s.skipSpaces();
                if (s.peek() !== ',')
                    break;
                // After a comma comes either another parameter or the next challenge's scheme.
                s.skipSpacesAndCommas();
            }
        }
        challenges.push(token68 === undefined ? { scheme: scheme.toLowerCase(), params } : { scheme: scheme.toLowerCase(), params, token68 });
    }
    return challenges;
}
/**
 * Reads a token68 (`abc==`) when it stands alone, followed by a comma or the end; otherwise
 * leaves `s` unmoved. `realm="x"` or `realm=x` is never one: after its `=` comes a value.
 */
function readToken68(s) {
    const start = s.pos;
    while (!s.done && TOKEN68_CHAR.test(s.peek()))
        s.pos++;
    if (s.pos === start)
        return undefined;
    while (s.peek() === '=')
        s.pos++;
    const end = s.pos;
    s.skipSpaces();
    if (s.done || s.peek() === ',') {
        return s.text.slice(start, end);
    }
    s.pos = start;
    return undefined;
}
/** The first Bearer challenge with a realm, if any. */
function findBearer(challenges) {
    const c = challenges.find((ch) => ch.scheme === 'bearer' && typeof ch.params['realm'] === 'string' && ch.params['realm'] !== '');
    if (!c)
        return undefined;
    const realm = c.params['realm'] ?? '';
    const out = { realm };
    if (c.params['service'] !== undefined)
        out.service = c.params['service'];
    if (c.params['scope'] !== undefined)
        out.scope = c.params['scope'];
    if (c.params['error'] !== undefined)
        out.error = c.params['error'];
    return out;
}
function hasBasic(challenges) {
    return challenges.some((c) => c.scheme === 'basic');
}

// EXTERNAL MODULE: ./lib/src/adapters/registry/credentials.js
var credentials = __webpack_require__(781);
// EXTERNAL MODULE: ./lib/src/adapters/registry/errors.js
var errors = __webpack_require__(1656);
// EXTERNAL MODULE: ./lib/src/adapters/registry/secret.js
var secret = __webpack_require__(9455);
// EXTERNAL MODULE: ./lib/src/adapters/registry/transport.js
var transport = __webpack_require__(674);
// EXTERNAL MODULE: ./lib/src/adapters/registry/retry.js
var retry = __webpack_require__(9233);
// EXTERNAL MODULE: ./lib/src/adapters/registry/response-error.js
var response_error = __webpack_require__(5931);
;// CONCATENATED MODULE: ./lib/src/adapters/registry/auth.js
/**
 * Authentication against a registry: ping `/v2/` once, follow its `WWW-Authenticate` challenge
 * (Basic or Bearer), and for Bearer fetch tokens with the exact scopes an operation needs
 * (`repository:<name>:pull`, `…:pull,push`, plus the source's `pull` for a cross-repository
 * mount). Tokens are cached per scope set until shortly before they expire, and concurrent
 * requests for the same token share one fetch. Without credentials, tokens are anonymous.
 */







/** `repository:<name>:<actions>`, actions in a fixed order so equal scopes are equal strings. */
function repositoryScope(repository, actions) {
    const order = ['pull', 'push', 'delete'];
    const sorted = order.filter((a) => actions.includes(a));
    return `repository:${repository}:${sorted.join(',')}`;
}
/** `type:name:actions`; the name may itself contain `:` (a host with a port), so split at the ends. */
function parseScope(scope) {
    const first = scope.indexOf(':');
    const last = scope.lastIndexOf(':');
    if (first < 0 || last <= first)
        return undefined;
    return { resource: scope.slice(0, last), actions: new Set(scope.slice(last + 1).split(',').filter((a) => a !== '')) };
}
/** Merges scopes on the same resource (`pull` + `push` → `pull,push`) and sorts them. */
function normaliseScopes(scopes) {
    const byResource = new Map();
    const unparsed = new Set();
    for (const scope of scopes) {
        for (const one of scope.split(' ').filter((s) => s !== '')) {
            const parsed = parseScope(one);
            if (!parsed) {
                unparsed.add(one);
                continue;
            }
            const set = byResource.get(parsed.resource) ?? new Set();
            for (const a of parsed.actions)
                set.add(a);
            byResource.set(parsed.resource, set);
        }
    }
    const order = ['pull', 'push', 'delete', '*'];
    const rank = (a) => (order.includes(a) ? order.indexOf(a) : order.length);
    const merged = [...byResource].map(([resource, actions]) => `${resource}:${[...actions].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).join(',')}`);
    return [...merged, ...unparsed].sort();
}
function covers(granted, wanted) {
    const have = new Map();
    for (const g of granted) {
        const p = parseScope(g);
        if (p)
            have.set(p.resource, p.actions);
    }
    return wanted.every((w) => {
        const p = parseScope(w);
        if (!p)
            return granted.includes(w);
        const actions = have.get(p.resource);
        return actions !== undefined && [...p.actions].every((a) => actions.has(a) || actions.has('*'));
    });
}
/**
 * Bearer tokens by (realm, service, credential) and scope set. A token granted for a wider set
 * of scopes serves a narrower request. Entries expire a little before the token does
 * (10% of its lifetime, at most 30 s) so that no request goes out with a token about to lapse.
 */
class TokenCache {
    #clock;
    #entries = [];
    constructor(clock) {
        this.#clock = clock;
    }
    get(key, scopes) {
        const now = this.#clock.now();
        for (let i = this.#entries.length - 1; i >= 0; i--) {
            const entry = this.#entries[i];
            if (entry === undefined)
                continue;
            if (entry.expiresAt <= now) {
                this.#entries.splice(i, 1);
                continue;
            }
            if (entry.key === key && covers(entry.scopes, scopes))
                return entry.token;
        }
        return undefined;
    }
    put(key, scopes, token, expiresInSeconds) {
        const lifetimeMs = expiresInSeconds * 1000;
        const margin = Math.min(30_000, lifetimeMs / 10);
        this.#entries.push({ key, scopes: [...scopes], token, expiresAt: this.#clock.now() + lifetimeMs - margin });
    }
    /** Forgets a token the registry refused. */
    invalidate(token) {
        for (let i = this.#entries.length - 1; i >= 0; i--) {
            if (this.#entries[i]?.token.reveal() === token.reveal())
                this.#entries.splice(i, 1);
        }
    }
    get size() {
        return this.#entries.length;
    }
}
const TOKEN_BODY_LIMIT = 1024 * 1024;
class Authenticator {
    #transport;
    #credentials;
    #redactor;
    #logger;
    #clientId;
    #onTokenRequest;
    #tokens;
    #schemes = new Map();
    #found = new Map();
    #inflight = new Map();
    constructor(options) {
        this.#transport = options.transport;
        this.#credentials = options.credentials;
        this.#redactor = options.redactor;
        this.#logger = options.logger;
        this.#clientId = options.clientId ?? 'image-actions';
        this.#onTokenRequest = options.onTokenRequest;
        this.#tokens = new TokenCache(options.transport.clock);
    }
    /** The header for a request needing `scopes`, pinging the registry first if not yet done. */
    async authorize(req) {
        const scheme = await this.#scheme(req);
        switch (scheme.kind) {
            case 'none':
                return { header: undefined };
            case 'basic': {
                const found = await this.#credential(req);
                if (found === undefined)
                    return { header: undefined };
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
    handleUnauthorized(registry, wwwAuthenticate, used) {
        if (used.token)
            this.#tokens.invalidate(used.token);
        if (wwwAuthenticate === undefined)
            return { retry: false, scopes: [] };
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
    #scheme(req) {
        let scheme = this.#schemes.get(req.registry);
        if (!scheme) {
            scheme = this.#ping(req);
            this.#schemes.set(req.registry, scheme);
            // A failed ping is not remembered: the next operation pings again.
            scheme.catch(() => this.#schemes.delete(req.registry));
        }
        return scheme;
    }
    async #ping(req) {
        const url = new URL('/v2/', this.#transport.baseUrl(req.registry));
        let res;
        try {
            res = await this.#transport.send({ method: 'GET', url });
        }
        catch (error) {
            throw networkError(error, req, this.#transport.isPlainHttp(req.registry), this.#redactor);
        }
        if ((0,retry/* isRetryableStatus */.PS)(res.status)) {
            throw await (0,response_error/* registryErrorFrom */.e)({ operation: req.operation, reference: req.reference, registry: req.registry, method: 'GET' }, res, this.#redactor);
        }
        await res.dump();
        if (res.status === 200)
            return { kind: 'none' };
        if (res.status === 401) {
            const challenges = parseChallenges(res.header('www-authenticate') ?? '');
            const bearer = findBearer(challenges);
            if (bearer)
                return { kind: 'bearer', realm: bearer.realm, service: bearer.service };
            if (hasBasic(challenges))
                return { kind: 'basic' };
            throw new errors/* RegistryError */.gl({
                operation: req.operation,
                reference: req.reference,
                status: 401,
                code: 'UNAUTHORIZED',
                detail: `${url.origin}/v2/ asked for authentication without a Basic or Bearer challenge`,
            });
        }
        throw new errors/* RegistryError */.gl({
            operation: req.operation,
            reference: req.reference,
            status: res.status,
            code: 'UNEXPECTED_STATUS',
            detail: `${url.origin}/v2/ did not answer as an OCI distribution registry (expected 200 or 401)`,
            hint: `Check that ${req.registry} is a container registry.`,
        });
    }
    #credential(req) {
        const key = `${req.registry}\n${req.repository ?? ''}`;
        let found = this.#found.get(key);
        if (!found) {
            found = this.#credentials.find(req.registry, req.repository).then((f) => {
                if (f) {
                    this.#rememberSecret(f.credential);
                    this.#logger.debug(`credentials for ${req.registry}: ${f.source}`);
                }
                else {
                    this.#logger.debug(`no credentials for ${req.registry}: anonymous access`);
                }
                return f;
            }, (error) => {
                this.#found.delete(key); // Not remembered: a fixed config file is read again next time.
                if (!(error instanceof credentials/* CredentialError */.oA))
                    throw error;
                throw new errors/* RegistryError */.gl({
                    operation: req.operation,
                    reference: req.reference,
                    code: 'CREDENTIAL_HELPER',
                    detail: this.#redactor.redact(error.message),
                    hint: 'Fix the credential configuration named above, or pass credentials as inputs.',
                });
            });
            this.#found.set(key, found);
        }
        return found;
    }
    #rememberSecret(credential) {
        if (credential.kind === 'basic') {
            this.#redactor.add(credential.password.reveal());
            this.#redactor.add(Buffer.from(`${credential.username}:${credential.password.reveal()}`).toString('base64'));
        }
        else {
            this.#redactor.add(credential.token.reveal());
        }
    }
    #basicHeader(credential, req) {
        if (credential.kind !== 'basic') {
            throw new errors/* RegistryError */.gl({
                operation: req.operation,
                reference: req.reference,
                code: 'NO_CREDENTIALS',
                detail: `${req.registry} asks for Basic authentication but the credentials found are a token`,
                hint: 'Give a username and password for this registry.',
            });
        }
        return `Basic ${Buffer.from(`${credential.username}:${credential.password.reveal()}`).toString('base64')}`;
    }
    async #token(scheme, scopes, found, req) {
        const wanted = normaliseScopes(scopes);
        const identity = found === undefined ? 'anonymous' : `${found.source}\n${found.credential.kind === 'registry-token' ? '' : found.credential.username}`;
        const key = `${scheme.realm}\n${scheme.service ?? ''}\n${identity}`;
        const cached = this.#tokens.get(key, wanted);
        if (cached)
            return cached;
        const flightKey = `${key}\n${wanted.join(' ')}`;
        let flight = this.#inflight.get(flightKey);
        if (!flight) {
            flight = this.#fetchToken(scheme, wanted, found?.credential, req).then(({ token, expiresIn }) => {
                this.#tokens.put(key, wanted, token, expiresIn);
                return token;
            });
            this.#inflight.set(flightKey, flight);
            const clear = () => {
                this.#inflight.delete(flightKey);
            };
            flight.then(clear, clear);
        }
        return flight;
    }
    async #fetchToken(scheme, scopes, credential, req) {
        let realm;
        try {
            realm = new URL(scheme.realm);
        }
        catch {
            throw new errors/* RegistryError */.gl({ operation: req.operation, reference: req.reference, code: 'TOKEN_FAILED', detail: `the registry's token realm "${scheme.realm}" is not a URL` });
        }
        const grant = credential === undefined ? 'anonymous' : credential.kind === 'identity-token' ? 'refresh_token' : 'basic';
        this.#onTokenRequest?.({ realm: realm.href, service: scheme.service, scopes, grant });
        let res;
        try {
            if (credential?.kind === 'identity-token') {
                // OAuth2 refresh-token grant (distribution's token spec, "oauth"): a POST with a form.
                const form = new URLSearchParams();
                form.set('grant_type', 'refresh_token');
                if (scheme.service !== undefined)
                    form.set('service', scheme.service);
                form.set('client_id', this.#clientId);
                form.set('refresh_token', credential.token.reveal());
                if (scopes.length > 0)
                    form.set('scope', scopes.join(' '));
                res = await this.#transport.send({
                    method: 'POST',
                    url: realm,
                    headers: { 'content-type': 'application/x-www-form-urlencoded' },
                    body: new Uint8Array(Buffer.from(form.toString())),
                });
            }
            else {
                const url = new URL(realm.href);
                if (scheme.service !== undefined)
                    url.searchParams.set('service', scheme.service);
                for (const scope of scopes)
                    url.searchParams.append('scope', scope);
                const headers = {};
                if (credential?.kind === 'basic') {
                    if (credential.username !== '')
                        url.searchParams.set('account', credential.username);
                    headers['authorization'] = `Basic ${Buffer.from(`${credential.username}:${credential.password.reveal()}`).toString('base64')}`;
                }
                res = await this.#transport.send({ method: 'GET', url, headers });
            }
        }
        catch (error) {
            throw networkError(error, { ...req, reference: `${req.reference} (token from ${realm.origin})` }, false, this.#redactor);
        }
        const body = Buffer.from(await (0,transport/* readBody */.x8)(res.body, TOKEN_BODY_LIMIT)).toString('utf8');
        if (res.status !== 200) {
            const entry = (0,errors/* parseRegistryErrorBody */.LA)(body)[0];
            const who = credential === undefined ? 'anonymously' : 'with the credentials found';
            throw new errors/* RegistryError */.gl({
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
        let parsed;
        try {
            parsed = JSON.parse(body);
        }
        catch {
            parsed = undefined;
        }
        const record = typeof parsed === 'object' && parsed !== null ? parsed : {};
        const raw = typeof record['token'] === 'string' && record['token'] !== '' ? record['token'] : record['access_token'];
        if (typeof raw !== 'string' || raw === '') {
            throw new errors/* RegistryError */.gl({ operation: req.operation, reference: req.reference, status: 200, code: 'TOKEN_FAILED', detail: `the token server ${realm.origin} answered without a token` });
        }
        this.#redactor.add(raw);
        // The spec: a token without `expires_in` lasts 60 s; Docker also treats shorter as 60 s.
        const expiresIn = typeof record['expires_in'] === 'number' && record['expires_in'] >= 60 ? record['expires_in'] : 60;
        this.#logger.debug(`token for ${scopes.join(' ') || 'no scope'} from ${realm.origin} (${grant}), valid ${expiresIn}s`);
        return { token: new secret/* Secret */.z(raw), expiresIn };
    }
}
/** A `NetworkFailure` (or anything thrown by the transport) as a `RegistryError`. */
function networkError(error, ctx, plainHttp, redactor) {
    // A request body streamed from another registry can fail with that registry's own error
    // (a digest mismatch, say): report that, not a network problem here.
    for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        if (e instanceof errors/* RegistryError */.gl)
            return e;
    }
    const failure = error instanceof transport/* NetworkFailure */.pM ? error : undefined;
    if (!(0,retry/* isRetryableNetworkError */.Hr)(error)) {
        return new errors/* RegistryError */.gl({
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
    return new errors/* RegistryError */.gl({
        operation: ctx.operation,
        reference: ctx.reference,
        code: failure?.timedOut ? 'TIMEOUT' : 'NETWORK',
        detail: `no answer from the registry: ${message}`,
        hint,
        cause: error,
    });
}


/***/ }),

/***/ 5752:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ uploadBlob),
/* harmony export */   Xl: () => (/* binding */ bytesSource),
/* harmony export */   aH: () => (/* binding */ startUpload),
/* harmony export */   rR: () => (/* binding */ skipBytes),
/* harmony export */   wM: () => (/* binding */ cancelUpload)
/* harmony export */ });
/* unused harmony exports DEFAULT_MONOLITHIC_LIMIT, DEFAULT_CHUNK_SIZE, rechunk, uploadedBytes */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6451);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9233);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7391);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6675);
/**
 * Pushing a blob: `POST …/blobs/uploads/` opens an upload session, then either one `PUT` with
 * the whole body (monolithic) or a series of `PATCH` chunks and a closing `PUT ?digest=`
 * (chunked). Neither a chunk nor the closing PUT is idempotent, so a failed one is never
 * blindly resent: the client asks the registry how far the upload got (`GET` on the session
 * gives its `Range`) and resumes from there, or — when the session is gone — checks whether
 * the blob landed after all and otherwise starts over, within the retry policy's bounds.
 */




/** A blob held in memory. */
function bytesSource(bytes, digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .computeDigest */ .MK)(bytes)) {
    return {
        digest,
        size: bytes.byteLength,
        open: async function* (offset) {
            if (offset < bytes.byteLength)
                yield bytes.subarray(offset);
        },
    };
}
/** Skips the first `offset` bytes of a stream that can only be read from its start. */
async function* skipBytes(stream, offset) {
    let toSkip = offset;
    for await (const chunk of stream) {
        if (toSkip >= chunk.byteLength) {
            toSkip -= chunk.byteLength;
            continue;
        }
        yield toSkip > 0 ? chunk.subarray(toSkip) : chunk;
        toSkip = 0;
    }
}
const DEFAULT_MONOLITHIC_LIMIT = 32 * 1024 * 1024;
const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
/**
 * Uploads a blob. `session` may be an upload session already opened (by a mount that the
 * registry answered with 202). Returns when the registry has the blob under its digest.
 */
async function uploadBlob(registry, repo, source, options = {}, opened) {
    const ctx = {
        operation: 'upload blob',
        reference: `${repo.registry}/${repo.repository}@${source.digest}`,
        repo,
        scopes: [(0,_auth_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryScope */ .F7)(repo.repository, ['pull', 'push'])],
    };
    const { clock, random, retryPolicy } = registry.transport;
    const startedAt = clock.now();
    let session = opened === undefined ? undefined : { location: opened, minChunkSize: 0 };
    for (let attempt = 1;; attempt++) {
        try {
            if (attempt > 1 && (await blobExists(registry, ctx, source.digest)))
                return; // An earlier closing PUT landed.
            session ??= await startUpload(registry, ctx);
            const monolithicLimit = options.monolithicLimit ?? DEFAULT_MONOLITHIC_LIMIT;
            if (source.size <= monolithicLimit) {
                await putMonolithic(registry, ctx, session.location, source);
            }
            else {
                const chunkSize = Math.max(options.chunkSize ?? DEFAULT_CHUNK_SIZE, session.minChunkSize);
                await putChunked(registry, ctx, session.location, source, chunkSize);
            }
            return;
        }
        catch (error) {
            session = undefined;
            if (!(0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .isRetryableRegistryError */ .I)(error))
                throw error;
            const decision = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .planRetry */ .M$)({ attempts: attempt, startedAt, now: clock.now() }, retryPolicy, random);
            if (!decision.retry)
                throw error;
            registry.logger.debug(`${ctx.operation} ${ctx.reference}: ${error.message}; starting over in ${decision.delayMs} ms`);
            await clock.sleep(decision.delayMs);
        }
    }
}
async function blobExists(registry, ctx, digest) {
    const call = { ...ctx, operation: 'head blob', method: 'HEAD', url: registry.url(ctx.repo, `blobs/${digest}`) };
    const res = await registry.call(call);
    await res.dump();
    if (res.status === 200)
        return true;
    if (res.status === 404)
        return false;
    return registry.fail(call, res);
}
/** Opens an upload session; the transport may retry it (an abandoned session costs nothing). */
async function startUpload(registry, ctx, query) {
    const url = registry.url(ctx.repo, 'blobs/uploads/');
    for (const [k, v] of Object.entries(query ?? {}))
        url.searchParams.set(k, v);
    const call = { ...ctx, method: 'POST', url, headers: { 'content-length': '0' } };
    const res = await registry.call(call);
    if (res.status !== 202 && res.status !== 201)
        return registry.fail(call, res);
    await res.dump();
    const location = res.header('location');
    if (res.status === 202 && location === undefined) {
        throw registry.error(ctx, 'UNEXPECTED_STATUS', 'the registry opened an upload without a Location header', 202);
    }
    const minChunk = Number(res.header('oci-chunk-min-length') ?? '0');
    return { status: res.status, location: new URL(location ?? url.href, res.url), minChunkSize: Number.isFinite(minChunk) ? minChunk : 0 };
}
function withDigest(location, digest) {
    const url = new URL(location.href);
    url.searchParams.set('digest', digest);
    return url;
}
async function putMonolithic(registry, ctx, location, source) {
    const call = {
        ...ctx,
        method: 'PUT',
        url: withDigest(location, source.digest),
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(source.size) },
        body: () => source.open(0),
        retry: false,
    };
    const res = await registry.call(call);
    await expectCreated(registry, call, res, source.digest);
}
async function expectCreated(registry, call, res, digest) {
    if (res.status !== 201)
        return registry.fail(call, res);
    await res.dump();
    const stored = res.header('docker-content-digest');
    if (stored !== undefined && stored !== digest) {
        throw registry.error(call, 'DIGEST_MISMATCH', `the registry stored the blob as ${stored}, not ${digest}`, 201);
    }
}
/** Splits a stream into chunks of exactly `size` bytes (the last one shorter). */
async function* rechunk(stream, size) {
    let parts = [];
    let held = 0;
    for await (const piece of stream) {
        let chunk = piece;
        while (chunk.byteLength > 0) {
            const take = Math.min(size - held, chunk.byteLength);
            parts.push(chunk.subarray(0, take));
            held += take;
            chunk = chunk.subarray(take);
            if (held === size) {
                yield new Uint8Array(Buffer.concat(parts));
                parts = [];
                held = 0;
            }
        }
    }
    if (held > 0)
        yield new Uint8Array(Buffer.concat(parts));
}
async function putChunked(registry, ctx, start, source, chunkSize) {
    let location = start;
    let offset = 0;
    for await (const chunk of rechunk(source.open(0), chunkSize)) {
        location = await patchChunk(registry, ctx, location, chunk, offset);
        offset += chunk.byteLength;
    }
    if (offset !== source.size) {
        throw registry.error(ctx, 'SIZE_MISMATCH', `the blob's content is ${offset} bytes, not the ${source.size} its descriptor says`);
    }
    const call = { ...ctx, method: 'PUT', url: withDigest(location, source.digest), headers: { 'content-length': '0' }, retry: false };
    const res = await registry.call(call);
    await expectCreated(registry, call, res, source.digest);
}
/** `Range: 0-N` → the number of bytes the registry holds (distribution writes `0-0` for none). */
function uploadedBytes(range) {
    const match = /^(?:bytes=)?0-(\d+)$/.exec((range ?? '').trim());
    if (!match)
        return undefined;
    const end = Number(match[1]);
    return end === 0 ? 0 : end + 1;
}
/** Sends one chunk, resuming after a failure from what the registry says it holds. */
async function patchChunk(registry, ctx, start, chunk, offset) {
    const { clock, random, retryPolicy } = registry.transport;
    const startedAt = clock.now();
    const end = offset + chunk.byteLength;
    let location = start;
    for (let attempt = 1;; attempt++) {
        const call = {
            ...ctx,
            method: 'PATCH',
            url: location,
            headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${end - 1}`, 'content-length': String(chunk.byteLength) },
            body: chunk,
            retry: false,
        };
        let failure;
        try {
            const res = await registry.call(call);
            if (res.status === 202) {
                await res.dump();
                return new URL(res.header('location') ?? location.href, res.url);
            }
            await registry.fail(call, res);
        }
        catch (error) {
            failure = error;
        }
        if (!(0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .isRetryableRegistryError */ .I)(failure))
            throw failure;
        // Where does the upload stand? The chunk may have been written before the answer was lost.
        const status = await uploadStatus(registry, ctx, location);
        if (status === undefined)
            throw failure; // Session gone: the caller starts over.
        if (status.bytes === end && end > 0)
            return status.location;
        if (status.bytes !== offset)
            throw failure;
        const decision = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .planRetry */ .M$)({ attempts: attempt, startedAt, now: clock.now() }, retryPolicy, random);
        if (!decision.retry)
            throw failure;
        registry.logger.debug(`${ctx.operation} ${ctx.reference}: resending bytes ${offset}-${end - 1} in ${decision.delayMs} ms`);
        await clock.sleep(decision.delayMs);
        location = status.location;
    }
}
async function uploadStatus(registry, ctx, location) {
    const call = { ...ctx, operation: 'get upload status', method: 'GET', url: location };
    const res = await registry.call(call);
    await res.dump();
    if (res.status !== 204 && res.status !== 200)
        return undefined;
    const bytes = uploadedBytes(res.header('range'));
    if (bytes === undefined)
        return undefined;
    return { bytes, location: new URL(res.header('location') ?? location.href, res.url) };
}
/** Cancels an upload session we will not use (e.g. after a mount answered 202). */
async function cancelUpload(registry, ctx, location) {
    const res = await registry.call({ ...ctx, operation: 'cancel upload', method: 'DELETE', url: location });
    await res.dump();
}


/***/ }),

/***/ 7016:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ parseImageConfig),
/* harmony export */   bP: () => (/* binding */ RegistryClient),
/* harmony export */   xV: () => (/* binding */ choosePlatform)
/* harmony export */ });
/* unused harmony export referrersTag */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var _core_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4269);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6675);
/* harmony import */ var _blob_upload_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5752);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(781);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6451);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1656);
/* harmony import */ var _link_header_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2709);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8514);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9275);
/* harmony import */ var _semaphore_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7881);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7391);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(674);
/**
 * `RegistryClient`: the OCI distribution API as typed operations. Manifests (GET/HEAD with all
 * four Accept types, digests verified; PUT of the original bytes), tags with pagination,
 * deletion by digest, blobs (HEAD, verified streaming GET, monolithic and chunked upload,
 * cross-repository mount), copying only the blobs a target lacks, referrers (the API, then the
 * `sha256-<hex>` fallback tag), and reading an image's config.
 *
 * Auth, retries, concurrency and secrets are handled below it (session, auth, transport).
 */













/** OCI recommends registries accept manifests up to 4 MiB; refuse anything larger when reading. */
const MANIFEST_LIMIT = 4 * 1024 * 1024;
const CONFIG_LIMIT = 16 * 1024 * 1024;
const MAX_TAG_PAGES = 10_000;
class RegistryClient {
    #session;
    #upload;
    #copyConcurrency;
    constructor(options = {}) {
        this.#session = new _session_js__WEBPACK_IMPORTED_MODULE_9__/* .RegistrySession */ .G({ ...options, credentials: options.credentials ?? _credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .anonymousCredentials */ .IP });
        this.#upload = options.upload ?? {};
        // A blob copied within one registry (mount refused) holds a slot for its upload while its
        // download takes another: at most half the slots may be copies, or they could wait on
        // each other forever.
        const perHost = options.maxConcurrencyPerHost ?? _transport_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_MAX_CONCURRENCY_PER_HOST */ .Us;
        this.#copyConcurrency = Math.max(1, Math.min(options.copyConcurrency ?? 4, Math.floor(perHost / 2)));
    }
    /** Closes idle connections. The client must not be used afterwards. */
    async close() {
        await this.#session.transport.close();
    }
    // ---------------------------------------------------------------------------------------------
    // Manifests
    /** GETs a manifest, verifying its bytes against the requested digest and `Docker-Content-Digest`. */
    async getManifest(ref) {
        const call = this.#manifestCall('get manifest', ref, 'GET');
        const res = await this.#session.call(call);
        if (res.status !== 200)
            return this.#session.fail(call, res, res.status === 404 ? `Check that ${(0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref)} exists.` : undefined);
        let bytes;
        try {
            bytes = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_10__/* .readBody */ .x8)(res.body, MANIFEST_LIMIT);
        }
        catch (error) {
            if (error instanceof _transport_js__WEBPACK_IMPORTED_MODULE_10__/* .BodyTooLarge */ .KQ)
                throw this.#session.error(call, 'TOO_LARGE', `the manifest is larger than ${MANIFEST_LIMIT} bytes`, 200);
            throw this.#session.error(call, 'NETWORK', `the manifest could not be read: ${error.message}`, 200);
        }
        this.#verifyManifestBytes(call, ref, bytes, res.header('docker-content-digest'));
        try {
            return (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .parseManifest */ .Ng)(bytes, res.header('content-type'));
        }
        catch (error) {
            if (error instanceof _manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .ManifestParseError */ .lr)
                throw this.#session.error(call, 'INVALID_MANIFEST', error.message, 200);
            throw error;
        }
    }
    /** HEADs a manifest: its digest, media type and size, or undefined if there is none. */
    async headManifest(ref) {
        const call = this.#manifestCall('head manifest', ref, 'HEAD');
        const res = await this.#session.call(call);
        await res.dump();
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            return this.#session.fail(call, res);
        const digest = res.header('docker-content-digest');
        const mediaType = res.header('content-type');
        const size = Number(res.header('content-length'));
        if (digest === undefined || !(0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .Bc)(digest) || mediaType === undefined || !Number.isSafeInteger(size)) {
            // Some registries omit Docker-Content-Digest on HEAD: the body tells the truth.
            const manifest = await this.getManifest(ref);
            return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.size };
        }
        if (ref.target.kind === 'digest' && digest !== ref.target.digest) {
            throw this.#session.error(call, 'DIGEST_MISMATCH', `the registry answered for ${digest}`, 200);
        }
        return { digest, mediaType: (0,_media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .baseMediaType */ .S4)(mediaType), size };
    }
    /**
     * PUTs manifest bytes as they are, under a tag or a digest, and returns the digest. A manifest
     * with a `subject` is also listed in its subject's referrers fallback tag when the registry
     * does not index referrers itself (no `OCI-Subject` header in its answer).
     */
    async putManifest(ref, content) {
        const call = {
            ...this.#manifestCall('put manifest', ref, 'PUT'),
            scopes: [(0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryScope */ .F7)(ref.repository, ['pull', 'push'])],
            headers: { 'content-type': content.mediaType },
            body: content.bytes,
        };
        let manifest;
        try {
            manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .parseManifest */ .Ng)(content.bytes, content.mediaType);
        }
        catch (error) {
            if (error instanceof _manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .ManifestParseError */ .lr)
                throw this.#session.error(call, 'INVALID_MANIFEST', error.message);
            throw error;
        }
        if (manifest.mediaType !== content.mediaType) {
            throw this.#session.error(call, 'INVALID_MANIFEST', `the manifest says it is ${manifest.mediaType} but is pushed as ${content.mediaType}`);
        }
        if (ref.target.kind === 'digest' && (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestLike */ .kG)(ref.target.digest, content.bytes) !== ref.target.digest) {
            throw this.#session.error(call, 'DIGEST_MISMATCH', `the manifest bytes have digest ${manifest.digest}, not ${ref.target.digest}`);
        }
        const res = await this.#session.call(call);
        if (res.status !== 201 && res.status !== 200)
            return this.#session.fail(call, res);
        await res.dump();
        const stored = res.header('docker-content-digest');
        if (stored !== undefined && (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .Bc)(stored) && (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestLike */ .kG)(stored, content.bytes) !== stored) {
            throw this.#session.error(call, 'DIGEST_MISMATCH', `the registry stored the manifest as ${stored}, but its bytes have digest ${manifest.digest}`, res.status);
        }
        if (manifest.subject !== undefined && res.header('oci-subject') === undefined) {
            await this.#addToReferrersFallback(ref, manifest.subject, manifest);
        }
        return manifest.digest;
    }
    /** Deletes a manifest by digest (every tag pointing at it goes with it). */
    async deleteManifest(ref) {
        if (ref.target.kind !== 'digest') {
            throw new TypeError(`deleteManifest needs a reference by digest, got ${(0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref)}; resolve the tag with headManifest first`);
        }
        const call = { ...this.#manifestCall('delete manifest', ref, 'DELETE'), scopes: [(0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryScope */ .F7)(ref.repository, ['delete'])] };
        const res = await this.#session.call(call);
        if (res.status === 202 || res.status === 200 || res.status === 204)
            return void (await res.dump());
        // A retried DELETE whose first attempt landed finds nothing left to delete: that is success.
        if (res.status === 404 && res.attempts > 1)
            return void (await res.dump());
        return this.#session.fail(call, res, res.status === 405 ? `${ref.registry} does not allow deletion; enable it (distribution: storage.delete.enabled: true).` : undefined);
    }
    /**
     * Deletes a tag alone, where the registry supports it (distribution 3, many hosted registries).
     * 'unsupported' when the registry only deletes by digest.
     */
    async deleteTag(ref) {
        if (ref.target.kind !== 'tag')
            throw new TypeError(`deleteTag needs a reference by tag, got ${(0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref)}`);
        const call = { ...this.#manifestCall('delete tag', ref, 'DELETE'), scopes: [(0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryScope */ .F7)(ref.repository, ['delete'])] };
        const res = await this.#session.call(call);
        if (res.status === 202 || res.status === 200 || res.status === 204)
            return (await res.dump(), 'deleted');
        if (res.status === 400 || res.status === 405)
            return (await res.dump(), 'unsupported');
        return this.#session.fail(call, res);
    }
    // ---------------------------------------------------------------------------------------------
    // Tags
    /** All tags of a repository, following `Link` pagination. */
    async listTags(repo, options = {}) {
        const reference = `${repo.registry}/${repo.repository}`;
        let url = this.#session.url(repo, 'tags/list');
        if (options.pageSize !== undefined)
            url.searchParams.set('n', String(options.pageSize));
        const tags = [];
        const seen = new Set();
        for (let page = 0; url !== undefined; page++) {
            if (page >= MAX_TAG_PAGES || seen.has(url.href)) {
                throw this.#session.error({ operation: 'list tags', reference }, 'UNEXPECTED_STATUS', `the registry's tag pagination does not end (page ${page})`);
            }
            seen.add(url.href);
            const call = { operation: 'list tags', reference, repo, scopes: [(0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryScope */ .F7)(repo.repository, ['pull'])], method: 'GET', url };
            const res = await this.#session.call(call);
            if (res.status !== 200)
                return this.#session.fail(call, res);
            const body = await this.#readJson(call, res, MANIFEST_LIMIT);
            const pageTags = body.tags;
            if (pageTags !== null && pageTags !== undefined) {
                if (!Array.isArray(pageTags) || pageTags.some((t) => typeof t !== 'string')) {
                    throw this.#session.error(call, 'UNEXPECTED_STATUS', 'the tag list is not an array of strings', 200);
                }
                tags.push(...pageTags);
            }
            url = (0,_link_header_js__WEBPACK_IMPORTED_MODULE_11__/* .nextPageUrl */ ._)(res.header('link'), res.url);
        }
        return tags;
    }
    // ---------------------------------------------------------------------------------------------
    // Blobs
    async headBlob(repo, digest) {
        const call = this.#blobCall('head blob', repo, digest, 'HEAD');
        const res = await this.#session.call(call);
        await res.dump();
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            return this.#session.fail(call, res);
        const stored = res.header('docker-content-digest');
        if (stored !== undefined && stored !== digest)
            throw this.#session.error(call, 'DIGEST_MISMATCH', `the registry answered for ${stored}`, 200);
        const size = Number(res.header('content-length'));
        if (!Number.isSafeInteger(size) || size < 0)
            throw this.#session.error(call, 'UNEXPECTED_STATUS', 'the registry answered without a Content-Length', 200);
        return { digest, size };
    }
    /** Streams a blob; the stream fails at its end unless the content matches the digest (and size). */
    async getBlob(repo, digest, expectedSize) {
        const call = this.#blobCall('get blob', repo, digest, 'GET');
        if ((0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDigest */ .m)(digest) === undefined)
            throw new TypeError(`"${digest}" is not a sha256/sha512 digest`);
        const res = await this.#session.call(call);
        if (res.status !== 200)
            return this.#session.fail(call, res);
        const length = Number(res.header('content-length'));
        const size = expectedSize ?? (Number.isSafeInteger(length) ? length : Number.NaN);
        const verifier = (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyingStream */ .oP)(Number.isSafeInteger(size) ? { digest, size } : { digest }, (mismatch) => this.#session.error(call, 'DIGEST_MISMATCH', `the content has digest ${mismatch.actualDigest} and ${mismatch.actualSize} bytes, expected ${digest}${Number.isSafeInteger(size) ? ` and ${size} bytes` : ''}`, 200));
        (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(res.body, verifier, () => undefined); // Errors surface on `verifier`, which pipeline destroys with them.
        return { size, stream: verifier };
    }
    /** A whole blob in memory, verified; refuses more than `limit` bytes. */
    async getBlobBytes(repo, digest, limit = CONFIG_LIMIT) {
        const { stream } = await this.getBlob(repo, digest);
        try {
            return await (0,_transport_js__WEBPACK_IMPORTED_MODULE_10__/* .readBody */ .x8)(stream, limit);
        }
        catch (error) {
            if (error instanceof _transport_js__WEBPACK_IMPORTED_MODULE_10__/* .BodyTooLarge */ .KQ)
                throw this.#session.error(this.#blobCall('get blob', repo, digest, 'GET'), 'TOO_LARGE', `the blob is larger than ${limit} bytes`);
            throw error;
        }
    }
    /** Uploads a blob (monolithic up to `upload.monolithicLimit`, chunked above). */
    async uploadBlob(repo, source) {
        const blob = source instanceof Uint8Array ? (0,_blob_upload_js__WEBPACK_IMPORTED_MODULE_3__/* .bytesSource */ .Xl)(source) : source;
        await (0,_blob_upload_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadBlob */ .PM)(this.#session, repo, blob, this.#upload);
        return { digest: blob.digest, size: blob.size };
    }
    /**
     * Mounts a blob from another repository of the same registry (`POST ?mount=&from=`). When the
     * registry answers 202 instead (it cannot or will not mount), the blob is uploaded through
     * the session it opened if a `fallback` source is given, else the session is cancelled.
     */
    async mountBlob(target, from, digest, fallback) {
        if (target.registry !== from.registry) {
            throw new TypeError(`a blob can only be mounted within one registry (${from.registry} → ${target.registry}); copy it instead`);
        }
        const ctx = {
            operation: 'mount blob',
            reference: `${target.registry}/${target.repository}@${digest} from ${from.repository}`,
            repo: target,
            scopes: [(0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryScope */ .F7)(target.repository, ['pull', 'push']), (0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryScope */ .F7)(from.repository, ['pull'])],
        };
        const opened = await (0,_blob_upload_js__WEBPACK_IMPORTED_MODULE_3__/* .startUpload */ .aH)(this.#session, ctx, { mount: digest, from: from.repository });
        if (opened.status === 201)
            return 'mounted';
        if (fallback === undefined) {
            await (0,_blob_upload_js__WEBPACK_IMPORTED_MODULE_3__/* .cancelUpload */ .wM)(this.#session, ctx, opened.location);
            return 'not-mounted';
        }
        await (0,_blob_upload_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadBlob */ .PM)(this.#session, target, fallback, this.#upload, opened.location);
        return 'uploaded';
    }
    /** A blob of a repository as a source for an upload elsewhere, re-read on each retry. */
    blobSource(repo, descriptor) {
        return { digest: descriptor.digest, size: descriptor.size, open: (offset) => this.#readBlobFrom(repo, descriptor, offset) };
    }
    async *#readBlobFrom(repo, descriptor, offset) {
        // Registries need not honour Range, so a resumed read starts over and skips what was sent.
        const { stream } = await this.getBlob(repo, descriptor.digest, descriptor.size);
        yield* (0,_blob_upload_js__WEBPACK_IMPORTED_MODULE_3__/* .skipBytes */ .rR)(stream, offset);
    }
    /**
     * Gives `target` every blob of `blobs` it lacks: a HEAD first, then a mount when both are on
     * one registry, else a streamed copy. Nothing is read from the source that the target has.
     */
    async copyBlobsMissing(source, target, blobs) {
        const report = { copied: [], mounted: [], skipped: [] };
        const unique = [...new Map(blobs.map((b) => [b.digest, b])).values()];
        const sameRegistry = source.registry === target.registry;
        const sameRepo = sameRegistry && source.repository === target.repository;
        const limit = new _semaphore_js__WEBPACK_IMPORTED_MODULE_12__/* .Semaphore */ .j(this.#copyConcurrency);
        await Promise.all(unique.map((blob) => limit.run(async () => {
            if (sameRepo || (await this.headBlob(target, blob.digest)) !== undefined) {
                report.skipped.push(blob.digest);
                return;
            }
            const from = this.blobSource(source, blob);
            if (sameRegistry) {
                const result = await this.mountBlob(target, source, blob.digest, from);
                (result === 'mounted' ? report.mounted : report.copied).push(blob.digest);
                return;
            }
            await (0,_blob_upload_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadBlob */ .PM)(this.#session, target, from, this.#upload);
            report.copied.push(blob.digest);
        })));
        return report;
    }
    /**
     * Copies an image or a whole index (every platform) from one reference to another, within a
     * repository, across repositories or across registries. Layers move only when the target
     * lacks them; manifests keep their bytes, so the digest is the same on both sides. A target
     * tag already at the digest is left alone.
     */
    async copyImage(source, target) {
        const manifest = await this.getManifest(source);
        const report = { copied: [], mounted: [], skipped: [] };
        let manifestsPut = 0;
        const current = await this.headManifest(target);
        if (current?.digest === manifest.digest) {
            return { digest: manifest.digest, mediaType: manifest.mediaType, blobs: report, manifestsPut };
        }
        const copyTree = async (m) => {
            if (m.kind === 'image') {
                const r = await this.copyBlobsMissing(source, target, [m.config, ...m.layers.filter((l) => (l.urls ?? []).length === 0)]);
                report.copied.push(...r.copied);
                report.mounted.push(...r.mounted);
                report.skipped.push(...r.skipped);
                return;
            }
            for (const child of m.manifests) {
                if (!(0,_media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .isManifestMediaType */ .CM)(child.mediaType))
                    continue; // Not a manifest we can copy (e.g. a foreign type).
                if ((await this.headManifest((0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withDigest */ .hQ)(target, child.digest))) !== undefined)
                    continue;
                const childManifest = await this.getManifest((0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withDigest */ .hQ)(source, child.digest));
                await copyTree(childManifest);
                await this.putManifest((0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withDigest */ .hQ)(target, child.digest), childManifest);
                manifestsPut++;
            }
        };
        await copyTree(manifest);
        await this.putManifest(target, manifest);
        manifestsPut++;
        return { digest: manifest.digest, mediaType: manifest.mediaType, blobs: report, manifestsPut };
    }
    // ---------------------------------------------------------------------------------------------
    // Referrers
    /**
     * The manifests that name `ref` as their subject: from the referrers API, or where the
     * registry has none (it answers 404) from the `sha256-<hex>` fallback tag.
     */
    async listReferrers(ref, options = {}) {
        const digest = await this.#resolveDigest(ref, 'list referrers');
        const fromApi = await this.listReferrersFromApi((0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withDigest */ .hQ)(ref, digest), options);
        if (fromApi !== undefined)
            return fromApi;
        const descriptors = await this.#referrersFromFallbackTag(ref, digest);
        const wanted = options.artifactType;
        return wanted === undefined ? [...descriptors] : descriptors.filter((d) => d.artifactType === wanted);
    }
    /**
     * The referrers API alone: the manifests naming the digest `ref` as their subject, or
     * undefined when the registry has no referrers API (it answers 404, as distribution 2.x does).
     * For a caller that already knows the repository's tags, and so its fallback tags, and need
     * not look each one up.
     */
    async listReferrersFromApi(ref, options = {}) {
        if (ref.target.kind !== 'digest')
            throw new TypeError(`listReferrersFromApi needs a reference by digest, got ${(0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref)}`);
        const digest = ref.target.digest;
        const repo = { registry: ref.registry, repository: ref.repository };
        const url = this.#session.url(repo, `referrers/${digest}`);
        if (options.artifactType !== undefined)
            url.searchParams.set('artifactType', options.artifactType);
        const call = { operation: 'list referrers', reference: (0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref), repo, scopes: [(0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryScope */ .F7)(ref.repository, ['pull'])], method: 'GET', url, headers: { accept: _media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .OCI_INDEX */ .$p } };
        const res = await this.#session.call(call);
        if (res.status === 404) {
            await res.dump();
            return undefined;
        }
        if (res.status !== 200)
            return this.#session.fail(call, res);
        const bytes = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_10__/* .readBody */ .x8)(res.body, MANIFEST_LIMIT);
        const index = this.#parseOrFail(call, bytes, _media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .OCI_INDEX */ .$p);
        if (index.kind !== 'index')
            throw this.#session.error(call, 'INVALID_MANIFEST', 'the referrers API answered with an image manifest, not an index', 200);
        const filtered = (res.header('oci-filters-applied') ?? '').split(',').map((s) => s.trim()).includes('artifactType');
        const wanted = options.artifactType;
        return wanted === undefined || filtered ? [...index.manifests] : index.manifests.filter((d) => d.artifactType === wanted);
    }
    async #referrersFromFallbackTag(ref, digest) {
        const tagRef = { registry: ref.registry, repository: ref.repository, target: { kind: 'tag', tag: referrersTag(digest) } };
        if ((await this.headManifest(tagRef)) === undefined)
            return [];
        const index = await this.getManifest(tagRef);
        return index.kind === 'index' ? index.manifests : [];
    }
    async #addToReferrersFallback(ref, subject, referrer) {
        const tagRef = { registry: ref.registry, repository: ref.repository, target: { kind: 'tag', tag: referrersTag(subject.digest) } };
        const existing = (await this.headManifest(tagRef)) === undefined ? undefined : await this.getManifest(tagRef);
        const current = existing?.kind === 'index' ? existing.manifests : [];
        if (current.some((d) => d.digest === referrer.digest))
            return;
        const index = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .encodeJson */ .Pr)({ schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .OCI_INDEX */ .$p, manifests: [...current, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .manifestDescriptor */ .Dt)(referrer)] });
        await this.putManifest(tagRef, { bytes: index, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .OCI_INDEX */ .$p });
    }
    // ---------------------------------------------------------------------------------------------
    // Image config
    /**
     * An image's labels and creation time from its config blob. For an index, the platform's
     * image (default linux/amd64, else the first real platform: attestation entries are skipped).
     */
    async getImageConfig(ref, platform) {
        let manifest = await this.getManifest(ref);
        if (manifest.kind === 'index') {
            const child = choosePlatform(manifest.manifests, platform);
            if (child === undefined) {
                const want = platform ? `${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ''}` : 'any platform';
                throw this.#session.error({ operation: 'get image config', reference: (0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref) }, 'MANIFEST_UNKNOWN', `the index has no image for ${want}`);
            }
            manifest = await this.getManifest((0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .withDigest */ .hQ)(ref, child.digest));
            if (manifest.kind !== 'image') {
                throw this.#session.error({ operation: 'get image config', reference: (0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref) }, 'INVALID_MANIFEST', 'a nested index was found where an image was expected');
            }
        }
        const image = manifest;
        const bytes = await this.getBlobBytes({ registry: ref.registry, repository: ref.repository }, image.config.digest, CONFIG_LIMIT);
        return parseImageConfig(bytes, image.digest, image.config.digest);
    }
    // ---------------------------------------------------------------------------------------------
    // Internals
    #manifestCall(operation, ref, method) {
        const repo = { registry: ref.registry, repository: ref.repository };
        const target = ref.target.kind === 'digest' ? ref.target.digest : ref.target.tag;
        return {
            operation,
            reference: (0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref),
            repo,
            scopes: [(0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryScope */ .F7)(ref.repository, ['pull'])],
            method,
            url: this.#session.url(repo, `manifests/${target}`),
            headers: method === 'GET' || method === 'HEAD' ? { accept: _media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_ACCEPT */ .dY.join(', ') } : {},
        };
    }
    #blobCall(operation, repo, digest, method) {
        return {
            operation,
            reference: `${repo.registry}/${repo.repository}@${digest}`,
            repo,
            scopes: [(0,_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryScope */ .F7)(repo.repository, ['pull'])],
            method,
            url: this.#session.url(repo, `blobs/${digest}`),
        };
    }
    #verifyManifestBytes(call, ref, bytes, header) {
        if (ref.target.kind === 'digest') {
            const actual = (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestLike */ .kG)(ref.target.digest, bytes);
            if (actual !== ref.target.digest)
                throw this.#session.error(call, 'DIGEST_MISMATCH', `the manifest served has digest ${actual}`, 200);
        }
        if (header !== undefined && (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .Bc)(header)) {
            const actual = (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestLike */ .kG)(header, bytes);
            if (actual !== header)
                throw this.#session.error(call, 'DIGEST_MISMATCH', `Docker-Content-Digest says ${header} but the bytes have ${actual}`, 200);
        }
    }
    #parseOrFail(call, bytes, contentType) {
        try {
            return (0,_manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .parseManifest */ .Ng)(bytes, contentType);
        }
        catch (error) {
            if (error instanceof _manifest_js__WEBPACK_IMPORTED_MODULE_7__/* .ManifestParseError */ .lr)
                throw this.#session.error(call, 'INVALID_MANIFEST', error.message, 200);
            throw error;
        }
    }
    async #readJson(call, res, limit) {
        const bytes = await (0,_transport_js__WEBPACK_IMPORTED_MODULE_10__/* .readBody */ .x8)(res.body, limit);
        try {
            const parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
            if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
                return parsed;
        }
        catch {
            // Reported below.
        }
        throw this.#session.error(call, 'UNEXPECTED_STATUS', 'the registry answered with something that is not a JSON object', res.status);
    }
    async #resolveDigest(ref, operation) {
        if (ref.target.kind === 'digest')
            return ref.target.digest;
        const head = await this.headManifest(ref);
        if (head === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .RegistryError */ .gl({ operation, reference: (0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref), status: 404, code: 'MANIFEST_UNKNOWN', detail: 'no manifest has this tag', hint: `Check that ${(0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatReference */ .FH)(ref)} exists.` });
        }
        return head.digest;
    }
}
/** The fallback tag that lists a subject's referrers: `sha256-<hex>` (OCI distribution 1.1). */
function referrersTag(digest) {
    const parsed = (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDigest */ .m)(digest);
    if (parsed === undefined)
        throw new TypeError(`"${digest}" is not a digest`);
    return `${parsed.algorithm.slice(0, 32)}-${parsed.hex.slice(0, 64)}`;
}
/** The index entry for a platform: the one asked for, else linux/amd64, else the first real one. */
function choosePlatform(manifests, wanted) {
    const real = manifests.filter((d) => d.platform !== undefined && !(d.platform.os === 'unknown' && d.platform.architecture === 'unknown'));
    const matches = (p, w) => p.os === w.os && p.architecture === w.architecture && (w.variant === undefined || p.variant === w.variant);
    if (wanted !== undefined)
        return real.find((d) => d.platform !== undefined && matches(d.platform, wanted));
    return real.find((d) => d.platform !== undefined && matches(d.platform, { os: 'linux', architecture: 'amd64' })) ?? real[0] ?? manifests.find((d) => d.platform === undefined);
}
/** The parts of an image config the pipeline reads: `created`, labels and platform. */
function parseImageConfig(bytes, manifestDigest, configDigest) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        json = {};
    }
    const root = typeof json === 'object' && json !== null ? json : {};
    const config = typeof root['config'] === 'object' && root['config'] !== null ? root['config'] : {};
    const rawLabels = config['Labels'];
    const labels = {};
    if (typeof rawLabels === 'object' && rawLabels !== null) {
        for (const [k, v] of Object.entries(rawLabels))
            if (typeof v === 'string')
                labels[k] = v;
    }
    const createdText = typeof root['created'] === 'string' ? root['created'] : undefined;
    const createdMs = createdText === undefined ? Number.NaN : Date.parse(createdText);
    const str = (v) => (typeof v === 'string' ? v : undefined);
    return {
        manifestDigest,
        configDigest,
        created: Number.isNaN(createdMs) ? undefined : new Date(createdMs),
        labels,
        os: str(root['os']),
        architecture: str(root['architecture']),
        variant: str(root['variant']),
    };
}


/***/ }),

/***/ 781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ anonymousCredentials),
/* harmony export */   Kp: () => (/* binding */ defaultCredentialProvider),
/* harmony export */   oA: () => (/* binding */ CredentialError)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB_CONFIG_KEY, normaliseRegistryKey, explicitCredentials, parseAuthConfig, findDockerAuth, findContainersAuth, runCredentialHelper, helperServerUrl, dockerConfigPath, dockerConfigCredentials, containersAuthPaths, containersAuthCredentials, chainCredentials */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _core_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4269);
/* harmony import */ var _secret_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9455);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(674);
/**
 * Where registry credentials come from, first found wins:
 *
 * 1. explicit credentials (action inputs; the caller masks them with `core.setSecret`);
 * 2. the Docker config (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, as written by
 *    `docker login` and docker/login-action): `credHelpers`, then `credsStore`, then `auths`,
 *    the order Docker itself uses;
 * 3. containers' `auth.json` (`$REGISTRY_AUTH_FILE`, `$XDG_RUNTIME_DIR/containers/auth.json`,
 *    `$XDG_CONFIG_HOME/containers/auth.json`), whose keys may name a repository or namespace.
 *
 * Credential helpers run as `docker-credential-<name> get` with an argument array and the
 * server on stdin. Secrets are held in `Secret`s and never appear in a log or an error.
 */







/** A configuration file or helper that could not be used, said without any secret. */
class CredentialError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CredentialError';
    }
}
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', _core_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .DOCKER_HUB_HOST */ .OC]);
/** The key Docker writes for Docker Hub, and the server URL its helpers are asked about. */
const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';
/** A config key (`https://host/v1/`, `host`, `host/ns/repo`) as a lowercase host, Hub folded. */
function normaliseRegistryKey(key) {
    const withoutScheme = key.trim().replace(/^[a-z]+:\/\//i, '');
    const host = (withoutScheme.split('/')[0] ?? '').toLowerCase();
    return HUB_ALIASES.has(host) ? _core_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .DOCKER_HUB_HOST */ .OC : host;
}
function explicitCredentials(entries) {
    const byHost = new Map();
    for (const e of entries) {
        if (e.username === '' && e.password === '')
            continue;
        byHost.set(normaliseRegistryKey(e.registry), { kind: 'basic', username: e.username, password: new _secret_js__WEBPACK_IMPORTED_MODULE_5__/* .Secret */ .z(e.password) });
    }
    return {
        find: async (registry) => {
            const credential = byHost.get(normaliseRegistryKey(registry));
            return credential === undefined ? undefined : { credential, source: 'explicit credentials' };
        },
    };
}
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * Parses a Docker `config.json` or a containers `auth.json` (the same `auths` shape). `file` only
 * names the file in errors. An entry without credentials (`{}`, as Docker writes beside a
 * credsStore) is kept with `credential: undefined`.
 */
function parseAuthConfig(text, file) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new CredentialError(`${file} is not valid JSON (${error.message}); fix or remove it`);
    }
    if (!isRecord(parsed))
        throw new CredentialError(`${file} must contain a JSON object`);
    const auths = [];
    const rawAuths = parsed['auths'];
    if (rawAuths !== undefined) {
        if (!isRecord(rawAuths))
            throw new CredentialError(`${file}: "auths" must be an object`);
        for (const [key, entry] of Object.entries(rawAuths)) {
            if (!isRecord(entry))
                throw new CredentialError(`${file}: auths["${key}"] must be an object`);
            auths.push({ key, credential: credentialFromEntry(entry, `${file}: auths["${key}"]`) });
        }
    }
    const credHelpers = new Map();
    const rawHelpers = parsed['credHelpers'];
    if (rawHelpers !== undefined) {
        if (!isRecord(rawHelpers))
            throw new CredentialError(`${file}: "credHelpers" must be an object`);
        for (const [key, helper] of Object.entries(rawHelpers)) {
            if (typeof helper !== 'string' || !HELPER_NAME.test(helper)) {
                throw new CredentialError(`${file}: credHelpers["${key}"] must be a helper name such as "ecr-login" (letters, digits, . _ -)`);
            }
            credHelpers.set(normaliseRegistryKey(key), helper);
        }
    }
    const store = parsed['credsStore'];
    let credsStore;
    if (store !== undefined && store !== '') {
        if (typeof store !== 'string' || !HELPER_NAME.test(store)) {
            throw new CredentialError(`${file}: "credsStore" must be a helper name such as "pass" (letters, digits, . _ -)`);
        }
        credsStore = store;
    }
    return { auths, credHelpers, credsStore };
}
function credentialFromEntry(entry, where) {
    let username = typeof entry['username'] === 'string' ? entry['username'] : '';
    let password = typeof entry['password'] === 'string' ? entry['password'] : '';
    const auth = entry['auth'];
    if (typeof auth === 'string' && auth !== '') {
        const decoded = Buffer.from(auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0)
            throw new CredentialError(`${where}: "auth" must be base64 of "username:password"`);
        username = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
    }
    const identityToken = entry['identitytoken'];
    if (typeof identityToken === 'string' && identityToken !== '') {
        return { kind: 'identity-token', username, token: new _secret_js__WEBPACK_IMPORTED_MODULE_5__/* .Secret */ .z(identityToken) };
    }
    const registryToken = entry['registrytoken'];
    if (typeof registryToken === 'string' && registryToken !== '') {
        return { kind: 'registry-token', token: new _secret_js__WEBPACK_IMPORTED_MODULE_5__/* .Secret */ .z(registryToken) };
    }
    if (username === '' && password === '')
        return undefined;
    return { kind: 'basic', username, password: new _secret_js__WEBPACK_IMPORTED_MODULE_5__/* .Secret */ .z(password) };
}
/** The `auths` entry for a host in a Docker config: keys may carry a scheme and a path. */
function findDockerAuth(config, registry) {
    const host = normaliseRegistryKey(registry);
    return config.auths.find((a) => normaliseRegistryKey(a.key) === host);
}
/**
 * The `auths` entry for a repository in a containers auth.json: the most specific key wins,
 * `host/ns/repo` before `host/ns` before `host` (containers-auth.json(5)).
 */
function findContainersAuth(config, registry, repository) {
    const host = normaliseRegistryKey(registry);
    const candidates = [];
    if (repository !== undefined) {
        const parts = repository.split('/');
        for (let n = parts.length; n >= 1; n--)
            candidates.push(`${host}/${parts.slice(0, n).join('/')}`);
    }
    candidates.push(host);
    for (const candidate of candidates) {
        const match = config.auths.find((a) => {
            const key = a.key.trim().replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
            const [first, ...rest] = key.split('/');
            const normalised = [normaliseRegistryKey(first ?? ''), ...rest].join('/');
            return normalised === candidate;
        });
        if (match)
            return match;
    }
    return undefined;
}
/**
 * Asks `docker-credential-<helper> get` for a server's credentials. Undefined when the helper
 * says it has none, or is not installed (a config copied from a desktop often names one).
 */
async function runCredentialHelper(helper, serverUrl, options) {
    if (!HELPER_NAME.test(helper))
        throw new CredentialError(`"${helper}" is not a valid credential helper name`);
    const program = `docker-credential-${helper}`;
    const result = await new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, ['get'], { env: options.env, stdio: ['pipe', 'pipe', 'pipe'], timeout: options.timeoutMs ?? 30_000 });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.on('error', (error) => {
            if (error.code === 'ENOENT')
                resolve({ code: null, stdout: '', stderr: '', missing: true });
            else
                reject(new CredentialError(`${program} could not be started: ${error.message}`));
        });
        child.on('close', (code) => resolve({ code, stdout, stderr, missing: false }));
        child.stdin.on('error', () => undefined); // A helper that exits without reading stdin is not an error here.
        child.stdin.end(serverUrl);
    });
    if (result.missing)
        return undefined;
    if (result.code !== 0) {
        // Helpers report "credentials not found in native keychain" on stdout (and exit 1).
        if (/credentials not found/i.test(result.stdout) || /credentials not found/i.test(result.stderr))
            return undefined;
        // Only the first line of stderr: stdout could hold a secret, and must never be shown.
        const why = (result.stderr.split('\n')[0] ?? '').slice(0, 200);
        throw new CredentialError(`${program} get failed for ${serverUrl} (exit code ${String(result.code)})${why ? `: ${why}` : ''}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        throw new CredentialError(`${program} get for ${serverUrl} did not print JSON`);
    }
    if (!isRecord(parsed))
        throw new CredentialError(`${program} get for ${serverUrl} did not print a JSON object`);
    const username = typeof parsed['Username'] === 'string' ? parsed['Username'] : '';
    const secret = typeof parsed['Secret'] === 'string' ? parsed['Secret'] : '';
    if (username === '' && secret === '')
        return undefined;
    // Docker's convention: the username "<token>" marks an identity (refresh) token.
    if (username === '<token>')
        return { kind: 'identity-token', username: '', token: new _secret_js__WEBPACK_IMPORTED_MODULE_5__/* .Secret */ .z(secret) };
    return { kind: 'basic', username, password: new _secret_js__WEBPACK_IMPORTED_MODULE_5__/* .Secret */ .z(secret) };
}
/** The server name a helper is asked about: Docker's historical URL for Hub, else the host. */
function helperServerUrl(registry) {
    const host = normaliseRegistryKey(registry);
    return host === _core_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .DOCKER_HUB_HOST */ .OC ? DOCKER_HUB_CONFIG_KEY : host;
}
async function readOptional(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
            return undefined;
        throw new CredentialError(`cannot read ${path}: ${error.message}`);
    }
}
function dockerConfigPath(env, homeDir) {
    const dir = env['DOCKER_CONFIG'];
    return dir !== undefined && dir !== '' ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'config.json') : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(homeDir, '.docker', 'config.json');
}
/** Credentials from the Docker config: credHelpers, then credsStore, then auths. */
function dockerConfigCredentials(options = {}) {
    const env = options.env ?? process.env;
    const path = dockerConfigPath(env, options.homeDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)());
    const logger = options.logger ?? _transport_js__WEBPACK_IMPORTED_MODULE_6__/* .silentLogger */ .qq;
    let loaded;
    const load = () => (loaded ??= readOptional(path).then((text) => (text === undefined ? undefined : parseAuthConfig(text, path))));
    return {
        find: async (registry) => {
            const config = await load();
            if (config === undefined)
                return undefined;
            const host = normaliseRegistryKey(registry);
            const helperOptions = { env, ...(options.helperTimeoutMs === undefined ? {} : { timeoutMs: options.helperTimeoutMs }) };
            const helper = config.credHelpers.get(host) ?? config.credsStore;
            if (helper !== undefined) {
                const credential = await runCredentialHelper(helper, helperServerUrl(registry), helperOptions);
                const kind = config.credHelpers.has(host) ? 'credHelpers' : 'credsStore';
                if (credential !== undefined)
                    return { credential, source: `${path} (${kind}: docker-credential-${helper})` };
                logger.debug(`no credentials for ${host} from docker-credential-${helper} (${kind} in ${path})`);
                // Docker ignores `auths` when a store is configured: the entries there are placeholders.
                return undefined;
            }
            const entry = findDockerAuth(config, registry);
            if (entry?.credential === undefined)
                return undefined;
            return { credential: entry.credential, source: `${path} (auths)` };
        },
    };
}
/** The containers auth.json files, in the order containers-auth.json(5) reads them. */
function containersAuthPaths(env, homeDir) {
    const explicit = env['REGISTRY_AUTH_FILE'];
    if (explicit !== undefined && explicit !== '')
        return [explicit];
    const paths = [];
    const runtime = env['XDG_RUNTIME_DIR'];
    if (runtime !== undefined && runtime !== '')
        paths.push((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(runtime, 'containers', 'auth.json'));
    const configHome = env['XDG_CONFIG_HOME'];
    paths.push((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(configHome !== undefined && configHome !== '' ? configHome : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(homeDir, '.config'), 'containers', 'auth.json'));
    return paths;
}
function containersAuthCredentials(options = {}) {
    const env = options.env ?? process.env;
    const paths = containersAuthPaths(env, options.homeDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)());
    const cache = new Map();
    const load = (path) => {
        let entry = cache.get(path);
        if (!entry) {
            entry = readOptional(path).then((text) => (text === undefined ? undefined : parseAuthConfig(text, path)));
            cache.set(path, entry);
        }
        return entry;
    };
    return {
        find: async (registry, repository) => {
            for (const path of paths) {
                const config = await load(path);
                if (config === undefined)
                    continue;
                const host = normaliseRegistryKey(registry);
                const helper = config.credHelpers.get(host);
                if (helper !== undefined) {
                    const credential = await runCredentialHelper(helper, host, { env, ...(options.helperTimeoutMs === undefined ? {} : { timeoutMs: options.helperTimeoutMs }) });
                    if (credential !== undefined)
                        return { credential, source: `${path} (credHelpers: docker-credential-${helper})` };
                }
                const entry = findContainersAuth(config, registry, repository);
                if (entry?.credential !== undefined)
                    return { credential: entry.credential, source: `${path} (auths["${entry.key}"])` };
            }
            return undefined;
        },
    };
}
// ---------------------------------------------------------------------------------------------
// Composition
/** Asks each provider in turn; the first that finds a credential wins. */
function chainCredentials(...providers) {
    return {
        find: async (registry, repository) => {
            for (const provider of providers) {
                const found = await provider.find(registry, repository);
                if (found !== undefined)
                    return found;
            }
            return undefined;
        },
    };
}
/** Explicit credentials, then the Docker config, then containers auth.json. */
function defaultCredentialProvider(options = {}) {
    return chainCredentials(explicitCredentials(options.explicit ?? []), dockerConfigCredentials(options), containersAuthCredentials(options));
}
/** No credentials anywhere: every registry is accessed anonymously. */
const anonymousCredentials = { find: async () => undefined };
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 6451:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   MK: () => (/* binding */ computeDigest),
/* harmony export */   kG: () => (/* binding */ digestLike),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   oP: () => (/* binding */ verifyingStream)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/**
 * Content digests (`sha256:<hex>`): computing them, checking their syntax, and verifying a byte
 * stream against one as it flows, so that nothing unverified is ever handed on as good.
 */


const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Parses `algorithm:hex`; returns undefined for anything malformed or of an unknown algorithm. */
function parseDigest(digest) {
    const colon = digest.indexOf(':');
    if (colon < 0)
        return undefined;
    const algorithm = digest.slice(0, colon);
    const hex = digest.slice(colon + 1);
    if (algorithm !== 'sha256' && algorithm !== 'sha512')
        return undefined;
    if (hex.length !== HEX_LENGTH[algorithm] || !/^[a-f0-9]+$/.test(hex))
        return undefined;
    return { algorithm, hex };
}
function isDigest(digest) {
    return parseDigest(digest) !== undefined;
}
function computeDigest(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** The digest of `bytes` in the algorithm `expected` uses, for comparing with it. */
function digestLike(expected, bytes) {
    return computeDigest(bytes, parseDigest(expected)?.algorithm ?? 'sha256');
}
/**
 * A pass-through stream that hashes what flows and fails at the end (or as soon as too many
 * bytes arrive) when the content is not the expected one. A consumer that reads it to the end
 * without an error has exactly the expected bytes.
 */
function verifyingStream(expected, onMismatch) {
    const parsed = parseDigest(expected.digest);
    if (parsed === undefined)
        throw new TypeError(`cannot verify against "${expected.digest}": not a sha256/sha512 digest`);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(parsed.algorithm);
    let size = 0;
    return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _encoding, callback) {
            size += chunk.length;
            if (expected.size !== undefined && size > expected.size) {
                callback(onMismatch({ expected, actualDigest: 'unknown (too long)', actualSize: size }));
                return;
            }
            hash.update(chunk);
            callback(null, chunk);
        },
        flush(callback) {
            const actualDigest = `${parsed.algorithm}:${hash.digest('hex')}`;
            if (actualDigest !== expected.digest || (expected.size !== undefined && size !== expected.size)) {
                callback(onMismatch({ expected, actualDigest, actualSize: size }));
                return;
            }
            callback();
        },
    });
}


/***/ }),

/***/ 1656:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LA: () => (/* binding */ parseRegistryErrorBody),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   jF: () => (/* binding */ hintForStatus)
/* harmony export */ });
/**
 * `RegistryError`: every failure of a registry operation, saying which operation, on which
 * reference, the HTTP status, the registry's own error code and message, and what to do.
 */
class RegistryError extends Error {
    operation;
    reference;
    status;
    code;
    detail;
    hint;
    constructor(init) {
        super(formatRegistryError(init), init.cause === undefined ? undefined : { cause: init.cause });
        this.name = 'RegistryError';
        this.operation = init.operation;
        this.reference = init.reference;
        this.status = init.status;
        this.code = init.code;
        this.detail = init.detail;
        this.hint = init.hint;
    }
}
function formatRegistryError(init) {
    const status = init.status === undefined ? '' : `HTTP ${init.status} `;
    const detail = init.detail === '' ? '' : `: ${init.detail.replace(/\.$/, '')}`;
    const hint = init.hint === undefined ? '' : ` ${init.hint}`;
    return `${init.operation} ${init.reference} failed: ${status}${init.code}${detail}.${hint}`;
}
/**
 * The `{"errors":[{"code","message","detail"}]}` body of the distribution spec. Bodies that are
 * not of that shape (an HTML page from a proxy, plain text) give one entry with their first line.
 */
function parseRegistryErrorBody(body) {
    const text = body.trim();
    if (text === '')
        return [];
    try {
        const parsed = JSON.parse(text);
        if (isRecord(parsed) && Array.isArray(parsed['errors'])) {
            return parsed['errors'].filter(isRecord).map((e) => ({
                code: typeof e['code'] === 'string' ? e['code'] : 'UNKNOWN',
                message: typeof e['message'] === 'string' ? e['message'] : '',
            }));
        }
        // Token servers answer `{"details": "..."}` or OAuth2 `{"error": "...", "error_description": "..."}`.
        if (isRecord(parsed)) {
            const message = [parsed['details'], parsed['error_description'], parsed['message']].find((v) => typeof v === 'string');
            const code = typeof parsed['error'] === 'string' ? parsed['error'] : 'UNKNOWN';
            if (message !== undefined || code !== 'UNKNOWN')
                return [{ code, message: typeof message === 'string' ? message : '' }];
        }
    }
    catch {
        // Not JSON: fall through to the first line of text.
    }
    const firstLine = (text.split('\n')[0] ?? '').replace(/<[^>]*>/g, '').trim().slice(0, 200);
    return firstLine === '' ? [] : [{ code: 'UNKNOWN', message: firstLine }];
}
/** A hint for the statuses whose fix is always the same. */
function hintForStatus(status, registry) {
    switch (status) {
        case 401:
            return `Check the credentials for ${registry}: pass username/password inputs, run docker/login-action, or add them to the Docker config or containers auth.json.`;
        case 403:
            return `The credentials for ${registry} are valid but lack the permission this needs (pull, or pull and push).`;
        case 429:
            return `${registry} is rate-limiting this client; retry later or authenticate to get a higher limit.`;
        default:
            return undefined;
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kp: () => (/* reexport safe */ _credentials_js__WEBPACK_IMPORTED_MODULE_2__.Kp),
/* harmony export */   bP: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.bP),
/* harmony export */   gl: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_3__.gl),
/* harmony export */   xV: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.xV)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7016);
/* harmony import */ var _blob_upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5752);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(781);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1656);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6451);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8514);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9275);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9233);
/** The registry adapter's public surface: the client, its credential sources, and its types. */










/***/ }),

/***/ 2709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ nextPageUrl)
/* harmony export */ });
/* unused harmony export parseLinkHeader */
/**
 * `Link` header parsing (RFC 8288), for the pagination of tag lists and catalogs:
 * `</v2/foo/tags/list?last=b&n=2>; rel="next"`. The target may be relative to the request URL
 * or absolute, and may itself contain commas and semicolons, so it is read up to its `>`.
 */
function parseLinkHeader(header) {
    const links = [];
    let pos = 0;
    const text = header;
    while (pos < text.length) {
        const open = text.indexOf('<', pos);
        if (open < 0)
            break;
        const close = text.indexOf('>', open + 1);
        if (close < 0)
            break;
        const target = text.slice(open + 1, close).trim();
        pos = close + 1;
        const params = {};
        // Parameters run until the comma that starts the next link (outside quotes).
        for (;;) {
            while (text[pos] === ' ' || text[pos] === '\t')
                pos++;
            if (text[pos] !== ';')
                break;
            pos++;
            while (text[pos] === ' ' || text[pos] === '\t')
                pos++;
            const nameStart = pos;
            while (pos < text.length && /[^=;,\s]/.test(text[pos] ?? ''))
                pos++;
            const name = text.slice(nameStart, pos).toLowerCase();
            while (text[pos] === ' ' || text[pos] === '\t')
                pos++;
            let value = '';
            if (text[pos] === '=') {
                pos++;
                while (text[pos] === ' ' || text[pos] === '\t')
                    pos++;
                if (text[pos] === '"') {
                    pos++;
                    while (pos < text.length && text[pos] !== '"') {
                        if (text[pos] === '\\')
                            pos++;
                        value += text[pos] ?? '';
                        pos++;
                    }
                    pos++;
                }
                else {
                    const valueStart = pos;
                    while (pos < text.length && /[^;,\s]/.test(text[pos] ?? ''))
                        pos++;
                    value = text.slice(valueStart, pos);
                }
            }
            if (name !== '')
                params[name] = value;
        }
        links.push({ target, params });
        const comma = text.indexOf(',', pos);
        if (comma < 0)
            break;
        pos = comma + 1;
    }
    return links;
}
/** The `rel="next"` target resolved against the URL that answered, if there is one. */
function nextPageUrl(header, base) {
    if (header === undefined)
        return undefined;
    const next = parseLinkHeader(header).find((link) => (link.params['rel'] ?? '').split(/\s+/).includes('next'));
    return next === undefined ? undefined : new URL(next.target, base);
}


/***/ }),

/***/ 8514:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dt: () => (/* binding */ manifestDescriptor),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Pr: () => (/* binding */ encodeJson),
/* harmony export */   lr: () => (/* binding */ ManifestParseError)
/* harmony export */ });
/* unused harmony export blobsOf */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6451);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9275);
/**
 * Manifests as a discriminated union: an image (`kind: 'image'`: config + layers) or an index
 * (`kind: 'index'`: a list of manifests, e.g. one per platform). Each keeps the exact bytes it
 * was read from, its media type and digest, so that promoting a manifest PUTs the same bytes
 * and the digest never changes.
 */


class ManifestParseError extends Error {
    constructor(reason) {
        super(reason);
        this.name = 'ManifestParseError';
    }
}
/**
 * Parses manifest bytes. The media type comes from the body's `mediaType` field when present
 * (it is what the digest covers), else from the `Content-Type` the registry sent, else from the
 * shape (`manifests` → index, `config` + `layers` → image), as the OCI spec allows.
 */
function parseManifest(bytes, contentType) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (error) {
        throw new ManifestParseError(`the manifest is not valid JSON (${error.message})`);
    }
    if (!isRecord(json))
        throw new ManifestParseError('the manifest is not a JSON object');
    const declared = typeof json['mediaType'] === 'string' ? json['mediaType'] : undefined;
    const header = contentType === undefined ? undefined : (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .baseMediaType */ .S4)(contentType);
    if (json['schemaVersion'] === 1 || declared === _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_MANIFEST_V1 */ .fb || header === _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_MANIFEST_V1 */ .fb || header === _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_MANIFEST_V1_SIGNED */ .k4) {
        throw new ManifestParseError('Docker schema 1 manifests are not supported; push the image again with a current Docker or buildah');
    }
    if (json['schemaVersion'] !== 2)
        throw new ManifestParseError(`unsupported schemaVersion ${JSON.stringify(json['schemaVersion'])} (expected 2)`);
    let mediaType;
    if (declared !== undefined)
        mediaType = declared;
    else if (header !== undefined && ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isImageManifestMediaType */ .d6)(header) || (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(header)))
        mediaType = header;
    else if (Array.isArray(json['manifests']))
        mediaType = _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_INDEX */ .$p;
    else if (isRecord(json['config']) && Array.isArray(json['layers']))
        mediaType = _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST */ .EG;
    else
        throw new ManifestParseError('cannot tell the manifest type: no mediaType, and neither "manifests" nor "config" and "layers"');
    const common = {
        bytes,
        digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .computeDigest */ .MK)(bytes),
        size: bytes.byteLength,
        ...optional('subject', json['subject'] === undefined ? undefined : parseDescriptor(json['subject'], 'subject')),
        ...optional('artifactType', typeof json['artifactType'] === 'string' ? json['artifactType'] : undefined),
        ...optional('annotations', parseAnnotations(json['annotations'], 'annotations')),
    };
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndexMediaType */ .$$)(mediaType)) {
        if (!Array.isArray(json['manifests']))
            throw new ManifestParseError(`an index (${mediaType}) must have a "manifests" array`);
        const manifests = json['manifests'].map((d, i) => parseDescriptor(d, `manifests[${i}]`));
        return { kind: 'index', mediaType, manifests, ...common };
    }
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isImageManifestMediaType */ .d6)(mediaType)) {
        if (!isRecord(json['config']))
            throw new ManifestParseError(`an image manifest (${mediaType}) must have a "config" descriptor`);
        if (!Array.isArray(json['layers']))
            throw new ManifestParseError(`an image manifest (${mediaType}) must have a "layers" array`);
        const config = parseDescriptor(json['config'], 'config');
        const layers = json['layers'].map((d, i) => parseDescriptor(d, `layers[${i}]`));
        return { kind: 'image', mediaType, config, layers, ...common };
    }
    throw new ManifestParseError(`unsupported manifest media type "${mediaType}"`);
}
function parseDescriptor(value, where) {
    if (!isRecord(value))
        throw new ManifestParseError(`${where} is not a descriptor object`);
    const { mediaType, digest, size } = value;
    if (typeof mediaType !== 'string' || mediaType === '')
        throw new ManifestParseError(`${where}.mediaType is missing`);
    if (typeof digest !== 'string' || !(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .Bc)(digest))
        throw new ManifestParseError(`${where}.digest is not a sha256/sha512 digest`);
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        throw new ManifestParseError(`${where}.size is not a non-negative integer`);
    const platform = value['platform'];
    let parsedPlatform;
    if (platform !== undefined) {
        if (!isRecord(platform) || typeof platform['architecture'] !== 'string' || typeof platform['os'] !== 'string') {
            throw new ManifestParseError(`${where}.platform must have "architecture" and "os"`);
        }
        parsedPlatform = {
            architecture: platform['architecture'],
            os: platform['os'],
            ...optional('variant', typeof platform['variant'] === 'string' ? platform['variant'] : undefined),
            ...optional('os.version', typeof platform['os.version'] === 'string' ? platform['os.version'] : undefined),
            ...optional('os.features', Array.isArray(platform['os.features']) ? platform['os.features'].filter((f) => typeof f === 'string') : undefined),
        };
    }
    const urls = value['urls'];
    return {
        mediaType,
        digest,
        size,
        ...optional('annotations', parseAnnotations(value['annotations'], `${where}.annotations`)),
        ...optional('platform', parsedPlatform),
        ...optional('artifactType', typeof value['artifactType'] === 'string' ? value['artifactType'] : undefined),
        ...optional('urls', Array.isArray(urls) ? urls.filter((u) => typeof u === 'string') : undefined),
    };
}
function parseAnnotations(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (!isRecord(value))
        throw new ManifestParseError(`${where} must be an object of strings`);
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string')
            throw new ManifestParseError(`${where}["${k}"] must be a string`);
        out[k] = v;
    }
    return out;
}
/** The descriptor that points at a manifest (for an index entry or a referrer list). */
function manifestDescriptor(manifest) {
    const artifactType = manifest.artifactType ?? (manifest.kind === 'image' ? manifest.config.mediaType : undefined);
    return {
        mediaType: manifest.mediaType,
        digest: manifest.digest,
        size: manifest.size,
        ...optional('artifactType', artifactType),
        ...optional('annotations', manifest.annotations),
    };
}
/**
 * The blobs an image manifest needs in its repository: the config and every layer, except
 * non-distributable layers that name external `urls` (they are never pushed).
 */
function blobsOf(manifest) {
    return [manifest.config, ...manifest.layers.filter((l) => l.urls === undefined || l.urls.length === 0)];
}
/** Canonical JSON bytes for a manifest or config object the client builds itself. */
function encodeJson(value) {
    return new Uint8Array(Buffer.from(JSON.stringify(value)));
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 9275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   CM: () => (/* binding */ isManifestMediaType),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   S4: () => (/* binding */ baseMediaType),
/* harmony export */   TF: () => (/* binding */ OCI_CONFIG),
/* harmony export */   d6: () => (/* binding */ isImageManifestMediaType),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   e6: () => (/* binding */ DOCKER_CONFIG),
/* harmony export */   fb: () => (/* binding */ DOCKER_MANIFEST_V1),
/* harmony export */   g1: () => (/* binding */ OCI_EMPTY),
/* harmony export */   k4: () => (/* binding */ DOCKER_MANIFEST_V1_SIGNED)
/* harmony export */ });
/* unused harmony exports DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, OCI_LAYER_GZIP, OCI_LAYER, DOCKER_LAYER_GZIP */
/**
 * The media types the registry client speaks. Manifests come in two families (OCI and Docker
 * schema 2) and two shapes (a single image, or an index/list of images); both families are
 * read and written byte for byte, never converted.
 */
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** Docker schema 1 manifests are refused: they are signed, mutable and long deprecated. */
const DOCKER_MANIFEST_V1 = 'application/vnd.docker.distribution.manifest.v1+json';
const DOCKER_MANIFEST_V1_SIGNED = 'application/vnd.docker.distribution.manifest.v1+prettyjws';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
/** The empty descriptor's media type, used as the config of artifacts (referrers). */
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar';
const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
/** Sent as `Accept` on every manifest GET and HEAD, so that no registry falls back to schema 1. */
const MANIFEST_ACCEPT = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
function isImageManifestMediaType(mediaType) {
    return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST;
}
function isIndexMediaType(mediaType) {
    return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}
function isManifestMediaType(mediaType) {
    return isImageManifestMediaType(mediaType) || isIndexMediaType(mediaType);
}
/** `application/json; charset=utf-8` → `application/json`. */
function baseMediaType(contentType) {
    return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}


/***/ }),

/***/ 5931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ registryErrorFrom)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1656);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9233);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(674);
/**
 * Turns a registry's error answer into a `RegistryError`: the registry's code and message from
 * its `{"errors":[…]}` body (scrubbed of secrets), a code from the status when it gave none,
 * and a hint for the statuses whose fix is always the same.
 */



const ERROR_BODY_LIMIT = 64 * 1024;
async function registryErrorFrom(ctx, res, redactor, extraHint) {
    let body = '';
    if (ctx.method !== 'HEAD') {
        try {
            body = Buffer.from(await (0,_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .readBody */ .x8)(res.body, ERROR_BODY_LIMIT)).toString('utf8');
        }
        catch {
            await res.dump();
        }
    }
    else {
        await res.dump();
    }
    const entries = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRegistryErrorBody */ .LA)(body);
    const code = entries[0]?.code ?? statusCode(res.status);
    const detail = redactor.redact(entries.map((e) => e.message).filter((m) => m !== '').join('; ') || defaultDetail(res.status, res.attempts));
    const hint = [(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hintForStatus */ .jF)(res.status, ctx.registry), extraHint].filter((h) => h !== undefined).join(' ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl({
        operation: ctx.operation,
        reference: ctx.reference,
        status: res.status,
        code,
        detail: res.attempts > 1 && (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(res.status) && !detail.includes('attempts') ? `${detail} (after ${res.attempts} attempts)` : detail,
        ...(hint === '' ? {} : { hint }),
    });
}
function statusCode(status) {
    switch (status) {
        case 400:
            return 'BAD_REQUEST';
        case 401:
            return 'UNAUTHORIZED';
        case 403:
            return 'DENIED';
        case 404:
            return 'NOT_FOUND';
        case 405:
            return 'UNSUPPORTED';
        case 429:
            return 'TOOMANYREQUESTS';
        default:
            return status >= 500 ? 'SERVER_ERROR' : 'UNEXPECTED_STATUS';
    }
}
function defaultDetail(status, attempts) {
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(status))
        return `the registry kept answering ${status}${tries}`;
    return `the registry answered ${status} without an error message`;
}


/***/ }),

/***/ 9233:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Hr: () => (/* binding */ isRetryableNetworkError),
/* harmony export */   M$: () => (/* binding */ planRetry),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   c8: () => (/* binding */ isTimeoutError),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/**
 * When and how long to wait before trying a registry request again.
 *
 * Exponential backoff with "equal jitter" (half the step fixed, half random) so that many jobs
 * hitting one rate limit spread out but none retries at once; `Retry-After` is honoured as a
 * floor; every operation is bounded both in attempts and in elapsed time. All of it is pure:
 * the clock and the random source are injected, so the timing is tested exactly.
 */
const DEFAULT_RETRY_POLICY = {
    maxAttempts: 6,
    baseDelayMs: 250,
    maxDelayMs: 8_000,
    maxElapsedMs: 120_000,
};
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** The wait before retry number `retryIndex` (0 for the first retry), without `Retry-After`. */
function backoffDelay(retryIndex, policy, random) {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
    return Math.round(step / 2 + random() * (step / 2));
}
/**
 * `Retry-After` in milliseconds from now: either delta-seconds (`120`) or an HTTP date.
 * Undefined when absent or unreadable, so the normal backoff applies.
 */
function parseRetryAfter(value, nowMs) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}
/**
 * 429 and the 5xx statuses that mean "not now": a gateway or the registry is overloaded or
 * restarting. 501 and 505 say the request will never work, so they are final.
 */
function isRetryableStatus(status) {
    if (status === 408 || status === 429)
        return true;
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
function isRetryableNetworkError(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
        const code = current.code;
        if (typeof code === 'string' && RETRYABLE_ERROR_CODES.has(code))
            return true;
        current = current.cause;
    }
    return false;
}
function isTimeoutError(error) {
    const code = error?.code;
    return code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT';
}
/** Decides whether a failed attempt is retried, and after how long. */
function planRetry(state, policy, random) {
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


/***/ }),

/***/ 9455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ Redactor),
/* harmony export */   z: () => (/* binding */ Secret)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/**
 * Secrets (passwords, identity tokens, bearer tokens) are wrapped so that printing, logging or
 * serialising the object that holds one shows `***`. The value is reached only through
 * `reveal()`, at the one place that puts it into a request header.
 *
 * A `Redactor` remembers every secret value the client has used and scrubs it (and the Basic
 * header made from it) from any text before that text reaches a log line or an error message:
 * a second line of defence against a registry or token server that echoes what it was sent.
 */

const MASK = '***';
class Secret {
    #value;
    constructor(value) {
        this.#value = value;
    }
    reveal() {
        return this.#value;
    }
    get isEmpty() {
        return this.#value === '';
    }
    toString() {
        return MASK;
    }
    toJSON() {
        return MASK;
    }
    [node_util__WEBPACK_IMPORTED_MODULE_0__.inspect.custom]() {
        return `Secret(${MASK})`;
    }
}
class Redactor {
    #values = new Set();
    /** Remembers a value to scrub. Very short values are ignored: scrubbing them would mangle text. */
    add(value) {
        if (value.length >= 4)
            this.#values.add(value);
    }
    redact(text) {
        let out = text;
        for (const value of this.#values) {
            if (out.includes(value))
                out = out.split(value).join(MASK);
        }
        return out;
    }
}


/***/ }),

/***/ 7881:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ mapWithLimit),
/* harmony export */   j: () => (/* binding */ Semaphore)
/* harmony export */ });
/**
 * A counting semaphore: at most `limit` holders at once, the rest wait in arrival order.
 * Used to bound the requests in flight to one registry, and the blobs copied at once.
 */
class Semaphore {
    #limit;
    #active = 0;
    #waiting = [];
    constructor(limit) {
        if (!Number.isInteger(limit) || limit < 1)
            throw new RangeError(`a semaphore limit must be a positive integer, got ${limit}`);
        this.#limit = limit;
    }
    get active() {
        return this.#active;
    }
    /** Waits for a slot; the returned function gives it back (calling it twice is harmless). */
    async acquire() {
        if (this.#active < this.#limit) {
            this.#active++;
        }
        else {
            // The releasing holder hands its slot straight to us, so #active stays the same.
            await new Promise((resolve) => this.#waiting.push(resolve));
        }
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            const next = this.#waiting.shift();
            if (next)
                next();
            else
                this.#active--;
        };
    }
    async run(task) {
        const release = await this.acquire();
        try {
            return await task();
        }
        finally {
            release();
        }
    }
}
/** Runs `task` over `items` with at most `limit` at once; results keep the input order. */
async function mapWithLimit(items, limit, task) {
    const semaphore = new Semaphore(limit);
    return Promise.all(items.map((item, index) => semaphore.run(() => task(item, index))));
}


/***/ }),

/***/ 7391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ RegistrySession),
/* harmony export */   I: () => (/* binding */ isRetryableRegistryError)
/* harmony export */ });
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6675);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1656);
/* harmony import */ var _response_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5931);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9233);
/* harmony import */ var _secret_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9455);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(674);
/**
 * One authenticated request to a registry: authorise it for the scopes it needs, send it,
 * answer a 401 challenge once (new token, wider scope), and turn failures into `RegistryError`s
 * that name the operation, the reference, the status and the registry's own code and message.
 * The operations of `RegistryClient` are written on top of this.
 */






class RegistrySession {
    transport;
    redactor = new _secret_js__WEBPACK_IMPORTED_MODULE_4__/* .Redactor */ .p();
    logger;
    #auth;
    constructor(options) {
        const base = options.logger ?? _transport_js__WEBPACK_IMPORTED_MODULE_5__/* .silentLogger */ .qq;
        // Every line logged by any layer passes through the redactor first.
        this.logger = { debug: (message) => base.debug(this.redactor.redact(message)) };
        this.transport = new _transport_js__WEBPACK_IMPORTED_MODULE_5__/* .Transport */ .oK({ ...options, logger: this.logger, redact: (text) => this.redactor.redact(text) });
        this.#auth = new _auth_js__WEBPACK_IMPORTED_MODULE_0__/* .Authenticator */ .kD({
            transport: this.transport,
            credentials: options.credentials,
            redactor: this.redactor,
            logger: this.logger,
            ...(options.onTokenRequest === undefined ? {} : { onTokenRequest: options.onTokenRequest }),
        });
    }
    /** `https://host/v2/<repository>/<path>` (http for loopback and insecure registries). */
    url(repo, path) {
        return new URL(`/v2/${repo.repository}/${path}`, this.transport.baseUrl(repo.registry));
    }
    /**
     * Sends an authorised request and returns whatever the registry answered (the caller checks
     * the status). Throws `RegistryError` only when no answer came at all.
     */
    async call(call) {
        const sameOrigin = call.url.origin === this.transport.baseUrl(call.repo.registry).origin;
        const authRequest = { registry: call.repo.registry, repository: call.repo.repository, operation: call.operation, reference: call.reference };
        let scopes = call.scopes;
        for (let attempt = 0;; attempt++) {
            // Credentials go only to the registry's own origin, never to an upload URL elsewhere.
            const authorization = sameOrigin ? await this.#auth.authorize({ ...authRequest, scopes }) : { header: undefined };
            const headers = { ...call.headers };
            if (authorization.header !== undefined)
                headers['authorization'] = authorization.header;
            let res;
            try {
                res = await this.transport.send({
                    method: call.method,
                    url: call.url,
                    headers,
                    ...(call.body === undefined ? {} : { body: call.body }),
                    ...(call.retry === undefined ? {} : { retry: call.retry }),
                });
            }
            catch (error) {
                throw (0,_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .networkError */ .x6)(error, { operation: call.operation, reference: call.reference, registry: call.repo.registry }, this.transport.isPlainHttp(call.repo.registry), this.redactor);
            }
            if (res.status !== 401 || attempt > 0 || !sameOrigin)
                return res;
            const decision = this.#auth.handleUnauthorized(call.repo.registry, res.header('www-authenticate'), authorization);
            if (!decision.retry)
                return res;
            await res.dump();
            scopes = [...scopes, ...decision.scopes];
        }
    }
    /** Reads the registry's error body and throws the `RegistryError` it describes. */
    async fail(call, res, extraHint) {
        throw await (0,_response_error_js__WEBPACK_IMPORTED_MODULE_2__/* .registryErrorFrom */ .e)({ operation: call.operation, reference: call.reference, registry: call.repo.registry, method: call.method }, res, this.redactor, extraHint);
    }
    /** A `RegistryError` raised by the client itself (a digest mismatch, a bad manifest…). */
    error(call, code, detail, status, hint) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl({
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
function isRetryableRegistryError(error) {
    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl))
        return false;
    if (error.code === 'NETWORK' || error.code === 'TIMEOUT')
        return true;
    if (error.code === 'BLOB_UPLOAD_UNKNOWN')
        return true;
    return error.status !== undefined && (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .isRetryableStatus */ .PS)(error.status);
}


/***/ }),

/***/ 674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KQ: () => (/* binding */ BodyTooLarge),
/* harmony export */   Us: () => (/* binding */ DEFAULT_MAX_CONCURRENCY_PER_HOST),
/* harmony export */   oK: () => (/* binding */ Transport),
/* harmony export */   pM: () => (/* binding */ NetworkFailure),
/* harmony export */   qq: () => (/* binding */ silentLogger),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* unused harmony exports loggableUrl, describeNetworkError */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4371);
/* harmony import */ var _core_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4269);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9233);
/* harmony import */ var _semaphore_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7881);
/**
 * The HTTP layer under the registry client: one place that decides http or https, applies
 * timeouts, bounds concurrency per registry, retries what is safe to retry, follows redirects
 * without carrying credentials to another host, goes through `HTTPS_PROXY`/`NO_PROXY`, and
 * reports every attempt (for debug logs and request-counting benchmarks).
 *
 * It knows nothing of auth or of the registry API: the client above it passes headers in and
 * interprets statuses.
 */





const silentLogger = { debug: () => undefined };
/** The final failure to get any answer, after the retries the policy allowed. */
class NetworkFailure extends Error {
    attempts;
    timedOut;
    constructor(message, attempts, timedOut, cause) {
        super(message, { cause });
        this.name = 'NetworkFailure';
        this.attempts = attempts;
        this.timedOut = timedOut;
    }
}
const DEFAULT_MAX_CONCURRENCY_PER_HOST = 8;
const MAX_REDIRECTS = 5;
/** Bodies up to this size are sent within the transport's own deadline (see `#once`). */
const SMALL_BODY = 1024 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Query parameters shown in logs as they are; any other value is masked (upload state, signed URLs). */
const LOGGABLE_QUERY = new Set(['n', 'last', 'digest', 'mount', 'from', 'service', 'scope', 'artifactType']);
class Transport {
    #insecure;
    #timeoutMs;
    #retry;
    #maxConcurrency;
    #dispatcher;
    #clock;
    #random;
    #logger;
    #onRequest;
    #redact;
    #userAgent;
    #semaphores = new Map();
    #ownsDispatcher;
    constructor(options = {}) {
        this.#insecure = new Set((options.insecureRegistries ?? []).map((h) => h.trim().toLowerCase()).filter((h) => h !== ''));
        this.#timeoutMs = options.timeoutMs ?? 60_000;
        this.#retry = options.retry ?? _retry_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_RETRY_POLICY */ .cO;
        this.#maxConcurrency = options.maxConcurrencyPerHost ?? DEFAULT_MAX_CONCURRENCY_PER_HOST;
        this.#ownsDispatcher = options.dispatcher === undefined;
        this.#dispatcher = options.dispatcher ?? new undici__WEBPACK_IMPORTED_MODULE_1__/* .EnvHttpProxyAgent */ .J2({ connect: { timeout: this.#timeoutMs } });
        this.#clock = options.clock ?? _retry_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml;
        this.#random = options.random ?? Math.random;
        this.#logger = options.logger ?? silentLogger;
        this.#onRequest = options.onRequest;
        this.#redact = options.redact ?? ((text) => text);
        this.#userAgent = options.userAgent ?? 'image-actions';
    }
    /** Closes the connection pool this transport made (a dispatcher passed in is the caller's). */
    async close() {
        if (this.#ownsDispatcher)
            await this.#dispatcher.close();
    }
    get retryPolicy() {
        return this.#retry;
    }
    get clock() {
        return this.#clock;
    }
    get random() {
        return this.#random;
    }
    /** True when a registry is spoken to over plain HTTP: loopback, or listed as insecure. */
    isPlainHttp(registry) {
        const host = registry.toLowerCase();
        if ((0,_core_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .isLoopbackHost */ .cW)(host))
            return true;
        if (this.#insecure.has(host))
            return true;
        // An entry without a port covers every port of that host.
        const hostname = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? host);
        return this.#insecure.has(hostname);
    }
    /** `https://host/` or, for loopback and insecure registries, `http://host/`. */
    baseUrl(registry) {
        return new URL(`${this.isPlainHttp(registry) ? 'http' : 'https'}://${registry}/`);
    }
    /**
     * Sends a request, retrying per the policy when allowed. Resolves with the last answer the
     * server gave (even a retryable status once the retries are used up); rejects with
     * `NetworkFailure` when no attempt got an answer.
     */
    async send(req) {
        const startedAt = this.#clock.now();
        const mayRetry = req.retry !== false;
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await this.#attempt(req, attempt);
            }
            catch (error) {
                const retryable = mayRetry && (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .isRetryableNetworkError */ .Hr)(error);
                const decision = retryable ? (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .planRetry */ .M$)({ attempts: attempt, startedAt, now: this.#clock.now() }, this.#retry, this.#random) : undefined;
                const what = describeNetworkError(error);
                if (decision?.retry) {
                    this.#logger.debug(this.#redact(`${req.method} ${loggableUrl(req.url)}: ${what}; retrying in ${decision.delayMs} ms`));
                    await this.#clock.sleep(decision.delayMs);
                    continue;
                }
                const why = decision && !decision.retry ? ` (${decision.reason})` : '';
                throw new NetworkFailure(this.#redact(`${what}${why}`), attempt, (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .isTimeoutError */ .c8)(error), error);
            }
            if (mayRetry && (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .isRetryableStatus */ .PS)(response.status)) {
                const retryAfterMs = (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRetryAfter */ .mu)(response.header('retry-after'), this.#clock.now());
                const decision = (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .planRetry */ .M$)(retryAfterMs === undefined ? { attempts: attempt, startedAt, now: this.#clock.now() } : { attempts: attempt, startedAt, now: this.#clock.now(), retryAfterMs }, this.#retry, this.#random);
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
    async #attempt(req, attempt) {
        let url = req.url;
        let headers = { 'user-agent': this.#userAgent, ...req.headers };
        let method = req.method;
        for (let hop = 0;; hop++) {
            const raw = await this.#once(method, url, headers, hop === 0 ? req.body : undefined, attempt);
            const location = raw.header('location');
            const canFollow = (method === 'GET' || method === 'HEAD') && REDIRECT_STATUSES.has(raw.status) && location !== undefined;
            if (!canFollow || hop >= MAX_REDIRECTS)
                return raw;
            await raw.dump();
            const next = new URL(location, url);
            if (next.origin !== url.origin) {
                headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
            }
            if (raw.status === 303)
                method = 'GET';
            url = next;
        }
    }
    async #once(method, url, headers, body, attempt) {
        const semaphore = this.#semaphoreFor(url.host);
        const release = await semaphore.acquire();
        const started = this.#clock.now();
        const shownUrl = loggableUrl(url);
        let deadline;
        try {
            const controller = new AbortController();
            const pending = (0,undici__WEBPACK_IMPORTED_MODULE_1__/* .request */ .Em)(url, {
                method,
                headers,
                body: body === undefined ? null : body instanceof Uint8Array ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(body()),
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
                    new Promise((_, reject) => {
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
                    }
                    catch {
                        // A body that fails while being discarded changes nothing for the caller.
                    }
                },
            };
        }
        catch (error) {
            const durationMs = this.#clock.now() - started;
            const what = this.#redact(describeNetworkError(error));
            this.#logger.debug(`${method} ${shownUrl} → ${what} (${durationMs} ms)`);
            this.#onRequest?.({ method, url: shownUrl, host: url.host, attempt, error: what, durationMs });
            throw error;
        }
        finally {
            clearTimeout(deadline);
            // Released once the headers are in: holding the slot while a caller streams the body
            // could deadlock a copy that downloads from and uploads to the same registry.
            release();
        }
    }
    #semaphoreFor(host) {
        let semaphore = this.#semaphores.get(host);
        if (!semaphore) {
            semaphore = new _semaphore_js__WEBPACK_IMPORTED_MODULE_4__/* .Semaphore */ .j(this.#maxConcurrency);
            this.#semaphores.set(host, semaphore);
        }
        return semaphore;
    }
}
function firstHeader(value) {
    return Array.isArray(value) ? value[0] : value;
}
/** A URL fit for a log line: known-harmless query values shown, all others masked. */
function loggableUrl(url) {
    const params = [...url.searchParams.entries()].map(([key, value]) => `${key}=${LOGGABLE_QUERY.has(key) ? value : '***'}`);
    return `${url.origin}${url.pathname}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}
function describeNetworkError(error) {
    if (!(error instanceof Error))
        return String(error);
    const code = error.code;
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${typeof code === 'string' ? `${code} ` : ''}${error.message}${cause}`;
}
/** Reads a whole body into memory, refusing more than `limit` bytes. */
async function readBody(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        size += buffer.length;
        if (size > limit) {
            body.destroy();
            throw new BodyTooLarge(limit);
        }
        chunks.push(buffer);
    }
    return new Uint8Array(Buffer.concat(chunks));
}
class BodyTooLarge extends Error {
    limit;
    constructor(limit) {
        super(`the response body is larger than ${limit} bytes`);
        this.name = 'BodyTooLarge';
        this.limit = limit;
    }
}


/***/ }),

/***/ 3394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ imageRef),
/* harmony export */   G2: () => (/* binding */ promotedOutput),
/* harmony export */   pt: () => (/* binding */ promote)
/* harmony export */ });
/* unused harmony export PromotionRefused */
/* harmony import */ var _core_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4269);
/* harmony import */ var _adapters_registry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8431);
/* harmony import */ var _adapters_registry_semaphore_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7881);
/**
 * Promotion: the tested build of each image gets its final tags by moving manifests only.
 *
 * - Same repository: one manifest GET, then per tag a HEAD (to leave a tag already at the
 *   digest alone) and a PUT of the original bytes. No blob is read.
 * - Another repository of the same registry: blobs are mounted, then manifests PUT.
 * - Another registry: only the blobs the target lacks are copied, then manifests PUT.
 *
 * Every source manifest is read, and `require` checked, before any tag moves: a failed
 * check promotes nothing. A re-run after an interruption completes the remaining tags.
 */



class PromotionRefused extends Error {
    constructor(message) {
        super(message);
        this.name = 'PromotionRefused';
    }
}
function sameRepository(a, b) {
    return a.registry === b.registry && a.repository === b.repository;
}
/** Reads every source manifest and checks `require`; throws before anything moves. */
async function readSources(client, plan, options) {
    const { require } = options;
    const manifests = new Map();
    const mismatches = [];
    await Promise.all(plan.map(async (item) => {
        let manifest;
        try {
            manifest = await client.getManifest(item.source);
        }
        catch (error) {
            const tested = require?.has(item.image) ?? false;
            if (options.skipMissing && !tested && error instanceof _adapters_registry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl && error.status === 404) {
                options.log(`${item.image}: no build under ${(0,_core_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .FH)(item.source)}; not promoted`);
                return;
            }
            throw error;
        }
        manifests.set(item.image, manifest);
        const tested = require?.get(item.image);
        if (tested !== undefined && tested !== manifest.digest) {
            mismatches.push(`${item.image}: ${(0,_core_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .formatReference */ .FH)(item.source)} now points at ${manifest.digest}, but smoke tested ${tested}`);
        }
    }));
    if (require) {
        for (const image of require.keys()) {
            if (!plan.some((p) => p.image === image))
                mismatches.push(`${image}: tested, but not in the images to promote`);
        }
    }
    if (mismatches.length > 0) {
        throw new PromotionRefused(`nothing was promoted: the tested digests no longer match.\n${mismatches.sort().join('\n')}\n` +
            'The temporary tag was pushed again after the tests ran. Re-run the pipeline so that smoke tests what is promoted.');
    }
    return manifests;
}
/**
 * Images promoted at once. Each image's tags move one after another (writes to one repository
 * are not raced against each other); different images, different repositories, go in parallel,
 * so a run costs a few round trips per tag rather than one per tag of every image. The client
 * still bounds the requests in flight per registry.
 */
const IMAGES_AT_ONCE = 8;
/** Moves one image's tags; the manifest has been read (and checked) already. */
async function promoteImage(client, item, manifest, options) {
    const tags = [];
    let copied = 0;
    let mounted = 0;
    let contentPresent = sameRepository(item.source, item.target);
    // Where every tag points now, asked together (reads only); the writes below follow, one by
    // one, once all reads are done: distribution's storage rewrites a manifest's revision link on
    // each PUT, and a read of the same repository at that instant can fail.
    const current = await Promise.all(item.tags.map((tag) => client.headManifest((0,_core_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .withTag */ .Rd)(item.target, tag))));
    for (const [i, tag] of item.tags.entries()) {
        const destination = (0,_core_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .withTag */ .Rd)(item.target, tag);
        if (current[i]?.digest === manifest.digest) {
            tags.push({ tag, state: 'unchanged' });
            continue;
        }
        if (options.dryRun) {
            tags.push({ tag, state: 'would-move' });
            continue;
        }
        if (!contentPresent) {
            // The first tag in another repository brings the blobs (mounted or copied) and children.
            // Copied by digest, not by the temporary tag: the tag may have moved since it was read
            // (and `require` checked), and what was checked is what must land.
            const result = await client.copyImage((0,_core_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .withDigest */ .hQ)(item.source, manifest.digest), destination);
            copied += result.blobs.copied.length;
            mounted += result.blobs.mounted.length;
            contentPresent = true;
        }
        else {
            await client.putManifest(destination, manifest);
        }
        tags.push({ tag, state: 'new' });
        options.log(`${item.image}: ${tag} → ${manifest.digest.slice(0, 19)}`);
    }
    return {
        image: item.image,
        digest: manifest.digest,
        repository: `${item.target.registry}/${item.target.repository}`,
        tags,
        blobs: { copied, mounted },
    };
}
async function promote(client, plan, options) {
    const manifests = await readSources(client, plan, options);
    const limit = new _adapters_registry_semaphore_js__WEBPACK_IMPORTED_MODULE_2__/* .Semaphore */ .j(IMAGES_AT_ONCE);
    const work = plan.flatMap((item) => {
        const manifest = manifests.get(item.image);
        return manifest ? [limit.run(() => promoteImage(client, item, manifest, options))] : [];
    });
    // Every image runs to its end before a failure is reported, so nothing is still moving tags
    // behind the error; a re-run completes what failed.
    const settled = await Promise.allSettled(work);
    const failed = settled.filter((s) => s.status === 'rejected');
    if (failed.length > 0) {
        for (const f of failed.slice(1))
            options.log(`also failed: ${f.reason instanceof Error ? f.reason.message : String(f.reason)}`);
        throw failed[0].reason;
    }
    return settled.map((s) => s.value);
}
/** The output `promoted`: image → digest → tags (all of them, moved now or already there). */
function promotedOutput(outcomes) {
    return Object.fromEntries(outcomes.map((o) => [o.image, { [o.digest]: o.tags.map((t) => t.tag) }]));
}
/** `<registry>/<prefix><name>:<tag>` as a reference. */
function imageRef(registry, prefix, name, tag) {
    return (0,_core_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(`${registry.replace(/\/+$/, '')}/${prefix}${name}:${tag}`);
}


/***/ }),

/***/ 4507:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ createRegistryClient),
/* harmony export */   U: () => (/* binding */ registryHost)
/* harmony export */ });
/* harmony import */ var _adapters_registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8431);
/**
 * One place that turns user inputs into a registry client: explicit credentials for the
 * configured registry first, then the Docker config (docker/login-action) and auth.json.
 */

function createRegistryClient(access) {
    const explicit = access.host && access.username !== undefined && access.password !== undefined
        ? [{ registry: access.host, username: access.username, password: access.password }]
        : [];
    return new _adapters_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryClient */ .bP({
        credentials: (0,_adapters_registry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultCredentialProvider */ .Kp)({ explicit }),
        insecureRegistries: access.insecureRegistries ?? [],
        ...(access.debug ? { logger: { debug: access.debug } } : {}),
        ...(access.onRequest ? { onRequest: access.onRequest } : {}),
    });
}
/** The registry host of a `registry:` prefix such as `ghcr.io/acme` or `127.0.0.1:5000/x`. */
function registryHost(prefix) {
    return prefix.split('/')[0] ?? prefix;
}


/***/ })

};
