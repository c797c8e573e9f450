import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildxMetadataError, parseBuildxMetadata } from '../../../../src/adapters/builders/buildx-metadata.js';

// Recorded in the format buildx writes with --push --metadata-file: an index when BuildKit adds
// its provenance attestation (docker-container driver, buildx ≥ 0.10), a manifest otherwise.
const fixtures = join(import.meta.dirname, '../../../fixtures/buildx');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

describe('parseBuildxMetadata', () => {
  it('reads the index digest of a push with provenance', () => {
    const metadata = parseBuildxMetadata(read('metadata-push-index.json'), 'metadata-push-index.json');
    expect(metadata).toEqual({
      digest: 'sha256:9b1f6e7c2d4a8e0f3b5c7d9e1a2b4c6d8e0f1a3b5c7d9e2f4a6b8c0d1e3f5a7b',
      mediaType: 'application/vnd.oci.image.index.v1+json',
      configDigest: 'sha256:3c5e9d2ab1f04e6c8d7a9b0c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f',
      names: ['ghcr.io/acme/base:pr-1-abc1234', 'ghcr.io/acme/base:bk-0123456789abcdef'],
      buildRef: 'builder-2b7e3c4e-9a71-4f0e-8b43-6d1b0f5e7c21/builder-2b7e3c4e-9a71-4f0e-8b43-6d1b0f5e7c210/r7x2lqm9kd3wq0v8zyf1h6tnb',
    });
  });

  it('reads the manifest digest of a push without attestations', () => {
    const metadata = parseBuildxMetadata(read('metadata-push-manifest.json'), 'metadata-push-manifest.json');
    expect(metadata.digest).toBe('sha256:19ffeab6f8bc9293ac2c3fdf94ebe28396254c993aea0b5a542cfb02e0883fa3');
    expect(metadata.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(metadata.names).toHaveLength(2);
  });

  it('refuses a file whose descriptor disagrees with its digest', () => {
    const tampered = JSON.parse(read('metadata-push-manifest.json')) as Record<string, Record<string, unknown>>;
    (tampered['containerimage.descriptor'] as Record<string, unknown>)['digest'] = `sha256:${'e'.repeat(64)}`;
    expect(() => parseBuildxMetadata(JSON.stringify(tampered), 'm.json')).toThrow(/descriptor.*names sha256:e+/);
  });

  it('says the build exported nothing when there is no digest', () => {
    expect(() => parseBuildxMetadata(JSON.stringify({ 'buildx.build.ref': 'default/default/x' }), 'm.json')).toThrow(BuildxMetadataError);
    expect(() => parseBuildxMetadata('null', 'm.json')).toThrow(/JSON object/);
    expect(() => parseBuildxMetadata('{"containerimage.digest":"sha256:abc"}', 'm.json')).toThrow(/not a sha256 digest/);
    expect(() => parseBuildxMetadata('{', 'm.json')).toThrow(/not JSON/);
  });
});
