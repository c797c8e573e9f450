export const id = 405;
export const ids = [405];
export const modules = {

/***/ 124:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   kR: () => (/* binding */ fetchBranchTip)
/* harmony export */ });
/* unused harmony export isSha */
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4688);
/**
 * The git adapter: the few git operations detect needs, each one `git` process with an
 * argument array. Revisions from events are validated as hex SHAs or passed after `--end-of-options`
 * so that a crafted branch name can never be read as an option.
 */

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function isSha(text) {
    return SHA.test(text);
}
class Git {
    dir;
    env;
    constructor(dir, env = process.env) {
        this.dir = dir;
        this.env = env;
    }
    async git(args) {
        const result = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runChecked */ .X4)('git', ['-C', this.dir, ...args], { env: this.env });
        return result.stdout;
    }
    async gitMaybe(args) {
        const result = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)('git', ['-C', this.dir, ...args], { env: this.env });
        return { ok: result.exitCode === 0, stdout: result.stdout, stderr: result.stderr };
    }
    /** The commit a revision names, or undefined when it does not exist here. */
    async resolveCommit(rev) {
        const r = await this.gitMaybe(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
        return r.ok ? r.stdout.trim() : undefined;
    }
    async isShallow() {
        return (await this.git(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    }
    async mergeBase(a, b) {
        const r = await this.gitMaybe(['merge-base', '--end-of-options', a, b]);
        return r.ok ? r.stdout.trim() || undefined : undefined;
    }
    /** The remote to fetch from: `origin` when it exists, else the first one, else none. */
    async defaultRemote() {
        const remotes = (await this.git(['remote'])).split('\n').filter(Boolean);
        return remotes.includes('origin') ? 'origin' : remotes[0];
    }
    /** Fetches; resolves false (with git's message) instead of throwing, so callers can fall back. */
    async fetch(args) {
        const r = await this.gitMaybe(['fetch', '--no-tags', '--quiet', ...args]);
        return { ok: r.ok, message: r.stderr.trim() };
    }
    /** Paths changed between two commits; renames appear as a deletion and an addition. */
    async changedPaths(base, head) {
        // --relative: paths relative to this folder, which may be below the top level (examples/).
        const out = await this.git(['diff', '--name-only', '--no-renames', '--relative', '-z', '--end-of-options', base, head]);
        return out.split('\0').filter(Boolean);
    }
    /** A file's content at a revision, or undefined when it does not exist there. */
    async readFileAt(rev, path) {
        // `rev:./path` is resolved from this folder, like the paths of changedPaths.
        const r = await this.gitMaybe(['show', '--end-of-options', `${rev}:./${path}`]);
        return r.ok ? r.stdout : undefined;
    }
    /** `refs/heads/<branch>` of the checkout, or undefined when HEAD is detached. */
    async currentBranchRef() {
        const r = await this.gitMaybe(['symbolic-ref', '--quiet', 'HEAD']);
        return r.ok ? r.stdout.trim() : undefined;
    }
    /** The remote's default branch (`origin/HEAD`), when the clone knows it. */
    async remoteDefaultBranch(remote) {
        const r = await this.gitMaybe(['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`]);
        return r.ok ? r.stdout.trim().replace(`${remote}/`, '') : undefined;
    }
}
/** Fetches one branch of a remote (shallow) into its remote-tracking ref; returns its commit. */
async function fetchBranchTip(git, remote, branch) {
    if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.startsWith('-') || branch.includes('..'))
        return undefined;
    const tracking = `refs/remotes/${remote}/${branch}`;
    const local = await git.resolveCommit(tracking);
    if (local)
        return local;
    await git.fetch(['--depth=1', remote, `+refs/heads/${branch}:${tracking}`]);
    return git.resolveCommit(tracking);
}


/***/ }),

/***/ 5405:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildVerb: () => (/* binding */ buildVerb)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/src/adapters/cache/store.js
/**
 * A key-addressed store of directories kept between runs: GitHub's cache service on GitHub, a
 * local directory elsewhere. It has the semantics of `@actions/cache`, which the local store
 * copies so that both behave alike:
 *
 * - an entry is written once under its key and never changed (a second save of the key is a
 *   no-op, not an error);
 * - a restore takes the exact primary key, else the newest entry whose key starts with one of the
 *   restore keys, tried in order.
 *
 * What is stored is always a cache: a miss, or a lost entry, costs time and never correctness.
 */
/** The limits `@actions/cache` puts on keys; the local store applies the same. */
const MAX_KEY_LENGTH = 512;
/** Throws when `key` could not be used with `@actions/cache` (too long, or with a comma). */
function checkCacheKey(key) {
    if (key === '')
        throw new Error('a cache key cannot be empty');
    if (key.length > MAX_KEY_LENGTH)
        throw new Error(`the cache key ${key.slice(0, 40)}… is longer than ${MAX_KEY_LENGTH} characters`);
    if (key.includes(','))
        throw new Error(`the cache key ${key} contains a comma`);
}

;// CONCATENATED MODULE: ./lib/src/adapters/cache/directory.js
/**
 * The cache store in a local directory (`image-actions build --cache-dir DIR`): what the GitHub
 * cache does for a workflow, for runs on one machine.
 *
 * Layout: `DIR/<sha256 of the key>/entry.json` (the key, the paths, when it was saved) and
 * `DIR/<sha256 of the key>/data/<n>` (a copy of the n-th path). An entry is written under a
 * temporary name and renamed into place, so a reader never sees half of one and two runs saving
 * the same key at once leave one whole entry.
 */




const TEMPORARY = '.tmp-';
function entryName(key) {
    return (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex');
}
function newerFirst(a, b) {
    return b.savedAt - a.savedAt || b.sequence - a.sequence || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
let sequence = 0;
class DirectoryCacheStore {
    root;
    now;
    description;
    constructor(root, now = Date.now) {
        this.root = root;
        this.now = now;
        this.description = `the cache directory ${root}`;
    }
    async restore(paths, primaryKey, restoreKeys) {
        for (const key of [primaryKey, ...restoreKeys])
            checkCacheKey(key);
        const entries = await this.entries();
        const match = entries.find((entry) => entry.key === primaryKey) ??
            restoreKeys.map((prefix) => entries.filter((entry) => entry.key.startsWith(prefix)).sort(newerFirst)[0]).find((entry) => entry !== undefined);
        if (!match)
            return undefined;
        if (match.paths.length !== paths.length)
            return undefined;
        for (const [index, path] of paths.entries()) {
            await (0,promises_.rm)(path, { recursive: true, force: true });
            await (0,promises_.cp)((0,external_node_path_.join)(match.dir, 'data', String(index)), path, { recursive: true, preserveTimestamps: true });
        }
        return match.key;
    }
    async save(paths, key) {
        checkCacheKey(key);
        const name = entryName(key);
        await (0,promises_.mkdir)(this.root, { recursive: true });
        if ((await this.read(name)) !== undefined)
            return;
        const temporary = (0,external_node_path_.join)(this.root, `${TEMPORARY}${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        try {
            await (0,promises_.mkdir)((0,external_node_path_.join)(temporary, 'data'), { recursive: true });
            for (const [index, path] of paths.entries()) {
                await (0,promises_.cp)(path, (0,external_node_path_.join)(temporary, 'data', String(index)), { recursive: true, preserveTimestamps: true });
            }
            const meta = { key, paths: [...paths], savedAt: this.now(), sequence: sequence++ };
            await (0,promises_.writeFile)((0,external_node_path_.join)(temporary, 'entry.json'), `${JSON.stringify(meta, null, 2)}\n`);
            try {
                await (0,promises_.rename)(temporary, (0,external_node_path_.join)(this.root, name));
            }
            catch (error) {
                // Another run saved the same key first: its entry stands (entries never change).
                const code = error.code;
                if (code !== 'ENOTEMPTY' && code !== 'EEXIST')
                    throw error;
            }
        }
        finally {
            await (0,promises_.rm)(temporary, { recursive: true, force: true });
        }
    }
    async prune(prefix, keep) {
        const matching = (await this.entries()).filter((entry) => entry.key.startsWith(prefix)).sort(newerFirst);
        for (const entry of matching.slice(keep))
            await (0,promises_.rm)(entry.dir, { recursive: true, force: true });
    }
    /** The keys stored, newest first (for tests and for people looking into the directory). */
    async keys() {
        return (await this.entries()).sort(newerFirst).map((entry) => entry.key);
    }
    async entries() {
        let names;
        try {
            names = await (0,promises_.readdir)(this.root);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return [];
            throw error;
        }
        const entries = [];
        for (const name of names) {
            if (name.startsWith(TEMPORARY))
                continue;
            const entry = await this.read(name);
            if (entry)
                entries.push(entry);
        }
        return entries;
    }
    /** An entry, or undefined when it is not there or not readable (a cache tolerates damage). */
    async read(name) {
        try {
            const meta = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(this.root, name, 'entry.json'), 'utf8'));
            if (typeof meta.key !== 'string' || !Array.isArray(meta.paths) || typeof meta.savedAt !== 'number')
                return undefined;
            if (entryName(meta.key) !== name)
                return undefined;
            return { key: meta.key, paths: meta.paths, savedAt: meta.savedAt, sequence: typeof meta.sequence === 'number' ? meta.sequence : 0, dir: (0,external_node_path_.join)(this.root, name) };
        }
        catch {
            return undefined;
        }
    }
}

// EXTERNAL MODULE: ./lib/src/adapters/git/git.js
var git_git = __webpack_require__(124);
// EXTERNAL MODULE: ./lib/src/adapters/process/run.js
var run = __webpack_require__(4688);
;// CONCATENATED MODULE: ./lib/src/adapters/git/ls-remote.js
/**
 * `git ls-remote`: the revision an upstream source ref points at now.
 *
 * A token for GitHub URLs is handed to git through GIT_CONFIG_* environment variables (an
 * `http.extraHeader`), never on the command line where `ps` would show it.
 */

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function authEnv(url, options) {
    const server = (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    if (!options.token || !url.startsWith(`${server}/`))
        return {};
    const basic = Buffer.from(`x-access-token:${options.token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${server}/.extraheader`,
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    };
}
/** Picks the revision of `ref` from ls-remote output: HEAD, a branch, a (peeled) tag, or a full ref. */
function pickRevision(output, ref) {
    const refs = new Map();
    for (const line of output.split('\n')) {
        const [sha, name] = line.split('\t');
        if (sha && name && SHA.test(sha))
            refs.set(name, sha);
    }
    const candidates = ref === 'HEAD' ? ['HEAD'] : [ref, `refs/heads/${ref}`, `refs/tags/${ref}^{}`, `refs/tags/${ref}`];
    for (const candidate of candidates) {
        const sha = refs.get(candidate);
        if (sha)
            return sha;
    }
    return undefined;
}
/** The commit `ref` of `url` points at now; an error when the remote or the ref is missing. */
async function lsRemote(url, ref, options = {}) {
    if (SHA.test(ref))
        return ref; // A pinned commit does not move.
    if (url.startsWith('-') || ref.startsWith('-'))
        throw new Error(`refusing source "${url}" ref "${ref}": it looks like an option`);
    const result = await (0,run/* runChecked */.X4)('git', ['ls-remote', '--', url, ref === 'HEAD' ? 'HEAD' : ref], {
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...authEnv(url, options) },
        timeoutMs: options.timeoutMs ?? 60_000,
    }).catch((error) => {
        throw new Error(`git ls-remote ${url} ${ref} failed: ${error.message.split('\n').slice(-2).join(' ')}`);
    });
    const sha = pickRevision(result.stdout, ref);
    if (!sha)
        throw new Error(`${url} has no ref "${ref}" (git ls-remote found no branch or tag of that name)`);
    return sha;
}

// EXTERNAL MODULE: ./lib/src/app/build-cache.js + 3 modules
var build_cache = __webpack_require__(4344);
// EXTERNAL MODULE: ./lib/src/core/event/interpret.js
var interpret = __webpack_require__(6142);
// EXTERNAL MODULE: ./lib/src/core/event/temporary-tag.js
var temporary_tag = __webpack_require__(369);
// EXTERNAL MODULE: ./lib/src/adapters/builders/types.js
var types = __webpack_require__(9109);
// EXTERNAL MODULE: ./lib/src/adapters/builders/buildah.js
var buildah = __webpack_require__(3229);
// EXTERNAL MODULE: ./lib/src/adapters/builders/buildx.js
var buildx = __webpack_require__(6402);
// EXTERNAL MODULE: ./lib/src/adapters/builders/docker.js
var builders_docker = __webpack_require__(1702);
;// CONCATENATED MODULE: ./lib/src/adapters/builders/select.js
/**
 * Picking the builder: an explicit choice must work (or fail saying what to install); `auto`
 * takes the first of buildx, docker, buildah whose probe succeeds here, and says why it
 * passed over the others.
 */




class NoUsableBuilderError extends Error {
    reasons;
    constructor(reasons) {
        super(`no builder works here (auto tried ${types/* BUILDER_NAMES */.ZJ.join(', ')}):\n` +
            reasons.map((r) => `- ${r.message}`).join('\n') +
            '\nInstall one of them; on GitHub-hosted Ubuntu runners buildx and buildah are already there.');
        this.reasons = reasons;
        this.name = 'NoUsableBuilderError';
    }
}
/** Creates one builder by name, probing it (BuilderUnavailableError when it cannot work here). */
function createBuilder(name, options = {}) {
    const docker = { ...(options.docker === undefined ? {} : { docker: options.docker }), ...(options.env === undefined ? {} : { env: options.env }) };
    switch (name) {
        case 'buildx':
            return buildx/* BuildxBuilder */.O.create(docker);
        case 'docker':
            return builders_docker/* DockerBuilder */.Ir.create(docker);
        case 'buildah':
            return buildah/* BuildahBuilder */.$N.create({ ...(options.buildah === undefined ? {} : { buildah: options.buildah }), ...(options.env === undefined ? {} : { env: options.env }) });
    }
}
async function selectBuilder(preference, log, options = {}) {
    if (preference !== 'auto') {
        const builder = await createBuilder(preference, options);
        log(`builder: ${builder.name} (as configured) — ${builder.description}`);
        return builder;
    }
    const passed = [];
    for (const name of types/* BUILDER_NAMES */.ZJ) {
        try {
            const builder = await createBuilder(name, options);
            const skipped = passed.length === 0 ? '' : `; passed over ${passed.map((p) => `${p.builder}: ${p.reason}`).join(', ')}`;
            log(`builder: ${builder.name} (auto: the first of ${types/* BUILDER_NAMES */.ZJ.join(', ')} that works here) — ${builder.description}${skipped}`);
            return builder;
        }
        catch (error) {
            if (!(error instanceof types/* BuilderUnavailableError */.yk))
                throw error;
            passed.push(error);
        }
    }
    throw new NoUsableBuilderError(passed);
}

// EXTERNAL MODULE: ./lib/src/adapters/builders/buildx-metadata.js
var buildx_metadata = __webpack_require__(6026);
// EXTERNAL MODULE: ./lib/src/adapters/builders/failure.js
var failure = __webpack_require__(66);
;// CONCATENATED MODULE: ./lib/src/adapters/builders/index.js
/** The builders' public surface: one interface, three tools, and the choice between them. */








// EXTERNAL MODULE: ./lib/src/core/reference.js
var reference = __webpack_require__(4269);
;// CONCATENATED MODULE: ./lib/src/adapters/builders/login.js
/**
 * Logging a builder's own tool in to a registry when credentials are given as inputs (the
 * alternative is docker/login-action before this step). The password goes on stdin, never
 * on the command line.
 */


async function loginBuilder(builder, host, username, password, insecureRegistries = []) {
    const insecure = (0,reference/* isLoopbackHost */.cW)(host) || insecureRegistries.includes(host) || insecureRegistries.includes(host.split(':')[0] ?? host);
    const args = builder === 'buildah'
        ? ['login', ...(insecure ? ['--tls-verify=false'] : []), '--username', username, '--password-stdin', host]
        : ['login', '--username', username, '--password-stdin', host];
    await (0,run/* runChecked */.X4)(builder === 'buildah' ? 'buildah' : 'docker', args, { input: password }).catch((error) => {
        // The message of a failed login never contains the password: it was only ever on stdin.
        throw new Error(`${builder} login to ${host} as ${username} failed: ${error.message.split('\n').slice(-2).join(' ')}`, { cause: error });
    });
}

// EXTERNAL MODULE: ./lib/src/core/schedule/durations.js
var durations = __webpack_require__(8473);
// EXTERNAL MODULE: ./lib/src/app/build.js + 6 modules
var build = __webpack_require__(173);
// EXTERNAL MODULE: ./lib/src/app/project.js + 26 modules
var project = __webpack_require__(4731);
// EXTERNAL MODULE: ./lib/src/app/registry.js
var app_registry = __webpack_require__(4507);
;// CONCATENATED MODULE: ./lib/src/app/build-run.js
/**
 * Shared by the build action and the CLI: choose the builder, log it in when credentials are
 * given, build, and shape the outputs.
 */











function buildOutputs(run) {
    const out = { digests: {}, refs: {}, built: [], reused: [], failed: [], skipped: [] };
    for (const [image, outcome] of run.outcomes) {
        if (outcome.status === 'built') {
            if (outcome.result.digest)
                out.digests[image] = outcome.result.digest;
            out.refs[image] = outcome.result.ref;
            (outcome.result.status === 'reused' ? out.reused : out.built).push(image);
        }
        else if (outcome.status === 'failed') {
            out.failed.push(image);
        }
        else {
            out.skipped.push(image);
        }
    }
    return out;
}
/**
 * A failed image in the user's terms. The builder ran a generated Dockerfile (FROMs pinned, the
 * same lines otherwise) that is gone by the time anyone reads the error, so the location is
 * moved to the image's own Dockerfile; for a template, the rendered line is named instead.
 */
function describeFailure(root, run, image, error) {
    if (!(error instanceof types/* BuildFailedError */.Wu))
        return { message: error instanceof Error ? error.message : String(error), logTail: [] };
    const project = run.project.images.get(image);
    if (!project)
        return { message: error.message, logTail: error.logTail };
    const file = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(root, project.image.dockerfile));
    const line = error.dockerfileLine;
    if (line === undefined)
        return { message: error.message, file, logTail: error.logTail };
    const where = project.image.templated ? `${file} (rendered line ${line})` : `${file}:${line}`;
    return {
        message: error.message.replace(` at ${error.dockerfile}:${line}`, ` at ${where}`),
        file,
        ...(project.image.templated ? {} : { line }),
        logTail: error.logTail,
    };
}
/** The run's temporary tag: explicit, or the event's (as detect computes it). */
async function temporaryTagFor(root, configFile, ctx, explicit) {
    if (explicit)
        return explicit;
    const loaded = await loadConfigFile(root, configFile);
    const interpretation = interpretEvent(ctx, { all: false, images: [] });
    const tag = applyTemporaryTagRule(loaded.config.tags.temporary, interpretation.temporaryTag, ctx, loaded.locate(['tags', 'temporary']));
    if (!tag)
        throw new Error(`the ${ctx.eventName} event builds nothing (${interpretation.description}); give the tag input to build anyway`);
    return tag;
}
/**
 * Builds, with the duration history restored before scheduling and, with the new measurements
 * merged in, saved after.
 */
async function runBuild(job) {
    const cacheLog = {
        info: (m) => job.log.info(m),
        warn: (m) => job.log.warn(m),
        notice: (m) => (job.log.notice ? job.log.notice(m) : job.log.info(m)),
    };
    const restored = job.durations ? await (0,build_cache/* restoreDurations */.G7)(job.durations, cacheLog) : undefined;
    if (restored?.key)
        job.log.info(`build durations restored from ${restored.key}`);
    const built = await buildWith(job, restored?.history);
    const measured = (0,build_cache/* measuredDurations */.Yy)(built.outcomes);
    if (job.durations && Object.keys(measured).length > 0) {
        await (0,build_cache/* saveDurations */.nz)(job.durations, (0,durations/* recordDurations */.Xf)(restored?.history ?? {}, measured), cacheLog);
    }
    return built;
}
async function buildWith(job, durations) {
    const registry = job.registry ?? (await (0,project/* loadConfigFile */.HT)(job.root, job.configFile)).config.registry;
    // Chosen (probed, logged in) only when an image needs building, not when all are reused.
    const builder = async () => {
        const chosen = await selectBuilder(job.builder, job.log.info);
        if (job.push && job.username && job.password && registry) {
            await loginBuilder(chosen.name, (0,app_registry/* registryHost */.U)(registry), job.username, job.password, job.insecureRegistries);
        }
        return chosen;
    };
    return (0,build/* buildImages */.r)({
        root: job.root,
        configFile: job.configFile,
        images: job.images,
        tag: job.tag,
        builder,
        client: job.client,
        ...(registry ? { registry } : {}),
        parallel: job.parallel,
        reuse: job.reuse,
        push: job.push,
        ...(job.platforms ? { platforms: job.platforms } : {}),
        ...(job.extraBuildArgs ? { extraBuildArgs: job.extraBuildArgs } : {}),
        insecureRegistries: job.insecureRegistries,
        revision: job.revision,
        ...(job.sourceUrl ? { sourceUrl: job.sourceUrl } : {}),
        lsRemote: job.lsRemote,
        ...(durations ? { durations } : {}),
        ...(job.cache ? { cache: job.cache } : {}),
        now: new Date(),
        log: job.log,
    });
}
/**
 * The web address of a repository from its remote URL, for the source label: only an http(s)
 * URL, without credentials (a token in a remote URL must never reach a label) and `.git`.
 */
function sourceUrlFromRemote(remote) {
    let url;
    try {
        url = new URL(remote.trim());
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    if (url.hostname === '')
        return undefined;
    const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
    if (path === '' || path === '/')
        return undefined;
    return `${url.protocol}//${url.host}${path}`;
}
/** The source label's URL for a checkout: its `origin` remote when that is an http(s) URL. */
async function repositorySourceUrl(root) {
    const result = await (0,run/* run */.eF)('git', ['-C', root, 'remote', 'get-url', 'origin']).catch(() => undefined);
    return result?.exitCode === 0 ? sourceUrlFromRemote(result.stdout) : undefined;
}
/** `KEY=value` lines (the build-args input); a line without `=` is an error naming it. */
function parseBuildArgs(text) {
    const args = {};
    for (const [index, raw] of text.split('\n').entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new Error(`build-args line ${index + 1} "${line}" is not KEY=value`);
        args[line.slice(0, eq)] = line.slice(eq + 1);
    }
    return args;
}

// EXTERNAL MODULE: ./lib/src/cli/verb.js
var verb = __webpack_require__(3014);
;// CONCATENATED MODULE: ./lib/src/cli/verbs/build.js
/** `image-actions build`: build and push in dependency order. */









const buildVerb = {
    summary: 'build and push images in dependency order, parents pinned by digest',
    usage: `image-actions build [IMAGE…] [--all] --tag T [--builder B] [--parallel N] [--no-reuse]
                   [--cache-dir DIR | --no-cache] [--cache-from SPEC] [--cache-to SPEC]

Builds the named images (or all) in dependency order, pushes each under --tag and its
build-key tag bk-<16 hex>, and reuses an image whose build key already exists.
  --tag T             the temporary tag to push under (required)
  --all               every image
  --builder B         auto, buildx, docker or buildah (default auto: the first that works)
  --parallel N        images built at once (default 2)
  --no-reuse          rebuild even when the build key exists
  --registry R        registry prefix (default registry of images.yaml)
  --insecure HOST     a registry reached over plain HTTP (repeatable; loopback always is)
  --build-arg K=V     an extra build argument (repeatable)
  --cache-dir DIR     keep docker's and buildah's layers and the build durations in DIR
                      between runs (what the GitHub cache does for the action)
  --no-cache          no layer cache, no buildx cache
  --cache-from SPEC   a buildx --cache-from spec, {image} and {repository} filled in
                      (repeatable; default type=registry,ref={repository}:buildcache)
  --cache-to SPEC     a buildx --cache-to spec (repeatable; default the same ref, mode=max)
  --json              print the build outputs as JSON
The source label is the origin remote's URL when it is an https URL.
Credentials come from the Docker config (docker login) or containers auth.json.
${verb/* COMMON_HELP */.CX}`,
    options: {
        ...verb/* COMMON */.Sq,
        tag: { type: 'string' },
        all: { type: 'boolean', default: false },
        builder: { type: 'string', default: 'auto' },
        parallel: { type: 'string', default: '2' },
        'no-reuse': { type: 'boolean', default: false },
        registry: { type: 'string' },
        insecure: { type: 'string', multiple: true },
        'build-arg': { type: 'string', multiple: true },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'cache-from': { type: 'string', multiple: true },
        'cache-to': { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
    },
    async run(values, positionals) {
        const tag = (0,verb/* str */.gx)(values['tag']);
        if (!tag)
            throw new Error('build needs --tag T (the temporary tag to push under)');
        const root = (0,external_node_path_.resolve)((0,verb/* str */.gx)(values['root']) ?? '.');
        const configFile = (0,verb/* str */.gx)(values['config']) ?? 'images.yaml';
        const builder = (0,verb/* str */.gx)(values['builder']) ?? 'auto';
        if (!['auto', 'buildx', 'docker', 'buildah'].includes(builder))
            throw new Error(`--builder must be auto, buildx, docker or buildah, not "${builder}"`);
        const parallel = Number((0,verb/* str */.gx)(values['parallel']) ?? '2');
        if (!Number.isInteger(parallel) || parallel < 1)
            throw new Error('--parallel takes a whole number ≥ 1');
        let images = positionals;
        if (values['all'] === true || images.length === 0) {
            if (images.length === 0 && values['all'] !== true)
                throw new Error('name the images to build, or give --all');
            images = await (0,project/* discoverImageNames */.$v)(root, await (0,project/* loadConfigFile */.HT)(root, configFile));
        }
        const insecure = (0,verb/* strings */.P$)(values['insecure']);
        const cacheDir = (0,verb/* str */.gx)(values['cache-dir']);
        if (cacheDir !== undefined && values['no-cache'] === true)
            throw new Error('--cache-dir and --no-cache contradict each other: give one');
        const store = cacheDir === undefined ? undefined : new DirectoryCacheStore((0,external_node_path_.join)((0,external_node_path_.resolve)(cacheDir), 'entries'));
        const work = cacheDir === undefined ? undefined : (0,external_node_path_.join)((0,external_node_path_.resolve)(cacheDir), 'work');
        const cacheFrom = (0,verb/* strings */.P$)(values['cache-from']);
        const cacheTo = (0,verb/* strings */.P$)(values['cache-to']);
        const cache = values['no-cache'] === true
            ? undefined
            : {
                ...(store && work ? { layers: { store, workDir: (0,external_node_path_.join)(work, 'layers') } } : { unavailable: 'give --cache-dir DIR to keep them between runs' }),
                ...(cacheFrom.length > 0 ? { buildxFrom: cacheFrom } : {}),
                ...(cacheTo.length > 0 ? { buildxTo: cacheTo } : {}),
                github: false,
                push: true,
            };
        // A new entry per run; the newest is restored (the store keeps the last few).
        const durations = store && work ? { store, workDir: (0,external_node_path_.join)(work, 'durations'), saveKey: (0,build_cache/* durationsCacheKey */.h1)(String(Date.now()), String(process.pid)) } : undefined;
        const client = (0,app_registry/* createRegistryClient */.H)({ insecureRegistries: insecure });
        const git = new git_git/* Git */.TU(root);
        try {
            const sourceUrl = await repositorySourceUrl(root);
            const run = await runBuild({
                root,
                configFile,
                images,
                tag,
                builder: builder,
                parallel,
                reuse: values['no-reuse'] !== true,
                push: true,
                extraBuildArgs: parseBuildArgs((0,verb/* strings */.P$)(values['build-arg']).join('\n')),
                ...((0,verb/* str */.gx)(values['registry']) ? { registry: (0,verb/* str */.gx)(values['registry']) } : {}),
                insecureRegistries: insecure,
                revision: (await git.resolveCommit('HEAD')) ?? '',
                ...(sourceUrl ? { sourceUrl } : {}),
                client,
                lsRemote: (url, ref) => lsRemote(url, ref),
                ...(cache ? { cache } : {}),
                ...(durations ? { durations } : {}),
                log: {
                    info: (m) => process.stderr.write(`${m}\n`),
                    warn: (m) => process.stderr.write(`warning: ${m}\n`),
                    notice: (m) => process.stderr.write(`notice: ${m}\n`),
                    forImage: () => ({ line: () => undefined, close: () => undefined }),
                },
            });
            const outputs = buildOutputs(run);
            for (const [image, outcome] of run.outcomes) {
                if (outcome.status !== 'failed')
                    continue;
                // The CLI does not stream builder output: a failure shows the builder's last lines.
                const failure = describeFailure(root, run, image, outcome.error);
                const tail = failure.logTail.slice(-20).map((text) => `  ${text}\n`).join('');
                process.stderr.write(`error: ${image}: ${failure.message}\n${tail === '' ? '' : `${image}: the builder's last lines:\n${tail}`}`);
            }
            if (values['json'] === true) {
                process.stdout.write(`${JSON.stringify(outputs, null, 2)}\n`);
            }
            else {
                for (const [image, outcome] of run.outcomes) {
                    if (outcome.status === 'built') {
                        process.stdout.write(`${image.padEnd(24)} ${outcome.result.status.padEnd(8)} ${outcome.result.ref} (${outcome.result.seconds.toFixed(1)} s)\n`);
                    }
                    else if (outcome.status === 'failed') {
                        process.stdout.write(`${image.padEnd(24)} failed   ${describeFailure(root, run, image, outcome.error).message}\n`);
                    }
                    else {
                        process.stdout.write(`${image.padEnd(24)} skipped  ${outcome.reason}\n`);
                    }
                }
            }
            return outputs.failed.length > 0 ? 1 : 0;
        }
        finally {
            await client.close();
        }
    },
};


/***/ }),

/***/ 369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ applyTemporaryTagRule)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2108);
/* harmony import */ var _slug_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1881);


function applyTemporaryTagRule(rule, eventTag, ctx, where) {
    if (rule.kind === 'default' || eventTag === undefined)
        return eventTag;
    const values = {
        default: eventTag,
        sha: ctx.sha,
        sha7: (0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(ctx.sha),
        event: (0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .slugify */ .Yv)(ctx.eventName),
        run_id: (0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .slugify */ .Yv)(ctx.runId),
        date: ctx.now.toISOString().slice(0, 10).replace(/-/g, ''),
    };
    const unknown = [];
    const tag = rule.pattern.replace(/\{([a-z0-9_]+)\}/g, (_, name) => {
        const value = values[name];
        if (value === undefined)
            unknown.push(name);
        return value ?? '';
    });
    if (unknown.length > 0 || !(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidTag */ .r_)(tag)) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([
            {
                message: unknown.length > 0
                    ? `tags.temporary "${rule.pattern}" has unknown placeholders ${unknown.map((u) => `{${u}}`).join(', ')}`
                    : `tags.temporary "${rule.pattern}" gives "${tag}", which is not a valid tag`,
                location: where,
                hint: `Use ${Object.keys(values).map((k) => `{${k}}`).join(', ')} and the characters a-z 0-9 _ . -`,
            },
        ]);
    }
    return tag;
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
