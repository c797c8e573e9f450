export const id = 895;
export const ids = [895];
export const modules = {

/***/ 4222:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l_: () => (/* binding */ locateTag),
/* harmony export */   n0: () => (/* binding */ ensureEmptyBlob),
/* harmony export */   qv: () => (/* binding */ makeThrowawayManifest),
/* harmony export */   yO: () => (/* binding */ isThrowawayManifest)
/* harmony export */ });
/* unused harmony exports THROWAWAY_ARTIFACT_TYPE, THROWAWAY_TAG_ANNOTATION, THROWAWAY_NONCE_ANNOTATION, EMPTY_BLOB_BYTES, EMPTY_DESCRIPTOR */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6451);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8514);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9275);
/**
 * The throwaway manifest: how a tag is removed on a registry that deletes by digest only (CNCF
 * distribution 2.x). Deleting the tag's manifest by digest would take every other tag of that
 * digest with it, so the tag is first pointed at a manifest of its own, which is then deleted.
 *
 * The manifest is a minimal OCI image manifest:
 * - its config and only layer are the OCI empty descriptor (`{}`), which every registry accepts
 *   and which costs two bytes, stored once per repository;
 * - its `artifactType` says what it is, so that a reader that finds a tag on one (a crash came
 *   between the PUT and the DELETE) knows the untag was cut short and can finish it;
 * - it is unique: a random nonce and the tag it replaces are annotations, so that deleting it
 *   by digest can never remove anything but the one tag just pointed at it.
 */




/** The `artifactType` that marks a throwaway manifest. */
const THROWAWAY_ARTIFACT_TYPE = 'application/vnd.image-actions.throwaway.v1';
/** Annotations: the tag the throwaway stood in for, and the nonce that makes it unique. */
const THROWAWAY_TAG_ANNOTATION = 'io.image-actions.throwaway.tag';
const THROWAWAY_NONCE_ANNOTATION = 'io.image-actions.throwaway.nonce';
/** The OCI empty blob `{}` (image-spec 1.1, "Guidance for an empty descriptor"). */
const EMPTY_BLOB_BYTES = new Uint8Array(Buffer.from('{}'));
const EMPTY_DESCRIPTOR = {
    mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .OCI_EMPTY */ .g1,
    digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .computeDigest */ .MK)(EMPTY_BLOB_BYTES),
    size: EMPTY_BLOB_BYTES.byteLength,
};
/** A fresh, unique throwaway manifest standing in for `tag`. */
function makeThrowawayManifest(tag, nonce = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')) {
    const bytes = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeJson */ .Pr)({
        schemaVersion: 2,
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .OCI_MANIFEST */ .EG,
        artifactType: THROWAWAY_ARTIFACT_TYPE,
        config: EMPTY_DESCRIPTOR,
        // Image-spec 1.1 asks for at least one layer for portability; the empty descriptor is the
        // one it recommends when there is no content.
        layers: [EMPTY_DESCRIPTOR],
        annotations: { [THROWAWAY_TAG_ANNOTATION]: tag, [THROWAWAY_NONCE_ANNOTATION]: nonce },
    });
    return { bytes, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .OCI_MANIFEST */ .EG, digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .computeDigest */ .MK)(bytes) };
}
/** Whether a manifest is a throwaway (by its `artifactType`, which nothing else uses). */
function isThrowawayManifest(manifest) {
    return manifest.artifactType === THROWAWAY_ARTIFACT_TYPE;
}
/**
 * Makes sure the repository has the empty blob the throwaway names (a HEAD; an upload of two
 * bytes the first time). A registry refuses a manifest whose blobs it does not have.
 */
async function ensureEmptyBlob(client, repo) {
    if ((await client.headBlob(repo, EMPTY_DESCRIPTOR.digest)) !== undefined)
        return;
    await client.uploadBlob(repo, EMPTY_BLOB_BYTES);
}
/**
 * One HEAD, and a GET only when the tag has moved: what every throwaway-based untag must know
 * before it touches the tag, so that a repeat after a crash finishes the job and a tag pushed
 * since the plan is never taken.
 */
async function locateTag(client, repo, tag, planned) {
    const current = await client.headManifest({ ...repo, target: { kind: 'tag', tag } });
    if (current === undefined)
        return { kind: 'gone' };
    if (current.digest === planned)
        return { kind: 'planned' };
    const manifest = await client.getManifest({ ...repo, target: { kind: 'digest', digest: current.digest } });
    const ours = isThrowawayManifest(manifest) && manifest.annotations?.[THROWAWAY_TAG_ANNOTATION] === tag;
    return { kind: ours ? 'throwaway' : 'moved', digest: current.digest };
}


/***/ }),

/***/ 4979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ DELETER_ENVIRONMENT_HELP),
  h: () => (/* binding */ deleterFromEnvironment)
});

// EXTERNAL MODULE: ./lib/src/core/diagnostics.js
var diagnostics = __webpack_require__(2108);
// EXTERNAL MODULE: ./lib/src/core/reference.js
var reference = __webpack_require__(4269);
// EXTERNAL MODULE: ./lib/src/adapters/registry/errors.js
var errors = __webpack_require__(1656);
// EXTERNAL MODULE: ./lib/src/adapters/registry/throwaway.js
var registry_throwaway = __webpack_require__(4222);
;// CONCATENATED MODULE: ./lib/src/adapters/deletion/distribution.js
/**
 * Deletion on CNCF distribution and any registry that follows the OCI distribution spec.
 *
 * - A manifest is deleted by digest (`DELETE /v2/<name>/manifests/<digest>`), which removes
 *   every tag pointing at it.
 * - A tag alone is removed with the OCI 1.1 tag delete (`DELETE /v2/<name>/manifests/<tag>`)
 *   where the registry has it (distribution 3, many hosted registries). Distribution 2.x deletes
 *   by digest only (it answers the tag delete with 400 DIGEST_INVALID), so there the tag is
 *   pointed at a throwaway manifest of its own, which is then deleted by digest. A crash between
 *   the two leaves the tag on a throwaway; the state reader reports it as such and the next plan
 *   finishes the deletion. The original digest is never the target of a DELETE here.
 */



