/**
 * The `source`, `base` and `new` reasons: what moved outside the repository since an image's
 * last promotion, read back from the labels the build wrote on it.
 *
 * - `new`: the image has no promoted tag yet.
 * - `source`: an upstream ref (git ls-remote) now points at another revision than the one in
 *   the `io.image-actions.sources` label.
 * - `base`: the external base now resolves to another digest than
 *   `org.opencontainers.image.base.digest`.
 *
 * A registry that cannot be reached is an error: "nothing changed" would be a silent lie.
 */
import type { ImageReference } from '../core/reference.js';
import type { Reason } from '../core/plan/reasons.js';
import { RegistryError, type RegistryClient } from '../adapters/registry/index.js';
import type { UpstreamChecker } from './detect.js';
import type { Project } from './project.js';
import { imageRef } from './promote.js';

export const SOURCES_LABEL = 'io.image-actions.sources';
export const BASE_NAME_LABEL = 'org.opencontainers.image.base.name';
export const BASE_DIGEST_LABEL = 'org.opencontainers.image.base.digest';

export interface UpstreamOptions {
  readonly client: RegistryClient;
  /** Registry prefix the images are promoted in. */
  readonly registry: string;
  readonly lsRemote: (url: string, ref: string) => Promise<string>;
  readonly log: (message: string) => void;
}

/** The tag that marks "last promoted": the first literal promote tag, `latest` by default. */
export function promotedTag(patterns: readonly string[]): string {
  return patterns.find((p) => p !== 'semver' && !p.includes('{')) ?? 'latest';
}

function recordedSources(labels: Readonly<Record<string, string>>): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(labels[SOURCES_LABEL] ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function registryUpstreamChecker(options: UpstreamOptions): UpstreamChecker {
  return {
    async check(project: Project, images: readonly string[]): Promise<ReadonlyMap<string, readonly Reason[]>> {
      const tag = promotedTag(project.config.tags.promote);
      const result = new Map<string, Reason[]>();
      // Each external base is resolved once, however many images build on it.
      const baseDigests = new Map<string, Promise<string | undefined>>();
      const resolveBase = (reference: ImageReference, text: string): Promise<string | undefined> => {
        let pending = baseDigests.get(text);
        if (!pending) {
          pending = options.client.headManifest(reference).then((h) => h?.digest);
          baseDigests.set(text, pending);
        }
        return pending;
      };

      await Promise.all(
        images.map(async (name) => {
          const reasons: Reason[] = [];
          const ref = imageRef(options.registry, project.config.prefix, name, tag);
          let labels: Readonly<Record<string, string>>;
          try {
            labels = (await options.client.getImageConfig(ref)).labels;
          } catch (error) {
            if (error instanceof RegistryError && error.status === 404) {
              result.set(name, ['new']);
              options.log(`${name}: no ${tag} tag yet → new`);
              return;
            }
            throw error;
          }
          const recorded = recordedSources(labels);
          for (const source of project.config.images[name]?.sources ?? []) {
            const now = await options.lsRemote(source.url, source.ref);
            if (recorded[source.name] !== now) {
              reasons.push('source');
              options.log(`${name}: source ${source.name} ${source.ref} is at ${now.slice(0, 7)}, built from ${(recorded[source.name] ?? 'unknown').slice(0, 7)}`);
              break;
            }
          }
          const bases = project.images.get(name)?.externalBases ?? [];
          // The base of the final stage is the one the label describes.
          const base = bases.find((b) => b.reference === labels[BASE_NAME_LABEL]) ?? bases[bases.length - 1];
          if (base) {
            const current = await resolveBase(base.parsed, base.reference);
            if (current === undefined) throw new Error(`${name}: external base ${base.reference} does not exist in its registry`);
            if (current !== labels[BASE_DIGEST_LABEL]) {
              reasons.push('base');
              options.log(`${name}: base ${base.reference} is now ${current.slice(0, 19)}, built on ${labels[BASE_DIGEST_LABEL]?.slice(0, 19) ?? 'an unrecorded digest'}`);
            }
          }
          if (reasons.length > 0) result.set(name, reasons);
        }),
      );
      return result;
    },
  };
}
