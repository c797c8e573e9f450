import { describe, expect, it } from 'vitest';
import { computeDigest } from '../../../../src/adapters/registry/digest.js';
import { blobsOf, encodeJson, manifestDescriptor, ManifestParseError, parseManifest } from '../../../../src/adapters/registry/manifest.js';
import { DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, OCI_INDEX, OCI_MANIFEST } from '../../../../src/adapters/registry/media-types.js';

const d = (c: string): string => `sha256:${c.repeat(64)}`;
const config = { mediaType: 'application/vnd.oci.image.config.v1+json', digest: d('a'), size: 10 };
const layer = { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: d('b'), size: 20 };

describe('parseManifest', () => {
  it('gives an image manifest with its exact bytes, digest and size', () => {
    const bytes = encodeJson({ schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers: [layer] });
    const m = parseManifest(bytes);
    expect(m.kind).toBe('image');
    if (m.kind !== 'image') throw new Error('unreachable');
    expect(m.mediaType).toBe(OCI_MANIFEST);
    expect(m.config).toEqual(config);
    expect(m.layers).toEqual([layer]);
    expect(m.bytes).toBe(bytes);
    expect(m.digest).toBe(computeDigest(bytes));
    expect(m.size).toBe(bytes.byteLength);
  });

  it('gives an index with platforms', () => {
    const bytes = encodeJson({
      schemaVersion: 2,
      mediaType: DOCKER_MANIFEST_LIST,
      manifests: [{ mediaType: DOCKER_MANIFEST, digest: d('c'), size: 5, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }],
    });
    const m = parseManifest(bytes);
    expect(m.kind).toBe('index');
    if (m.kind !== 'index') throw new Error('unreachable');
    expect(m.mediaType).toBe(DOCKER_MANIFEST_LIST);
    expect(m.manifests[0]?.platform).toEqual({ os: 'linux', architecture: 'arm64', variant: 'v8' });
  });

  it('takes the media type from Content-Type, then from the shape, when the body has none', () => {
    const image = encodeJson({ schemaVersion: 2, config, layers: [] });
    expect(parseManifest(image, `${DOCKER_MANIFEST}; charset=utf-8`).mediaType).toBe(DOCKER_MANIFEST);
    expect(parseManifest(image).mediaType).toBe(OCI_MANIFEST);
    expect(parseManifest(encodeJson({ schemaVersion: 2, manifests: [] })).mediaType).toBe(OCI_INDEX);
  });

  it('keeps subject, artifactType and annotations of a referrer', () => {
    const subject = { mediaType: OCI_MANIFEST, digest: d('e'), size: 99 };
    const bytes = encodeJson({ schemaVersion: 2, mediaType: OCI_MANIFEST, artifactType: 'application/x.sbom', config, layers: [layer], subject, annotations: { a: 'b' } });
    const m = parseManifest(bytes);
    expect(m.subject).toEqual(subject);
    expect(manifestDescriptor(m)).toEqual({ mediaType: OCI_MANIFEST, digest: computeDigest(bytes), size: bytes.byteLength, artifactType: 'application/x.sbom', annotations: { a: 'b' } });
  });

  it('uses the config media type as the artifact type when there is no artifactType', () => {
    const m = parseManifest(encodeJson({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { ...config, mediaType: 'application/x.sig' }, layers: [] }));
    expect(manifestDescriptor(m).artifactType).toBe('application/x.sig');
  });

  it('lists the blobs to copy, without non-distributable layers', () => {
    const foreign = { mediaType: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip', digest: d('f'), size: 1, urls: ['https://x/y'] };
    const m = parseManifest(encodeJson({ schemaVersion: 2, mediaType: DOCKER_MANIFEST, config, layers: [layer, foreign] }));
    if (m.kind !== 'image') throw new Error('unreachable');
    expect(blobsOf(m).map((b) => b.digest)).toEqual([d('a'), d('b')]);
  });

  it.each([
    ['not JSON', new Uint8Array(Buffer.from('{')), /not valid JSON/],
    ['schema 1', encodeJson({ schemaVersion: 1, name: 'x', fsLayers: [] }), /schema 1 manifests are not supported/],
    ['an unknown media type', encodeJson({ schemaVersion: 2, mediaType: 'application/x.other', config, layers: [] }), /unsupported manifest media type/],
    ['an image without layers', encodeJson({ schemaVersion: 2, mediaType: OCI_MANIFEST, config }), /must have a "layers" array/],
    ['a bad digest', encodeJson({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { ...config, digest: 'sha256:xyz' }, layers: [] }), /config\.digest is not a sha256/],
    ['a negative size', encodeJson({ schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers: [{ ...layer, size: -1 }] }), /layers\[0\]\.size/],
    ['a platform without os', encodeJson({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [{ ...config, platform: { architecture: 'amd64' } }] }), /manifests\[0\]\.platform/],
    ['an undecidable shape', encodeJson({ schemaVersion: 2 }), /cannot tell the manifest type/],
  ])('refuses %s and says why', (_name, bytes, message) => {
    expect(() => parseManifest(bytes)).toThrow(ManifestParseError);
    expect(() => parseManifest(bytes)).toThrow(message);
  });
});
