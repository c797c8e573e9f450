export const id = 765;
export const ids = [765];
export const modules = {

/***/ 7892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RS: () => (/* binding */ useLayerCache),
/* harmony export */   T: () => (/* binding */ buildahGlobalArguments),
/* harmony export */   Vl: () => (/* binding */ buildahBudArguments),
/* harmony export */   Xm: () => (/* binding */ buildxArguments),
/* harmony export */   _l: () => (/* binding */ buildahPushArguments),
/* harmony export */   lC: () => (/* binding */ dockerBuildArguments),
/* harmony export */   ol: () => (/* binding */ hostPlatform)
/* harmony export */ });
function keyValues(flag, values) {
    return Object.keys(values)
        .sort()
        .flatMap((key) => [flag, `${key}=${values[key]}`]);
}
function repeated(flag, values) {
    return (values ?? []).flatMap((value) => [flag, value]);
}
function common(request) {
    return [
        '--file',
        request.dockerfile,
        ...(request.target === undefined ? [] : ['--target', request.target]),
        ...keyValues('--label', request.labels),
        ...keyValues('--build-arg', request.buildArgs),
    ];
}
/**
 * `docker buildx build …`. Pushing to an insecure registry goes through the image exporter's
 * `registry.insecure` (the `--push` shorthand has no such switch); buildx names the pushed image
 * after the `--tag`s. Pulling parents from such a registry is the builder instance's business
 * (its buildkitd.toml, or dockerd's insecure-registries for the `docker` driver).
 */
function buildxArguments(request, files, insecurePush) {
    const output = request.push
        ? insecurePush
            ? ['--output', 'type=image,push=true,registry.insecure=true']
            : ['--push']
        : ['--load', '--iidfile', files.iidFile];
    return [
        'buildx',
        'build',
        '--progress=plain',
        ...common(request),
        ...(request.platforms.length === 0 ? [] : ['--platform', request.platforms.join(',')]),
        ...repeated('--tag', request.tags),
        ...repeated('--cache-from', request.cache?.from),
        ...repeated('--cache-to', request.cache?.to),
        ...output,
        '--metadata-file',
        files.metadataFile,
        request.contextDir,
    ];
}
/**
 * Classic `docker build` (run with DOCKER_BUILDKIT set to match `mode`). One platform at most:
 * the classic builder makes one image per build. `--progress` exists only with BuildKit; the
 * legacy builder gets `--force-rm`, as it otherwise keeps the container of a failed step.
 * `--cache-from` names local images (a restored layer cache); the inline-cache build argument
 * is BuildKit's alone (the legacy builder would warn that nothing consumed it).
 */
function dockerBuildArguments(request, mode, iidFile) {
    if (request.platforms.length > 1)
        throw new Error('classic docker build makes one platform per build');
    const inline = mode === 'buildkit' && request.cache?.inline === true && request.buildArgs['BUILDKIT_INLINE_CACHE'] === undefined;
    return [
        'build',
        ...(mode === 'buildkit' ? ['--progress=plain'] : ['--force-rm']),
        ...common(request),
        ...(inline ? ['--build-arg', 'BUILDKIT_INLINE_CACHE=1'] : []),
        ...(request.platforms.length === 1 ? ['--platform', request.platforms[0]] : []),
        ...repeated('--cache-from', request.cache?.from),
        ...repeated('--tag', request.tags),
        '--iidfile',
        iidFile,
        request.contextDir,
    ];
}
/** Global options that must be the same for `bud` and `push` (they address the same store). */
function buildahGlobalArguments(setup) {
    return setup.storageDriver === undefined ? [] : ['--storage-driver', setup.storageDriver];
}
/**
 * `buildah bud …`. One platform: the image is written with its ID to `output.iidFile`. Several:
 * the per-platform images are collected into the local manifest list `output.manifest`.
 * `layers` (`--layers`) keeps and reuses intermediate layers, which is what a restored layer
 * cache is made of; see `useLayerCache` for when that is safe.
 */
function buildahBudArguments(request, setup, output, layers) {
    return [
        ...buildahGlobalArguments(setup),
        'bud',
        ...(setup.isolation === undefined ? [] : ['--isolation', setup.isolation]),
        ...(layers ? ['--layers'] : []),
        ...common(request),
        ...(request.platforms.length === 0 ? [] : ['--platform', request.platforms.join(',')]),
        ...('iidFile' in output ? [...repeated('--tag', request.tags), '--iidfile', output.iidFile] : ['--manifest', output.manifest]),
        request.contextDir,
    ];
}
/** `buildah push` of one image (or `manifest push --all` of a list) to one tag. */
function buildahPushArguments(setup, source, tag, digestFile, insecure) {
    const tls = insecure ? ['--tls-verify=false'] : [];
    const destination = `docker://${tag}`;
    return 'imageId' in source
        ? [...buildahGlobalArguments(setup), 'push', ...tls, '--digestfile', digestFile, source.imageId, destination]
        : [...buildahGlobalArguments(setup), 'manifest', 'push', '--all', ...tls, '--digestfile', digestFile, source.manifest, destination];
}
const NODE_TO_OCI_ARCH = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };
/** `linux/amd64`-style name of the platform this process runs on. */
function hostPlatform(nodePlatform = process.platform, nodeArch = process.arch) {
    return `${nodePlatform}/${NODE_TO_OCI_ARCH[nodeArch] ?? nodeArch}`;
}
/**
 * Whether buildah may reuse cached layers for this request. Buildah before 1.41 does not compare
 * a cache candidate's platform with the one being built (containers/podman#18723, fixed by
 * containers/buildah#6269): after a `FROM scratch` build for one architecture, the build for
 * another reuses its image, and a multi-platform list ends up with a single entry. So the cache
 * is used only when everything is built for the host's own platform.
 */
