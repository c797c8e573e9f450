export const id = 534;
export const ids = [534];
export const modules = {

/***/ 4534:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  smokeVerb: () => (/* binding */ smokeVerb)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/src/core/checks/env-names.js
/**
 * Environment variable names derived from image and service names: `IMAGE_<NAME>` for each
 * image's reference, `SERVICE_<NAME>_…` for a deployed service's endpoints. Upper case, with
 * every character a variable name cannot hold (`-`, `.`) turned into `_`: `web-tls` →
 * `IMAGE_WEB_TLS`.
 */
function envSuffix(name) {
    return name.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}
function imageEnvName(image) {
    return `IMAGE_${envSuffix(image)}`;
}
function serviceEnvPrefix(service) {
    return `SERVICE_${envSuffix(service)}`;
}
class EnvNameClash extends Error {
    variable;
    names;
    constructor(variable, names) {
        super(`${names.map((n) => `"${n}"`).join(' and ')} both become ${variable}; rename one of them so that each has its own variable`);
        this.variable = variable;
        this.names = names;
        this.name = 'EnvNameClash';
    }
}
/** `IMAGE_<NAME>` → reference for every image; refuses two names that become one variable. */
function imageEnvironment(refs) {
    const env = {};
    const owner = new Map();
    for (const [image, ref] of [...refs].sort(([a], [b]) => a.localeCompare(b))) {
        const name = imageEnvName(image);
        const earlier = owner.get(name);
        if (earlier !== undefined)
            throw new EnvNameClash(name, [earlier, image]);
        owner.set(name, image);
        env[name] = ref;
    }
    return env;
}

// EXTERNAL MODULE: ./lib/src/core/reference.js
var core_reference = __webpack_require__(4269);
;// CONCATENATED MODULE: ./lib/src/core/checks/ownership.js
/**
 * Which image references belong to this repository, so that a deployment runs the builds under
 * test instead of whatever the compose file or manifest names.
 *
 * A reference is one of the repository's images when its repository is
 * `<registry>/<prefix><name>` for one of the registries the images live in (images.yaml's
 * `registry`, or the run's when it overrides it), whatever tag or digest it carries; or when
 * it is written short, as `<prefix><name>[:tag]` with no registry at all, which a compose file
 * can use to say "the image of this repository, whichever build is under test".
 */

function parsedRepository(text) {
    try {
        return (0,core_reference/* repositoryName */.aR)((0,core_reference/* parseReference */.F2)(text));
    }
    catch {
        return undefined;
    }
}
/** The text of a reference without its tag and digest. */
function withoutTarget(text) {
    const at = text.indexOf('@');
    const noDigest = at >= 0 ? text.slice(0, at) : text;
    const colon = noDigest.lastIndexOf(':');
    return colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
}
class ImageOwnership {
    #byRepository = new Map();
    #byShortName = new Map();
    /** Image → `<registry>/<prefix><name>` as written (for text, where no normalisation happens). */
    #written = new Map();
    constructor(images) {
        for (const name of images.names) {
            this.#byShortName.set(`${images.prefix}${name}`, name);
            for (const registry of images.registries) {
                if (registry === '')
                    continue;
                const written = `${registry.replace(/\/+$/, '')}/${images.prefix}${name}`;
                const repository = parsedRepository(written);
                if (repository === undefined)
                    continue;
                this.#byRepository.set(repository, name);
                const list = this.#written.get(name) ?? [];
                if (!list.includes(written))
                    list.push(written);
                this.#written.set(name, list);
            }
        }
    }
    /** The image of this repository `reference` names, or undefined. */
    imageOf(reference) {
        const text = reference.trim();
        const short = withoutTarget(text);
        // Short form: no registry host, exactly <prefix><name>.
        const first = short.split('/')[0] ?? '';
        const hostLike = short.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
        if (!hostLike) {
            const byName = this.#byShortName.get(short);
            if (byName !== undefined)
                return byName;
        }
        const repository = parsedRepository(text);
        return repository === undefined ? undefined : this.#byRepository.get(repository);
    }
    /** `<registry>/<prefix><name>` as the registries are written, for finding references in text. */
    writtenRepositories(image) {
        return this.#written.get(image) ?? [];
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/src/core/checks/override.js
/**
 * The compose override file a smoke deployment is brought up with: it pins the `image:` of
 * every service that runs one of the repository's images to an exact digest, the build under
 * test or (for images this run did not build) the digest the promoted tag resolved to. Nothing
 * else of the user's files changes.
 *
 * No `version:` key: compose v2 ignores it, and compose v1 (1.27+) merges a file without one
 * into files that have one.
 */

function composeOverride(pins) {
    const services = {};
    for (const pin of [...pins].sort((a, b) => a.service.localeCompare(b.service)))
        services[pin.service] = { image: pin.reference };
    const header = [
        '# Generated by image-actions smoke: each service of this repository runs an exact digest.',
        ...pins.map((p) => `#   ${p.service}: ${p.image} (${p.why})`),
    ];
    return `${header.join('\n')}\n${(0,dist/* stringify */.As)({ services })}`;
}

;// CONCATENATED MODULE: ./lib/src/core/checks/rewrite.js
/**
 * Rewriting a deployer's files (Helm values, Ansible inventories, Kubernetes manifests) so that
 * every reference to one of the repository's images names the build under test:
 * `ghcr.io/acme/web:latest` → `ghcr.io/acme/web@sha256:…`.
 *
 * A reference is the repository as written (`<registry>/<prefix><name>`) with an optional tag
 * and digest, standing on its own: `ghcr.io/acme/web-tls` is not a reference to `web`, nor is
 * `ghcr.io/acme/web/extra`.
 */
function escapeRegex(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
const TAG = String.raw `(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?`;
const DIGEST = String.raw `(?:@sha256:[0-9a-f]{64})?`;
function rewriteImageReferences(text, targets) {
    const byRepository = new Map();
    for (const target of targets)
        for (const repository of target.repositories)
            byRepository.set(repository, target);
    if (byRepository.size === 0)
        return { text, replacements: [] };
    // Longest first, so that of two repositories where one extends the other the longer wins.
    const alternatives = [...byRepository.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
    const pattern = new RegExp(String.raw `(?<![A-Za-z0-9_.\-])(${alternatives.join('|')})${TAG}${DIGEST}(?![A-Za-z0-9_.\-/@:])`, 'g');
    const replacements = [];
    const rewritten = text.replace(pattern, (match, repository, offset) => {
        const target = byRepository.get(repository);
        if (match !== target.reference) {
            const line = text.slice(0, offset).split('\n').length;
            replacements.push({ image: target.image, line, from: match, to: target.reference });
        }
        return target.reference;
    });
    return { text: rewritten, replacements };
}

;// CONCATENATED MODULE: ./lib/src/core/checks/endpoints.js
/**
 * Where a deployed service can be reached from the runner, so that checks say
 * `service: web, port: 8443` and nobody hard-codes host ports.
 *
 * A container port published on the host is reached there (a wildcard bind address means the
 * loopback address); one that is not published is reached on the container's own address,
 * which a Linux runner can route to.
 */

function reachableHost(hostIp) {
    if (hostIp === '' || hostIp === '0.0.0.0')
        return '127.0.0.1';
    if (hostIp === '::')
        return '::1';
    return hostIp;
}
function isIpv4(address) {
    return /^\d{1,3}(\.\d{1,3}){3}$/.test(address);
}
/** The published binding of a TCP container port, IPv4 preferred. */
function publishedTcp(service, containerPort) {
    const bindings = service.published.filter((p) => p.containerPort === containerPort && p.protocol === 'tcp');
    return bindings.find((p) => isIpv4(reachableHost(p.hostIp))) ?? bindings[0];
}
function endpointOf(service, containerPort) {
    const published = publishedTcp(service, containerPort);
    if (published)
        return { ok: true, endpoint: { host: reachableHost(published.hostIp), port: published.hostPort, via: 'published port' } };
    if (service.containerIp)
        return { ok: true, endpoint: { host: service.containerIp, port: containerPort, via: 'container address' } };
    const ports = service.published.map((p) => `${p.containerPort}/${p.protocol}`);
    return {
        ok: false,
        why: `${service.service} neither publishes port ${containerPort} (it publishes ${ports.length > 0 ? ports.join(', ') : 'none'}) nor has a container address to reach it on`,
    };
}
/**
 * The environment a `run` check gets for the services: `SERVICE_<NAME>_HOST` (where its
 * published ports are), `SERVICE_<NAME>_PORT_<P>` (the host port of container port P),
 * `SERVICE_<NAME>_PORT` (its first published port) and `SERVICE_<NAME>_IP` (the container's
 * address).
 */
function serviceEnvironment(services) {
    const env = {};
    for (const service of [...services].sort((a, b) => a.service.localeCompare(b.service))) {
        const prefix = serviceEnvPrefix(service.service);
        const tcp = service.published.filter((p) => p.protocol === 'tcp').sort((a, b) => a.containerPort - b.containerPort);
        const first = tcp.find((p) => isIpv4(reachableHost(p.hostIp))) ?? tcp[0];
        env[`${prefix}_HOST`] = first ? reachableHost(first.hostIp) : (service.containerIp ?? '127.0.0.1');
        if (first)
            env[`${prefix}_PORT`] = String(first.hostPort);
        for (const port of new Set(tcp.map((p) => p.containerPort))) {
            const binding = publishedTcp(service, port);
            if (binding)
                env[`${prefix}_PORT_${port}`] = String(binding.hostPort);
        }
        if (service.containerIp)
            env[`${prefix}_IP`] = service.containerIp;
    }
    return env;
}
/** The URL a request goes to: the service's endpoint for the URL's port, written into the URL. */
function urlPort(url) {
    if (url.port !== '')
        return Number(url.port);
    return url.protocol === 'https:' ? 443 : 80;
}

;// CONCATENATED MODULE: ./lib/src/core/checks/verdict.js
function passed(detail) {
    return { ok: true, detail };
}
function failed(expected, got, final = false) {
    return final ? { ok: false, expected, got, final } : { ok: false, expected, got };
}
const SHOWN = 300;
function quote(text, limit = SHOWN) {
    // JSON quoting shows line breaks as \n, so that a message stays on one line.
    return JSON.stringify(text.length > limit ? `${text.slice(0, limit)}…` : text);
}
/** Statuses as a person reads them: "200", "2xx", "200, 204 or 3xx". */
function describeStatuses(statuses) {
    const parts = [];
    const set = new Set(statuses);
    const done = new Set();
    for (const code of [...set].sort((a, b) => a - b)) {
        if (done.has(code))
            continue;
        const base = Math.floor(code / 100) * 100;
        let whole = true;
        for (let c = base; c < base + 100; c++)
            if (!set.has(c))
                whole = false;
        if (whole) {
            parts.push(`${base / 100}xx`);
            for (let c = base; c < base + 100; c++)
                done.add(c);
        }
        else {
            parts.push(String(code));
            done.add(code);
        }
    }
    return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
}
function judgeHttp(check, response) {
    if (!check.status.includes(response.status)) {
        return failed(`status ${describeStatuses(check.status)}`, `status ${response.status}, body ${quote(response.body)}`);
    }
    if (check.bodyContains !== undefined && !response.body.includes(check.bodyContains)) {
        return failed(`a body containing ${quote(check.bodyContains)}`, `status ${response.status}, body ${quote(response.body)}`);
    }
    if (check.bodyMatches !== undefined && !new RegExp(check.bodyMatches).test(response.body)) {
        return failed(`a body matching /${check.bodyMatches}/`, `status ${response.status}, body ${quote(response.body)}`);
    }
    return passed(`status ${response.status}`);
}
function judgeOutput(expectation, outcome) {
    const got = `exit code ${outcome.exitCode}, output ${quote(outcome.output)}`;
    if (outcome.exitCode !== expectation.exitCode)
        return failed(`exit code ${expectation.exitCode}`, got);
    if (expectation.outputContains !== undefined && !outcome.output.includes(expectation.outputContains)) {
        return failed(`output containing ${quote(expectation.outputContains)}`, got);
    }
    if (expectation.outputMatches !== undefined && !new RegExp(expectation.outputMatches).test(outcome.output)) {
        return failed(`output matching /${expectation.outputMatches}/`, got);
    }
    return passed(`exit code ${outcome.exitCode}`);
}
/** The last lines of a text, for a message. */
function tail(text, lines = 5) {
    return text.trimEnd().split('\n').slice(-lines).join('\n');
}
function judgeLogs(check, logs) {
    const match = new RegExp(check.pattern, 'm').exec(logs);
    if (check.absent) {
        // A line that was logged stays logged: waiting longer cannot make this pass.
        if (match) {
            const line = logs.slice(logs.lastIndexOf('\n', match.index) + 1).split('\n')[0] ?? match[0];
            return failed(`no line of ${check.service}'s log matching /${check.pattern}/`, `the line ${quote(line)}`, true);
        }
        return passed(`/${check.pattern}/ does not appear in ${logs.split('\n').length} lines`);
    }
    if (!match)
        return failed(`a line of ${check.service}'s log matching /${check.pattern}/`, logs.trim() === '' ? 'an empty log' : `no such line; the log ends ${quote(tail(logs))}`);
    const line = logs.slice(logs.lastIndexOf('\n', match.index) + 1).split('\n')[0] ?? match[0];
    return passed(`found ${quote(line, 120)}`);
}

;// CONCATENATED MODULE: ./lib/src/core/checks/retry.js
/**
 * Attempts of a check until it passes: the first try and up to `retries` more, `interval`
 * apart, stopping early when a verdict is final or the run is cancelled. The caller's attempt
 * enforces its own timeout; time comes in through `sleep` and `now`, so the loop itself is
 * plain logic.
 */

async function untilPasses(attempt, policy, clock) {
    const start = clock.now();
    let verdict = failed('an attempt', 'none was made: the run was cancelled');
    let attempts = 0;
    for (let n = 1; n <= policy.retries + 1; n++) {
        if (clock.cancelled())
            break;
        attempts = n;
        try {
            verdict = await attempt(n);
        }
        catch (error) {
            verdict = failed('the check to run', error instanceof Error ? error.message : String(error));
        }
        if (verdict.ok || verdict.final)
            break;
        if (n <= policy.retries)
            await clock.sleep(policy.intervalMs);
    }
    return { verdict, attempts, durationMs: clock.now() - start };
}

;// CONCATENATED MODULE: ./lib/src/core/checks/readiness.js
/**
 * Is a deployment up? Compose v1 has no `up --wait`, so the services' containers are polled and
 * judged here: every service with a healthcheck healthy, every other one running. A container
 * that exited (unless the service is a one-shot that another waits to complete), one that
 * restarts again and again, or one Docker marks unhealthy fails the deployment at once, without
 * waiting out the timeout.
 */
/** Restarts after which a crash-looping service is reported instead of waited for. */
const MAX_RESTARTS = 3;
function describeState(state) {
    const health = state.health ? `, ${state.health}` : '';
    if (state.status === 'exited' || state.status === 'dead')
        return `${state.status} with code ${state.exitCode}${state.oomKilled ? ' (out of memory)' : ''}`;
    const restarts = state.restartCount > 0 ? `, restarted ${state.restartCount}×` : '';
    return `${state.status}${health}${restarts}`;
}
function assessReadiness(expected, states) {
    const reasons = [];
    const pending = [];
    for (const { service, oneShot } of expected) {
        const containers = states.filter((s) => s.service === service);
        if (containers.length === 0) {
            pending.push(`${service}: no container yet`);
            continue;
        }
        for (const state of containers) {
            const what = `${service}: ${describeState(state)}`;
            if (state.error) {
                reasons.push(`${service}: Docker could not start it: ${state.error}`);
            }
            else if (state.status === 'exited' || state.status === 'dead') {
                if (!(oneShot && state.exitCode === 0))
                    reasons.push(`${what}${oneShot ? '' : ' (a service of the deployment must keep running)'}`);
            }
            else if (state.restartCount >= MAX_RESTARTS) {
                reasons.push(`${what}: it keeps crashing`);
            }
            else if (state.health === 'unhealthy') {
                reasons.push(`${what}: its healthcheck fails`);
            }
            else if (state.status !== 'running' || state.health === 'starting') {
                pending.push(what);
            }
        }
    }
    if (reasons.length > 0)
        return { kind: 'failed', reasons };
    if (pending.length > 0)
        return { kind: 'waiting', pending };
    return { kind: 'ready' };
}

;// CONCATENATED MODULE: ./lib/src/core/checks/project-name.js
/**
 * The compose project name of a smoke deployment: unique to the run (and its attempt and job),
 * plus a random part, so that parallel jobs on one machine (a matrix, two workflows, a
 * developer's own `smoke`) never share containers, networks or volumes. Compose allows
 * lowercase letters, digits, `-` and `_`, starting with a letter or digit.
 */
function part(text) {
    if (text === undefined)
        return undefined;
    const cleaned = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return cleaned === '' ? undefined : cleaned.slice(0, 24);
}
/** `random` is a few lowercase hex characters from the caller (core has no randomness of its own). */
function composeProjectName(run, random) {
    const parts = ['ia-smoke', part(run.runId), part(run.runAttempt), part(run.job), part(random)].filter((p) => p !== undefined);
    return parts.join('-');
}
const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
function isValidProjectName(name) {
    return PROJECT_NAME.test(name);
}

// EXTERNAL MODULE: ./lib/src/core/config/load.js + 9 modules
var load = __webpack_require__(3546);
// EXTERNAL MODULE: ./lib/src/core/diagnostics.js
var core_diagnostics = __webpack_require__(2108);
;// CONCATENATED MODULE: ./lib/src/core/checks/checks-input.js
/**
 * The `checks` input (and `--checks FILE`): a YAML list of checks written exactly as under
 * `deploy.checks` in images.yaml, replacing those. It is validated by the same schema and
 * rules, with every problem reported at its line and column in the input itself.
 */


const INDENT = '    ';
/** The checks of `text`; `deployment` is what they will run against (exec and logs need one). */
function parseChecksText(text, where, deployment) {
    const head = ['deploy:'];
    // A stand-in for the deployment, so that checks needing services are judged as they will run.
    if (deployment.kind === 'compose')
        head.push('  compose: smoke-deployment.yaml');
    if (deployment.kind === 'command')
        head.push('  command: [smoke-deployment]');
    head.push('  checks:');
    const body = text.replace(/\r\n/g, '\n').split('\n').map((line) => (line.trim() === '' ? line : `${INDENT}${line}`));
    const document = `${head.join('\n')}\n${body.join('\n')}\n`;
    try {
        return (0,load/* loadImagesConfig */.D)(document, where).config.deploy.checks;
    }
    catch (error) {
        if (!(error instanceof core_diagnostics/* UserInputError */.m2))
            throw error;
        const shift = head.length;
        const moved = error.diagnostics.map((d) => ({
            message: d.message.replace(/^deploy\.checks/, 'checks').replace(/^deploy: /, 'checks: '),
            ...(d.location
                ? { location: { file: where, line: Math.max(1, d.location.line - shift), column: Math.max(1, d.location.column - (d.location.line > shift ? INDENT.length : 0)) } }
                : {}),
            ...(d.hint ? { hint: d.hint } : {}),
        }));
        throw new core_diagnostics/* UserInputError */.m2(moved);
    }
}

;// CONCATENATED MODULE: ./lib/src/core/checks/compose-services.js
/**
 * The services a compose project runs, read from `compose config` (the files merged, variables
 * interpolated): which image each names, and which are one-shots that another service waits
 * to complete (`depends_on: {x: {condition: service_completed_successfully}}`), so that their
 * exiting 0 is not a failure. Services outside the active profiles, or scaled to zero, are
 * not started by `up` and are not waited for.
 */

/** The services of `compose config` output that `up` starts. */
function servicesOfConfig(text, activeProfiles) {
    const model = ((0,dist/* parse */.qg)(text) ?? {});
    const services = Object.entries(model.services ?? {});
    const completed = new Set();
    for (const [, raw] of services) {
        const deps = raw?.depends_on;
        if (deps && typeof deps === 'object' && !Array.isArray(deps)) {
            for (const [dep, condition] of Object.entries(deps)) {
                if (condition?.condition === 'service_completed_successfully')
                    completed.add(dep);
            }
        }
    }
    return services
        .filter(([, raw]) => {
        const profiles = Array.isArray(raw?.profiles) ? raw.profiles.map(String) : [];
        const replicas = raw?.deploy?.replicas ?? raw?.scale;
        return (profiles.length === 0 || profiles.some((p) => activeProfiles.includes(p))) && replicas !== 0;
    })
        .map(([name, raw]) => ({ name, ...(typeof raw?.image === 'string' ? { image: raw.image } : {}), oneShot: completed.has(name) }))
        .sort((a, b) => a.name.localeCompare(b.name));
}

;// CONCATENATED MODULE: ./lib/src/core/checks/index.js
/** Smoke deployments and checks: the pure parts (names, overrides, rewriting, judging, retrying). */












// EXTERNAL MODULE: ./lib/src/core/config/paths.js
var paths = __webpack_require__(147);
// EXTERNAL MODULE: ./lib/src/core/tested.js
var tested = __webpack_require__(6851);
// EXTERNAL MODULE: ./lib/src/adapters/builders/arguments.js
var builders_arguments = __webpack_require__(7892);
// EXTERNAL MODULE: ./lib/src/adapters/builders/buildah.js
var builders_buildah = __webpack_require__(3229);
// EXTERNAL MODULE: ./lib/src/adapters/builders/registries.js
var registries = __webpack_require__(4465);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/src/adapters/checks/child.js
/**
 * Child processes of smoke: an argument array (never a shell), a time limit, and cancellation.
 * Each child leads its own process group, so that a time-out or a cancelled run stops the whole
 * tree it started (a script's curl, a deployer's helpers), not just the first process.
 */

/** Output kept per stream; beyond it the start is dropped (the end says what went wrong). */
const KEEP_BYTES = 4 * 1024 * 1024;
/** After SIGTERM, how long a process group gets before SIGKILL. */
const GRACE_MS = 3000;
class ChildNotFound extends Error {
    command;
    constructor(command) {
        super(`${command} was not found on PATH`);
        this.command = command;
        this.name = 'ChildNotFound';
    }
}
class Tail {
    #chunks = [];
    #size = 0;
    push(chunk) {
        this.#chunks.push(chunk);
        this.#size += chunk.length;
        while (this.#size > KEEP_BYTES && this.#chunks.length > 1)
            this.#size -= this.#chunks.shift().length;
    }
    text() {
        return Buffer.concat(this.#chunks).toString('utf8');
    }
}
function runChild(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            resolve({ exitCode: 130, stdout: '', stderr: '', timedOut: false, cancelled: true });
            return;
        }
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
            detached: true,
        });
        const stdout = new Tail();
        const stderr = new Tail();
        let timedOut = false;
        let cancelled = false;
        let killTimer;
        const stop = () => {
            if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
                return;
            try {
                process.kill(-child.pid, 'SIGTERM');
            }
            catch {
                // Already gone.
            }
            killTimer = setTimeout(() => {
                try {
                    if (child.pid !== undefined)
                        process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    // Already gone.
                }
            }, GRACE_MS);
            killTimer.unref();
        };
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                stop();
            }, options.timeoutMs);
        const onAbort = () => {
            cancelled = true;
            stop();
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.on('data', (b) => {
            stdout.push(b);
            options.onOutput?.(b.toString('utf8'));
        });
        child.stderr.on('data', (b) => {
            stderr.push(b);
            options.onOutput?.(b.toString('utf8'));
        });
        const cleanup = () => {
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
        };
        child.on('error', (error) => {
            cleanup();
            reject(error.code === 'ENOENT' ? new ChildNotFound(command) : error);
        });
        child.on('close', (code, signal) => {
            cleanup();
            resolve({
                exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1),
                stdout: stdout.text(),
                stderr: stderr.text(),
                timedOut,
                cancelled,
            });
        });
        child.stdin.on('error', () => {
            // The program may exit without reading its input.
        });
        child.stdin.end(options.input ?? '');
    });
}
function signalNumber(signal) {
    return { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 0;
}
/** The last lines of a process's output, for an error message. */
function outputTail(result, lines = 8) {
    const text = (result.stderr.trim() || result.stdout.trim()).split('\n');
    return text.slice(-lines).join('\n');
}

;// CONCATENATED MODULE: ./lib/src/adapters/structure/command-runner.js
/**
 * Running a structure test's command in a container of the image: on the Docker daemon when
 * one answers, else with buildah (daemonless). As container-structure-test does it, the
 * image's entrypoint is set aside (the command is the whole command line), each `setup`
 * command runs first and its changes are kept for the test, and the user is the image's unless
 * `containerRunOptions.user` says otherwise.
 */





class CommandRunError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CommandRunError';
    }
}
const CLI_TIMEOUT_MS = 120_000;
function hostPath(root, path) {
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(root, path);
}
function bindMount(root, mount) {
    const [source, ...rest] = mount.split(':');
    return [hostPath(root, source ?? ''), ...rest].join(':');
}
class DockerCommandRunner {
    description;
    docker;
    name = 'docker';
    #pulled = new Map();
    #images = [];
    constructor(description, docker = 'docker') {
        this.description = description;
        this.docker = docker;
    }
    async #cli(args, signal, timeoutMs = CLI_TIMEOUT_MS) {
        const result = await runChild(this.docker, args, { timeoutMs, ...(signal ? { signal } : {}) });
        if (result.cancelled)
            throw new CommandRunError('cancelled');
        if (result.timedOut)
            throw new CommandRunError(`docker ${args[0]} took longer than ${timeoutMs / 1000} s`);
        return result;
    }
    async #checked(args, signal) {
        const result = await this.#cli(args, signal);
        if (result.exitCode !== 0)
            throw new CommandRunError(`docker ${args.slice(0, 2).join(' ')} failed: ${outputTail(result)}`);
        return result.stdout.trim();
    }
    #pull(image, signal) {
        let pending = this.#pulled.get(image);
        if (!pending) {
            pending = this.#checked(['pull', '--quiet', image], signal).then(() => undefined);
            this.#pulled.set(image, pending);
        }
        return pending;
    }
    #createArgs(request, image, argv) {
        const options = request.options;
        return [
            'create',
            '--entrypoint',
            '',
            ...(options?.user ? ['--user', options.user] : []),
            ...(options?.privileged ? ['--privileged'] : []),
            ...(options?.allocateTty ? ['--tty'] : []),
            ...(options?.envFile ? ['--env-file', hostPath(request.root, options.envFile)] : []),
            ...(options?.envVars ?? []).flatMap((name) => ['--env', name]),
            ...(options?.capabilities ?? []).flatMap((cap) => ['--cap-add', cap]),
            ...(options?.bindMounts ?? []).flatMap((mount) => ['--volume', bindMount(request.root, mount)]),
            ...request.env.flatMap(([key, value]) => ['--env', `${key}=${value}`]),
            image,
            ...argv,
        ];
    }
    /** Creates, runs to the end, inspects and removes one container; returns its output. */
    async #runContainer(request, image, argv, commit) {
        const id = await this.#checked(this.#createArgs(request, image, argv), request.signal);
        try {
            const started = await this.#cli(['start', '--attach', id], request.signal, request.timeoutMs);
            const state = await this.#checked(['inspect', '--format', '{{json .State}}', id], request.signal);
            const parsed = JSON.parse(state);
            if (parsed.Error)
                throw new CommandRunError(`the container did not start: ${parsed.Error}`);
            const result = { stdout: started.stdout, stderr: started.stderr, exitCode: parsed.ExitCode ?? started.exitCode };
            if (!commit)
                return result;
            const committed = await this.#checked(['commit', id], request.signal);
            this.#images.push(committed);
            return { ...result, committed };
        }
        finally {
            await this.#cli(['rm', '--force', '--volumes', id]).catch(() => undefined);
        }
    }
    async run(request) {
        await this.#pull(request.image, request.signal);
        let image = request.image;
        for (const step of request.setup) {
            const result = await this.#runContainer(request, image, step, true);
            if (result.exitCode !== 0) {
                throw new CommandRunError(`setup command ${JSON.stringify(step.join(' '))} exited with ${result.exitCode}: ${outputTail(result)}`);
            }
            image = result.committed;
        }
        const { stdout, stderr, exitCode } = await this.#runContainer(request, image, request.argv, false);
        return { stdout, stderr, exitCode };
    }
    async close() {
        // Images committed by setup commands, newest first (each is the parent of the next).
        for (const image of this.#images.reverse())
            await this.#cli(['rmi', '--force', image]).catch(() => undefined);
        this.#images.length = 0;
    }
}
class BuildahCommandRunner {
    description;
    setup;
    insecureRegistries;
    buildah;
    name = 'buildah';
    #containers = [];
    constructor(description, setup, insecureRegistries, buildah = 'buildah') {
        this.description = description;
        this.setup = setup;
        this.insecureRegistries = insecureRegistries;
        this.buildah = buildah;
    }
    async #cli(args, signal, timeoutMs = CLI_TIMEOUT_MS) {
        const result = await runChild(this.buildah, [...(0,builders_arguments/* buildahGlobalArguments */.T)(this.setup), ...args], { timeoutMs, ...(signal ? { signal } : {}) });
        if (result.cancelled)
            throw new CommandRunError('cancelled');
        if (result.timedOut)
            throw new CommandRunError(`buildah ${args[0]} took longer than ${timeoutMs / 1000} s`);
        return result;
    }
    #runArgs(request, container, argv) {
        const options = request.options;
        return [
            'run',
            ...(this.setup.isolation ? ['--isolation', this.setup.isolation] : []),
            ...(options?.user ? ['--user', options.user] : []),
            ...(options?.allocateTty ? ['--terminal'] : []),
            ...(options?.envVars ?? []).flatMap((name) => (process.env[name] === undefined ? [] : ['--env', `${name}=${process.env[name]}`])),
            ...(options?.capabilities ?? []).flatMap((cap) => ['--cap-add', cap]),
            ...(options?.bindMounts ?? []).flatMap((mount) => ['--volume', bindMount(request.root, mount)]),
            ...request.env.flatMap(([key, value]) => ['--env', `${key}=${value}`]),
            container,
            '--',
            ...argv,
        ];
    }
    async run(request) {
        if (request.options?.privileged)
            throw new CommandRunError('containerRunOptions.privileged needs the Docker daemon; buildah runs unprivileged containers');
        if (request.options?.envFile)
            throw new CommandRunError('containerRunOptions.envFile needs the Docker daemon');
        const insecure = (0,registries/* isInsecureRegistry */.y_)((0,registries/* registryOf */.Fv)(request.image), this.insecureRegistries);
        const from = await this.#cli(['from', '--quiet', ...(insecure ? ['--tls-verify=false'] : []), `docker://${request.image}`], request.signal);
        if (from.exitCode !== 0)
            throw new CommandRunError(`buildah from ${request.image} failed: ${outputTail(from)}`);
        const container = from.stdout.trim().split('\n').at(-1) ?? '';
        this.#containers.push(container);
        try {
            // A working container keeps what each command changes: setup commands leave their mark.
            for (const step of request.setup) {
                const result = await this.#cli(this.#runArgs(request, container, step), request.signal, request.timeoutMs);
                if (result.exitCode !== 0)
                    throw new CommandRunError(`setup command ${JSON.stringify(step.join(' '))} exited with ${result.exitCode}: ${outputTail(result)}`);
            }
            const result = await this.#cli(this.#runArgs(request, container, request.argv), request.signal, request.timeoutMs);
            return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
        }
        finally {
            await this.#cli(['rm', container]).catch(() => undefined);
            this.#containers.splice(this.#containers.indexOf(container), 1);
        }
    }
    async close() {
        for (const container of this.#containers.splice(0))
            await this.#cli(['rm', container]).catch(() => undefined);
    }
}
/** The Docker daemon's version when it answers, else why not. */
async function dockerDaemon(docker = 'docker') {
    try {
        const result = await runChild(docker, ['info', '--format', '{{.ServerVersion}}'], { timeoutMs: 20_000 });
        if (result.exitCode === 0 && result.stdout.trim() !== '')
            return { ok: true, version: result.stdout.trim() };
        return { ok: false, why: outputTail(result) || `docker info exited with ${result.exitCode}` };
    }
    catch (error) {
        return { ok: false, why: error instanceof ChildNotFound ? 'docker is not installed' : error.message };
    }
}
/** Docker when its daemon answers, else buildah when it works, else an error saying both. */
async function selectCommandRunner(insecureRegistries = []) {
    const docker = await dockerDaemon();
    if (docker.ok)
        return new DockerCommandRunner(`docker (daemon ${docker.version})`);
    const buildah = await (0,builders_buildah/* probeBuildah */.si)();
    if (buildah.usable)
        return new BuildahCommandRunner(`buildah (${buildah.detail}; no Docker daemon: ${docker.why})`, buildah.setup, insecureRegistries);
    throw new CommandRunError(`command tests need a container runtime: no Docker daemon (${docker.why}) and no usable buildah (${buildah.reason})`);
}

