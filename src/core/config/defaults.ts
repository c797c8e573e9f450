/**
 * The defaults of images.yaml, in one place. The schema repeats them in its `default`
 * annotations for editors; a unit test keeps the two equal.
 */
import { duration } from './duration.js';
import type { BuilderName, ImageSettings, ImagesConfig, RetentionConfig, TagsConfig } from './types.js';

/** Defaults are shared by every loaded configuration: frozen, so that no consumer can change them for the next. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export const DEFAULT_IMAGES_DIR = 'images';
export const DEFAULT_BUILDER: BuilderName = 'auto';
export const DEFAULT_PLATFORMS: readonly string[] = deepFreeze(['linux/amd64']);
export const DEFAULT_SOURCE_REF = 'HEAD';

export const DEFAULT_TAGS: TagsConfig = deepFreeze({
  temporary: { kind: 'default' },
  promote: ['latest', 'sha-{sha7}', 'semver'],
});

export const DEFAULT_DEPLOY_TIMEOUT = '5m';
export const DEFAULT_CHECK_TIMEOUT = '10s';
export const DEFAULT_CHECK_RETRIES = 20;
export const DEFAULT_CHECK_INTERVAL = '3s';
/** An http check passes on any 2xx unless it says otherwise. */
export const DEFAULT_HTTP_STATUS = '2xx';

/** The policy of SPEC.md: short-lived CI tags rotate, default-branch builds stay long, releases never go. */
export const DEFAULT_RETENTION: RetentionConfig = deepFreeze({
  rules: [
    { tags: 'pr-*', olderThan: duration('7d') },
    { tags: 'mq-*', olderThan: duration('2d') },
    { tags: 'nightly-*', keepLast: 14 },
    { tags: 'main-*', olderThan: duration('180d') },
    // Before `*-*`, which would otherwise decide build-key tags too (the first match wins), and
    // reuse needs them to outlive the weekly rotation. SPEC.md lists the two the other way round.
    { tags: 'bk-*', olderThan: duration('30d') },
    { tags: '*-*', olderThan: duration('7d') },
  ],
  protect: ['latest', 'v*', '[0-9]*', 'keep-*'],
});

/** An image's settings, with the defaults for an image the file does not mention. */
export function settingsFor(config: ImagesConfig, name: string): ImageSettings {
  if (Object.hasOwn(config.images, name)) return config.images[name] as ImageSettings;
  return { sources: [], watch: [], dependsOn: [], buildArgs: {}, platforms: config.defaults.platforms };
}
