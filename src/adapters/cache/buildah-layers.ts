/**
 * The layer cache of `buildah bud --layers`: the images buildah committed or reused for the
 * steps of a build, pushed into one OCI layout directory (blobs shared between them) and pulled
 * back into the store before the next build of the image.
 *
 * Why that gives cache hits: with `--layers`, buildah reuses a step when its store holds an
 * image whose top layer sits on the current one and whose history matches the Dockerfile so far.
 * Pulled from an OCI layout, the images keep their IDs (the config digest), history and layer
 * chain, so a fresh store answers like the one that built them. The final image alone would not
 * do: buildah looks for the image of each step.
 *
 * Which images those are:
 * - the steps it reused it names in its output (`--> Using cache <full ID>`);
 * - the steps it committed it names only without `--iidfile`, which the builder needs; so the
 *   store's unnamed images are listed before and after the build, and the new ones taken. That
 *   covers every stage of a multi-stage Dockerfile. Another build running in the same store at
 *   the same time adds its own step images to the difference: they are saved too, which costs
 *   space in the cache but never a wrong hit (a hit needs the same history).
 *
 * Layers are pushed uncompressed: the cache store compresses the whole directory anyway.
 *
 * buildah names an image pulled from an OCI layout after the layout's path (`localhost/<path>`),
 * which must then be a valid reference: lowercase, no `_temp` (RUNNER_TEMP) components. So the
 * pull goes through a symbolic link at a path that is, one per image (the name moves to the last
 * image pulled, so a store keeps at most one such name per image). The name is never removed:
 * `buildah rmi` of an image's only name deletes the image, and its unnamed parents with it.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type RunResult } from '../process/run.js';
import { buildahGlobalArguments, type BuildahSetup } from '../builders/arguments.js';
import type { BuilderLayers, PreparedLayers } from './layers.js';

const LAYOUT = 'oci';
const MANIFEST = 'buildah-layers.json';
const IMAGE_ID = /^[0-9a-f]{64}$/;
const REUSED_STEP = /^--> Using cache ([0-9a-f]{64})$/;
/** A path whose every component is a valid repository path component. */
const REFERENCE_PATH = /^(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+$/;

/**
 * Where the layout of `image` is linked for pulling: a path that makes a valid image name, the
 * same for every run of this user (so the names it leaves in the store do not pile up).
 */
export function layoutLinkPath(image: string, temporary: string = tmpdir(), uid: number = process.getuid?.() ?? 0): string {
  const base = REFERENCE_PATH.test(temporary) ? temporary : '/tmp';
  const component =
    image
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[._-]+|[._-]+$/g, '') || 'image';
  return join(base, `image-actions-layers-${uid}`, component);
}

export interface BuildahLayersOptions {
  readonly buildah: string;
  readonly env: NodeJS.ProcessEnv;
  readonly setup: BuildahSetup;
}

interface Manifest {
  /** Full image IDs (hex, without `sha256:`). */
  readonly images: readonly string[];
}

/** The images of the steps a `buildah bud --layers` output says it reused, in order, once each. */
export function buildahReusedImages(lines: readonly string[]): string[] {
  const ids: string[] = [];
  for (const line of lines) {
    const id = REUSED_STEP.exec(line.trim())?.[1];
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The IDs of the images without a name in `buildah images --all --no-trunc --format '{{.ID}}
 * {{.Name}}'` output (one row per name, `<none>` for an image that has none): step images, as
 * opposed to tagged results and pulled bases.
 */
export function unnamedImages(listing: string): Set<string> {
  const named = new Set<string>();
  const all = new Set<string>();
  for (const row of listing.split('\n')) {
    const [rawId, name] = row.trim().split(/\s+/);
    const id = rawId?.replace(/^sha256:/, '');
    if (id === undefined || !IMAGE_ID.test(id)) continue;
    all.add(id);
    if (name !== undefined && name !== '<none>') named.add(id);
  }
  return new Set([...all].filter((id) => !named.has(id)));
}

function errorLine(result: RunResult): string {
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.findLast((l) => /^error\b/i.test(l)) ?? lines.at(-1) ?? `exit code ${result.exitCode}`;
}

export class BuildahLayers implements BuilderLayers {
  readonly description = 'the images of the build steps (buildah --layers, kept as an OCI layout)';

  constructor(private readonly options: BuildahLayersOptions) {}

  private buildah(args: readonly string[]): Promise<RunResult> {
    return run(this.options.buildah, [...buildahGlobalArguments(this.options.setup), ...args], { env: this.options.env });
  }

  private async stepImages(): Promise<Set<string>> {
    const listed = await this.buildah(['images', '--all', '--no-trunc', '--format', '{{.ID}} {{.Name}}']);
    if (listed.exitCode !== 0) throw new Error(`buildah images failed: ${errorLine(listed)}`);
    return unnamedImages(listed.stdout);
  }

  async prepare(dir: string | undefined, image: string): Promise<PreparedLayers> {
    if (dir !== undefined) await this.load(dir, image);
    const before = await this.stepImages();
    return {
      cache: {},
      save: async (into, built) => {
        const after = await this.stepImages();
        const images = [...new Set([...buildahReusedImages(built.lines), ...[...after].filter((id) => !before.has(id))])];
        return this.save(into, images);
      },
      release: () => Promise.resolve(),
    };
  }

  private async load(dir: string, image: string): Promise<void> {
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Partial<Manifest>;
    const images = Array.isArray(manifest.images) ? manifest.images : [];
    if (images.length === 0 || !images.every((id) => typeof id === 'string' && IMAGE_ID.test(id))) {
      throw new Error(`${MANIFEST} lists no image IDs`);
    }
    const link = layoutLinkPath(image);
    await mkdir(join(link, '..'), { recursive: true });
    // Linked under a temporary name and renamed over the old link: one step, even if another
    // process restores the same image now.
    const temporary = `${link}.${randomBytes(6).toString('hex')}`;
    await symlink(join(dir, LAYOUT), temporary);
    await rename(temporary, link);
    try {
      for (const id of images) {
        // `always`: with `missing`, the name an earlier restore left would make buildah skip the pull.
        const pulled = await this.buildah(['pull', '--quiet', '--policy', 'always', `oci:${link}:${id}`]);
        if (pulled.exitCode !== 0) throw new Error(`buildah pull of cached image ${id.slice(0, 12)} failed: ${errorLine(pulled)}`);
      }
    } finally {
      await rm(link, { force: true });
    }
  }

  private async save(dir: string, images: readonly string[]): Promise<boolean> {
    if (images.length === 0) return false;
    for (const id of images) {
      const pushed = await this.buildah(['push', '--quiet', '--disable-compression', id, `oci:${join(dir, LAYOUT)}:${id}`]);
      if (pushed.exitCode !== 0) throw new Error(`buildah push of ${id.slice(0, 12)} to the layer cache failed: ${errorLine(pushed)}`);
    }
    const manifest: Manifest = { images };
    await writeFile(join(dir, MANIFEST), `${JSON.stringify(manifest)}\n`);
    return true;
  }
}
