/**
 * Reads one repository's state for the retention engine: every tag and the digest it points
 * at, and every manifest those reach (index children, referrers), with dates, build keys and
 * sizes.
 *
 * Requests, kept to what the answer needs (the benchmark counts them through `onRequest`):
 * - the tag list (paginated);
 * - one HEAD per tag: the tag list carries no digests, and a HEAD is the cheapest way to learn
 *   one. Both are skipped when the caller already has every tag's digest from the registry's
 *   own API (`tagDigests`, GHCR's package versions: 100 digests with their tags per page);
 * - one GET per distinct manifest (tagged, index child or referrer), however many tags share it;
 * - one GET per distinct image config, for runnable images only: an artifact's config (often
 *   the empty `{}`) says nothing the engine uses, and an index has none;
 * - referrers: one call to the referrers API for the first manifest. A registry without the API
 *   answers 404 (distribution 2.x); its referrers are then listed only in the `sha256-<hex>`
 *   fallback tags, which are in the tag list already and whose indexes are fetched as tagged
 *   manifests (their entries as children). So no further referrer request is made at all: a
 *   digest without a fallback tag has no referrers there. With the API, each manifest is asked
 *   once (referrers of referrers included: a signed SBOM).
 *
 * Everything runs with bounded concurrency, and a manifest's GET starts as soon as the first
 * HEAD names it. A tag deleted between the list and its HEAD is left out; any other failure
 * throws, after the requests in flight have settled: planning on part of a repository could
 * delete what the missing part needs.
 */
import { withDigest, type ImageReference } from '../../core/reference.js';
import type { RepositoryState } from '../../core/retention/model.js';
import { parseImageConfig, type RegistryClient, type RepositoryRef } from '../../adapters/registry/client.js';
import type { Descriptor, Manifest } from '../../adapters/registry/manifest.js';
import { isManifestMediaType } from '../../adapters/registry/media-types.js';
import { Semaphore } from '../../adapters/registry/semaphore.js';
import { isThrowawayManifest } from '../../adapters/registry/throwaway.js';
import { describeRepository, isRunnableImage, manifestChildren, type ConfigFacts } from './manifest-info.js';

export interface ReadStateOptions {
  /** Requests in flight at once. Default 8 (the client's own per-host limit). */
  readonly concurrency?: number;
  /** The registry's own dates per digest (GHCR package versions), passed on to the engine. */
  readonly registryDates?: ReadonlyMap<string, Date>;
  /**
   * Every tag → its digest, from the registry's own API (`RegistryDeleter.tagDigests`). Given,
   * the tag list and the HEAD per tag are not requested; everything else is read as usual.
   *
   * Why that is safe: it is GitHub's own record of the package's tags (the versions GHCR
   * deletes by), read at the moment a tag list would be, and each digest is then fetched by
   * digest and verified like any other. By the time the plan runs it is as old as a tag list
   * with its HEADs would be, and no older; a tag moved since then is caught where it matters:
   * every untag looks the tag up again through the registry API first and leaves it alone when
   * it no longer points at the planned digest. A digest listed but deleted before its GET fails
   * the read (nothing is planned on part of a repository).
   */
  readonly tagDigests?: ReadonlyMap<string, string>;
}

const DEFAULT_CONCURRENCY = 8;

/** Raised in a task that was about to start a request after another task had failed. */
class Abandoned extends Error {}

/**
 * Tasks that may start more tasks; `drain` waits for all of them, including those started
 * while waiting, and then throws the first failure.
 */
class TaskGroup {
  readonly #pending: Promise<void>[] = [];
  #failure: { error: unknown } | undefined;

  get failed(): boolean {
    return this.#failure !== undefined;
  }

  spawn(task: () => Promise<void>): void {
    this.#pending.push(
      task().catch((error: unknown) => {
        if (this.#failure === undefined && !(error instanceof Abandoned)) this.#failure = { error };
      }),
    );
  }