const DELETION_DISABLED = 'the registry does not allow deletion (HTTP 405 UNSUPPORTED); enable it in its configuration (CNCF distribution: storage.delete.enabled: true, or REGISTRY_STORAGE_DELETE_ENABLED=true)';
const DISTRIBUTION_STORAGE_NOTE = 'CNCF distribution frees storage only when its garbage collection runs (`registry garbage-collect <config.yml>`, registry stopped or read-only); until then deleted manifests and their blobs stay on disk.';
function tagRef(repo, tag) {
    return { registry: repo.registry, repository: repo.repository, target: { kind: 'tag', tag } };
}
function digestRef(repo, digest) {
    return (0,reference/* withDigest */.hQ)(tagRef(repo, 'latest'), digest);
}
function repoKey(repo) {
    return `${repo.registry}/${repo.repository}`;
}
function isDeletionDisabled(error) {
    return error instanceof errors/* RegistryError */.gl && (error.status === 405 || error.code === 'UNSUPPORTED');
}
function isNotFound(error) {
    return error instanceof errors/* RegistryError */.gl && error.status === 404;
}
function createDistributionDeleter(client) {
    // Registries found without the OCI tag delete: asking again for every tag would double the
    // requests of an untag on distribution 2.x, so the answer is remembered per registry.
    const noTagDelete = new Set();
    // Per repository, once: deletion is allowed and the empty blob is there (see `prepare`).
    const prepared = new Map();
    /**
     * Before a tag is ever pointed at a throwaway: is deletion enabled at all? Otherwise the tag
     * would be left on a throwaway that cannot be deleted. The probe is a DELETE of a digest that
     * cannot exist yet (a fresh throwaway's): 404 means deletion is on, 405 that it is off.
     * Then the empty blob the throwaway names is uploaded if missing.
     */
    const prepare = (repo) => {
        const key = repoKey(repo);
        let done = prepared.get(key);
        if (done === undefined) {
            done = (async () => {
                try {
                    await client.deleteManifest(digestRef(repo, (0,registry_throwaway/* makeThrowawayManifest */.qv)('probe').digest));
                }
                catch (error) {
                    if (isDeletionDisabled(error))
                        return { status: 'unsupported', reason: DELETION_DISABLED };
                    if (!isNotFound(error))
                        throw error;
                }
                await (0,registry_throwaway/* ensureEmptyBlob */.n0)(client, repo);
                return undefined;
            })();
            // A failure (network, auth) is not remembered: the next untag asks again.
            done.catch(() => prepared.delete(key));
            prepared.set(key, done);
        }
        return done;
    };
    /** Deletes a manifest by digest: 404 is 'already-gone', 405 'unsupported'. */
    const deleteByDigest = async (repo, digest) => {
        try {
            await client.deleteManifest(digestRef(repo, digest));
            // Distribution does not say what it freed, and frees nothing before garbage collection.
            return { status: 'done' };
        }
        catch (error) {
            if (isNotFound(error))
                return { status: 'already-gone' };
            if (isDeletionDisabled(error))
                return { status: 'unsupported', reason: DELETION_DISABLED };
            throw error;
        }
    };
    return {
        kind: 'distribution',
        storageNote: DISTRIBUTION_STORAGE_NOTE,
        async untag(repo, tag, digest) {
            const ref = tagRef(repo, tag);
            const position = await (0,registry_throwaway/* locateTag */.l_)(client, repo, tag, digest);
            if (position.kind === 'gone')
                return { status: 'already-gone' };
            if (position.kind === 'throwaway')
                return finish(await deleteByDigest(repo, position.digest));
            if (position.kind === 'moved') {
                return {
                    status: 'unsupported',
                    reason: `tag moved since the plan: ${(0,reference/* formatReference */.FH)(ref)} now points at ${position.digest}, not ${digest}; it was left alone`,
                };
            }
            if (!noTagDelete.has(repo.registry)) {
                let answer;
                try {
                    answer = await client.deleteTag(ref);
                }
                catch (error) {
                    if (isNotFound(error))
                        return { status: 'already-gone' }; // Deleted since the HEAD.
                    throw error;
                }
                if (answer === 'deleted') {
                    // A registry that takes the manifest with the tag would break every kept tag on it.
                    // It cannot be undone, but it must stop the run before it happens again.
                    if ((await client.headManifest(digestRef(repo, digest))) === undefined) {
                        throw new Error(`${repo.registry} deleted the manifest ${digest} when asked to delete only the tag ${tag}; ` +
                            'its other tags are gone with it. Cleanup stops here: this registry cannot untag safely.');
                    }
                    return { status: 'done' };
                }
                noTagDelete.add(repo.registry);
            }
            const refused = await prepare(repo);
            if (refused !== undefined)
                return refused;
            const throwaway = (0,registry_throwaway/* makeThrowawayManifest */.qv)(tag);
            if (throwaway.digest === digest)
                throw new Error(`internal error: the throwaway for ${tag} has the digest it replaces`);
            // Between the HEAD above and this PUT a push could move the tag; distribution has no
            // conditional PUT, so that window (one round trip) cannot be closed here.
            await client.putManifest(ref, throwaway);
            return finish(await deleteByDigest(repo, throwaway.digest));
        },
        async deleteManifest(repo, digest, _tags) {
            return deleteByDigest(repo, digest);
        },
    };
}
/** The throwaway's deletion, as the outcome of the untag: gone either way means done. */
function finish(outcome) {
    return outcome.status === 'unsupported' ? outcome : { status: 'done' };
}

// EXTERNAL MODULE: ./lib/src/adapters/registry/secret.js
var secret = __webpack_require__(9455);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
// EXTERNAL MODULE: ./lib/src/adapters/registry/retry.js
var retry = __webpack_require__(9233);
;// CONCATENATED MODULE: ./lib/src/adapters/deletion/web-api.js
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