// EXTERNAL MODULE: ./lib/src/app/project.js + 26 modules
var project = __webpack_require__(4731);
// EXTERNAL MODULE: ./lib/src/app/promote.js
var promote = __webpack_require__(3394);
// EXTERNAL MODULE: ./lib/src/app/registry.js
var app_registry = __webpack_require__(4507);
// EXTERNAL MODULE: ./lib/src/core/config/defaults.js
var defaults = __webpack_require__(4717);
// EXTERNAL MODULE: ./lib/src/core/config/suggest.js
var suggest = __webpack_require__(7101);
// EXTERNAL MODULE: ./lib/src/core/config/positions.js
var positions = __webpack_require__(647);
;// CONCATENATED MODULE: ./lib/src/core/structure-tests/regex.js
/**
 * container-structure-test matches with Go's regexp (RE2 syntax, `MatchString`: a match anywhere
 * in the text). Most RE2 is valid JavaScript with the same meaning; this translates the parts
 * that are not, so that a published test file means here what it means there:
 *
 * - leading flags `(?i)`, `(?s)`, `(?m)` (and combinations) → JavaScript flags;
 * - `(?P<name>…)` → `(?<name>…)`;
 * - `\A`, `\z` → start and end of the whole text, whatever the flags;
 * - `\Q…\E` → the text in between, escaped;
 * - POSIX classes inside brackets (`[[:alpha:]]`) → ranges;
 * - `\pL` / `\p{Greek}` → Unicode property escapes (the `u` flag is added for them).
 *
 * What RE2 has and JavaScript cannot express (`(?U)` ungreedy mode, flags switched on in the
 * middle of a pattern) is refused with a reason, rather than silently meaning something else.
 */
