/**
 * Small, real OCI images made in memory for tests: layers are genuine tar.gz archives, configs
 * carry `rootfs.diff_ids` that match them, manifests and indexes are valid JSON with correct
 * digests. They can be pushed with the registry client, or written as an OCI image layout
 * directory for skopeo (`skopeo copy oci:DIR:name docker://…`).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseReference, withDigest } from '../../src/core/reference.js';
import type { RegistryClient } from '../../src/adapters/registry/client.js';
import { computeDigest } from '../../src/adapters/registry/digest.js';
import { encodeJson, type Descriptor, type Platform } from '../../src/adapters/registry/manifest.js';
import {
  DOCKER_CONFIG,
  DOCKER_LAYER_GZIP,
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
  OCI_CONFIG,
  OCI_EMPTY,
  OCI_INDEX,
  OCI_LAYER_GZIP,
  OCI_MANIFEST,
  type ImageManifestMediaType,
  type IndexMediaType,
} from '../../src/adapters/registry/media-types.js';

const run = promisify(execFile);

export interface FixtureBlob {
  readonly descriptor: Descriptor;
  readonly bytes: Uint8Array;
}

interface FixtureManifestCommon {
  readonly bytes: Uint8Array;
  readonly digest: string;
  readonly size: number;
  /** The descriptor an index or a layout's index.json uses for it. */
  readonly descriptor: Descriptor;
}

export interface FixtureImage extends FixtureManifestCommon {
  readonly kind: 'image';
  readonly mediaType: ImageManifestMediaType;
  readonly config: FixtureBlob;
  readonly layers: readonly FixtureBlob[];
  readonly platform: Platform;
}

export interface FixtureIndex extends FixtureManifestCommon {
  readonly kind: 'index';
  readonly mediaType: IndexMediaType;
  readonly images: readonly FixtureImage[];
}

export type FixtureManifest = FixtureImage | FixtureIndex;

// ---------------------------------------------------------------------------------------------
// tar, written by hand: ustar headers with checksums, 512-byte blocks, two zero blocks at the end.

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function tarHeader(name: string, size: number, mode: number, mtime: number): Buffer {
  const header = Buffer.alloc(512, 0);
  header.write(name, 0, 100, 'utf8');
  header.write(octal(mode, 8), 100, 8, 'ascii');
  header.write(octal(0, 8), 108, 8, 'ascii');
  header.write(octal(0, 8), 116, 8, 'ascii');
  header.write(octal(size, 12), 124, 12, 'ascii');
  header.write(octal(mtime, 12), 136, 12, 'ascii');
  header.write('        ', 148, 8, 'ascii'); // The checksum is computed with its own field as spaces.
  header.write('0', 156, 1, 'ascii');
  header.write('ustar\0', 257, 6, 'ascii');
  header.write('00', 263, 2, 'ascii');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return header;
}

/** A tar archive of regular files. */
export function makeTar(files: Readonly<Record<string, Uint8Array | string>>, mtime = 1_700_000_000): Buffer {
  const parts: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
    parts.push(tarHeader(name, data.length, 0o644, mtime), data, Buffer.alloc((512 - (data.length % 512)) % 512, 0));
  }
  parts.push(Buffer.alloc(1024, 0));
  return Buffer.concat(parts);
}

// ---------------------------------------------------------------------------------------------
// Images, indexes, referrers

export interface MakeImageOptions {
  /** Number of layers. Default 2. */
  readonly layers?: number;
  /** Random bytes in each layer's one file (random, so layers never collide). Default 2048. */
  readonly layerBytes?: number;
  readonly labels?: Readonly<Record<string, string>>;
  readonly created?: Date;
  readonly platform?: Platform;
  /** OCI (default) or Docker schema 2 media types. */
  readonly format?: 'oci' | 'docker';
  /** Layers to reuse (e.g. a base image's), placed before the new ones. */
  readonly baseLayers?: readonly FixtureBlob[];
  /** Extra top-level manifest fields (annotations…). */
  readonly annotations?: Readonly<Record<string, string>>;
}

function blob(bytes: Uint8Array, mediaType: string): FixtureBlob {
  return { bytes, descriptor: { mediaType, digest: computeDigest(bytes), size: bytes.byteLength } };
}

export function makeLayer(files: Readonly<Record<string, Uint8Array | string>>, format: 'oci' | 'docker' = 'oci'): FixtureBlob & { readonly diffId: string } {
  const tar = makeTar(files);
  const gz = new Uint8Array(gzipSync(tar));
  return { ...blob(gz, format === 'oci' ? OCI_LAYER_GZIP : DOCKER_LAYER_GZIP), diffId: computeDigest(tar) };
}

