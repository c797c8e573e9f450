/**
 * The cache store on GitHub Actions: `@actions/cache`, the service behind actions/cache.
 *
 * Whether the service is there is the library's own answer (`isFeatureAvailable`): v6 talks to
 * cache service v2 when the runner sets ACTIONS_CACHE_SERVICE_V2, which needs
 * ACTIONS_RESULTS_URL, and to v1 otherwise, which needs ACTIONS_CACHE_URL. Asking it rather
 * than reading one variable here keeps the test in step with what the library will do.
 *
 * The library logs (through @actions/core) and swallows most service errors itself: a save that
 * fails answers -1 and a restore that fails answers undefined, which is what a cache should do.
 * What it still throws (a bad key or path) is the caller's to turn into a warning.
 */
import * as cache from '@actions/cache';
import { checkCacheKey, type LayerCacheStore } from './store.js';

/** Whether this process can reach GitHub's cache service (it runs in a workflow job). */
export function githubCacheAvailable(): boolean {
  return cache.isFeatureAvailable();
}

export class GitHubCacheStore implements LayerCacheStore {
  readonly description = "GitHub's cache service";

  async restore(paths: readonly string[], primaryKey: string, restoreKeys: readonly string[]): Promise<string | undefined> {
    for (const key of [primaryKey, ...restoreKeys]) checkCacheKey(key);
    return cache.restoreCache([...paths], primaryKey, [...restoreKeys]);
  }

  async save(paths: readonly string[], key: string): Promise<void> {
    checkCacheKey(key);
    // -1 means not saved, and the library has already said why, as info when the key exists
    // (entries are immutable: another job or an earlier attempt saved it) and as a warning when
    // the service failed. Neither is this build's failure, so it is not raised again.
    await cache.saveCache([...paths], key);
  }
}
