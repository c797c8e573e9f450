/**
 * Fixtures for the cleanup tests that oci-fixtures.ts does not have: a buildx-style attestation
 * manifest (in-toto layer, listed in an index as `attestation-manifest`), a throwaway left on a
 * tag as a crash between the PUT and the DELETE of an untag would leave it, counting requests,
 * and checking that a tag still pulls (manifest and every blob, digests verified).
 */
import { expect } from 'vitest';
import { withDigest, type ImageReference } from '../../../src/core/reference.js';
import type { RegistryClient, RepositoryRef } from '../../../src/adapters/registry/client.js';
import { computeDigest } from '../../../src/adapters/registry/digest.js';
import { encodeJson, type Descriptor } from '../../../src/adapters/registry/manifest.js';
import { OCI_CONFIG, OCI_MANIFEST } from '../../../src/adapters/registry/media-types.js';
import { ensureEmptyBlob, makeThrowawayManifest } from '../../../src/adapters/registry/throwaway.js';
import type { RequestEvent } from '../../../src/adapters/registry/transport.js';
import type { FixtureBlob, FixtureImage } from '../../harness/oci-fixtures.js';

function blob(bytes: Uint8Array, mediaType: string, annotations?: Record<string, string>): FixtureBlob {
  return { bytes, descriptor: { mediaType, digest: computeDigest(bytes), size: bytes.byteLength, ...(annotations ? { annotations } : {}) } };
}

/** An attestation manifest as buildx writes it for `subject`: put it in the subject's index. */
export function makeAttestation(subject: FixtureImage): FixtureImage {
  const statement = blob(
    encodeJson({ _type: 'https://in-toto.io/Statement/v0.1', predicateType: 'https://spdx.dev/Document', subject: [{ name: 'test', digest: { sha256: subject.digest.slice(7) } }], predicate: {} }),
    'application/vnd.in-toto+json',
    { 'in-toto.io/predicate-type': 'https://spdx.dev/Document' },
  );
  const config = blob(encodeJson({ architecture: 'unknown', os: 'unknown', config: {}, rootfs: { type: 'layers', diff_ids: [statement.descriptor.digest] } }), OCI_CONFIG);
  const bytes = encodeJson({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: config.descriptor, layers: [statement.descriptor] });
  const digest = computeDigest(bytes);
  const platform = { os: 'unknown', architecture: 'unknown' };
  return {
    kind: 'image',
    mediaType: OCI_MANIFEST,
    bytes,
    digest,
    size: bytes.byteLength,
    descriptor: {
      mediaType: OCI_MANIFEST,
      digest,
      size: bytes.byteLength,
      platform,
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': subject.digest },
    },
    config,
    layers: [statement],
    platform,
  };
}

/** Points `tag` at a fresh throwaway, as an untag interrupted after its PUT leaves it. */
export async function leaveThrowaway(client: RegistryClient, repo: RepositoryRef, tag: string): Promise<string> {
  await ensureEmptyBlob(client, repo);
  const throwaway = makeThrowawayManifest(tag);
  return client.putManifest({ ...repo, target: { kind: 'tag', tag } }, throwaway);
}

export function tagRef(repo: RepositoryRef, tag: string): ImageReference {
  return { registry: repo.registry, repository: repo.repository, target: { kind: 'tag', tag } };
}

/** `GET /v2/<repo>/manifests/x` → `GET manifests`, for counting requests by kind. */
export function requestKind(event: RequestEvent): string {
  const path = new URL(event.url).pathname;
  const kind = /\/(manifests|blobs|tags|referrers)\//.exec(path)?.[1] ?? path;
  return `${event.method} ${kind}`;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/**
 * Asserts that `tag` resolves to `digest` and that everything it needs can be read: the
 * manifest, an index's children, and every blob (the client verifies each digest as it reads).
 */
export async function expectPulls(client: RegistryClient, repo: RepositoryRef, tag: string, digest: string): Promise<void> {
  const top = await client.getManifest(tagRef(repo, tag));
  expect(top.digest).toBe(digest);
  const pending = [top];
  while (pending.length > 0) {
    const manifest = pending.pop();
    if (manifest === undefined) break;
    if (manifest.kind === 'index') {
      for (const child of manifest.manifests) pending.push(await client.getManifest(withDigest(tagRef(repo, tag), child.digest)));
      continue;
    }
    const blobs: Descriptor[] = [manifest.config, ...manifest.layers];
    for (const b of blobs) {
      const bytes = await client.getBlobBytes(repo, b.digest);
      expect(bytes.byteLength).toBe(b.size);
    }
  }
}