  async drain(): Promise<void> {
    for (let i = 0; i < this.#pending.length; i++) await this.#pending[i];
    if (this.#failure !== undefined) throw this.#failure.error;
  }
}

export async function readRepositoryState(client: RegistryClient, repo: RepositoryRef, options: ReadStateOptions = {}): Promise<RepositoryState> {
  const limit = new Semaphore(options.concurrency ?? DEFAULT_CONCURRENCY);
  const tasks = new TaskGroup();
  const request = <T>(send: () => Promise<T>): Promise<T> =>
    limit.run(async () => {
      if (tasks.failed) throw new Abandoned();
      return send();
    });
  const ref = (digest: string): ImageReference => withDigest({ registry: repo.registry, repository: repo.repository, target: { kind: 'tag', tag: 'latest' } }, digest);

  const tags = new Map<string, string>();
  const manifests = new Map<string, Manifest>();
  const configs = new Map<string, ConfigFacts>();
  const visited = new Set<string>();
  const configsAsked = new Set<string>();

  const fetchConfig = (manifestDigest: string, configDigest: string): void => {
    if (configsAsked.has(configDigest)) return;
    configsAsked.add(configDigest);
    tasks.spawn(async () => {
      const bytes = await request(() => client.getBlobBytes(repo, configDigest));
      const { created, labels } = parseImageConfig(bytes, manifestDigest, configDigest);
      configs.set(configDigest, { created, labels });
    });
  };

  // Referrers: undefined until the first manifest asks; then whether the registry has the API.
  let referrersApi: Promise<boolean> | undefined;
  const visitAll = (descriptors: readonly Descriptor[]): void => {
    for (const d of descriptors) if (isManifestMediaType(d.mediaType)) visit(d.digest);
  };
  const findReferrers = (digest: string): void => {
    tasks.spawn(async () => {
      if (referrersApi === undefined) {
        const probe = request(() => client.listReferrersFromApi(ref(digest)));
        referrersApi = probe.then((found) => found !== undefined);
        referrersApi.catch(() => undefined); // The probe's failure is reported once, below.
        const found = await probe;
        if (found !== undefined) visitAll(found);
        return;
      }
      // Without the API, the fallback tags in the tag list already lead to every referrer.
      if (!(await referrersApi)) return;
      const found = await request(() => client.listReferrersFromApi(ref(digest)));
      if (found === undefined) throw new Error(`the registry answered the referrers API for one manifest but not for ${digest}`);
      visitAll(found);
    });
  };

  const visit = (digest: string): void => {
    if (visited.has(digest)) return;
    visited.add(digest);
    tasks.spawn(async () => {
      const manifest = await request(() => client.getManifest(ref(digest)));
      manifests.set(digest, manifest);
      if (isThrowawayManifest(manifest)) return; // Nothing refers to a throwaway, and it has no config worth reading.
      if (manifest.kind === 'index') for (const child of manifestChildren(manifest)) visit(child);
      else if (isRunnableImage(manifest)) fetchConfig(digest, manifest.config.digest);
      findReferrers(digest);
    });
  };

  if (options.tagDigests !== undefined) {
    for (const [tag, digest] of options.tagDigests) {
      tags.set(tag, digest);
      visit(digest);
    }
    await tasks.drain();
    return describeRepository(`${repo.registry}/${repo.repository}`, { tags, manifests, configs }, options.registryDates);
  }

  const tagNames = await client.listTags(repo);
  for (const tag of tagNames) {
    tasks.spawn(async () => {
      const head = await request(() => client.headManifest({ registry: repo.registry, repository: repo.repository, target: { kind: 'tag', tag } }));
      if (head === undefined) return; // Deleted since the list: it is simply not there.
      tags.set(tag, head.digest);
      visit(head.digest);
    });
  }
  await tasks.drain();

  return describeRepository(`${repo.registry}/${repo.repository}`, { tags, manifests, configs }, options.registryDates);
}