/** A request the service refused, or never answered, after the retries it was allowed. */
class WebApiError extends Error {
    status;
    constructor(message, status, options) {
        super(message, options);
        this.name = 'WebApiError';
        this.status = status;
    }
}
/** GitHub documents "wait at least one minute" for a secondary limit that names no time. */
const UNNAMED_RATE_LIMIT_WAIT_MS = 60_000;
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
let sharedDispatcher;
function defaultFetch() {
    sharedDispatcher ??= new undici/* EnvHttpProxyAgent */.J2();
    const dispatcher = sharedDispatcher;
    return async (url, init) => (0,undici/* fetch */.hd)(url, { ...init, dispatcher });
}
/**
 * Whether an answer is a rate limit, and how long it asks to wait (undefined when it names no
 * time). GitHub signals its primary limit with 403 or 429 and `x-ratelimit-remaining: 0`, its
 * secondary limits with 403 or 429 and a message (and often `retry-after`); Docker Hub with 429.
 */
function rateLimitWait(status, header, bodyText, nowMs) {
    const remaining = header('x-ratelimit-remaining');
    const retryAfter = header('retry-after');
    const limited = status === 429 || (status === 403 && (remaining === '0' || retryAfter !== undefined || /rate limit/i.test(bodyText)));
    if (!limited)
        return { limited: false };
    const after = (0,retry/* parseRetryAfter */.mu)(retryAfter, nowMs);
    if (after !== undefined)
        return { limited, waitMs: after };
    const epoch = remaining === '0' ? header('x-ratelimit-reset') : header('x-retry-after');
    if (epoch !== undefined && /^\d+$/.test(epoch.trim()))
        return { limited, waitMs: Math.max(0, Number(epoch) * 1000 - nowMs) };
    return { limited };
}
class WebApiClient {
    #options;
    #fetch;
    #clock;
    #random;
    constructor(options) {
        this.#options = options;
        this.#fetch = options.fetch ?? defaultFetch();
        this.#clock = options.clock ?? retry/* systemClock */.ml;
        this.#random = options.random ?? Math.random;
    }
    get service() {
        return this.#options.service;
    }
    /**
     * Sends a request and returns the service's answer, whatever its status, once it is not a
     * rate limit or a transient failure (or the retries are used up: then the last answer).
     * Throws `WebApiError` when a rate limit asks for a wait beyond the bound, or no attempt
     * got an answer.
     */
    async send(req) {
        const maxAttempts = this.#options.maxAttempts ?? 5;
        const maxWaitMs = this.#options.maxWaitMs ?? 120_000;
        const what = `${req.method} ${req.url.pathname}`;
        const headers = { accept: 'application/json', 'user-agent': 'image-actions', ...req.headers };
        if (req.body !== undefined)
            headers['content-type'] = 'application/json';
        for (let attempt = 1;; attempt++) {
            let res;
            try {
                res = await this.#once(req, headers, attempt);
            }
            catch (error) {
                const timedOut = error instanceof Error && error.name === 'TimeoutError';
                if (attempt < maxAttempts && (timedOut || (0,retry/* isRetryableNetworkError */.Hr)(error))) {
                    await this.#clock.sleep((0,retry/* backoffDelay */.EY)(attempt - 1, { maxAttempts, baseDelayMs: 500, maxDelayMs: 8_000, maxElapsedMs: Infinity }, this.#random));
                    continue;
                }
                const message = error instanceof Error ? error.message : String(error);
                throw new WebApiError(this.#redact(`${this.service}: ${what} got no answer after ${attempt} attempt(s): ${message}`), undefined, { cause: error });
            }
            const limit = rateLimitWait(res.status, (n) => res.header(n), res.text, this.#clock.now());
            if (limit.limited) {
                const waitMs = limit.waitMs ?? Math.max(UNNAMED_RATE_LIMIT_WAIT_MS, (0,retry/* backoffDelay */.EY)(attempt - 1, { maxAttempts, baseDelayMs: 1_000, maxDelayMs: 60_000, maxElapsedMs: Infinity }, this.#random));
                if (waitMs > maxWaitMs) {
                    throw new WebApiError(this.#redact(`${this.service} rate limit: ${what} answered ${res.status} and asks to wait ${Math.ceil(waitMs / 1000)} s, longer than the ${Math.round(maxWaitMs / 1000)} s this run waits. Re-run the cleanup later; it finishes what this run left.`), res.status);
                }
                if (attempt >= maxAttempts) {
                    throw new WebApiError(this.#redact(`${this.service} rate limit: ${what} was still limited after ${attempt} attempts. Re-run the cleanup later; it finishes what this run left.`), res.status);
                }
                // A little more than asked, so the retry lands after the window opens, not on its edge.
                await this.#clock.sleep(waitMs + 250);
                continue;
            }
            if (RETRYABLE_STATUS.has(res.status) && attempt < maxAttempts) {
                const asked = (0,retry/* parseRetryAfter */.mu)(res.header('retry-after'), this.#clock.now()) ?? 0;
                const wait = Math.max(asked, (0,retry/* backoffDelay */.EY)(attempt - 1, { maxAttempts, baseDelayMs: 500, maxDelayMs: 8_000, maxElapsedMs: Infinity }, this.#random));
                if (wait <= maxWaitMs) {
                    await this.#clock.sleep(wait);
                    continue;
                }
            }
            return res;
        }
    }
    /** Scrubs every secret the client knows from a text. */
    redact(text) {
        return this.#redact(text);
    }
    #redact(text) {
        return this.#options.redactor.redact(text);
    }
    async #once(req, headers, attempt) {
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
                    return JSON.parse(text);
                }
                catch {
                    return undefined;
                }
            },
        };
    }
}
const GENERIC_REASONS = new Set(['bad request', 'unauthorized', 'forbidden', 'not found', 'too many requests', 'internal server error']);
/** The service's own message from an error body (`message`, or Django's `detail`), scrubbed. */
function serviceMessage(res, redact) {
    const body = res.json();
    if (typeof body === 'object' && body !== null) {
        const record = body;
        const said = [record['message'], record['detail'], record['error']].filter((v) => typeof v === 'string' && v !== '');
        // Docker Hub puts the reason phrase in `message` and the explanation in `detail`.
        const message = said.find((m) => !GENERIC_REASONS.has(m.toLowerCase())) ?? said[0];
        if (message !== undefined)
            return redact(message);
    }
    const firstLine = (res.text.trim().split('\n')[0] ?? '').replace(/<[^>]*>/g, '').trim().slice(0, 200);
    return redact(firstLine === '' ? `HTTP ${res.status} without a message` : firstLine);
}

;// CONCATENATED MODULE: ./lib/src/adapters/deletion/dockerhub.js
/**
 * Deleting on Docker Hub, through hub.docker.com's API (its registry API deletes nothing).
 *
 * - Login: `POST /v2/auth/token` with `{identifier, secret}` (a username and a password or
 *   personal access token) gives a bearer token that lasts ten minutes; it is fetched again
 *   when the API stops accepting it.
 * - A tag is read with `GET /v2/namespaces/{ns}/repositories/{repo}/tags/{tag}` (documented),
 *   whose `digest` says where it points, and deleted with
 *   `DELETE /v2/repositories/{ns}/{repo}/tags/{tag}/`: the documented reference lists no
 *   DELETE for tags, and this is the path Docker's own hub-tool uses.
 * - `untag` deletes the tag, after checking it still points at the digest.
 * - `deleteManifest` deletes each of the digest's tags the same way. Hub has no supported way
 *   to delete a manifest by digest: the untagged image stays until Hub's own retention removes
 *   it (said in `storageNote`); with no tag to delete, the outcome is `unsupported`.
 */




const DOCKER_HUB_API_URL = 'https://hub.docker.com';
const DOCKER_HUB_STORAGE_NOTE = 'Docker Hub: tags are deleted through its API, which cannot delete a manifest by digest; an image left without tags is removed under Docker Hub\'s own retention of untagged images.';
const CREDENTIALS_HINT = 'Pass the Docker Hub username and, as password, a personal access token with "Read, Write, Delete" access.';
/** `library/nginx` → `library` / `nginx`; Docker Hub names have exactly two levels. */
function hubRepository(repository) {
    const parts = repository.split('/');
    if (parts.length === 1 && parts[0] !== '')
        return { namespace: 'library', name: parts[0] ?? '' };
    if (parts.length !== 2 || parts.some((p) => p === '')) {
        throw new diagnostics/* UserInputError */.m2([
            { message: `"docker.io/${repository}" is not a Docker Hub repository: Hub names are NAMESPACE/NAME`, hint: 'Use e.g. docker.io/my-org/my-image.' },
        ]);
    }
    return { namespace: parts[0] ?? '', name: parts[1] ?? '' };
}
function createDockerHubDeleter(options) {
    return new DockerHubDeleter(options);
}
class DockerHubDeleter {
    kind = 'dockerhub';
    storageNote = DOCKER_HUB_STORAGE_NOTE;
    #options;
    #http;
    #redactor = new secret/* Redactor */.p();
    #base;
    #token;
    constructor(options) {
        this.#options = options;
        this.#redactor.add(options.credentials.password);
        this.#base = (options.apiUrl ?? DOCKER_HUB_API_URL).replace(/\/+$/, '');
        this.#http = new WebApiClient({
            service: 'Docker Hub API',
            redactor: this.#redactor,
            ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
            ...(options.clock === undefined ? {} : { clock: options.clock }),
            ...(options.maxRateLimitWaitMs === undefined ? {} : { maxWaitMs: options.maxRateLimitWaitMs }),
        });
    }
    async untag(repo, tag, digest) {
        const outcome = await this.#deleteTagAt(repo, tag, digest);
        return outcome === 'deleted' ? { status: 'done' } : { status: 'already-gone' };
    }
    async deleteManifest(repo, digest, tags) {
        hubRepository(repo.repository);
        if (tags.length === 0) {
            return {
                status: 'unsupported',
                reason: `Docker Hub has no API to delete a manifest by digest; ${digest} has no tag to delete, and Hub removes untagged images under its own retention.`,
            };
        }
        let deleted = 0;
        for (const tag of tags) {
            if ((await this.#deleteTagAt(repo, tag, digest)) === 'deleted')
                deleted++;
        }
        return deleted > 0 ? { status: 'done' } : { status: 'already-gone' };
    }
    /** Deletes `tag` if it still points at `digest`; a tag gone or moved elsewhere is left. */
    async #deleteTagAt(repo, tag, digest) {
        const hub = hubRepository(repo.repository);
        const state = await this.#readTag(hub, tag);
        if (state.kind === 'missing')
            return 'gone';
        const at = state.digest ?? (await this.#headDigest(repo, tag));
        if (at !== digest)
            return 'moved';
        const url = new URL(`${this.#base}/v2/repositories/${encodeURIComponent(hub.namespace)}/${encodeURIComponent(hub.name)}/tags/${encodeURIComponent(tag)}/`);
        const res = await this.#authorized('DELETE', url);
        if (res.status === 204 || res.status === 200 || res.status === 202)
            return 'deleted';
        if (res.status === 404)
            return res.attempts > 1 ? 'deleted' : 'gone';
        throw this.#failure(res, `delete tag ${tag} of`, hub);
    }
    async #readTag(hub, tag) {
        const url = new URL(`${this.#base}/v2/namespaces/${encodeURIComponent(hub.namespace)}/repositories/${encodeURIComponent(hub.name)}/tags/${encodeURIComponent(tag)}`);
        const res = await this.#authorized('GET', url);
        if (res.status === 404)
            return { kind: 'missing' };
        if (res.status !== 200)
            throw this.#failure(res, `read tag ${tag} of`, hub);
        const body = res.json();
        const digest = typeof body?.digest === 'string' && body.digest.startsWith('sha256:') ? body.digest : undefined;
        return { kind: 'at', digest };
    }
    async #headDigest(repo, tag) {
        const client = this.#options.client;
        const ref = { registry: repo.registry, repository: repo.repository, target: { kind: 'tag', tag } };
        if (client === undefined) {
            throw new WebApiError(`Docker Hub API did not say where ${(0,reference/* formatReference */.FH)(ref)} points, and there is no registry client to ask; the tag was left.`);
        }
        return (await client.headManifest(ref))?.digest;
    }
    /** A request with the bearer token; a 401 fetches a new token once (they last ten minutes). */
    async #authorized(method, url) {
        for (let attempt = 0;; attempt++) {
            const token = await this.#login();
            const res = await this.#http.send({ method, url, headers: { authorization: `Bearer ${token}` } });
            if (res.status !== 401 || attempt > 0)
                return res;
            this.#token = undefined;
        }
    }
    #login() {
        if (this.#token === undefined) {
            const pending = this.#fetchToken();
            pending.catch(() => {
                if (this.#token === pending)
                    this.#token = undefined;
            });
            this.#token = pending;
        }
        return this.#token;
    }
    async #fetchToken() {
        const { username, password } = this.#options.credentials;
        const res = await this.#http.send({ method: 'POST', url: new URL(`${this.#base}/v2/auth/token`), body: { identifier: username, secret: password } });
        if (res.status === 200) {
            const token = res.json()?.access_token;
            if (typeof token === 'string' && token !== '') {
                this.#redactor.add(token);
                return token;
            }
            throw new WebApiError('Docker Hub API: the login answer carried no access_token.', 200);
        }
        const message = serviceMessage(res, (t) => this.#redactor.redact(t));
        throw new WebApiError(`Docker Hub API: login as ${username} failed: HTTP ${res.status} ${message.replace(/\.$/, '')}. ${CREDENTIALS_HINT}`, res.status);
    }
    #failure(res, doing, hub) {
        const message = serviceMessage(res, (t) => this.#redactor.redact(t));
        const what = `Docker Hub API: could not ${doing} ${hub.namespace}/${hub.name}: HTTP ${res.status} ${message.replace(/\.$/, '')}.`;
        if (res.status === 401 || res.status === 403) {
            return new WebApiError(`${what} The Docker Hub user must be allowed to delete in ${hub.namespace}. ${CREDENTIALS_HINT}`, res.status);
        }
        return new WebApiError(res.attempts > 1 ? `${what} (after ${res.attempts} attempts)` : what, res.status);
    }
}

// EXTERNAL MODULE: ./lib/src/adapters/registry/link-header.js
var link_header = __webpack_require__(2709);
;// CONCATENATED MODULE: ./lib/src/adapters/deletion/github-packages.js
/**
 * The GitHub Packages REST API calls GHCR's deleter needs: list a container package's versions
 * (each version is one manifest digest, with the tags that point at it) and delete one.
 *
 * Which endpoints: a package belongs to an organization or to a user, and the API has a path
 * for each (`/orgs/{org}/…`, `/users/{user}/…`), plus `/user/…` for the authenticated user.
 * The organization path is tried first, the user path when it answers 404, and the answer is
 * remembered per owner. `/user/…` is never used: the workflow's GITHUB_TOKEN is an installation
 * token, which that path refuses, and `/users/{owner}/…` serves a user's own packages to a
 * personal token just as well.
 *
 * The package name is the image path after the owner (`ghcr.io/acme/foo/bar` → owner `acme`,
 * package `foo/bar`), sent as one path segment (`foo%2Fbar`).
 */



/** Versions per page: the API's maximum, so a large package takes as few requests as it can. */
const VERSIONS_PER_PAGE = 100;
const MAX_PAGES = 10_000;
const PERMISSION_HINT = 'The github-token needs packages: write (in a workflow: `permissions: packages: write` for GITHUB_TOKEN; a classic personal access token needs read:packages and delete:packages).';
const ADMIN_HINT = 'Deleting a version also needs the Admin role on the package: for a personal token, its user; for GITHUB_TOKEN, this repository under the package settings → Manage Actions access.';
/** The GHCR package a repository path names. */
function ghcrPackage(repository) {
    const slash = repository.indexOf('/');
    if (slash <= 0 || slash === repository.length - 1) {
        throw new diagnostics/* UserInputError */.m2([
            {
                message: `"ghcr.io/${repository}" names no package: a GHCR image is ghcr.io/OWNER/NAME`,
                hint: 'Use the full image name, e.g. ghcr.io/my-org/my-image.',
            },
        ]);
    }
    const owner = repository.slice(0, slash);
    const name = repository.slice(slash + 1);
    return { owner, name, encoded: encodeURIComponent(name) };
}
function parseDate(value) {
    if (typeof value !== 'string')
        return undefined;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/** A page of the "list package versions" answer; throws on anything not of its shape. */
function parseVersionsPage(body) {
    if (!Array.isArray(body))
        throw new Error('the package version list is not a JSON array');
    return body.map((entry, index) => {
        if (typeof entry !== 'object' || entry === null)
            throw new Error(`package version ${index} is not an object`);
        const record = entry;
        const id = record['id'];
        const name = record['name'];
        if (typeof id !== 'number' || !Number.isSafeInteger(id))
            throw new Error(`package version ${index} has no numeric id`);
        if (typeof name !== 'string' || name === '')
            throw new Error(`package version ${id} has no name (digest)`);
        const metadata = record['metadata'];
        const rawTags = metadata?.container?.tags;
        const tags = Array.isArray(rawTags) ? rawTags.filter((t) => typeof t === 'string') : [];
        return { id, digest: name, tags, createdAt: parseDate(record['created_at']), updatedAt: parseDate(record['updated_at']) };
    });
}
class GitHubPackagesApi {
    #http;
    #base;
    #token;
    #ownerKinds = new Map();
    constructor(options) {
        this.#http = options.http;
        this.#base = options.apiUrl.replace(/\/+$/, '');
        this.#token = options.token;
    }
    /**
     * The package's versions, a page at a time, following the `Link` header (its targets are used
     * as given: GitHub writes them with the owner's numeric id, not its name). The consumer may
     * stop early.
     */
    async *versionPages(pkg) {
        let res = await this.#firstPage(pkg);
        const seen = new Set();
        for (let page = 0;; page++) {
            if (seen.has(res.url.href) || page >= MAX_PAGES) {
                throw new WebApiError(`GitHub API: the version list of ${label(pkg)} does not end (page ${page} repeats or passes ${MAX_PAGES})`);
            }
            seen.add(res.url.href);
            let versions;
            try {
                versions = parseVersionsPage(res.json());
            }
            catch (error) {
                throw new WebApiError(`GitHub API: the version list of ${label(pkg)} is not what GitHub sends: ${error.message}`, res.status);
            }
            yield versions;
            const next = (0,link_header/* nextPageUrl */._)(res.header('link'), res.url);
            if (next === undefined)
                return;
            res = await this.#get(next);
            if (res.status !== 200)
                throw this.#failure(res, 'list the versions of', pkg);
        }
    }
    /** Deletes a version. `refused` is GitHub saying it will not (the last tagged version, a much-downloaded public one). */
    async deleteVersion(pkg, id) {
        const kind = this.#ownerKinds.get(pkg.owner) ?? (await this.#resolveOwnerKind(pkg));
        const url = new URL(`${this.#base}/${kind}/${encodeURIComponent(pkg.owner)}/packages/container/${pkg.encoded}/versions/${id}`);
        const res = await this.#http.send({ method: 'DELETE', url, headers: this.#headers() });
        if (res.status === 204 || res.status === 200)
            return { kind: 'deleted' };
        // A retried DELETE whose first attempt landed finds nothing: that is its success.
        if (res.status === 404)
            return res.attempts > 1 ? { kind: 'deleted' } : { kind: 'not-found' };
        if (res.status === 400 || res.status === 422) {
            const message = serviceMessage(res, (t) => this.#http.redact(t));
            const advice = /last (tagged )?version/i.test(message) ? ' GHCR keeps a package\'s last tagged version; delete the whole package (its settings page, or the REST API) if it should go.' : '';
            return { kind: 'refused', reason: `GHCR refused to delete version ${id} of ${label(pkg)}: ${message.replace(/\.$/, '')}.${advice}` };
        }
        throw this.#failure(res, 'delete a version of', pkg);
    }
    async #firstPage(pkg) {
        const known = this.#ownerKinds.get(pkg.owner);
        const kinds = known === undefined ? ['orgs', 'users'] : [known];
        const misses = [];
        for (const kind of kinds) {
            const res = await this.#get(this.#listUrl(kind, pkg));
            if (res.status === 200) {
                this.#ownerKinds.set(pkg.owner, kind);
                return res;
            }
            if (res.status !== 404)
                throw this.#failure(res, 'list the versions of', pkg);
            misses.push(res);
        }
        // "Package not found." (the owner exists) says more than a bare "Not Found" (it does not).
        const telling = misses.find((res) => !/^not found\.?$/i.test(serviceMessage(res, (t) => this.#http.redact(t)))) ?? misses[0];
        throw this.#notFound(pkg, telling);
    }
    async #resolveOwnerKind(pkg) {
        // Listing one page settles which path serves this owner.
        const pages = this.versionPages(pkg);
        await pages.next();
        await pages.return(undefined);
        const kind = this.#ownerKinds.get(pkg.owner);
        if (kind === undefined)
            throw new WebApiError(`GitHub API: could not tell whether ${pkg.owner} is an organization or a user`);
        return kind;
    }
    #listUrl(kind, pkg) {
        const url = new URL(`${this.#base}/${kind}/${encodeURIComponent(pkg.owner)}/packages/container/${pkg.encoded}/versions`);
        url.searchParams.set('per_page', String(VERSIONS_PER_PAGE));
        url.searchParams.set('state', 'active');
        return url;
    }
    #get(url) {
        return this.#http.send({ method: 'GET', url, headers: this.#headers() });
    }
    #headers() {
        return { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', authorization: `Bearer ${this.#token}` };
    }
    #notFound(pkg, res) {
        const said = res === undefined ? '' : ` (GitHub: ${serviceMessage(res, (t) => this.#http.redact(t))})`;
        return new WebApiError(`GitHub API: no container package "${pkg.name}" found for ${pkg.owner}, as an organization or as a user${said}. ` +
            `Check the image name (ghcr.io/${pkg.owner}/${pkg.name}), and that the github-token can see the package: a GITHUB_TOKEN sees only packages that grant this repository access.`, 404);
    }
    #failure(res, doing, pkg) {
        const message = serviceMessage(res, (t) => this.#http.redact(t));
        const what = `GitHub API: could not ${doing} ${label(pkg)}: HTTP ${res.status} ${message.replace(/\.$/, '')}.`;
        switch (res.status) {
            case 401:
                return new WebApiError(`${what} The github-token was not accepted (invalid or expired). ${PERMISSION_HINT}`, 401);
            case 403:
                return new WebApiError(`${what} ${PERMISSION_HINT} ${ADMIN_HINT}`, 403);
            case 404:
                return this.#notFound(pkg, res);
            default:
                return new WebApiError(res.attempts > 1 ? `${what} (after ${res.attempts} attempts)` : what, res.status);
        }
    }
}
function label(pkg) {
    return `container package ${pkg.owner}/${pkg.name}`;
}

;// CONCATENATED MODULE: ./lib/src/adapters/deletion/ghcr.js
/**
 * Deleting on GHCR (ghcr.io). Its registry API deletes nothing; GitHub's Packages REST API
 * deletes *package versions*, and a version is a manifest digest together with every tag on it.
 *
 * - `deleteManifest` deletes the digest's version. Its tags go with it, so it refuses when the
 *   version carries a tag the plan did not list (one pushed after the plan was made).
 * - `untag` cannot delete the version (the kept tags on it would go too). It moves the tag off
 *   instead: a throwaway manifest is pushed to the tag through the registry API, which makes
 *   a new version carrying only that tag, and that version is deleted. Before touching
 *   anything it checks where the tag points now: at the digest → go on; at a throwaway (a
 *   crash between the push and the delete) → finish deleting it; anywhere else → the tag was
 *   moved by someone else, and is left alone.
 * - `registryDates` are the versions' `created_at`.
 * - `tagDigests` are the versions' tags: a version's `name` is its manifest digest and
 *   `metadata.container.tags` the tags on it. Untagged versions (an index's platform manifests,
 *   referrers, manifests whose last tag moved away) add nothing: the state reaches them through
 *   their index or their fallback tag, as it would through the registry API.
 *
 * The version list is read once per repository and run, a page of 100 at a time (it serves
 * the dates, the tags and the deletions alike), and kept up to date with what this deleter does; the version a throwaway push made is looked up afresh
 * (GitHub lists the newest first, so that is usually one page).
 */






const GHCR_STORAGE_NOTE = 'GHCR: a deleted package version can be restored from the package settings (or the REST API) for 30 days.';
function createGhcrDeleter(options) {
    return new GhcrDeleter(options);
}
class GhcrDeleter {
    kind = 'ghcr';
    storageNote = GHCR_STORAGE_NOTE;
    #client;
    #api;
    #clock;
    #lookupMs;
    /** Per repository: digest → version, as last seen or as this deleter left it. */
    #versions = new Map();
    constructor(options) {
        const redactor = new secret/* Redactor */.p();
        redactor.add(options.token);
        this.#client = options.client;
        this.#clock = options.clock ?? retry/* systemClock */.ml;
        this.#lookupMs = options.versionLookupMs ?? 30_000;
        const http = new WebApiClient({
            service: 'GitHub API',
            redactor,
            ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
            clock: this.#clock,
            ...(options.maxRateLimitWaitMs === undefined ? {} : { maxWaitMs: options.maxRateLimitWaitMs }),
        });
        const apiUrl = options.apiUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com';
        this.#api = new GitHubPackagesApi({ http, apiUrl, token: options.token });
    }
    async registryDates(repo) {
        const versions = await this.#all(repo);
        const dates = new Map();
        for (const version of versions.values()) {
            const date = version.createdAt ?? version.updatedAt;
            if (date !== undefined)
                dates.set(version.digest, date);
        }
        return dates;
    }
    async tagDigests(repo) {
        const versions = await this.#all(repo);
        const tags = new Map();
        for (const version of versions.values()) {
            for (const tag of version.tags) {
                const other = tags.get(tag);
                // A tag is on one version. Two means the list changed between its pages (the tag moved
                // onto a version on a later page): which one is current cannot be told, so nothing is
                // planned on it.
                if (other !== undefined && other !== version.digest) {
                    throw new Error(`GHCR listed the tag "${tag}" of ${repo.registry}/${repo.repository} on two package versions (${other} and ${version.digest}): ` +
                        'the package changed while its versions were read. Re-run the cleanup.');
                }
                tags.set(tag, version.digest);
            }
        }
        return tags;
    }
    async deleteManifest(repo, digest, tags) {
        const pkg = ghcrPackage(repo.repository);
        const versions = await this.#all(repo);
        const version = versions.get(digest);
        if (version === undefined)
            return { status: 'already-gone' };
        const unplanned = version.tags.filter((t) => !tags.includes(t));
        if (unplanned.length > 0) {
            throw new Error(`${repo.registry}/${repo.repository}@${digest} now also carries ${unplanned.map((t) => `"${t}"`).join(', ')}, which the plan did not see ` +
                '(tagged after it was made); GHCR would delete those tags with it, so it was left. Re-run the cleanup to plan again.');
        }
        const result = await this.#api.deleteVersion(pkg, version.id);
        if (result.kind === 'refused')
            return { status: 'unsupported', reason: result.reason };
        versions.delete(digest);
        return result.kind === 'deleted' ? { status: 'done' } : { status: 'already-gone' };
    }
    async untag(repo, tag, digest) {
        const pkg = ghcrPackage(repo.repository);
        const ref = { registry: repo.registry, repository: repo.repository, target: { kind: 'tag', tag } };
        const position = await (0,registry_throwaway/* locateTag */.l_)(this.#client, repo, tag, digest);
        // A tag someone moved since the plan is not ours to remove: as far as the plan goes, it is gone.
        if (position.kind === 'gone' || position.kind === 'moved')
            return { status: 'already-gone' };
        let throwaway;
        if (position.kind === 'planned') {
            await (0,registry_throwaway/* ensureEmptyBlob */.n0)(this.#client, repo);
            throwaway = await this.#client.putManifest(ref, (0,registry_throwaway/* makeThrowawayManifest */.qv)(tag));
            const versions = await this.#all(repo);
            const old = versions.get(digest);
            if (old !== undefined)
                versions.set(digest, { ...old, tags: old.tags.filter((t) => t !== tag) });
        }
        else {
            // A run died between the throwaway's push and its version's delete: finish.
            throwaway = position.digest;
        }
        const version = await this.#findNewVersion(repo, pkg, throwaway);
        if (version === undefined) {
            throw new Error(`GHCR did not list a package version for ${(0,reference/* formatReference */.FH)(ref)} (${throwaway}) within ${Math.round(this.#lookupMs / 1000)} s of pushing it; ` +
                'the tag now points at a throwaway manifest. Re-run the cleanup to finish removing it.');
        }
        const others = version.tags.filter((t) => t !== tag);
        if (others.length > 0) {
            throw new Error(`the throwaway version for ${(0,reference/* formatReference */.FH)(ref)} also carries ${others.join(', ')}; it was left for a person to look at.`);
        }
        const result = await this.#api.deleteVersion(pkg, version.id);
        if (result.kind === 'refused') {
            return { status: 'unsupported', reason: `${(0,reference/* formatReference */.FH)(ref)} was moved off ${digest} onto a throwaway manifest, which stays: ${result.reason}` };
        }
        (await this.#all(repo)).delete(throwaway);
        return { status: 'done' };
    }
    /** Every version of the repository's package, read once per run. */
    #all(repo) {
        const key = `${repo.registry}/${repo.repository}`;
        let versions = this.#versions.get(key);
        if (versions === undefined) {
            versions = (async () => {
                const map = new Map();
                for await (const page of this.#api.versionPages(ghcrPackage(repo.repository))) {
                    for (const version of page)
                        map.set(version.digest, version);
                }
                return map;
            })();
            // A failed listing is not cached: the next call tries again.
            versions.catch(() => this.#versions.delete(key));
            this.#versions.set(key, versions);
        }
        return versions;
    }
    /**
     * The version a push just made. Pages are read from the newest until the digest shows; GHCR
     * may list it a moment after the push, so the lookup is repeated with growing pauses.
     */
    async #findNewVersion(repo, pkg, digest) {
        const cache = await this.#all(repo);
        const deadline = this.#clock.now() + this.#lookupMs;
        for (let round = 0;; round++) {
            for await (const page of this.#api.versionPages(pkg)) {
                for (const version of page)
                    cache.set(version.digest, version);
                const found = page.find((v) => v.digest === digest);
                if (found !== undefined)
                    return found;
            }
            const pause = Math.min(500 * 2 ** round, 5_000);
            if (this.#clock.now() + pause > deadline)
                return undefined;
            await this.#clock.sleep(pause);
        }
    }
}

;// CONCATENATED MODULE: ./lib/src/adapters/deletion/select.js
/**
 * Which deleter a registry gets: GHCR deletes through GitHub's Packages API, Docker Hub through
 * its own API, and every other registry through the distribution API (delete by digest, with a
 * throwaway manifest to remove a single tag). The choice is by host alone, so the cleanup use
 * case never asks which registry it is talking to.
 */




const GHCR_HOST = 'ghcr.io';
const DOCKER_HUB_HOSTS = new Set(['docker.io', 'registry-1.docker.io', 'index.docker.io']);
function deleterKindFor(registryHost) {
    const host = registryHost.trim().toLowerCase();
    if (host === GHCR_HOST)
        return 'ghcr';
    if (DOCKER_HUB_HOSTS.has(host))
        return 'dockerhub';
    return 'distribution';
}
function selectDeleter(options) {
    switch (deleterKindFor(options.registryHost)) {
        case 'ghcr': {
            const token = options.githubToken?.trim() ?? '';
            if (token === '') {
                throw new diagnostics/* UserInputError */.m2([
                    {
                        message: 'ghcr.io deletes images only through GitHub\'s Packages API, and no github-token was given',
                        hint: 'set github-token (a token with packages: write: GITHUB_TOKEN with `permissions: packages: write`, or a classic personal access token with delete:packages).',
                    },
                ]);
            }
            return createGhcrDeleter({ client: options.client, token, ...(options.githubApiUrl === undefined ? {} : { apiUrl: options.githubApiUrl }) });
        }
        case 'dockerhub': {
            const credentials = options.dockerHubCredentials;
            if (credentials === undefined || credentials.username.trim() === '' || credentials.password === '') {
                throw new diagnostics/* UserInputError */.m2([
                    {
                        message: 'Docker Hub deletes tags only through its own API, which needs a login, and no username/password was given',
                        hint: 'set username and password (a Docker Hub personal access token with "Read, Write, Delete" access).',
                    },
                ]);
            }
            return createDockerHubDeleter({
                credentials,
                client: options.client,
                ...(options.dockerHubApiUrl === undefined ? {} : { apiUrl: options.dockerHubApiUrl }),
            });
        }
        case 'distribution':
            return createDistributionDeleter(options.client);
    }
}

// EXTERNAL MODULE: ./lib/src/app/registry.js
var app_registry = __webpack_require__(4507);
;// CONCATENATED MODULE: ./lib/src/cli/deleter.js
/**
 * The deleter for the CLI's verbs that remove tags (cleanup, unkeep, promote --delete-temporary).
 * Tokens come from the environment, never from argv, where `ps` and shell history would show
 * them: GITHUB_TOKEN (GHCR, through the GitHub Packages API) and DOCKERHUB_USERNAME with
 * DOCKERHUB_TOKEN (Docker Hub's tag API).
 */


const DELETER_ENVIRONMENT_HELP = `Tag deletion on ghcr.io uses the GitHub Packages API with the token in GITHUB_TOKEN; on
Docker Hub, its tag API with DOCKERHUB_USERNAME and DOCKERHUB_TOKEN.`;
function deleterFromEnvironment(registry, client, env = process.env) {
    const githubToken = env['GITHUB_TOKEN'];
    const hubUser = env['DOCKERHUB_USERNAME'];
    const hubToken = env['DOCKERHUB_TOKEN'];
    return selectDeleter({
        registryHost: registry ? (0,app_registry/* registryHost */.U)(registry) : '',
        client,
        ...(githubToken ? { githubToken } : {}),
        ...(env['GITHUB_API_URL'] ? { githubApiUrl: env['GITHUB_API_URL'] } : {}),
        ...(hubUser && hubToken ? { dockerHubCredentials: { username: hubUser, password: hubToken } } : {}),
    });
}


/***/ }),

/***/ 1881:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   Yv: () => (/* binding */ slugify),
/* harmony export */   kG: () => (/* binding */ joinTag),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony exports MAX_TAG_LENGTH, TAG_PATTERN */
/**
 * The slug rule: how untrusted text from events (branch names, refs) becomes part of a tag.
 *
 * A Docker tag allows `[A-Za-z0-9_.-]`, at most 128 characters, and may not start with `.` or
 * `-`. We are stricter (lowercase only) so that `Feature/X` and `feature/x` cannot produce two
 * tags that registries treat differently.
 */
const MAX_TAG_LENGTH = 128;
/** Lowercase, runs of other characters become one `-`, no leading `.`/`-`, at most `max` long. */
function slugify(text, max = MAX_TAG_LENGTH) {
    const slug = text
        .toLowerCase()
        .replace(/[^a-z0-9_.-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, max)
        .replace(/[.-]+$/, '');
    return slug;
}
/** A tag built from parts, each already safe, trimmed to the tag limit from the left part. */
function joinTag(prefix, suffix) {
    const room = MAX_TAG_LENGTH - suffix.length - 1;
    const head = slugify(prefix, Math.max(room, 1));
    return head === '' ? suffix : `${head}-${suffix}`;
}
const TAG_PATTERN = /^[a-z0-9_][a-z0-9_.-]{0,127}$/;
function isValidTag(tag) {
    return TAG_PATTERN.test(tag);
}
function shortSha(sha) {
    return sha.slice(0, 7);
}


/***/ })

};
