export const id = 524;
export const ids = [524];
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

/***/ 7524:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promoteVerb: () => (/* binding */ promoteVerb)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/core/tested.js
var tested = __webpack_require__(6851);
// EXTERNAL MODULE: ./lib/src/adapters/git/git.js
var git_git = __webpack_require__(124);
// EXTERNAL MODULE: ./lib/src/app/registry.js
var registry = __webpack_require__(4507);
// EXTERNAL MODULE: ./lib/src/app/project.js + 26 modules
var project = __webpack_require__(4731);
// EXTERNAL MODULE: ./lib/src/core/slug.js
var slug = __webpack_require__(1881);
;// CONCATENATED MODULE: ./lib/src/core/promote/tags.js
/**
 * Which final tags a promotion writes, from the `tags.promote` patterns of images.yaml and the
 * ref being promoted.
 *
 * - `latest`: only on the default branch.
 * - `semver`: on a version tag `v1.2.3` (or `1.2.3`): `1.2.3`, `1.2`, `1`; a pre-release
 *   (`1.2.3-rc.1`) gets only its own tag. On anything else it adds nothing.
 * - any other pattern: `{sha7}`, `{sha}`, `{branch}` (slug), `{tag}` (slug of a pushed tag),
 *   `{date}` (yyyymmdd); a pattern whose placeholder has no value for this ref is skipped.
 */

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function semverTags(tag) {
    const m = SEMVER.exec(tag);
    if (!m)
        return undefined;
    const [, major, minor, patch, pre] = m;
    if (pre !== undefined)
        return [(0,slug/* slugify */.Yv)(`${major}.${minor}.${patch}-${pre}`)];
    return [`${major}.${minor}.${patch}`, `${major}.${minor}`, `${major}`];
}
class TagPatternError extends Error {
    constructor(pattern, problem) {
        super(`tags.promote pattern "${pattern}": ${problem}`);
        this.name = 'TagPatternError';
    }
}
function promoteTags(patterns, ref) {
    const branch = ref.ref.startsWith('refs/heads/') ? ref.ref.slice('refs/heads/'.length) : undefined;
    const pushedTag = ref.ref.startsWith('refs/tags/') ? ref.ref.slice('refs/tags/'.length) : undefined;
    const values = {
        sha: ref.sha || undefined,
        sha7: ref.sha ? (0,slug/* shortSha */.Fu)(ref.sha) : undefined,
        branch: branch === undefined ? undefined : (0,slug/* slugify */.Yv)(branch),
        tag: pushedTag === undefined ? undefined : (0,slug/* slugify */.Yv)(pushedTag),
        date: ref.now.toISOString().slice(0, 10).replace(/-/g, ''),
    };
    const out = new Map();
    const add = (tag, pattern) => {
        if (!(0,slug/* isValidTag */.r_)(tag))
            throw new TagPatternError(pattern, `gives "${tag}", which is not a valid tag`);
        if (!out.has(tag))
            out.set(tag, { tag, pattern });
    };
    for (const pattern of patterns) {
        if (pattern === 'latest') {
            if (branch !== undefined && branch === ref.defaultBranch)
                add('latest', pattern);
            continue;
        }
        if (pattern === 'semver') {
            for (const tag of (pushedTag && semverTags(pushedTag)) || [])
                add(tag, pattern);
            continue;
        }
        let missing = false;
        const tag = pattern.replace(/\{([a-z0-9_]+)\}/g, (_, name) => {
            if (!(name in values))
                throw new TagPatternError(pattern, `unknown placeholder {${name}}; known: ${Object.keys(values).map((k) => `{${k}}`).join(' ')}`);
            const value = values[name];
            if (value === undefined)
                missing = true;
            return value ?? '';
        });
        if (!missing)
            add(tag, pattern);
    }
    return [...out.values()];
}

