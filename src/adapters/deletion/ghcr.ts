/**
 * Deleting on GHCR (ghcr.io). Its registry API deletes nothing; GitHub's Packages REST API
 * deletes *package versions*, and a version is a manifest digest together with every tag on it.
 *
 * - `deleteManifest` deletes the digest's version. Its tags go with it, so it refuses when the
 *   version carries a tag the plan did not list (one pushed after the plan was made).
 * - `untag` cannot delete the version (the kept tags on it would go too). It moves the tag off
 *   instead: a throwaway manifest is pushed to the tag through the registry API, which makes
 *   a new version carrying only that tag, and that version is deleted. Before touching
 *   anything it checks where the tag points now: at the digest → go on; at a throwaway (a
 *   crash between the push and the delete) → finish deleting it; anywhere else → the tag was
 *   moved by someone else, and is left alone.
 * - `registryDates` are the versions' `created_at`.
 * - `tagDigests` are the versions' tags: a version's `name` is its manifest digest and
 *   `metadata.container.tags` the tags on it. Untagged versions (an index's platform manifests,
 *   referrers, manifests whose last tag moved away) add nothing: the state reaches them through
 *   their index or their fallback tag, as it would through the registry API.
 *
 * The version list is read once per repository and run, a page of 100 at a time (it serves
 * the dates, the tags and the deletions alike), and kept up to date with what this deleter does; the version a throwaway push made is looked up afresh
 * (GitHub lists the newest first, so that is usually one page).
 */
import { formatReference, type ImageReference } from '../../core/reference.js';
import type { RegistryClient, RepositoryRef } from '../registry/index.js';
import { Redactor } from '../registry/secret.js';
import type { Clock } from '../registry/retry.js';
import { systemClock } from '../registry/retry.js';
import { ensureEmptyBlob, locateTag, makeThrowawayManifest } from '../registry/throwaway.js';
import { GitHubPackagesApi, ghcrPackage, type GhcrPackage, type PackageVersion } from './github-packages.js';
import type { DeletionOutcome, RegistryDeleter } from './types.js';
import { WebApiClient, type FetchLike } from './web-api.js';

export interface GhcrDeleterOptions {
  /** Speaks the registry API (the tag's HEAD, the throwaway's PUT) with push credentials for ghcr.io. */
  readonly client: Pick<RegistryClient, 'headManifest' | 'getManifest' | 'putManifest' | 'headBlob' | 'uploadBlob'>;
  /** A token for GitHub's REST API with packages: write (never printed). */
  readonly token: string;
  /** Default: GITHUB_API_URL, else https://api.github.com. */
  readonly apiUrl?: string;
  readonly fetch?: FetchLike;
  readonly clock?: Clock;
  /** The longest rate-limit wait honoured. Default 120 s. */
  readonly maxRateLimitWaitMs?: number;
  /** How long a throwaway's new version may take to appear in the version list. Default 30 s. */
  readonly versionLookupMs?: number;
}

export const GHCR_STORAGE_NOTE = 'GHCR: a deleted package version can be restored from the package settings (or the REST API) for 30 days.';

export function createGhcrDeleter(options: GhcrDeleterOptions): RegistryDeleter {
  return new GhcrDeleter(options);
}

class GhcrDeleter implements RegistryDeleter {
  readonly kind = 'ghcr' as const;
  readonly storageNote = GHCR_STORAGE_NOTE;
  readonly #client: GhcrDeleterOptions['client'];
  readonly #api: GitHubPackagesApi;
  readonly #clock: Clock;
  readonly #lookupMs: number;
  /** Per repository: digest → version, as last seen or as this deleter left it. */
  readonly #versions = new Map<string, Promise<Map<string, PackageVersion>>>();

  constructor(options: GhcrDeleterOptions) {
    const redactor = new Redactor();
    redactor.add(options.token);
    this.#client = options.client;
    this.#clock = options.clock ?? systemClock;
    this.#lookupMs = options.versionLookupMs ?? 30_000;
    const http = new WebApiClient({
      service: 'GitHub API',
      redactor,
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      clock: this.#clock,
      ...(options.maxRateLimitWaitMs === undefined ? {} : { maxWaitMs: options.maxRateLimitWaitMs }),
    });
    const apiUrl = options.apiUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com';
    this.#api = new GitHubPackagesApi({ http, apiUrl, token: options.token });
  }

  async registryDates(repo: RepositoryRef): Promise<ReadonlyMap<string, Date>> {
    const versions = await this.#all(repo);
    const dates = new Map<string, Date>();
    for (const version of versions.values()) {
      const date = version.createdAt ?? version.updatedAt;
      if (date !== undefined) dates.set(version.digest, date);
    }
    return dates;
  }

