/**
 * A builder's local layer store as files: what a build leaves that the next build of the same
 * image can reuse, written to a directory (which the cache store keeps between runs) and loaded
 * back into the builder's store before that next build.
 *
 * Only builders without a remote cache of their own have this: classic docker and buildah.
 * buildx is given `--cache-from`/`--cache-to` instead.
 */
import { BuildahBuilder } from '../builders/buildah.js';
import { DockerBuilder } from '../builders/docker.js';
import type { BuildCache, Builder } from '../builders/types.js';
import { BuildahLayers } from './buildah-layers.js';
import { DockerLayers } from './docker-layers.js';

export interface BuiltImage {
  /** The image's name in the project. */
  readonly image: string;
  /** Its build key (hex), which names what is saved. */
  readonly buildKey: string;
  /** A reference the builder's store holds the built image under (its first tag). */
  readonly reference: string;
  /** Every line the builder printed while building it. */
  readonly lines: readonly string[];
}

export interface PreparedLayers {
  /** What the build is to be told (e.g. docker's `--cache-from`). */
  readonly cache: BuildCache;
  /** After a successful build: writes into the empty `dir` what a later build can reuse; false when there is nothing. */
  save(dir: string, built: BuiltImage): Promise<boolean>;
  /** Takes back what loading left in the builder's store and the build no longer needs. Never throws. */
  release(): Promise<void>;
}

export interface BuilderLayers {
  /** One line for the log: what is kept. */
  readonly description: string;
  /**
   * Right before a build of `image`: loads a directory that `save` wrote (restored from the
   * cache) into the builder's store, or with `undefined` (nothing restored) only gets ready to
   * save what the build makes.
   */
  prepare(dir: string | undefined, image: string): Promise<PreparedLayers>;
}

/** The layer store of a builder that has one to keep (docker, buildah); undefined for buildx. */
export function builderLayers(builder: Builder): BuilderLayers | undefined {
  if (builder instanceof DockerBuilder) return new DockerLayers({ docker: builder.docker, env: builder.env, mode: builder.mode });
  if (builder instanceof BuildahBuilder) return new BuildahLayers({ buildah: builder.buildah, env: builder.env, setup: builder.setup });
  return undefined;
}
