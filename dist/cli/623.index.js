export const id = 623;
export const ids = [623];
export const modules = {

/***/ 999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ selectImages),
/* harmony export */   an: () => (/* binding */ imageRepository),
/* harmony export */   el: () => (/* binding */ registryPrefix)
/* harmony export */ });
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2108);
/* harmony import */ var _core_config_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7101);
/* harmony import */ var _project_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4731);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3394);
/**
 * Which images a cleanup (or keep) acts on, and the repository each lives in: images.yaml's
 * registry and prefix, or a registry given on the command line or as an input.
 */




/** The requested names, checked against the repository's images; none requested means all. */
async function selectImages(root, loaded, requested) {
    const known = await (0,_project_js__WEBPACK_IMPORTED_MODULE_2__/* .discoverImageNames */ .$v)(root, loaded);
    if (requested.length === 0)
        return known;
    const unknown = [...new Set(requested.filter((n) => !known.includes(n)))];
    if (unknown.length > 0) {
        throw new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2(unknown.map((name) => {
            const near = (0,_core_config_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(name, known);
            return {
                message: `no image named "${name}" in this repository`,
                hint: near !== undefined ? `Did you mean "${near}"?` : `Known images: ${known.join(', ') || '(none)'}.`,
            };
        }));
    }
    return [...new Set(requested)].sort();
}
/** The registry prefix to use: the one given, else images.yaml's; a user error when neither is set. */
function registryPrefix(loaded, given) {
    const registry = given ?? loaded.config.registry;
    if (!registry) {
        throw new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: 'no registry is set', hint: `Set registry in ${loaded.file}, or pass the registry input (--registry on the command line).` }]);
    }
    return registry;
}
/** `<registry>/<prefix><name>` as a repository. */
function imageRepository(registry, prefix, name) {
    const ref = (0,_promote_js__WEBPACK_IMPORTED_MODULE_3__/* .imageRef */ .D6)(registry, prefix, name, 'latest');
    return { registry: ref.registry, repository: ref.repository };
}


/***/ }),

/***/ 6623:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  keepVerb: () => (/* binding */ keepVerb),
  unkeepVerb: () => (/* binding */ unkeepVerb)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/core/diagnostics.js
var diagnostics = __webpack_require__(2108);
// EXTERNAL MODULE: ./lib/src/core/reference.js
var reference = __webpack_require__(4269);
// EXTERNAL MODULE: ./lib/src/core/retention/tag-names.js
var tag_names = __webpack_require__(5572);
// EXTERNAL MODULE: ./lib/src/adapters/registry/semaphore.js
var semaphore = __webpack_require__(7881);
// EXTERNAL MODULE: ./lib/src/app/project.js + 26 modules
var project = __webpack_require__(4731);
// EXTERNAL MODULE: ./lib/src/app/cleanup/images.js
var cleanup_images = __webpack_require__(999);
;// CONCATENATED MODULE: ./lib/src/app/cleanup/keep.js
/**
 * Marking exceptions in the registry itself: `keep` adds a `keep-<reason>` (or
 * `keep-until-<yyyymmdd>-<reason>`) tag to a build, `unkeep` takes such tags off it again.
 *
 * `keep` PUTs the manifest's own bytes under the new tag, so the digest is the same and no
 * layer moves. A keep tag's name is unique in a repository, so putting it on another build
 * would silently take the protection off the first one: that is refused. `unkeep` removes the
 * tags with the deleter's untag, which never deletes the manifest.
 */






