export const id = 994;
export const ids = [994];
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

/***/ 4688:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X4: () => (/* binding */ runChecked),
/* harmony export */   eF: () => (/* binding */ run)
/* harmony export */ });
/* unused harmony export ProcessError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/**
 * Running a program with an argument array: never through a shell, so that branch names,
 * titles and payloads from events cannot become shell syntax.
 */

class ProcessError extends Error {
    command;
    args;
    result;
    constructor(command, args, result) {
        const tail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-5).join('\n');
        super(`${command} ${args.join(' ')} exited with ${result.exitCode}${tail ? `:\n${tail}` : ''}`);
        this.command = command;
        this.args = args;
        this.result = result;
        this.name = 'ProcessError';
    }
}
/** Runs `command args…` and resolves with its output whatever the exit code. */
function run(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
        });
        const stdout = [];
        const stderr = [];
        let timer;
        if (options.timeoutMs !== undefined) {
            timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
        }
        child.stdout.on('data', (b) => {
            stdout.push(b);
            options.onStdout?.(b.toString('utf8'));
        });
        child.stderr.on('data', (b) => {
            stderr.push(b);
            options.onStderr?.(b.toString('utf8'));
        });
        child.on('error', (err) => {
            if (timer)
                clearTimeout(timer);
            if (err.code === 'ENOENT') {
                reject(new Error(`${command} was not found on PATH: install it, or check the runner image`));
            }
            else {
                reject(err);
            }
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
            });
        });
        child.stdin.on('error', () => {
            // The program may exit without reading its input; that is its business, not an error here.
        });
        child.stdin.end(options.input ?? '');
    });
}
/** Runs and throws a `ProcessError` on a non-zero exit. */
async function runChecked(command, args, options = {}) {
    const result = await run(command, args, options);
    if (result.exitCode !== 0)
        throw new ProcessError(command, args, result);
    return result;
}


/***/ }),

/***/ 2994:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planVerb: () => (/* binding */ planVerb)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/src/core/plan/outputs.js
/** GitHub runs at most 256 jobs from one matrix. */
const MATRIX_JOB_LIMIT = 256;
/** The Mermaid drawing of the affected images, with their unaffected parents greyed. */
function affectedMermaid(graph, affected) {
    const include = new Set(affected);
    const greyed = new Set();
    for (const image of affected) {
        for (const parent of graph.parents(image)) {
            if (!include.has(parent))
                greyed.add(parent);
        }
    }
    return graph.toMermaid({ include, greyed });
}
function detectOutputs(plan, graph, temporaryTag) {
    const waveOf = new Map();
    plan.waves.forEach((wave, index) => wave.forEach((image) => waveOf.set(image, index + 1)));
    const include = plan.images.map((image) => ({
        image,
        wave: waveOf.get(image) ?? 0,
        reason: (plan.reasons.get(image) ?? []).join(','),
    }));
    return {
        images: JSON.stringify(plan.images),
        matrix: JSON.stringify({ include }),
        waves: JSON.stringify(plan.waves),
        'wave-count': String(plan.waves.length),
        reasons: JSON.stringify(Object.fromEntries(plan.images.map((i) => [i, plan.reasons.get(i) ?? []]))),
        'temporary-tag': temporaryTag ?? '',
        'has-changes': String(plan.images.length > 0),
        graph: affectedMermaid(graph, plan.images),
    };
}
/** Waves wider than one matrix can run; the `waves` output keeps them whole for single-job builds. */
function oversizedWaves(waves) {
    return waves.flatMap((wave, index) => (wave.length > MATRIX_JOB_LIMIT ? [{ wave: index + 1, size: wave.length }] : []));
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./lib/src/core/diagnostics.js
var diagnostics = __webpack_require__(2108);
// EXTERNAL MODULE: ./lib/src/core/config/load.js + 9 modules
var load = __webpack_require__(3546);
// EXTERNAL MODULE: ./lib/src/core/config/defaults.js
var defaults = __webpack_require__(4717);
;// CONCATENATED MODULE: ./lib/src/core/config/diff.js
/**
 * What a change to images.yaml means for the images: which images' own settings changed
 * (reason `config`), and whether a global key changed that affects every build.
 *
 * Global, build-affecting keys: `registry` and `prefix` (every image's repository moves, so every
 * image must exist under the new name), `images-dir` (where images are found), `template`
 * (variables and extensions every template may read), and `defaults` (builder, platforms).
 *
 * `tags`, `deploy` and `retention` are not build inputs: they decide how builds are named when
 * promoted, how they are tested together, and when old tags are rotated. None of them makes any
 * image's content differ, so changing one rebuilds nothing; a full rebuild for a retention tweak
 * would cost every image's build for no change in any image.
 *
 * Comparisons are on the defaulted configuration: writing out a default (`foo: {}` or
 * `platforms: [linux/amd64]` when that is the default) changes nothing. Lists compare in order,
 * erring on the side of a rebuild.
 */

/** JSON with keys sorted at every level, so that equal data gives equal text whatever the key order. */
function canonical(value) {
    return JSON.stringify(value, (_key, v) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            return v;
        const sorted = Object.create(null);
        for (const key of Object.keys(v).sort())
            sorted[key] = v[key];
        return sorted;
    });
}
function sameData(a, b) {
    return canonical(a) === canonical(b);
}
function diffConfigs(before, after) {
    const globalChanged = before.registry !== after.registry ||
        before.prefix !== after.prefix ||
        before.imagesDir !== after.imagesDir ||
        !sameData(before.template, after.template) ||
        !sameData(before.defaults, after.defaults);
    const changedImages = new Set();
    for (const name of new Set([...Object.keys(before.images), ...Object.keys(after.images)])) {
        if (!sameData((0,defaults/* settingsFor */.zc)(before, name), (0,defaults/* settingsFor */.zc)(after, name)))
            changedImages.add(name);
    }
    return { globalChanged, changedImages };
}