class GoRegexError extends Error {
    pattern;
    constructor(pattern, reason) {
        super(reason);
        this.pattern = pattern;
        this.name = 'GoRegexError';
    }
}
const POSIX_CLASSES = {
    alnum: '0-9A-Za-z',
    alpha: 'A-Za-z',
    ascii: '\\x00-\\x7F',
    blank: '\\t ',
    cntrl: '\\x00-\\x1F\\x7F',
    digit: '0-9',
    graph: '!-~',
    lower: 'a-z',
    print: ' -~',
    punct: '!-\\/:-@\\[-`{-~',
    space: '\\t\\n\\v\\f\\r ',
    upper: 'A-Z',
    word: '0-9A-Za-z_',
    xdigit: '0-9A-Fa-f',
};
const JS_FLAGS = new Set(['i', 'm', 's']);
function escapeLiteral(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
/** Reads the leading `(?flags)` groups RE2 allows; returns JS flags and the rest. */
function leadingFlags(pattern) {
    let rest = pattern;
    const flags = new Set();
    for (let match = /^\(\?([a-zA-Z]+)\)/.exec(rest); match; match = /^\(\?([a-zA-Z]+)\)/.exec(rest)) {
        for (const flag of match[1] ?? '') {
            if (flag === 'U')
                throw new GoRegexError(pattern, 'the ungreedy flag (?U) has no JavaScript equivalent; write lazy quantifiers (*?, +?) instead');
            if (!JS_FLAGS.has(flag))
                throw new GoRegexError(pattern, `unknown flag "${flag}" in (?${match[1]})`);
            flags.add(flag);
        }
        rest = rest.slice(match[0].length);
    }
    return { flags: [...flags].sort().join(''), rest };
}
/** Translates an RE2 pattern to a JavaScript source and flags; throws `GoRegexError`. */
function translateGoRegex(pattern) {
    const { flags: leading, rest } = leadingFlags(pattern);
    let out = '';
    let unicode = false;
    let inClass = false;
    for (let i = 0; i < rest.length; i++) {
        const c = rest[i];
        if (c === '\\') {
            const next = rest[i + 1];
            if (next === undefined)
                throw new GoRegexError(pattern, 'it ends with a lone backslash');
            if (next === 'Q') {
                const end = rest.indexOf('\\E', i + 2);
                const literal = end < 0 ? rest.slice(i + 2) : rest.slice(i + 2, end);
                out += escapeLiteral(literal);
                i = end < 0 ? rest.length : end + 1;
                continue;
            }
            if (!inClass && next === 'A') {
                out += '(?<![\\s\\S])';
                i++;
                continue;
            }
            if (!inClass && next === 'z') {
                out += '(?![\\s\\S])';
                i++;
                continue;
            }
            if (next === 'p' || next === 'P') {
                unicode = true;
                const brace = rest[i + 2] === '{';
                if (brace) {
                    const end = rest.indexOf('}', i + 3);
                    if (end < 0)
                        throw new GoRegexError(pattern, `unterminated \\${next}{…}`);
                    out += `\\${next}{${rest.slice(i + 3, end)}}`;
                    i = end;
                }
                else {
                    const letter = rest[i + 2];
                    if (letter === undefined)
                        throw new GoRegexError(pattern, `\\${next} needs a class name`);
                    out += `\\${next}{${letter}}`;
                    i += 2;
                }
                continue;
            }
            out += c + next;
            i++;
            continue;
        }
        if (inClass) {
            if (c === '[' && rest[i + 1] === ':') {
                const end = rest.indexOf(':]', i + 2);
                if (end > 0) {
                    const name = rest.slice(i + 2, end);
                    const negated = name.startsWith('^');
                    const ranges = POSIX_CLASSES[negated ? name.slice(1) : name];
                    if (ranges === undefined)
                        throw new GoRegexError(pattern, `unknown POSIX class [:${name}:]`);
                    if (negated)
                        throw new GoRegexError(pattern, `a negated POSIX class [:${name}:] inside brackets is not supported; use [^[:${name.slice(1)}:]]`);
                    out += ranges;
                    i = end + 1;
                    continue;
                }
            }
            if (c === ']')
                inClass = false;
            out += c;
            continue;
        }
        if (c === '[') {
            inClass = true;
            out += c;
            // A `]` right after `[` or `[^` is a literal in RE2 as in POSIX; JavaScript needs it escaped.
            if (rest[i + 1] === '^') {
                out += '^';
                i++;
            }
            if (rest[i + 1] === ']') {
                out += '\\]';
                i++;
            }
            continue;
        }
        if (c === '(' && rest[i + 1] === '?') {
            if (rest[i + 2] === 'P' && rest[i + 3] === '<') {
                out += '(?<';
                i += 3;
                continue;
            }
            const inline = /^\(\?([a-zA-Z]+)\)/.exec(rest.slice(i));
            if (inline)
                throw new GoRegexError(pattern, `flags (?${inline[1]}) can only be given at the start of the pattern here`);
        }
        out += c;
    }
    if (inClass)
        throw new GoRegexError(pattern, 'a [ is not closed');
    return { source: out, flags: leading + (unicode ? 'u' : '') };
}
/** The compiled JavaScript RegExp for an RE2 pattern; throws `GoRegexError` with the reason. */
function compileGoRegex(pattern) {
    const { source, flags } = translateGoRegex(pattern);
    try {
        return new RegExp(source, flags);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
        throw new GoRegexError(pattern, reason);
    }
}
/** `MatchString`: does the pattern match anywhere in the text. */
function goRegexMatches(pattern, text) {
    return compileGoRegex(pattern).test(text);
}

;// CONCATENATED MODULE: ./lib/src/core/structure-tests/types.js
const EXECUTABLE_BY = ['owner', 'group', 'other', 'any'];
/** Display names, as container-structure-test prints them. */
function testDisplayName(kind, name) {
    switch (kind) {
        case 'command':
            return `Command Test: ${name ?? ''}`;
        case 'file-existence':
            return `File Existence Test: ${name ?? ''}`;
        case 'file-content':
            return `File Content Test: ${name ?? ''}`;
        case 'metadata':
            return 'Metadata Test';
        case 'license':
            return 'License Test';
    }
}

;// CONCATENATED MODULE: ./lib/src/core/structure-tests/parse.js
/**
 * Reading container-structure-test v2 files as they are, so that a user's existing tests run
 * unchanged: a YAML (or JSON) file, or the same tests written inline under an image's
 * `structure-tests:` in images.yaml.
 *
 * Every problem is reported at once, each at its line and column: a missing name, a
 * non-list, a regular expression that does not compile, a mistyped key ("did you mean").
 */






const SCHEMA_VERSION = '2.0.0';
const TOP_KEYS = ['schemaVersion', 'globalEnvVars', 'commandTests', 'fileExistenceTests', 'fileContentTests', 'metadataTest', 'licenseTests', 'containerRunOptions'];
const COMMAND_KEYS = ['name', 'setup', 'teardown', 'envVars', 'exitCode', 'command', 'args', 'expectedOutput', 'excludedOutput', 'expectedError', 'excludedError'];
const EXISTENCE_KEYS = ['name', 'path', 'shouldExist', 'permissions', 'uid', 'gid', 'isExecutableBy'];
const CONTENT_KEYS = ['name', 'path', 'expectedContents', 'excludedContents'];
const METADATA_KEYS = ['env', 'envVars', 'unboundEnvVars', 'labels', 'exposedPorts', 'unexposedPorts', 'volumes', 'unmountedVolumes', 'entrypoint', 'cmd', 'workdir', 'user'];
const LICENSE_KEYS = ['debian', 'files'];
const RUN_OPTION_KEYS = ['user', 'privileged', 'allocateTty', 'envFile', 'envVars', 'capabilities', 'bindMounts'];
const ENV_KEYS = ['key', 'value', 'isRegex'];
const SECTION_OF = {
    command: 'commandTests',
    'file-existence': 'fileExistenceTests',
    'file-content': 'fileContentTests',
    metadata: 'metadataTest',
    license: 'licenseTests',
};
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Reads values at paths below `base`, collecting one diagnostic per problem. */
class Reader {
    locator;
    base;
    diagnostics = [];
    constructor(locator, base) {
        this.locator = locator;
        this.base = base;
    }
    full(path) {
        return [...this.base, ...path];
    }
    problem(path, what, hint, atKey = false) {
        const full = this.full(path);
        this.diagnostics.push({
            message: `${(0,positions/* formatDataPath */.H)(path)}: ${what}`,
            location: atKey ? this.locator.locateKey(full) : this.locator.locate(full),
            ...(hint ? { hint } : {}),
        });
    }
    location(path) {
        return this.locator.locate(this.full(path));
    }
    keys(path, value, known) {
        for (const key of Object.keys(value)) {
            if (known.includes(key))
                continue;
            const suggestion = (0,suggest/* closest */.k)(key, known);
            this.problem([...path, key], `unknown key "${key}"`, suggestion ? `Did you mean ${suggestion}?` : `container-structure-test v2 knows: ${known.join(', ')}.`, true);
        }
    }
    record(path, value, what) {
        if (isRecord(value))
            return value;
        this.problem(path, `${what} must be a mapping (key: value lines), not ${describe(value)}`);
        return undefined;
    }
    list(path, value) {
        if (value === undefined || value === null)
            return [];
        if (Array.isArray(value))
            return value;
        this.problem(path, `must be a list, not ${describe(value)}`, 'Write a YAML list: one "- item" per line, or [a, b].');
        return [];
    }
    /** A scalar as text; Go's YAML reads `8080` into a string field as "8080". */
    text(path, value, required) {
        if (value === undefined || value === null) {
            if (required)
                this.problem(path, 'is required', undefined, true);
            return undefined;
        }
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        this.problem(path, `must be text, not ${describe(value)}`);
        return undefined;
    }
    nonEmpty(path, value) {
        const text = this.text(path, value, true);
        if (text === '') {
            this.problem(path, 'must not be empty');
            return undefined;
        }
        return text;
    }
    texts(path, value) {
        return this.list(path, value).flatMap((item, i) => this.text([...path, i], item, true) ?? []);
    }
    regexes(path, value) {
        return this.texts(path, value).filter((pattern, i) => {
            try {
                compileGoRegex(pattern);
                return true;
            }
            catch (error) {
                const reason = error instanceof GoRegexError ? error.message : String(error);
                this.problem([...path, i], `/${pattern}/ is not a regular expression this can run: ${reason}`, 'Patterns use Go (RE2) syntax, as container-structure-test reads them.');
                return false;
            }
        });
    }
    boolean(path, value, fallback) {
        if (value === undefined || value === null)
            return fallback;
        if (typeof value === 'boolean')
            return value;
        this.problem(path, `must be true or false, not ${describe(value)}`);
        return fallback;
    }
    integer(path, value) {
        if (value === undefined || value === null)
            return undefined;
        if (typeof value === 'number' && Number.isInteger(value))
            return value;
        this.problem(path, `must be a whole number, not ${describe(value)}`);
        return undefined;
    }
    commands(path, value) {
        return this.list(path, value).flatMap((item, i) => {
            const argv = this.texts([...path, i], item);
            if (Array.isArray(item) && argv.length === 0) {
                this.problem([...path, i], 'is an empty command', 'Remove it, or write the command as [program, args…].');
                return [];
            }
            return Array.isArray(item) ? [argv] : [];
        });
    }
    envVars(path, value, options) {
        return this.list(path, value).flatMap((item, i) => {
            const at = [...path, i];
            const record = this.record(at, item, 'an environment variable');
            if (!record)
                return [];
            this.keys(at, record, ENV_KEYS);
            const key = this.nonEmpty([...at, 'key'], record['key']);
            const value = options.requireValue ? this.nonEmpty([...at, 'value'], record['value']) : (this.text([...at, 'value'], record['value'], false) ?? '');
            const isRegex = this.boolean([...at, 'isRegex'], record['isRegex'], false);
            if (key === undefined || value === undefined)
                return [];
            if (isRegex) {
                try {
                    compileGoRegex(value);
                }
                catch (error) {
                    this.problem([...at, 'value'], `/${value}/ is not a regular expression this can run: ${error.message}`);
                    return [];
                }
            }
            return [{ key, value, isRegex }];
        });
    }
}
/** In the order of the file, as a person fixes them. */
function byPosition(diagnostics) {
    const key = (d) => (d.location ? d.location.line * 100_000 + d.location.column : 0);
    return [...diagnostics].sort((a, b) => key(a) - key(b));
}
function describe(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${JSON.stringify(value)}`;
}
function readCommandTest(r, path, item) {
    const record = r.record(path, item, 'a command test');
    if (!record)
        return undefined;
    r.keys(path, record, COMMAND_KEYS);
    const name = r.nonEmpty([...path, 'name'], record['name']);
    const command = r.nonEmpty([...path, 'command'], record['command']);
    const test = {
        setup: r.commands([...path, 'setup'], record['setup']),
        teardown: r.commands([...path, 'teardown'], record['teardown']),
        envVars: r.envVars([...path, 'envVars'], record['envVars'], { allowRegex: false, requireValue: true }),
        args: r.texts([...path, 'args'], record['args']),
        exitCode: r.integer([...path, 'exitCode'], record['exitCode']) ?? 0,
        expectedOutput: r.regexes([...path, 'expectedOutput'], record['expectedOutput']),
        excludedOutput: r.regexes([...path, 'excludedOutput'], record['excludedOutput']),
        expectedError: r.regexes([...path, 'expectedError'], record['expectedError']),
        excludedError: r.regexes([...path, 'excludedError'], record['excludedError']),
    };
    if (name === undefined || command === undefined)
        return undefined;
    return { name, command, ...test };
}
function readFileExistenceTest(r, path, item) {
    const record = r.record(path, item, 'a file existence test');
    if (!record)
        return undefined;
    r.keys(path, record, EXISTENCE_KEYS);
    const name = r.nonEmpty([...path, 'name'], record['name']);
    const file = r.nonEmpty([...path, 'path'], record['path']);
    const permissions = r.text([...path, 'permissions'], record['permissions'], false);
    if (permissions !== undefined && !/^[dalTLDpSugct?-]+[rwx-]{9}$/.test(permissions)) {
        r.problem([...path, 'permissions'], `"${permissions}" is not a permission string`, 'Write it as ls -l shows it, e.g. -rw-r--r-- or drwxr-xr-x.');
    }
    // container-structure-test's "not checked" is -1.
    const uid = r.integer([...path, 'uid'], record['uid']);
    const gid = r.integer([...path, 'gid'], record['gid']);
    const executable = r.text([...path, 'isExecutableBy'], record['isExecutableBy'], false);
    let isExecutableBy;
    if (executable !== undefined && executable !== '') {
        isExecutableBy = EXECUTABLE_BY.find((e) => e === executable);
        if (!isExecutableBy)
            r.problem([...path, 'isExecutableBy'], `"${executable}" is not one of ${EXECUTABLE_BY.join(', ')}`);
    }
    if (name === undefined || file === undefined)
        return undefined;
    return {
        name,
        path: file,
        shouldExist: r.boolean([...path, 'shouldExist'], record['shouldExist'], true),
        ...(permissions ? { permissions } : {}),
        ...(uid !== undefined && uid !== -1 ? { uid } : {}),
        ...(gid !== undefined && gid !== -1 ? { gid } : {}),
        ...(isExecutableBy ? { isExecutableBy } : {}),
    };
}
function readFileContentTest(r, path, item) {
    const record = r.record(path, item, 'a file content test');
    if (!record)
        return undefined;
    r.keys(path, record, CONTENT_KEYS);
    const name = r.nonEmpty([...path, 'name'], record['name']);
    const file = r.nonEmpty([...path, 'path'], record['path']);
    const expectedContents = r.regexes([...path, 'expectedContents'], record['expectedContents']);
    const excludedContents = r.regexes([...path, 'excludedContents'], record['excludedContents']);
    if (name === undefined || file === undefined)
        return undefined;
    return { name, path: file, expectedContents, excludedContents };
}
function readMetadataTest(r, path, value) {
    if (value === undefined || value === null)
        return undefined;
    const record = r.record(path, value, 'metadataTest');
    if (!record)
        return undefined;
    r.keys(path, record, METADATA_KEYS);
    if (record['env'] !== undefined && record['envVars'] !== undefined) {
        r.problem([...path, 'env'], 'both env and envVars are given', 'Use envVars (env is its older name).', true);
    }
    const envKey = record['envVars'] !== undefined ? 'envVars' : 'env';
    const optionalList = (key) => (record[key] === undefined || record[key] === null ? {} : { [key]: r.texts([...path, key], record[key]) });
    const workdir = r.text([...path, 'workdir'], record['workdir'], false);
    const user = r.text([...path, 'user'], record['user'], false);
    const unbound = r.list([...path, 'unboundEnvVars'], record['unboundEnvVars']).flatMap((item, i) => {
        // Written as {key: NAME} like the other env lists, or as plain names.
        if (isRecord(item))
            return r.text([...path, 'unboundEnvVars', i, 'key'], item['key'], true) ?? [];
        return r.text([...path, 'unboundEnvVars', i], item, true) ?? [];
    });
    return {
        envVars: r.envVars([...path, envKey], record[envKey], { allowRegex: true, requireValue: false }),
        unboundEnvVars: unbound,
        labels: r.envVars([...path, 'labels'], record['labels'], { allowRegex: true, requireValue: false }),
        exposedPorts: r.texts([...path, 'exposedPorts'], record['exposedPorts']),
        unexposedPorts: r.texts([...path, 'unexposedPorts'], record['unexposedPorts']),
        volumes: r.texts([...path, 'volumes'], record['volumes']),
        unmountedVolumes: r.texts([...path, 'unmountedVolumes'], record['unmountedVolumes']),
        ...optionalList('entrypoint'),
        ...optionalList('cmd'),
        ...(workdir ? { workdir } : {}),
        ...(user ? { user } : {}),
    };
}
function readLicenseTest(r, path, item) {
    const record = r.record(path, item, 'a license test');
    if (!record)
        return undefined;
    r.keys(path, record, LICENSE_KEYS);
    return { debian: r.boolean([...path, 'debian'], record['debian'], false), files: r.texts([...path, 'files'], record['files']) };
}
function readRunOptions(r, path, value) {
    if (value === undefined || value === null)
        return undefined;
    const record = r.record(path, value, 'containerRunOptions');
    if (!record)
        return undefined;
    r.keys(path, record, RUN_OPTION_KEYS);
    const user = r.text([...path, 'user'], record['user'], false);
    const envFile = r.text([...path, 'envFile'], record['envFile'], false);
    return {
        ...(user ? { user } : {}),
        privileged: r.boolean([...path, 'privileged'], record['privileged'], false),
        allocateTty: r.boolean([...path, 'allocateTty'], record['allocateTty'], false),
        ...(envFile ? { envFile } : {}),
        envVars: r.texts([...path, 'envVars'], record['envVars']),
        capabilities: r.texts([...path, 'capabilities'], record['capabilities']),
        bindMounts: r.texts([...path, 'bindMounts'], record['bindMounts']),
    };
}
/**
 * Validates parsed test data. `base` is where the data sits in the located document: `[]` for a
 * file, `['images', name, 'structure-tests']` for tests inline in images.yaml.
 */
function readStructureTests(data, source, locator, base = []) {
    const r = new Reader(locator, base);
    const root = r.record([], data, 'a container-structure-test file');
    if (!root)
        throw new core_diagnostics/* UserInputError */.m2(byPosition(r.diagnostics));
    r.keys([], root, TOP_KEYS);
    const version = root['schemaVersion'];
    if (version === undefined || version === null) {
        r.problem(['schemaVersion'], 'is required', `Start the file with schemaVersion: "${SCHEMA_VERSION}" (container-structure-test v2).`, true);
    }
    else if (String(version) !== SCHEMA_VERSION) {
        r.problem(['schemaVersion'], `${JSON.stringify(version)} is not a version this reads`, `Use schemaVersion: "${SCHEMA_VERSION}" (quoted), the container-structure-test v2 format.`);
    }
    const each = (key, read) => r.list([key], root[key]).flatMap((item, i) => read(r, [key, i], item) ?? []);
    const suite = {
        globalEnvVars: r.envVars(['globalEnvVars'], root['globalEnvVars'], { allowRegex: false, requireValue: false }),
        commandTests: each('commandTests', readCommandTest),
        fileExistenceTests: each('fileExistenceTests', readFileExistenceTest),
        fileContentTests: each('fileContentTests', readFileContentTest),
        licenseTests: each('licenseTests', readLicenseTest),
    };
    const metadataTest = readMetadataTest(r, ['metadataTest'], root['metadataTest']);
    const containerRunOptions = readRunOptions(r, ['containerRunOptions'], root['containerRunOptions']);
    if (r.diagnostics.length > 0)
        throw new core_diagnostics/* UserInputError */.m2(byPosition(r.diagnostics));
    return {
        source,
        locate: (kind, index) => r.location(kind === 'metadata' ? [SECTION_OF[kind]] : [SECTION_OF[kind], index]),
        ...suite,
        ...(metadataTest ? { metadataTest } : {}),
        ...(containerRunOptions ? { containerRunOptions } : {}),
    };
}
// Test files are small; a "billion laughs" of aliases stops here.
const MAX_ALIAS_COUNT = 1000;
/** Parses a container-structure-test file (YAML or JSON); `file` is repository-relative. */
function parseStructureTestFile(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: true, merge: true });
    const locator = new positions/* YamlLocator */.K(file, document, lineCounter);
    if (document.errors.length > 0) {
        throw new core_diagnostics/* UserInputError */.m2(document.errors.map((e) => ({
            message: `invalid YAML: ${e.message.split(/ at line \d+, column \d+/)[0]?.trim() ?? e.message}`,
            location: { file, line: e.linePos?.[0]?.line ?? 1, column: e.linePos?.[0]?.col ?? 1 },
            hint: 'Fix the YAML syntax (indentation, quotes, brackets) at this place.',
        })));
    }
    let data;
    try {
        data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        throw new core_diagnostics/* UserInputError */.m2([{ message: `cannot read the YAML: ${error.message}`, location: { file, line: 1, column: 1 } }]);
    }
    return readStructureTests(data, file, locator);
}

;// CONCATENATED MODULE: ./lib/src/core/structure-tests/expand.js
/**
 * Variable expansion as container-structure-test does it: Go's `os.Expand` over the image's
 * environment. `$NAME` and `${NAME}` are replaced (an unknown name by ""), `$` followed by
 * something that is not a name stays as it is, and `${}` is dropped. Commands, their
 * arguments, file paths and environment values of a test file are expanded this way, so a
 * file that relies on it (`path: $HOME/.profile`) means the same here.
 */
function isShellSpecial(c) {
    return '*#$@!?-'.includes(c) || (c >= '0' && c <= '9');
}
function isAlphaNum(c) {
    return c === '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
/** Go's getShellName: the name after `$` and how many characters it took. */
function shellName(s) {
    if (s[0] === '{') {
        if (s.length > 2 && isShellSpecial(s[1]) && s[2] === '}')
            return { name: s.slice(1, 2), width: 3 };
        for (let i = 1; i < s.length; i++) {
            if (s[i] === '}')
                return i === 1 ? { name: '', width: 2 } : { name: s.slice(1, i), width: i + 1 };
        }
        return { name: '', width: 1 };
    }
    if (isShellSpecial(s[0]))
        return { name: s.slice(0, 1), width: 1 };
    let i = 0;
    while (i < s.length && isAlphaNum(s[i]))
        i++;
    return { name: s.slice(0, i), width: i };
}
function expandVariables(text, lookup) {
    let out = '';
    let start = 0;
    for (let j = 0; j < text.length; j++) {
        if (text[j] === '$' && j + 1 < text.length) {
            out += text.slice(start, j);
            const { name, width } = shellName(text.slice(j + 1));
            if (name === '' && width > 0) {
                // Invalid syntax ("${" or "${}"): Go drops the characters.
            }
            else if (name === '') {
                out += '$';
            }
            else {
                out += lookup(name) ?? '';
            }
            j += width;
            start = j + 1;
        }
    }
    return out + text.slice(start);
}
/** `KEY=value` lines of an image config's Env as a map (the first `=` splits). */
function envListToMap(list) {
    const map = new Map();
    for (const entry of list) {
        const eq = entry.indexOf('=');
        if (eq < 0)
            map.set(entry, '');
        else
            map.set(entry.slice(0, eq), entry.slice(eq + 1));
    }
    return map;
}

;// CONCATENATED MODULE: ./lib/src/core/structure-tests/tar.js
/**
 * A streaming reader of tar archives (image layers): bytes go in as they arrive, entries come out
 * with their metadata, and only the entries the caller asks for have their content delivered.
 * Nothing is buffered but a header block and the (small) PAX / GNU long-name records.
 *
 * Formats: ustar (with its name prefix), PAX extended headers (`path`, `linkpath`, `size`,
 * `uid`, `gid`; global headers too), GNU long names and link names (`L`, `K`), and the
 * base-256 numbers GNU writes for large values. That is what image builders write.
 */
class TarFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TarFormatError';
    }
}
const BLOCK = 512;
const EMPTY = new Uint8Array(0);
const decoder = new TextDecoder('utf-8');
function cString(block, start, length) {
    const field = block.subarray(start, start + length);
    const end = field.indexOf(0);
    return decoder.decode(end < 0 ? field : field.subarray(0, end));
}
function number(block, start, length) {
    const field = block.subarray(start, start + length);
    if (((field[0] ?? 0) & 0x80) !== 0) {
        // GNU base-256: big-endian, the top bit of the first byte marks the format.
        let value = (field[0] ?? 0) & 0x7f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + (field[i] ?? 0);
        return value;
    }
    const text = cString(block, start, length).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
function checksumOk(block) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    return sum === number(block, 148, 8);
}
function isZeroBlock(block) {
    for (const byte of block)
        if (byte !== 0)
            return false;
    return true;
}
function entryType(flag) {
    switch (String.fromCharCode(flag)) {
        case '\0':
        case '0':
        case '7':
            return 'file';
        case '1':
            return 'hardlink';
        case '2':
            return 'symlink';
        case '3':
            return 'char';
        case '4':
            return 'block';
        case '5':
            return 'directory';
        case '6':
            return 'fifo';
        default:
            return 'other';
    }
}
/** Normalises an archive path: no "./" or "/" in front, no "/" behind. */
function normalizeTarPath(path) {
    let p = path;
    while (p.startsWith('./'))
        p = p.slice(2);
    p = p.replace(/^\/+/, '').replace(/\/+$/, '');
    return p === '.' ? '' : p;
}
/** PAX records: "<length> <key>=<value>\n", the length counting the whole record. */
function parsePaxRecords(bytes) {
    const records = new Map();
    let offset = 0;
    while (offset < bytes.length) {
        const space = bytes.indexOf(0x20, offset);
        if (space < 0)
            break;
        const length = parseInt(decoder.decode(bytes.subarray(offset, space)), 10);
        if (!Number.isFinite(length) || length <= 0 || offset + length > bytes.length)
            throw new TarFormatError('a PAX extended header record is malformed');
        const record = decoder.decode(bytes.subarray(space + 1, offset + length - 1));
        const eq = record.indexOf('=');
        if (eq > 0)
            records.set(record.slice(0, eq), record.slice(eq + 1));
        offset += length;
    }
    return records;
}
class TarReader {
    visitor;
    #state = { kind: 'header' };
    #carry = EMPTY;
    #offset = 0;
    #pax = new Map();
    #globalPax = new Map();
    #longName;
    #longLink;
    constructor(visitor) {
        this.visitor = visitor;
    }
    get done() {
        return this.#state.kind === 'done';
    }
    write(chunk) {
        let data = chunk;
        if (this.#carry.length > 0) {
            const joined = new Uint8Array(this.#carry.length + chunk.length);
            joined.set(this.#carry);
            joined.set(chunk, this.#carry.length);
            data = joined;
            this.#carry = EMPTY;
        }
        let at = 0;
        while (at < data.length) {
            const state = this.#state;
            if (state.kind === 'done')
                return;
            if (state.kind === 'header') {
                if (data.length - at < BLOCK) {
                    this.#carry = data.slice(at);
                    return;
                }
                this.#header(data.subarray(at, at + BLOCK));
                at += BLOCK;
                this.#offset += BLOCK;
                continue;
            }
            const take = Math.min(state.remaining, data.length - at);
            const piece = data.subarray(at, at + take);
            at += take;
            this.#offset += take;
            state.remaining -= take;
            if (state.kind === 'body' && state.sink === 'data' && take > 0)
                this.visitor.data?.(piece);
            if (state.kind === 'meta' && take > 0)
                state.parts.push(piece.slice());
            if (state.remaining > 0)
                continue;
            if (state.kind === 'body') {
                if (state.sink === 'data')
                    this.visitor.entryEnd?.();
                this.#state = state.padding > 0 ? { kind: 'padding', remaining: state.padding } : { kind: 'header' };
            }
            else if (state.kind === 'meta') {
                this.#finishMeta(state.meta, state.parts);
                this.#state = state.padding > 0 ? { kind: 'padding', remaining: state.padding } : { kind: 'header' };
            }
            else {
                this.#state = { kind: 'header' };
            }
        }
    }
    /** Call at the end of the input: fails if an entry was cut off. */
    finish() {
        const state = this.#state;
        if (state.kind === 'body' || state.kind === 'meta' || (state.kind === 'header' && this.#carry.length > 0)) {
            throw new TarFormatError(`the archive ends in the middle of an entry (at byte ${this.#offset})`);
        }
    }
    #header(block) {
        if (isZeroBlock(block)) {
            // The end-of-archive marker (two zero blocks; the second is not needed to know).
            this.#state = { kind: 'done' };
            return;
        }
        if (!checksumOk(block))
            throw new TarFormatError(`not a tar archive: the header at byte ${this.#offset} has a wrong checksum`);
        const flag = block[156] ?? 0;
        const size = number(block, 124, 12);
        const padding = (BLOCK - (size % BLOCK)) % BLOCK;
        const flagChar = String.fromCharCode(flag);
        const meta = flagChar === 'x' ? 'pax' : flagChar === 'g' ? 'pax-global' : flagChar === 'L' ? 'gnu-name' : flagChar === 'K' ? 'gnu-link' : undefined;
        if (meta) {
            if (size > 1024 * 1024)
                throw new TarFormatError(`an extended header of ${size} bytes is larger than any real one`);
            this.#state = size > 0 ? { kind: 'meta', remaining: size, padding, meta, parts: [] } : { kind: 'header' };
            if (size === 0)
                this.#finishMeta(meta, []);
            return;
        }
        const magic = cString(block, 257, 6);
        const prefix = magic === 'ustar' && block[262] === 0 ? cString(block, 345, 155) : '';
        const name = cString(block, 0, 100);
        const pax = new Map([...this.#globalPax, ...this.#pax]);
        const rawPath = this.#longName ?? pax.get('path') ?? (prefix ? `${prefix}/${name}` : name);
        const linkname = this.#longLink ?? pax.get('linkpath') ?? cString(block, 157, 100);
        const paxNumber = (key, fallback) => {
            const value = pax.get(key);
            const parsed = value === undefined ? NaN : Number(value);
            return Number.isFinite(parsed) ? parsed : fallback;
        };
        const entrySize = paxNumber('size', size);
        const entry = {
            path: normalizeTarPath(rawPath),
            type: entryType(flag),
            mode: number(block, 100, 8) & 0o7777,
            uid: paxNumber('uid', number(block, 108, 8)),
            gid: paxNumber('gid', number(block, 116, 8)),
            size: entrySize,
            linkname,
        };
        this.#pax = new Map();
        this.#longName = undefined;
        this.#longLink = undefined;
        // Only regular files carry content; a hard link's size field is 0 (or ignored).
        const bodySize = entry.type === 'file' || entry.type === 'other' ? entrySize : 0;
        const wanted = this.visitor.entry(entry);
        const bodyPadding = (BLOCK - (bodySize % BLOCK)) % BLOCK;
        if (bodySize > 0) {
            this.#state = { kind: 'body', remaining: bodySize, padding: bodyPadding, sink: wanted && entry.type === 'file' ? 'data' : 'skip' };
        }
        else {
            if (wanted)
                this.visitor.entryEnd?.();
            this.#state = { kind: 'header' };
        }
    }
    #finishMeta(meta, parts) {
        const total = parts.reduce((n, p) => n + p.length, 0);
        const bytes = new Uint8Array(total);
        let at = 0;
        for (const p of parts) {
            bytes.set(p, at);
            at += p.length;
        }
        if (meta === 'gnu-name' || meta === 'gnu-link') {
            const end = bytes.indexOf(0);
            const text = decoder.decode(end < 0 ? bytes : bytes.subarray(0, end));
            if (meta === 'gnu-name')
                this.#longName = text;
            else
                this.#longLink = text;
            return;
        }
        const records = parsePaxRecords(bytes);
        if (meta === 'pax')
            this.#pax = records;
        else
            for (const [k, v] of records)
                this.#globalPax.set(k, v);
    }
}

;// CONCATENATED MODULE: ./lib/src/core/structure-tests/filesystem.js
const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
const MAX_SYMLINKS = 40;
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
function baseOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function join(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
function components(path) {
    return path.split('/').filter((c) => c !== '' && c !== '.');
}
/** The absolute form a message shows: "/etc/passwd", "/" for the root. */
function displayPath(path) {
    return `/${path}`;
}
class ImageFilesystem {
    #nodes = new Map();
    #children = new Map();
    constructor() {
        this.#nodes.set('', { type: 'directory', mode: 0o755, uid: 0, gid: 0, size: 0, linkname: '', layer: -1, seen: -1 });
        this.#children.set('', new Set());
    }
    /** Applies one entry of layer `layer` (layers are applied in order, from 0). */
    apply(entry, layer) {
        const base = baseOf(entry.path);
        const dir = parentOf(entry.path);
        if (base === OPAQUE) {
            const node = this.#nodes.get(dir);
            if (node?.type === 'directory')
                this.#pruneChildren(dir, layer);
            return;
        }
        if (base.startsWith(WHITEOUT)) {
            this.#whiteout(join(dir, base.slice(WHITEOUT.length)), layer);
            return;
        }
        if (entry.path === '') {
            const root = this.#nodes.get('');
            this.#nodes.set('', { ...root, mode: entry.mode, uid: entry.uid, gid: entry.gid, layer, seen: layer });
            return;
        }
        this.#ensureParents(dir, layer);
        const existing = this.#nodes.get(entry.path);
        if (existing && existing.type === 'directory' && entry.type !== 'directory')
            this.#remove(entry.path);
        let node;
        if (entry.type === 'hardlink') {
            const target = this.#nodes.get(entry.linkname.replace(/^\.?\/+/, '').replace(/\/+$/, ''));
            node = target
                ? { ...target, layer, seen: layer }
                : { type: 'file', mode: entry.mode, uid: entry.uid, gid: entry.gid, size: 0, linkname: '', layer, seen: layer };
        }
        else {
            node = {
                type: entry.type,
                mode: entry.mode,
                uid: entry.uid,
                gid: entry.gid,
                size: entry.type === 'file' ? entry.size : 0,
                linkname: entry.type === 'symlink' ? entry.linkname : '',
                layer,
                seen: layer,
                ...(entry.type === 'file' ? { content: { layer, entryPath: entry.path } } : {}),
            };
        }
        this.#nodes.set(entry.path, node);
        this.#children.get(dir)?.add(base);
        if (node.type === 'directory' && !this.#children.has(entry.path))
            this.#children.set(entry.path, new Set());
    }
    /** The node at `path` itself (a symlink is not followed; symlinks in its parents are). */
    lstat(path) {
        return this.#resolve(path, false);
    }
    /** The node `path` leads to, following symlinks all the way. */
    stat(path) {
        return this.#resolve(path, true);
    }
    /** Names in a directory (after following symlinks), sorted; undefined when it is not one. */
    readdir(path) {
        const found = this.stat(path);
        if (found.kind !== 'found' || found.node.type !== 'directory')
            return undefined;
        return [...(this.#children.get(found.path) ?? [])].sort();
    }
    /** Number of paths, the root included. */
    get size() {
        return this.#nodes.size;
    }
    #resolve(path, followLast) {
        const queue = components(path);
        let current = '';
        let links = 0;
        while (queue.length > 0) {
            const name = queue.shift();
            if (name === '..') {
                current = parentOf(current);
                continue;
            }
            const candidate = join(current, name);
            const node = this.#nodes.get(candidate);
            if (!node)
                return { kind: 'missing', path: candidate, why: `${displayPath(candidate)} does not exist` };
            if (node.type === 'symlink' && (queue.length > 0 || followLast)) {
                if (++links > MAX_SYMLINKS)
                    return { kind: 'missing', path: candidate, why: `too many levels of symbolic links at ${displayPath(candidate)}` };
                if (node.linkname.startsWith('/'))
                    current = '';
                queue.unshift(...components(node.linkname));
                continue;
            }
            if (queue.length > 0 && node.type !== 'directory')
                return { kind: 'missing', path: candidate, why: `${displayPath(candidate)} is not a directory` };
            current = candidate;
        }
        return { kind: 'found', path: current, node: this.#nodes.get(current) };
    }
    #ensureParents(dir, layer) {
        if (dir === '')
            return;
        const existing = this.#nodes.get(dir);
        if (existing && existing.type === 'directory') {
            this.#touch(dir, layer);
            return;
        }
        if (existing)
            this.#remove(dir);
        this.#ensureParents(parentOf(dir), layer);
        // A directory the layer implies but does not list, as tar extraction creates it.
        this.#nodes.set(dir, { type: 'directory', mode: 0o755, uid: 0, gid: 0, size: 0, linkname: '', layer, seen: layer });
        this.#children.set(dir, new Set());
        this.#children.get(parentOf(dir))?.add(baseOf(dir));
    }
    #touch(path, layer) {
        for (let p = path;; p = parentOf(p)) {
            const node = this.#nodes.get(p);
            if (node && node.seen < layer)
                this.#nodes.set(p, { ...node, seen: layer });
            if (p === '')
                return;
        }
    }
    #whiteout(path, layer) {
        const node = this.#nodes.get(path);
        if (!node)
            return;
        if (node.seen < layer)
            this.#remove(path);
        else if (node.type === 'directory')
            this.#pruneChildren(path, layer);
    }
    /** Removes what layers below `layer` put in `dir`, keeping what `layer` itself wrote. */
    #pruneChildren(dir, layer) {
        for (const name of [...(this.#children.get(dir) ?? [])])
            this.#whiteout(join(dir, name), layer);
    }
    #remove(path) {
        for (const name of this.#children.get(path) ?? [])
            this.#remove(join(path, name));
        this.#children.delete(path);
        this.#nodes.delete(path);
        this.#children.get(parentOf(path))?.delete(baseOf(path));
    }
}

;// CONCATENATED MODULE: ./lib/src/core/structure-tests/image-config.js
/**
 * The parts of an OCI / Docker image config that metadata tests and command tests read, from the
 * config blob's JSON as the registry serves it.
 */

function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : undefined;
}
function keys(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value).sort() : [];
}
class ImageConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ImageConfigError';
    }
}
function imageConfigView(json) {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw new ImageConfigError('the image config is not a JSON object');
    const root = json;
    const raw = root['config'];
    const config = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
    const labels = new Map();
    const rawLabels = config['Labels'];
    if (typeof rawLabels === 'object' && rawLabels !== null) {
        for (const [k, v] of Object.entries(rawLabels))
            if (typeof v === 'string')
                labels.set(k, v);
    }
    const entrypoint = strings(config['Entrypoint']);
    const cmd = strings(config['Cmd']);
    return {
        env: envListToMap(strings(config['Env']) ?? []),
        entrypoint,
        cmd,
        workdir: typeof config['WorkingDir'] === 'string' ? config['WorkingDir'] : '',
        user: typeof config['User'] === 'string' ? config['User'] : '',
        exposedPorts: keys(config['ExposedPorts']),
        volumes: keys(config['Volumes']),
        labels,
    };
}

