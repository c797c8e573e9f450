/**
 * `docker buildx build --push --metadata-file …`: the default on GitHub's runners. BuildKit
 * pushes while it exports, and says what it pushed in the metadata file, so the digest is read
 * there (see buildx-metadata.ts).
 *
 * Availability is probed, not assumed: `docker buildx version` proves the plugin is there, and
 * `docker buildx inspect` that the current builder instance answers.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../process/run.js';
import { buildxArguments } from './arguments.js';
import { parseBuildxMetadata } from './buildx-metadata.js';
import { failingDockerfileLine } from './failure.js';
import { LogLines } from './log-lines.js';
import { elapsedSince, readWrittenValue, runLogged, withScratchDir } from './process.js';
import { registryOf } from './registries.js';
import { BuildFailedError, BuilderUnavailableError, UnsupportedBuildRequestError, type Builder, type BuildOutcome, type BuildRequest } from './types.js';
import type { DockerCliOptions } from './docker.js';

export type BuildxProbe =
  | { readonly usable: true; readonly version: string; readonly builderInstance: string; readonly driver: string; readonly detail: string }
  | { readonly usable: false; readonly reason: string };

const INSTALL_HINT =
  'Install the buildx plugin (https://github.com/docker/buildx#installing; on GitHub Actions, add docker/setup-buildx-action), or choose `builder: docker` or `builder: buildah`.';

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? 'no output'
  );
}

async function probeUncached(docker: string, env: NodeJS.ProcessEnv): Promise<BuildxProbe> {
  let version;
  try {
    version = await run(docker, ['buildx', 'version'], { env, timeoutMs: 30_000 });
  } catch (error) {
    return { usable: false, reason: (error as Error).message };
  }
  if (version.exitCode !== 0) return { usable: false, reason: `\`docker buildx version\` failed: ${firstLine(version.stderr || version.stdout)}` };
  // `github.com/docker/buildx v0.12.1 30feaa1…`
  const versionText = version.stdout.trim().split(/\s+/)[1] ?? version.stdout.trim();
  const inspect = await run(docker, ['buildx', 'inspect'], { env, timeoutMs: 60_000 });
  if (inspect.exitCode !== 0) return { usable: false, reason: `buildx ${versionText} is installed but its builder does not answer: ${firstLine(inspect.stderr)}` };
  const name = /^Name:\s*(\S+)/m.exec(inspect.stdout)?.[1] ?? 'default';
  const driver = /^Driver:\s*(\S+)/m.exec(inspect.stdout)?.[1] ?? 'unknown';
  return { usable: true, version: versionText, builderInstance: name, driver, detail: `buildx ${versionText}, builder "${name}" (${driver} driver)` };
}

const probes = new Map<string, Promise<BuildxProbe>>();

export function probeBuildx(options: DockerCliOptions = {}): Promise<BuildxProbe> {
  const docker = options.docker ?? 'docker';
  const env = options.env ?? process.env;
  const key = JSON.stringify([docker, env['DOCKER_HOST'] ?? '', env['DOCKER_CONTEXT'] ?? '', env['BUILDX_BUILDER'] ?? '', env['DOCKER_CONFIG'] ?? '']);
  let probe = probes.get(key);
  if (!probe) {
    probe = probeUncached(docker, env);
    probes.set(key, probe);
  }
  return probe;
}

export class BuildxBuilder implements Builder {
  readonly name = 'buildx' as const;
  readonly description: string;
  /**
   * The builder instance's driver (`docker`, `docker-container`, `kubernetes`, `remote`). The
   * `docker` driver cannot export a build cache (unless dockerd uses the containerd image store),
   * so the default cache-to depends on it.
   */
  readonly driver: string;
  private readonly docker: string;
  private readonly env: NodeJS.ProcessEnv;

  private constructor(options: DockerCliOptions, probe: Extract<BuildxProbe, { usable: true }>) {
    this.docker = options.docker ?? 'docker';
    this.env = options.env ?? process.env;
    this.driver = probe.driver;
    this.description = `buildx: ${probe.detail}`;
  }

  static async create(options: DockerCliOptions = {}): Promise<BuildxBuilder> {
    const probe = await probeBuildx(options);
    if (!probe.usable) throw new BuilderUnavailableError('buildx', probe.reason, INSTALL_HINT);
    return new BuildxBuilder(options, probe);
  }

  async build(request: BuildRequest): Promise<BuildOutcome> {
    if (request.tags.length === 0) throw new UnsupportedBuildRequestError('buildx', request.image, 'no tag was given');
    const start = performance.now();
    const log = new LogLines(request.onLog);
    // Only registries listed as insecure get `registry.insecure`: loopback ones are already
    // plain HTTP to dockerd (the `docker` driver) and to BuildKit's resolver (localhost rule).
    const listed = new Set((request.insecureRegistries ?? []).map((h) => h.trim().toLowerCase()));
    const insecurePush = request.tags.some((tag) => listed.has(registryOf(tag).toLowerCase()));

    return withScratchDir(async (dir) => {
      const files = { metadataFile: join(dir, 'metadata.json'), iidFile: join(dir, 'iid') };
      const built = await runLogged(log, this.docker, buildxArguments(request, files, insecurePush), { env: this.env });
      if (built.exitCode !== 0) {
        const dockerfileText = await readFile(request.dockerfile, 'utf8').catch(() => '');
        throw new BuildFailedError({
          image: request.image,
          builder: 'buildx',
          phase: 'build',
          reason: `docker buildx build exited with ${built.exitCode}: ${log.lastLines().at(-1) ?? 'no output'}`,
          logTail: log.lastLines(),
          dockerfile: request.dockerfile,
          dockerfileLine: failingDockerfileLine('buildkit', log.lines(), dockerfileText),
        });
      }
      if (!request.push) {
        const imageId = await readWrittenValue(files.iidFile);
        if (imageId === undefined) throw new Error(`docker buildx build --load of ${request.image} wrote no image ID to --iidfile`);
        return { pushed: false, imageId, image: request.image, builder: 'buildx', durationMs: elapsedSince(start), logTail: log.lastLines() };
      }
      const metadata = parseBuildxMetadata(await readFile(files.metadataFile, 'utf8'), files.metadataFile);
      log.note(`pushed ${request.tags.join(', ')} as ${metadata.digest}${metadata.mediaType ? ` (${metadata.mediaType})` : ''}`);
      return { pushed: true, digest: metadata.digest, image: request.image, builder: 'buildx', durationMs: elapsedSince(start), logTail: log.lastLines() };
    });
  }
}