// EXTERNAL MODULE: ./lib/src/core/event/interpret.js
var interpret = __webpack_require__(6142);
// EXTERNAL MODULE: ./lib/src/core/event/temporary-tag.js
var temporary_tag = __webpack_require__(369);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./lib/src/adapters/github/pulls.js
/**
 * The one GitHub API call promote needs: which pull request was merged as a pushed commit.
 * `GET /repos/{owner}/{repo}/commits/{sha}/pulls`, through @actions/github (which honours
 * GITHUB_API_URL, so GitHub Enterprise and test fixtures work alike).
 */

async function findPullRequestMergedAs(token, repository, sha) {
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        throw new Error(`GITHUB_REPOSITORY "${repository}" is not owner/name`);
    const octokit = (0,github/* getOctokit */.Q)(token, process.env['GITHUB_API_URL'] ? { baseUrl: process.env['GITHUB_API_URL'] } : {});
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha });
    // A commit can be associated with several pull requests; the merged one is that whose merge
    // commit is this commit (a squash or merge of that PR), not one that merely contains it.
    const merged = data.find((pr) => pr.merge_commit_sha === sha && pr.merged_at !== null);
    return merged ? { number: merged.number, headSha: merged.head.sha } : undefined;
}

;// CONCATENATED MODULE: ./lib/src/app/promote-source.js




function field(payload, ...path) {
    let node = payload;
    for (const key of path)
        node = typeof node === 'object' && node !== null ? node[key] : undefined;
    return node;
}
async function promoteSource(ctx, loaded, lookup) {
    if (lookup.explicit)
        return { tag: lookup.explicit, why: 'the from input' };
    if (ctx.eventName === 'push') {
        const ref = String(field(ctx.payload, 'ref') ?? ctx.ref);
        const after = String(field(ctx.payload, 'after') ?? ctx.sha);
        if (ref.startsWith('refs/tags/')) {
            return { tag: `sha-${(0,slug/* shortSha */.Fu)(after)}`, why: `tag ${ref.slice(10)} promotes the commit's sha-${(0,slug/* shortSha */.Fu)(after)} images` };
        }
        const defaultBranch = field(ctx.payload, 'repository', 'default_branch');
        if (ref === `refs/heads/${String(defaultBranch)}`) {
            if (!lookup.token || !lookup.repository) {
                throw new Error('a push to the default branch needs github-token and GITHUB_REPOSITORY to find the merged pull request; or give from:');
            }
            const pr = await findPullRequestMergedAs(lookup.token, lookup.repository, after);
            if (!pr) {
                throw new Error(`no pull request was merged as ${after}, so there is no tested pr- build to promote; nothing was promoted. ` +
                    'Give the from input (e.g. the branch build\'s tag) to promote a direct push.');
            }
            return { tag: `pr-${pr.number}-${(0,slug/* shortSha */.Fu)(pr.headSha)}`, why: `pull request #${pr.number} was merged as ${(0,slug/* shortSha */.Fu)(after)}` };
        }
    }
    const interpretation = (0,interpret/* interpretEvent */.S)(ctx, { all: false, images: [] });
    const tag = (0,temporary_tag/* applyTemporaryTagRule */.E)(loaded.config.tags.temporary, interpretation.temporaryTag, ctx, loaded.locate(['tags', 'temporary']));
    if (!tag)
        throw new Error(`the ${ctx.eventName} event has no temporary tag to promote from; give the from input`);
    return { tag, why: `the ${ctx.eventName} event's temporary tag` };
}

// EXTERNAL MODULE: ./lib/src/app/promote.js
var promote = __webpack_require__(3394);
// EXTERNAL MODULE: ./lib/src/core/reference.js
var core_reference = __webpack_require__(4269);
;// CONCATENATED MODULE: ./lib/src/app/promote-temporary.js
/**
 * `delete-temporary: true` on promote: once every image is promoted, the temporary tag it was
 * promoted from (`pr-12-abc1234`, `mq-…`) has done its job and is removed at once, as Zuul does,
 * instead of waiting for the next cleanup.
 *
 * Only the tag goes, with the deleter's untag, which never deletes the manifest: within one
 * repository the digest keeps its promoted tags (and its build key); promoted into another
 * repository, the build stays where it was, reachable by digest. A temporary tag that moved to
 * another build since it was promoted (a new push) is left alone, and so is one that is also a
 * promoted tag.
 */