function useLayerCache(platforms, host = hostPlatform()) {
    return platforms.length === 0 || (platforms.length === 1 && platforms[0] === host);
}


/***/ }),

/***/ 3229:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ BuildahBuilder),
/* harmony export */   si: () => (/* binding */ probeBuildah)
/* harmony export */ });
/* unused harmony exports fromReferences, registriesConfWithInsecure */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _core_dockerfile_instructions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5189);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4688);
/* harmony import */ var _arguments_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7892);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66);
/* harmony import */ var _log_lines_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2604);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8165);
/* harmony import */ var _registries_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4465);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9109);
/**
 * `buildah bud`, then `buildah push --digestfile` to every tag: daemonless, so it works where
 * there is no Docker daemon, rootless included.
 *
 * - Storage: the configured driver (overlay, normally) when a test build works with it, else
 *   `vfs`, which works everywhere (overlay-on-overlay, old kernels, some rootless setups) at the
 *   cost of disk. Probed once per process.
 * - Isolation: `chroot` unless the user chose one with BUILDAH_ISOLATION. The default `oci`
 *   needs working user namespaces and a runtime, which containers and locked-down runners lack;
 *   chroot needs neither and builds the same image.
 * - Registries on loopback or listed as insecure are reached over HTTP: for pulls through a
 *   generated registries.conf (the system one plus `insecure = true` entries, so that only those
 *   hosts lose TLS), for pushes with `--tls-verify=false` per tag.
 */












const INSTALL_HINT = 'Install buildah (e.g. `apt-get install -y buildah`; it is preinstalled on GitHub\'s Ubuntu runners), or choose another builder.';
/** The `Error: …` line of a failed buildah run (warnings may follow it), else its last line. */
function errorLine(text) {
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
    return lines.findLast((l) => /^error\b/i.test(l)) ?? lines.at(-1) ?? 'no output';
}
async function tryStorageDriver(buildah, env, setup) {
    return (0,_process_js__WEBPACK_IMPORTED_MODULE_9__/* .withScratchDir */ .Cc)(async (dir) => {
        const context = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'context');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(context);
        // COPY makes buildah mount the working container, which is where a storage driver fails.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(context, 'probe'), 'image-actions storage probe\n');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(context, 'Dockerfile'), 'FROM scratch\nCOPY probe /probe\n');
        const iidFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'iid');
        const args = [
            ...(0,_arguments_js__WEBPACK_IMPORTED_MODULE_6__/* .buildahGlobalArguments */ .T)(setup),
            'bud',
            ...(setup.isolation === undefined ? [] : ['--isolation', setup.isolation]),
            '--iidfile',
            iidFile,
            context,
        ];
        const result = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)(buildah, args, { env, timeoutMs: 120_000 });
        const imageId = await (0,_process_js__WEBPACK_IMPORTED_MODULE_9__/* .readWrittenValue */ .HR)(iidFile);
        if (imageId !== undefined) {
            await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)(buildah, [...(0,_arguments_js__WEBPACK_IMPORTED_MODULE_6__/* .buildahGlobalArguments */ .T)(setup), 'rmi', imageId], { env });
        }
        return result.exitCode === 0 && imageId !== undefined ? { ok: true } : { ok: false, why: errorLine(`${result.stdout}\n${result.stderr}`) };
    });
}
async function probeUncached(buildah, env) {
    let version;
    try {
        version = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)(buildah, ['--version'], { env, timeoutMs: 30_000 });
    }
    catch (error) {
        return { usable: false, reason: error.message };
    }
    if (version.exitCode !== 0)
        return { usable: false, reason: `buildah --version failed: ${errorLine(version.stderr)}` };
    const versionText = version.stdout.trim().replace(/^buildah version\s+/, '').split(/\s+/)[0] ?? '';
    const isolation = env['BUILDAH_ISOLATION'] ? undefined : 'chroot';
    const base = isolation === undefined ? {} : { isolation };
    // A driver chosen by the user (STORAGE_DRIVER) is theirs to get right: try only that one.
    const candidates = env['STORAGE_DRIVER'] ? [base] : [base, { ...base, storageDriver: 'vfs' }];
    const failures = [];
    for (const setup of candidates) {
        const tried = await tryStorageDriver(buildah, env, setup);
        const driver = setup.storageDriver ?? env['STORAGE_DRIVER'] ?? 'the configured storage driver';
        if (tried.ok) {
            const fallback = failures.length === 0 ? '' : ` (${failures.join('; ')})`;
            return {
                usable: true,
                setup,
                version: versionText,
                detail: `buildah ${versionText}, ${driver}, ${env['BUILDAH_ISOLATION'] ? `isolation ${env['BUILDAH_ISOLATION']} from BUILDAH_ISOLATION` : 'chroot isolation'}${fallback}`,
            };
        }
        failures.push(`${driver} failed: ${tried.why}`);
    }
    return { usable: false, reason: `a test build failed: ${failures.join('; ')}` };
}
const probes = new Map();
/** Whether buildah builds here, and with which storage driver; probed once per process. */
function probeBuildah(options = {}) {
    const buildah = options.buildah ?? 'buildah';
    const env = options.env ?? process.env;
    const key = JSON.stringify([buildah, env['STORAGE_DRIVER'] ?? '', env['BUILDAH_ISOLATION'] ?? '', env['CONTAINERS_STORAGE_CONF'] ?? '']);
    let probe = probes.get(key);
    if (!probe) {
        probe = probeUncached(buildah, env);
        probes.set(key, probe);
    }
    return probe;
}
/** References named by the Dockerfile's FROMs (stage names and `${ARG}` forms included: they just do not parse later). */
function fromReferences(dockerfileText) {
    return (0,_core_dockerfile_instructions_js__WEBPACK_IMPORTED_MODULE_4__/* .readInstructions */ .K)(dockerfileText, 'Dockerfile')
        .instructions.filter((i) => i.keyword === 'from')
        .map((i) => i.args.text.trim().split(/\s+/).find((w) => !w.startsWith('--')))
        .filter((w) => w !== undefined);
}
/** The registries.conf in use, as containers/image picks it: env, then the user's, then the system's. */
async function currentRegistriesConf(env) {
    const candidates = [
        env['CONTAINERS_REGISTRIES_CONF'],
        process.getuid?.() === 0 ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env['HOME'] ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.config/containers/registries.conf'),
        '/etc/containers/registries.conf',
    ].filter((c) => c !== undefined && c !== '');
    for (const path of candidates) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(path);
            return { path, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8') };
        }
        catch {
            // Not there: the next candidate.
        }
    }
    return undefined;
}
/**
 * A registries.conf that is the current one plus `insecure = true` for `hosts`. A version 1 file
 * (`[registries.insecure]`) cannot be mixed with version 2 entries, so it is replaced instead.
 */
