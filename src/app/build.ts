/**
 * The build use case: a set of images built in dependency order inside one job, each pushed
 * under the run's temporary tag and its build-key tag, parents pinned by digest.
 *
 * For every image:
 *   1. its parents' digests: a parent built in this job (it finished first: the schedule
 *      guarantees it), else the parent's temporary tag in the registry (an earlier wave job of
 *      the same run), else its promoted tag; each looked up once per run;
 *   2. the build key over the rendered Dockerfile, the context, args, platforms, parents'
 *      digests and source revisions;
 *   3. with `reuse`, an existing `bk-<key>` tag is retagged (one GET, one PUT) instead of
 *      building;
 *   4. otherwise the builder builds a generated Dockerfile (FROMs pinned) outside the context,
 *      pushes both tags, and the pushed digest is checked against the registry; docker's and
 *      buildah's layers are restored from the cache before and saved after, behind the
 *      schedule (build-cache.ts), and buildx is given its cache specs.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKey, buildKeyTag } from '../core/build-key/index.js';
import { settingsFor } from '../core/config/defaults.js';
import { pinFroms } from '../core/dockerfile/pin.js';
import type { FromInstruction } from '../core/dockerfile/parse.js';
import { formatReference, repositoryName, withDigest, withTag, type ImageReference } from '../core/reference.js';
import { createSchedule, formatProgress, runSchedule, estimator, type DurationHistory, type Outcome } from '../core/schedule/index.js';
import type { Builder } from '../adapters/builders/index.js';
import { listContextFiles } from '../adapters/context-files.js';
import { RegistryError, type Manifest, type RegistryClient } from '../adapters/registry/index.js';
import { describeEstimates, openImageCache, type BuildCacheSettings, type CacheLog, type ImageCache } from './build-cache.js';
import { loadProject, type Project, type ProjectImage } from './project.js';
import { imageRef } from './promote.js';
import { BASE_DIGEST_LABEL, BASE_NAME_LABEL, SOURCES_LABEL, promotedTag } from './upstream.js';

export const BUILD_KEY_LABEL = 'io.image-actions.build-key';

export interface ImageLog {
  line(text: string): void;
  /** Called once when the image is done, whatever the outcome. */
  close(): void;
}

export interface BuildLogger {
  info(message: string): void;
  warn(message: string): void;
  /** Something the user should see but that is not wrong (an annotation in Actions); `info` when absent. */
  notice?(message: string): void;
  /** A log for one image's builder output (a log group in Actions). */
  forImage(image: string): ImageLog;
}

export interface BuildRequest {
  readonly root: string;
  readonly configFile: string;
  /** Images to build in this job; their order does not matter. */
  readonly images: readonly string[];
  /** The temporary tag of the run. */
  readonly tag: string;
  /**
   * The builder, or how to get it. A function is called once, when the first image needs
   * building: a run that only reuses never probes (or even needs) a builder.
   */
  readonly builder: Builder | (() => Promise<Builder>);
  readonly client: RegistryClient;
  /** Registry prefix, e.g. `ghcr.io/acme`; default `registry` of images.yaml. */
  readonly registry?: string;
  readonly parallel: number;
  readonly reuse: boolean;
  readonly push: boolean;
  readonly platforms?: readonly string[];
  readonly extraBuildArgs?: Readonly<Record<string, string>>;
  readonly insecureRegistries?: readonly string[];
  /** The repository's commit being built, for the revision label. */
  readonly revision: string;
  /** The repository's URL, for the source label. */
  readonly sourceUrl?: string;
  readonly lsRemote: (url: string, ref: string) => Promise<string>;
  /** Estimated seconds by image, from earlier runs (see build-cache.ts); equal estimates when absent. */
  readonly durations?: DurationHistory;
  /** The layer cache and buildx's cache; absent: no cache at all (`cache: false`). */
  readonly cache?: BuildCacheSettings;
  readonly now: Date;
  readonly log: BuildLogger;
}