const TARGET_HINT = 'Name a build as <image>@<tag> or <image>@sha256:<digest>, the image as images.yaml names it, e.g. app@pr-12-abc1234.';
async function resolveTarget(request) {
    const at = request.target.indexOf('@');
    const image = at < 0 ? '' : request.target.slice(0, at);
    const what = at < 0 ? '' : request.target.slice(at + 1);
    if (image === '' || what === '') {
        throw new diagnostics/* UserInputError */.m2([{ message: `"${request.target}" does not name a build`, hint: TARGET_HINT }]);
    }
    const loaded = await (0,project/* loadConfigFile */.HT)(request.root, request.configFile);
    await (0,cleanup_images/* selectImages */.$g)(request.root, loaded, [image]);
    const repo = (0,cleanup_images/* imageRepository */.an)((0,cleanup_images/* registryPrefix */.el)(loaded, request.registry), loaded.config.prefix, image);
    const base = `${repo.registry}/${repo.repository}`;
    let ref;
    try {
        // A tag cannot hold a colon; a digest always does.
        ref = (0,reference/* parseReference */.F2)(what.includes(':') ? `${base}@${what}` : `${base}:${what}`);
    }
    catch (error) {
        if (error instanceof reference/* ReferenceParseError */.t0)
            throw new diagnostics/* UserInputError */.m2([{ message: error.message, hint: TARGET_HINT }]);
        throw error;
    }
    return { image, repo, ref };
}
async function runKeep(request) {
    // Validated before the registry is asked anything.
    const tag = (0,tag_names/* keepTagName */.PS)(request.reason, request.until);
    const { image, repo, ref } = await resolveTarget(request);
    const manifest = await request.client.getManifest(ref);
    const repository = `${repo.registry}/${repo.repository}`;
    const existing = await request.client.headManifest((0,reference/* withTag */.Rd)(ref, tag));
    if (existing?.digest === manifest.digest) {
        request.log(`${repository}:${tag} already marks ${manifest.digest}`);
        return { image, repository, digest: manifest.digest, tag, state: 'unchanged' };
    }
    if (existing) {
        throw new diagnostics/* UserInputError */.m2([
            {
                message: `${repository}:${tag} already marks another build, ${existing.digest}; moving it would drop that exception`,
                hint: `Give a different --reason, or remove that exception first with: image-actions unkeep ${image}@${existing.digest}`,
            },
        ]);
    }
    const stored = await request.client.putManifest((0,reference/* withTag */.Rd)(ref, tag), manifest);
    request.log(`${repository}:${tag} → ${stored} (${(0,reference/* formatReference */.FH)(ref)})`);
    return { image, repository, digest: stored, tag, state: 'added' };
}
/** How many keep tags are looked up at once. */
const LOOKUPS_AT_ONCE = 8;
async function runUnkeep(request) {
    const wanted = request.reason === undefined ? undefined : (0,tag_names/* keepTagName */.PS)(request.reason).slice('keep-'.length);
    const { image, repo, ref } = await resolveTarget(request);
    const repository = `${repo.registry}/${repo.repository}`;
    const head = await request.client.headManifest(ref);
    if (!head) {
        throw new diagnostics/* UserInputError */.m2([{ message: `${(0,reference/* formatReference */.FH)(ref)} does not exist in the registry`, hint: TARGET_HINT }]);
    }
    const digest = head.digest;
    const candidates = (await request.client.listTags(repo)).filter((tag) => {
        const marker = (0,tag_names/* parseExceptionTag */.ng)(tag);
        return marker !== undefined && (wanted === undefined || marker.reason === wanted);
    });
    const pointing = await (0,semaphore/* mapWithLimit */.c)(candidates.sort(), LOOKUPS_AT_ONCE, async (tag) => (await request.client.headManifest((0,reference/* withTag */.Rd)(ref, tag)))?.digest === digest ? tag : undefined);
    const tags = pointing.filter((t) => t !== undefined);
    if (tags.length === 0) {
        request.log(`${repository}@${digest} has no keep tag${wanted !== undefined ? ` with reason "${wanted}"` : ''}: nothing to remove`);
        return { image, repository, digest, removed: [], unsupported: [] };
    }
    const removed = [];
    const unsupported = [];
    for (const tag of tags) {
        const outcome = await request.deleter.untag(repo, tag, digest);
        if (outcome.status === 'unsupported') {
            unsupported.push({ tag, reason: outcome.reason });
            request.log(`${repository}:${tag} could not be removed: ${outcome.reason}`);
        }
        else {
            removed.push(tag);
            request.log(`${repository}:${tag} removed from ${digest}`);
        }
    }
    return { image, repository, digest, removed, unsupported };
}

// EXTERNAL MODULE: ./lib/src/app/registry.js
var app_registry = __webpack_require__(4507);
// EXTERNAL MODULE: ./lib/src/cli/deleter.js + 6 modules
var cli_deleter = __webpack_require__(4979);
// EXTERNAL MODULE: ./lib/src/cli/verb.js
var verb = __webpack_require__(3014);
;// CONCATENATED MODULE: ./lib/src/cli/verbs/keep.js
/** `image-actions keep` and `unkeep`: mark a build as an exception to the rotation, or unmark it. */






