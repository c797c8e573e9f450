/**
 * The classic `docker build`, then `docker push` of every tag.
 *
 * BuildKit or the legacy builder is found out, not assumed: with DOCKER_BUILDKIT=1 a docker CLI
 * ≥ 23 needs the buildx plugin (and fails without it), while a 20.10 CLI carries BuildKit
 * itself. So a tiny `FROM scratch` build is tried once per process and CLI, first with BuildKit,
 * then without, and the answer is kept.
 *
 * The pushed digest is read from the daemon's RepoDigests after the push (machine-readable),
 * never from the push's progress text.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../process/run.js';
import { dockerBuildArguments, type DockerBuildMode } from './arguments.js';
import { failingDockerfileLine } from './failure.js';
import { LogLines } from './log-lines.js';
import { elapsedSince, envWith, readWrittenValue, runLogged, withScratchDir } from './process.js';
import { repositoryOf } from './registries.js';
import {
  BuildFailedError,
  BuilderUnavailableError,
  UnsupportedBuildRequestError,
  type Builder,
  type BuildOutcome,
  type BuildRequest,
} from './types.js';

export interface DockerCliOptions {
  /** The docker CLI to run; `docker` (from PATH) by default. */
  readonly docker?: string;
  /** Environment of the docker processes (DOCKER_HOST, DOCKER_CONFIG…); this process's by default. */
  readonly env?: NodeJS.ProcessEnv;
}

export type DockerProbe =
  | { readonly usable: true; readonly mode: DockerBuildMode; readonly clientVersion: string; readonly serverVersion: string; readonly detail: string }
  | { readonly usable: false; readonly reason: string };

const INSTALL_HINT =
  'Install Docker (e.g. `apt-get install -y docker.io`) and start its daemon so that `docker info` answers, or choose `builder: buildah`.';

function firstMeaningfulLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^DEPRECATED:|^\s*BuildKit is currently disabled|^\s*environment-variable/.test(l));
  const error = lines.find((l) => /error/i.test(l));
  return error ?? lines[0] ?? 'no output';
}

async function tryProbeBuild(docker: string, env: NodeJS.ProcessEnv, mode: DockerBuildMode): Promise<{ ok: true } | { ok: false; why: string }> {
  return withScratchDir(async (dir) => {
    const context = join(dir, 'context');
    await mkdir(context);
    // A unique label gives each probe its own image ID: two processes probing at once would
    // otherwise build the same ID, and one's clean-up would delete the other's image mid-build.
    await writeFile(join(context, 'Dockerfile'), `FROM scratch\nLABEL io.image-actions.probe=${mode}-${randomUUID()}\n`);
    const iidFile = join(dir, 'iid');
    const args = ['build', ...(mode === 'buildkit' ? ['--progress=plain'] : []), '--iidfile', iidFile, context];
    const result = await run(docker, args, { env: envWith({ DOCKER_BUILDKIT: mode === 'buildkit' ? '1' : '0' }, env), timeoutMs: 120_000 });
    const imageId = await readWrittenValue(iidFile);
    if (imageId !== undefined) await run(docker, ['image', 'rm', imageId], { env });
    return result.exitCode === 0 && imageId !== undefined ? { ok: true } : { ok: false, why: firstMeaningfulLine(`${result.stderr}\n${result.stdout}`) };
  });
}