  async tagDigests(repo: RepositoryRef): Promise<ReadonlyMap<string, string>> {
    const versions = await this.#all(repo);
    const tags = new Map<string, string>();
    for (const version of versions.values()) {
      for (const tag of version.tags) {
        const other = tags.get(tag);
        // A tag is on one version. Two means the list changed between its pages (the tag moved
        // onto a version on a later page): which one is current cannot be told, so nothing is
        // planned on it.
        if (other !== undefined && other !== version.digest) {
          throw new Error(
            `GHCR listed the tag "${tag}" of ${repo.registry}/${repo.repository} on two package versions (${other} and ${version.digest}): ` +
              'the package changed while its versions were read. Re-run the cleanup.',
          );
        }
        tags.set(tag, version.digest);
      }
    }
    return tags;
  }

  async deleteManifest(repo: RepositoryRef, digest: string, tags: readonly string[]): Promise<DeletionOutcome> {
    const pkg = ghcrPackage(repo.repository);
    const versions = await this.#all(repo);
    const version = versions.get(digest);
    if (version === undefined) return { status: 'already-gone' };
    const unplanned = version.tags.filter((t) => !tags.includes(t));
    if (unplanned.length > 0) {
      throw new Error(
        `${repo.registry}/${repo.repository}@${digest} now also carries ${unplanned.map((t) => `"${t}"`).join(', ')}, which the plan did not see ` +
          '(tagged after it was made); GHCR would delete those tags with it, so it was left. Re-run the cleanup to plan again.',
      );
    }
    const result = await this.#api.deleteVersion(pkg, version.id);
    if (result.kind === 'refused') return { status: 'unsupported', reason: result.reason };
    versions.delete(digest);
    return result.kind === 'deleted' ? { status: 'done' } : { status: 'already-gone' };
  }

  async untag(repo: RepositoryRef, tag: string, digest: string): Promise<DeletionOutcome> {
    const pkg = ghcrPackage(repo.repository);
    const ref: ImageReference = { registry: repo.registry, repository: repo.repository, target: { kind: 'tag', tag } };
    const position = await locateTag(this.#client, repo, tag, digest);
    // A tag someone moved since the plan is not ours to remove: as far as the plan goes, it is gone.
    if (position.kind === 'gone' || position.kind === 'moved') return { status: 'already-gone' };
    let throwaway: string;
    if (position.kind === 'planned') {
      await ensureEmptyBlob(this.#client, repo);
      throwaway = await this.#client.putManifest(ref, makeThrowawayManifest(tag));
      const versions = await this.#all(repo);
      const old = versions.get(digest);
      if (old !== undefined) versions.set(digest, { ...old, tags: old.tags.filter((t) => t !== tag) });
    } else {
      // A run died between the throwaway's push and its version's delete: finish.
      throwaway = position.digest;
    }
    const version = await this.#findNewVersion(repo, pkg, throwaway);
    if (version === undefined) {
      throw new Error(
        `GHCR did not list a package version for ${formatReference(ref)} (${throwaway}) within ${Math.round(this.#lookupMs / 1000)} s of pushing it; ` +
          'the tag now points at a throwaway manifest. Re-run the cleanup to finish removing it.',
      );
    }
    const others = version.tags.filter((t) => t !== tag);
    if (others.length > 0) {
      throw new Error(`the throwaway version for ${formatReference(ref)} also carries ${others.join(', ')}; it was left for a person to look at.`);
    }
    const result = await this.#api.deleteVersion(pkg, version.id);
    if (result.kind === 'refused') {
      return { status: 'unsupported', reason: `${formatReference(ref)} was moved off ${digest} onto a throwaway manifest, which stays: ${result.reason}` };
    }
    (await this.#all(repo)).delete(throwaway);
    return { status: 'done' };
  }

  /** Every version of the repository's package, read once per run. */
  #all(repo: RepositoryRef): Promise<Map<string, PackageVersion>> {
    const key = `${repo.registry}/${repo.repository}`;
    let versions = this.#versions.get(key);
    if (versions === undefined) {
      versions = (async () => {
        const map = new Map<string, PackageVersion>();
        for await (const page of this.#api.versionPages(ghcrPackage(repo.repository))) {
          for (const version of page) map.set(version.digest, version);
        }
        return map;
      })();
      // A failed listing is not cached: the next call tries again.
      versions.catch(() => this.#versions.delete(key));
      this.#versions.set(key, versions);
    }
    return versions;
  }

  /**
   * The version a push just made. Pages are read from the newest until the digest shows; GHCR
   * may list it a moment after the push, so the lookup is repeated with growing pauses.
   */
  async #findNewVersion(repo: RepositoryRef, pkg: GhcrPackage, digest: string): Promise<PackageVersion | undefined> {
    const cache = await this.#all(repo);
    const deadline = this.#clock.now() + this.#lookupMs;
    for (let round = 0; ; round++) {
      for await (const page of this.#api.versionPages(pkg)) {
        for (const version of page) cache.set(version.digest, version);
        const found = page.find((v) => v.digest === digest);
        if (found !== undefined) return found;
      }
      const pause = Math.min(500 * 2 ** round, 5_000);
      if (this.#clock.now() + pause > deadline) return undefined;
      await this.#clock.sleep(pause);
    }
  }
}