// EXTERNAL MODULE: ./lib/src/core/event/interpret.js
var interpret = __webpack_require__(6142);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
;// CONCATENATED MODULE: ./lib/src/core/plan/reasons.js
/** Why an image is rebuilt. An image may have several reasons; all are reported. */
const REASONS = ['path', 'config', 'source', 'base', 'new', 'forced', 'dependency'];
function sortReasons(reasons) {
    const set = new Set(reasons);
    return REASONS.filter((r) => set.has(r));
}

;// CONCATENATED MODULE: ./lib/src/core/plan/affected.js
/**
 * Which images a change affects, and why.
 *
 * Direct reasons come from evidence (changed paths, the config diff, forced names, and the
 * upstream checks of sources and bases). Every descendant of an affected image is affected
 * too, with reason `dependency`: a child built FROM a rebuilt parent must be rebuilt on it.
 */


function isUnder(path, dir) {
    return dir === '' || dir === '.' || path === dir || path.startsWith(`${dir}/`);
}
/** `path` and every folder above it, then the root in both spellings: the dirs that can hold it. */
function holders(path) {
    const out = [path];
    for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1))
        out.push(path.slice(0, at));
    out.push('.', '');
    return out;
}
/**
 * Which images a changed path touches, for many paths: the images are indexed once, so that a
 * range of thousands of changed paths over thousands of images is not paths × images (it was
 * the largest part of detect on a long range).
 */