async function probeUncached(docker: string, env: NodeJS.ProcessEnv): Promise<DockerProbe> {
  let versions;
  try {
    versions = await run(docker, ['version', '--format', '{{.Client.Version}} {{.Server.Version}}'], { env, timeoutMs: 30_000 });
  } catch (error) {
    return { usable: false, reason: (error as Error).message };
  }
  const [clientVersion = '', serverVersion = ''] = versions.stdout.trim().split(/\s+/);
  if (versions.exitCode !== 0 || serverVersion === '') {
    return { usable: false, reason: `the Docker daemon does not answer (${firstMeaningfulLine(versions.stderr || versions.stdout)})` };
  }
  // DOCKER_BUILDKIT=0 set by the user is their choice of the legacy builder: honoured, not probed.
  const userChoseLegacy = env['DOCKER_BUILDKIT'] === '0' || env['DOCKER_BUILDKIT']?.toLowerCase() === 'false';
  const buildkit = userChoseLegacy ? { ok: false as const, why: 'DOCKER_BUILDKIT=0 is set' } : await tryProbeBuild(docker, env, 'buildkit');
  if (buildkit.ok) {
    return { usable: true, mode: 'buildkit', clientVersion, serverVersion, detail: `BuildKit (docker CLI ${clientVersion}, daemon ${serverVersion})` };
  }
  const legacy = await tryProbeBuild(docker, env, 'legacy');
  if (legacy.ok) {
    return {
      usable: true,
      mode: 'legacy',
      clientVersion,
      serverVersion,
      detail: `legacy builder, as BuildKit did not work: ${buildkit.why} (docker CLI ${clientVersion}, daemon ${serverVersion})`,
    };
  }
  return { usable: false, reason: `a test build failed with BuildKit (${buildkit.why}) and without it (${legacy.why})` };
}

const probes = new Map<string, Promise<DockerProbe>>();

/** What `docker build` can do here; probed once per process for each CLI and daemon. */
export function probeDocker(options: DockerCliOptions = {}): Promise<DockerProbe> {
  const docker = options.docker ?? 'docker';
  const env = options.env ?? process.env;
  const key = JSON.stringify([docker, env['DOCKER_HOST'] ?? '', env['DOCKER_CONTEXT'] ?? '', env['DOCKER_CONFIG'] ?? '', env['DOCKER_BUILDKIT'] ?? '']);
  let probe = probes.get(key);
  if (!probe) {
    probe = probeUncached(docker, env);
    probes.set(key, probe);
  }
  return probe;
}

async function repoDigests(docker: string, env: NodeJS.ProcessEnv, imageId: string): Promise<string[]> {
  const result = await run(docker, ['image', 'inspect', '--format', '{{json .RepoDigests}}', imageId], { env });
  if (result.exitCode !== 0) throw new Error(`docker image inspect ${imageId} failed: ${firstMeaningfulLine(result.stderr)}`);
  const parsed: unknown = JSON.parse(result.stdout.trim() || '[]');
  return Array.isArray(parsed) ? parsed.filter((d): d is string => typeof d === 'string') : [];
}

function digestsIn(repository: string, entries: readonly string[]): Set<string> {
  const digests = new Set<string>();
  for (const entry of entries) {
    const at = entry.lastIndexOf('@');
    if (at < 0) continue;
    let entryRepository: string;
    try {
      entryRepository = repositoryOf(entry);
    } catch {
      continue;
    }
    if (entryRepository === repository) digests.add(entry.slice(at + 1));
  }
  return digests;
}

/**
 * The digest the pushed repositories hold, from RepoDigests before and after the push. A
 * repository normally has one entry per image; when the image was pushed there before in
 * another form (other compression) there are several, and the one this push added is taken.
 */
export function pushedDigestFromRepoDigests(tags: readonly string[], before: readonly string[], after: readonly string[]): string {
  const repositories = [...new Set(tags.map(repositoryOf))];
  const found = new Map<string, string>();
  for (const repository of repositories) {
    const candidates = digestsIn(repository, after);
    const added = [...candidates].filter((d) => !digestsIn(repository, before).has(d));
    const digest = candidates.size === 1 ? [...candidates][0] : added.length === 1 ? added[0] : undefined;
    if (digest === undefined) {
      throw new Error(
        candidates.size === 0
          ? `docker reports no digest for ${repository} after the push (RepoDigests: ${JSON.stringify(after)})`
          : `docker reports several digests for ${repository} (${[...candidates].join(', ')}) and cannot tell which one this push wrote`,
      );
    }
    found.set(repository, digest);
  }
  const distinct = new Set(found.values());
  if (distinct.size !== 1) {
    throw new Error(`the pushed repositories hold different digests: ${[...found].map(([r, d]) => `${r}@${d}`).join(', ')}`);
  }
  return [...distinct][0] as string;
}