export function makeImage(options: MakeImageOptions = {}): FixtureImage {
  const format = options.format ?? 'oci';
  const platform = options.platform ?? { os: 'linux', architecture: 'amd64' };
  const fresh = Array.from({ length: options.layers ?? 2 }, (_, i) => makeLayer({ [`data/layer-${i}.bin`]: randomBytes(options.layerBytes ?? 2048) }, format));
  const base = (options.baseLayers ?? []).map((l) => ({ ...l, diffId: (l as { diffId?: string }).diffId ?? l.descriptor.digest }));
  const layers = [...base, ...fresh];
  const config = blob(
    encodeJson({
      created: (options.created ?? new Date()).toISOString(),
      architecture: platform.architecture,
      os: platform.os,
      ...(platform.variant === undefined ? {} : { variant: platform.variant }),
      config: { Labels: options.labels ?? {}, Cmd: ['/bin/sh'] },
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
      history: layers.map(() => ({ created_by: 'image-actions test fixture' })),
    }),
    format === 'oci' ? OCI_CONFIG : DOCKER_CONFIG,
  );
  const mediaType = format === 'oci' ? OCI_MANIFEST : DOCKER_MANIFEST;
  const bytes = encodeJson({
    schemaVersion: 2,
    mediaType,
    config: config.descriptor,
    layers: layers.map((l) => l.descriptor),
    ...(options.annotations === undefined ? {} : { annotations: options.annotations }),
  });
  const digest = computeDigest(bytes);
  return {
    kind: 'image',
    mediaType,
    bytes,
    digest,
    size: bytes.byteLength,
    descriptor: { mediaType, digest, size: bytes.byteLength, platform },
    config,
    layers: layers.map((l) => ({ bytes: l.bytes, descriptor: l.descriptor })),
    platform,
  };
}

export function makeIndex(images: readonly FixtureImage[], format: 'oci' | 'docker' = 'oci'): FixtureIndex {
  const mediaType = format === 'oci' ? OCI_INDEX : DOCKER_MANIFEST_LIST;
  const bytes = encodeJson({ schemaVersion: 2, mediaType, manifests: images.map((i) => i.descriptor) });
  const digest = computeDigest(bytes);
  return { kind: 'index', mediaType, bytes, digest, size: bytes.byteLength, descriptor: { mediaType, digest, size: bytes.byteLength }, images };
}

/** The two-platform index most tests want: linux/amd64 and linux/arm64. */
export function makeMultiPlatformIndex(options: Omit<MakeImageOptions, 'platform'> = {}): FixtureIndex {
  return makeIndex([
    makeImage({ ...options, platform: { os: 'linux', architecture: 'amd64' } }),
    makeImage({ ...options, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }),
  ]);
}

export interface MakeReferrerOptions {
  readonly artifactType?: string;
  readonly annotations?: Readonly<Record<string, string>>;
  readonly payload?: Uint8Array | string;
}

/**
 * An artifact manifest whose `subject` is the given manifest (an SBOM or a signature, say):
 * the empty config `{}`, one payload layer, an `artifactType`.
 */
export function makeReferrer(subject: Pick<Descriptor, 'mediaType' | 'digest' | 'size'>, options: MakeReferrerOptions = {}): FixtureImage {
  const artifactType = options.artifactType ?? 'application/vnd.example.sbom.v1+json';
  const config = blob(new Uint8Array(Buffer.from('{}')), OCI_EMPTY);
  const payload = blob(
    typeof options.payload === 'string' ? new Uint8Array(Buffer.from(options.payload)) : (options.payload ?? new Uint8Array(randomBytes(256))),
    'application/vnd.example.payload',
  );
  const annotations = options.annotations ?? { 'org.opencontainers.image.created': new Date().toISOString() };
  const bytes = encodeJson({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType,
    config: config.descriptor,
    layers: [payload.descriptor],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations,
  });
  const digest = computeDigest(bytes);
  return {
    kind: 'image',
    mediaType: OCI_MANIFEST,
    bytes,
    digest,
    size: bytes.byteLength,
    descriptor: { mediaType: OCI_MANIFEST, digest, size: bytes.byteLength, artifactType, annotations },
    config,
    layers: [payload],
    platform: { os: 'unknown', architecture: 'unknown' },
  };
}

