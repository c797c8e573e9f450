/**
 * The media types the registry client speaks. Manifests come in two families (OCI and Docker
 * schema 2) and two shapes (a single image, or an index/list of images); both families are
 * read and written byte for byte, never converted.
 */

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';

/** Docker schema 1 manifests are refused: they are signed, mutable and long deprecated. */
export const DOCKER_MANIFEST_V1 = 'application/vnd.docker.distribution.manifest.v1+json';
export const DOCKER_MANIFEST_V1_SIGNED = 'application/vnd.docker.distribution.manifest.v1+prettyjws';

export const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
export const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
/** The empty descriptor's media type, used as the config of artifacts (referrers). */
export const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';

export const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
export const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar';
export const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

export type ImageManifestMediaType = typeof OCI_MANIFEST | typeof DOCKER_MANIFEST;
export type IndexMediaType = typeof OCI_INDEX | typeof DOCKER_MANIFEST_LIST;
export type ManifestMediaType = ImageManifestMediaType | IndexMediaType;

/** Sent as `Accept` on every manifest GET and HEAD, so that no registry falls back to schema 1. */
export const MANIFEST_ACCEPT: readonly ManifestMediaType[] = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];

export function isImageManifestMediaType(mediaType: string): mediaType is ImageManifestMediaType {
  return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST;
}

export function isIndexMediaType(mediaType: string): mediaType is IndexMediaType {
  return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}

export function isManifestMediaType(mediaType: string): mediaType is ManifestMediaType {
  return isImageManifestMediaType(mediaType) || isIndexMediaType(mediaType);
}

/** `application/json; charset=utf-8` → `application/json`. */
export function baseMediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}
