export const id = 390;
export const ids = [390];
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

/***/ 8390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanupVerb: () => (/* binding */ cleanupVerb)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/core/diagnostics.js
var diagnostics = __webpack_require__(2108);
// EXTERNAL MODULE: ./lib/src/core/event/interpret.js
var interpret = __webpack_require__(6142);
;// CONCATENATED MODULE: ./lib/src/core/retention/model.js
/** The digests a manifest points at: an index's children. */
function childrenOf(manifest) {
    return manifest.kind === 'index' ? manifest.children : [];
}
/** The subject a manifest refers to, if it is a referrer. */
function subjectOf(manifest) {
    return manifest.kind === 'throwaway' ? undefined : manifest.subject;
}
/** Thrown when the state names a manifest it does not describe; planning on it would be a guess. */
class IncompleteStateError extends Error {
    constructor(repository, missing) {
        const shown = missing.slice(0, 5).join('; ');
        const more = missing.length > 5 ? ` (and ${missing.length - 5} more)` : '';
        super(`the state of ${repository} is incomplete, so no retention plan is made: ${shown}${more}. ` +
            'Every tagged manifest and every index child must be fetched before planning.');
        this.name = 'IncompleteStateError';
    }
}
/**
 * Refuses a state that names manifests it does not describe: a tag pointing at an unknown
 * digest, an index child that was not fetched, or a map key that disagrees with its entry.
 */
function assertCompleteState(state) {
    const missing = [];
    for (const [tag, digest] of [...state.tags].sort(([a], [b]) => compareText(a, b))) {
        if (!state.manifests.has(digest))
            missing.push(`tag ${tag} points at ${digest}, which was not fetched`);
    }
    for (const [digest, manifest] of [...state.manifests].sort(([a], [b]) => compareText(a, b))) {
        if (manifest.digest !== digest)
            missing.push(`manifest ${manifest.digest} is stored under ${digest}`);
        for (const child of childrenOf(manifest)) {
            if (!state.manifests.has(child))
                missing.push(`index ${digest} has child ${child}, which was not fetched`);
        }
    }
    if (missing.length > 0)
        throw new IncompleteStateError(state.repository, missing);
}
/** Code-point order: the same on every machine and locale, unlike `localeCompare`. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/src/core/retention/steps.js
/**
 * The plan as an ordered list of registry operations, safe to interrupt at any point.
 *
 * 1. Every `untag` first (tags to remove from manifests that stay), in tag order.
 * 2. Then every `delete-manifest`, each before whatever it points at: an index before its
 *    children, a referrer before its subject, a fallback-tagged manifest before the digest the
 *    tag names. Among the manifests free to go, an index that has untagged children to delete
 *    waits until nothing else is free, then ties go in digest order.
 *
 * Why this is safe: no step touches a manifest that stays or a tag that is kept, so a crash
 * after any step leaves every kept tag whole. And a re-run finishes the job: deleting the
 * pointing manifest first means what remains is still reachable from a tag the next plan sees
 * (a deleted image's signature is never left behind unnamed). The one exception is an untagged
 * child of a deleted index: after the index is gone no tag reaches it, and the next plan leaves
 * it alone; registries that refuse to delete a manifest an index still lists (ECR) make
 * index-first the only order that works, and the registry's own garbage collection removes it.
 * Such an index waits for everything else (e.g. the cosign `--recursive` signatures of its
 * children), so that a crash leaves no tag that names an orphan: the next plan would keep that
 * tag, since it cannot know the orphan was on its way out. (Only a fallback tag carried by a
 * child of that same index could still be caught so; signatures and referrer indexes are never
 * platform children.)
 *
 * A manifest is deleted by digest, which removes its tags with it; `tags` lists them for the
 * report (and for registries that must untag before deleting).
 */

/** Inserts keeping `sorted` in code-point order. */
function insertSorted(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareText(sorted[mid], value) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    sorted.splice(lo, 0, value);
}
function orderedSteps(plan) {
    const untags = [];
    for (const manifest of plan.manifests) {
        if (manifest.action !== 'untag-only')
            continue;
        for (const tag of manifest.deletedTags)
            untags.push({ kind: 'untag', tag, digest: manifest.digest });
    }
    untags.sort((a, b) => compareText(a.tag, b.tag));
    const steps = [...untags];
    // Kahn's algorithm over "points at" among the manifests to delete.
    const doomed = new Map(plan.manifests.filter((m) => m.action === 'delete-manifest').map((m) => [m.digest, m]));
    const pointedAtBy = new Map();
    for (const digest of doomed.keys())
        pointedAtBy.set(digest, 0);
    for (const manifest of doomed.values()) {
        for (const target of manifest.refersTo) {
            if (doomed.has(target))
                pointedAtBy.set(target, (pointedAtBy.get(target) ?? 0) + 1);
        }
    }
    const orphans = (digest) => (doomed.get(digest)?.children ?? []).some((c) => {
        const child = doomed.get(c);
        return child !== undefined && child.keptTags.length === 0 && child.deletedTags.length === 0;
    });
    const ready = [];
    const readyLast = [];
    const makeReady = (digest) => insertSorted(orphans(digest) ? readyLast : ready, digest);
    for (const [digest, n] of pointedAtBy)
        if (n === 0)
            makeReady(digest);
    const done = new Set();
    const emit = (digest) => {
        const manifest = doomed.get(digest);
        if (!manifest || done.has(digest))
            return;
        done.add(digest);
        steps.push({ kind: 'delete-manifest', digest, tags: manifest.deletedTags });
        for (const target of manifest.refersTo) {
            if (!doomed.has(target))
                continue;
            const left = (pointedAtBy.get(target) ?? 0) - 1;
            pointedAtBy.set(target, left);
            if (left === 0)
                makeReady(target);
        }
    };
    const all = [...doomed.keys()].sort(compareText);
    for (;;) {
        while (ready.length > 0 || readyLast.length > 0)
            emit((ready.length > 0 ? ready : readyLast).shift());
        // Content-addressed manifests cannot point at each other in a cycle; if the data has one
        // anyway, it is broken at its smallest digest rather than dropped from the plan.
        const stuck = all.find((d) => !done.has(d));
        if (stuck === undefined)
            break;
        emit(stuck);
    }
    return steps;
}

;// CONCATENATED MODULE: ./lib/src/core/retention/duration.js
/**
 * How ages are shown in a retention plan. Retention durations themselves (`older-than: 7d`) are
 * the configuration's `Duration` (src/core/config/duration.ts); the schema checks their shape.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/**
 * An age for people: the two largest units, rounded down (`9d 4h`, `3h 12m`, `40s`).
 * Negative ages (a date in the future: clock skew) are shown as `in the future`.
 */
function formatAge(milliseconds) {
    if (milliseconds < 0)
        return 'in the future';
    const parts = [];
    let rest = milliseconds;
    for (const [unit, size] of [
        ['d', DAY],
        ['h', HOUR],
        ['m', MINUTE],
    ]) {
        const whole = Math.floor(rest / size);
        if (whole > 0 || parts.length > 0)
            parts.push(`${whole}${unit}`);
        rest -= whole * size;
        if (parts.length === 2)
            break;
    }
    if (parts.length === 0)
        return `${Math.floor(milliseconds / 1000)}s`;
    // "9d 0h" reads worse than "9d".
    return parts.filter((p, i) => i === 0 || !p.startsWith('0')).join(' ');
}

// EXTERNAL MODULE: ./lib/src/core/retention/tag-names.js
var tag_names = __webpack_require__(5572);
;// CONCATENATED MODULE: ./lib/src/core/retention/age.js
/**
 * How old a tag is, or that nobody can tell.
 *
 * In order of trust:
 * 1. the registry's own date for the digest, where it gives one (GHCR package versions): it is
 *    when the registry received it, which a build cannot fake;
 * 2. the creation time in the image config (or an index's `created` annotation);
 * 3. for an index, its newest child (by the child's own date, 1–3): of its images and indexes
 *    when it has any (a buildx attestation manifest says nothing about the build's age),
 *    otherwise of its artifacts; when any of those children has no date, the index has none
 *    either, since the unknown one might be the newest;
 * 4. for a referrer (signature, SBOM, attestation) with no date of its own, its subject's date,
 *    so that a signature ages with the image it signs.
 *
 * A tag is dated by its manifest's own date (1–3), which no deletion of the plan can change:
 * the children of a kept index stay, and a deleted index goes before its children. Only a
 * fallback tag (`sha256-<hex>.sig`) on a manifest with no own date borrows one: the date of
 * the digest it names (4 included). The planner never ranks such a tag, and deletes its
 * manifest before the named digest, so a borrowed date can never change a decision between a
 * run and the re-run that finishes it after a crash.
 *
 * Dates at or before the Unix epoch are the "no date" of reproducible builds (SOURCE_DATE_EPOCH=0,
 * Go's zero time) and count as unknown: trusting them would make every such image 55 years old.
 */


