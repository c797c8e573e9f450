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
import { randomBytes } from 'node:crypto';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readInstructions } from '../../core/dockerfile/instructions.js';
import { run } from '../process/run.js';
import { buildahBudArguments, buildahGlobalArguments, buildahPushArguments, useLayerCache, type BuildahSetup } from './arguments.js';
import { failingDockerfileLine } from './failure.js';
import { LogLines } from './log-lines.js';
import { elapsedSince, envWith, readWrittenValue, runLogged, withScratchDir } from './process.js';
import { insecureRegistriesOf, isInsecureRegistry, registryOf } from './registries.js';
import { BuildFailedError, BuilderUnavailableError, UnsupportedBuildRequestError, type Builder, type BuildOutcome, type BuildRequest } from './types.js';

export interface BuildahOptions {
  /** The buildah binary; `buildah` (from PATH) by default. */
  readonly buildah?: string;
  readonly env?: NodeJS.ProcessEnv;
}

export type BuildahProbe =
  | { readonly usable: true; readonly setup: BuildahSetup; readonly version: string; readonly detail: string }
  | { readonly usable: false; readonly reason: string };

const INSTALL_HINT = 'Install buildah (e.g. `apt-get install -y buildah`; it is preinstalled on GitHub\'s Ubuntu runners), or choose another builder.';

/** The `Error: …` line of a failed buildah run (warnings may follow it), else its last line. */
function errorLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.findLast((l) => /^error\b/i.test(l)) ?? lines.at(-1) ?? 'no output';
}

async function tryStorageDriver(buildah: string, env: NodeJS.ProcessEnv, setup: BuildahSetup): Promise<{ ok: true } | { ok: false; why: string }> {
  return withScratchDir(async (dir) => {
    const context = join(dir, 'context');
    await mkdir(context);
    // COPY makes buildah mount the working container, which is where a storage driver fails.
    await writeFile(join(context, 'probe'), 'image-actions storage probe\n');
    await writeFile(join(context, 'Dockerfile'), 'FROM scratch\nCOPY probe /probe\n');
    const iidFile = join(dir, 'iid');
    const args = [
      ...buildahGlobalArguments(setup),
      'bud',
      ...(setup.isolation === undefined ? [] : ['--isolation', setup.isolation]),
      '--iidfile',
      iidFile,
      context,
    ];
    const result = await run(buildah, args, { env, timeoutMs: 120_000 });
    const imageId = await readWrittenValue(iidFile);
    if (imageId !== undefined) {
      await run(buildah, [...buildahGlobalArguments(setup), 'rmi', imageId], { env });
    }
    return result.exitCode === 0 && imageId !== undefined ? { ok: true } : { ok: false, why: errorLine(`${result.stdout}\n${result.stderr}`) };
  });
}