function oneTarget(positionals, verb) {
    if (positionals.length !== 1)
        throw new Error(`${verb} needs exactly one build, as <image>@<tag> or <image>@sha256:<digest> (got ${positionals.length})`);
    return positionals[0];
}
const keepVerb = {
    summary: 'mark a build as kept: adds a keep-<reason> (or keep-until-<date>-<reason>) tag',
    usage: `image-actions keep <image>@<tag|digest> --reason R [--until YYYY-MM-DD]

Adds the tag keep-<reason> (with --until: keep-until-<yyyymmdd>-<reason>) to the build, by
putting its manifest unchanged under the new tag: the digest stays, no layer moves. Cleanup
never deletes a digest that carries an active keep tag. The registry itself shows the
exception; \`image-actions unkeep\` removes it.
  --reason R        why (becomes part of the tag: letters, digits, - . _)
  --until DATE      the last day to keep it, YYYY-MM-DD (UTC); after it the rules decide again
  --registry R      registry prefix (default registry of images.yaml)
  --insecure HOST   a registry reached over plain HTTP (repeatable; loopback always is)
Credentials come from the Docker config (docker login) or containers auth.json.
${verb/* COMMON_HELP */.CX}`,
    options: {
        ...verb/* COMMON */.Sq,
        reason: { type: 'string' },
        until: { type: 'string' },
        registry: { type: 'string' },
        insecure: { type: 'string', multiple: true },
    },
    async run(values, positionals) {
        const target = oneTarget(positionals, 'keep');
        const reason = (0,verb/* str */.gx)(values['reason']);
        if (reason === undefined)
            throw new Error('keep needs --reason R (why this build is kept; it becomes part of the tag)');
        const until = (0,verb/* str */.gx)(values['until']);
        const registry = (0,verb/* str */.gx)(values['registry']);
        const client = (0,app_registry/* createRegistryClient */.H)({ insecureRegistries: (0,verb/* strings */.P$)(values['insecure']) });
        try {
            const result = await runKeep({
                root: (0,external_node_path_.resolve)((0,verb/* str */.gx)(values['root']) ?? '.'),
                configFile: (0,verb/* str */.gx)(values['config']) ?? 'images.yaml',
                target,
                reason,
                ...(until !== undefined ? { until } : {}),
                ...(registry !== undefined ? { registry } : {}),
                client,
                log: (m) => process.stderr.write(`${m}\n`),
            });
            process.stdout.write(`${result.repository}:${result.tag} ${result.digest} ${result.state}\n`);
            return 0;
        }
        finally {
            await client.close();
        }
    },
};
const unkeepVerb = {
    summary: 'remove the keep- tags of a build, so the rotation decides it again',
    usage: `image-actions unkeep <image>@<tag|digest> [--reason R]

Removes the keep-<reason> and keep-until-<date>-<reason> tags pointing at the build's digest
(only those with --reason R when given). The build and its other tags stay; the next cleanup
decides it by the rules.
  --reason R        only the keep tags with this reason
  --registry R      registry prefix (default registry of images.yaml)
  --insecure HOST   a registry reached over plain HTTP (repeatable; loopback always is)
Credentials come from the Docker config (docker login) or containers auth.json.
${cli_deleter/* DELETER_ENVIRONMENT_HELP */.o}
${verb/* COMMON_HELP */.CX}`,
    options: {
        ...verb/* COMMON */.Sq,
        reason: { type: 'string' },
        registry: { type: 'string' },
        insecure: { type: 'string', multiple: true },
    },
    async run(values, positionals) {
        const target = oneTarget(positionals, 'unkeep');
        const root = (0,external_node_path_.resolve)((0,verb/* str */.gx)(values['root']) ?? '.');
        const configFile = (0,verb/* str */.gx)(values['config']) ?? 'images.yaml';
        const reason = (0,verb/* str */.gx)(values['reason']);
        const registry = (0,verb/* str */.gx)(values['registry']) ?? (await (0,project/* loadConfigFile */.HT)(root, configFile)).config.registry;
        const client = (0,app_registry/* createRegistryClient */.H)({ insecureRegistries: (0,verb/* strings */.P$)(values['insecure']) });
        try {
            const deleter = (0,cli_deleter/* deleterFromEnvironment */.h)(registry, client);
            const result = await runUnkeep({
                root,
                configFile,
                target,
                ...(reason !== undefined ? { reason } : {}),
                ...(registry ? { registry } : {}),
                client,
                deleter,
                log: (m) => process.stderr.write(`${m}\n`),
            });
            for (const tag of result.removed)
                process.stdout.write(`${result.repository}:${tag} removed\n`);
            for (const u of result.unsupported)
                process.stdout.write(`${result.repository}:${u.tag} not removed: ${u.reason}\n`);
            if (result.removed.length === 0 && result.unsupported.length === 0)
                process.stdout.write(`${result.repository}@${result.digest} has no keep tag\n`);
            return result.unsupported.length > 0 ? 1 : 0;
        }
        finally {
            await client.close();
        }
    },
};


/***/ }),

