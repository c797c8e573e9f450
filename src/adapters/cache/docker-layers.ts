/**
 * The layer cache of classic `docker build`: the built image, `docker save`d under a tag of its
 * own, and `docker load`ed before the next build of the image, which names it in `--cache-from`.
 *
 * Why that gives cache hits:
 * - the legacy builder, given `--cache-from`, reuses a step when the named image's history and
 *   layers match the build so far (it rebuilds the intermediate image from them), so the final
 *   image alone is enough, with no intermediate images;
 * - BuildKit (docker 20.10, or a newer CLI with buildx) reads a local image named in
 *   `--cache-from` through the cache metadata the image carries inline, which a build writes
 *   only when asked (`BUILDKIT_INLINE_CACHE=1`): so every cached build asks for it.
 *
 * The cache tag is removed again right after `docker save` and after the build: the daemon may
 * be shared, and only references we made are ever removed (by reference, never by ID).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run, type RunResult } from '../process/run.js';
import type { DockerBuildMode } from '../builders/arguments.js';
import type { BuilderLayers, BuiltImage, PreparedLayers } from './layers.js';

const ARCHIVE = 'image.tar';
const MANIFEST = 'docker-layers.json';
const CACHE_REPOSITORY = 'image-actions-cache';
const CACHE_REFERENCE = /^image-actions-cache\/[a-z0-9]+(?:[._-][a-z0-9]+)*:[0-9a-f]{16}$/;

export interface DockerLayersOptions {
  readonly docker: string;
  readonly env: NodeJS.ProcessEnv;
  readonly mode: DockerBuildMode;
}

interface Manifest {
  readonly reference: string;
}

/** `image-actions-cache/<image>:<16 hex of the build key>`: a name only the layer cache uses. */
export function dockerCacheReference(image: string, buildKey: string): string {
  const name =
    image
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[._-]+|[._-]+$/g, '')
      .replace(/[._-]{2,}/g, '-') || 'image';
  return `${CACHE_REPOSITORY}/${name}:${buildKey.slice(0, 16)}`;
}

function meaningful(result: RunResult): string {
  const lines = `${result.stderr}\n${result.stdout}`.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /error/i.test(l)) ?? lines.at(-1) ?? `exit code ${result.exitCode}`;
}

export class DockerLayers implements BuilderLayers {
  readonly description: string;

  constructor(private readonly options: DockerLayersOptions) {
    this.description =
      options.mode === 'buildkit'
        ? 'the built image (docker save/load, BuildKit inline cache, --cache-from)'
        : 'the built image (docker save/load, --cache-from for the legacy builder)';
  }

  private docker(args: readonly string[]): Promise<RunResult> {
    return run(this.options.docker, args, { env: this.options.env });
  }

  async prepare(dir: string | undefined): Promise<PreparedLayers> {
    const inline = this.options.mode === 'buildkit';
    const save = (into: string, built: BuiltImage): Promise<boolean> => this.save(into, built);
    if (dir === undefined) return { cache: { inline }, save, release: () => Promise.resolve() };
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Partial<Manifest>;
    // The reference goes to docker as an argument and is removed after the build: only a name
    // of our own cache repository is accepted from a restored file.
    if (typeof manifest.reference !== 'string' || !CACHE_REFERENCE.test(manifest.reference)) {
      throw new Error(`${MANIFEST} names no image-actions-cache reference`);
    }
    const reference = manifest.reference;
    const loaded = await this.docker(['load', '--quiet', '--input', join(dir, ARCHIVE)]);
    if (loaded.exitCode !== 0) throw new Error(`docker load failed: ${meaningful(loaded)}`);
    return {
      cache: { from: [reference], inline },
      save,
      release: async () => {
        await this.docker(['image', 'rm', reference]).catch(() => undefined);
      },
    };
  }

  private async save(dir: string, built: BuiltImage): Promise<boolean> {
    const reference = dockerCacheReference(built.image, built.buildKey);
    const tagged = await this.docker(['tag', built.reference, reference]);
    if (tagged.exitCode !== 0) throw new Error(`docker tag ${built.reference} failed: ${meaningful(tagged)}`);
    try {
      const saved = await this.docker(['save', '--output', join(dir, ARCHIVE), reference]);
      if (saved.exitCode !== 0) throw new Error(`docker save failed: ${meaningful(saved)}`);
      const manifest: Manifest = { reference };
      await writeFile(join(dir, MANIFEST), `${JSON.stringify(manifest)}\n`);
      return true;
    } finally {
      await this.docker(['image', 'rm', reference]).catch(() => undefined);
    }
  }
}