function registriesConfWithInsecure(current, hosts) {
    const entries = hosts.map((host) => `[[registry]]\nlocation = ${JSON.stringify(host)}\ninsecure = true\n`).join('\n');
    const keep = current !== undefined && !/^\s*\[registries\./m.test(current) ? current : 'unqualified-search-registries = ["docker.io"]\n';
    return `${keep.trimEnd()}\n\n# Added by image-actions for this build: registries reached over HTTP.\n${entries}`;
}
class BuildahBuilder {
    probe;
    name = 'buildah';
    description;
    /** The buildah binary and its environment, for whoever works on the same store (the layer cache). */
    buildah;
    env;
    constructor(options, probe) {
        this.probe = probe;
        this.buildah = options.buildah ?? 'buildah';
        this.env = options.env ?? process.env;
        this.description = `buildah: ${probe.detail}`;
    }
    static async create(options = {}) {
        const probe = await probeBuildah(options);
        if (!probe.usable)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .BuilderUnavailableError */ .yk('buildah', probe.reason, INSTALL_HINT);
        return new BuildahBuilder(options, probe);
    }
    get setup() {
        return this.probe.setup;
    }
    /**
     * Removes a multi-platform build's local list and its per-platform images: they were built
     * without the layer cache (see useLayerCache) and would only be dead weight in a cached store.
     * Best effort: a leftover costs disk, not correctness.
     */
    async removeManifestList(manifest, env, log) {
        const global = (0,_arguments_js__WEBPACK_IMPORTED_MODULE_6__/* .buildahGlobalArguments */ .T)(this.setup);
        const inspect = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)(this.buildah, [...global, 'manifest', 'inspect', manifest], { env });
        let digests = new Set();
        try {
            const list = JSON.parse(inspect.stdout);
            digests = new Set((list.manifests ?? []).map((m) => m.digest ?? ''));
        }
        catch {
            // No list to read: nothing was added to it.
        }
        await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)(this.buildah, [...global, 'manifest', 'rm', manifest], { env });
        const images = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)(this.buildah, [...global, 'images', '--no-trunc', '--format', '{{.ID}} {{.Digest}}'], { env });
        const ids = images.stdout
            .split('\n')
            .map((line) => line.trim().split(/\s+/))
            .filter(([id, digest]) => id !== undefined && id !== '' && digest !== undefined && digests.has(digest))
            .map(([id]) => id);
        if (ids.length > 0) {
            const removed = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)(this.buildah, [...global, 'rmi', ...ids], { env });
            if (removed.exitCode !== 0)
                log.note(`could not remove the per-platform images ${ids.join(' ')}: ${errorLine(removed.stderr)}`);
        }
    }
    async build(request) {
        if (request.tags.length === 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .UnsupportedBuildRequestError */ .Lx('buildah', request.image, 'no tag was given');
        const multiPlatform = request.platforms.length > 1;
        if (multiPlatform && !request.push) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .UnsupportedBuildRequestError */ .Lx('buildah', request.image, 'a multi-platform image only exists as a manifest list in a registry: set push to true');
        }
        const start = performance.now();
        const log = new _log_lines_js__WEBPACK_IMPORTED_MODULE_8__/* .LogLines */ .K(request.onLog);
        const dockerfileText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(request.dockerfile, 'utf8');
        const insecure = request.insecureRegistries ?? [];
        return (0,_process_js__WEBPACK_IMPORTED_MODULE_9__/* .withScratchDir */ .Cc)(async (dir) => {
            const pullHosts = (0,_registries_js__WEBPACK_IMPORTED_MODULE_10__/* .insecureRegistriesOf */ .FE)([...fromReferences(dockerfileText), ...request.tags], insecure);
            let env = this.env;
            if (pullHosts.length > 0) {
                const conf = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'registries.conf');
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(conf, registriesConfWithInsecure((await currentRegistriesConf(this.env))?.text, pullHosts));
                env = (0,_process_js__WEBPACK_IMPORTED_MODULE_9__/* .envWith */ .g1)({ CONTAINERS_REGISTRIES_CONF: conf }, this.env);
                log.note(`registries reached over HTTP: ${pullHosts.join(', ')}`);
            }
            const iidFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'iid');
            const manifest = `localhost/image-actions-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
            const output = multiPlatform ? { manifest } : { iidFile };
            const built = await (0,_process_js__WEBPACK_IMPORTED_MODULE_9__/* .runLogged */ .Eb)(log, this.buildah, (0,_arguments_js__WEBPACK_IMPORTED_MODULE_6__/* .buildahBudArguments */ .Vl)(request, this.setup, output, (0,_arguments_js__WEBPACK_IMPORTED_MODULE_6__/* .useLayerCache */ .RS)(request.platforms)), { env });
            if (built.exitCode !== 0) {
                throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .BuildFailedError */ .Wu({
                    image: request.image,
                    builder: 'buildah',
                    phase: 'build',
                    reason: `buildah bud exited with ${built.exitCode}: ${log.lastLines().at(-1) ?? 'no output'}`,
                    logTail: log.lastLines(),
                    dockerfile: request.dockerfile,
                    dockerfileLine: (0,_failure_js__WEBPACK_IMPORTED_MODULE_7__/* .failingDockerfileLine */ .zU)('buildah', log.lines(), dockerfileText),
                });
            }
            try {
                const imageId = multiPlatform ? undefined : await (0,_process_js__WEBPACK_IMPORTED_MODULE_9__/* .readWrittenValue */ .HR)(iidFile);
                if (!multiPlatform && imageId === undefined)
                    throw new Error(`buildah bud of ${request.image} succeeded but wrote no image ID to --iidfile`);
                if (!request.push) {
                    return { pushed: false, imageId: imageId, image: request.image, builder: 'buildah', durationMs: (0,_process_js__WEBPACK_IMPORTED_MODULE_9__/* .elapsedSince */ .lP)(start), logTail: log.lastLines() };
                }
                const source = imageId === undefined ? { manifest } : { imageId };
                const digests = new Map();
                for (const [index, tag] of request.tags.entries()) {
                    const digestFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `digest-${index}`);
                    const args = (0,_arguments_js__WEBPACK_IMPORTED_MODULE_6__/* .buildahPushArguments */ ._l)(this.setup, source, tag, digestFile, (0,_registries_js__WEBPACK_IMPORTED_MODULE_10__/* .isInsecureRegistry */ .y_)((0,_registries_js__WEBPACK_IMPORTED_MODULE_10__/* .registryOf */ .Fv)(tag), insecure));
                    const pushed = await (0,_process_js__WEBPACK_IMPORTED_MODULE_9__/* .runLogged */ .Eb)(log, this.buildah, args, { env });
                    const digest = pushed.exitCode === 0 ? await (0,_process_js__WEBPACK_IMPORTED_MODULE_9__/* .readWrittenValue */ .HR)(digestFile) : undefined;
                    if (digest === undefined) {
                        throw new _types_js__WEBPACK_IMPORTED_MODULE_11__/* .BuildFailedError */ .Wu({
                            image: request.image,
                            builder: 'buildah',
                            phase: 'push',
                            reason: `buildah push to ${tag} ${pushed.exitCode === 0 ? 'wrote no --digestfile' : `exited with ${pushed.exitCode}`}: ${log.lastLines().at(-1) ?? 'no output'}`,
                            logTail: log.lastLines(),
                            dockerfile: request.dockerfile,
                        });
                    }
                    digests.set(tag, digest);
                }
                const distinct = new Set(digests.values());
                if (distinct.size !== 1) {
                    throw new Error(`buildah pushed ${request.image} as different digests: ${[...digests].map(([t, d]) => `${t} → ${d}`).join(', ')}`);
                }
                const digest = [...distinct][0];
                log.note(`pushed ${request.tags.join(', ')} as ${digest}`);
                return { pushed: true, digest, image: request.image, builder: 'buildah', durationMs: (0,_process_js__WEBPACK_IMPORTED_MODULE_9__/* .elapsedSince */ .lP)(start), logTail: log.lastLines() };
            }
            finally {
                if (multiPlatform)
                    await this.removeManifestList(manifest, env, log);
            }
        });
    }
}


/***/ }),

/***/ 66:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   zU: () => (/* binding */ failingDockerfileLine)
/* harmony export */ });
/* unused harmony exports findFailedStep, locateFailedStep */
/* harmony import */ var _core_dockerfile_instructions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5189);
/* harmony import */ var _core_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4269);
/**
 * Which Dockerfile line a failed build died on, read from the builder's own output, so that the
 * failure becomes an annotation on that line. Best effort: when the output does not say, or says
 * something that matches no single instruction, the answer is "unknown", never a guess.
 *
 * What each builder prints (as observed on real failures):
 * - legacy `docker build`: `Step 5/8 : RUN echo final &&     exit 3` before each instruction,
 *   counted over the whole file (ARGs before the first FROM included); the last one failed.
 *   Parse errors: `dockerfile parse error line 4: unknown instruction: FOO`.
 * - BuildKit (docker ≥ 23, buildx): a `Dockerfile:12` heading above a source excerpt. Older
 *   BuildKit (docker 20.10) only names the step: ` > [stage-1 1/1] RUN echo final &&     exit 3:`
 *   where the counter skips metadata-only instructions, so only the text can be matched; a base
 *   that cannot be pulled shows as ` > [internal] load metadata for 127.0.0.1:5000/x/base:1:`.
 * - buildah: `[2/2] STEP 3/3: RUN …` before each instruction (the stage counter skips unused
 *   stages, so it is only a hint), then `Error: building at STEP "RUN …": …`.
 * Continuation lines appear joined, backslash and newline removed, indentation kept.
 */


const LEGACY_STEP = /^Step (\d+)\/\d+ : (.+)$/;
const PARSE_ERROR_LINE = /dockerfile parse error (?:on )?line (\d+)/i;
// BuildKit's source excerpt heading: `Dockerfile:12` or `Dockerfile:11-13`, then a dashed rule.
const BUILDKIT_SOURCE_HEADING = /^(\S+):(\d+)(?:-\d+)?$/;
const DASHED_RULE = /^-{5,}$/;
const BUILDKIT_FAILED_VERTEX = /^\s*> \[([^\]]+)\] (.+):$/;
const BUILDKIT_VERTEX = /^#(\d+) \[([^\]]+)\] (.+)$/;
const BUILDKIT_VERTEX_ERROR = /^#(\d+) ERROR:/;
const LOAD_METADATA = /^load metadata for (\S+)$/;
const BUILDAH_STEP = /^(?:\[(\d+)\/\d+\] )?STEP (\d+)\/\d+: (.+)$/;
const BUILDAH_ERROR_STEP = /^Error: building at STEP "(.+?)": /;
function lastMatch(lines, pattern) {
    for (let i = lines.length - 1; i >= 0; i--) {
        const match = pattern.exec(lines[i]);
        if (match)
            return match;
    }
    return undefined;
}
function parseErrorLine(lines) {
    const match = lastMatch(lines, PARSE_ERROR_LINE);
    return match ? { kind: 'line', line: Number(match[1]) } : undefined;
}
/** BuildKit's `[label]`: `2/3`, `stage-1 1/1`, `build 2/3`, `internal`, `linux/amd64 build 2/3`. */
function stageFromVertexLabel(label) {
    const words = label.trim().split(/\s+/);
    if (words.length < 2)
        return undefined;
    const name = words[words.length - 2];
    const numbered = /^stage-(\d+)$/.exec(name);
    return numbered ? { index: Number(numbered[1]) } : { name };
}
function buildkitStep(label, text) {
    if (label.trim() === 'internal') {
        const base = LOAD_METADATA.exec(text.trim());
        return base ? { kind: 'base', reference: base[1] } : undefined;
    }
    const stage = stageFromVertexLabel(label);
    return { kind: 'step', text, ...(stage === undefined ? {} : { stage }) };
}
function findBuildkitStep(lines) {
    for (let i = lines.length - 2; i >= 0; i--) {
        const heading = BUILDKIT_SOURCE_HEADING.exec(lines[i]);
        if (heading && DASHED_RULE.test(lines[i + 1]))
            return { kind: 'line', line: Number(heading[2]) };
    }
    const failed = lastMatch(lines, BUILDKIT_FAILED_VERTEX);
    if (failed)
        return buildkitStep(failed[1], failed[2]);
    // Without the summary block: the vertex that reported ERROR, by its number.
    const error = lastMatch(lines, BUILDKIT_VERTEX_ERROR);
    if (error) {
        for (const line of lines) {
            const vertex = BUILDKIT_VERTEX.exec(line);
            if (vertex && vertex[1] === error[1])
                return buildkitStep(vertex[2], vertex[3]);
        }
    }
    return parseErrorLine(lines);
}
function findLegacyStep(lines) {
    // A parse error happens before any step is printed, so it wins when present.
    const parse = parseErrorLine(lines);
    if (parse)
        return parse;
    const step = lastMatch(lines, LEGACY_STEP);
    return step ? { kind: 'step', globalIndex: Number(step[1]), text: step[2] } : undefined;
}
function findBuildahStep(lines) {
    const step = lastMatch(lines, BUILDAH_STEP);
    if (step) {
        return {
            kind: 'step',
            text: step[3],
            indexInStage: Number(step[2]),
            ...(step[1] === undefined ? {} : { stage: { index: Number(step[1]) - 1 } }),
        };
    }
    const error = lastMatch(lines, BUILDAH_ERROR_STEP);
    return error ? { kind: 'step', text: error[1] } : parseErrorLine(lines);
}
/** Reads the failing step out of a failed build's output. */
function findFailedStep(dialect, lines) {
    switch (dialect) {
        case 'legacy':
            return findLegacyStep(lines);
        case 'buildkit':
            return findBuildkitStep(lines);
        case 'buildah':
            return findBuildahStep(lines);
    }
}
function splitStages(instructions) {
    const stages = [];
    for (const instruction of instructions) {
        if (instruction.keyword === 'from') {
            const words = instruction.args.text.trim().split(/\s+/);
            const as = words.findIndex((w) => w.toLowerCase() === 'as');
            const name = as >= 0 ? words[as + 1]?.toLowerCase() : undefined;
            stages.push({ index: stages.length, ...(name === undefined ? {} : { name }), instructions: [instruction] });
        }
        else {
            stages[stages.length - 1]?.instructions.push(instruction);
        }
    }
    return stages;
}
function normalise(text) {
    const collapsed = text.trim().replace(/\s+/g, ' ');
    const space = collapsed.indexOf(' ');
    const keyword = space < 0 ? collapsed : collapsed.slice(0, space);
    return keyword.toUpperCase() + (space < 0 ? '' : collapsed.slice(space));
}
function instructionText(instruction) {
    return normalise(`${instruction.keyword} ${instruction.args.text}`);
}
function lineOf(instruction) {
    return instruction.keywordLocation.line;
}
function stageOf(stages, hint) {
    if (hint === undefined)
        return undefined;
    if ('index' in hint)
        return stages[hint.index];
    const name = hint.name.toLowerCase();
    return stages.find((s) => s.name === name);
}
function locateStep(step, instructions) {
    const wanted = normalise(step.text);
    if (step.globalIndex !== undefined) {
        const byIndex = instructions[step.globalIndex - 1];
        if (byIndex && instructionText(byIndex) === wanted)
            return lineOf(byIndex);
    }
    const stages = splitStages(instructions);
    const stage = stageOf(stages, step.stage);
    if (stage && step.indexInStage !== undefined) {
        const byIndex = stage.instructions[step.indexInStage - 1];
        if (byIndex && instructionText(byIndex) === wanted)
            return lineOf(byIndex);
    }
    const matching = instructions.filter((i) => instructionText(i) === wanted);
    if (matching.length === 1)
        return lineOf(matching[0]);
    if (stage) {
        const inStage = stage.instructions.filter((i) => instructionText(i) === wanted);
        if (inStage.length === 1)
            return lineOf(inStage[0]);
    }
    return undefined;
}
function sameImage(a, b) {
    try {
        const x = (0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(a);
        const y = (0,_core_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(b);
        return x.registry === y.registry && x.repository === y.repository && JSON.stringify(x.target) === JSON.stringify(y.target);
    }
    catch {
        return false;
    }
}
function locateBase(reference, instructions) {
    const froms = instructions.filter((i) => {
        if (i.keyword !== 'from')
            return false;
        const image = i.args.text.trim().split(/\s+/).find((w) => !w.startsWith('--'));
        return image !== undefined && (image === reference || sameImage(image, reference));
    });
    return froms.length === 1 ? lineOf(froms[0]) : undefined;
}
/** Maps a failing step to its 1-based line in the Dockerfile, when exactly one instruction fits. */
function locateFailedStep(step, dockerfileText) {
    const { instructions } = (0,_core_dockerfile_instructions_js__WEBPACK_IMPORTED_MODULE_0__/* .readInstructions */ .K)(dockerfileText, 'Dockerfile');
    const lineCount = dockerfileText.split('\n').length;
    switch (step.kind) {
        case 'line':
            return step.line >= 1 && step.line <= lineCount ? step.line : undefined;
        case 'step':
            return locateStep(step, instructions);
        case 'base':
            return locateBase(step.reference, instructions);
    }
}
/** Both steps at once: the failing Dockerfile line named by a failed build's output, if any. */
function failingDockerfileLine(dialect, lines, dockerfileText) {
    const step = findFailedStep(dialect, lines);
    return step === undefined ? undefined : locateFailedStep(step, dockerfileText);
}


/***/ }),

/***/ 2604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ LogLines)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9109);
/**
 * Turns a builder's output chunks (stdout and stderr, cut anywhere inside a line) into whole
 * lines, hands each to the caller as soon as it is complete, and keeps the last few for error
 * reports.
 *
 * stdout and stderr each get their own partial-line buffer: interleaving them mid-line would
 * glue unrelated halves together.
 */

// ANSI colour and cursor sequences: BuildKit and buildah emit a few even without a terminal.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
class LogLines {
    onLine;
    tailSize;
    tail = [];
    partial = new Map();
    /** Every line seen, for failure analysis; builds print a few thousand lines at most. */
    all = [];
    constructor(onLine, tailSize = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LOG_TAIL_LINES */ .A5) {
        this.onLine = onLine;
        this.tailSize = tailSize;
    }
    /** A writer for one stream, to pass as `onStdout`/`onStderr`. */
    stream(name) {
        return (chunk) => this.push(name, chunk);
    }
    /** Adds one line of our own (e.g. the command being run), as if the builder had printed it. */
    note(line) {
        this.emit(line);
    }
    /** Flushes unterminated last lines; call once the process has exited. */
    flush() {
        for (const [name, rest] of this.partial) {
            if (rest !== '')
                this.emit(rest);
            this.partial.set(name, '');
        }
    }
    lastLines() {
        return [...this.tail];
    }
    lines() {
        return this.all;
    }
    push(name, chunk) {
        const text = (this.partial.get(name) ?? '') + chunk;
        // `\r` alone is a progress redraw: the text after it replaces the line, so it ends one too.
        const pieces = text.split(/\r\n|\n|\r/);
        this.partial.set(name, pieces.pop() ?? '');
        for (const piece of pieces)
            this.emit(piece);
    }
    emit(raw) {
        const line = raw.replace(ANSI, '').trimEnd();
        if (line === '')
            return;
        this.all.push(line);
        this.tail.push(line);
        if (this.tail.length > this.tailSize)
            this.tail.shift();
        this.onLine(line);
    }
}


/***/ }),

/***/ 8165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ withScratchDir),
/* harmony export */   Eb: () => (/* binding */ runLogged),
/* harmony export */   HR: () => (/* binding */ readWrittenValue),
/* harmony export */   g1: () => (/* binding */ envWith),
/* harmony export */   lP: () => (/* binding */ elapsedSince)
/* harmony export */ });
/* unused harmony export displayCommand */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4688);
/* harmony import */ var _log_lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2604);
/**
 * What the three builders share around running their tools: a scratch directory per build for
 * the files the tools write (metadata, image IDs, digests), command echoing without build-arg
 * values, and the streaming of output into the request's log.
 */





/** Runs `use` with a fresh temporary directory (under RUNNER_TEMP on GitHub) and removes it after. */
async function withScratchDir(use) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env['RUNNER_TEMP'] ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'image-actions-build-'));
    try {
        return await use(dir);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
/** Reads a one-line file a tool wrote (`--iidfile`, `--digestfile`), or undefined when absent. */
async function readWrittenValue(file) {
    try {
        const text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8')).trim();
        return text === '' ? undefined : text;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * The command as shown in the log. Build-arg values are left out: people do pass tokens that
 * way, and the log is public on public repositories.
 */
function displayCommand(command, args) {
    const shown = args.map((arg, i) => {
        if (i > 0 && args[i - 1] === '--build-arg') {
            const eq = arg.indexOf('=');
            return eq < 0 ? arg : `${arg.slice(0, eq)}=…`;
        }
        return /[\s"'$`\\]/.test(arg) || arg === '' ? JSON.stringify(arg) : arg;
    });
    return [command, ...shown].join(' ');
}
/** Runs a tool, echoing its command and streaming both outputs, line by line, into `log`. */
async function runLogged(log, command, args, options = {}) {
    log.note(`$ ${displayCommand(command, args)}`);
    try {
        return await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)(command, args, {
            ...(options.env === undefined ? {} : { env: options.env }),
            ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
            onStdout: log.stream('stdout'),
            onStderr: log.stream('stderr'),
        });
    }
    finally {
        log.flush();
    }
}
/** The environment of this process with some variables set (undefined values removed). */
function envWith(overrides, base = process.env) {
    const env = { ...base };
    for (const [key, value] of Object.entries(overrides)) {
        if (value === undefined)
            delete env[key];
        else
            env[key] = value;
    }
    return env;
}
function elapsedSince(start) {
    return Math.round(performance.now() - start);
}


