/**
 * What the build keeps between runs, in a cache store (GitHub's cache service, or a local
 * directory with the CLI's --cache-dir):
 *
 * - the layers of each image built by docker or buildah, which have no remote cache of their own:
 *   saved under `image-actions-<image>:<build key>` after a build, restored before the next build
 *   of the image from the newest `image-actions-<image>:` entry (the exact key when the image is
 *   rebuilt unchanged, with `reuse: false`);
 * - the measured build durations, which the scheduler's estimates come from.
 *
 * buildx is given `--cache-from`/`--cache-to` instead (GitHub's cache through `type=gha`, else a
 * `buildcache` tag in the image's repository).
 *
 * Everything here is a cache: a miss, or a failure to restore or save, is logged and the build
 * goes on as if there were no cache.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildCache, Builder } from '../adapters/builders/index.js';
import { BuildxBuilder } from '../adapters/builders/buildx.js';
// Module by module, not the index: the CLI bundle need not carry @actions/cache (github.ts).
import { builderLayers, type PreparedLayers } from '../adapters/cache/layers.js';
import type { LayerCacheStore } from '../adapters/cache/store.js';
import { estimator, parseDurationHistory, type DurationHistory, type Outcome } from '../core/schedule/index.js';

/** Where a cache store keeps its files while restoring and saving. */
export interface CacheLocation {
  readonly store: LayerCacheStore;
  /**
   * A directory of this machine the files are put in before saving and restored into. It must
   * be the same path in every run: the GitHub cache versions an entry by its paths.
   */
  readonly workDir: string;
}

export interface BuildCacheSettings {
  /** Where docker's and buildah's layers are kept; absent: they are not, and `unavailable` says why. */
  readonly layers?: CacheLocation;
  /** Why the layers are not kept (said once, as a notice, when a docker or buildah build starts). */
  readonly unavailable?: string;
  /** buildx `--cache-from` specs as configured, `{image}` and `{repository}` filled in per image; absent: the default. */
  readonly buildxFrom?: readonly string[];
  /** buildx `--cache-to` specs as configured; absent: the default. */
  readonly buildxTo?: readonly string[];
  /** In a workflow with GitHub's cache service: buildx's default is then `type=gha`. */
  readonly github: boolean;
  /** Whether images are pushed: a registry cache is only written when they are. */
  readonly push: boolean;
}

export interface CacheLog {
  info(message: string): void;
  warn(message: string): void;
  notice(message: string): void;
}

// ---------------------------------------------------------------- keys

const KEY_PREFIX = 'image-actions-';

/**
 * The layer cache's keys of an image. The image and the build key are joined by `:`, which an
 * image name cannot hold: with `-`, the restore prefix of `python` would also match the entries
 * of its variant `python-slim`, and an image called `durations` those of the duration history.
 */
export function layerCacheKeys(image: string, buildKey: string): { readonly primary: string; readonly restore: readonly string[] } {
  return { primary: `${KEY_PREFIX}${image}:${buildKey}`, restore: [`${KEY_PREFIX}${image}:`] };
}

export const DURATIONS_RESTORE_KEY = `${KEY_PREFIX}durations-`;

/**
 * The key the duration history of a run is saved under. Entries are immutable, so a run saves
 * a new one; `job` tells the jobs of one run apart (wave and matrix jobs each build other images,
 * and would otherwise race for one key).
 */
export function durationsCacheKey(runId: string, attempt: string, job?: string): string {
  const safe = (text: string): string => text.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `${DURATIONS_RESTORE_KEY}${safe(runId)}-${safe(attempt)}${job ? `-${safe(job)}` : ''}`;
}

// ---------------------------------------------------------------- buildx

export interface BuildxCacheSpecs {
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** Why there is no default, when there is none. */
  readonly note?: string;
}

/**
 * buildx's default cache. The `docker` driver cannot export a cache (unless dockerd runs the
 * containerd image store, which it cannot tell us cheaply), so it gets none by default: a
 * `--cache-to` would fail the build. `ignore-error=true`: a cache that cannot be written is not
 * the build's failure.
 */
export function defaultBuildxCache(driver: string, github: boolean, push: boolean): BuildxCacheSpecs {
  if (driver === 'docker') {
    return {
      from: [],
      to: [],
      note: "buildx's docker driver cannot export a build cache: set up a docker-container builder (docker/setup-buildx-action) for type=gha, or give cache-from/cache-to",
    };
  }
  if (github) {
    return { from: ['type=gha,scope=image-actions-{image}'], to: ['type=gha,scope=image-actions-{image},mode=max,ignore-error=true'] };
  }
  return {
    from: ['type=registry,ref={repository}:buildcache'],
    to: push ? ['type=registry,ref={repository}:buildcache,mode=max,ignore-error=true'] : [],
  };
}