;// CONCATENATED MODULE: ./lib/src/core/structure-tests/mode.js
const SETUID = 0o4000;
const SETGID = 0o2000;
const STICKY = 0o1000;
function goModeString(type, mode) {
    // Go writes the type and special bits in the order of its "dalTLDpSugct?" letters.
    let prefix = '';
    if (type === 'directory')
        prefix += 'd';
    if (type === 'symlink')
        prefix += 'L';
    if (type === 'char' || type === 'block')
        prefix += 'D';
    if (type === 'fifo')
        prefix += 'p';
    if (mode & SETUID)
        prefix += 'u';
    if (mode & SETGID)
        prefix += 'g';
    if (type === 'char')
        prefix += 'c';
    if (mode & STICKY)
        prefix += 't';
    if (type === 'other')
        prefix += '?';
    const letters = 'rwxrwxrwx';
    let perms = '';
    for (let i = 0; i < 9; i++)
        perms += mode & (1 << (8 - i)) ? letters[i] : '-';
    return (prefix === '' ? '-' : prefix) + perms;
}

;// CONCATENATED MODULE: ./lib/src/core/structure-tests/evaluate.js
/**
 * Judging structure tests against what was found: the image's file system and config (file,
 * license and metadata tests), or the output of a command (command tests). Each failure names
 * the expectation and what was found, so that a red test needs no re-run to understand.
 *
 * The semantics follow container-structure-test: regular expressions match anywhere in the
 * text; paths and command arguments have the image's environment expanded into them; a file
 * existence test looks at the path itself (a symlink is reported as one); a content test reads
 * through symlinks.
 */