/** A real date: finite and after the epoch. */
function isMeaningfulDate(date) {
    return date !== undefined && Number.isFinite(date.getTime()) && date.getTime() > 0;
}
function isRunnable(manifest) {
    return manifest?.kind === 'image' || manifest?.kind === 'index';
}
function makeDater(state) {
    /** Memoised, with a guard: content addressing rules out cycles, but data may have one. */
    const memoised = (compute) => {
        const memo = new Map();
        const inProgress = new Set();
        return (digest) => {
            if (memo.has(digest))
                return memo.get(digest);
            if (inProgress.has(digest))
                return undefined;
            inProgress.add(digest);
            const dated = compute(digest);
            inProgress.delete(digest);
            memo.set(digest, dated);
            return dated;
        };
    };
    /** The manifest's own date: registry, config, or newest child (by the children's own dates). */
    const intrinsic = memoised((digest) => {
        const registry = state.registryDates?.get(digest);
        if (isMeaningfulDate(registry))
            return { date: registry, source: { kind: 'registry' } };
        const manifest = state.manifests.get(digest);
        if (!manifest || manifest.kind === 'throwaway')
            return undefined;
        if (isMeaningfulDate(manifest.created))
            return { date: manifest.created, source: { kind: 'created' } };
        if (manifest.kind !== 'index')
            return undefined;
        const children = childrenOf(manifest);
        const runnable = children.filter((c) => isRunnable(state.manifests.get(c)));
        let newest;
        for (const child of runnable.length > 0 ? runnable : children) {
            const childDate = intrinsic(child);
            if (!childDate)
                return undefined;
            if (!newest || childDate.date.getTime() > newest.date.getTime())
                newest = { child, date: childDate.date };
        }
        return newest ? { date: newest.date, source: { kind: 'newest-child', child: newest.child } } : undefined;
    });
    /** Its own date, or for a referrer without one, its subject's. */
    const ofDigest = memoised((digest) => {
        const own = intrinsic(digest);
        if (own)
            return own;
        const manifest = state.manifests.get(digest);
        const subject = manifest ? subjectOf(manifest) : undefined;
        if (subject === undefined || !state.manifests.has(subject))
            return undefined;
        const subjectDate = ofDigest(subject);
        return subjectDate ? { date: subjectDate.date, source: { kind: 'subject', subject } } : undefined;
    });
    return {
        digest: ofDigest,
        tag(tag, digest) {
            const own = intrinsic(digest);
            if (own)
                return own;
            const fallback = (0,tag_names/* parseFallbackTag */.s2)(tag);
            if (!fallback || fallback.subject === digest || !state.manifests.has(fallback.subject))
                return undefined;
            const named = ofDigest(fallback.subject);
            return named ? { date: named.date, source: { kind: 'subject', subject: fallback.subject } } : undefined;
        },
    };
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
;// CONCATENATED MODULE: ./lib/src/core/retention/policy.js
/**
 * A retention policy made ready to match: globs compiled once, rules labelled for reports.
 */


function describeRule(rule, index) {
    const limits = [];
    if (rule.keepLast !== undefined)
        limits.push(`keep-last ${rule.keepLast}`);
    if (rule.olderThan !== undefined)
        limits.push(`older-than ${rule.olderThan.text}`);
    return `rule ${index + 1} "${rule.tags}" (${limits.length > 0 ? limits.join(', ') : 'keep'})`;
}
function matcher(glob) {
    return picomatch(glob, { dot: true });
}
/**
 * Checks what the config schema should already have refused (the config layer reports those
 * with file positions); a policy built in code gets the same clear refusal.
 */
function validate(policy) {
    const problems = [];
    policy.rules.forEach((rule, i) => {
        const where = `retention rule ${i + 1}`;
        if (rule.tags.trim() === '')
            problems.push({ message: `${where} has an empty tags pattern`, hint: 'Give a glob such as "pr-*".' });
        if (rule.keepLast !== undefined && !(Number.isInteger(rule.keepLast) && rule.keepLast >= 0)) {
            problems.push({ message: `${where}: keep-last must be a whole number ≥ 0, not ${rule.keepLast}`, hint: 'For example keep-last: 14.' });
        }
        if (rule.olderThan !== undefined && !(Number.isFinite(rule.olderThan.milliseconds) && rule.olderThan.milliseconds >= 0)) {
            problems.push({ message: `${where}: older-than "${rule.olderThan.text}" is not a valid duration`, hint: 'For example older-than: 7d.' });
        }
    });
    policy.protect.forEach((glob, i) => {
        if (glob.trim() === '')
            problems.push({ message: `retention protect entry ${i + 1} is empty`, hint: 'Give a glob such as "latest" or "v*".' });
    });
    if (problems.length > 0)
        throw new diagnostics/* UserInputError */.m2(problems);
}
function compilePolicy(policy) {
    validate(policy);
    const rules = policy.rules.map((rule, index) => ({ index, rule, label: describeRule(rule, index), matches: matcher(rule.tags) }));
    const protect = policy.protect.map((glob) => ({ glob, matches: matcher(glob) }));
    return {
        rules,
        protectedBy: (tag) => protect.find((p) => p.matches(tag))?.glob,
        firstRule: (tag) => rules.find((r) => r.matches(tag)),
    };
}

;// CONCATENATED MODULE: ./lib/src/core/retention/references.js
/**
 * How the manifests of a repository hang together, in the two directions retention cares about.
 *
 * `refersTo(A)`: what A points at. An index points at its children; a referrer (signature, SBOM,
 * attestation) points at its subject; a manifest carrying a fallback tag `sha256-<hex>[.sig…]`
 * points at the digest the tag names. Deletion follows these arrows: A is deleted before what it
 * points at (an index before its children, a signature before the image it signs).
 *
 * `needs(B)`: what must stay when B stays. An index needs its children; an image needs its
 * referrers and the manifests behind the fallback tags naming it, so that a kept image stays
 * verifiable. A referrer does not need its subject: a kept signature never keeps an image alive.
 */


function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function buildReferences(state) {
    const tagsOn = new Map();
    for (const [tag, digest] of state.tags)
        push(tagsOn, digest, tag);
    for (const list of tagsOn.values())
        list.sort(compareText);
    const fallbackNaming = new Map();
    for (const [tag] of [...state.tags].sort(([a], [b]) => compareText(a, b))) {
        const fallback = (0,tag_names/* parseFallbackTag */.s2)(tag);
        if (fallback)
            push(fallbackNaming, fallback.subject, tag);
    }
    const referrersOf = new Map();
    const refersTo = new Map();
    for (const [digest, manifest] of state.manifests) {
        const targets = new Set(childrenOf(manifest));
        const subject = subjectOf(manifest);
        if (subject !== undefined) {
            targets.add(subject);
            push(referrersOf, subject, digest);
        }
        for (const tag of tagsOn.get(digest) ?? []) {
            const fallback = (0,tag_names/* parseFallbackTag */.s2)(tag);
            if (fallback)
                targets.add(fallback.subject);
        }
        targets.delete(digest);
        refersTo.set(digest, [...targets].filter((t) => state.manifests.has(t)).sort(compareText));
    }
    for (const list of referrersOf.values())
        list.sort(compareText);
    const needs = new Map();
    const needsOf = (digest) => {
        const known = needs.get(digest);
        if (known)
            return known;
        const edges = [];
        const manifest = state.manifests.get(digest);
        if (manifest) {
            for (const child of [...childrenOf(manifest)].sort(compareText))
                edges.push({ kind: 'child', digest: child });
        }
        for (const referrer of referrersOf.get(digest) ?? [])
            edges.push({ kind: 'referrer', digest: referrer });
        for (const tag of fallbackNaming.get(digest) ?? []) {
            const target = state.tags.get(tag);
            if (target !== undefined)
                edges.push({ kind: 'referrer-tag', digest: target, tag });
        }
        const result = edges.filter((e) => e.digest !== digest && state.manifests.has(e.digest));
        needs.set(digest, result);
        return result;
    };
    let reverse;
    const neededBy = (digest) => {
        if (!reverse) {
            reverse = new Map();
            for (const from of [...state.manifests.keys()].sort(compareText)) {
                for (const edge of needsOf(from)) {
                    const list = reverse.get(edge.digest);
                    if (!list?.includes(from))
                        push(reverse, edge.digest, from);
                }
            }
        }
        return reverse.get(digest) ?? [];
    };
    return {
        refersTo: (digest) => refersTo.get(digest) ?? [],
        neededBy,
        needs: needsOf,
        fallbackTagsNaming: (digest) => fallbackNaming.get(digest) ?? [],
        tagsOn: (digest) => tagsOn.get(digest) ?? [],
    };
}

;// CONCATENATED MODULE: ./lib/src/core/retention/plan.js
/**
 * The retention plan: what to delete and what to keep in one repository, and why, as a value.
 *
 * The plan is computed without I/O from a `RepositoryState`, printed the same way in a dry run
 * and a real run (`formatRetentionPlan`), and executed in the order of `orderedSteps`.
 *
 * How a tag is decided, first match wins:
 * 1. an active exception: `keep-<reason>`, or `keep-until-<yyyymmdd>-<reason>` through that day
 *    (UTC). An expired keep-until tag goes on to the rules like any tag, even when a protect glob
 *    such as `keep-*` matches it: the date written in the tag is the user's last word on it;
 * 2. a `protect` glob (never applied to a well-formed keep-until tag, see 1);
 * 3. a tag on a throwaway manifest (an untag a crash cut short) is deleted;
 * 4. what protection needs: the build-key tags (`bk-…`) of protected manifests, and the referrer
 *    fallback tags naming them, are kept so that reuse and verification keep working;
 * 5. the first rule whose glob matches; no rule: kept. A tag with no date is kept (never guessed).
 *    An attached fallback tag (one naming a digest of this repository) is no build and takes no
 *    keep-last slot: it stays while the digest it names stays, and goes with it when its first
 *    rule deletes anything at all (has older-than or keep-last) and it has a date. Where such
 *    tags keep each other's digests in a cycle, they all stay (never a deletion whose only
 *    ground is another deletion);
 * 6. any fallback tag naming a digest that stays is kept, whatever its rule said.
 *
 * A build-key tag is kept for protected manifests only; for others its rule decides (for the
 * SPEC example that means `bk-*` must come before `*-*`: the plan warns about shadowed rules).
 *
 * Which manifests stay ("needed"): every digest a kept tag points at, every untagged manifest no
 * tag reaches (not ours to judge: it may be pulled by digest), and everything those need
 * (index children, referrers, fallback-tagged manifests), transitively. A needed manifest is
 * never deleted; its deleted tags are removed as tags (`untag-only`). A manifest nothing needs is
 * deleted (`delete-manifest`): all its tags are being deleted, or it is untagged and only
 * deleted manifests reach it (the children and referrers of a deleted image).
 */






/** `sha256:0123456789ab`: enough to tell digests apart in a report. */
function shortDigest(digest) {
    const colon = digest.indexOf(':');
    return colon < 0 ? digest.slice(0, 12) : digest.slice(0, colon + 13);
}
const FALLBACK_NAMES = {
    'referrers-index': 'referrers index tag',
    sig: 'signature tag',
    att: 'attestation tag',
    sbom: 'SBOM tag',
};
function ordinal(n) {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${suffix}`;
}
function describeDate(dated, ageMs) {
    const age = ageMs < 0 ? 'dated in the future' : `${formatAge(ageMs)} old`;
    const source = (s) => {
        switch (s.kind) {
            case 'registry':
                return 'registry date';
            case 'created':
                return 'created';
            case 'newest-child':
                return `newest child ${shortDigest(s.child)}`;
            case 'subject':
                return `dated by its subject ${shortDigest(s.subject)}`;
        }
    };
    return `${age} (${source(dated.source)})`;
}
function exceptionWords(marker) {
    if (marker.kind === 'keep-until') {
        return { decidedBy: `exception until ${marker.until}`, why: `keep-until tag: its digest is kept through ${marker.until} (UTC)` };
    }
    if (marker.malformedUntil) {
        return {
            decidedBy: 'exception',
            why: 'looks like keep-until-<yyyymmdd>- without a real date, so it counts as a plain keep- tag: its digest is kept',
        };
    }
    return { decidedBy: 'exception', why: `keep- tag (reason "${marker.reason}"): its digest is kept` };
}
/** Mutable state while planning; the result is frozen into plain arrays at the end. */
class Planner {
    state;
    policy;
    now;
    decisions = new Map();
    /** Attached fallback tags left for `needed()`: their fate follows the digest they name. */
    attached = [];
    dater;
    refs;
    nowMs;
    constructor(state, policy, now) {
        this.state = state;
        this.policy = policy;
        this.now = now;
        this.dater = makeDater(state);
        this.refs = buildReferences(state);
        this.nowMs = now.getTime();
    }
    sortedTags() {
        return [...this.state.tags.keys()].sort(compareText);
    }
    digestOf(tag) {
        const digest = this.state.tags.get(tag);
        if (digest === undefined)
            throw new Error(`internal: unknown tag ${tag}`);
        return digest;
    }
    keep(tag, basis, decidedBy, why, ageMs) {
        const text = this.expiredNote(tag) + why;
        this.decisions.set(tag, { tag, digest: this.digestOf(tag), action: 'keep', basis, decidedBy, why: text, ...(ageMs !== undefined ? { ageMs } : {}) });
    }
    remove(tag, basis, decidedBy, why, ageMs) {
        const text = this.expiredNote(tag) + why;
        this.decisions.set(tag, { tag, digest: this.digestOf(tag), action: 'delete', basis, decidedBy, why: text, ...(ageMs !== undefined ? { ageMs } : {}) });
    }
    /** A reader seeing `keep-until-…` decided by a rule should learn why at once. */
    expiredNote(tag) {
        const marker = (0,tag_names/* parseExceptionTag */.ng)(tag);
        return marker?.kind === 'keep-until' && !(0,tag_names/* exceptionActive */.kj)(marker, this.now) ? `exception expired after ${marker.until}, so the rules decide; ` : '';
    }
    /** Steps 1–3: exceptions, protect globs, throwaway manifests. */
    decideProtection() {
        for (const tag of this.sortedTags()) {
            const marker = (0,tag_names/* parseExceptionTag */.ng)(tag);
            if (marker && (0,tag_names/* exceptionActive */.kj)(marker, this.now)) {
                const words = exceptionWords(marker);
                this.keep(tag, { kind: 'exception', marker }, words.decidedBy, words.why);
                continue;
            }
            // A well-formed keep-until tag that expired is an ordinary tag: no glob protects it.
            const glob = marker?.kind === 'keep-until' ? undefined : this.policy.protectedBy(tag);
            if (glob !== undefined) {
                this.keep(tag, { kind: 'protect', pattern: glob }, `protect "${glob}"`, 'never deleted, nor is anything its digest needs');
                continue;
            }
            if (this.state.manifests.get(this.digestOf(tag))?.kind === 'throwaway') {
                this.remove(tag, { kind: 'throwaway' }, 'interrupted untag', 'points at a throwaway manifest left by an interrupted untag; finishing it');
            }
        }
    }
    /** Step 4: the build-key and fallback tags that protected manifests need. */
    decideProtectionNeeds() {
        const roots = [];
        for (const decision of this.decisions.values()) {
            if (decision.action === 'keep')
                roots.push(decision.digest);
        }
        const seen = new Set();
        const queue = [...new Set(roots)].sort(compareText);
        const enqueue = (digest) => {
            if (!seen.has(digest))
                queue.push(digest);
        };
        while (queue.length > 0) {
            const digest = queue.shift();
            if (seen.has(digest))
                continue;
            seen.add(digest);
            const manifest = this.state.manifests.get(digest);
            const keyTag = manifest && manifest.kind !== 'throwaway' && manifest.buildKey !== undefined ? (0,tag_names/* buildKeyTag */.M4)(manifest.buildKey) : undefined;
            const buildKeyTags = new Set(this.refs.tagsOn(digest).filter(tag_names/* isBuildKeyTag */.eJ));
            if (keyTag !== undefined && this.state.tags.has(keyTag))
                buildKeyTags.add(keyTag);
            for (const tag of [...buildKeyTags].sort(compareText)) {
                if (this.decisions.has(tag))
                    continue;
                this.keep(tag, { kind: 'build-key', of: digest }, `build key of protected ${shortDigest(digest)}`, 'kept so that builds keep reusing it');
                enqueue(this.digestOf(tag));
            }
            for (const tag of this.refs.fallbackTagsNaming(digest)) {
                if (this.decisions.has(tag))
                    continue;
                this.keepAsReferrerTag(tag, digest, 'protected');
            }
            for (const edge of this.keptNeeds(digest))
                enqueue(edge.digest);
        }
    }
    /**
     * What a manifest that stays needs. A fallback tag already deleted (it points at a throwaway
     * manifest, an untag a crash cut short) names nothing any more, so its manifest is not needed.
     */
    keptNeeds(digest) {
        return this.refs.needs(digest).filter((e) => e.kind !== 'referrer-tag' || this.decisions.get(e.tag)?.action !== 'delete');
    }
    /**
     * The digest an attached fallback tag names: one of this repository, not the tag's own.
     * Such a tag never borrows a date that could vanish mid-run (see age.ts), and never competes
     * with builds for keep-last slots, so a re-run after a crash decides as the first run did.
     */
    attachedSubject(tag) {
        const subject = (0,tag_names/* parseFallbackTag */.s2)(tag)?.subject;
        return subject !== undefined && subject !== this.digestOf(tag) && this.state.manifests.has(subject) ? subject : undefined;
    }
    /** Attached fallback tags that stay whatever happens to what they name. */
    decideAttachedKeptAnyway() {
        for (const tag of this.attached) {
            const rule = this.policy.firstRule(tag);
            if (!rule) {
                this.keep(tag, { kind: 'no-rule' }, 'no rule', 'no rule matches this tag, so it is kept');
                continue;
            }
            const ref = { index: rule.index, label: rule.label };
            if (rule.rule.keepLast === undefined && rule.rule.olderThan === undefined) {
                this.keep(tag, { kind: 'rule', rule: ref, verdict: 'keep-rule' }, ref.label, 'this rule keeps every tag it matches');
            }
            else if (!this.dater.tag(tag, this.digestOf(tag))) {
                this.keep(tag, { kind: 'no-date', rule: ref }, ref.label, 'age unknown (no creation date, no registry date): kept, never guessed');
            }
        }
    }
    /** Attached fallback tags whose named digest is deleted go with it. */
    decideAttachedLeft() {
        for (const tag of this.attached) {
            if (this.decisions.has(tag))
                continue;
            const subject = this.attachedSubject(tag);
            const rule = this.policy.firstRule(tag);
            const dated = this.dater.tag(tag, this.digestOf(tag));
            const ageMs = this.nowMs - dated.date.getTime();
            const kind = FALLBACK_NAMES[(0,tag_names/* parseFallbackTag */.s2)(tag)?.kind ?? 'referrers-index'];
            this.remove(tag, { kind: 'with-subject', rule: { index: rule.index, label: rule.label }, subject }, rule.label, `${kind} of ${shortDigest(subject)}, which is deleted: it goes with it`, ageMs);
        }
    }
    keepAsReferrerTag(tag, subject, how) {
        const fallback = (0,tag_names/* parseFallbackTag */.s2)(tag)?.kind ?? 'referrers-index';
        this.keep(tag, { kind: 'referrer-tag', subject, fallback }, `referrer of ${how} ${shortDigest(subject)}`, `${FALLBACK_NAMES[fallback]} of a manifest that stays: kept with it`);
    }
    /** Step 5: the rules, for every tag not yet decided. */
    decideByRules() {
        const byRule = new Map();
        for (const tag of this.sortedTags()) {
            if (this.decisions.has(tag))
                continue;
            if (this.attachedSubject(tag) !== undefined) {
                this.attached.push(tag);
                continue;
            }
            const rule = this.policy.firstRule(tag);
            if (!rule) {
                this.keep(tag, { kind: 'no-rule' }, 'no rule', 'no rule matches this tag, so it is kept');
                continue;
            }
            const list = byRule.get(rule);
            if (list)
                list.push(tag);
            else
                byRule.set(rule, [tag]);
        }
        for (const [rule, tags] of byRule)
            this.applyRule(rule, tags);
    }
    applyRule(compiled, tags) {
        const ref = { index: compiled.index, label: compiled.label };
        const { keepLast, olderThan } = compiled.rule;
        const dated = [];
        for (const tag of tags) {
            const d = this.dater.tag(tag, this.digestOf(tag));
            if (!d) {
                this.keep(tag, { kind: 'no-date', rule: ref }, ref.label, "age unknown (no creation date, no registry date): kept, never guessed");
                continue;
            }
            dated.push({ tag, dated: d, ageMs: this.nowMs - d.date.getTime() });
        }
        if (keepLast === undefined && olderThan === undefined) {
            for (const t of dated)
                this.keep(t.tag, { kind: 'rule', rule: ref, verdict: 'keep-rule' }, ref.label, 'this rule keeps every tag it matches', t.ageMs);
            return;
        }
        // Newest first; equal ages in tag order, so the ranking never depends on input order.
        dated.sort((a, b) => a.ageMs - b.ageMs || compareText(a.tag, b.tag));
        dated.forEach((t, i) => {
            const rank = `${ordinal(i + 1)} newest of the ${dated.length} dated tags this rule decides`;
            const within = keepLast !== undefined && i < keepLast;
            const old = olderThan !== undefined && t.ageMs > olderThan.milliseconds;
            const age = describeDate(t.dated, t.ageMs);
            if (within) {
                this.keep(t.tag, { kind: 'rule', rule: ref, verdict: 'within-keep-last' }, ref.label, `${rank}, within keep-last ${keepLast}`, t.ageMs);
            }
            else if (olderThan !== undefined && !old) {
                const beyond = keepLast !== undefined ? `${rank}, beyond keep-last ${keepLast}, but ` : '';
                this.keep(t.tag, { kind: 'rule', rule: ref, verdict: 'young' }, ref.label, `${beyond}${age}, not older than ${olderThan.text}`, t.ageMs);
            }
            else if (olderThan === undefined) {
                this.remove(t.tag, { kind: 'rule', rule: ref, verdict: 'beyond-keep-last' }, ref.label, `${rank}, beyond keep-last ${keepLast}`, t.ageMs);
            }
            else if (keepLast === undefined) {
                this.remove(t.tag, { kind: 'rule', rule: ref, verdict: 'older-than' }, ref.label, `${age}, older than ${olderThan.text}`, t.ageMs);
            }
            else {
                this.remove(t.tag, { kind: 'rule', rule: ref, verdict: 'beyond-keep-last-and-older-than' }, ref.label, `${rank}, beyond keep-last ${keepLast}, and ${age}, older than ${olderThan.text}`, t.ageMs);
            }
        });
    }
    /**
     * Step 6 and the manifests: walks everything that stays from its roots, keeping the fallback
     * tags of each manifest that stays. Returns why each needed manifest stays.
     */
    needed() {
        this.decideAttachedKeptAnyway();
        const orphans = this.unreachableUntagged();
        // Attached tags stay while what they name stays, and what they name may stay only thanks to
        // them (a nonsense cycle, but data can hold one). So start with all of them kept and let go
        // of those whose digest nothing else keeps, until none is let go: the largest consistent
        // choice, never a deletion whose only ground is another deletion.
        let pending = this.attached.filter((t) => !this.decisions.has(t));
        let needed = this.closure(pending, orphans);
        for (;;) {
            const stay = pending.filter((t) => needed.has(this.attachedSubject(t)));
            if (stay.length === pending.length)
                break;
            pending = stay;
            needed = this.closure(pending, orphans);
        }
        for (const digest of needed.keys()) {
            for (const tag of this.refs.fallbackTagsNaming(digest)) {
                if (this.overridable(tag))
                    this.keepAsReferrerTag(tag, digest, 'kept');
            }
        }
        this.decideAttachedLeft();
        return needed;
    }
    /**
     * Whether a fallback tag naming a digest that stays is kept with it: yes when undecided (an
     * attached tag) or decided by a rule; a protection or exception already keeps it, and a tag
     * on a throwaway manifest no longer names anything (finishing that untag is right).
     */
    overridable(tag) {
        const decision = this.decisions.get(tag);
        if (decision === undefined)
            return true;
        if (decision.action === 'delete')
            return decision.basis.kind === 'rule';
        return decision.basis.kind === 'no-rule' || decision.basis.kind === 'no-date' || decision.basis.kind === 'rule';
    }
    /**
     * Everything that stays, from its roots: kept tags (and the attached tags still presumed
     * kept), and untagged manifests no tag reaches; then what those need, transitively, including
     * the manifests behind the fallback tags naming them (which are kept with them).
     */
    closure(presumedKept, orphans) {
        const presumed = new Set(presumedKept);
        const needed = new Map();
        const queue = [];
        const reach = (digest, basis) => {
            if (needed.has(digest))
                return;
            needed.set(digest, basis);
            queue.push(digest);
        };
        for (const tag of this.sortedTags()) {
            if (this.decisions.get(tag)?.action === 'keep' || presumed.has(tag))
                reach(this.digestOf(tag), { kind: 'tag', tag });
        }
        for (const digest of orphans)
            reach(digest, { kind: 'untagged-unreachable' });
        while (queue.length > 0) {
            const digest = queue.shift();
            for (const edge of this.refs.needs(digest)) {
                switch (edge.kind) {
                    case 'child':
                        reach(edge.digest, { kind: 'child', parent: digest });
                        break;
                    case 'referrer':
                        reach(edge.digest, { kind: 'referrer', subject: digest });
                        break;
                    case 'referrer-tag':
                        if (this.decisions.get(edge.tag)?.action === 'keep' || this.overridable(edge.tag))
                            reach(edge.digest, { kind: 'tag', tag: edge.tag });
                        break;
                }
            }
        }
        return needed;
    }
    /** Untagged manifests that no tagged manifest reaches: not ours to judge, so they stay. */
    unreachableUntagged() {
        const reached = new Set();
        const queue = [...new Set(this.state.tags.values())];
        while (queue.length > 0) {
            const digest = queue.pop();
            if (reached.has(digest))
                continue;
            reached.add(digest);
            for (const edge of this.refs.needs(digest))
                queue.push(edge.digest);
        }
        return [...this.state.manifests.keys()].filter((d) => !reached.has(d)).sort(compareText);
    }
    manifestDecisions(needed) {
        const result = [];
        for (const digest of [...this.state.manifests.keys()].sort(compareText)) {
            const manifest = this.state.manifests.get(digest);
            const tags = this.refs.tagsOn(digest);
            const keptTags = tags.filter((t) => this.decisions.get(t)?.action === 'keep');
            const deletedTags = tags.filter((t) => this.decisions.get(t)?.action === 'delete');
            const common = {
                digest,
                kind: manifest.kind,
                keptTags,
                deletedTags,
                refersTo: this.refs.refersTo(digest),
                children: [...childrenOf(manifest)].sort(compareText),
                ...(manifest.size !== undefined ? { size: manifest.size } : {}),
            };
            const basis = needed.get(digest);
            if (basis) {
                const because = needWords(basis);
                if (deletedTags.length > 0) {
                    result.push({ ...common, action: 'untag-only', neededBy: basis, why: `${because}: its other tags are removed as tags, the manifest stays` });
                }
                else {
                    result.push({ ...common, action: 'keep', neededBy: basis, why: because });
                }
            }
            else {
                if (keptTags.length > 0)
                    throw new Error(`internal: ${digest} has kept tags but is not needed`);
                const why = tags.length > 0
                    ? 'all its tags are deleted and nothing that stays needs it'
                    : `untagged, and reached only through deleted manifests (${this.deletedParents(digest, needed).map(shortDigest).join(', ')})`;
                result.push({ ...common, action: 'delete-manifest', why });
            }
        }
        return result;
    }
    /** The deleted manifests that need an untagged deleted one, for its report line. */
    deletedParents(digest, needed) {
        return this.refs.neededBy(digest).filter((parent) => !needed.has(parent));
    }
}
function needWords(basis) {
    switch (basis.kind) {
        case 'tag':
            return `kept tag ${basis.tag} points at it`;
        case 'child':
            return `child of kept index ${shortDigest(basis.parent)}`;
        case 'referrer':
            return `referrer of kept ${shortDigest(basis.subject)}`;
        case 'untagged-unreachable':
            return 'untagged and reached by no tag: not ours to judge (it may be pulled by digest), left alone';
    }
}
/**
 * A rule that matches tags but decides none of them, because an earlier rule matches them first
 * (SPEC's example puts `*-*` before `bk-*`, so `bk-*` never decides): almost always a mistake in
 * the order of the rules, and invisible without this note.
 */
function shadowedRuleWarnings(state, policy) {
    const warnings = [];
    const tags = [...state.tags.keys()].sort(compareText);
    const first = new Map(tags.map((t) => [t, policy.firstRule(t)?.index]));
    for (const rule of policy.rules) {
        const matched = tags.filter((t) => rule.matches(t));
        if (matched.length === 0 || matched.some((t) => first.get(t) === rule.index))
            continue;
        const takers = [...new Set(matched.map((t) => first.get(t)))].sort((a, b) => a - b);
        const by = takers.map((i) => policy.rules[i]?.label ?? `rule ${i + 1}`).join(', ');
        warnings.push(`${rule.label} decides no tag: the ${matched.length} tag(s) it matches (e.g. ${matched[0]}) are matched first by ${by}; move it up if it should decide them`);
    }
    return warnings;
}
/**
 * Plans the retention of one repository at `now`. Throws `UserInputError` for an invalid policy
 * and `IncompleteStateError` when the state names manifests it does not describe.
 */
function planRetention(state, policy, now) {
    if (!Number.isFinite(now.getTime()))
        throw new Error('planRetention: `now` is not a valid date');
    assertCompleteState(state);
    const compiled = compilePolicy(policy);
    const planner = new Planner(state, compiled, now);
    planner.decideProtection();
    planner.decideProtectionNeeds();
    planner.decideByRules();
    const needed = planner.needed();
    const manifests = planner.manifestDecisions(needed);
    const tags = [...planner.decisions.values()].sort((a, b) => compareText(a.tag, b.tag));
    const warnings = shadowedRuleWarnings(state, compiled);
    const deleted = manifests.filter((m) => m.action === 'delete-manifest');
    const totals = {
        tagsKept: tags.filter((t) => t.action === 'keep').length,
        tagsDeleted: tags.filter((t) => t.action === 'delete').length,
        manifestsKept: manifests.filter((m) => m.action === 'keep').length,
        manifestsUntagOnly: manifests.filter((m) => m.action === 'untag-only').length,
        manifestsDeleted: deleted.length,
        bytesFreed: deleted.reduce((sum, m) => sum + (m.size ?? 0), 0),
        manifestsWithoutSize: deleted.filter((m) => m.size === undefined).length,
    };
    return { repository: state.repository, now: now.toISOString(), tags, manifests, totals, warnings };
}

;// CONCATENATED MODULE: ./lib/src/core/retention/format.js
/**
 * A retention plan as plain text, for the step log and the CLI.
 *
 * The text depends on the plan alone (never on whether it is a dry run, the clock or the
 * terminal), so a dry run shows exactly what the real run will print and do. The caller adds
 * its own "DRY RUN" banner.
 */


/** `1234567 bytes (1.2 MiB)`; exact first, since the report is also read by scripts. */
function formatBytes(bytes) {
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = '';
    for (const next of units) {
        if (value < 1024)
            break;
        value /= 1024;
        unit = next;
    }
    return unit === '' ? `${bytes} bytes` : `${bytes} bytes (${value.toFixed(1)} ${unit})`;
}
function pad(text, width) {
    return text.length >= width ? text : text + ' '.repeat(width - text.length);
}
function formatRetentionPlan(plan) {
    const t = plan.totals;
    const lines = [];
    lines.push(`Retention plan for ${plan.repository} (ages at ${plan.now})`);
    lines.push(`  tags: ${t.tagsDeleted} to delete, ${t.tagsKept} kept`);
    lines.push(`  manifests: ${t.manifestsDeleted} to delete, ${t.manifestsUntagOnly} to untag only, ${t.manifestsKept} kept`);
    const unknown = t.manifestsWithoutSize > 0 ? ` at least; ${t.manifestsWithoutSize} deleted manifest(s) of unknown size` : '';
    lines.push(`  space: ${formatBytes(t.bytesFreed)}${unknown}`);
    for (const warning of plan.warnings)
        lines.push(`  warning: ${warning}`);
    lines.push('Tags:');
    if (plan.tags.length === 0)
        lines.push('  (none)');
    const tagWidth = Math.min(48, Math.max(0, ...plan.tags.map((d) => d.tag.length)));
    for (const d of plan.tags) {
        lines.push(`  ${pad(d.action, 6)}  ${pad(d.tag, tagWidth)}  ${shortDigest(d.digest)}  ${d.decidedBy}: ${d.why}`);
    }
    lines.push('Manifests:');
    if (plan.manifests.length === 0)
        lines.push('  (none)');
    for (const m of plan.manifests) {
        const removed = m.deletedTags.length > 0 ? ` [tags removed: ${m.deletedTags.join(', ')}]` : '';
        lines.push(`  ${pad(m.action, 15)}  ${m.digest}  ${pad(m.kind, 8)}  ${m.why}${removed}`);
    }
    const steps = orderedSteps(plan);
    lines.push('Steps, in order:');
    if (steps.length === 0)
        lines.push('  (nothing to do)');
    steps.forEach((step, i) => {
        const n = `${i + 1}.`;
        if (step.kind === 'untag') {
            lines.push(`  ${n} untag ${step.tag} (from ${shortDigest(step.digest)}, which stays)`);
        }
        else {
            const tags = step.tags.length > 0 ? ` with its tags ${step.tags.join(', ')}` : ' (untagged)';
            lines.push(`  ${n} delete manifest ${step.digest}${tags}`);
        }
    });
    return lines.join('\n');
}

// EXTERNAL MODULE: ./lib/src/adapters/registry/index.js
var registry = __webpack_require__(8431);
// EXTERNAL MODULE: ./lib/src/app/project.js + 26 modules
var project = __webpack_require__(4731);
;// CONCATENATED MODULE: ./lib/src/app/cleanup/execute.js

/** Operations in flight at once: enough to hide round trips, few enough to be polite. */
const DEFAULT_CLEANUP_CONCURRENCY = 6;
function stepLabel(step) {
    return step.kind === 'untag' ? `untag ${step.tag}` : `delete of ${step.digest}`;
}
/** For each step, what it waits for and what it cannot do without. Always earlier steps. */
function prerequisites(steps, plan) {
    const decisions = new Map(plan.manifests.map((m) => [m.digest, m]));
    const untags = [];
    /** Step indexes acting on a manifest that points at the digest (the key). */
    const pointingAt = new Map();
    const result = [];
    steps.forEach((step, i) => {
        const after = new Set();
        const needs = new Set();
        if (step.kind === 'delete-manifest') {
            for (const u of untags)
                after.add(u);
            for (const p of pointingAt.get(step.digest) ?? [])
                needs.add(p);
            if ((decisions.get(step.digest)?.children.length ?? 0) > 0) {
                for (let j = 0; j < i; j++)
                    after.add(j);
            }
        }
        else {
            untags.push(i);
        }
        for (const n of needs)
            after.add(n);
        result.push({ after: [...after].sort((a, b) => a - b), needs: [...needs].sort((a, b) => a - b) });
        for (const target of decisions.get(step.digest)?.refersTo ?? []) {
            const list = pointingAt.get(target);
            if (list)
                list.push(i);
            else
                pointingAt.set(target, [i]);
        }
    });
    return result;
}
async function executePlan(plan, repo, deleter, options = {}) {
    const steps = orderedSteps(plan);
    const sizes = new Map(plan.manifests.map((m) => [m.digest, m.size]));
    const before = prerequisites(steps, plan);
    const limit = Math.max(1, options.concurrency ?? DEFAULT_CLEANUP_CONCURRENCY);
    const results = steps.map(() => undefined);
    const waitingOn = before.map((p) => new Set(p.after));
    const dependents = steps.map(() => []);
    before.forEach((p, i) => p.after.forEach((j) => dependents[j]?.push(i)));
    let finished = 0;
    let running = 0;
    let deletionsWithoutSize = 0;
    const queue = steps.map((_, i) => i).filter((i) => waitingOn[i]?.size === 0);
    const settle = (i, result) => {
        results[i] = result;
        finished++;
        options.onStep?.(result, finished, steps.length);
        const ok = result.status === 'done' || result.status === 'already-gone';
        for (const d of dependents[i] ?? []) {
            if (results[d] !== undefined)
                continue;
            if (!ok && before[d]?.needs.includes(i)) {
                // Blocked for good: report it now, and what waits on it is blocked in turn.
                const why = result.status === 'skipped' ? result.reason : `the ${stepLabel(result.step)} that must come first ${result.status === 'failed' ? 'failed' : 'could not be done here'}`;
                settle(d, { step: steps[d], status: 'skipped', ...(why !== undefined ? { reason: why } : {}) });
                continue;
            }
            const waits = waitingOn[d];
            waits.delete(i);
            if (waits.size === 0)
                queue.push(d);
        }
    };
    const runStep = async (i) => {
        const step = steps[i];
        try {
            const outcome = step.kind === 'untag' ? await deleter.untag(repo, step.tag, step.digest) : await deleter.deleteManifest(repo, step.digest, step.tags);
            if (outcome.status === 'unsupported')
                return { step, status: 'unsupported', reason: outcome.reason };
            if (outcome.status === 'already-gone')
                return { step, status: 'already-gone' };
            if (step.kind === 'untag')
                return { step, status: 'done' };
            const bytes = outcome.bytesFreed ?? sizes.get(step.digest);
            if (bytes === undefined)
                deletionsWithoutSize++;
            return { step, status: 'done', ...(bytes !== undefined ? { bytesFreed: bytes } : {}) };
        }
        catch (error) {
            return { step, status: 'failed', reason: error instanceof Error ? error.message : String(error) };
        }
    };
    await new Promise((resolveAll) => {
        const pump = () => {
            if (finished === steps.length)
                return resolveAll();
            while (running < limit && queue.length > 0) {
                const i = queue.shift();
                if (results[i] !== undefined)
                    continue;
                running++;
                void runStep(i).then((result) => {
                    running--;
                    settle(i, result);
                    pump();
                });
            }
        };
        pump();
    });
    const done = results;
    const bytesFreed = done.reduce((sum, r) => sum + (r.bytesFreed ?? 0), 0);
    return { steps: done, bytesFreed, deletionsWithoutSize };
}

// EXTERNAL MODULE: ./lib/src/app/cleanup/images.js
var cleanup_images = __webpack_require__(999);
// EXTERNAL MODULE: ./lib/src/core/reference.js
var reference = __webpack_require__(4269);
// EXTERNAL MODULE: ./lib/src/adapters/registry/client.js
var registry_client = __webpack_require__(7016);
// EXTERNAL MODULE: ./lib/src/adapters/registry/media-types.js
var media_types = __webpack_require__(9275);
// EXTERNAL MODULE: ./lib/src/adapters/registry/semaphore.js
var semaphore = __webpack_require__(7881);
// EXTERNAL MODULE: ./lib/src/adapters/registry/throwaway.js
var throwaway = __webpack_require__(4222);
// EXTERNAL MODULE: ./lib/src/app/build.js + 6 modules
var build = __webpack_require__(173);
;// CONCATENATED MODULE: ./lib/src/app/cleanup/manifest-info.js
/**
 * From what was fetched (manifests and image configs) to what the retention engine reads
 * (`ManifestInfo`): which manifests are runnable images, which are indexes, which are
 * artifacts (signatures, SBOMs, attestations) and which are throwaways; their dates, build keys
 * and sizes. No I/O: `read-state.ts` fetches, this describes.
 */




/** The annotation buildx puts on the index entry of an attestation manifest. */
const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type';
const ATTESTATION_MANIFEST = 'attestation-manifest';
const CREATED_ANNOTATION = 'org.opencontainers.image.created';
function isLayerMediaType(mediaType) {
    return mediaType.startsWith('application/vnd.oci.image.layer.') || mediaType.startsWith('application/vnd.docker.image.rootfs.');
}
/**
 * Whether an image manifest is something that runs, whose config is worth reading: an image
 * config and filesystem layers, no `subject` and no `artifactType`. A cosign signature
 * (simplesigning layer), a buildx attestation (in-toto layers), a Helm chart or an SBOM is not.
 */
function isRunnableImage(manifest) {
    return (manifest.subject === undefined &&
        manifest.artifactType === undefined &&
        (manifest.config.mediaType === media_types/* OCI_CONFIG */.TF || manifest.config.mediaType === media_types/* DOCKER_CONFIG */.e6) &&
        manifest.layers.every((layer) => isLayerMediaType(layer.mediaType)));
}
/** The index entries that are manifests (an index may list other things; they are not ours). */
function manifestChildren(index) {
    return index.manifests.filter((d) => (0,media_types/* isManifestMediaType */.CM)(d.mediaType)).map((d) => d.digest);
}
/** Digests that an index lists as buildx attestation manifests. */
function attestationChildren(index) {
    return index.manifests.filter((d) => d.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST).map((d) => d.digest);
}
function dateOf(text) {
    if (text === undefined)
        return undefined;
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : new Date(ms);
}
/**
 * Bytes of an image manifest with its config and layers, as its descriptors declare them. Layers
 * shared with other images are counted in each, so a sum over deleted manifests is what they
 * held, not what garbage collection will free.
 */
function imageSize(manifest) {
    let size = manifest.size + manifest.config.size;
    for (const layer of manifest.layers)
        if ((layer.urls ?? []).length === 0)
            size += layer.size;
    return size;
}
/** Builds the engine's view of one repository from what was fetched. */
function describeRepository(repository, fetched, registryDates) {
    const attestations = new Set();
    for (const manifest of fetched.manifests.values()) {
        if (manifest.kind === 'index')
            for (const digest of attestationChildren(manifest))
                attestations.add(digest);
    }
    const configOf = (manifest) => manifest.kind === 'image' && isRunnableImage(manifest) && !attestations.has(manifest.digest) ? fetched.configs.get(manifest.config.digest) : undefined;
    const infos = new Map();
    // In digest order, so that the state does not depend on which answer came first.
    for (const [digest, manifest] of [...fetched.manifests].sort(([a], [b]) => compareText(a, b))) {
        const subject = manifest.subject?.digest;
        const common = { digest, ...(subject === undefined ? {} : { subject }) };
        if ((0,throwaway/* isThrowawayManifest */.yO)(manifest)) {
            infos.set(digest, { kind: 'throwaway', digest, size: manifest.kind === 'image' ? imageSize(manifest) : manifest.size });
            continue;
        }
        if (manifest.kind === 'index') {
            const children = manifestChildren(manifest);
            // An index carries no label of its own: its build key is its images' (they share it).
            let buildKey;
            for (const child of children) {
                const childManifest = fetched.manifests.get(child);
                buildKey = childManifest === undefined ? undefined : configOf(childManifest)?.labels[build/* BUILD_KEY_LABEL */.A];
                if (buildKey !== undefined)
                    break;
            }
            // Its date is its own annotation when it has one; otherwise the engine dates it by its
            // newest image child (age.ts), so nothing is computed here.
            const created = dateOf(manifest.annotations?.[CREATED_ANNOTATION]);
            infos.set(digest, {
                kind: 'index',
                ...common,
                children,
                size: manifest.size,
                ...(created === undefined ? {} : { created }),
                ...(buildKey === undefined ? {} : { buildKey }),
            });
            continue;
        }
        const config = configOf(manifest);
        if (config !== undefined) {
            const buildKey = config.labels[build/* BUILD_KEY_LABEL */.A];
            infos.set(digest, {
                kind: 'image',
                ...common,
                size: imageSize(manifest),
                ...(config.created === undefined ? {} : { created: config.created }),
                ...(buildKey === undefined ? {} : { buildKey }),
            });
            continue;
        }
        if (manifest.kind === 'image' && isRunnableImage(manifest) && !attestations.has(digest)) {
            throw new Error(`internal error: the config of ${digest} was not fetched`);
        }
        // An artifact: its config says nothing of its age (often the empty `{}`), so its date is
        // the created annotation that `oras`, `cosign` and buildx write, when present.
        const created = dateOf(manifest.annotations?.[CREATED_ANNOTATION]);
        infos.set(digest, { kind: 'artifact', ...common, size: imageSize(manifest), ...(created === undefined ? {} : { created }) });
    }
    return {
        repository,
        tags: new Map([...fetched.tags].sort(([a], [b]) => compareText(a, b))),
        manifests: infos,
        ...(registryDates === undefined ? {} : { registryDates }),
    };
}

;// CONCATENATED MODULE: ./lib/src/app/cleanup/read-state.js
/**
 * Reads one repository's state for the retention engine: every tag and the digest it points
 * at, and every manifest those reach (index children, referrers), with dates, build keys and
 * sizes.
 *
 * Requests, kept to what the answer needs (the benchmark counts them through `onRequest`):
 * - the tag list (paginated);
 * - one HEAD per tag: the tag list carries no digests, and a HEAD is the cheapest way to learn
 *   one. Both are skipped when the caller already has every tag's digest from the registry's
 *   own API (`tagDigests`, GHCR's package versions: 100 digests with their tags per page);
 * - one GET per distinct manifest (tagged, index child or referrer), however many tags share it;
 * - one GET per distinct image config, for runnable images only: an artifact's config (often
 *   the empty `{}`) says nothing the engine uses, and an index has none;
 * - referrers: one call to the referrers API for the first manifest. A registry without the API
 *   answers 404 (distribution 2.x); its referrers are then listed only in the `sha256-<hex>`
 *   fallback tags, which are in the tag list already and whose indexes are fetched as tagged
 *   manifests (their entries as children). So no further referrer request is made at all: a
 *   digest without a fallback tag has no referrers there. With the API, each manifest is asked
 *   once (referrers of referrers included: a signed SBOM).
 *
 * Everything runs with bounded concurrency, and a manifest's GET starts as soon as the first
 * HEAD names it. A tag deleted between the list and its HEAD is left out; any other failure
 * throws, after the requests in flight have settled: planning on part of a repository could
 * delete what the missing part needs.
 */






const DEFAULT_CONCURRENCY = 8;
/** Raised in a task that was about to start a request after another task had failed. */
class Abandoned extends Error {
}
/**
 * Tasks that may start more tasks; `drain` waits for all of them, including those started
 * while waiting, and then throws the first failure.
 */
class TaskGroup {
    #pending = [];
    #failure;
    get failed() {
        return this.#failure !== undefined;
    }
    spawn(task) {
        this.#pending.push(task().catch((error) => {
            if (this.#failure === undefined && !(error instanceof Abandoned))
                this.#failure = { error };
        }));
    }
    async drain() {
        for (let i = 0; i < this.#pending.length; i++)
            await this.#pending[i];
        if (this.#failure !== undefined)
            throw this.#failure.error;
    }
}
async function readRepositoryState(client, repo, options = {}) {
    const limit = new semaphore/* Semaphore */.j(options.concurrency ?? DEFAULT_CONCURRENCY);
    const tasks = new TaskGroup();
    const request = (send) => limit.run(async () => {
        if (tasks.failed)
            throw new Abandoned();
        return send();
    });
    const ref = (digest) => (0,reference/* withDigest */.hQ)({ registry: repo.registry, repository: repo.repository, target: { kind: 'tag', tag: 'latest' } }, digest);
    const tags = new Map();
    const manifests = new Map();
    const configs = new Map();
    const visited = new Set();
    const configsAsked = new Set();
    const fetchConfig = (manifestDigest, configDigest) => {
        if (configsAsked.has(configDigest))
            return;
        configsAsked.add(configDigest);
        tasks.spawn(async () => {
            const bytes = await request(() => client.getBlobBytes(repo, configDigest));
            const { created, labels } = (0,registry_client/* parseImageConfig */.FB)(bytes, manifestDigest, configDigest);
            configs.set(configDigest, { created, labels });
        });
    };
    // Referrers: undefined until the first manifest asks; then whether the registry has the API.
    let referrersApi;
    const visitAll = (descriptors) => {
        for (const d of descriptors)
            if ((0,media_types/* isManifestMediaType */.CM)(d.mediaType))
                visit(d.digest);
    };
    const findReferrers = (digest) => {
        tasks.spawn(async () => {
            if (referrersApi === undefined) {
                const probe = request(() => client.listReferrersFromApi(ref(digest)));
                referrersApi = probe.then((found) => found !== undefined);
                referrersApi.catch(() => undefined); // The probe's failure is reported once, below.
                const found = await probe;
                if (found !== undefined)
                    visitAll(found);
                return;
            }
            // Without the API, the fallback tags in the tag list already lead to every referrer.
            if (!(await referrersApi))
                return;
            const found = await request(() => client.listReferrersFromApi(ref(digest)));
            if (found === undefined)
                throw new Error(`the registry answered the referrers API for one manifest but not for ${digest}`);
            visitAll(found);
        });
    };
    const visit = (digest) => {
        if (visited.has(digest))
            return;
        visited.add(digest);
        tasks.spawn(async () => {
            const manifest = await request(() => client.getManifest(ref(digest)));
            manifests.set(digest, manifest);
            if ((0,throwaway/* isThrowawayManifest */.yO)(manifest))
                return; // Nothing refers to a throwaway, and it has no config worth reading.
            if (manifest.kind === 'index')
                for (const child of manifestChildren(manifest))
                    visit(child);
            else if (isRunnableImage(manifest))
                fetchConfig(digest, manifest.config.digest);
            findReferrers(digest);
        });
    };
    if (options.tagDigests !== undefined) {
        for (const [tag, digest] of options.tagDigests) {
            tags.set(tag, digest);
            visit(digest);
        }
        await tasks.drain();
        return describeRepository(`${repo.registry}/${repo.repository}`, { tags, manifests, configs }, options.registryDates);
    }
    const tagNames = await client.listTags(repo);
    for (const tag of tagNames) {
        tasks.spawn(async () => {
            const head = await request(() => client.headManifest({ registry: repo.registry, repository: repo.repository, target: { kind: 'tag', tag } }));
            if (head === undefined)
                return; // Deleted since the list: it is simply not there.
            tags.set(tag, head.digest);
            visit(head.digest);
        });
    }
    await tasks.drain();
    return describeRepository(`${repo.registry}/${repo.repository}`, { tags, manifests, configs }, options.registryDates);
}

;// CONCATENATED MODULE: ./lib/src/app/cleanup/run.js
/**
 * The cleanup use case, shared by the action and the CLI: images.yaml → for each image, read
 * the repository, plan by `retention`, print the plan, and (unless a dry run) carry it out.
 *
 * The plan is printed the same way in a dry run and a real run; only the banner differs. One
 * image's trouble (a repository that does not exist, a registry error while reading, a failed
 * deletion) is recorded in its result and the others go on: the caller decides whether the
 * whole run fails, once everything that could be done is done.
 */







/** Problems that should fail the run (or warn, with `fail-on-error: false`). */
function cleanupFailures(result) {
    const problems = [];
    for (const image of result.images) {
        if (image.status === 'failed')
            problems.push(`${image.image}: ${image.message ?? 'failed'}`);
        for (const f of image.failed)
            problems.push(`${image.image}: ${describeStep(f)} failed: ${f.reason}`);
    }
    return problems;
}
function describeStep(step) {
    if (step.operation === 'untag')
        return `untag ${step.tags.join(', ')}`;
    return `delete ${step.digest}${step.tags.length > 0 ? ` (${step.tags.join(', ')})` : ''}`;
}
/** The action's `deleted` output: image → deleted tags and digests. */
function deletedOutput(result) {
    return Object.fromEntries(result.images.map((i) => [i.image, { tags: i.deletedTags.map((t) => t.tag), digests: i.deletedDigests.map((d) => d.digest) }]));
}
/** The action's `kept` output: image → kept tags. */
function keptOutput(result) {
    return Object.fromEntries(result.images.map((i) => [i.image, i.keptTags.map((t) => t.tag)]));
}
function tagReport(d) {
    return { tag: d.tag, digest: d.digest, decidedBy: d.decidedBy, why: d.why };
}
function stepReport(result) {
    const s = result.step;
    return {
        operation: s.kind,
        digest: s.digest,
        tags: s.kind === 'untag' ? [s.tag] : s.tags,
        reason: result.reason ?? '',
    };
}
function isMissingRepository(error) {
    return error instanceof registry/* RegistryError */.gl && error.status === 404 && (error.code === 'NAME_UNKNOWN' || error.operation === 'list tags');
}
function emptyImage(image, repository, status, message) {
    return { image, repository, status, message, deletedTags: [], deletedDigests: [], keptTags: [], unsupported: [], failed: [], skipped: [], bytesFreed: 0, manifestsWithoutSize: 0 };
}
async function cleanImage(request, image, repo, now, policy) {
    const repository = `${repo.registry}/${repo.repository}`;
    const log = request.log;
    let plan;
    try {
        // Where the registry's own API lists the tags with their digests (GHCR), one listing serves
        // the dates, the tags and later the deletions, and the state is read without a HEAD per tag
        // (read-state.ts says why that is safe). Elsewhere the registry API's tag list and HEADs.
        const registryDates = request.deleter.registryDates ? await request.deleter.registryDates(repo) : undefined;
        const tagDigests = request.deleter.tagDigests ? await request.deleter.tagDigests(repo) : undefined;
        const state = await readRepositoryState(request.client, repo, {
            ...(request.concurrency !== undefined ? { concurrency: request.concurrency } : {}),
            ...(registryDates ? { registryDates } : {}),
            ...(tagDigests ? { tagDigests } : {}),
        });
        if (state.tags.size === 0) {
            log(`${repository} has no tags: nothing to clean`);
            return emptyImage(image, repository, 'missing', 'the repository has no tags');
        }
        plan = planRetention(state, policy, now);
    }
    catch (error) {
        if (isMissingRepository(error)) {
            log(`${repository} does not exist in the registry: nothing to clean`);
            return emptyImage(image, repository, 'missing', 'the repository does not exist in the registry');
        }
        const message = error instanceof Error ? error.message : String(error);
        log(`${repository} could not be read, so nothing was planned for it: ${message}`);
        return emptyImage(image, repository, 'failed', `could not read the repository: ${message}`);
    }
    log(formatRetentionPlan(plan));
    const kept = plan.tags.filter((t) => t.action === 'keep').map(tagReport);
    const digestReport = (digest, tags) => {
        const m = plan.manifests.find((x) => x.digest === digest);
        return { digest, kind: m?.kind ?? 'image', tags, why: m?.why ?? '', ...(m?.size !== undefined ? { size: m.size } : {}) };
    };
    const toDelete = plan.tags.filter((t) => t.action === 'delete');
    if (request.dryRun) {
        const doomed = plan.manifests.filter((m) => m.action === 'delete-manifest');
        return {
            image,
            repository,
            status: 'planned',
            plan,
            deletedTags: toDelete.map(tagReport),
            deletedDigests: doomed.map((m) => digestReport(m.digest, m.deletedTags)),
            keptTags: kept,
            unsupported: [],
            failed: [],
            skipped: [],
            bytesFreed: plan.totals.bytesFreed,
            manifestsWithoutSize: plan.totals.manifestsWithoutSize,
        };
    }
    const progress = request.progress ?? log;
    const execution = await executePlan(plan, repo, request.deleter, {
        ...(request.concurrency !== undefined ? { concurrency: request.concurrency } : {}),
        onStep: (r, n, total) => {
            const what = describeStep(stepReport(r));
            const detail = r.status === 'done' ? '' : r.reason ? `: ${r.reason}` : '';
            progress(`[${n}/${total}] ${image}: ${what} — ${r.status}${detail}`);
        },
    });
    const succeeded = execution.steps.filter((s) => s.status === 'done' || s.status === 'already-gone');
    const gone = new Set(succeeded.flatMap((s) => (s.step.kind === 'untag' ? [s.step.tag] : s.step.tags)));
    // Only what a finished step removed: the report never claims a deletion that did not happen.
    const deletedTags = toDelete.filter((t) => gone.has(t.tag)).map(tagReport);
    const deletedDigests = succeeded
        .flatMap((s) => (s.step.kind === 'delete-manifest' ? [digestReport(s.step.digest, s.step.tags)] : []))
        .sort((a, b) => (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0));
    const pick = (status) => execution.steps.filter((s) => s.status === status).map(stepReport);
    const unsupported = pick('unsupported');
    const failed = pick('failed');
    const skipped = pick('skipped');
    const complete = unsupported.length === 0 && failed.length === 0 && skipped.length === 0;
    return {
        image,
        repository,
        status: complete ? 'cleaned' : 'partial',
        plan,
        deletedTags,
        deletedDigests,
        keptTags: kept,
        unsupported,
        failed,
        skipped,
        bytesFreed: execution.bytesFreed,
        manifestsWithoutSize: execution.deletionsWithoutSize,
    };
}
async function runCleanup(request) {
    const loaded = await (0,project/* loadConfigFile */.HT)(request.root, request.configFile);
    const config = loaded.config;
    const registry = (0,cleanup_images/* registryPrefix */.el)(loaded, request.registry);
    const names = await (0,cleanup_images/* selectImages */.$g)(request.root, loaded, request.images ?? []);
    const now = request.now ?? new Date();
    if (request.dryRun)
        request.log('DRY RUN: the plans below are printed as a real run would carry them out; nothing is deleted.');
    const group = request.group ?? ((_title, body) => body());
    const images = [];
    for (const name of names) {
        const repo = (0,cleanup_images/* imageRepository */.an)(registry, config.prefix, name);
        images.push(await group(`${name} (${repo.registry}/${repo.repository})`, () => cleanImage(request, name, repo, now, config.retention)));
    }
    return {
        dryRun: request.dryRun,
        now: now.toISOString(),
        deleter: request.deleter.kind,
        ...(request.deleter.storageNote !== undefined ? { storageNote: request.deleter.storageNote } : {}),
        images,
    };
}

// EXTERNAL MODULE: ./lib/src/app/registry.js
var app_registry = __webpack_require__(4507);
;// CONCATENATED MODULE: ./lib/src/report/cleanup-summary.js
/**
 * The job summary of cleanup. A dry run says so first of all. Then the totals, the storage note,
 * what went wrong, and per image: the deleted tags and manifests with the rule that decided,
 * the kept tags with the rule or protection that kept them, and what could not be done.
 *
 * Long lists fold into <details> so the page stays readable, and each table stops at a bound
 * (GitHub refuses a summary over 1 MiB); the step log has the complete plan.
 */



/** Rows shown open; longer tables are folded. */
const OPEN_ROWS = 50;
/** Rows written at most per table. */
const MAX_ROWS = 500;
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function code(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}
/** A table, folded into <details> when long, cut at MAX_ROWS with a pointer to the log. */
function table(title, header, rows) {
    if (rows.length === 0)
        return [];
    const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    for (const row of rows.slice(0, MAX_ROWS))
        lines.push(`| ${row.join(' | ')} |`);
    if (rows.length > MAX_ROWS)
        lines.push('', `… and ${rows.length - MAX_ROWS} more; the step log lists them all.`);
    const heading = `${title} (${rows.length})`;
    if (rows.length > OPEN_ROWS)
        return [`<details><summary>${heading}</summary>`, '', ...lines, '', '</details>', ''];
    return [`**${heading}**`, '', ...lines, ''];
}
function tagRows(tags) {
    return tags.map((t) => [code(t.tag), code(shortDigest(t.digest)), cell(t.decidedBy), cell(t.why)]);
}
function stepRows(steps) {
    return steps.map((s) => [cell(describeStep({ ...s, digest: shortDigest(s.digest) })), cell(s.reason)]);
}
function space(bytes, unknown) {
    return unknown > 0 ? `at least ${formatBytes(bytes)} (${unknown} manifest(s) of unknown size)` : formatBytes(bytes);
}
const STATUS = {
    planned: 'planned (dry run)',
    cleaned: 'done',
    partial: '**partly done**',
    missing: 'nothing to clean',
    failed: '**failed**',
};
function imageSection(image, dryRun) {
    const lines = [`### ${code(image.image)} — ${code(image.repository)}`, ''];
    if (image.message !== undefined)
        lines.push(`${STATUS[image.status]}: ${cell(image.message)}`, '');
    if (!image.plan)
        return lines;
    const verb = dryRun ? 'To delete' : 'Deleted';
    lines.push(...table(`${verb}: tags`, ['tag', 'digest', 'decided by', 'why'], tagRows(image.deletedTags)));
    lines.push(...table(`${verb}: manifests`, ['digest', 'kind', 'tags that went with it', 'why'], image.deletedDigests.map((d) => [code(d.digest), d.kind, d.tags.length > 0 ? d.tags.map(code).join(', ') : '(untagged)', cell(d.why)])));
    lines.push(...table('Kept: tags', ['tag', 'digest', 'kept by', 'why'], tagRows(image.keptTags)));
    lines.push(...table('Failed', ['operation', 'error'], stepRows(image.failed)));
    lines.push(...table('Not possible on this registry', ['operation', 'reason'], stepRows(image.unsupported)));
    lines.push(...table('Skipped (an operation that must come first was not done)', ['operation', 'why'], stepRows(image.skipped)));
    if (image.plan.warnings.length > 0)
        lines.push(...image.plan.warnings.map((w) => `- ⚠️ ${cell(w)}`), '');
    return lines;
}
function cleanupSummaryMarkdown(result) {
    const lines = ['## image-actions cleanup', ''];
    if (result.dryRun)
        lines.push('**Dry run: nothing was deleted.** Below is exactly what a real run would delete and keep.', '');
    const sum = (f) => result.images.reduce((n, i) => n + f(i), 0);
    const tagsDeleted = sum((i) => i.deletedTags.length);
    const digestsDeleted = sum((i) => i.deletedDigests.length);
    const tagsKept = sum((i) => i.keptTags.length);
    const bytes = sum((i) => i.bytesFreed);
    const unknown = sum((i) => i.manifestsWithoutSize);
    const verb = result.dryRun ? 'to delete' : 'deleted';
    lines.push(`${result.images.length} image(s), ages at ${result.now}: **${tagsDeleted}** tag(s) and **${digestsDeleted}** manifest(s) ${verb}, **${tagsKept}** tag(s) kept; ` +
        `${result.dryRun ? 'space to free' : 'space freed'}: ${space(bytes, unknown)}.`, '');
    if (result.storageNote !== undefined && digestsDeleted > 0)
        lines.push(`> ${cell(result.storageNote)}`, '');
    const failures = cleanupFailures(result);
    if (failures.length > 0) {
        lines.push(`**${failures.length} problem(s):**`, '', ...failures.slice(0, MAX_ROWS).map((f) => `- ${cell(f)}`), '');
    }
    lines.push('| image | status | tags ' + verb + ' | manifests ' + verb + ' | tags kept | not done | space |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const i of result.images) {
        const notDone = i.failed.length + i.unsupported.length + i.skipped.length;
        lines.push(`| ${code(i.image)} | ${STATUS[i.status]} | ${i.deletedTags.length} | ${i.deletedDigests.length} | ${i.keptTags.length} | ${notDone} | ${space(i.bytesFreed, i.manifestsWithoutSize)} |`);
    }
    lines.push('');
    for (const image of result.images)
        lines.push(...imageSection(image, result.dryRun));
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./lib/src/cli/deleter.js + 6 modules
var cli_deleter = __webpack_require__(4979);
// EXTERNAL MODULE: ./lib/src/cli/verb.js
var verb = __webpack_require__(3014);
;// CONCATENATED MODULE: ./lib/src/cli/verbs/cleanup.js
/** `image-actions cleanup`: rotate old tags by the retention rules of images.yaml. */










function printResult(result) {
    const out = (line) => process.stdout.write(`${line}\n`);
    for (const image of result.images) {
        const verb = result.dryRun ? 'to delete' : 'deleted';
        const notDone = image.failed.length + image.unsupported.length + image.skipped.length;
        out(`${image.image} (${image.repository}): ${image.status}` +
            (image.message !== undefined ? `: ${image.message}` : `; ${image.deletedTags.length} tag(s) and ${image.deletedDigests.length} manifest(s) ${verb}, ${image.keptTags.length} kept${notDone > 0 ? `, ${notDone} not done` : ''}`));
        for (const t of image.deletedTags)
            out(`  ${result.dryRun ? 'would delete' : 'deleted'}  ${t.tag}  (${t.decidedBy})`);
        for (const f of [...image.failed, ...image.unsupported, ...image.skipped])
            out(`  not done  ${f.operation} ${f.tags.join(', ') || f.digest}: ${f.reason}`);
    }
    const deletedAny = result.images.some((i) => i.deletedDigests.length > 0);
    if (result.storageNote !== undefined && !result.dryRun && deletedAny)
        out(`note: ${result.storageNote}`);
    if (result.dryRun)
        out('dry run: nothing was deleted');
}
/**
 * `--as-of`: ages measured against a later instant. Only the future is accepted: an earlier
 * "now" would make a `keep-until` tag that has expired look active, which no rotation needs.
 */
function parseAsOf(text) {
    if (text === undefined)
        return undefined;
    const when = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
    if (Number.isNaN(when.getTime())) {
        throw new diagnostics/* UserInputError */.m2([{ message: `--as-of "${text}" is not a date`, hint: 'Write YYYY-MM-DD (midnight UTC) or an ISO 8601 instant such as 2027-01-31T12:00:00Z.' }]);
    }
    if (when.getTime() < Date.now() - 60_000) {
        throw new diagnostics/* UserInputError */.m2([{ message: `--as-of ${when.toISOString()} is in the past`, hint: 'Give a date from today on: --as-of previews a later rotation.' }]);
    }
    return when;
}
const cleanupVerb = {
    summary: 'delete old tags by the retention rules, never what a kept tag needs',
    usage: `image-actions cleanup [IMAGE…] [--images a,b] [--dry-run] [--registry R] [--json]

Plans each image's retention (retention: in images.yaml) from what its repository holds and
carries the plan out: tags are removed, and manifests deleted only when no kept tag needs them.
The plan (every tag, the rule that decided it, and the steps in order) goes to stderr, the same
in a dry run as in a real run; what was done goes to stdout. Exits 1 when a deletion failed
(a re-run finishes what is left).
  --images a,b      images to clean (default all; names may also be given as arguments)
  --dry-run         print the plan; delete nothing
  --registry R      registry prefix (default registry of images.yaml)
  --insecure HOST   a registry reached over plain HTTP (repeatable; loopback always is)
  --as-of WHEN      measure ages as of this date (YYYY-MM-DD or an ISO 8601 instant) instead of
                    now, to preview what a later rotation will delete; must not be in the past
  --json            print the deleted and kept outputs as JSON
  --summary FILE    also write the Markdown summary to FILE
Credentials come from the Docker config (docker login) or containers auth.json.
${cli_deleter/* DELETER_ENVIRONMENT_HELP */.o}
${verb/* COMMON_HELP */.CX}`,
    options: {
        ...verb/* COMMON */.Sq,
        images: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean', default: false },
        registry: { type: 'string' },
        insecure: { type: 'string', multiple: true },
        'as-of': { type: 'string' },
        json: { type: 'boolean', default: false },
        summary: { type: 'string' },
    },
    async run(values, positionals) {
        const root = (0,external_node_path_.resolve)((0,verb/* str */.gx)(values['root']) ?? '.');
        const configFile = (0,verb/* str */.gx)(values['config']) ?? 'images.yaml';
        const registry = (0,verb/* str */.gx)(values['registry']) ?? (await (0,project/* loadConfigFile */.HT)(root, configFile)).config.registry;
        const images = [...(0,verb/* strings */.P$)(values['images']).flatMap((v) => (0,interpret/* parseList */.E)(v)), ...positionals];
        const dryRun = values['dry-run'] === true;
        const asOf = parseAsOf((0,verb/* str */.gx)(values['as-of']));
        const client = (0,app_registry/* createRegistryClient */.H)({ insecureRegistries: (0,verb/* strings */.P$)(values['insecure']) });
        try {
            const deleter = (0,cli_deleter/* deleterFromEnvironment */.h)(registry, client);
            const result = await runCleanup({
                root,
                configFile,
                images,
                ...(registry ? { registry } : {}),
                dryRun,
                ...(asOf ? { now: asOf } : {}),
                client,
                deleter,
                log: (m) => process.stderr.write(`${m}\n`),
                group: async (title, body) => {
                    process.stderr.write(`── ${title}\n`);
                    return body();
                },
            });
            if (values['json'] === true) {
                process.stdout.write(`${JSON.stringify({ deleted: deletedOutput(result), kept: keptOutput(result) }, null, 2)}\n`);
            }
            else {
                printResult(result);
            }
            const summary = (0,verb/* str */.gx)(values['summary']);
            if (summary)
                await (0,promises_.writeFile)(summary, cleanupSummaryMarkdown(result));
            const failures = cleanupFailures(result);
            for (const f of failures)
                process.stderr.write(`error: ${f}\n`);
            return failures.length > 0 ? 1 : 0;
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