async function deleteTemporaryTags(client, deleter, builds, options) {
    const outcomes = [];
    for (const build of builds) {
        if (build.source.target.kind !== 'tag')
            continue;
        const tag = build.source.target.tag;
        const repo = { registry: build.source.registry, repository: build.source.repository };
        const reference = `${(0,core_reference/* repositoryName */.aR)(build.source)}:${tag}`;
        const record = (state, reason) => {
            outcomes.push({ image: build.image, reference, state, ...(reason !== undefined ? { reason } : {}) });
            options.log(`${build.image}: temporary tag ${reference}: ${state}${reason !== undefined ? ` (${reason})` : ''}`);
        };
        if ((0,core_reference/* repositoryName */.aR)(build.source) === (0,core_reference/* repositoryName */.aR)(build.target) && build.promotedTags.includes(tag)) {
            record('left', 'it is also one of the promoted tags');
            continue;
        }
        try {
            const head = await client.headManifest((0,core_reference/* withTag */.Rd)(build.source, tag));
            if (!head) {
                record('already-gone');
            }
            else if (head.digest !== build.digest) {
                record('left', `it now points at ${head.digest}, another build than the promoted ${build.digest}`);
            }
            else if (options.dryRun) {
                record('would-delete');
            }
            else {
                const outcome = await deleter.untag(repo, tag, build.digest);
                if (outcome.status === 'unsupported')
                    record('unsupported', outcome.reason);
                else
                    record(outcome.status === 'done' ? 'deleted' : 'already-gone');
            }
        }
        catch (error) {
            record('failed', error instanceof Error ? error.message : String(error));
        }
    }
    return outcomes;
}

;// CONCATENATED MODULE: ./lib/src/app/promote-run.js





function pushedCommit(ctx) {
    const after = typeof ctx.payload === 'object' && ctx.payload !== null ? ctx.payload['after'] : undefined;
    return typeof after === 'string' && /^[0-9a-f]{40}$/.test(after) ? after : ctx.sha;
}
function pushedRef(ctx) {
    const ref = typeof ctx.payload === 'object' && ctx.payload !== null ? ctx.payload['ref'] : undefined;
    return typeof ref === 'string' ? ref : ctx.ref;
}
function defaultBranchOf(ctx) {
    const repo = typeof ctx.payload === 'object' && ctx.payload !== null ? ctx.payload['repository'] : undefined;
    return typeof repo?.default_branch === 'string' ? repo.default_branch : undefined;
}
async function runPromote(request) {
    const loaded = await (0,project/* loadConfigFile */.HT)(request.root, request.configFile);
    const config = loaded.config;
    const registry = request.registry ?? config.registry;
    if (!registry)
        throw new Error('no registry: set registry in images.yaml or the registry input');
    const source = await promoteSource(request.context, loaded, {
        ...(request.from ? { explicit: request.from } : {}),
        ...(request.githubToken ? { token: request.githubToken } : {}),
        ...(request.repository ? { repository: request.repository } : {}),
    });
    request.log(`promoting from ${source.tag} (${source.why})`);
    const tags = promoteTags(request.tags ?? config.tags.promote, {
        sha: pushedCommit(request.context),
        ref: pushedRef(request.context),
        defaultBranch: defaultBranchOf(request.context),
        now: request.context.now,
    }).map((t) => t.tag);
    if (tags.length === 0) {
        request.log('no promote tag applies to this ref (e.g. latest only on the default branch); nothing to do');
        return { source, tags, outcomes: [] };
    }
    const known = await (0,project/* discoverImageNames */.$v)(request.root, loaded);
    const names = request.images.length > 0 ? request.images : request.require ? [...request.require.keys()] : known;
    const unknown = names.filter((n) => !known.includes(n));
    if (unknown.length > 0)
        throw new Error(`no image named ${unknown.join(', ')} in this repository; known: ${known.join(', ')}`);
    const plan = names.map((name) => ({
        image: name,
        source: (0,promote/* imageRef */.D6)(registry, config.prefix, name, source.tag),
        target: (0,promote/* imageRef */.D6)(request.toRegistry ?? registry, config.prefix, name, source.tag),
        tags,
    }));
    const outcomes = await (0,promote/* promote */.pt)(request.client, plan, {
        dryRun: request.dryRun,
        ...(request.require ? { require: request.require } : {}),
        skipMissing: request.images.length === 0 && !request.require,
        log: request.log,
    });
    if (!request.deleteTemporary)
        return { source, tags, outcomes };
    // Reached only when every image was promoted: `promote` throws on any failure.
    const temporary = await deleteTemporaryTags(request.client, request.deleteTemporary, outcomes.flatMap((o) => {
        const item = plan.find((p) => p.image === o.image);
        return item ? [{ image: o.image, source: item.source, target: item.target, digest: o.digest, promotedTags: o.tags.map((t) => t.tag) }] : [];
    }), { dryRun: request.dryRun, log: request.log });
    return { source, tags, outcomes, temporary };
}