export type BuildStatus = 'built' | 'reused';

export interface ImageBuildResult {
  readonly image: string;
  readonly status: BuildStatus;
  /** The pushed manifest (or index) digest; empty when nothing was pushed. */
  readonly digest: string;
  /** `<repository>@<digest>`, or the tag when not pushed. */
  readonly ref: string;
  readonly buildKey: string;
  readonly builder: string;
  readonly seconds: number;
  /** Compressed size of config and layers, when the registry tells. */
  readonly size?: number;
}

export interface BuildRun {
  readonly project: Project;
  readonly outcomes: ReadonlyMap<string, Outcome<ImageBuildResult>>;
}

/** Upstream revisions by image, each (url, ref) asked once. */
async function resolveSourceRevisions(
  project: { config: Project['config'] },
  images: readonly string[],
  lsRemote: BuildRequest['lsRemote'],
): Promise<Map<string, Record<string, string>>> {
  const cache = new Map<string, Promise<string>>();
  const result = new Map<string, Record<string, string>>();
  for (const image of images) {
    const revisions: Record<string, string> = {};
    for (const source of settingsFor(project.config, image).sources) {
      const key = `${source.url}\0${source.ref}`;
      if (!cache.has(key)) cache.set(key, lsRemote(source.url, source.ref));
      revisions[source.name] = await cache.get(key)!;
    }
    result.set(image, revisions);
  }
  return result;
}

/** The manifest under a reference, or undefined when the registry has none there. */
async function getManifestIfAny(client: RegistryClient, ref: ImageReference): Promise<Manifest | undefined> {
  try {
    return await client.getManifest(ref);
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return undefined;
    throw error;
  }
}

function sumSizes(manifest: Manifest): number | undefined {
  if (manifest.kind !== 'image') return undefined;
  return manifest.config.size + manifest.layers.reduce((total, layer) => total + layer.size, 0);
}

class ParentDigests {
  readonly #lookups = new Map<string, Promise<string>>();
  readonly #built = new Map<string, string>();

  constructor(
    private readonly client: RegistryClient,
    private readonly registry: string,
    private readonly project: Project,
    private readonly tag: string,
    private readonly inThisJob: ReadonlySet<string>,
  ) {}

  recordBuilt(image: string, digest: string): void {
    this.#built.set(image, digest);
  }

  repository(image: string): ImageReference {
    return imageRef(this.registry, this.project.config.prefix, image, this.tag);
  }

  /** The digest a child of `parent` is built on. */
  digestOf(parent: string, child: string): Promise<string> {
    const built = this.#built.get(parent);
    if (built) return Promise.resolve(built);
    if (this.inThisJob.has(parent)) {
      return Promise.reject(new Error(`${parent} is built in this job but has no digest yet (building ${child})`));
    }
    let pending = this.#lookups.get(parent);
    if (!pending) {
      pending = this.#lookup(parent, child);
      this.#lookups.set(parent, pending);
    }
    return pending;
  }

  async #lookup(parent: string, child: string): Promise<string> {
    const temporary = this.repository(parent);
    const fromRun = await this.client.headManifest(temporary);
    if (fromRun) return fromRun.digest;
    const promoted = withTag(temporary, promotedTag(this.project.config.tags.promote));
    const fromPromotion = await this.client.headManifest(promoted);
    if (fromPromotion) return fromPromotion.digest;
    throw new Error(
      `${child} is built FROM ${parent}, which has neither a build of this run (${formatReference(temporary)}) ` +
        `nor a promoted image (${formatReference(promoted)}). Build ${parent} first: include it in the images of this job or an earlier wave.`,
    );
  }
}