// ---------------------------------------------------------------------------------------------
// Pushing with the client

/** Pushes an image (blobs, then manifest) to `reference` (`host/repo:tag`); returns the digest. */
export async function pushImage(client: RegistryClient, reference: string, image: FixtureImage): Promise<string> {
  const ref = parseReference(reference);
  const repo = { registry: ref.registry, repository: ref.repository };
  for (const b of [image.config, ...image.layers]) {
    if ((await client.headBlob(repo, b.descriptor.digest)) === undefined) await client.uploadBlob(repo, b.bytes);
  }
  return client.putManifest(ref, { bytes: image.bytes, mediaType: image.mediaType });
}

/** Pushes every image of an index by digest, then the index under `reference`. */
export async function pushIndex(client: RegistryClient, reference: string, index: FixtureIndex): Promise<string> {
  const ref = parseReference(reference);
  for (const image of index.images) {
    await pushImage(client, `${ref.registry}/${ref.repository}@${image.digest}`, image);
  }
  return client.putManifest(ref, { bytes: index.bytes, mediaType: index.mediaType });
}

export async function pushManifest(client: RegistryClient, reference: string, item: FixtureManifest): Promise<string> {
  return item.kind === 'image' ? pushImage(client, reference, item) : pushIndex(client, reference, item);
}

/** `host/repo@digest` for a fixture pushed to `host/repo:…`. */
export function byDigest(reference: string, digest: string): string {
  const ref = parseReference(reference);
  const d = withDigest(ref, digest);
  return `${d.registry}/${d.repository}@${digest}`;
}

// ---------------------------------------------------------------------------------------------
// OCI image layout on disk, and skopeo

/** Writes an OCI image layout: `oci-layout`, `blobs/sha256/*`, and `index.json` naming each entry. */
export async function writeOciLayout(dir: string, entries: ReadonlyArray<{ readonly name: string; readonly item: FixtureManifest }>): Promise<void> {
  const blobsDir = join(dir, 'blobs', 'sha256');
  await mkdir(blobsDir, { recursive: true });
  const write = async (digest: string, bytes: Uint8Array): Promise<void> => writeFile(join(blobsDir, digest.replace(/^sha256:/, '')), bytes);
  const writeImage = async (image: FixtureImage): Promise<void> => {
    await write(image.config.descriptor.digest, image.config.bytes);
    for (const layer of image.layers) await write(layer.descriptor.digest, layer.bytes);
    await write(image.digest, image.bytes);
  };
  const manifests: Descriptor[] = [];
  for (const { name, item } of entries) {
    if (item.kind === 'image') await writeImage(item);
    else {
      for (const image of item.images) await writeImage(image);
      await write(item.digest, item.bytes);
    }
    manifests.push({ mediaType: item.mediaType, digest: item.digest, size: item.size, annotations: { 'org.opencontainers.image.ref.name': name } });
  }
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }));
}

export interface SkopeoCopyOptions {
  /** A containers auth.json for the destination registry. */
  readonly authFile?: string;
  /** Copy every platform of an index (`--all`). Default true. */
  readonly all?: boolean;
}

/**
 * Writes one image in skopeo's `dir:` layout (`manifest.json`, blobs named by hex, `version`).
 * Unlike an OCI layout, it carries Docker schema 2 images as they are.
 */
export async function writeDirLayout(dir: string, image: FixtureImage): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const b of [image.config, ...image.layers]) await writeFile(join(dir, b.descriptor.digest.replace(/^sha256:/, '')), b.bytes);
  await writeFile(join(dir, 'manifest.json'), image.bytes);
  await writeFile(join(dir, 'version'), 'Directory Transport Version: 1.1\n');
}

/** `skopeo copy SOURCE docker://destination`, plain HTTP (loopback), digests preserved. */
export async function skopeoCopy(source: string, destination: string, options: SkopeoCopyOptions = {}): Promise<void> {
  const args = ['--insecure-policy', 'copy', '--dest-tls-verify=false', '--preserve-digests'];
  if (options.all ?? true) args.push('--all');
  if (options.authFile !== undefined) args.push('--dest-authfile', options.authFile);
  args.push(source, `docker://${destination}`);
  await run('skopeo', args, { timeout: 120_000 });
}

/** `skopeo copy oci:DIR:name docker://destination`. */
export async function skopeoCopyFromLayout(dir: string, name: string, destination: string, options: SkopeoCopyOptions = {}): Promise<void> {
  await skopeoCopy(`oci:${dir}:${name}`, destination, options);
}