/***/ }),

/***/ 4465:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ insecureRegistriesOf),
/* harmony export */   Fv: () => (/* binding */ registryOf),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   y_: () => (/* binding */ isInsecureRegistry)
/* harmony export */ });
/* unused harmony export isLoopbackRegistry */
/* harmony import */ var _core_reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4269);
/**
 * Which registries a build talks to over plain HTTP: the ones the user lists as insecure, and any
 * on the loopback interface (a registry started next to the build, as dockerd also assumes).
 */

/** `host[:port]` of a reference, as it is contacted (`registry-1.docker.io` for Docker Hub). */
function registryOf(reference) {
    return (0,_core_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(reference).registry;
}
/** `registry/repository` of a reference, tag and digest dropped: what a push goes to. */
function repositoryOf(reference) {
    const parsed = (0,_core_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseReference */ .F2)(reference);
    return `${parsed.registry}/${parsed.repository}`;
}
function hostName(registry) {
    if (registry.startsWith('['))
        return registry.slice(1, registry.indexOf(']'));
    const colon = registry.lastIndexOf(':');
    return colon >= 0 ? registry.slice(0, colon) : registry;
}
function isLoopbackRegistry(registry) {
    const host = hostName(registry).toLowerCase();
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/** Whether `registry` is reached over HTTP: listed as insecure, or on loopback. */
function isInsecureRegistry(registry, insecure = []) {
    return isLoopbackRegistry(registry) || insecure.some((entry) => entry.trim().toLowerCase() === registry.toLowerCase());
}
/**
 * The insecure registries among `references` (tags, parents), plus every listed one: sorted,
 * without duplicates. References that do not parse (e.g. still holding `${VAR}`) are skipped.
 */
function insecureRegistriesOf(references, insecure = []) {
    const hosts = new Set(insecure.map((h) => h.trim()).filter((h) => h !== ''));
    for (const reference of references) {
        let registry;
        try {
            registry = registryOf(reference);
        }
        catch {
            continue;
        }
        if (isInsecureRegistry(registry, insecure))
            hosts.add(registry);
    }
    return [...hosts].sort();
}


/***/ }),