const SNIPPET = 240;
const DEBIAN_DOC_ROOT = '/usr/share/doc';
const DEBIAN_LICENSE_FILE = 'copyright';
// container-structure-test's lists: packages that always pass, words no license may contain.
const LICENSE_ALLOWED_PACKAGES = ['libgnutls30'];
const LICENSE_FORBIDDEN_WORDS = ['AGPL', 'WTFPL'];
const evaluate_decoder = new TextDecoder('utf-8');
/** Text shortened for a message, quoted. */
function snippet(text, limit = SNIPPET) {
    // JSON quoting shows line breaks as \n, so that a message stays on one line.
    return JSON.stringify(text.length > limit ? `${text.slice(0, limit)}…` : text);
}
function outcome(kind, name, failures) {
    return { kind, name: testDisplayName(kind, name), passed: failures.length === 0, failures };
}
function expand(text, config) {
    return expandVariables(text, (name) => config.env.get(name));
}
function typeName(node) {
    switch (node.type) {
        case 'directory':
            return 'directory';
        case 'symlink':
            return `symlink to ${node.linkname}`;
        case 'file':
            return 'file';
        default:
            return node.type;
    }
}
/** Expected and excluded patterns against one text; `what` names the text ("stdout", "/etc/x"). */
function patternFailures(text, expected, excluded, labels) {
    const failures = [];
    for (const pattern of expected) {
        if (!compileGoRegex(pattern).test(text))
            failures.push(`${labels.expected} /${pattern}/ not found in ${labels.what}: ${snippet(text)}`);
    }
    for (const pattern of excluded) {
        const match = compileGoRegex(pattern).exec(text);
        if (match)
            failures.push(`${labels.excluded} /${pattern}/ found in ${labels.what}: ${snippet(match[0])}`);
    }
    return failures;
}
function evaluateFileExistence(test, fs, config) {
    const path = expand(test.path, config);
    const found = fs.lstat(path);
    const failures = [];
    if (found.kind === 'missing') {
        if (test.shouldExist)
            failures.push(`expected ${path} to exist, but ${found.why}`);
        return outcome('file-existence', test.name, failures);
    }
    const node = found.node;
    if (!test.shouldExist) {
        failures.push(`expected ${path} not to exist, but it does (${typeName(node)})`);
        return outcome('file-existence', test.name, failures);
    }
    const mode = goModeString(node.type, node.mode);
    if (test.permissions !== undefined && mode !== test.permissions)
        failures.push(`${path}: permissions expected ${test.permissions}, found ${mode}`);
    if (test.uid !== undefined && node.uid !== test.uid)
        failures.push(`${path}: owner uid expected ${test.uid}, found ${node.uid}`);
    if (test.gid !== undefined && node.gid !== test.gid)
        failures.push(`${path}: group gid expected ${test.gid}, found ${node.gid}`);
    if (test.isExecutableBy !== undefined) {
        const mask = { owner: 0o100, group: 0o010, other: 0o001, any: 0o111 }[test.isExecutableBy];
        if ((node.mode & mask) === 0)
            failures.push(`${path}: expected executable by ${test.isExecutableBy}, found ${mode}`);
    }
    return outcome('file-existence', test.name, failures);
}
/** The text of a file, following symlinks; or why there is none. */
function readText(path, fs, contents) {
    const found = fs.stat(path);
    if (found.kind === 'missing')
        return { why: found.why };
    if (found.node.type === 'directory')
        return { why: `${path} is a directory, not a file` };
    if (found.node.type !== 'file')
        return { why: `${path} is a ${found.node.type}, not a regular file` };
    const bytes = contents.get(found.path);
    if (bytes === undefined)
        return { why: `the content of ${displayPath(found.path)} was not read from the image` };
    return { text: evaluate_decoder.decode(bytes) };
}
function evaluateFileContent(test, fs, contents, config) {
    const path = expand(test.path, config);
    const read = readText(path, fs, contents);
    if ('why' in read)
        return outcome('file-content', test.name, [`cannot read ${path}: ${read.why}`]);
    return outcome('file-content', test.name, patternFailures(read.text, test.expectedContents, test.excludedContents, { expected: 'expected contents', excluded: 'excluded contents', what: path }));
}
/** The license files a test reads: its own, and each Debian package's copyright file. */
function licenseFiles(test, fs) {
    const files = [];
    const problems = [];
    if (test.debian) {
        const packages = fs.readdir(DEBIAN_DOC_ROOT);
        if (packages === undefined) {
            problems.push(`${DEBIAN_DOC_ROOT} is not a directory in the image (debian: true needs a Debian-based image)`);
        }
        else {
            for (const name of packages) {
                const dir = `${DEBIAN_DOC_ROOT}/${name}`;
                const node = fs.stat(dir);
                if (node.kind !== 'found' || node.node.type !== 'directory' || LICENSE_ALLOWED_PACKAGES.includes(name))
                    continue;
                files.push(`${dir}/${DEBIAN_LICENSE_FILE}`);
            }
        }
    }
    files.push(...test.files);
    return { files, problems };
}
function evaluateLicense(test, fs, contents) {
    const { files, problems } = licenseFiles(test, fs);
    const failures = [...problems];
    for (const file of files) {
        const read = readText(file, fs, contents);
        if ('why' in read) {
            failures.push(`cannot read license file ${file}: ${read.why}`);
            continue;
        }
        const upper = read.text.toUpperCase();
        const word = LICENSE_FORBIDDEN_WORDS.find((w) => upper.includes(w));
        if (word)
            failures.push(`${file}: the license contains ${word}, which is not allowed`);
    }
    return outcome('license', undefined, failures);
}
/** container-structure-test's PortInList: a bare port matches any protocol. */
function portListed(port, exposed) {
    const [number, protocol] = port.split('/');
    return exposed.some((entry) => {
        const [n, p] = entry.split('/');
        return n === number && (protocol === undefined || protocol === (p ?? 'tcp'));
    });
}
function list(values) {
    return values === undefined ? 'none' : JSON.stringify(values);
}
function sameList(a, b) {
    const other = b ?? [];
    return a.length === other.length && a.every((v, i) => v === other[i]);
}
function keyValueFailures(kind, expected, actual) {
    const failures = [];
    for (const pair of expected) {
        const value = actual.get(pair.key);
        if (value === undefined) {
            failures.push(`${kind} ${pair.key}: not set (expected ${pair.isRegex ? `/${pair.value}/` : JSON.stringify(pair.value)})`);
        }
        else if (pair.isRegex ? !compileGoRegex(pair.value).test(value) : value !== pair.value) {
            failures.push(`${kind} ${pair.key}: expected ${pair.isRegex ? `a match of /${pair.value}/` : JSON.stringify(pair.value)}, found ${JSON.stringify(value)}`);
        }
    }
    return failures;
}
function evaluateMetadata(test, config) {
    const failures = [...keyValueFailures('env', test.envVars, config.env), ...keyValueFailures('label', test.labels, config.labels)];
    for (const key of test.unboundEnvVars) {
        const value = config.env.get(key);
        if (value !== undefined)
            failures.push(`env ${key}: expected unset, found ${JSON.stringify(value)}`);
    }
    for (const port of test.exposedPorts) {
        if (!portListed(port, config.exposedPorts))
            failures.push(`exposed port ${port}: not exposed (the image exposes ${list(config.exposedPorts)})`);
    }
    for (const port of test.unexposedPorts) {
        if (portListed(port, config.exposedPorts))
            failures.push(`port ${port}: expected not exposed, but the image exposes it`);
    }
    for (const volume of test.volumes) {
        if (!config.volumes.includes(volume))
            failures.push(`volume ${volume}: not declared (the image declares ${list(config.volumes)})`);
    }
    for (const volume of test.unmountedVolumes) {
        if (config.volumes.includes(volume))
            failures.push(`volume ${volume}: expected not declared, but the image declares it`);
    }
    if (test.entrypoint !== undefined && !sameList(test.entrypoint, config.entrypoint)) {
        failures.push(`entrypoint: expected ${list(test.entrypoint)}, found ${list(config.entrypoint)}`);
    }
    if (test.cmd !== undefined && !sameList(test.cmd, config.cmd))
        failures.push(`cmd: expected ${list(test.cmd)}, found ${list(config.cmd)}`);
    if (test.workdir !== undefined && test.workdir !== config.workdir)
        failures.push(`workdir: expected ${JSON.stringify(test.workdir)}, found ${JSON.stringify(config.workdir)}`);
    if (test.user !== undefined && test.user !== config.user)
        failures.push(`user: expected ${JSON.stringify(test.user)}, found ${JSON.stringify(config.user)}`);
    return outcome('metadata', undefined, failures);
}
function evaluateCommand(test, output) {
    const failures = [
        ...patternFailures(output.stdout, test.expectedOutput, test.excludedOutput, { expected: 'expected output', excluded: 'excluded output', what: 'stdout' }),
        ...patternFailures(output.stderr, test.expectedError, test.excludedError, { expected: 'expected error', excluded: 'excluded error', what: 'stderr' }),
    ];
    if (output.exitCode !== test.exitCode) {
        failures.push(`exit code: expected ${test.exitCode}, got ${output.exitCode}${output.stderr.trim() ? ` (stderr: ${snippet(output.stderr.trim())})` : ''}`);
    }
    return outcome('command', test.name, failures);
}
/** A command test that could not run at all (no image, no runtime). */
function commandNotRun(test, reason) {
    return outcome('command', test.name, [`could not run ${JSON.stringify([test.command, ...test.args].join(' '))}: ${reason}`]);
}
/** The argv of a command test, with the image's environment expanded as container-structure-test does. */
function commandArgv(test, config) {
    return [test.command, ...test.args].map((a) => expand(a, config));
}
/** Environment of a command test's container: global, then the test's own; values expanded against the image's. */
function commandEnvironment(suite, test, config) {
    const env = new Map();
    const lookup = (name) => env.get(name) ?? config.env.get(name);
    for (const pair of [...suite.globalEnvVars, ...test.envVars])
        env.set(pair.key, expandVariables(pair.value, lookup));
    return [...env];
}
/**
 * The resolved paths whose content the suite's file content and license tests read, so that a
 * reader fetches exactly these (and only the layers holding them).
 */
function contentNeeded(suite, fs, config) {
    const wanted = new Set();
    const add = (path) => {
        const found = fs.stat(path);
        if (found.kind === 'found' && found.node.type === 'file')
            wanted.add(found.path);
    };
    for (const test of suite.fileContentTests)
        add(expand(test.path, config));
    for (const test of suite.licenseTests)
        for (const file of licenseFiles(test, fs).files)
            add(file);
    return [...wanted].sort();
}
/** Every file, license and metadata test of a suite (no command tests), in container-structure-test's order. */
function evaluateWithoutCommands(suite, fs, contents, config) {
    return [
        ...suite.fileExistenceTests.map((t) => evaluateFileExistence(t, fs, config)),
        ...suite.fileContentTests.map((t) => evaluateFileContent(t, fs, contents, config)),
        ...suite.licenseTests.map((t) => evaluateLicense(t, fs, contents)),
        ...(suite.metadataTest ? [evaluateMetadata(suite.metadataTest, config)] : []),
    ];
}

;// CONCATENATED MODULE: ./lib/src/core/structure-tests/index.js
/** Structure tests (container-structure-test v2): reading test files, and judging an image by them. */










// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./lib/src/adapters/checks/context.js
/**
 * What a check needs from the deployment it runs against: where a service can be reached and
 * which container is its, the repository (for `ca` files and `run` scripts), the environment
 * of `run` checks, and the run's cancellation.
 */

class ServiceNotFound extends Error {
    service;
    constructor(service, known) {
        super(`no container of service "${service}" is deployed${known}`);
        this.service = service;
        this.name = 'ServiceNotFound';
    }
}
async function addressOf(context, service, signal) {
    const container = await context.services.container(service, signal);
    if (!container)
        throw new ServiceNotFound(service, '');
    return container.address;
}
/** The signal of one attempt: the run's cancellation, or the attempt's own time limit. */
function attemptSignal(context, timeoutMs) {
    return AbortSignal.any([context.signal, AbortSignal.timeout(timeoutMs)]);
}
/** An error of a network attempt as a person reads it. */
function describeNetworkError(error, timeoutMs, where) {
    const e = error;
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError' || e?.code === 'ABORT_ERR')
        return `no answer from ${where} within ${timeoutMs / 1000} s`;
    switch (e?.code) {
        case 'ECONNREFUSED':
            return `connection refused by ${where}`;
        case 'ECONNRESET':
            return `${where} closed the connection`;
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return `the name in ${where} does not resolve`;
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return `${where} cannot be reached`;
        default:
            return `${e?.code ? `${e.code}: ` : ''}${e?.message ?? String(error)}`;
    }
}
/** Where a tcp or tls check connects: its host and port, or the service's published port. */
async function checkTarget(check, context, signal) {
    if (!check.service)
        return { ok: true, host: check.host, port: check.port, where: `${check.host}:${check.port}` };
    const found = endpointOf(await addressOf(context, check.service, signal), check.port);
    if (!found.ok)
        return { ok: false, verdict: failed(`${check.service} reachable on port ${check.port}`, found.why) };
    const { host, port, via } = found.endpoint;
    return { ok: true, host, port, where: `${host}:${port} (${check.service}:${check.port} by its ${via})` };
}

;// CONCATENATED MODULE: ./lib/src/adapters/checks/http.js
/**
 * The `http` check: one request, judged by status and body. With `service`, the request goes
 * to where that service publishes the URL's port, while the URL stays as written: its host is
 * the Host header and the name TLS verifies, like `curl --connect-to`.
 */







const BODY_LIMIT = 1024 * 1024;
function readBody(response) {
    return new Promise((resolve, reject) => {
        const parts = [];
        let size = 0;
        response.on('data', (chunk) => {
            if (size < BODY_LIMIT)
                parts.push(chunk);
            size += chunk.length;
        });
        response.on('end', () => resolve(Buffer.concat(parts).toString('utf8').slice(0, BODY_LIMIT)));
        response.on('error', reject);
    });
}
async function httpAttempt(check, context) {
    const url = new URL(check.url);
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    let host = hostname;
    let port = urlPort(url);
    const signal = attemptSignal(context, check.timeout.milliseconds);
    if (check.service) {
        const found = endpointOf(await addressOf(context, check.service, signal), port);
        if (!found.ok)
            return failed(`${check.service} reachable on port ${port}`, found.why);
        host = found.endpoint.host;
        port = found.endpoint.port;
    }
    const where = check.service ? `${check.url} (${check.service} at ${host}:${port})` : check.url;
    const ca = check.ca ? await (0,promises_.readFile)((0,external_node_path_.join)(context.root, check.ca)) : undefined;
    const secure = url.protocol === 'https:';
    const request = secure ? external_node_https_.request : external_node_http_.request;
    try {
        const response = await new Promise((resolve, reject) => {
            const req = request({
                host,
                port,
                method: check.method,
                path: `${url.pathname}${url.search}`,
                headers: { host: url.host, ...check.headers },
                signal,
                agent: false,
                ...(secure
                    ? { ...((0,external_node_net_.isIP)(hostname) ? {} : { servername: hostname }), rejectUnauthorized: !check.insecure, ...(ca ? { ca } : {}) }
                    : {}),
            }, resolve);
            req.on('error', reject);
            req.end();
        });
        const body = check.method === 'HEAD' ? '' : await readBody(response);
        const verdict = judgeHttp(check, { status: response.statusCode ?? 0, body });
        return verdict.ok && check.service ? passed(`${verdict.detail} from ${check.service} at ${host}:${port}`) : verdict;
    }
    catch (error) {
        return failed(`status ${describeStatuses(check.status)} from ${where}`, `no response: ${describeNetworkError(error, check.timeout.milliseconds, where)}`);
    }
}

;// CONCATENATED MODULE: ./lib/src/adapters/compose/docker.js

const PROJECT_LABEL = 'com.docker.compose.project';
const SERVICE_LABEL = 'com.docker.compose.service';
const NUMBER_LABEL = 'com.docker.compose.container-number';
const docker_CLI_TIMEOUT_MS = 60_000;
class DockerError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DockerError';
    }
}
async function docker(args, options = {}) {
    const result = await runChild('docker', args, { timeoutMs: options.timeoutMs ?? docker_CLI_TIMEOUT_MS, ...(options.signal ? { signal: options.signal } : {}) });
    if (result.timedOut)
        throw new DockerError(`docker ${args[0]} did not answer within ${(options.timeoutMs ?? docker_CLI_TIMEOUT_MS) / 1000} s`);
    return result;
}
async function checked(args, signal) {
    const result = await docker(args, signal ? { signal } : {});
    if (result.exitCode !== 0)
        throw new DockerError(`docker ${args.slice(0, 2).join(' ')} failed: ${outputTail(result)}`);
    return result.stdout;
}
const STATUSES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'];
const HEALTH = ['starting', 'healthy', 'unhealthy'];
function parseInspect(raw) {
    const labels = raw.Config?.Labels ?? {};
    const name = (raw.Name ?? '').replace(/^\//, '');
    const service = labels[SERVICE_LABEL] ?? name;
    const status = STATUSES.find((s) => s === raw.State?.Status) ?? 'created';
    const health = HEALTH.find((h) => h === raw.State?.Health?.Status);
    const published = [];
    for (const [key, bindings] of Object.entries(raw.NetworkSettings?.Ports ?? {})) {
        const [port, protocol] = key.split('/');
        for (const binding of bindings ?? []) {
            const hostPort = Number(binding.HostPort);
            if (Number.isInteger(hostPort) && hostPort > 0)
                published.push({ containerPort: Number(port), protocol: protocol ?? 'tcp', hostIp: binding.HostIp ?? '', hostPort });
        }
    }
    const containerIp = Object.values(raw.NetworkSettings?.Networks ?? {})
        .map((n) => n.IPAddress ?? '')
        .find((ip) => ip !== '');
    const state = {
        service,
        containerId: raw.Id ?? '',
        status,
        exitCode: raw.State?.ExitCode ?? 0,
        ...(health ? { health } : {}),
        restartCount: raw.RestartCount ?? 0,
        oomKilled: raw.State?.OOMKilled ?? false,
        ...(raw.State?.Error ? { error: raw.State.Error } : {}),
    };
    return {
        id: raw.Id ?? '',
        name,
        service,
        number: Number(labels[NUMBER_LABEL] ?? '1'),
        state,
        address: { service, ...(containerIp ? { containerIp } : {}), published },
        image: raw.Config?.Image ?? '',
    };
}
async function inspectContainers(ids, signal) {
    if (ids.length === 0)
        return [];
    const text = await checked(['inspect', '--type', 'container', ...ids], signal);
    const list = JSON.parse(text);
    return list.map(parseInspect).sort((a, b) => a.service.localeCompare(b.service) || a.number - b.number);
}
/** Every container of a compose project, stopped ones included. */
async function projectContainers(project, signal) {
    const ids = (await checked(['ps', '--all', '--quiet', '--no-trunc', '--filter', `label=${PROJECT_LABEL}=${project}`], signal)).split('\n').filter((l) => l.trim() !== '');
    return inspectContainers(ids, signal);
}
/** A container by name (deployments made by a command), or undefined. */
async function containerByName(name, signal) {
    const result = await docker(['inspect', '--type', 'container', name], signal ? { signal } : {});
    if (result.exitCode !== 0)
        return undefined;
    const [first] = JSON.parse(result.stdout);
    return first ? parseInspect(first) : undefined;
}
/** Networks and volumes a compose project made (its label is on them too). */
async function projectResources(project) {
    const filter = ['--filter', `label=${PROJECT_LABEL}=${project}`];
    const lines = (text) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const [containers, networks, volumes] = await Promise.all([
        checked(['ps', '--all', '--quiet', ...filter]),
        checked(['network', 'ls', '--quiet', ...filter]),
        checked(['volume', 'ls', '--quiet', ...filter]),
    ]);
    return { containers: lines(containers), networks: lines(networks), volumes: lines(volumes) };
}
/**
 * A container's log, stdout and stderr in the order they were written (by Docker's
 * timestamps, which are then dropped); the last `tail` lines when given.
 */
async function containerLogs(id, options = {}) {
    const args = ['logs', '--timestamps', ...(options.tail !== undefined ? ['--tail', String(options.tail)] : []), id];
    const result = await docker(args, options.signal ? { signal: options.signal } : {});
    if (result.exitCode !== 0)
        throw new DockerError(`docker logs failed: ${outputTail(result)}`);
    const lines = [];
    let order = 0;
    for (const text of [result.stdout, result.stderr]) {
        for (const line of text.split('\n')) {
            if (line === '')
                continue;
            const space = line.indexOf(' ');
            const stamp = space > 0 ? line.slice(0, space) : '';
            const isStamp = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(stamp);
            // RFC 3339 with trailing zeros of the fraction dropped: pad it, so that the text sorts as time.
            const at = isStamp ? stamp.replace(/(?:\.(\d+))?Z$/, (_m, fraction) => `.${(fraction ?? '').padEnd(9, '0')}Z`) : '';
            lines.push({ at, order: order++, text: isStamp ? line.slice(space + 1) : line });
        }
    }
    lines.sort((a, b) => (a.at === b.at ? a.order - b.order : a.at < b.at ? -1 : 1));
    const merged = lines.map((l) => l.text);
    return (options.tail !== undefined ? merged.slice(-options.tail) : merged).join('\n');
}
/** Runs a command in a running container, as the container's own user and environment. */
async function execInContainer(id, argv, options) {
    return runChild('docker', ['exec', id, ...argv], { timeoutMs: options.timeoutMs, ...(options.signal ? { signal: options.signal } : {}) });
}

;// CONCATENATED MODULE: ./lib/src/adapters/checks/in-container.js
/**
 * The checks that look inside a deployed service: `exec` (a command in its container: exit code
 * and output) and `logs` (its log must, or must not, show a pattern).
 */




async function execAttempt(check, context) {
    const signal = attemptSignal(context, check.timeout.milliseconds);
    const container = await context.services.container(check.service, signal);
    if (!container)
        return failed(`a running container of ${check.service}`, 'none is deployed');
    if (container.state.status !== 'running')
        return failed(`a running container of ${check.service}`, `it is ${describeState(container.state)}`);
    const result = await execInContainer(container.id, check.command, { timeoutMs: check.timeout.milliseconds, signal: context.signal });
    if (result.timedOut)
        return failed(`${JSON.stringify(check.command.join(' '))} to finish`, `still running after ${check.timeout.text}`);
    return judgeOutput(check, { exitCode: result.exitCode, output: `${result.stdout}${result.stderr}` });
}
async function logsAttempt(check, context) {
    const signal = attemptSignal(context, check.timeout.milliseconds);
    const container = await context.services.container(check.service, signal);
    if (!container)
        return failed(`the log of ${check.service}`, 'no container of it is deployed');
    return judgeLogs(check, await containerLogs(container.id, { signal }));
}

;// CONCATENATED MODULE: ./lib/src/adapters/checks/run.js
/**
 * The `run` check: a script of the repository, or a command, run on the runner with the
 * deployment's endpoints (`SERVICE_<NAME>_HOST`, `SERVICE_<NAME>_PORT_<P>`, …) and the image
 * references (`IMAGE_<NAME>`, `IMAGE_TAG`) in its environment; judged by exit code and output.
 */



async function runAttempt(check, context) {
    const [program, ...args] = check.program.kind === 'script' ? [(0,external_node_path_.join)(context.root, check.program.path)] : check.program.argv;
    const label = check.program.kind === 'script' ? check.program.path : check.program.argv.join(' ');
    try {
        const result = await runChild(program, args, { cwd: context.root, env: context.runEnv, timeoutMs: check.timeout.milliseconds, signal: context.signal });
        if (result.timedOut)
            return failed(`${label} to finish`, `still running after ${check.timeout.text} (its output so far: ${JSON.stringify(`${result.stdout}${result.stderr}`.slice(-300))})`);
        return judgeOutput(check, { exitCode: result.exitCode, output: `${result.stdout}${result.stderr}` });
    }
    catch (error) {
        const code = error.code;
        if (error instanceof ChildNotFound)
            return failed(`${label} to run`, `${label} was not found`, true);
        if (code === 'EACCES')
            return failed(`${label} to run`, `${label} is not executable (chmod +x it, and commit the mode)`, true);
        throw error;
    }
}

;// CONCATENATED MODULE: ./lib/src/adapters/checks/tcp.js
/** The `tcp` check: the host (or the service's published port) accepts a connection. */



async function tcpAttempt(check, context) {
    const signal = attemptSignal(context, check.timeout.milliseconds);
    const target = await checkTarget(check, context, signal);
    if (!target.ok)
        return target.verdict;
    const { host, port, where } = target;
    try {
        await new Promise((resolve, reject) => {
            const socket = (0,external_node_net_.connect)({ host, port, signal });
            socket.once('connect', () => {
                socket.destroy();
                resolve();
            });
            socket.once('error', reject);
        });
        return passed(`connected to ${where}`);
    }
    catch (error) {
        return failed(`a connection to ${where}`, describeNetworkError(error, check.timeout.milliseconds, where));
    }
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./lib/src/adapters/checks/tls.js
/**
 * The `tls` check: a handshake with the server name in SNI, and a certificate that is valid for
 * that name and trusted (by the system's roots, or the `ca` file's), unless `insecure: true`.
 * It reports the protocol, cipher and expiry date either way.
 *
 * The handshake is completed without Node's built-in rejection, and trust and name are judged
 * after it, so that a failure says which of the two failed and what the certificate says.
 */






function names(cert) {
    const subject = cert.subject?.CN ? `CN=${cert.subject.CN}` : 'no CN';
    const alt = cert.subjectaltname ? `, ${cert.subjectaltname}` : '';
    return `${subject}${alt}`;
}
function expiry(cert) {
    const date = new Date(cert.valid_to);
    return Number.isNaN(date.getTime()) ? cert.valid_to : date.toISOString().slice(0, 10);
}
async function tlsAttempt(check, context) {
    const signal = attemptSignal(context, check.timeout.milliseconds);
    const target = await checkTarget(check, context, signal);
    if (!target.ok)
        return target.verdict;
    const { host, port, where } = target;
    const ca = check.ca ? await (0,promises_.readFile)((0,external_node_path_.join)(context.root, check.ca)) : undefined;
    let socket;
    try {
        socket = await new Promise((resolve, reject) => {
            const s = (0,external_node_tls_.connect)({
                host,
                port,
                ...((0,external_node_net_.isIP)(check.serverName) ? {} : { servername: check.serverName }),
                rejectUnauthorized: false,
                ...(ca ? { ca } : {}),
            });
            const onAbort = () => {
                s.destroy();
                reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
            };
            signal.addEventListener('abort', onAbort, { once: true });
            s.once('secureConnect', () => {
                signal.removeEventListener('abort', onAbort);
                resolve(s);
            });
            s.once('error', (error) => {
                signal.removeEventListener('abort', onAbort);
                reject(error);
            });
        });
        const cert = socket.getPeerCertificate();
        const protocol = socket.getProtocol() ?? 'unknown protocol';
        const cipher = socket.getCipher()?.name ?? 'unknown cipher';
        const facts = `${protocol}, ${cipher}, certificate ${names(cert)}, expires ${expiry(cert)}`;
        if (check.insecure) {
            const caveat = socket.authorized ? '' : ` (not verified: ${String(socket.authorizationError)})`;
            return passed(`${facts}${caveat}`);
        }
        // Node folds a name mismatch into authorizationError once the chain verified; the name is
        // judged on its own below, so that the message says which of the two failed.
        const chainError = socket.authorized ? undefined : String(socket.authorizationError);
        if (chainError !== undefined && chainError !== 'ERR_TLS_CERT_ALTNAME_INVALID') {
            return failed(`a certificate trusted by ${check.ca ?? 'the system roots'}`, `${chainError}: ${facts}`);
        }
        const identity = (0,external_node_tls_.checkServerIdentity)(check.serverName, cert);
        if (identity)
            return failed(`a certificate valid for ${check.serverName}`, `${identity.message} (${facts})`);
        return passed(facts);
    }
    catch (error) {
        return failed(`a TLS handshake with ${where} for ${check.serverName}`, describeNetworkError(error, check.timeout.milliseconds, where));
    }
    finally {
        socket?.destroy();
    }
}

;// CONCATENATED MODULE: ./lib/src/adapters/checks/index.js
/**
 * Running one check against a deployment: its attempts, each within the check's timeout, until
 * one passes, the retries are used up, or the run is cancelled. The result keeps the last
 * attempt's verdict, which says what was expected and what was got.
 */









function attempt(check, context) {
    switch (check.type) {
        case 'http':
            return httpAttempt(check, context);
        case 'tcp':
            return tcpAttempt(check, context);
        case 'tls':
            return tlsAttempt(check, context);
        case 'exec':
            return execAttempt(check, context);
        case 'run':
            return runAttempt(check, context);
        case 'logs':
            return logsAttempt(check, context);
    }
}
async function runCheck(check, context) {
    const outcome = await untilPasses(() => attempt(check, context), { retries: check.retries, intervalMs: check.interval.milliseconds }, {
        now: () => Date.now(),
        sleep: async (ms) => {
            try {
                await (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal: context.signal });
            }
            catch {
                // Cancelled: the loop sees it and stops.
            }
        },
        cancelled: () => context.signal.aborted,
    });
    return { name: check.name, type: check.type, passed: outcome.verdict.ok, attempts: outcome.attempts, durationMs: outcome.durationMs, verdict: outcome.verdict };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
// EXTERNAL MODULE: ./lib/src/adapters/fs/files.js
var fs_files = __webpack_require__(5340);
;// CONCATENATED MODULE: ./lib/src/adapters/compose/compose.js
/**
 * Docker Compose, whichever is installed: the `docker compose` plugin (v2) when the docker CLI
 * has it, else the `docker-compose` program (v1, or v2 installed standalone). The choice is
 * made once and said in the log. `up --wait` is used where the version has it; compose v1 does
 * not, and smoke polls the containers instead (see wait.ts).
 *
 * A project is always addressed with its name and every file (`-p NAME -f … -f override`), so
 * that bringing it down finds exactly what bringing it up made.
 */


class ComposeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ComposeError';
    }
}
function versionAtLeast(version, major, minor, patch) {
    const [a = 0, b = 0, c = 0] = version.replace(/^v/, '').split(/[.+-]/).map((n) => Number.parseInt(n, 10) || 0);
    return a !== major ? a > major : b !== minor ? b > minor : c >= patch;
}
async function versionOf(program, args) {
    try {
        const result = await runChild(program, args, { timeoutMs: 30_000 });
        const version = result.stdout.trim().split('\n')[0]?.trim() ?? '';
        return result.exitCode === 0 && /^v?\d/.test(version) ? version.replace(/^v/, '') : undefined;
    }
    catch (error) {
        if (error instanceof ChildNotFound)
            return undefined;
        throw error;
    }
}
/** The compose CLI to use: the plugin first, then docker-compose. */
async function detectCompose() {
    const plugin = await versionOf('docker', ['compose', 'version', '--short']);
    if (plugin !== undefined) {
        return { program: 'docker', prefix: ['compose'], version: plugin, label: 'docker compose', supportsWait: versionAtLeast(plugin, 2, 1, 1) };
    }
    const standalone = await versionOf('docker-compose', ['version', '--short']);
    if (standalone !== undefined) {
        return { program: 'docker-compose', prefix: [], version: standalone, label: 'docker-compose', supportsWait: versionAtLeast(standalone, 2, 1, 1) };
    }
    throw new ComposeError('neither the docker compose plugin nor docker-compose is installed; install one (GitHub\'s Ubuntu runners have the plugin), or deploy with deploy.command');
}
/** Seconds containers get to stop when the deployment is torn down. */
const STOP_TIMEOUT_SECONDS = 5;
class ComposeProject {
    cli;
    options;
    constructor(cli, options) {
        this.cli = cli;
        this.options = options;
    }
    #args(files, args) {
        return [...this.cli.prefix, '--project-name', this.options.name, ...files.flatMap((f) => ['--file', f]), ...args];
    }
    async #run(files, args, options) {
        const result = await runChild(this.cli.program, this.#args(files, args), {
            cwd: this.options.cwd,
            env: this.options.env,
            timeoutMs: options.timeoutMs,
            ...(options.signal ? { signal: options.signal } : {}),
            ...(options.stream && this.options.onOutput ? { onOutput: this.options.onOutput } : {}),
        });
        return result;
    }
    async #checked(files, args, options) {
        const result = await this.#run(files, args, options);
        const what = `${this.cli.label} ${args[0]}`;
        if (result.cancelled)
            throw new ComposeError(`${what} was cancelled`);
        if (result.timedOut)
            throw new ComposeError(`${what} did not finish within ${Math.round(options.timeoutMs / 1000)} s`);
        if (result.exitCode !== 0)
            throw new ComposeError(`${what} failed (exit code ${result.exitCode}):\n${outputTail(result, 20)}`);
        return result;
    }
    /** The merged, interpolated configuration of the user's files (the override excluded). */
    async services(userFiles, signal) {
        const result = await this.#checked(userFiles, ['config'], { timeoutMs: 60_000, ...(signal ? { signal } : {}) });
        const profiles = (this.options.env['COMPOSE_PROFILES'] ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '');
        return servicesOfConfig(result.stdout, profiles);
    }
    /** Pulls the given services' images (the pinned digests). */
    async pull(services, timeoutMs, signal) {
        if (services.length === 0)
            return;
        await this.#checked(this.options.files, ['pull', ...services], { timeoutMs, stream: true, ...(signal ? { signal } : {}) });
    }
    /** `up -d` (with `--wait` where supported); never builds: the images under test are pulled. */
    async up(timeoutMs, signal) {
        const wait = this.cli.supportsWait ? ['--wait', '--wait-timeout', String(Math.max(1, Math.floor(timeoutMs / 1000)))] : [];
        await this.#checked(this.options.files, ['up', '--detach', '--no-build', ...wait], { timeoutMs: timeoutMs + 30_000, stream: true, ...(signal ? { signal } : {}) });
    }
    /** `down -v --remove-orphans`: containers, networks and volumes of the project. Never cancelled. */
    async down() {
        return this.#run(this.options.files, ['down', '--volumes', '--remove-orphans', '--timeout', String(STOP_TIMEOUT_SECONDS)], { timeoutMs: 180_000, stream: true });
    }
}

