/**
 * An image as the registry holds it, read without a Docker daemon: its config blob (for
 * metadata tests and command environments) and its file system, rebuilt from the layer tars
 * streamed one after another (for file existence, content and license tests).
 *
 * Only metadata is kept for every path. Content is captured for the paths the tests name as
 * the layers go by; a path reached only through a symlink or a hard link whose bytes went by
 * uncaptured is fetched in a second pass over just the layers that hold it.
 */
import { PassThrough, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import { withDigest, type ImageReference } from '../../core/reference.js';
import { ImageFilesystem, TarReader, imageConfigView, normalizeTarPath, type ImageConfigView, type TarEntry } from '../../core/structure-tests/index.js';
import { choosePlatform, type Descriptor, type PlatformSelector, type RegistryClient } from '../registry/index.js';

/** Larger files are not read into memory for a content test. */
const MAX_CONTENT_BYTES = 16 * 1024 * 1024;
const CONFIG_LIMIT = 16 * 1024 * 1024;

export interface RegistryImage {
  readonly reference: ImageReference;
  /** The image manifest's digest (a platform's, when the reference is an index). */
  readonly manifestDigest: string;
  readonly config: ImageConfigView;
  readonly layers: readonly Descriptor[];
}

export class ImageReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageReadError';
  }
}

/** The manifest and config of `reference` (the given platform's image of an index). */
export async function readRegistryImage(client: RegistryClient, reference: ImageReference, platform: PlatformSelector): Promise<RegistryImage> {
  let manifest = await client.getManifest(reference);
  if (manifest.kind === 'index') {
    const entry = choosePlatform(manifest.manifests, platform);
    if (!entry) throw new ImageReadError(`the index has no image for ${platform.os}/${platform.architecture}`);
    manifest = await client.getManifest(withDigest(reference, entry.digest));
    if (manifest.kind !== 'image') throw new ImageReadError('a nested index was found where an image was expected');
  }
  const repo = { registry: reference.registry, repository: reference.repository };
  const bytes = await client.getBlobBytes(repo, manifest.config.digest, CONFIG_LIMIT);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new ImageReadError(`the config blob ${manifest.config.digest} is not JSON`);
  }
  return { reference, manifestDigest: manifest.digest, config: imageConfigView(json), layers: manifest.layers };
}

/** gzip, zstd or plain tar, told by the first bytes (media types are not always right). */
function decompressor(): Transform {
  let inner: Transform | undefined;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (!inner) {
        if (chunk[0] === 0x1f && chunk[1] === 0x8b) inner = createGunzip();
        else if (chunk[0] === 0x28 && chunk[1] === 0xb5 && chunk[2] === 0x2f && chunk[3] === 0xfd) inner = createZstdDecompress();
        else inner = new PassThrough();
        inner.on('data', (out: Buffer) => this.push(out));
        inner.on('error', (error) => this.destroy(error));
      }
      if (inner.write(chunk)) callback();
      else inner.once('drain', () => callback());
    },
    flush(callback) {
      if (!inner) {
        callback();
        return;
      }
      inner.once('end', () => callback());
      inner.end();
    },
  });
}

/** Streams one layer through a tar reader; `wanted` entries get their content collected. */
async function walkLayer(
  client: RegistryClient,
  image: RegistryImage,
  layer: number,
  onEntry: (entry: TarEntry) => boolean,
  onContent: (entry: TarEntry, bytes: Uint8Array) => void,
): Promise<void> {
  const descriptor = image.layers[layer] as Descriptor;
  const repo = { registry: image.reference.registry, repository: image.reference.repository };
  const blob = await client.getBlob(repo, descriptor.digest, descriptor.size);
  let current: TarEntry | undefined;
  let parts: Uint8Array[] = [];
  let collected = 0;
  const reader = new TarReader({
    entry(entry) {
      const wanted = onEntry(entry) && entry.type === 'file' && entry.size <= MAX_CONTENT_BYTES;
      current = wanted ? entry : undefined;
      parts = [];
      collected = 0;
      return wanted;
    },
    data(chunk) {
      parts.push(chunk.slice());
      collected += chunk.length;
    },
    entryEnd() {
      if (!current) return;
      const bytes = new Uint8Array(collected);
      let at = 0;
      for (const part of parts) {
        bytes.set(part, at);
        at += part.length;
      }
      onContent(current, bytes);
      current = undefined;
      parts = [];
    },
  });
  await pipeline(blob.stream, decompressor(), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      // After the end-of-archive marker only padding follows; it is still read, so that the
      // blob's digest is verified to the last byte.
      if (!reader.done) reader.write(chunk);
    }
    reader.finish();
  });
}

export interface ImageFiles {
  readonly fs: ImageFilesystem;
  /** Content of the paths asked for, by resolved path. */
  readonly contents: ReadonlyMap<string, Uint8Array>;
  readonly layersRead: number;
}

/**
 * Builds the image's file system from its layers; then reads the content of the paths
 * `contentFor` names once the file system is known (after symlinks are resolved).
 * `candidates` says which entries are worth capturing on the first pass.
 */
export async function readImageFiles(
  client: RegistryClient,
  image: RegistryImage,
  candidates: (path: string) => boolean,
  contentFor: (fs: ImageFilesystem) => readonly string[],
): Promise<ImageFiles> {
  const fs = new ImageFilesystem();
  // Captured bytes by "layer:entry path": a later layer's version of a path does not erase them.
  const captured = new Map<string, Uint8Array>();
  let layersRead = 0;
  for (let layer = 0; layer < image.layers.length; layer++) {
    await walkLayer(
      client,
      image,
      layer,
      (entry) => {
        fs.apply(entry, layer);
        return candidates(entry.path);
      },
      (entry, bytes) => captured.set(`${layer}:${entry.path}`, bytes),
    );
    layersRead++;
  }
  const contents = new Map<string, Uint8Array>();
  const missing = new Map<number, Map<string, string[]>>();
  for (const path of contentFor(fs)) {
    const found = fs.stat(path);
    if (found.kind !== 'found' || !found.node.content) continue;
    const { layer, entryPath } = found.node.content;
    const bytes = captured.get(`${layer}:${entryPath}`);
    if (bytes) {
      contents.set(found.path, bytes);
    } else {
      const wanted = missing.get(layer) ?? new Map<string, string[]>();
      wanted.set(entryPath, [...(wanted.get(entryPath) ?? []), found.path]);
      missing.set(layer, wanted);
    }
  }
  for (const [layer, wanted] of missing) {
    await walkLayer(
      client,
      image,
      layer,
      (entry) => wanted.has(entry.path),
      (entry, bytes) => {
        for (const path of wanted.get(entry.path) ?? []) contents.set(path, bytes);
      },
    );
    layersRead++;
  }
  return { fs, contents, layersRead };
}

/** Normalised form of a path a test names ("/etc/x" → "etc/x"), as tar entries are keyed. */
export function entryKey(path: string): string {
  return normalizeTarPath(path.replace(/\/{2,}/g, '/'));
}