async function probeUncached(buildah: string, env: NodeJS.ProcessEnv): Promise<BuildahProbe> {
  let version;
  try {
    version = await run(buildah, ['--version'], { env, timeoutMs: 30_000 });
  } catch (error) {
    return { usable: false, reason: (error as Error).message };
  }
  if (version.exitCode !== 0) return { usable: false, reason: `buildah --version failed: ${errorLine(version.stderr)}` };
  const versionText = version.stdout.trim().replace(/^buildah version\s+/, '').split(/\s+/)[0] ?? '';
  const isolation = env['BUILDAH_ISOLATION'] ? undefined : 'chroot';
  const base = isolation === undefined ? {} : { isolation };

  // A driver chosen by the user (STORAGE_DRIVER) is theirs to get right: try only that one.
  const candidates: BuildahSetup[] = env['STORAGE_DRIVER'] ? [base] : [base, { ...base, storageDriver: 'vfs' }];
  const failures: string[] = [];
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

const probes = new Map<string, Promise<BuildahProbe>>();

/** Whether buildah builds here, and with which storage driver; probed once per process. */
export function probeBuildah(options: BuildahOptions = {}): Promise<BuildahProbe> {
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
export function fromReferences(dockerfileText: string): string[] {
  return readInstructions(dockerfileText, 'Dockerfile')
    .instructions.filter((i) => i.keyword === 'from')
    .map((i) => i.args.text.trim().split(/\s+/).find((w) => !w.startsWith('--')))
    .filter((w): w is string => w !== undefined);
}

/** The registries.conf in use, as containers/image picks it: env, then the user's, then the system's. */
async function currentRegistriesConf(env: NodeJS.ProcessEnv): Promise<{ path: string; text: string } | undefined> {
  const candidates = [
    env['CONTAINERS_REGISTRIES_CONF'],
    process.getuid?.() === 0 ? undefined : join(env['HOME'] ?? homedir(), '.config/containers/registries.conf'),
    '/etc/containers/registries.conf',
  ].filter((c): c is string => c !== undefined && c !== '');
  for (const path of candidates) {
    try {
      await access(path);
      return { path, text: await readFile(path, 'utf8') };
    } catch {
      // Not there: the next candidate.
    }
  }
  return undefined;
}

/**
 * A registries.conf that is the current one plus `insecure = true` for `hosts`. A version 1 file
 * (`[registries.insecure]`) cannot be mixed with version 2 entries, so it is replaced instead.
 */
export function registriesConfWithInsecure(current: string | undefined, hosts: readonly string[]): string {
  const entries = hosts.map((host) => `[[registry]]\nlocation = ${JSON.stringify(host)}\ninsecure = true\n`).join('\n');
  const keep = current !== undefined && !/^\s*\[registries\./m.test(current) ? current : 'unqualified-search-registries = ["docker.io"]\n';
  return `${keep.trimEnd()}\n\n# Added by image-actions for this build: registries reached over HTTP.\n${entries}`;
}

export class BuildahBuilder implements Builder {
  readonly name = 'buildah' as const;
  readonly description: string;
  /** The buildah binary and its environment, for whoever works on the same store (the layer cache). */
  readonly buildah: string;
  readonly env: NodeJS.ProcessEnv;

  private constructor(options: BuildahOptions, private readonly probe: Extract<BuildahProbe, { usable: true }>) {
    this.buildah = options.buildah ?? 'buildah';
    this.env = options.env ?? process.env;
    this.description = `buildah: ${probe.detail}`;
  }

  static async create(options: BuildahOptions = {}): Promise<BuildahBuilder> {
    const probe = await probeBuildah(options);
    if (!probe.usable) throw new BuilderUnavailableError('buildah', probe.reason, INSTALL_HINT);
    return new BuildahBuilder(options, probe);
  }

  get setup(): BuildahSetup {
    return this.probe.setup;
  }

  /**
   * Removes a multi-platform build's local list and its per-platform images: they were built
   * without the layer cache (see useLayerCache) and would only be dead weight in a cached store.
   * Best effort: a leftover costs disk, not correctness.
   */
  private async removeManifestList(manifest: string, env: NodeJS.ProcessEnv, log: LogLines): Promise<void> {
    const global = buildahGlobalArguments(this.setup);
    const inspect = await run(this.buildah, [...global, 'manifest', 'inspect', manifest], { env });
    let digests = new Set<string>();
    try {
      const list = JSON.parse(inspect.stdout) as { manifests?: { digest?: string }[] };
      digests = new Set((list.manifests ?? []).map((m) => m.digest ?? ''));
    } catch {
      // No list to read: nothing was added to it.
    }
    await run(this.buildah, [...global, 'manifest', 'rm', manifest], { env });
    const images = await run(this.buildah, [...global, 'images', '--no-trunc', '--format', '{{.ID}} {{.Digest}}'], { env });
    const ids = images.stdout
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([id, digest]) => id !== undefined && id !== '' && digest !== undefined && digests.has(digest))
      .map(([id]) => id as string);
    if (ids.length > 0) {
      const removed = await run(this.buildah, [...global, 'rmi', ...ids], { env });
      if (removed.exitCode !== 0) log.note(`could not remove the per-platform images ${ids.join(' ')}: ${errorLine(removed.stderr)}`);
    }
  }

  async build(request: BuildRequest): Promise<BuildOutcome> {
    if (request.tags.length === 0) throw new UnsupportedBuildRequestError('buildah', request.image, 'no tag was given');
    const multiPlatform = request.platforms.length > 1;
    if (multiPlatform && !request.push) {
      throw new UnsupportedBuildRequestError('buildah', request.image, 'a multi-platform image only exists as a manifest list in a registry: set push to true');
    }
    const start = performance.now();
    const log = new LogLines(request.onLog);
    const dockerfileText = await readFile(request.dockerfile, 'utf8');
    const insecure = request.insecureRegistries ?? [];

    return withScratchDir(async (dir) => {
      const pullHosts = insecureRegistriesOf([...fromReferences(dockerfileText), ...request.tags], insecure);
      let env = this.env;
      if (pullHosts.length > 0) {
        const conf = join(dir, 'registries.conf');
        await writeFile(conf, registriesConfWithInsecure((await currentRegistriesConf(this.env))?.text, pullHosts));
        env = envWith({ CONTAINERS_REGISTRIES_CONF: conf }, this.env);
        log.note(`registries reached over HTTP: ${pullHosts.join(', ')}`);
      }

      const iidFile = join(dir, 'iid');
      const manifest = `localhost/image-actions-${randomBytes(6).toString('hex')}`;
      const output = multiPlatform ? { manifest } : { iidFile };
      const built = await runLogged(log, this.buildah, buildahBudArguments(request, this.setup, output, useLayerCache(request.platforms)), { env });
      if (built.exitCode !== 0) {
        throw new BuildFailedError({
          image: request.image,
          builder: 'buildah',
          phase: 'build',
          reason: `buildah bud exited with ${built.exitCode}: ${log.lastLines().at(-1) ?? 'no output'}`,
          logTail: log.lastLines(),
          dockerfile: request.dockerfile,
          dockerfileLine: failingDockerfileLine('buildah', log.lines(), dockerfileText),
        });
      }
      try {
        const imageId = multiPlatform ? undefined : await readWrittenValue(iidFile);
        if (!multiPlatform && imageId === undefined) throw new Error(`buildah bud of ${request.image} succeeded but wrote no image ID to --iidfile`);
        if (!request.push) {
          return { pushed: false, imageId: imageId as string, image: request.image, builder: 'buildah', durationMs: elapsedSince(start), logTail: log.lastLines() };
        }
        const source = imageId === undefined ? { manifest } : { imageId };
        const digests = new Map<string, string>();
        for (const [index, tag] of request.tags.entries()) {
          const digestFile = join(dir, `digest-${index}`);
          const args = buildahPushArguments(this.setup, source, tag, digestFile, isInsecureRegistry(registryOf(tag), insecure));
          const pushed = await runLogged(log, this.buildah, args, { env });
          const digest = pushed.exitCode === 0 ? await readWrittenValue(digestFile) : undefined;
          if (digest === undefined) {
            throw new BuildFailedError({
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
        const digest = [...distinct][0] as string;
        log.note(`pushed ${request.tags.join(', ')} as ${digest}`);
        return { pushed: true, digest, image: request.image, builder: 'buildah', durationMs: elapsedSince(start), logTail: log.lastLines() };
      } finally {
        if (multiPlatform) await this.removeManifestList(manifest, env, log);
      }
    });
  }
}