;// CONCATENATED MODULE: ./lib/src/adapters/compose/wait.js
/**
 * Waiting until a deployment is up, by polling its containers: the way with compose v1, which
 * has no `up --wait`, and the final word with v2 too (the same judgement either way, see
 * core/checks/readiness.ts). Fails at once on a container that exited, crash-loops or turns
 * unhealthy; otherwise waits until every service is ready or the time is up.
 */


async function waitUntilReady(options) {
    const start = Date.now();
    let said = '';
    for (;;) {
        const containers = await options.inspect();
        const readiness = assessReadiness(options.expected, containers.map((c) => c.state));
        const elapsedMs = Date.now() - start;
        if (readiness.kind !== 'waiting')
            return { readiness, containers, elapsedMs };
        const pending = readiness.pending.join('; ');
        if (pending !== said) {
            options.log(`waiting for ${pending}`);
            said = pending;
        }
        if (options.signal?.aborted)
            return { readiness: { kind: 'failed', reasons: ['cancelled while waiting for the services'] }, containers, elapsedMs };
        if (elapsedMs >= options.timeoutMs) {
            return {
                readiness: { kind: 'failed', reasons: readiness.pending.map((p) => `${p}, still not ready after ${Math.round(options.timeoutMs / 1000)} s`) },
                containers,
                elapsedMs,
            };
        }
        try {
            await (0,external_node_timers_promises_.setTimeout)(Math.min(options.intervalMs, Math.max(0, options.timeoutMs - elapsedMs)), undefined, options.signal ? { signal: options.signal } : {});
        }
        catch {
            // Cancelled: the next round reports it.
        }
    }
}

;// CONCATENATED MODULE: ./lib/src/adapters/compose/deployment.js
/**
 * A smoke deployment with Docker Compose: the user's compose files plus a generated override
 * that pins each of the repository's services to an exact digest, brought up under a project
 * name of its own, waited for until every service is ready, and brought down with
 * `down -v --remove-orphans` (then checked: nothing of the project may remain).
 */








async function serviceReports(containers, tailLines) {
    return Promise.all(containers.map(async (c) => ({
        service: c.service,
        container: c.name,
        state: describeState(c.state),
        image: c.image,
        logTail: await containerLogs(c.id, { tail: tailLines }).catch((error) => `(the log could not be read: ${error.message})`),
    })));
}
class ComposeDeployment {
    cli;
    options;
    #project;
    #overrideDir;
    #pins = [];
    #services = [];
    constructor(cli, options) {
        this.cli = cli;
        this.options = options;
    }
    static async create(options) {
        const cli = await detectCompose();
        options.log.info(`compose: ${cli.label} ${cli.version}${cli.program === 'docker' ? ' (the docker compose plugin)' : ' (no docker compose plugin here)'}; ${cli.supportsWait ? 'up --wait, then' : 'no up --wait in this version:'} polling the services' health`);
        return new ComposeDeployment(cli, options);
    }
    get description() {
        return `${this.cli.label} ${this.cli.version}, project ${this.options.project}`;
    }
    get project() {
        return this.options.project;
    }
    get pins() {
        return this.#pins;
    }
    get services() {
        return this.#services;
    }
    /** The override file's path (once `up` has written it). */
    get overrideFile() {
        return this.#overrideDir ? (0,external_node_path_.join)(this.#overrideDir, 'compose.smoke-override.yaml') : undefined;
    }
    async up(timeoutMs, signal) {
        const start = Date.now();
        const { log } = this.options;
        const probe = new ComposeProject(this.cli, { name: this.options.project, files: this.options.files, cwd: this.options.cwd, env: this.options.env });
        this.#services = await probe.services(this.options.files, signal);
        for (const service of this.#services) {
            if (service.image === undefined)
                continue;
            const pin = await this.options.pin(service.name, service.image);
            if (pin)
                this.#pins.push(pin);
        }
        this.#overrideDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ia-smoke-'));
        const override = this.overrideFile;
        await (0,promises_.writeFile)(override, composeOverride(this.#pins));
        for (const pin of this.#pins)
            log.info(`${pin.service}: ${pin.reference} (${pin.image}, ${pin.why})`);
        const others = this.#services.filter((s) => !this.#pins.some((p) => p.service === s.name)).map((s) => `${s.name} (${s.image ?? 'built by compose'})`);
        if (others.length > 0)
            log.info(`not images of this repository, run as the files say: ${others.join(', ')}`);
        this.#project = new ComposeProject(this.cli, {
            name: this.options.project,
            files: [...this.options.files, override],
            cwd: this.options.cwd,
            env: this.options.env,
            onOutput: (chunk) => {
                for (const line of chunk.split('\n'))
                    if (line.trim() !== '')
                        log.info(`  ${line.trimEnd()}`);
            },
        });
        const remaining = () => Math.max(1000, timeoutMs - (Date.now() - start));
        try {
            await this.#project.pull(this.#pins.map((p) => p.service), remaining(), signal);
            await this.#project.up(remaining(), signal);
        }
        catch (error) {
            // `up --wait` fails on an unhealthy service: the poll below says which and why.
            if (signal.aborted)
                return { ok: false, reasons: ['cancelled'], elapsedMs: Date.now() - start };
            const containers = await projectContainers(this.options.project).catch(() => []);
            if (containers.length === 0)
                return { ok: false, reasons: [error.message], elapsedMs: Date.now() - start };
            log.warn(error.message);
        }
        const waited = await waitUntilReady({
            expected: this.#services.map((s) => ({ service: s.name, oneShot: s.oneShot })),
            // Not cancelled with the run: the loop itself stops on the signal, with the last state read.
            inspect: () => projectContainers(this.options.project),
            timeoutMs: remaining(),
            intervalMs: this.options.pollIntervalMs ?? 1000,
            signal,
            log: (m) => log.info(m),
        });
        const elapsedMs = Date.now() - start;
        return waited.readiness.kind === 'ready' ? { ok: true, elapsedMs } : { ok: false, reasons: waited.readiness.reasons, elapsedMs };
    }
    async container(service, signal) {
        const containers = await projectContainers(this.options.project, signal);
        return containers.find((c) => c.service === service);
    }
    async addresses() {
        const containers = await projectContainers(this.options.project);
        const first = new Map();
        for (const c of containers)
            if (!first.has(c.service))
                first.set(c.service, c.address);
        return [...first.values()];
    }
    async reports(tailLines) {
        return serviceReports(await projectContainers(this.options.project).catch(() => []), tailLines);
    }
    async down() {
        const files = this.#project ? this.#project.options.files : this.options.files;
        const project = new ComposeProject(this.cli, { name: this.options.project, files, cwd: this.options.cwd, env: this.options.env });
        const result = await project.down();
        const left = await projectResources(this.options.project).catch(() => undefined);
        if (this.#overrideDir)
            await (0,promises_.rm)(this.#overrideDir, { recursive: true, force: true });
        const leftovers = left ? [...left.containers.map((c) => `container ${c}`), ...left.networks.map((n) => `network ${n}`), ...left.volumes.map((v) => `volume ${v}`)] : [];
        if (result.exitCode !== 0 || leftovers.length > 0) {
            return {
                ok: false,
                detail: `${this.cli.label} down exited with ${result.exitCode}${leftovers.length > 0 ? `; still there: ${leftovers.join(', ')}` : ''}${result.exitCode !== 0 ? `\n${outputTail(result)}` : ''}`,
            };
        }
        return { ok: true, detail: `${this.cli.label} down -v --remove-orphans: no container, network or volume of ${this.options.project} remains` };
    }
    keepHint() {
        const files = [...this.options.files, ...(this.overrideFile ? [this.overrideFile] : [])].flatMap((f) => ['-f', f]);
        return [this.cli.program, ...this.cli.prefix, '-p', this.options.project, ...files, 'down', '-v', '--remove-orphans'].join(' ');
    }
}

;// CONCATENATED MODULE: ./lib/src/adapters/compose/command-deployment.js
/**
 * A smoke deployment made by the user's own deployer (`deploy.command`: Ansible, Helm, a
 * script), run with an argument array and `IMAGE_<NAME>` / `IMAGE_TAG` in its environment.
 *
 * With `deploy.rewrite`, the repository's files are copied to a temporary directory and the
 * files the globs name have their references to the repository's images rewritten to the
 * digests under test; the deployer runs in that copy, whose path it also gets as `DEPLOY_DIR`.
 * `deploy.teardown` removes the deployment afterwards.
 *
 * What the deployer started is unknown to smoke; checks that name a service (exec, logs,
 * `service:`) look for a Docker container of that name on this host.
 */









/** Copies the repository (without .git and node_modules) and rewrites the files `globs` match. */
async function rewrittenCopy(root, globs, targets) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ia-smoke-deploy-'));
    const matches = picomatch([...globs], { dot: true });
    const files = [];
    for (const file of await (0,fs_files/* listFiles */.CS)(root, '.')) {
        const target = (0,external_node_path_.join)(dir, file);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        if (!matches(file)) {
            await (0,promises_.copyFile)((0,external_node_path_.join)(root, file), target);
            continue;
        }
        const result = rewriteImageReferences(await (0,promises_.readFile)((0,external_node_path_.join)(root, file), 'utf8'), targets);
        await (0,promises_.writeFile)(target, result.text);
        files.push({ file, replacements: result.replacements });
    }
    return { dir, files };
}
const TEARDOWN_TIMEOUT_MS = 300_000;
class CommandDeployment {
    options;
    constructor(options) {
        this.options = options;
    }
    get description() {
        return `deploy.command ${JSON.stringify(this.options.command.join(' '))}`;
    }
    #streamed(chunk) {
        for (const line of chunk.split('\n'))
            if (line.trim() !== '')
                this.options.log.info(`  ${line.trimEnd()}`);
    }
    async up(timeoutMs, signal) {
        const start = Date.now();
        const [program, ...args] = this.options.command;
        const result = await runChild(program, args, { cwd: this.options.cwd, env: this.options.env, timeoutMs, signal, onOutput: (c) => this.#streamed(c) });
        const elapsedMs = Date.now() - start;
        if (result.cancelled)
            return { ok: false, reasons: ['cancelled'], elapsedMs };
        if (result.timedOut)
            return { ok: false, reasons: [`the deploy command did not finish within ${Math.round(timeoutMs / 1000)} s`], elapsedMs };
        if (result.exitCode !== 0)
            return { ok: false, reasons: [`the deploy command exited with ${result.exitCode}: ${outputTail(result)}`], elapsedMs };
        return { ok: true, elapsedMs };
    }
    container(service, signal) {
        return containerByName(service, signal);
    }
    async addresses() {
        const found = await Promise.all(this.options.services.map((s) => containerByName(s).catch(() => undefined)));
        return found.filter((c) => c !== undefined).map((c) => ({ ...c.address, service: c.name }));
    }
    async reports(tailLines) {
        const found = await Promise.all(this.options.services.map((s) => containerByName(s).catch(() => undefined)));
        return serviceReports(found.filter((c) => c !== undefined), tailLines);
    }
    async down() {
        try {
            if (!this.options.teardown)
                return { ok: true, detail: 'no deploy.teardown: whatever the deploy command started is left as it is' };
            const [program, ...args] = this.options.teardown;
            const result = await runChild(program, args, { cwd: this.options.cwd, env: this.options.env, timeoutMs: TEARDOWN_TIMEOUT_MS, onOutput: (c) => this.#streamed(c) });
            if (result.exitCode !== 0)
                return { ok: false, detail: `deploy.teardown exited with ${result.exitCode}: ${outputTail(result)}` };
            return { ok: true, detail: `deploy.teardown ${JSON.stringify(this.options.teardown.join(' '))} done` };
        }
        finally {
            if (this.options.copyDir)
                await (0,promises_.rm)(this.options.copyDir, { recursive: true, force: true });
        }
    }
    keepHint() {
        return this.options.teardown ? `run ${this.options.teardown.join(' ')} (with DEPLOY_DIR=${this.options.cwd})` : 'remove what the deploy command started';
    }
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./lib/src/adapters/registry/index.js
var registry = __webpack_require__(8431);
;// CONCATENATED MODULE: ./lib/src/adapters/structure/registry-image.js
/**
 * An image as the registry holds it, read without a Docker daemon: its config blob (for
 * metadata tests and command environments) and its file system, rebuilt from the layer tars
 * streamed one after another (for file existence, content and license tests).
 *
 * Only metadata is kept for every path. Content is captured for the paths the tests name as
 * the layers go by; a path reached only through a symlink or a hard link whose bytes went by
 * uncaptured is fetched in a second pass over just the layers that hold it.
 */






/** Larger files are not read into memory for a content test. */
const MAX_CONTENT_BYTES = 16 * 1024 * 1024;
const CONFIG_LIMIT = 16 * 1024 * 1024;
class ImageReadError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ImageReadError';
    }
}
/** The manifest and config of `reference` (the given platform's image of an index). */
async function readRegistryImage(client, reference, platform) {
    let manifest = await client.getManifest(reference);
    if (manifest.kind === 'index') {
        const entry = (0,registry/* choosePlatform */.xV)(manifest.manifests, platform);
        if (!entry)
            throw new ImageReadError(`the index has no image for ${platform.os}/${platform.architecture}`);
        manifest = await client.getManifest((0,core_reference/* withDigest */.hQ)(reference, entry.digest));
        if (manifest.kind !== 'image')
            throw new ImageReadError('a nested index was found where an image was expected');
    }
    const repo = { registry: reference.registry, repository: reference.repository };
    const bytes = await client.getBlobBytes(repo, manifest.config.digest, CONFIG_LIMIT);
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new ImageReadError(`the config blob ${manifest.config.digest} is not JSON`);
    }
    return { reference, manifestDigest: manifest.digest, config: imageConfigView(json), layers: manifest.layers };
}
/** gzip, zstd or plain tar, told by the first bytes (media types are not always right). */
function decompressor() {
    let inner;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            if (!inner) {
                if (chunk[0] === 0x1f && chunk[1] === 0x8b)
                    inner = (0,external_node_zlib_.createGunzip)();
                else if (chunk[0] === 0x28 && chunk[1] === 0xb5 && chunk[2] === 0x2f && chunk[3] === 0xfd)
                    inner = (0,external_node_zlib_.createZstdDecompress)();
                else
                    inner = new external_node_stream_.PassThrough();
                inner.on('data', (out) => this.push(out));
                inner.on('error', (error) => this.destroy(error));
            }
            if (inner.write(chunk))
                callback();
            else
                inner.once('drain', () => callback());
        },
        flush(callback) {
            if (!inner) {
                callback();
                return;
            }
            inner.once('end', () => callback());
            inner.end();
        },
    });
}
/** Streams one layer through a tar reader; `wanted` entries get their content collected. */
async function walkLayer(client, image, layer, onEntry, onContent) {
    const descriptor = image.layers[layer];
    const repo = { registry: image.reference.registry, repository: image.reference.repository };
    const blob = await client.getBlob(repo, descriptor.digest, descriptor.size);
    let current;
    let parts = [];
    let collected = 0;
    const reader = new TarReader({
        entry(entry) {
            const wanted = onEntry(entry) && entry.type === 'file' && entry.size <= MAX_CONTENT_BYTES;
            current = wanted ? entry : undefined;
            parts = [];
            collected = 0;
            return wanted;
        },
        data(chunk) {
            parts.push(chunk.slice());
            collected += chunk.length;
        },
        entryEnd() {
            if (!current)
                return;
            const bytes = new Uint8Array(collected);
            let at = 0;
            for (const part of parts) {
                bytes.set(part, at);
                at += part.length;
            }
            onContent(current, bytes);
            current = undefined;
            parts = [];
        },
    });
    await (0,external_node_stream_promises_.pipeline)(blob.stream, decompressor(), async (source) => {
        for await (const chunk of source) {
            // After the end-of-archive marker only padding follows; it is still read, so that the
            // blob's digest is verified to the last byte.
            if (!reader.done)
                reader.write(chunk);
        }
        reader.finish();
    });
}
/**
 * Builds the image's file system from its layers; then reads the content of the paths
 * `contentFor` names once the file system is known (after symlinks are resolved).
 * `candidates` says which entries are worth capturing on the first pass.
 */