/***/ 5572:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M4: () => (/* binding */ buildKeyTag),
/* harmony export */   PS: () => (/* binding */ keepTagName),
/* harmony export */   eJ: () => (/* binding */ isBuildKeyTag),
/* harmony export */   kj: () => (/* binding */ exceptionActive),
/* harmony export */   ng: () => (/* binding */ parseExceptionTag),
/* harmony export */   s2: () => (/* binding */ parseFallbackTag)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2108);
/* harmony import */ var _slug_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1881);
/**
 * Tags whose names carry meaning for retention.
 *
 * - Exceptions, marked in the registry itself: `keep-<reason>` keeps a digest for good;
 *   `keep-until-<yyyymmdd>-<reason>` keeps it through that day (UTC), after which the tag is an
 *   ordinary tag that the rules decide.
 * - Referrer fallback tags: `sha256-<hex>` (the OCI referrers tag schema: an index listing the
 *   referrers of `sha256:<hex>`) and cosign's `sha256-<hex>.sig`, `.att`, `.sbom`.
 * - Build-key tags: `bk-<first 16 hex of the build key>`, which the build looks up to reuse an image.
 */


const KEEP_UNTIL = /^keep-until-(\d{4})(\d{2})(\d{2})(?:-(.+))?$/;
const LOOKS_LIKE_KEEP_UNTIL = /^keep-until-\d/;
const KEEP = /^keep-(.+)$/;
/** A calendar date as UTC midnight, or undefined when it does not exist (20250230). */
function utcDate(year, month, day) {
    const date = new Date(Date.UTC(year, month - 1, day));
    const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return exists ? date : undefined;
}
/** The exception a tag marks, or undefined for any other tag. */
function parseExceptionTag(tag) {
    const until = KEEP_UNTIL.exec(tag);
    if (until) {
        const [, y = '', m = '', d = '', reason] = until;
        const day = utcDate(Number(y), Number(m), Number(d));
        if (day) {
            const endsAt = new Date(day.getTime() + 24 * 60 * 60 * 1000);
            return { kind: 'keep-until', until: `${y}-${m}-${d}`, endsAt, ...(reason !== undefined ? { reason } : {}) };
        }
    }
    const keep = KEEP.exec(tag);
    if (!keep)
        return undefined;
    const reason = keep[1] ?? '';
    return LOOKS_LIKE_KEEP_UNTIL.test(tag) ? { kind: 'keep', reason, malformedUntil: true } : { kind: 'keep', reason };
}
/** Whether an exception protects its digest at `now`. */
function exceptionActive(marker, now) {
    return marker.kind === 'keep' || now.getTime() < marker.endsAt.getTime();
}
/**
 * The tag that marks an exception: `keep-<reason>`, or `keep-until-<yyyymmdd>-<reason>` when
 * `until` (`YYYY-MM-DD`) is given. The reason is slugged so that any text makes a valid tag.
 */
function keepTagName(reason, until) {
    const slug = (0,_slug_js__WEBPACK_IMPORTED_MODULE_1__/* .slugify */ .Yv)(reason, 100);
    if (slug === '') {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: `the keep reason "${reason}" has no letters or digits`, hint: 'Give a short reason, e.g. --reason customer-demo.' }]);
    }
    if (until === undefined) {
        if (/^until-\d/.test(slug)) {
            throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: `the keep reason "${reason}" would read as a keep-until date`, hint: 'Use --until YYYY-MM-DD for a dated exception, or start the reason with another word.' }]);
        }
        return `keep-${slug}`;
    }
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(until);
    if (!match || !utcDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .UserInputError */ .m2([{ message: `invalid --until date "${until}"`, hint: 'Write a calendar date as YYYY-MM-DD, e.g. 2026-03-31.' }]);
    }
    return `keep-until-${match[1]}${match[2]}${match[3]}-${slug}`;
}
const FALLBACK = /^(sha256-[a-f0-9]{64}|sha512-[a-f0-9]{128})(?:\.(sig|att|sbom))?$/;
/** The digest a referrer fallback tag names, or undefined for any other tag. */
function parseFallbackTag(tag) {
    const match = FALLBACK.exec(tag);
    if (!match)
        return undefined;
    const [, name = '', suffix] = match;
    const subject = name.replace('-', ':');
    return { subject, kind: suffix === 'sig' || suffix === 'att' || suffix === 'sbom' ? suffix : 'referrers-index' };
}
const BUILD_KEY_TAG = /^bk-[a-f0-9]{16}$/;
/** Whether a tag is a build-key tag. */
function isBuildKeyTag(tag) {
    return BUILD_KEY_TAG.test(tag);
}
/**
 * The build-key tag for a build key (the label may carry a `sha256:` prefix), or undefined when
 * the label is not a hex digest.
 */
function buildKeyTag(buildKey) {
    const hex = buildKey.trim().toLowerCase().replace(/^sha256:/, '');
    return /^[a-f0-9]{16,}$/.test(hex) ? `bk-${hex.slice(0, 16)}` : undefined;
}


/***/ })

};