class TouchIndex {
    /** The first image (by position) of each folder, with its position. */
    byDir = new Map();
    withContext;
    byTemplateInput = new Map();
    watchers;
    constructor(images) {
        images.forEach((image, position) => {
            if (!this.byDir.has(image.dir))
                this.byDir.set(image.dir, { name: image.name, position });
            for (const input of image.templateInputs) {
                const names = this.byTemplateInput.get(input);
                if (names)
                    names.push(image.name);
                else
                    this.byTemplateInput.set(input, [image.name]);
            }
        });
        this.withContext = images.flatMap((i) => (i.context !== undefined && i.context !== i.dir ? [{ name: i.name, context: i.context }] : []));
        this.watchers = images
            .filter((i) => i.watch.length > 0)
            .map((i) => ({ name: i.name, matches: picomatch(i.watch, { dot: true }) }));
    }
    /** The image whose folder is the innermost one holding `path` (the longest; the first on a tie). */
    innermostOwner(path) {
        let best;
        for (const dir of holders(path)) {
            const owner = this.byDir.get(dir);
            if (owner && (!best || dir.length > best.length || (dir.length === best.length && owner.position < best.position))) {
                best = { ...owner, length: dir.length };
            }
        }
        return best?.name;
    }
    /** Images that a changed path touches: its innermost folder, contexts, watch globs, template inputs. */
    touchedBy(path) {
        const touched = new Set();
        const owner = this.innermostOwner(path);
        if (owner)
            touched.add(owner);
        for (const { name, context } of this.withContext)
            if (isUnder(path, context))
                touched.add(name);
        for (const name of this.byTemplateInput.get(path) ?? [])
            touched.add(name);
        for (const { name, matches } of this.watchers)
            if (matches(path))
                touched.add(name);
        return [...touched].sort();
    }
}
/** Images that a changed path touches (one path; findAffected indexes the images once for many). */
function imagesTouchedBy(path, images) {
    return new TouchIndex(images).touchedBy(path);
}
function findAffected(graph, images, evidence) {
    const reasons = new Map();
    const add = (image, reason) => {
        let set = reasons.get(image);
        if (!set)
            reasons.set(image, (set = new Set()));
        set.add(reason);
    };
    const pathOwners = new Map();
    const changedPaths = evidence.changedPaths ?? [];
    if (changedPaths.length > 0) {
        const index = new TouchIndex(images);
        for (const path of changedPaths) {
            const touched = index.touchedBy(path);
            if (touched.length > 0)
                pathOwners.set(path, touched);
            for (const image of touched)
                add(image, 'path');
        }
    }
    if (evidence.config) {
        const changed = evidence.config.globalChanged ? images.map((i) => i.name) : [...evidence.config.changedImages];
        for (const image of changed)
            if (graph.has(image))
                add(image, 'config');
    }
    if (evidence.forced === 'all') {
        for (const image of images)
            add(image.name, 'forced');
    }
    else if (evidence.forced) {
        for (const image of evidence.forced)
            add(image, 'forced');
    }
    for (const [image, upstreamReasons] of evidence.upstream ?? []) {
        for (const reason of upstreamReasons)
            add(image, reason);
    }
    for (const descendant of graph.descendants(reasons.keys())) {
        if (!reasons.has(descendant))
            add(descendant, 'dependency');
    }
    // A directly affected image whose parent is also affected still carries `dependency`:
    // the summary should say that it would be rebuilt for its parent alone.
    for (const image of reasons.keys()) {
        if (graph.parents(image).some((p) => reasons.has(p)))
            add(image, 'dependency');
    }
    const affected = new Set(reasons.keys());
    const ordered = graph.topologicalOrder(affected);
    return {
        images: ordered,
        reasons: new Map(ordered.map((image) => [image, sortReasons(reasons.get(image) ?? [])])),
        pathOwners,
    };
}

;// CONCATENATED MODULE: ./lib/src/core/plan/sources.js
/**
 * Matching an upstream repository named by an event (`owner/name`, an https or ssh URL) with
 * the `sources` of images.yaml, whatever spelling each side uses.
 */
