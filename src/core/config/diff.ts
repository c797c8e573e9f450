/**
 * What a change to images.yaml means for the images: which images' own settings changed
 * (reason `config`), and whether a global key changed that affects every build.
 *
 * Global, build-affecting keys: `registry` and `prefix` (every image's repository moves, so every
 * image must exist under the new name), `images-dir` (where images are found), `template`
 * (variables and extensions every template may read), and `defaults` (builder, platforms).
 *
 * `tags`, `deploy` and `retention` are not build inputs: they decide how builds are named when
 * promoted, how they are tested together, and when old tags are rotated. None of them makes any
 * image's content differ, so changing one rebuilds nothing; a full rebuild for a retention tweak
 * would cost every image's build for no change in any image.
 *
 * Comparisons are on the defaulted configuration: writing out a default (`foo: {}` or
 * `platforms: [linux/amd64]` when that is the default) changes nothing. Lists compare in order,
 * erring on the side of a rebuild.
 */
import { settingsFor } from './defaults.js';
import type { ImagesConfig } from './types.js';

export interface ConfigDiff {
  readonly globalChanged: boolean;
  readonly changedImages: ReadonlySet<string>;
}

/** JSON with keys sorted at every level, so that equal data gives equal text whatever the key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

function sameData(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export function diffConfigs(before: ImagesConfig, after: ImagesConfig): ConfigDiff {
  const globalChanged =
    before.registry !== after.registry ||
    before.prefix !== after.prefix ||
    before.imagesDir !== after.imagesDir ||
    !sameData(before.template, after.template) ||
    !sameData(before.defaults, after.defaults);

  const changedImages = new Set<string>();
  for (const name of new Set([...Object.keys(before.images), ...Object.keys(after.images)])) {
    if (!sameData(settingsFor(before, name), settingsFor(after, name))) changedImages.add(name);
  }
  return { globalChanged, changedImages };
}