async function readImageFiles(client, image, candidates, contentFor) {
    const fs = new ImageFilesystem();
    // Captured bytes by "layer:entry path": a later layer's version of a path does not erase them.
    const captured = new Map();
    let layersRead = 0;
    for (let layer = 0; layer < image.layers.length; layer++) {
        await walkLayer(client, image, layer, (entry) => {
            fs.apply(entry, layer);
            return candidates(entry.path);
        }, (entry, bytes) => captured.set(`${layer}:${entry.path}`, bytes));
        layersRead++;
    }
    const contents = new Map();
    const missing = new Map();
    for (const path of contentFor(fs)) {
        const found = fs.stat(path);
        if (found.kind !== 'found' || !found.node.content)
            continue;
        const { layer, entryPath } = found.node.content;
        const bytes = captured.get(`${layer}:${entryPath}`);
        if (bytes) {
            contents.set(found.path, bytes);
        }
        else {
            const wanted = missing.get(layer) ?? new Map();
            wanted.set(entryPath, [...(wanted.get(entryPath) ?? []), found.path]);
            missing.set(layer, wanted);
        }
    }
    for (const [layer, wanted] of missing) {
        await walkLayer(client, image, layer, (entry) => wanted.has(entry.path), (entry, bytes) => {
            for (const path of wanted.get(entry.path) ?? [])
                contents.set(path, bytes);
        });
        layersRead++;
    }
    return { fs, contents, layersRead };
}
/** Normalised form of a path a test names ("/etc/x" → "etc/x"), as tar entries are keyed. */
function entryKey(path) {
    return normalizeTarPath(path.replace(/\/{2,}/g, '/'));
}

;// CONCATENATED MODULE: ./lib/src/adapters/structure/run-suites.js
/**
 * Running an image's structure test suites: file, license and metadata tests answered from the
 * registry (config and layer tars; no daemon, nothing pulled), command tests in containers on
 * the runtime the caller provides (asked for only when a suite has command tests).
 */




const DEBIAN_COPYRIGHT = /^usr\/share\/doc\/[^/]+\/copyright$/;
function timed(suite, kind, index, run) {
    const start = external_node_perf_hooks_.performance.now();
    const outcome = run();
    const location = suite.locate(kind, index);
    return { ...outcome, source: suite.source, ...(location ? { location } : {}), durationMs: external_node_perf_hooks_.performance.now() - start };
}
async function runStructureSuites(request) {
    const { client, reference, suites } = request;
    const image = await readRegistryImage(client, reference, request.platform);
    const config = image.config;
    const expand = (path) => expandVariables(path, (name) => config.env.get(name));
    const needsFiles = suites.some((s) => s.fileExistenceTests.length > 0 || s.fileContentTests.length > 0 || s.licenseTests.length > 0);
    let files;
    let filesNote;
    if (needsFiles) {
        const literal = new Set();
        let debian = false;
        for (const suite of suites) {
            for (const test of suite.fileContentTests)
                literal.add(entryKey(expand(test.path)));
            for (const test of suite.licenseTests) {
                debian ||= test.debian;
                for (const file of test.files)
                    literal.add(entryKey(file));
            }
        }
        const start = external_node_perf_hooks_.performance.now();
        files = await readImageFiles(client, image, (path) => literal.has(path) || (debian && DEBIAN_COPYRIGHT.test(path)), (fs) => [...new Set(suites.flatMap((suite) => contentNeeded(suite, fs, config)))]);
        filesNote = `file tests answered from the registry: ${image.layers.length} layer(s) streamed (${files.layersRead} read), ${files.fs.size} paths, ${((external_node_perf_hooks_.performance.now() - start) / 1000).toFixed(1)} s`;
        request.log(`${(0,core_reference/* formatReference */.FH)(reference)}: ${filesNote}`);
    }
    const outcomes = [];
    for (const suite of suites) {
        if (files) {
            const { fs, contents } = files;
            suite.fileExistenceTests.forEach((t, i) => outcomes.push(timed(suite, 'file-existence', i, () => evaluateFileExistence(t, fs, config))));
            suite.fileContentTests.forEach((t, i) => outcomes.push(timed(suite, 'file-content', i, () => evaluateFileContent(t, fs, contents, config))));
            suite.licenseTests.forEach((t, i) => outcomes.push(timed(suite, 'license', i, () => evaluateLicense(t, fs, contents))));
        }
        if (suite.metadataTest) {
            const test = suite.metadataTest;
            outcomes.push(timed(suite, 'metadata', 0, () => evaluateMetadata(test, config)));
        }
    }
    let runner;
    let runnerError;
    if (suites.some((s) => s.commandTests.length > 0)) {
        try {
            runner = await request.commandRunner();
            request.log(`command tests run with ${runner.description}`);
        }
        catch (error) {
            runnerError = error.message;
        }
    }
    try {
        for (const suite of suites) {
            for (const [index, test] of suite.commandTests.entries()) {
                const start = external_node_perf_hooks_.performance.now();
                let outcome;
                if (!runner) {
                    outcome = commandNotRun(test, runnerError ?? 'no container runtime');
                }
                else {
                    try {
                        const result = await runner.run({
                            image: (0,core_reference/* formatReference */.FH)(reference),
                            setup: test.setup.map((step) => step.map(expand)),
                            argv: commandArgv(test, config),
                            env: commandEnvironment(suite, test, config),
                            ...(suite.containerRunOptions ? { options: suite.containerRunOptions } : {}),
                            root: request.root,
                            timeoutMs: request.commandTimeoutMs,
                            ...(request.signal ? { signal: request.signal } : {}),
                        });
                        outcome = evaluateCommand(test, result);
                    }
                    catch (error) {
                        outcome = commandNotRun(test, error.message);
                    }
                }
                const location = suite.locate('command', index);
                outcomes.push({ ...outcome, source: suite.source, ...(location ? { location } : {}), durationMs: external_node_perf_hooks_.performance.now() - start });
            }
        }
    }
    finally {
        await runner?.close();
    }
    return { outcomes, ...(filesNote ? { filesNote } : {}), ...(runner ? { runner: runner.description } : {}) };
}

// EXTERNAL MODULE: ./lib/src/app/upstream.js
var upstream = __webpack_require__(4201);
;// CONCATENATED MODULE: ./lib/src/app/smoke.js
/**
 * The smoke use case: the builds under test are structure-tested, deployed together, and
 * checked while they run; then the deployment is torn down, whatever happened.
 *
 *   1. Structure tests of each image under test (container-structure-test files): file and
 *      metadata tests answered from the registry, command tests in containers. A failure stops
 *      here: nothing is deployed.
 *   2. The deployment: compose files with an override pinning every service of the repository
 *      to a digest (the run's build, or the promoted one), or the user's deploy command with
 *      `IMAGE_<NAME>` variables and rewritten files. Then waiting until every service is up.
 *   3. The checks, in order, each retried until it passes.
 *   4. On any failure, every service's state and last log lines; always, the teardown (unless
 *      `keep`), also when the run is cancelled.
 *
 * `tested` is what passed: each image of this run that was structure-tested or deployed, at
 * exactly the digest that was.
 */














/** Lines of each service's log shown when something fails. */
const LOG_TAIL_LINES = 200;
/** Time limit of one structure command test (its setup commands included). */
const COMMAND_TEST_TIMEOUT_MS = 300_000;
/** The structure test suites of one image, parsed (all problems of all files at once). */
async function loadSuites(root, loaded, image) {
    const spec = (0,defaults/* settingsFor */.zc)(loaded.config, image).structureTests;
    if (!spec)
        return [];
    if (spec.kind === 'inline') {
        const base = ['images', image, 'structure-tests'];
        return [readStructureTests(spec.spec, `${loaded.file}: images.${image}.structure-tests`, loaded, base)];
    }
    const suites = [];
    const diagnostics = [];
    for (const [index, file] of spec.files.entries()) {
        const text = await (0,fs_files/* readTextIfExists */.TP)((0,external_node_path_.join)(root, file));
        if (text === undefined) {
            // A single path is located at itself, an entry of a list at that entry.
            const location = loaded.locate(['images', image, 'structure-tests', index]);
            diagnostics.push({ message: `images.${image}.structure-tests: ${file} does not exist`, location, hint: 'Give the path of a container-structure-test file, relative to the repository root.' });
            continue;
        }
        try {
            suites.push(parseStructureTestFile(text, file));
        }
        catch (error) {
            if (error instanceof core_diagnostics/* UserInputError */.m2)
                diagnostics.push(...error.diagnostics);
            else
                throw error;
        }
    }
    if (diagnostics.length > 0)
        throw new core_diagnostics/* UserInputError */.m2(diagnostics);
    return suites;
}
function logCheck(result, log) {
    const seconds = (result.durationMs / 1000).toFixed(1);
    const tries = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`;
    if (result.verdict.ok)
        log.info(`✓ ${result.name}: ${result.verdict.detail} (${tries}, ${seconds} s)`);
    else
        log.warn(`✗ ${result.name}: expected ${result.verdict.expected}; got ${result.verdict.got} (${tries}, ${seconds} s)`);
}
async function runSmoke(request) {
    const { loaded, log, signal } = request;
    const config = loaded.config;
    const registry = request.registry ?? config.registry;
    if (!registry)
        throw new Error('no registry: set registry in images.yaml or give the registry input');
    const names = await (0,project/* discoverImageNames */.$v)(request.root, loaded);
    const unknown = [...request.digests.keys()].filter((n) => !names.includes(n));
    if (unknown.length > 0)
        throw new Error(`digests name ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is not an image' : 'are not images'} of this repository (its images: ${names.join(', ')})`);
    const repository = (image) => (0,promote/* imageRef */.D6)(registry, config.prefix, image, 'latest');
    const underTest = new Map([...request.digests].map(([image, digest]) => [image, (0,core_reference/* withDigest */.hQ)(repository(image), digest)]));
    const refText = (ref) => `${ref.registry}/${ref.repository}${ref.target.kind === 'digest' ? `@${ref.target.digest}` : `:${ref.target.tag}`}`;
    const deployment = request.deployment ?? config.deploy.deployment;
    const checks = request.checks ?? config.deploy.checks;
    const deployTimeoutMs = request.deployTimeoutMs ?? config.deploy.timeout.milliseconds;
    // Everything the user wrote is read and validated before anything runs.
    const suites = new Map();
    const diagnostics = [];
    for (const image of [...underTest.keys()].sort()) {
        try {
            const loadedSuites = await loadSuites(request.root, loaded, image);
            if (loadedSuites.length > 0)
                suites.set(image, loadedSuites);
        }
        catch (error) {
            if (error instanceof core_diagnostics/* UserInputError */.m2)
                diagnostics.push(...error.diagnostics);
            else
                throw error;
        }
    }
    if (deployment.kind === 'compose') {
        for (const [index, file] of deployment.files.entries()) {
            if ((await (0,fs_files/* readTextIfExists */.TP)((0,external_node_path_.join)(request.root, file))) === undefined) {
                diagnostics.push({
                    message: `deploy.compose: ${file} does not exist`,
                    ...(request.deployment ? {} : { location: loaded.locate(deployment.files.length > 1 ? ['deploy', 'compose', index] : ['deploy', 'compose']) }),
                    hint: 'Give compose files relative to the repository root.',
                });
            }
        }
    }
    if (diagnostics.length > 0)
        throw new core_diagnostics/* UserInputError */.m2(diagnostics);
    const failures = [];
    const structure = [];
    const structureTested = new Set();
    // 1. Structure tests.
    for (const [image, imageSuites] of suites) {
        if (signal.aborted)
            break;
        const reference = underTest.get(image);
        log.info(`structure tests of ${image} (${refText(reference)}): ${imageSuites.map((s) => s.source).join(', ')}`);
        try {
            const result = await runStructureSuites({
                client: request.client,
                reference,
                suites: imageSuites,
                platform: request.platform,
                root: request.root,
                commandRunner: request.commandRunner,
                commandTimeoutMs: COMMAND_TEST_TIMEOUT_MS,
                signal,
                log: (m) => log.info(m),
            });
            const notes = [result.filesNote, result.runner ? `command tests: ${result.runner}` : undefined].filter((n) => n !== undefined);
            structure.push({ image, reference: refText(reference), outcomes: result.outcomes, notes });
            for (const outcome of result.outcomes) {
                if (outcome.passed)
                    log.info(`✓ ${image}: ${outcome.name} (${(outcome.durationMs / 1000).toFixed(1)} s)`);
                else
                    log.warn(`✗ ${image}: ${outcome.name}: ${outcome.failures.join('; ')}`);
            }
            const failed = result.outcomes.filter((o) => !o.passed);
            if (failed.length > 0)
                failures.push(`${image}: ${failed.length} of ${result.outcomes.length} structure tests failed (${failed.map((f) => f.name).join(', ')})`);
            else
                structureTested.add(image);
        }
        catch (error) {
            const message = error.message;
            structure.push({ image, reference: refText(reference), outcomes: [], notes: [], error: message });
            failures.push(`${image}: the structure tests could not run: ${message}`);
        }
    }
    const result = (parts) => {
        const cancelled = signal.aborted;
        if (cancelled)
            failures.push('the run was cancelled');
        const passed = failures.length === 0;
        const touched = new Set([...structureTested, ...(parts.deployed ?? [])]);
        const tested = {};
        if (passed) {
            for (const image of [...touched].sort())
                tested[image] = request.digests.get(image);
        }
        return {
            structure,
            ...(parts.deployment ? { deployment: parts.deployment } : {}),
            checks: parts.checks ?? [],
            notRun: parts.notRun ?? [],
            services: parts.services ?? [],
            tested,
            untested: [...underTest.keys()].filter((i) => !touched.has(i)).sort(),
            passed,
            failures,
            cancelled,
        };
    };
    const allCheckNames = checks.map((c) => c.name);
    if (failures.length > 0 || signal.aborted) {
        if (deployment.kind !== 'none')
            log.warn(`nothing is deployed: ${signal.aborted ? 'the run was cancelled' : 'the structure tests failed'}`);
        return result({ notRun: allCheckNames });
    }
    // 2. The deployment.
    const ownership = new ImageOwnership({ names, prefix: config.prefix, registries: [registry, config.registry] });
    const promotedDigests = new Map();
    const promoted = (image) => {
        let pending = promotedDigests.get(image);
        if (!pending) {
            pending = request.client.headManifest((0,core_reference/* withTag */.Rd)(repository(image), (0,upstream/* promotedTag */.Pu)(config.tags.promote))).then((h) => h?.digest);
            promotedDigests.set(image, pending);
        }
        return pending;
    };
    /** The digest reference an image is deployed at: this run's build, else the promoted one. */
    const deployedRef = async (image) => {
        const built = underTest.get(image);
        if (built)
            return { ref: refText(built), why: 'built in this run' };
        const digest = await promoted(image);
        return digest ? { ref: refText((0,core_reference/* withDigest */.hQ)(repository(image), digest)), why: 'promoted' } : undefined;
    };
    const imageRefs = new Map();
    for (const image of names) {
        const found = deployment.kind === 'command' || underTest.has(image) ? await deployedRef(image) : undefined;
        if (found)
            imageRefs.set(image, found.ref);
    }
    const env = {
        ...request.env,
        ...config.deploy.env,
        ...imageEnvironment(imageRefs),
        ...(request.tag ? { IMAGE_TAG: request.tag } : {}),
    };
    let smokeDeployment;
    let deployed = new Set();
    let report;
    let deployDir;
    const results = [];
    const notRun = [];
    let services = [];
    try {
        if (deployment.kind === 'compose') {
            const compose = await ComposeDeployment.create({
                project: request.projectName,
                files: deployment.files.map((f) => (0,external_node_path_.join)(request.root, f)),
                cwd: request.root,
                env,
                log,
                pin: async (service, reference) => {
                    const image = ownership.imageOf(reference);
                    if (image === undefined)
                        return undefined;
                    const found = await deployedRef(image);
                    if (!found) {
                        throw new Error(`service ${service} runs ${reference}, an image of this repository (${image}) that this run did not build and that has no promoted tag ${(0,upstream/* promotedTag */.Pu)(config.tags.promote)}; build it in this run, or promote it first`);
                    }
                    return { service, image, reference: found.ref, why: found.why };
                },
            });
            smokeDeployment = compose;
            log.info(`deploying ${deployment.files.join(', ')} as compose project ${request.projectName}`);
            report = { kind: 'compose', description: compose.description, project: request.projectName, files: deployment.files, pins: [], rewritten: [], ready: false, elapsedMs: 0, reasons: [], teardown: undefined };
            const up = await compose.up(deployTimeoutMs, signal);
            deployed = new Set(compose.pins.filter((p) => p.why === 'built in this run').map((p) => p.image));
            Object.assign(report, { pins: compose.pins, ready: up.ok, elapsedMs: up.elapsedMs, reasons: up.ok ? [] : up.reasons });
        }
        else if (deployment.kind === 'command') {
            let copyDir;
            let rewritten = [];
            if (deployment.rewrite.length > 0) {
                const targets = [...imageRefs].map(([image, reference]) => ({ image, reference, repositories: ownership.writtenRepositories(image) }));
                const copy = await rewrittenCopy(request.root, deployment.rewrite, targets);
                copyDir = copy.dir;
                rewritten = copy.files;
                for (const file of copy.files) {
                    for (const r of file.replacements)
                        log.info(`${file.file}:${r.line}: ${r.from} → ${r.to}`);
                    if (file.replacements.length === 0)
                        log.info(`${file.file}: no reference to the repository's images`);
                }
                if (copy.files.length === 0)
                    log.warn(`deploy.rewrite matches no file (${deployment.rewrite.join(', ')})`);
            }
            deployDir = copyDir ?? request.root;
            const namedServices = [...new Set(checks.flatMap((c) => ('service' in c && c.service ? [c.service] : [])))];
            smokeDeployment = new CommandDeployment({
                command: deployment.command,
                ...(deployment.teardown ? { teardown: deployment.teardown } : {}),
                cwd: deployDir,
                env: { ...env, DEPLOY_DIR: deployDir },
                services: namedServices,
                log,
                ...(copyDir ? { copyDir } : {}),
            });
            log.info(`deploying with ${deployment.command.join(' ')}${copyDir ? ` in ${copyDir}` : ''}`);
            report = { kind: 'command', description: smokeDeployment.description, files: [], pins: [], rewritten, ready: false, elapsedMs: 0, reasons: [], teardown: undefined };
            const up = await smokeDeployment.up(deployTimeoutMs, signal);
            deployed = new Set(underTest.keys());
            Object.assign(report, { ready: up.ok, elapsedMs: up.elapsedMs, reasons: up.ok ? [] : up.reasons });
        }
    }
    catch (error) {
        const message = error.message;
        if (report)
            Object.assign(report, { ready: false, reasons: [message] });
        else
            failures.push(`the deployment failed: ${message}`);
    }
    try {
        if (report && !report.ready) {
            failures.push(`the deployment did not come up: ${report.reasons.join('; ')}`);
            for (const reason of report.reasons)
                log.warn(reason);
        }
        else if (report) {
            log.info(`deployment ready in ${(report.elapsedMs / 1000).toFixed(1)} s`);
        }
        // 3. The checks.
        if (failures.length === 0 && !signal.aborted) {
            const addresses = smokeDeployment
                ? await smokeDeployment.addresses().catch((error) => {
                    log.warn(`the services' addresses could not be read (${error.message}); run checks get no SERVICE_* variables`);
                    return [];
                })
                : [];
            const context = {
                root: request.root,
                services: { container: (service, s) => (smokeDeployment ? smokeDeployment.container(service, s) : Promise.resolve(undefined)) },
                runEnv: { ...env, ...serviceEnvironment(addresses), ...(deployDir ? { DEPLOY_DIR: deployDir } : {}) },
                signal,
            };
            for (const spec of checks) {
                if (signal.aborted) {
                    notRun.push(spec.name);
                    continue;
                }
                const checked = await runCheck(spec, context);
                results.push(checked);
                logCheck(checked, log);
            }
            const failedChecks = results.filter((r) => !r.passed);
            if (failedChecks.length > 0)
                failures.push(`${failedChecks.length} of ${checks.length} checks failed: ${failedChecks.map((c) => c.name).join(', ')}`);
        }
        else {
            notRun.push(...allCheckNames);
        }
        // 4. On failure: what every service was doing.
        if ((failures.length > 0 || signal.aborted) && smokeDeployment) {
            services = await smokeDeployment.reports(LOG_TAIL_LINES).catch((error) => {
                log.warn(`the services' state could not be read: ${error.message}`);
                return [];
            });
            for (const s of services)
                log.group(`${s.service} (${s.container}): ${s.state}`, [`image ${s.image}`, ...(s.logTail === '' ? ['(empty log)'] : s.logTail.split('\n'))]);
        }
    }
    finally {
        if (smokeDeployment) {
            if (request.keep) {
                const detail = `kept (keep: true). Remove it with: ${smokeDeployment.keepHint()}`;
                log.info(detail);
                if (report)
                    report.teardown = { ok: true, kept: true, detail };
            }
            else {
                log.info(`tearing down: ${smokeDeployment.description}`);
                const teardown = await smokeDeployment.down().catch((error) => ({ ok: false, detail: error.message }));
                if (report)
                    report.teardown = teardown;
                if (teardown.ok)
                    log.info(teardown.detail);
                else
                    log.warn(`teardown: ${teardown.detail}`);
            }
        }
    }
    if (report?.teardown && !report.teardown.ok)
        failures.push(`the teardown failed: ${report.teardown.detail}`);
    return result({ ...(report ? { deployment: report } : {}), checks: results, notRun, services, deployed });
}

