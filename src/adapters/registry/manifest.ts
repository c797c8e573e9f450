/**
 * Manifests as a discriminated union: an image (`kind: 'image'`: config + layers) or an index
 * (`kind: 'index'`: a list of manifests, e.g. one per platform). Each keeps the exact bytes it
 * was read from, its media type and digest, so that promoting a manifest PUTs the same bytes
 * and the digest never changes.
 */
import { computeDigest, isDigest } from './digest.js';
import {
  DOCKER_MANIFEST_V1,
  DOCKER_MANIFEST_V1_SIGNED,
  OCI_INDEX,
  OCI_MANIFEST,
  baseMediaType,
  isImageManifestMediaType,
  isIndexMediaType,
  type ImageManifestMediaType,
  type IndexMediaType,
  type ManifestMediaType,
} from './media-types.js';

export interface Platform {
  readonly architecture: string;
  readonly os: string;
  readonly variant?: string;
  readonly 'os.version'?: string;
  readonly 'os.features'?: readonly string[];
}

export interface Descriptor {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly annotations?: Readonly<Record<string, string>>;
  readonly platform?: Platform;
  readonly artifactType?: string;
  readonly urls?: readonly string[];
}

interface ManifestCommon {
  /** The bytes exactly as the registry served them (or as they are to be pushed). */
  readonly bytes: Uint8Array;
  readonly digest: string;
  readonly size: number;
  readonly subject?: Descriptor;
  readonly artifactType?: string;
  readonly annotations?: Readonly<Record<string, string>>;
}

export interface ImageManifest extends ManifestCommon {
  readonly kind: 'image';
  readonly mediaType: ImageManifestMediaType;
  readonly config: Descriptor;
  readonly layers: readonly Descriptor[];
}

export interface ImageIndex extends ManifestCommon {
  readonly kind: 'index';
  readonly mediaType: IndexMediaType;
  readonly manifests: readonly Descriptor[];
}

export type Manifest = ImageManifest | ImageIndex;

/** Bytes and media type: all a PUT needs. A parsed `Manifest` is one. */
export interface ManifestContent {
  readonly bytes: Uint8Array;
  readonly mediaType: ManifestMediaType;
}

export class ManifestParseError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ManifestParseError';
  }
}

/**
 * Parses manifest bytes. The media type comes from the body's `mediaType` field when present
 * (it is what the digest covers), else from the `Content-Type` the registry sent, else from the
 * shape (`manifests` → index, `config` + `layers` → image), as the OCI spec allows.
 */