export class DockerBuilder implements Builder {
  readonly name = 'docker' as const;
  readonly description: string;
  /** The docker CLI and its environment, for whoever works on the same daemon (the layer cache). */
  readonly docker: string;
  readonly env: NodeJS.ProcessEnv;

  private constructor(options: DockerCliOptions, private readonly probe: Extract<DockerProbe, { usable: true }>) {
    this.docker = options.docker ?? 'docker';
    this.env = options.env ?? process.env;
    this.description = `docker: ${probe.detail}`;
  }

  /** A docker builder once the probe says `docker build` works here; else BuilderUnavailableError. */
  static async create(options: DockerCliOptions = {}): Promise<DockerBuilder> {
    const probe = await probeDocker(options);
    if (!probe.usable) throw new BuilderUnavailableError('docker', probe.reason, INSTALL_HINT);
    return new DockerBuilder(options, probe);
  }

  get mode(): DockerBuildMode {
    return this.probe.mode;
  }

  async build(request: BuildRequest): Promise<BuildOutcome> {
    if (request.platforms.length > 1) {
      throw new UnsupportedBuildRequestError(
        'docker',
        request.image,
        `the classic docker builder makes one platform per build, and ${request.platforms.join(', ')} were asked for. Use \`builder: buildx\` or \`builder: buildah\` for multi-platform images.`,
      );
    }
    if (request.tags.length === 0) throw new UnsupportedBuildRequestError('docker', request.image, 'no tag was given');
    const start = performance.now();
    const log = new LogLines(request.onLog);
    const env = envWith({ DOCKER_BUILDKIT: this.mode === 'buildkit' ? '1' : '0' }, this.env);

    return withScratchDir(async (dir) => {
      const iidFile = join(dir, 'iid');
      const built = await runLogged(log, this.docker, dockerBuildArguments(request, this.mode, iidFile), { env });
      if (built.exitCode !== 0) {
        const dockerfileText = await readFile(request.dockerfile, 'utf8').catch(() => '');
        throw new BuildFailedError({
          image: request.image,
          builder: 'docker',
          phase: 'build',
          reason: `docker build exited with ${built.exitCode}: ${log.lastLines().at(-1) ?? 'no output'}`,
          logTail: log.lastLines(),
          dockerfile: request.dockerfile,
          dockerfileLine: failingDockerfileLine(this.mode, log.lines(), dockerfileText),
        });
      }
      const imageId = await readWrittenValue(iidFile);
      if (imageId === undefined) throw new Error(`docker build of ${request.image} succeeded but wrote no image ID to --iidfile`);
      if (!request.push) {
        return { pushed: false, imageId, image: request.image, builder: 'docker', durationMs: elapsedSince(start), logTail: log.lastLines() };
      }

      const before = await repoDigests(this.docker, this.env, imageId);
      for (const tag of request.tags) {
        const pushed = await runLogged(log, this.docker, ['push', tag], { env: this.env });
        if (pushed.exitCode !== 0) {
          throw new BuildFailedError({
            image: request.image,
            builder: 'docker',
            phase: 'push',
            reason: `docker push ${tag} exited with ${pushed.exitCode}: ${log.lastLines().at(-1) ?? 'no output'}`,
            logTail: log.lastLines(),
            dockerfile: request.dockerfile,
          });
        }
      }
      const after = await repoDigests(this.docker, this.env, imageId);
      const digest = pushedDigestFromRepoDigests(request.tags, before, after);
      log.note(`pushed ${request.tags.join(', ')} as ${digest}`);
      return { pushed: true, digest, image: request.image, builder: 'docker', durationMs: elapsedSince(start), logTail: log.lastLines() };
    });
  }
}