/** A cache spec with `{image}` and `{repository}` (`host/path/image`, no tag) filled in. */
export function expandCacheSpec(spec: string, values: { readonly image: string; readonly repository: string }): string {
  return spec.replaceAll('{image}', values.image).replaceAll('{repository}', values.repository);
}

/** The buildx cache of one image: the configured specs, or the default ones. */
export function buildxCacheFor(
  settings: BuildCacheSettings,
  driver: string,
  values: { readonly image: string; readonly repository: string },
): { readonly cache: BuildCache; readonly note?: string } {
  const fallback = defaultBuildxCache(driver, settings.github, settings.push);
  const from = settings.buildxFrom ?? fallback.from;
  const to = settings.buildxTo ?? fallback.to;
  const configured = settings.buildxFrom !== undefined || settings.buildxTo !== undefined;
  return {
    cache: { from: from.map((s) => expandCacheSpec(s, values)), to: to.map((s) => expandCacheSpec(s, values)) },
    ...(!configured && fallback.note ? { note: fallback.note } : {}),
  };
}

/** Multi-line cache specs (the cache-from/cache-to inputs): one per line, blank lines and `#` comments left out. */
export function parseCacheSpecs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

// ---------------------------------------------------------------- one image

export interface ImageCache {
  /** What the builder is told; undefined: nothing. */
  readonly cache: BuildCache | undefined;
  /** Whether the builder's output should be passed to `observe` (buildah names its step images there). */
  readonly observes: boolean;
  observe(line: string): void;
  /** After the build: saves the layers when it succeeded (`reference`: the built image's first tag), then cleans up. Never throws. */
  finish(built: { readonly reference: string } | undefined): Promise<void>;
}

const NO_CACHE: ImageCache = { cache: undefined, observes: false, observe: () => undefined, finish: () => Promise.resolve() };

/** Directory name for an image's files: image names are already safe, this keeps it so. */
function dirName(image: string): string {
  return image.replace(/[^a-z0-9._-]/g, '_');
}

class LayerImageCache implements ImageCache {
  readonly observes = true;
  readonly #lines: string[] = [];

  constructor(
    private readonly location: CacheLocation,
    private readonly prepared: PreparedLayers,
    private readonly dir: string,
    private readonly image: string,
    private readonly buildKey: string,
    /** The key restored exactly: then there is nothing new to save. */
    private readonly exact: boolean,
    private readonly log: CacheLog,
  ) {}

  get cache(): BuildCache {
    return this.prepared.cache;
  }

  observe(line: string): void {
    this.#lines.push(line);
  }

