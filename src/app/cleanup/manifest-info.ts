/**
 * From what was fetched (manifests and image configs) to what the retention engine reads
 * (`ManifestInfo`): which manifests are runnable images, which are indexes, which are
 * artifacts (signatures, SBOMs, attestations) and which are throwaways; their dates, build keys
 * and sizes. No I/O: `read-state.ts` fetches, this describes.
 */
import { compareText, type ManifestInfo, type RepositoryState } from '../../core/retention/model.js';
import type { ImageIndex, ImageManifest, Manifest } from '../../adapters/registry/manifest.js';
import { DOCKER_CONFIG, OCI_CONFIG, isManifestMediaType } from '../../adapters/registry/media-types.js';
import { isThrowawayManifest } from '../../adapters/registry/throwaway.js';
import { BUILD_KEY_LABEL } from '../build.js';

/** The annotation buildx puts on the index entry of an attestation manifest. */
const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type';
const ATTESTATION_MANIFEST = 'attestation-manifest';
const CREATED_ANNOTATION = 'org.opencontainers.image.created';

/** What the engine needs from an image config. */
export interface ConfigFacts {
  readonly created: Date | undefined;
  readonly labels: Readonly<Record<string, string>>;
}

export interface FetchedRepository {
  /** Tag → digest, for the tags that still existed when they were looked up. */
  readonly tags: ReadonlyMap<string, string>;
  /** Every manifest reached, by digest. */
  readonly manifests: ReadonlyMap<string, Manifest>;
  /** Image configs by config digest (runnable images only). */
  readonly configs: ReadonlyMap<string, ConfigFacts>;
}

function isLayerMediaType(mediaType: string): boolean {
  return mediaType.startsWith('application/vnd.oci.image.layer.') || mediaType.startsWith('application/vnd.docker.image.rootfs.');
}

/**
 * Whether an image manifest is something that runs, whose config is worth reading: an image
 * config and filesystem layers, no `subject` and no `artifactType`. A cosign signature
 * (simplesigning layer), a buildx attestation (in-toto layers), a Helm chart or an SBOM is not.
 */
export function isRunnableImage(manifest: ImageManifest): boolean {
  return (
    manifest.subject === undefined &&
    manifest.artifactType === undefined &&
    (manifest.config.mediaType === OCI_CONFIG || manifest.config.mediaType === DOCKER_CONFIG) &&
    manifest.layers.every((layer) => isLayerMediaType(layer.mediaType))
  );
}

/** The index entries that are manifests (an index may list other things; they are not ours). */
export function manifestChildren(index: ImageIndex): string[] {
  return index.manifests.filter((d) => isManifestMediaType(d.mediaType)).map((d) => d.digest);
}

/** Digests that an index lists as buildx attestation manifests. */
export function attestationChildren(index: ImageIndex): string[] {
  return index.manifests.filter((d) => d.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST).map((d) => d.digest);
}

function dateOf(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/**
 * Bytes of an image manifest with its config and layers, as its descriptors declare them. Layers
 * shared with other images are counted in each, so a sum over deleted manifests is what they
 * held, not what garbage collection will free.
 */
function imageSize(manifest: ImageManifest): number {
  let size = manifest.size + manifest.config.size;
  for (const layer of manifest.layers) if ((layer.urls ?? []).length === 0) size += layer.size;
  return size;
}

/** Builds the engine's view of one repository from what was fetched. */
export function describeRepository(repository: string, fetched: FetchedRepository, registryDates?: ReadonlyMap<string, Date>): RepositoryState {
  const attestations = new Set<string>();
  for (const manifest of fetched.manifests.values()) {
    if (manifest.kind === 'index') for (const digest of attestationChildren(manifest)) attestations.add(digest);
  }

  const configOf = (manifest: Manifest): ConfigFacts | undefined =>
    manifest.kind === 'image' && isRunnableImage(manifest) && !attestations.has(manifest.digest) ? fetched.configs.get(manifest.config.digest) : undefined;

  const infos = new Map<string, ManifestInfo>();
  // In digest order, so that the state does not depend on which answer came first.
  for (const [digest, manifest] of [...fetched.manifests].sort(([a], [b]) => compareText(a, b))) {
    const subject = manifest.subject?.digest;
    const common = { digest, ...(subject === undefined ? {} : { subject }) };
    if (isThrowawayManifest(manifest)) {
      infos.set(digest, { kind: 'throwaway', digest, size: manifest.kind === 'image' ? imageSize(manifest) : manifest.size });
      continue;
    }
    if (manifest.kind === 'index') {
      const children = manifestChildren(manifest);
      // An index carries no label of its own: its build key is its images' (they share it).
      let buildKey: string | undefined;
      for (const child of children) {
        const childManifest = fetched.manifests.get(child);
        buildKey = childManifest === undefined ? undefined : configOf(childManifest)?.labels[BUILD_KEY_LABEL];
        if (buildKey !== undefined) break;
      }
      // Its date is its own annotation when it has one; otherwise the engine dates it by its
      // newest image child (age.ts), so nothing is computed here.
      const created = dateOf(manifest.annotations?.[CREATED_ANNOTATION]);
      infos.set(digest, {
        kind: 'index',
        ...common,
        children,
        size: manifest.size,
        ...(created === undefined ? {} : { created }),
        ...(buildKey === undefined ? {} : { buildKey }),
      });
      continue;
    }
    const config = configOf(manifest);
    if (config !== undefined) {
      const buildKey = config.labels[BUILD_KEY_LABEL];
      infos.set(digest, {
        kind: 'image',
        ...common,
        size: imageSize(manifest),
        ...(config.created === undefined ? {} : { created: config.created }),
        ...(buildKey === undefined ? {} : { buildKey }),
      });
      continue;
    }
    if (manifest.kind === 'image' && isRunnableImage(manifest) && !attestations.has(digest)) {
      throw new Error(`internal error: the config of ${digest} was not fetched`);
    }
    // An artifact: its config says nothing of its age (often the empty `{}`), so its date is
    // the created annotation that `oras`, `cosign` and buildx write, when present.
    const created = dateOf(manifest.annotations?.[CREATED_ANNOTATION]);
    infos.set(digest, { kind: 'artifact', ...common, size: imageSize(manifest), ...(created === undefined ? {} : { created }) });
  }

  return {
    repository,
    tags: new Map([...fetched.tags].sort(([a], [b]) => compareText(a, b))),
    manifests: infos,
    ...(registryDates === undefined ? {} : { registryDates }),
  };
}