/** `https://github.com/Owner/Repo.git`, `git@github.com:owner/repo`, `owner/repo` → `github.com/owner/repo`. */
function canonicalRepository(spec) {
    let s = spec.trim().toLowerCase();
    s = s.replace(/^[a-z+]+:\/\//, ''); // scheme
    s = s.replace(/^[^@/]+@/, ''); // user@
    s = s.replace(/^([^/:]+):(?!\d)/, '$1/'); // scp-like host:path
    s = s.replace(/\.git$/, '').replace(/\/+$/, '');
    // A bare owner/name means GitHub, where repository_dispatch comes from.
    if (s.split('/').length === 2 && !s.split('/')[0]?.includes('.'))
        s = `github.com/${s}`;
    return s;
}
function sameRepository(a, b) {
    return canonicalRepository(a) === canonicalRepository(b);
}

// EXTERNAL MODULE: ./lib/src/adapters/git/git.js
var git_git = __webpack_require__(124);
;// CONCATENATED MODULE: ./lib/src/adapters/git/history.js
const DEEPEN_STEPS = [50, 200, 1000];
async function ensureCommit(git, remote, sha, log) {
    if (await git.resolveCommit(sha))
        return true;
    if (!remote)
        return false;
    const r = await git.fetch(['--depth=1', remote, sha]);
    log.push(`fetched ${sha.slice(0, 7)}${r.ok ? '' : ` (failed: ${r.message})`}`);
    return (await git.resolveCommit(sha)) !== undefined;
}
/**
 * The merge base of `base` and `head`, deepening a shallow clone until it is found.
 * `base` and `head` are commit SHAs or refs that exist on the remote.
 */
async function findMergeBase(git, base, head) {
    // The usual case, both commits and their merge base at hand: one git process. merge-base
    // fails when a commit is missing or the history is cut short; only then is it worth asking
    // which, and fetching.
    const direct = await git.mergeBase(base, head);
    if (direct)
        return { found: true, base: direct, fetched: [] };
    const fetched = [];
    const remote = await git.defaultRemote();
    for (const sha of [base, head]) {
        if (!(await ensureCommit(git, remote, sha, fetched))) {
            return { found: false, why: `commit ${sha} is not in the clone and could not be fetched` };
        }
    }
    let mergeBase = await git.mergeBase(base, head);
    if (mergeBase)
        return { found: true, base: mergeBase, fetched };
    if (!remote) {
        return { found: false, why: `no merge base of ${base.slice(0, 7)} and ${head.slice(0, 7)}, and no remote to fetch history from` };
    }
    for (const step of DEEPEN_STEPS) {
        if (!(await git.isShallow()))
            break;
        const r = await git.fetch([`--deepen=${step}`, remote, base, head]);
        fetched.push(`deepened by ${step}${r.ok ? '' : ` (failed: ${r.message})`}`);
        mergeBase = await git.mergeBase(base, head);
        if (mergeBase)
            return { found: true, base: mergeBase, fetched };
    }
    if (await git.isShallow()) {
        const r = await git.fetch(['--unshallow', remote, base, head]);
        fetched.push(`unshallowed${r.ok ? '' : ` (failed: ${r.message})`}`);
        mergeBase = await git.mergeBase(base, head);
        if (mergeBase)
            return { found: true, base: mergeBase, fetched };
    }
    return {
        found: false,
        why: `no merge base of ${base.slice(0, 7)} and ${head.slice(0, 7)} in the full history (${fetched.join('; ') || 'nothing fetched'})`,
    };
}

// EXTERNAL MODULE: ./lib/src/app/project.js + 26 modules
var app_project = __webpack_require__(4731);
// EXTERNAL MODULE: ./lib/src/core/event/temporary-tag.js
var temporary_tag = __webpack_require__(369);
;// CONCATENATED MODULE: ./lib/src/app/detect.js
/**
 * The detect use case: from an event (or explicit overrides) to the affected images, their
 * reasons, waves and the temporary tag.
 */











function unknownImagesError(names, known) {
    return new diagnostics/* UserInputError */.m2(names.map((name) => {
        const close = known.filter((k) => (0,mod/* distance */.Io)(k, name) <= 2);
        return {
            message: `no image named "${name}"`,
            hint: close.length > 0 ? `Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : `Known images: ${known.join(', ')}.`,
        };
    }));
}
async function detect(request) {
    const eventInterpretation = (0,interpret/* interpretEvent */.S)(request.context, request.overrides);
    request.info(eventInterpretation.description);
    // The temporary tag can be reshaped by tags.temporary, which needs the config first.
    const loaded = await (0,app_project/* loadConfigFile */.HT)(request.root, request.configFile);
    const interpretation = {
        ...eventInterpretation,
        temporaryTag: (0,temporary_tag/* applyTemporaryTagRule */.E)(loaded.config.tags.temporary, eventInterpretation.temporaryTag, request.context, loaded.locate(['tags', 'temporary'])),
    };
    const project = await (0,app_project/* loadProject */.gi)({
        root: request.root,
        configFile: request.configFile,
        loaded,
        ...(interpretation.temporaryTag ? { tag: interpretation.temporaryTag } : {}),
    });
    const allNames = [...project.images.keys()].sort();
    const git = new git_git/* Git */.TU(request.root);
    const query = interpretation.query;
    let evidence = {};
    let compared;
    let changedPaths = [];
    const compare = async (base, head) => {
        const found = await findMergeBase(git, base, head);
        for (const step of found.found ? found.fetched : [])
            request.info(`git: ${step}`);
        if (!found.found) {
            request.warn(`Cannot tell what changed, so every image is treated as changed: ${found.why}.`);
            evidence = { forced: 'all' };
            return;
        }
        compared = { base: found.base, head };
        changedPaths = await git.changedPaths(found.base, head);
        let config;
        if (changedPaths.includes(request.configFile)) {
            const before = await git.readFileAt(found.base, request.configFile);
            try {
                config = diffConfigs((0,load/* loadImagesConfig */.D)(before, request.configFile).config, project.config);
            }
            catch (error) {
                if (!(error instanceof diagnostics/* UserInputError */.m2))
                    throw error;
                // The old file was invalid: nothing in it can be trusted to compare, so all images are affected.
                config = { globalChanged: true, changedImages: new Set() };
            }
        }
        evidence = { changedPaths, ...(config ? { config } : {}) };
    };
    switch (query.kind) {
        case 'compare':
            await compare(query.base, query.head);
            break;
        case 'new-branch': {
            const remote = await git.defaultRemote();
            const tip = remote ? await (0,git_git/* fetchBranchTip */.kR)(git, remote, query.defaultBranch) : await git.resolveCommit(query.defaultBranch);
            if (!tip) {
                request.warn(`Cannot find the default branch "${query.defaultBranch}" to compare the new branch with, so every image is treated as changed.`);
                evidence = { forced: 'all' };
            }
            else {
                await compare(tip, query.head);
            }
            break;
        }
        case 'all':
            evidence = { forced: 'all' };
            break;
        case 'named': {
            const unknown = query.images.filter((name) => !project.images.has(name));
            if (unknown.length > 0)
                throw unknownImagesError(unknown, allNames);
            evidence = { forced: new Set(query.images) };
            break;
        }
        case 'upstream': {
            if (!request.upstream) {
                throw new Error('a scheduled run without `all: true` checks upstream sources and external bases against the last promoted ' +
                    'images, which needs a registry: set registry in images.yaml or the registry input, or set all: true');
            }
            evidence = { upstream: await request.upstream.check(project, allNames) };
            break;
        }
        case 'source-updated': {
            const upstream = new Map();
            for (const name of allNames) {
                const sources = project.config.images[name]?.sources ?? [];
                if (sources.some((s) => sameRepository(s.url, query.repository)))
                    upstream.set(name, ['source']);
            }
            if (upstream.size === 0)
                request.warn(`No image lists ${query.repository} among its sources; nothing to rebuild.`);
            evidence = { upstream };
            break;
        }
        case 'nothing':
            request.info(query.why);
            break;
    }
    const affected = findAffected(project.graph, (0,app_project/* imageInputs */.bE)(project), evidence);
    const subset = new Set(affected.images);
    const waves = project.graph.waves(subset);
    const criticalPath = project.graph.criticalPathLengths(() => 1, subset);
    return {
        interpretation,
        project,
        images: affected.images,
        reasons: affected.reasons,
        waves,
        criticalPath,
        ...(compared ? { compared } : {}),
        changedPaths,
    };
}

// EXTERNAL MODULE: ./lib/src/cli/verb.js
var verb = __webpack_require__(3014);
;// CONCATENATED MODULE: ./lib/src/cli/verbs/plan.js
/** `image-actions plan`: print the affected images, their waves and reasons. */





async function defaultBase(git) {
    const remote = await git.defaultRemote();
    const candidates = [...(remote ? [`refs/remotes/${remote}/HEAD`, `refs/remotes/${remote}/main`] : []), 'main', 'master'];
    for (const candidate of candidates) {
        const sha = await git.resolveCommit(candidate);
        if (sha)
            return sha;
    }
    return undefined;
}
const planVerb = {
    summary: 'print the affected images, their waves and reasons',
    usage: `image-actions plan [--base REF] [--head REF] [--all] [--json]

Compares merge-base(BASE, HEAD) .. HEAD (default: the default branch .. HEAD) and prints the
images that changed and every image built on them, in waves.
  --base REF        compare from this commit
  --head REF        compare up to this commit (default HEAD)
  --all             every image
  --json            print the detect action's outputs as one JSON object
${verb/* COMMON_HELP */.CX}`,
    options: { ...verb/* COMMON */.Sq, base: { type: 'string' }, head: { type: 'string' }, all: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    async run(values) {
        const root = (0,external_node_path_.resolve)((0,verb/* str */.gx)(values['root']) ?? '.');
        const git = new git_git/* Git */.TU(root);
        const all = values['all'] === true;
        const headRef = (0,verb/* str */.gx)(values['head']) ?? 'HEAD';
        const head = (await git.resolveCommit(headRef)) ?? headRef;
        let base = (0,verb/* str */.gx)(values['base']);
        if (!all && base === undefined) {
            base = await defaultBase(git);
            if (base === undefined)
                throw new Error('cannot find a default branch to compare with: give --base REF, or --all');
        }
        const warnings = [];
        const result = await detect({
            root,
            configFile: (0,verb/* str */.gx)(values['config']) ?? 'images.yaml',
            context: { eventName: 'local', payload: {}, sha: head, ref: '', runId: 'local', now: new Date() },
            overrides: { all, images: [], ...(all || base === undefined ? {} : { base, head }) },
            warn: (m) => warnings.push(m),
            info: () => undefined,
        });
        for (const w of warnings)
            process.stderr.write(`warning: ${w}\n`);
        const outputs = detectOutputs(result, result.project.graph, result.interpretation.temporaryTag);
        if (values['json'] === true) {
            const parsed = {
                images: JSON.parse(outputs.images),
                matrix: JSON.parse(outputs.matrix),
                waves: JSON.parse(outputs.waves),
                'wave-count': Number(outputs['wave-count']),
                reasons: JSON.parse(outputs.reasons),
                'temporary-tag': outputs['temporary-tag'],
                'has-changes': outputs['has-changes'] === 'true',
                graph: outputs.graph,
            };
            process.stdout.write(`${JSON.stringify(parsed, null, 2)}\n`);
            return 0;
        }
        const out = [];
        out.push(`${result.interpretation.description}`);
        out.push(`${result.images.length} of ${result.project.images.size} images affected, ${result.waves.length} waves, temporary tag ${outputs['temporary-tag']}`);
        result.waves.forEach((wave, i) => {
            out.push(`wave ${i + 1}:`);
            for (const image of wave) {
                out.push(`  ${image.padEnd(28)} ${(result.reasons.get(image) ?? []).join(', ')}  (critical path ${result.criticalPath.get(image) ?? 1})`);
            }
        });
        process.stdout.write(`${out.join('\n')}\n`);
        return 0;
    },
};


/***/ }),

/***/ 6142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseList),
/* harmony export */   S: () => (/* binding */ interpretEvent)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2108);
/* harmony import */ var _slug_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1881);
/**
 * From a GitHub event to the question detect must answer: which commits to compare (or which
 * images to take without comparing), and which temporary tag this run pushes under.
 *
 * | event                   | compared                                   | temporary tag            |
 * |-------------------------|--------------------------------------------|--------------------------|
 * | pull_request(_target)   | merge-base(base, head) .. head             | pr-<n>-<sha7>            |
 * | merge_group             | base_sha .. head_sha                       | mq-<sha7>                |
 * | push to a branch        | before .. after (new branch: default's merge base) | <branch-slug>-<sha7> |
 * | push of a tag           | nothing rebuilt                            | —                        |
 * | schedule                | upstream sources and bases; all with `all` | nightly-<yyyymmdd>-<sha7>|
 * | workflow_dispatch       | the named images, or all                   | manual-<run-id>          |
 * | repository_dispatch     | images whose sources match the payload     | source-<sha7>            |
 */


const ZERO_SHA = /^0+$/;
const HEX_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function field(payload, path) {
    let node = payload;
    for (const key of path) {
        if (typeof node !== 'object' || node === null)
            return undefined;
        node = node[key];
    }
    return node;
}
function requireString(payload, path, eventName) {
    const value = field(payload, path);
    if (typeof value !== 'string' || value === '') {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([
            {
                message: `the ${eventName} event payload has no ${path.join('.')}`,
                hint: 'Run detect from the event itself (GITHUB_EVENT_PATH), or give the base and head inputs.',
            },
        ]);
    }
    return value;
}
function requireSha(payload, path, eventName) {
    const value = requireString(payload, path, eventName);
    if (!HEX_SHA.test(value)) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: `${eventName} payload ${path.join('.')} is not a commit SHA: "${value.slice(0, 80)}"` }]);
    }
    return value;
}
function yyyymmdd(date) {
    return date.toISOString().slice(0, 10).replace(/-/g, '');
}
function branchOfRef(ref) {
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
function interpretEvent(ctx, overrides) {
    const interpretation = interpretPayload(ctx, overrides);
    // Explicit base/head inputs override what the event says to compare, not the tag.
    if (overrides.base !== undefined || overrides.head !== undefined) {
        const base = overrides.base ?? (interpretation.query.kind === 'compare' ? interpretation.query.base : undefined);
        const head = overrides.head ?? (interpretation.query.kind === 'compare' ? interpretation.query.head : ctx.sha);
        if (base === undefined) {
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: `a head override needs a base as well for the ${ctx.eventName} event`, hint: 'Set the base input.' }]);
        }
        return {
            ...interpretation,
            query: { kind: 'compare', base, head },
            description: `compare ${base} .. ${head} (inputs)`,
        };
    }
    return interpretation;
}
function interpretPayload(ctx, overrides) {
    const { eventName, payload } = ctx;
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const number = field(payload, ['pull_request', 'number']) ?? field(payload, ['number']);
            if (typeof number !== 'number') {
                throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: `the ${eventName} event payload has no pull_request.number` }]);
            }
            const head = requireSha(payload, ['pull_request', 'head', 'sha'], eventName);
            const base = requireSha(payload, ['pull_request', 'base', 'sha'], eventName);
            return {
                query: overrides.all ? { kind: 'all' } : { kind: 'compare', base, head },
                temporaryTag: `pr-${number}-${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)}`,
                description: `pull request #${number}: merge-base(${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(base)}, ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)}) .. ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)}`,
            };
        }
        case 'merge_group': {
            const head = requireSha(payload, ['merge_group', 'head_sha'], eventName);
            const base = requireSha(payload, ['merge_group', 'base_sha'], eventName);
            return {
                query: overrides.all ? { kind: 'all' } : { kind: 'compare', base, head },
                temporaryTag: `mq-${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)}`,
                description: `merge queue: ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(base)} .. ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(head)}`,
            };
        }
        case 'push': {
            const ref = requireString(payload, ['ref'], eventName);
            if (ref.startsWith('refs/tags/')) {
                const tag = ref.slice('refs/tags/'.length);
                return {
                    query: { kind: 'nothing', why: `a tag push (${tag}) rebuilds nothing; promote moves the commit's images` },
                    temporaryTag: undefined,
                    description: `tag ${tag}: nothing to rebuild`,
                };
            }
            const branch = branchOfRef(ref);
            if (branch === undefined) {
                throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: `push to "${ref}" is neither a branch nor a tag` }]);
            }
            const after = requireSha(payload, ['after'], eventName);
            const before = requireString(payload, ['before'], eventName);
            const tag = (0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .joinTag */ .kG)((0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .slugify */ .Yv)(branch), (0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(after));
            if (overrides.all)
                return { query: { kind: 'all' }, temporaryTag: tag, description: `push to ${branch}: all images` };
            if (ZERO_SHA.test(before)) {
                const defaultBranch = requireString(payload, ['repository', 'default_branch'], eventName);
                return {
                    query: { kind: 'new-branch', defaultBranch, head: after },
                    temporaryTag: tag,
                    description: `new branch ${branch}: merge-base(${defaultBranch}, ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(after)}) .. ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(after)}`,
                };
            }
            if (!HEX_SHA.test(before))
                throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: `push payload "before" is not a commit SHA` }]);
            return {
                query: { kind: 'compare', base: before, head: after },
                temporaryTag: tag,
                description: `push to ${branch}: ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(before)} .. ${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(after)}`,
            };
        }
        case 'schedule':
            return {
                query: overrides.all ? { kind: 'all' } : { kind: 'upstream' },
                temporaryTag: `nightly-${yyyymmdd(ctx.now)}-${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(ctx.sha)}`,
                description: overrides.all ? 'schedule: all images' : 'schedule: upstream sources and external bases',
            };
        case 'workflow_dispatch': {
            const named = overrides.images.length > 0 ? overrides.images : imagesFromDispatchInputs(payload);
            return {
                query: overrides.all || named.length === 0 ? { kind: 'all' } : { kind: 'named', images: named },
                temporaryTag: `manual-${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .slugify */ .Yv)(ctx.runId)}`,
                description: named.length > 0 && !overrides.all ? `manual: ${named.join(', ')}` : 'manual: all images',
            };
        }
        case 'repository_dispatch': {
            const action = field(payload, ['action']);
            if (action !== 'source-updated') {
                return {
                    query: { kind: 'nothing', why: `repository_dispatch "${String(action)}" is not "source-updated"` },
                    temporaryTag: undefined,
                    description: `repository_dispatch ${String(action)}: ignored`,
                };
            }
            const repository = requireString(payload, ['client_payload', 'repository'], eventName);
            const sha = field(payload, ['client_payload', 'sha']);
            const ref = field(payload, ['client_payload', 'ref']);
            const sourceSha = typeof sha === 'string' && HEX_SHA.test(sha) ? sha : ctx.sha;
            return {
                query: {
                    kind: 'source-updated',
                    repository,
                    ...(typeof ref === 'string' ? { ref } : {}),
                    ...(typeof sha === 'string' ? { sha } : {}),
                },
                temporaryTag: `source-${(0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(sourceSha)}`,
                description: `source ${repository} updated`,
            };
        }
        default: {
            // Any other event (workflow_run, release…): build what the commit range says, if we can tell.
            return {
                query: { kind: 'all' },
                temporaryTag: (0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .joinTag */ .kG)((0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .slugify */ .Yv)(eventName), (0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .shortSha */ .Fu)(ctx.sha)),
                description: `${eventName}: all images`,
            };
        }
    }
}
/** workflow_dispatch inputs may carry `images` as a comma, space or newline separated list. */
function imagesFromDispatchInputs(payload) {
    const value = field(payload, ['inputs', 'images']);
    return typeof value === 'string' ? parseList(value) : [];
}
/** Splits a user list: JSON array, or names separated by commas, spaces or newlines. */
function parseList(text) {
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) {
        const parsed = JSON.parse(trimmed);
        if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string'))
            return parsed;
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: 'the images list is a JSON value but not an array of strings' }]);
    }
    return trimmed.split(/[\s,]+/).filter(Boolean);
}


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