  async finish(built: { readonly reference: string } | undefined): Promise<void> {
    try {
      if (built && !this.exact) await this.save(built.reference);
    } finally {
      await this.prepared.release();
      await rm(this.dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  private async save(reference: string): Promise<void> {
    const keys = layerCacheKeys(this.image, this.buildKey);
    const started = performance.now();
    try {
      await rm(this.dir, { recursive: true, force: true });
      await mkdir(this.dir, { recursive: true });
      const wrote = await this.prepared.save(this.dir, { image: this.image, buildKey: this.buildKey, reference, lines: this.#lines });
      if (!wrote) {
        this.log.info(`${this.image}: layer cache: nothing to save (the build made no reusable layers)`);
        return;
      }
      await this.location.store.save([this.dir], keys.primary);
      await this.location.store.prune?.(keys.restore[0] as string, 2);
      this.log.info(`${this.image}: layer cache saved as ${keys.primary} (${seconds(started)})`);
    } catch (error) {
      this.log.warn(`${this.image}: layer cache not saved: ${(error as Error).message}`);
    }
  }
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

/**
 * Opens the cache of one image about to be built: for buildx its cache specs; for docker and
 * buildah the restored layers, loaded into the builder's store. `noticeOnce` is called for every
 * image with why nothing is kept; the caller says it once per run, and only when a builder that
 * needs it builds (a run that only reuses never hears it).
 */
export async function openImageCache(
  settings: BuildCacheSettings | undefined,
  builder: Builder,
  image: { readonly name: string; readonly buildKey: string; readonly repository: string },
  log: CacheLog,
  noticeOnce: (message: string) => void,
): Promise<ImageCache> {
  if (!settings) return NO_CACHE;
  if (builder instanceof BuildxBuilder) {
    const { cache, note } = buildxCacheFor(settings, builder.driver, { image: image.name, repository: image.repository });
    if (note) noticeOnce(`build cache: ${note}`);
    return { ...NO_CACHE, cache };
  }
  const layers = builderLayers(builder);
  if (!layers) return NO_CACHE;
  if (!settings.layers) {
    noticeOnce(`Layer cache across runs: skipped (${settings.unavailable ?? 'no cache store'})`);
    return NO_CACHE;
  }
  const location = settings.layers;
  const keys = layerCacheKeys(image.name, image.buildKey);
  const dir = join(location.workDir, dirName(image.name));
  const started = performance.now();
  let matched: string | undefined;
  try {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    matched = await location.store.restore([dir], keys.primary, keys.restore);
  } catch (error) {
    log.warn(`${image.name}: layer cache not restored: ${(error as Error).message}`);
    matched = undefined;
  }
  let prepared: PreparedLayers | undefined;
  if (matched !== undefined) {
    try {
      prepared = await layers.prepare(dir, image.name);
      log.info(`${image.name}: layer cache restored from ${matched}${matched === keys.primary ? ' (exact)' : ''}: ${layers.description} (${seconds(started)})`);
    } catch (error) {
      log.warn(`${image.name}: layer cache entry ${matched} could not be loaded, building without it: ${(error as Error).message}`);
      matched = undefined;
    }
  } else {
    log.info(`${image.name}: layer cache: no entry for ${keys.restore[0]}*`);
  }
  try {
    prepared ??= await layers.prepare(undefined, image.name);
  } catch (error) {
    log.warn(`${image.name}: layer cache off for this build: ${(error as Error).message}`);
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    return NO_CACHE;
  }
  return new LayerImageCache(location, prepared, dir, image.name, image.buildKey, matched === keys.primary, log);
}

// ---------------------------------------------------------------- durations

const DURATIONS_FILE = 'durations.json';

export interface DurationsLocation extends CacheLocation {
  /** The key this run saves its history under. */
  readonly saveKey: string;
}

/** The duration history of earlier runs, or an empty one (a miss or a failure only costs estimates). */
export async function restoreDurations(location: DurationsLocation, log: CacheLog): Promise<{ readonly history: DurationHistory; readonly key?: string }> {
  try {
    await rm(location.workDir, { recursive: true, force: true });
    await mkdir(location.workDir, { recursive: true });
    const key = await location.store.restore([location.workDir], location.saveKey, [DURATIONS_RESTORE_KEY]);
    if (key === undefined) return { history: {} };
    const history = parseDurationHistory(JSON.parse(await readFile(join(location.workDir, DURATIONS_FILE), 'utf8')));
    return { history, key };
  } catch (error) {
    log.warn(`build durations not restored: ${(error as Error).message}`);
    return { history: {} };
  }
}

export async function saveDurations(location: DurationsLocation, history: DurationHistory, log: CacheLog): Promise<void> {
  try {
    await rm(location.workDir, { recursive: true, force: true });
    await mkdir(location.workDir, { recursive: true });
    await writeFile(join(location.workDir, DURATIONS_FILE), `${JSON.stringify(history, null, 2)}\n`);
    await location.store.save([location.workDir], location.saveKey);
    await location.store.prune?.(DURATIONS_RESTORE_KEY, 3);
    log.info(`build durations saved as ${location.saveKey} (${Object.keys(history).length} images)`);
  } catch (error) {
    log.warn(`build durations not saved: ${(error as Error).message}`);
  } finally {
    await rm(location.workDir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * The seconds of the images really built in a run. Reused images are left out: a retag takes a
 * second, and recording it would make the image's next real build look cheap.
 */
export function measuredDurations<T extends { readonly status: string; readonly seconds: number }>(outcomes: ReadonlyMap<string, Outcome<T>>): Record<string, number> {
  const measured: Record<string, number> = {};
  for (const [image, outcome] of outcomes) {
    if (outcome.status === 'built' && outcome.result.status === 'built') measured[image] = outcome.result.seconds;
  }
  return measured;
}

/**
 * One line on where the schedule's estimates come from, with each image's estimate:
 * `estimates from 14 recorded builds: base 31.2 s, app 12 s (no record: median)`.
 */
export function describeEstimates(history: DurationHistory, images: readonly string[]): string {
  const recorded = Object.keys(history).length;
  if (recorded === 0) return 'durations: no history: equal estimates';
  const estimate = estimator(history);
  const parts = [...images].sort().map((image) => `${image} ${formatSeconds(estimate(image))}${history[image] === undefined ? ' (no record: median)' : ''}`);
  return `durations: estimates from ${recorded} recorded build${recorded === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

function formatSeconds(value: number): string {
  return `${Number(value.toFixed(2))} s`;
}