export function parseManifest(bytes: Uint8Array, contentType?: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    throw new ManifestParseError(`the manifest is not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(json)) throw new ManifestParseError('the manifest is not a JSON object');

  const declared = typeof json['mediaType'] === 'string' ? json['mediaType'] : undefined;
  const header = contentType === undefined ? undefined : baseMediaType(contentType);
  if (json['schemaVersion'] === 1 || declared === DOCKER_MANIFEST_V1 || header === DOCKER_MANIFEST_V1 || header === DOCKER_MANIFEST_V1_SIGNED) {
    throw new ManifestParseError('Docker schema 1 manifests are not supported; push the image again with a current Docker or buildah');
  }
  if (json['schemaVersion'] !== 2) throw new ManifestParseError(`unsupported schemaVersion ${JSON.stringify(json['schemaVersion'])} (expected 2)`);

  let mediaType: string;
  if (declared !== undefined) mediaType = declared;
  else if (header !== undefined && (isImageManifestMediaType(header) || isIndexMediaType(header))) mediaType = header;
  else if (Array.isArray(json['manifests'])) mediaType = OCI_INDEX;
  else if (isRecord(json['config']) && Array.isArray(json['layers'])) mediaType = OCI_MANIFEST;
  else throw new ManifestParseError('cannot tell the manifest type: no mediaType, and neither "manifests" nor "config" and "layers"');

  const common = {
    bytes,
    digest: computeDigest(bytes),
    size: bytes.byteLength,
    ...optional('subject', json['subject'] === undefined ? undefined : parseDescriptor(json['subject'], 'subject')),
    ...optional('artifactType', typeof json['artifactType'] === 'string' ? json['artifactType'] : undefined),
    ...optional('annotations', parseAnnotations(json['annotations'], 'annotations')),
  };

  if (isIndexMediaType(mediaType)) {
    if (!Array.isArray(json['manifests'])) throw new ManifestParseError(`an index (${mediaType}) must have a "manifests" array`);
    const manifests = json['manifests'].map((d, i) => parseDescriptor(d, `manifests[${i}]`));
    return { kind: 'index', mediaType, manifests, ...common };
  }
  if (isImageManifestMediaType(mediaType)) {
    if (!isRecord(json['config'])) throw new ManifestParseError(`an image manifest (${mediaType}) must have a "config" descriptor`);
    if (!Array.isArray(json['layers'])) throw new ManifestParseError(`an image manifest (${mediaType}) must have a "layers" array`);
    const config = parseDescriptor(json['config'], 'config');
    const layers = json['layers'].map((d, i) => parseDescriptor(d, `layers[${i}]`));
    return { kind: 'image', mediaType, config, layers, ...common };
  }
  throw new ManifestParseError(`unsupported manifest media type "${mediaType}"`);
}

function parseDescriptor(value: unknown, where: string): Descriptor {
  if (!isRecord(value)) throw new ManifestParseError(`${where} is not a descriptor object`);
  const { mediaType, digest, size } = value;
  if (typeof mediaType !== 'string' || mediaType === '') throw new ManifestParseError(`${where}.mediaType is missing`);
  if (typeof digest !== 'string' || !isDigest(digest)) throw new ManifestParseError(`${where}.digest is not a sha256/sha512 digest`);
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) throw new ManifestParseError(`${where}.size is not a non-negative integer`);
  const platform = value['platform'];
  let parsedPlatform: Platform | undefined;
  if (platform !== undefined) {
    if (!isRecord(platform) || typeof platform['architecture'] !== 'string' || typeof platform['os'] !== 'string') {
      throw new ManifestParseError(`${where}.platform must have "architecture" and "os"`);
    }
    parsedPlatform = {
      architecture: platform['architecture'],
      os: platform['os'],
      ...optional('variant', typeof platform['variant'] === 'string' ? platform['variant'] : undefined),
      ...optional('os.version', typeof platform['os.version'] === 'string' ? platform['os.version'] : undefined),
      ...optional('os.features', Array.isArray(platform['os.features']) ? platform['os.features'].filter((f): f is string => typeof f === 'string') : undefined),
    };
  }
  const urls = value['urls'];
  return {
    mediaType,
    digest,
    size,
    ...optional('annotations', parseAnnotations(value['annotations'], `${where}.annotations`)),
    ...optional('platform', parsedPlatform),
    ...optional('artifactType', typeof value['artifactType'] === 'string' ? value['artifactType'] : undefined),
    ...optional('urls', Array.isArray(urls) ? urls.filter((u): u is string => typeof u === 'string') : undefined),
  };
}

function parseAnnotations(value: unknown, where: string): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) throw new ManifestParseError(`${where} must be an object of strings`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') throw new ManifestParseError(`${where}["${k}"] must be a string`);
    out[k] = v;
  }
  return out;
}

/** The descriptor that points at a manifest (for an index entry or a referrer list). */
export function manifestDescriptor(manifest: Manifest): Descriptor {
  const artifactType = manifest.artifactType ?? (manifest.kind === 'image' ? manifest.config.mediaType : undefined);
  return {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.size,
    ...optional('artifactType', artifactType),
    ...optional('annotations', manifest.annotations),
  };
}

/**
 * The blobs an image manifest needs in its repository: the config and every layer, except
 * non-distributable layers that name external `urls` (they are never pushed).
 */
export function blobsOf(manifest: ImageManifest): Descriptor[] {
  return [manifest.config, ...manifest.layers.filter((l) => l.urls === undefined || l.urls.length === 0)];
}

/** Canonical JSON bytes for a manifest or config object the client builds itself. */
export function encodeJson(value: unknown): Uint8Array {
  return new Uint8Array(Buffer.from(JSON.stringify(value)));
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