;// CONCATENATED MODULE: ./lib/src/app/smoke-run.js
/**
 * Shared by the smoke action and `image-actions smoke`: from what the user gave (images and
 * digests, a tag, override files and checks) to a `runSmoke` request, with the registry
 * client, a project name unique to the run, and cancellation on SIGINT / SIGTERM: the first
 * signal stops what is running and tears the deployment down before the process ends.
 */












/** The `digests` input: a JSON map image → digest, or the build's outputs holding one under `digests`. */
function parseDigests(text, where) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new tested/* TestedMapError */.K(where, "is not JSON; pass the build's digests output (a JSON map image → digest)");
    }
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && typeof parsed['digests'] === 'object') {
        return (0,tested/* parseTestedMap */.v)(JSON.stringify(parsed['digests']), `${where} (its digests)`);
    }
    return (0,tested/* parseTestedMap */.v)(text, where);
}
function composeOverrideDeployment(files) {
    const normalized = files.map((file) => {
        const result = (0,paths/* normalizeRepoPath */.N)(file);
        if (!result.ok)
            throw new core_diagnostics/* UserInputError */.m2([{ message: `compose-files: ${result.why}`, hint: result.hint }]);
        return result.path;
    });
    return { kind: 'compose', files: normalized };
}
/** The platform structure tests read from an index: this machine's, as the daemon would pull. */
function platformSelector() {
    const [os = 'linux', architecture = 'amd64'] = (0,builders_arguments/* hostPlatform */.ol)().split('/');
    return { os, architecture };
}
const SIGNALS = ['SIGINT', 'SIGTERM'];
async function runSmokeJob(job) {
    const loaded = await (0,project/* loadConfigFile */.HT)(job.root, job.configFile);
    const registry = job.registry ?? loaded.config.registry;
    if (!registry)
        throw new Error('no registry: set registry in images.yaml or give the registry input');
    const deployment = job.composeFiles.length > 0 ? composeOverrideDeployment(job.composeFiles) : undefined;
    const checks = job.checksText ? parseChecksText(job.checksText.text, job.checksText.where, deployment ?? loaded.config.deploy.deployment) : undefined;
    const client = (0,app_registry/* createRegistryClient */.H)({
        host: (0,app_registry/* registryHost */.U)(registry),
        ...(job.username !== undefined ? { username: job.username } : {}),
        ...(job.password !== undefined ? { password: job.password } : {}),
        insecureRegistries: job.insecureRegistries,
    });
    const controller = new AbortController();
    let received;
    const onSignal = (signal) => {
        if (received) {
            job.log.warn(`${signal} again: still tearing down the deployment; it ends in a few seconds`);
            return;
        }
        received = signal;
        job.log.warn(`${signal}: stopping, then tearing the deployment down`);
        controller.abort(new Error(`cancelled by ${signal}`));
    };
    for (const signal of SIGNALS)
        process.on(signal, onSignal);
    let runner;
    try {
        const digests = job.digestsText ? parseDigests(job.digestsText.text, job.digestsText.where) : new Map();
        for (const image of job.images) {
            if (digests.has(image))
                continue;
            if (!job.tag)
                throw new Error(`${image} is in images but has no digest in digests; give its digest, or the tag it was built under`);
            const head = await client.headManifest((0,core_reference/* withTag */.Rd)((0,promote/* imageRef */.D6)(registry, loaded.config.prefix, image, job.tag), job.tag));
            if (!head)
                throw new Error(`${image} has no digest in digests and no build under the tag ${job.tag}`);
            digests.set(image, head.digest);
        }
        if (job.images.length > 0) {
            for (const image of [...digests.keys()])
                if (!job.images.includes(image))
                    digests.delete(image);
        }
        const result = await runSmoke({
            root: job.root,
            loaded,
            registry,
            digests,
            ...(job.tag ? { tag: job.tag } : {}),
            ...(deployment ? { deployment } : {}),
            ...(checks ? { checks } : {}),
            keep: job.keep,
            ...(job.timeoutSeconds !== undefined ? { deployTimeoutMs: job.timeoutSeconds * 1000 } : {}),
            client,
            platform: platformSelector(),
            projectName: composeProjectName(job.run, (0,external_node_crypto_.randomBytes)(3).toString('hex')),
            env: job.env,
            commandRunner: job.commandRunner ?? (() => (runner ??= selectCommandRunner(job.insecureRegistries))),
            signal: controller.signal,
            log: job.log,
        });
        return { result, ...(received ? { signal: received } : {}) };
    }
    finally {
        for (const signal of SIGNALS)
            process.off(signal, onSignal);
        await client.close();
    }
}
/** The exit code of a process ended by a signal, as shells report it. */
function signalExitCode(signal) {
    return signal === 'SIGINT' ? 130 : 143;
}

;// CONCATENATED MODULE: ./lib/src/report/smoke-summary.js
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/** A fenced block that no backticks in the text can close early. */
function fenced(text, info = 'text') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${info}\n${text}\n${fence}`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function smokeSummaryMarkdown(result) {
    const lines = ['## image-actions smoke', ''];
    if (result.passed) {
        lines.push(`**Passed.** Tested: ${Object.keys(result.tested).length > 0 ? Object.keys(result.tested).map((i) => `\`${i}\``).join(', ') : 'nothing (no structure tests, nothing of this run deployed)'}.`, '');
    }
    else {
        lines.push(`**Failed${result.cancelled ? ' (cancelled)' : ''}.**`, '');
        for (const failure of result.failures)
            lines.push(`- ${cell(failure)}`);
        lines.push('');
    }
    if (result.structure.length > 0) {
        lines.push('### Structure tests', '', '| image | test | result | time |', '| --- | --- | --- | --- |');
        for (const image of result.structure) {
            if (image.error)
                lines.push(`| \`${image.image}\` | (could not run) | ❌ ${cell(image.error)} | |`);
            for (const o of image.outcomes) {
                const verdict = o.passed ? '✅ pass' : `❌ ${cell(o.failures.join('\n'))}`;
                const where = o.location ? ` (${o.location.file}:${o.location.line})` : '';
                lines.push(`| \`${image.image}\` | ${cell(o.name)}${cell(where)} | ${verdict} | ${seconds(o.durationMs)} |`);
            }
        }
        lines.push('');
        const notes = result.structure.flatMap((s) => s.notes.map((n) => `- \`${s.image}\`: ${n}`));
        if (notes.length > 0)
            lines.push(...notes, '');
    }
    const d = result.deployment;
    if (d) {
        lines.push('### Deployment', '');
        lines.push(`${d.kind === 'compose' ? `Compose files ${d.files.map((f) => `\`${f}\``).join(', ')} with ${d.description}` : d.description}: ${d.ready ? `ready in ${seconds(d.elapsedMs)}` : `**not ready** after ${seconds(d.elapsedMs)}`}.`, '');
        if (d.pins.length > 0) {
            lines.push('| service | image | runs | why |', '| --- | --- | --- | --- |');
            for (const p of d.pins)
                lines.push(`| \`${p.service}\` | \`${p.image}\` | \`${p.reference}\` | ${p.why} |`);
            lines.push('');
        }
        for (const file of d.rewritten) {
            lines.push(`- \`${file.file}\`: ${file.replacements.length === 0 ? 'no reference rewritten' : file.replacements.map((r) => `line ${r.line}: \`${r.from}\` → \`${r.to}\``).join('; ')}`);
        }
        if (d.rewritten.length > 0)
            lines.push('');
        for (const reason of d.reasons)
            lines.push(`- ${cell(reason)}`);
        if (d.reasons.length > 0)
            lines.push('');
        if (d.teardown)
            lines.push(`Teardown: ${d.teardown.ok ? '' : '**failed**: '}${cell(d.teardown.detail)}`, '');
    }
    if (result.checks.length > 0 || result.notRun.length > 0) {
        lines.push('### Checks', '', '| check | result | attempts | time |', '| --- | --- | --- | --- |');
        for (const c of result.checks) {
            const verdict = c.verdict.ok ? `✅ ${cell(c.verdict.detail)}` : `❌ expected ${cell(c.verdict.expected)}; got ${cell(c.verdict.got)}`;
            lines.push(`| ${cell(c.name)} | ${verdict} | ${c.attempts} | ${seconds(c.durationMs)} |`);
        }
        for (const name of result.notRun)
            lines.push(`| ${cell(name)} | not run | 0 | |`);
        lines.push('');
    }
    if (result.services.length > 0) {
        lines.push('### Services', '');
        for (const s of result.services) {
            lines.push(`<details${result.passed ? '' : ' open'}><summary><code>${escapeHtml(s.service)}</code> (${escapeHtml(s.container)}): ${escapeHtml(s.state)}</summary>`, '');
            lines.push(`Image \`${s.image}\`. Last log lines:`, '', fenced(s.logTail === '' ? '(empty log)' : s.logTail), '', '</details>', '');
        }
    }
    if (result.untested.length > 0) {
        lines.push(`Not tested (no structure tests, not deployed): ${result.untested.map((i) => `\`${i}\``).join(', ')}.`, '');
    }
    lines.push('### Output `tested`', '', fenced(JSON.stringify(result.tested, null, 2), 'json'), '');
    return `${lines.join('\n')}\n`;
}
/** One line per check for a terminal. */
function checkLine(result) {
    return result.verdict.ok ? `✓ ${result.name}: ${result.verdict.detail}` : `✗ ${result.name}: expected ${result.verdict.expected}; got ${result.verdict.got}`;
}

// EXTERNAL MODULE: ./lib/src/cli/verb.js
var verb = __webpack_require__(3014);
;// CONCATENATED MODULE: ./lib/src/cli/verbs/smoke.js
/** `image-actions smoke`: structure tests, a deployment of the builds under test, checks, teardown. */





const log = {
    info: (message) => process.stderr.write(`${message}\n`),
    warn: (message) => process.stderr.write(`warning: ${message}\n`),
    group: (title, lines) => {
        process.stderr.write(`── ${title}\n`);
        for (const line of lines)
            process.stderr.write(`   ${line}\n`);
    },
};
/** A value given inline or as a file: JSON/YAML text, or the path of a file holding it. */
async function textOrFile(value) {
    const trimmed = value.trim();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return { text: value, where: 'the command line' };
    return { text: await (0,promises_.readFile)(value, 'utf8'), where: value };
}
const smokeVerb = {
    summary: 'structure-test the builds, deploy them together, check the services, tear down',
    usage: `image-actions smoke [IMAGE…] --digests FILE|JSON [--tag T] [--compose FILE]… [--checks FILE] [--keep]

Runs each image's structure tests (container-structure-test files), deploys the images with
deploy.compose (an override pins every service of this repository to its digest) or
deploy.command, runs deploy.checks against it, and tears it down. Prints the tested map
(image → digest) on stdout, for promote --require.
  --digests FILE|JSON  image → digest of the builds under test, or build --json's output
  --tag T              the temporary tag of the builds (for IMAGE_TAG, and for images
                       named without a digest)
  --registry R         registry prefix of the builds (default registry of images.yaml)
  --compose FILE       a compose file to deploy instead of deploy.compose (repeatable)
  --checks FILE        checks (a YAML list as under deploy.checks) instead of deploy.checks
  --keep               leave the deployment running; print how to remove it
  --timeout SECONDS    how long the deployment may take to become ready (default deploy.timeout)
  --insecure HOST      a registry reached over plain HTTP (repeatable; loopback always is)
  --summary FILE       also write the Markdown summary to FILE
  --output FILE        also write the tested map to FILE
Credentials come from the Docker config (docker login) or containers auth.json.
${verb/* COMMON_HELP */.CX}`,
    options: {
        ...verb/* COMMON */.Sq,
        digests: { type: 'string' },
        tag: { type: 'string' },
        registry: { type: 'string' },
        compose: { type: 'string', multiple: true },
        checks: { type: 'string' },
        keep: { type: 'boolean', default: false },
        timeout: { type: 'string' },
        insecure: { type: 'string', multiple: true },
        summary: { type: 'string' },
        output: { type: 'string' },
    },
    async run(values, positionals) {
        const root = (0,external_node_path_.resolve)((0,verb/* str */.gx)(values['root']) ?? '.');
        const digests = (0,verb/* str */.gx)(values['digests']);
        const checks = (0,verb/* str */.gx)(values['checks']);
        const timeoutText = (0,verb/* str */.gx)(values['timeout']);
        const timeoutSeconds = timeoutText === undefined ? undefined : Number(timeoutText);
        if (timeoutSeconds !== undefined && (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1))
            throw new Error('--timeout takes a whole number of seconds ≥ 1');
        if (!digests && positionals.length === 0)
            throw new Error('give --digests (the build\'s digests), or name the images and their --tag');
        const { result, signal } = await runSmokeJob({
            root,
            configFile: (0,verb/* str */.gx)(values['config']) ?? 'images.yaml',
            ...((0,verb/* str */.gx)(values['registry']) ? { registry: (0,verb/* str */.gx)(values['registry']) } : {}),
            ...(digests ? { digestsText: await textOrFile(digests) } : {}),
            images: positionals,
            ...((0,verb/* str */.gx)(values['tag']) ? { tag: (0,verb/* str */.gx)(values['tag']) } : {}),
            composeFiles: (0,verb/* strings */.P$)(values['compose']),
            ...(checks ? { checksText: { text: await (0,promises_.readFile)(checks, 'utf8'), where: checks } } : {}),
            keep: values['keep'] === true,
            ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
            insecureRegistries: (0,verb/* strings */.P$)(values['insecure']),
            run: { runId: 'local' },
            env: process.env,
            log,
        });
        const summary = (0,verb/* str */.gx)(values['summary']);
        if (summary)
            await (0,promises_.writeFile)(summary, smokeSummaryMarkdown(result));
        const output = (0,verb/* str */.gx)(values['output']);
        const tested = `${JSON.stringify(result.tested, null, 2)}\n`;
        if (output)
            await (0,promises_.writeFile)(output, tested);
        for (const failure of result.failures)
            process.stderr.write(`error: ${failure}\n`);
        process.stderr.write(result.passed ? 'smoke passed; tested:\n' : 'smoke failed\n');
        process.stdout.write(tested);
        if (signal)
            return signalExitCode(signal);
        return result.passed ? 0 : 1;
    },
};


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
