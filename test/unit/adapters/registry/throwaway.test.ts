import { describe, expect, it } from 'vitest';
import { computeDigest } from '../../../../src/adapters/registry/digest.js';
import { parseManifest } from '../../../../src/adapters/registry/manifest.js';
import { OCI_EMPTY, OCI_MANIFEST } from '../../../../src/adapters/registry/media-types.js';
import {
  EMPTY_DESCRIPTOR,
  THROWAWAY_ARTIFACT_TYPE,
  THROWAWAY_NONCE_ANNOTATION,
  THROWAWAY_TAG_ANNOTATION,
  isThrowawayManifest,
  makeThrowawayManifest,
} from '../../../../src/adapters/registry/throwaway.js';

describe('makeThrowawayManifest', () => {
  it('is a minimal OCI manifest on the empty descriptor, marked by its artifactType', () => {
    const throwaway = makeThrowawayManifest('pr-12');
    const manifest = parseManifest(throwaway.bytes);
    if (manifest.kind !== 'image') throw new Error('expected an image manifest');
    expect(manifest.mediaType).toBe(OCI_MANIFEST);
    expect(throwaway.mediaType).toBe(OCI_MANIFEST);
    expect(throwaway.digest).toBe(computeDigest(throwaway.bytes));
    expect(manifest.artifactType).toBe(THROWAWAY_ARTIFACT_TYPE);
    expect(manifest.config).toEqual(EMPTY_DESCRIPTOR);
    expect(manifest.layers).toEqual([EMPTY_DESCRIPTOR]);
    expect(manifest.subject).toBeUndefined();
    expect(manifest.annotations?.[THROWAWAY_TAG_ANNOTATION]).toBe('pr-12');
    expect(isThrowawayManifest(manifest)).toBe(true);
  });

  it('names the OCI empty blob: `{}`, two bytes, its well-known digest', () => {
    expect(EMPTY_DESCRIPTOR).toEqual({
      mediaType: OCI_EMPTY,
      digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      size: 2,
    });
  });

  it('is unique on every call, even for the same tag, so a DELETE by its digest removes one tag only', () => {
    const digests = new Set(Array.from({ length: 200 }, () => makeThrowawayManifest('pr-12').digest));
    expect(digests.size).toBe(200);
    const a = parseManifest(makeThrowawayManifest('pr-12').bytes);
    expect(a.annotations?.[THROWAWAY_NONCE_ANNOTATION]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is reproducible from a given nonce', () => {
    expect(makeThrowawayManifest('x', 'n1').digest).toBe(makeThrowawayManifest('x', 'n1').digest);
    expect(makeThrowawayManifest('x', 'n1').digest).not.toBe(makeThrowawayManifest('y', 'n1').digest);
  });
});

describe('isThrowawayManifest', () => {
  it('knows nothing else as a throwaway', () => {
    expect(isThrowawayManifest({ artifactType: 'application/vnd.example.sbom.v1+json' })).toBe(false);
    expect(isThrowawayManifest({})).toBe(false);
  });
});
