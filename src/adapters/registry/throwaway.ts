/**
 * The throwaway manifest: how a tag is removed on a registry that deletes by digest only (CNCF
 * distribution 2.x). Deleting the tag's manifest by digest would take every other tag of that
 * digest with it, so the tag is first pointed at a manifest of its own, which is then deleted.
 *
 * The manifest is a minimal OCI image manifest:
 * - its config and only layer are the OCI empty descriptor (`{}`), which every registry accepts
 *   and which costs two bytes, stored once per repository;
 * - its `artifactType` says what it is, so that a reader that finds a tag on one (a crash came
 *   between the PUT and the DELETE) knows the untag was cut short and can finish it;
 * - it is unique: a random nonce and the tag it replaces are annotations, so that deleting it
 *   by digest can never remove anything but the one tag just pointed at it.
 */
import { randomBytes } from 'node:crypto';
import type { RegistryClient, RepositoryRef } from './client.js';
import { computeDigest } from './digest.js';
import { encodeJson, type Descriptor, type Manifest } from './manifest.js';
import { OCI_EMPTY, OCI_MANIFEST } from './media-types.js';

/** The `artifactType` that marks a throwaway manifest. */
export const THROWAWAY_ARTIFACT_TYPE = 'application/vnd.image-actions.throwaway.v1';

/** Annotations: the tag the throwaway stood in for, and the nonce that makes it unique. */
export const THROWAWAY_TAG_ANNOTATION = 'io.image-actions.throwaway.tag';
export const THROWAWAY_NONCE_ANNOTATION = 'io.image-actions.throwaway.nonce';

/** The OCI empty blob `{}` (image-spec 1.1, "Guidance for an empty descriptor"). */
export const EMPTY_BLOB_BYTES: Uint8Array = new Uint8Array(Buffer.from('{}'));
export const EMPTY_DESCRIPTOR: Descriptor = {
  mediaType: OCI_EMPTY,
  digest: computeDigest(EMPTY_BLOB_BYTES),
  size: EMPTY_BLOB_BYTES.byteLength,
};

export interface ThrowawayManifest {
  readonly bytes: Uint8Array;
  readonly mediaType: typeof OCI_MANIFEST;
  readonly digest: string;
}

/** A fresh, unique throwaway manifest standing in for `tag`. */
export function makeThrowawayManifest(tag: string, nonce: string = randomBytes(16).toString('hex')): ThrowawayManifest {
  const bytes = encodeJson({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: THROWAWAY_ARTIFACT_TYPE,
    config: EMPTY_DESCRIPTOR,
    // Image-spec 1.1 asks for at least one layer for portability; the empty descriptor is the
    // one it recommends when there is no content.
    layers: [EMPTY_DESCRIPTOR],
    annotations: { [THROWAWAY_TAG_ANNOTATION]: tag, [THROWAWAY_NONCE_ANNOTATION]: nonce },
  });
  return { bytes, mediaType: OCI_MANIFEST, digest: computeDigest(bytes) };
}

/** Whether a manifest is a throwaway (by its `artifactType`, which nothing else uses). */
export function isThrowawayManifest(manifest: Pick<Manifest, 'artifactType'>): boolean {
  return manifest.artifactType === THROWAWAY_ARTIFACT_TYPE;
}

/**
 * Makes sure the repository has the empty blob the throwaway names (a HEAD; an upload of two
 * bytes the first time). A registry refuses a manifest whose blobs it does not have.
 */
export async function ensureEmptyBlob(client: Pick<RegistryClient, 'headBlob' | 'uploadBlob'>, repo: RepositoryRef): Promise<void> {
  if ((await client.headBlob(repo, EMPTY_DESCRIPTOR.digest)) !== undefined) return;
  await client.uploadBlob(repo, EMPTY_BLOB_BYTES);
}

/** Where a tag points when an untag begins, against the digest the plan saw. */
export type TagPosition =
  | { readonly kind: 'gone' }
  | { readonly kind: 'planned' }
  /** On our own throwaway for this tag: an earlier untag stopped between its PUT and DELETE. */
  | { readonly kind: 'throwaway'; readonly digest: string }
  /** Somewhere else: someone pushed to it since the plan. */
  | { readonly kind: 'moved'; readonly digest: string };

/**
 * One HEAD, and a GET only when the tag has moved: what every throwaway-based untag must know
 * before it touches the tag, so that a repeat after a crash finishes the job and a tag pushed
 * since the plan is never taken.
 */
export async function locateTag(
  client: Pick<RegistryClient, 'headManifest' | 'getManifest'>,
  repo: RepositoryRef,
  tag: string,
  planned: string,
): Promise<TagPosition> {
  const current = await client.headManifest({ ...repo, target: { kind: 'tag', tag } });
  if (current === undefined) return { kind: 'gone' };
  if (current.digest === planned) return { kind: 'planned' };
  const manifest = await client.getManifest({ ...repo, target: { kind: 'digest', digest: current.digest } });
  const ours = isThrowawayManifest(manifest) && manifest.annotations?.[THROWAWAY_TAG_ANNOTATION] === tag;
  return { kind: ours ? 'throwaway' : 'moved', digest: current.digest };
}
