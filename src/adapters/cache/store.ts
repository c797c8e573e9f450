/**
 * A key-addressed store of directories kept between runs: GitHub's cache service on GitHub, a
 * local directory elsewhere. It has the semantics of `@actions/cache`, which the local store
 * copies so that both behave alike:
 *
 * - an entry is written once under its key and never changed (a second save of the key is a
 *   no-op, not an error);
 * - a restore takes the exact primary key, else the newest entry whose key starts with one of the
 *   restore keys, tried in order.
 *
 * What is stored is always a cache: a miss, or a lost entry, costs time and never correctness.
 */

export interface LayerCacheStore {
  /** One line for the log: where entries go. */
  readonly description: string;
  /**
   * Fills `paths` from the best entry and answers its key, or undefined on a miss. The paths are
   * the ones given to `save` (the GitHub cache versions an entry by them).
   */
  restore(paths: readonly string[], primaryKey: string, restoreKeys: readonly string[]): Promise<string | undefined>;
  /** Stores `paths` under `key`; a key that already exists is left as it is. */
  save(paths: readonly string[], key: string): Promise<void>;
  /**
   * Drops all but the newest `keep` entries whose key starts with `prefix`. Only a store that
   * does not evict by itself has it (GitHub's evicts the least recently used).
   */
  prune?(prefix: string, keep: number): Promise<void>;
}

/** The limits `@actions/cache` puts on keys; the local store applies the same. */
export const MAX_KEY_LENGTH = 512;

/** Throws when `key` could not be used with `@actions/cache` (too long, or with a comma). */
export function checkCacheKey(key: string): void {
  if (key === '') throw new Error('a cache key cannot be empty');
  if (key.length > MAX_KEY_LENGTH) throw new Error(`the cache key ${key.slice(0, 40)}… is longer than ${MAX_KEY_LENGTH} characters`);
  if (key.includes(',')) throw new Error(`the cache key ${key} contains a comma`);
}