// EXTERNAL MODULE: ./lib/src/cli/deleter.js + 6 modules
var cli_deleter = __webpack_require__(4979);
// EXTERNAL MODULE: ./lib/src/cli/verb.js
var verb = __webpack_require__(3014);
;// CONCATENATED MODULE: ./lib/src/cli/verbs/promote.js
/** `image-actions promote`: retag tested builds. */










const promoteVerb = {
    summary: 'retag tested builds to their final tags, moving manifests only',
    usage: `image-actions promote --from TAG [IMAGE…] [--tag T]… [--registry R] [--to-registry R] [--dry-run]

Gives each image's build under --from its final tags (default tags.promote of images.yaml,
for the current branch: latest only on the default branch, sha-<sha7>…).
  --from TAG          the temporary tag to promote (required on the command line)
  --tag T             a final tag or pattern (repeatable; default tags.promote)
  --ref REF           the ref being promoted (default: the checkout's branch)
  --default-branch B  the default branch, for latest (default main)
  --registry R        registry prefix of the builds (default registry of images.yaml)
  --to-registry R     registry prefix to promote into (default the same)
  --require FILE      the smoke output tested (JSON image → digest); refuse on mismatch
  --insecure HOST     a registry reached over plain HTTP (repeatable; loopback always is)
  --dry-run           print what would move; move nothing
  --delete-temporary  once all is promoted, remove the --from tag (the tag only; the
                      build keeps its promoted tags); on ghcr.io through the GitHub
                      Packages API with the token in GITHUB_TOKEN
  --json              print the promoted output as JSON
Credentials come from the Docker config (docker login) or containers auth.json.
${verb/* COMMON_HELP */.CX}`,
    options: {
        ...verb/* COMMON */.Sq,
        from: { type: 'string' },
        tag: { type: 'string', multiple: true },
        ref: { type: 'string' },
        'default-branch': { type: 'string', default: 'main' },
        registry: { type: 'string' },
        'to-registry': { type: 'string' },
        require: { type: 'string' },
        insecure: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean', default: false },
        'delete-temporary': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
    },
    async run(values, positionals) {
        const from = (0,verb/* str */.gx)(values['from']);
        if (!from)
            throw new Error('promote needs --from TAG (the temporary tag of the tested build)');
        const root = (0,external_node_path_.resolve)((0,verb/* str */.gx)(values['root']) ?? '.');
        const git = new git_git/* Git */.TU(root);
        const sha = (await git.resolveCommit('HEAD')) ?? '';
        const ref = (0,verb/* str */.gx)(values['ref']) ?? (await git.currentBranchRef()) ?? '';
        const requireFile = (0,verb/* str */.gx)(values['require']);
        const require = requireFile ? (0,tested/* parseTestedMap */.v)(await (0,promises_.readFile)(requireFile, 'utf8'), requireFile) : undefined;
        const tags = values['tag'];
        const dryRun = values['dry-run'] === true;
        const client = (0,registry/* createRegistryClient */.H)({ insecureRegistries: (0,verb/* strings */.P$)(values['insecure']) });
        try {
            let deleter;
            if (values['delete-temporary'] === true) {
                const registry = (0,verb/* str */.gx)(values['registry']) ?? (await (0,project/* loadConfigFile */.HT)(root, (0,verb/* str */.gx)(values['config']) ?? 'images.yaml')).config.registry;
                deleter = (0,cli_deleter/* deleterFromEnvironment */.h)(registry, client);
            }
            const result = await runPromote({
                root,
                configFile: (0,verb/* str */.gx)(values['config']) ?? 'images.yaml',
                context: {
                    eventName: 'local',
                    payload: { ref, after: sha, repository: { default_branch: (0,verb/* str */.gx)(values['default-branch']) ?? 'main' } },
                    sha,
                    ref,
                    runId: 'local',
                    now: new Date(),
                },
                images: positionals,
                from,
                ...(Array.isArray(tags) && tags.length > 0 ? { tags } : {}),
                ...(require ? { require } : {}),
                ...((0,verb/* str */.gx)(values['registry']) ? { registry: (0,verb/* str */.gx)(values['registry']) } : {}),
                ...((0,verb/* str */.gx)(values['to-registry']) ? { toRegistry: (0,verb/* str */.gx)(values['to-registry']) } : {}),
                dryRun,
                client,
                ...(deleter ? { deleteTemporary: deleter } : {}),
                log: (m) => process.stderr.write(`${m}\n`),
            });
            if (values['json'] === true) {
                process.stdout.write(`${JSON.stringify((0,promote/* promotedOutput */.G2)(result.outcomes), null, 2)}\n`);
            }
            else {
                for (const o of result.outcomes) {
                    process.stdout.write(`${o.image} ${o.digest}\n`);
                    for (const t of o.tags)
                        process.stdout.write(`  ${t.tag.padEnd(24)} ${t.state}\n`);
                }
                for (const t of result.temporary ?? [])
                    process.stdout.write(`temporary ${t.reference} ${t.state}${t.reason !== undefined ? `: ${t.reason}` : ''}\n`);
                if (dryRun)
                    process.stdout.write('dry run: nothing was moved\n');
            }
            // As in the action: the promotion succeeded; a temporary tag left behind is cleanup's job.
            for (const t of result.temporary ?? []) {
                if (t.state === 'failed' || t.state === 'unsupported')
                    process.stderr.write(`warning: temporary tag ${t.reference} was not deleted: ${t.reason ?? t.state}\n`);
            }
            return 0;
        }
        finally {
            await client.close();
        }
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

/***/ 6851:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ TestedMapError),
/* harmony export */   v: () => (/* binding */ parseTestedMap)
/* harmony export */ });
/**
 * The `tested` map smoke hands to promote (image → digest), as JSON text. Parsed in one place
 * for the action input and the CLI file alike.
 */
const DIGEST = /^sha256:[0-9a-f]{64}$/;
class TestedMapError extends Error {
    constructor(where, problem) {
        super(`${where}: ${problem}`);
        this.name = 'TestedMapError';
    }
}
function parseTestedMap(text, where) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new TestedMapError(where, "is not JSON; pass the smoke action's tested output (a JSON map image → digest)");
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new TestedMapError(where, 'must be a JSON object mapping image names to digests');
    }
    const map = new Map();
    for (const [image, digest] of Object.entries(parsed)) {
        if (typeof digest !== 'string' || !DIGEST.test(digest)) {
            throw new TestedMapError(where, `"${image}" maps to ${JSON.stringify(digest)}, not a sha256 digest`);
        }
        map.set(image, digest);
    }
    return map;
}


/***/ })

};
