export const id = 746;
export const ids = [746];
export const modules = {

/***/ 3746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BASE_DIGEST_LABEL: () => (/* binding */ BASE_DIGEST_LABEL),
  BASE_NAME_LABEL: () => (/* binding */ BASE_NAME_LABEL),
  SOURCES_LABEL: () => (/* binding */ SOURCES_LABEL),
  promotedTag: () => (/* binding */ promotedTag),
  registryUpstreamChecker: () => (/* binding */ registryUpstreamChecker)
});

// EXTERNAL MODULE: ./lib/src/adapters/registry/index.js + 16 modules
var registry = __webpack_require__(2953);
// EXTERNAL MODULE: ./lib/src/core/reference.js
var reference = __webpack_require__(4269);
;// CONCATENATED MODULE: ./lib/src/app/promote.js
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
            if (options.skipMissing && !tested && error instanceof RegistryError && error.status === 404) {
                options.log(`${item.image}: no build under ${formatReference(item.source)}; not promoted`);
                return;
            }
            throw error;
        }
        manifests.set(item.image, manifest);
        const tested = require?.get(item.image);
        if (tested !== undefined && tested !== manifest.digest) {
            mismatches.push(`${item.image}: ${formatReference(item.source)} now points at ${manifest.digest}, but smoke tested ${tested}`);
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
    const current = await Promise.all(item.tags.map((tag) => client.headManifest(withTag(item.target, tag))));
    for (const [i, tag] of item.tags.entries()) {
        const destination = withTag(item.target, tag);
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
            const result = await client.copyImage(withDigest(item.source, manifest.digest), destination);
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
    const limit = new Semaphore(IMAGES_AT_ONCE);
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
    return (0,reference/* parseReference */.F2)(`${registry.replace(/\/+$/, '')}/${prefix}${name}:${tag}`);
}

;// CONCATENATED MODULE: ./lib/src/app/upstream.js


const SOURCES_LABEL = 'io.image-actions.sources';
const BASE_NAME_LABEL = 'org.opencontainers.image.base.name';
const BASE_DIGEST_LABEL = 'org.opencontainers.image.base.digest';
/** The tag that marks "last promoted": the first literal promote tag, `latest` by default. */
function promotedTag(patterns) {
    return patterns.find((p) => p !== 'semver' && !p.includes('{')) ?? 'latest';
}
function recordedSources(labels) {
    try {
        const parsed = JSON.parse(labels[SOURCES_LABEL] ?? '{}');
        return typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    catch {
        return {};
    }
}
function registryUpstreamChecker(options) {
    return {
        async check(project, images) {
            const tag = promotedTag(project.config.tags.promote);
            const result = new Map();
            // Each external base is resolved once, however many images build on it.
            const baseDigests = new Map();
            const resolveBase = (reference, text) => {
                let pending = baseDigests.get(text);
                if (!pending) {
                    pending = options.client.headManifest(reference).then((h) => h?.digest);
                    baseDigests.set(text, pending);
                }
                return pending;
            };
            await Promise.all(images.map(async (name) => {
                const reasons = [];
                const ref = imageRef(options.registry, project.config.prefix, name, tag);
                let labels;
                try {
                    labels = (await options.client.getImageConfig(ref)).labels;
                }
                catch (error) {
                    if (error instanceof registry/* RegistryError */.gl && error.status === 404) {
                        result.set(name, ['new']);
                        options.log(`${name}: no ${tag} tag yet → new`);
                        return;
                    }
                    throw error;
                }
                const recorded = recordedSources(labels);
                for (const source of project.config.images[name]?.sources ?? []) {
                    const now = await options.lsRemote(source.url, source.ref);
                    if (recorded[source.name] !== now) {
                        reasons.push('source');
                        options.log(`${name}: source ${source.name} ${source.ref} is at ${now.slice(0, 7)}, built from ${(recorded[source.name] ?? 'unknown').slice(0, 7)}`);
                        break;
                    }
                }
                const bases = project.images.get(name)?.externalBases ?? [];
                // The base of the final stage is the one the label describes.
                const base = bases.find((b) => b.reference === labels[BASE_NAME_LABEL]) ?? bases[bases.length - 1];
                if (base) {
                    const current = await resolveBase(base.parsed, base.reference);
                    if (current === undefined)
                        throw new Error(`${name}: external base ${base.reference} does not exist in its registry`);
                    if (current !== labels[BASE_DIGEST_LABEL]) {
                        reasons.push('base');
                        options.log(`${name}: base ${base.reference} is now ${current.slice(0, 19)}, built on ${labels[BASE_DIGEST_LABEL]?.slice(0, 19) ?? 'an unrecorded digest'}`);
                    }
                }
                if (reasons.length > 0)
                    result.set(name, reasons);
            }));
            return result;
        },
    };
}


/***/ })

};