async function externalBaseLabels(
  client: RegistryClient,
  image: ProjectImage,
  warn: (m: string) => void,
): Promise<Record<string, string>> {
  const base = image.externalBases[image.externalBases.length - 1];
  if (!base) return {};
  try {
    const head = await client.headManifest(base.parsed);
    if (head) return { [BASE_NAME_LABEL]: base.reference, [BASE_DIGEST_LABEL]: head.digest };
  } catch (error) {
    warn(`${image.image.name}: cannot resolve external base ${base.reference} (${(error as Error).message}); its base label is left out`);
  }
  return { [BASE_NAME_LABEL]: base.reference };
}

export async function buildImages(request: BuildRequest): Promise<BuildRun> {
  const loadedProject = await loadProject({ root: request.root, configFile: request.configFile, tag: request.tag });
  const unknown = request.images.filter((name) => !loadedProject.images.has(name));
  if (unknown.length > 0) {
    throw new Error(`no image named ${unknown.join(', ')}; known: ${[...loadedProject.images.keys()].sort().join(', ')}`);
  }
  // Templates may print sources.<name>.revision, so render again with the real revisions.
  const revisions = await resolveSourceRevisions(loadedProject, request.images, request.lsRemote);
  const project = [...revisions.values()].some((r) => Object.keys(r).length > 0)
    ? await loadProject({ root: request.root, configFile: request.configFile, tag: request.tag, sourceRevisions: revisions, loaded: loadedProject.loaded })
    : loadedProject;

  const registry = request.registry ?? project.config.registry;
  if (!registry) throw new Error('no registry: set registry in images.yaml or the registry input');
  const set = new Set(request.images);
  const parents = new ParentDigests(request.client, registry, project, request.tag, set);
  const schedule = createSchedule({
    images: [...set],
    parentsOf: (image) => project.graph.parents(image),
    estimate: estimator(request.durations ?? {}),
    parallel: request.parallel,
  });
  request.log.info(describeEstimates(request.durations ?? {}, [...set]));
  const cacheLog: CacheLog = {
    info: (m) => request.log.info(m),
    warn: (m) => request.log.warn(m),
    notice: (m) => (request.log.notice ? request.log.notice(m) : request.log.info(m)),
  };
  const noticed = new Set<string>();
  const noticeOnce = (message: string): void => {
    if (noticed.has(message)) return;
    noticed.add(message);
    cacheLog.notice(message);
  };
  // Layer cache saves run behind the schedule: a child need not wait for its parent's upload.
  const pendingSaves: Promise<void>[] = [];
  const work = await mkdtemp(join(tmpdir(), 'image-actions-build-'));
  let chosenBuilder: Promise<Builder> | undefined;
  const builder = (): Promise<Builder> =>
    (chosenBuilder ??= typeof request.builder === 'function' ? request.builder() : Promise.resolve(request.builder));

  /** `announce` prints the progress line once it is known whether the image is reused or built. */
  const buildOne = async (name: string, announce: (verb: string) => void): Promise<ImageBuildResult> => {
    const started = Date.now();
    const image = project.images.get(name)!;
    const settings = settingsFor(project.config, name);
    const target = imageRef(registry, project.config.prefix, name, request.tag);

    const pins = new Map<FromInstruction, string>();
    const parentDigests: Record<string, string> = {};
    for (const parent of image.parents) {
      const digest = await parents.digestOf(parent.image, name);
      parentDigests[parent.image] = digest;
      pins.set(parent.from, formatReference(withDigest(parents.repository(parent.image), digest)));
    }
    const buildArgs = { ...settings.buildArgs, ...request.extraBuildArgs };
    const platforms = request.platforms ?? settings.platforms;
    const contextDir = join(request.root, image.context);
    const pinnedText = pinFroms(image.dockerfileText, pins);
    const key = buildKey({
      dockerfile: pinnedText,
      context: await listContextFiles(contextDir),
      buildArgs,
      target: settings.target,
      platforms,
      parentDigests,
      sourceRevisions: revisions.get(name) ?? {},
    });
    const keyRef = withTag(target, buildKeyTag(key));
    /** A result for a manifest now under the temporary tag; children are built on its digest. */
    const pushedResult = (status: BuildStatus, by: string, manifest: Manifest): ImageBuildResult => {
      parents.recordBuilt(name, manifest.digest);
      const size = sumSizes(manifest);
      return {
        image: name,
        status,
        digest: manifest.digest,
        ref: formatReference(withDigest(target, manifest.digest)),
        buildKey: key,
        builder: by,
        seconds: (Date.now() - started) / 1000,
        ...(size !== undefined ? { size } : {}),
      };
    };

    if (request.reuse && request.push) {
      // One GET answers both "is the key there?" and "what is it?".
      const existing = await getManifestIfAny(request.client, keyRef);
      if (existing) {
        const current = await request.client.headManifest(target);
        announce('reusing');
        if (current?.digest !== existing.digest) await request.client.putManifest(target, existing);
        request.log.info(`${name}: reused ${buildKeyTag(key)} → ${existing.digest}`);
        return pushedResult('reused', 'reuse', existing);
      }
    }

    announce('building');
    const dir = await mkdtemp(join(work, `${name}-`));
    const dockerfile = join(dir, 'Dockerfile');
    await writeFile(dockerfile, pinnedText);
    const labels: Record<string, string> = {
      'org.opencontainers.image.title': name,
      'org.opencontainers.image.revision': request.revision,
      'org.opencontainers.image.created': request.now.toISOString(),
      ...(request.sourceUrl ? { 'org.opencontainers.image.source': request.sourceUrl } : {}),
      ...(await externalBaseLabels(request.client, image, request.log.warn)),
      [BUILD_KEY_LABEL]: key,
      [SOURCES_LABEL]: JSON.stringify(revisions.get(name) ?? {}),
    };
    const chosen = await builder();
    const tags = request.push ? [formatReference(target), formatReference(keyRef)] : [formatReference(target)];
    let imageCache: ImageCache | undefined;
    let succeeded = false;
    const log = request.log.forImage(name);
    try {
      imageCache = await openImageCache(request.cache, chosen, { name, buildKey: key, repository: repositoryName(target) }, cacheLog, noticeOnce);
      const observer = imageCache.observes ? imageCache : undefined;
      const outcome = await chosen.build({
        image: name,
        contextDir,
        dockerfile,
        buildArgs,
        ...(settings.target ? { target: settings.target } : {}),
        platforms,
        labels,
        tags,
        push: request.push,
        insecureRegistries: request.insecureRegistries ?? [],
        ...(imageCache.cache ? { cache: imageCache.cache } : {}),
        onLog: (line) => {
          log.line(line);
          observer?.observe(line);
        },
      });
      succeeded = true;
      if (!outcome.pushed) {
        return { image: name, status: 'built', digest: '', ref: formatReference(target), buildKey: key, builder: outcome.builder, seconds: outcome.durationMs / 1000 };
      }
      // The builder's word is checked against the registry: what children and promote will use.
      const pushed = await request.client.getManifest(target);
      if (pushed.digest !== outcome.digest) {
        throw new Error(`${name}: the builder reported ${outcome.digest} but ${formatReference(target)} is ${pushed.digest}`);
      }
      return pushedResult('built', outcome.builder, pushed);
    } finally {
      log.close();
      if (imageCache) pendingSaves.push(imageCache.finish(succeeded ? { reference: tags[0] as string } : undefined));
    }
  };

  try {
    const outcomes = await runSchedule(schedule, async (image, progress) => {
      let announced = false;
      const announce = (verb: string): void => {
        if (announced) return;
        announced = true;
        request.log.info(formatProgress(image, progress, verb));
      };
      try {
        return await buildOne(image, announce);
      } finally {
        // An image that failed before it was clear whether it is reused still gets its line.
        announce('building');
      }
    }, {
      onSkipped: (image, skip) => request.log.warn(`${image}: skipped, ${skip.reason}`),
    });
    return { project, outcomes };
  } finally {
    await Promise.all(pendingSaves);
    await rm(work, { recursive: true, force: true });
  }
}