/***/ 9109:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ LOG_TAIL_LINES),
/* harmony export */   Lx: () => (/* binding */ UnsupportedBuildRequestError),
/* harmony export */   Wu: () => (/* binding */ BuildFailedError),
/* harmony export */   ZJ: () => (/* binding */ BUILDER_NAMES),
/* harmony export */   yk: () => (/* binding */ BuilderUnavailableError)
/* harmony export */ });
/**
 * What every builder (buildx, classic docker, buildah) is asked to do and what it answers, so
 * that the build use case can schedule images without knowing which tool builds them.
 */
const BUILDER_NAMES = ['buildx', 'docker', 'buildah'];
/** How many trailing output lines an outcome or a failure keeps. */
const LOG_TAIL_LINES = 30;
/** The build (or its push) failed: the builder's own last words, and where in the Dockerfile when it said. */
class BuildFailedError extends Error {
    image;
    builder;
    logTail;
    /** The Dockerfile that was built (the `dockerfile` of the request). */
    dockerfile;
    /** 1-based line of the failing instruction in `dockerfile`, when the builder's output names it. */
    dockerfileLine;
    phase;
    constructor(details) {
        const where = details.dockerfileLine === undefined ? '' : ` at ${details.dockerfile}:${details.dockerfileLine}`;
        super(`${details.builder} failed to ${details.phase} ${details.image}${where}: ${details.reason}`);
        this.name = 'BuildFailedError';
        this.image = details.image;
        this.builder = details.builder;
        this.phase = details.phase;
        this.logTail = details.logTail;
        this.dockerfile = details.dockerfile;
        if (details.dockerfileLine !== undefined)
            this.dockerfileLine = details.dockerfileLine;
    }
}
/** The requested builder cannot work on this machine; the message says what to install or change. */
class BuilderUnavailableError extends Error {
    builder;
    reason;
    hint;
    constructor(builder, reason, hint) {
        super(`the ${builder} builder is not usable here: ${reason}. ${hint}`);
        this.builder = builder;
        this.reason = reason;
        this.hint = hint;
        this.name = 'BuilderUnavailableError';
    }
}
/** The request asks for something this builder cannot do (e.g. several platforms with classic docker). */
class UnsupportedBuildRequestError extends Error {
    builder;
    image;
    constructor(builder, image, reason) {
        super(`${builder} cannot build ${image}: ${reason}`);
        this.builder = builder;
        this.image = image;
        this.name = 'UnsupportedBuildRequestError';
    }
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

/***/ 4201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ BASE_NAME_LABEL),
/* harmony export */   Ou: () => (/* binding */ SOURCES_LABEL),
/* harmony export */   Pu: () => (/* binding */ promotedTag),
/* harmony export */   m8: () => (/* binding */ BASE_DIGEST_LABEL)
/* harmony export */ });
/* unused harmony export registryUpstreamChecker */
/* harmony import */ var _adapters_registry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8431);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3394);


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
                    if (error instanceof RegistryError && error.status === 404) {
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
