/**
 * `RegistryClient`: the OCI distribution API as typed operations. Manifests (GET/HEAD with all
 * four Accept types, digests verified; PUT of the original bytes), tags with pagination,
 * deletion by digest, blobs (HEAD, verified streaming GET, monolithic and chunked upload,
 * cross-repository mount), copying only the blobs a target lacks, referrers (the API, then the
 * `sha256-<hex>` fallback tag), and reading an image's config.
 *
 * Auth, retries, concurrency and secrets are handled below it (session, auth, transport).
 */
import { pipeline, type Readable } from 'node:stream';
import { formatReference, withDigest, type ImageReference } from '../../core/reference.js';
import { repositoryScope } from './auth.js';
import { bytesSource, cancelUpload, skipBytes, startUpload, uploadBlob, type BlobSource, type UploadOptions } from './blob-upload.js';
import { anonymousCredentials, type CredentialProvider } from './credentials.js';
import { digestLike, isDigest, parseDigest, verifyingStream } from './digest.js';
import { RegistryError } from './errors.js';
import { nextPageUrl } from './link-header.js';
import { ManifestParseError, encodeJson, manifestDescriptor, parseManifest, type Descriptor, type ImageManifest, type Manifest, type ManifestContent, type Platform } from './manifest.js';
import { MANIFEST_ACCEPT, OCI_INDEX, baseMediaType, isManifestMediaType, type ManifestMediaType } from './media-types.js';
import { Semaphore } from './semaphore.js';
import { RegistrySession, type RepositoryRef, type SessionOptions } from './session.js';
import { BodyTooLarge, DEFAULT_MAX_CONCURRENCY_PER_HOST, readBody, type TransportResponse } from './transport.js';

export type { RepositoryRef } from './session.js';

export interface RegistryClientOptions extends Omit<SessionOptions, 'credentials'> {
  /** Where credentials come from. Default: none (anonymous). See `defaultCredentialProvider`. */
  readonly credentials?: CredentialProvider;
  readonly upload?: UploadOptions;
  /** Blobs copied at once by `copyBlobsMissing`/`copyImage`. Default 4. */
  readonly copyConcurrency?: number;
}

export interface ManifestHead {
  readonly digest: string;
  readonly mediaType: string;
  readonly size: number;
}

export interface BlobHead {
  readonly digest: string;
  readonly size: number;
}

export interface BlobStream {
  readonly size: number;
  /** Fails (with a `RegistryError` DIGEST_MISMATCH) at the end if the content is not the digest's. */
  readonly stream: Readable;
}

export type MountResult = 'mounted' | 'uploaded' | 'not-mounted';

export interface CopyReport {
  /** Blobs streamed from the source and uploaded. */
  readonly copied: string[];
  /** Blobs the target gained by a cross-repository mount. */
  readonly mounted: string[];
  /** Blobs the target already had. */
  readonly skipped: string[];
}

export interface CopyImageResult {
  readonly digest: string;
  readonly mediaType: string;
  readonly blobs: CopyReport;
  /** Manifests PUT to the target (children of an index included); 0 when it had them all. */
  readonly manifestsPut: number;
}

export interface ImageConfigInfo {
  /** The image manifest the config belongs to (a platform's, for an index). */
  readonly manifestDigest: string;
  readonly configDigest: string;
  /** The config's `created`, when present and a valid date. */
  readonly created: Date | undefined;
  readonly labels: Readonly<Record<string, string>>;
  readonly os: string | undefined;
  readonly architecture: string | undefined;
  readonly variant: string | undefined;
}

export interface PlatformSelector {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
}

/** OCI recommends registries accept manifests up to 4 MiB; refuse anything larger when reading. */
const MANIFEST_LIMIT = 4 * 1024 * 1024;
const CONFIG_LIMIT = 16 * 1024 * 1024;
const MAX_TAG_PAGES = 10_000;

export class RegistryClient {
  readonly #session: RegistrySession;
  readonly #upload: UploadOptions;
  readonly #copyConcurrency: number;

  constructor(options: RegistryClientOptions = {}) {
    this.#session = new RegistrySession({ ...options, credentials: options.credentials ?? anonymousCredentials });
    this.#upload = options.upload ?? {};
    // A blob copied within one registry (mount refused) holds a slot for its upload while its
    // download takes another: at most half the slots may be copies, or they could wait on
    // each other forever.
    const perHost = options.maxConcurrencyPerHost ?? DEFAULT_MAX_CONCURRENCY_PER_HOST;
    this.#copyConcurrency = Math.max(1, Math.min(options.copyConcurrency ?? 4, Math.floor(perHost / 2)));
  }

  /** Closes idle connections. The client must not be used afterwards. */
  async close(): Promise<void> {
    await this.#session.transport.close();
  }

  // ---------------------------------------------------------------------------------------------
  // Manifests

  /** GETs a manifest, verifying its bytes against the requested digest and `Docker-Content-Digest`. */
  async getManifest(ref: ImageReference): Promise<Manifest> {
    const call = this.#manifestCall('get manifest', ref, 'GET');
    const res = await this.#session.call(call);
    if (res.status !== 200) return this.#session.fail(call, res, res.status === 404 ? `Check that ${formatReference(ref)} exists.` : undefined);
    let bytes: Uint8Array;
    try {
      bytes = await readBody(res.body, MANIFEST_LIMIT);
    } catch (error) {
      if (error instanceof BodyTooLarge) throw this.#session.error(call, 'TOO_LARGE', `the manifest is larger than ${MANIFEST_LIMIT} bytes`, 200);
      throw this.#session.error(call, 'NETWORK', `the manifest could not be read: ${(error as Error).message}`, 200);
    }
    this.#verifyManifestBytes(call, ref, bytes, res.header('docker-content-digest'));
    try {
      return parseManifest(bytes, res.header('content-type'));
    } catch (error) {
      if (error instanceof ManifestParseError) throw this.#session.error(call, 'INVALID_MANIFEST', error.message, 200);
      throw error;
    }
  }

  /** HEADs a manifest: its digest, media type and size, or undefined if there is none. */
  async headManifest(ref: ImageReference): Promise<ManifestHead | undefined> {
    const call = this.#manifestCall('head manifest', ref, 'HEAD');
    const res = await this.#session.call(call);
    await res.dump();
    if (res.status === 404) return undefined;
    if (res.status !== 200) return this.#session.fail(call, res);
    const digest = res.header('docker-content-digest');
    const mediaType = res.header('content-type');
    const size = Number(res.header('content-length'));
    if (digest === undefined || !isDigest(digest) || mediaType === undefined || !Number.isSafeInteger(size)) {
      // Some registries omit Docker-Content-Digest on HEAD: the body tells the truth.
      const manifest = await this.getManifest(ref);
      return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.size };
    }
    if (ref.target.kind === 'digest' && digest !== ref.target.digest) {
      throw this.#session.error(call, 'DIGEST_MISMATCH', `the registry answered for ${digest}`, 200);
    }
    return { digest, mediaType: baseMediaType(mediaType), size };
  }

  /**
   * PUTs manifest bytes as they are, under a tag or a digest, and returns the digest. A manifest
   * with a `subject` is also listed in its subject's referrers fallback tag when the registry
   * does not index referrers itself (no `OCI-Subject` header in its answer).
   */
  async putManifest(ref: ImageReference, content: ManifestContent): Promise<string> {
    const call = {
      ...this.#manifestCall('put manifest', ref, 'PUT'),
      scopes: [repositoryScope(ref.repository, ['pull', 'push'])],
      headers: { 'content-type': content.mediaType },
      body: content.bytes,
    };
    let manifest: Manifest;
    try {
      manifest = parseManifest(content.bytes, content.mediaType);
    } catch (error) {
      if (error instanceof ManifestParseError) throw this.#session.error(call, 'INVALID_MANIFEST', error.message);
      throw error;
    }
    if (manifest.mediaType !== content.mediaType) {
      throw this.#session.error(call, 'INVALID_MANIFEST', `the manifest says it is ${manifest.mediaType} but is pushed as ${content.mediaType}`);
    }
    if (ref.target.kind === 'digest' && digestLike(ref.target.digest, content.bytes) !== ref.target.digest) {
      throw this.#session.error(call, 'DIGEST_MISMATCH', `the manifest bytes have digest ${manifest.digest}, not ${ref.target.digest}`);
    }
    const res = await this.#session.call(call);
    if (res.status !== 201 && res.status !== 200) return this.#session.fail(call, res);
    await res.dump();
    const stored = res.header('docker-content-digest');
    if (stored !== undefined && isDigest(stored) && digestLike(stored, content.bytes) !== stored) {
      throw this.#session.error(call, 'DIGEST_MISMATCH', `the registry stored the manifest as ${stored}, but its bytes have digest ${manifest.digest}`, res.status);
    }
    if (manifest.subject !== undefined && res.header('oci-subject') === undefined) {
      await this.#addToReferrersFallback(ref, manifest.subject, manifest);
    }
    return manifest.digest;
  }

  /** Deletes a manifest by digest (every tag pointing at it goes with it). */
  async deleteManifest(ref: ImageReference): Promise<void> {
    if (ref.target.kind !== 'digest') {
      throw new TypeError(`deleteManifest needs a reference by digest, got ${formatReference(ref)}; resolve the tag with headManifest first`);
    }
    const call = { ...this.#manifestCall('delete manifest', ref, 'DELETE'), scopes: [repositoryScope(ref.repository, ['delete'])] };
    const res = await this.#session.call(call);
    if (res.status === 202 || res.status === 200 || res.status === 204) return void (await res.dump());
    // A retried DELETE whose first attempt landed finds nothing left to delete: that is success.
    if (res.status === 404 && res.attempts > 1) return void (await res.dump());
    return this.#session.fail(
      call,
      res,
      res.status === 405 ? `${ref.registry} does not allow deletion; enable it (distribution: storage.delete.enabled: true).` : undefined,
    );
  }

  /**
   * Deletes a tag alone, where the registry supports it (distribution 3, many hosted registries).
   * 'unsupported' when the registry only deletes by digest.
   */
  async deleteTag(ref: ImageReference): Promise<'deleted' | 'unsupported'> {
    if (ref.target.kind !== 'tag') throw new TypeError(`deleteTag needs a reference by tag, got ${formatReference(ref)}`);
    const call = { ...this.#manifestCall('delete tag', ref, 'DELETE'), scopes: [repositoryScope(ref.repository, ['delete'])] };
    const res = await this.#session.call(call);
    if (res.status === 202 || res.status === 200 || res.status === 204) return (await res.dump(), 'deleted');
    if (res.status === 400 || res.status === 405) return (await res.dump(), 'unsupported');
    return this.#session.fail(call, res);
  }

  // ---------------------------------------------------------------------------------------------
  // Tags

  /** All tags of a repository, following `Link` pagination. */
  async listTags(repo: RepositoryRef, options: { pageSize?: number } = {}): Promise<string[]> {
    const reference = `${repo.registry}/${repo.repository}`;
    let url: URL | undefined = this.#session.url(repo, 'tags/list');
    if (options.pageSize !== undefined) url.searchParams.set('n', String(options.pageSize));
    const tags: string[] = [];
    const seen = new Set<string>();
    for (let page = 0; url !== undefined; page++) {
      if (page >= MAX_TAG_PAGES || seen.has(url.href)) {
        throw this.#session.error({ operation: 'list tags', reference }, 'UNEXPECTED_STATUS', `the registry's tag pagination does not end (page ${page})`);
      }
      seen.add(url.href);
      const call = { operation: 'list tags', reference, repo, scopes: [repositoryScope(repo.repository, ['pull'])], method: 'GET' as const, url };
      const res = await this.#session.call(call);
      if (res.status !== 200) return this.#session.fail(call, res);
      const body = await this.#readJson(call, res, MANIFEST_LIMIT);
      const pageTags = (body as { tags?: unknown }).tags;
      if (pageTags !== null && pageTags !== undefined) {
        if (!Array.isArray(pageTags) || pageTags.some((t) => typeof t !== 'string')) {
          throw this.#session.error(call, 'UNEXPECTED_STATUS', 'the tag list is not an array of strings', 200);
        }
        tags.push(...(pageTags as string[]));
      }
      url = nextPageUrl(res.header('link'), res.url);
    }
    return tags;
  }

  // ---------------------------------------------------------------------------------------------
  // Blobs

  async headBlob(repo: RepositoryRef, digest: string): Promise<BlobHead | undefined> {
    const call = this.#blobCall('head blob', repo, digest, 'HEAD');
    const res = await this.#session.call(call);
    await res.dump();
    if (res.status === 404) return undefined;
    if (res.status !== 200) return this.#session.fail(call, res);
    const stored = res.header('docker-content-digest');
    if (stored !== undefined && stored !== digest) throw this.#session.error(call, 'DIGEST_MISMATCH', `the registry answered for ${stored}`, 200);
    const size = Number(res.header('content-length'));
    if (!Number.isSafeInteger(size) || size < 0) throw this.#session.error(call, 'UNEXPECTED_STATUS', 'the registry answered without a Content-Length', 200);
    return { digest, size };
  }

  /** Streams a blob; the stream fails at its end unless the content matches the digest (and size). */
  async getBlob(repo: RepositoryRef, digest: string, expectedSize?: number): Promise<BlobStream> {
    const call = this.#blobCall('get blob', repo, digest, 'GET');
    if (parseDigest(digest) === undefined) throw new TypeError(`"${digest}" is not a sha256/sha512 digest`);
    const res = await this.#session.call(call);
    if (res.status !== 200) return this.#session.fail(call, res);
    const length = Number(res.header('content-length'));
    const size = expectedSize ?? (Number.isSafeInteger(length) ? length : Number.NaN);
    const verifier = verifyingStream(Number.isSafeInteger(size) ? { digest, size } : { digest }, (mismatch) =>
      this.#session.error(call, 'DIGEST_MISMATCH', `the content has digest ${mismatch.actualDigest} and ${mismatch.actualSize} bytes, expected ${digest}${Number.isSafeInteger(size) ? ` and ${size} bytes` : ''}`, 200),
    );
    pipeline(res.body, verifier, () => undefined); // Errors surface on `verifier`, which pipeline destroys with them.
    return { size, stream: verifier };
  }

  /** A whole blob in memory, verified; refuses more than `limit` bytes. */
  async getBlobBytes(repo: RepositoryRef, digest: string, limit = CONFIG_LIMIT): Promise<Uint8Array> {
    const { stream } = await this.getBlob(repo, digest);
    try {
      return await readBody(stream, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) throw this.#session.error(this.#blobCall('get blob', repo, digest, 'GET'), 'TOO_LARGE', `the blob is larger than ${limit} bytes`);
      throw error;
    }
  }

  /** Uploads a blob (monolithic up to `upload.monolithicLimit`, chunked above). */
  async uploadBlob(repo: RepositoryRef, source: BlobSource | Uint8Array): Promise<BlobHead> {
    const blob = source instanceof Uint8Array ? bytesSource(source) : source;
    await uploadBlob(this.#session, repo, blob, this.#upload);
    return { digest: blob.digest, size: blob.size };
  }

  /**
   * Mounts a blob from another repository of the same registry (`POST ?mount=&from=`). When the
   * registry answers 202 instead (it cannot or will not mount), the blob is uploaded through
   * the session it opened if a `fallback` source is given, else the session is cancelled.
   */
  async mountBlob(target: RepositoryRef, from: RepositoryRef, digest: string, fallback?: BlobSource): Promise<MountResult> {
    if (target.registry !== from.registry) {
      throw new TypeError(`a blob can only be mounted within one registry (${from.registry} → ${target.registry}); copy it instead`);
    }
    const ctx = {
      operation: 'mount blob',
      reference: `${target.registry}/${target.repository}@${digest} from ${from.repository}`,
      repo: target,
      scopes: [repositoryScope(target.repository, ['pull', 'push']), repositoryScope(from.repository, ['pull'])],
    };
    const opened = await startUpload(this.#session, ctx, { mount: digest, from: from.repository });
    if (opened.status === 201) return 'mounted';
    if (fallback === undefined) {
      await cancelUpload(this.#session, ctx, opened.location);
      return 'not-mounted';
    }
    await uploadBlob(this.#session, target, fallback, this.#upload, opened.location);
    return 'uploaded';
  }

  /** A blob of a repository as a source for an upload elsewhere, re-read on each retry. */
  blobSource(repo: RepositoryRef, descriptor: Pick<Descriptor, 'digest' | 'size'>): BlobSource {
    return { digest: descriptor.digest, size: descriptor.size, open: (offset) => this.#readBlobFrom(repo, descriptor, offset) };
  }

  async *#readBlobFrom(repo: RepositoryRef, descriptor: Pick<Descriptor, 'digest' | 'size'>, offset: number): AsyncIterable<Uint8Array> {
    // Registries need not honour Range, so a resumed read starts over and skips what was sent.
    const { stream } = await this.getBlob(repo, descriptor.digest, descriptor.size);
    yield* skipBytes(stream as AsyncIterable<Uint8Array>, offset);
  }

  /**
   * Gives `target` every blob of `blobs` it lacks: a HEAD first, then a mount when both are on
   * one registry, else a streamed copy. Nothing is read from the source that the target has.
   */
  async copyBlobsMissing(source: RepositoryRef, target: RepositoryRef, blobs: readonly Pick<Descriptor, 'digest' | 'size'>[]): Promise<CopyReport> {
    const report: CopyReport = { copied: [], mounted: [], skipped: [] };
    const unique = [...new Map(blobs.map((b) => [b.digest, b])).values()];
    const sameRegistry = source.registry === target.registry;
    const sameRepo = sameRegistry && source.repository === target.repository;
    const limit = new Semaphore(this.#copyConcurrency);
    await Promise.all(
      unique.map((blob) =>
        limit.run(async () => {
          if (sameRepo || (await this.headBlob(target, blob.digest)) !== undefined) {
            report.skipped.push(blob.digest);
            return;
          }
          const from = this.blobSource(source, blob);
          if (sameRegistry) {
            const result = await this.mountBlob(target, source, blob.digest, from);
            (result === 'mounted' ? report.mounted : report.copied).push(blob.digest);
            return;
          }
          await uploadBlob(this.#session, target, from, this.#upload);
          report.copied.push(blob.digest);
        }),
      ),
    );
    return report;
  }

  /**
   * Copies an image or a whole index (every platform) from one reference to another, within a
   * repository, across repositories or across registries. Layers move only when the target
   * lacks them; manifests keep their bytes, so the digest is the same on both sides. A target
   * tag already at the digest is left alone.
   */
  async copyImage(source: ImageReference, target: ImageReference): Promise<CopyImageResult> {
    const manifest = await this.getManifest(source);
    const report: CopyReport = { copied: [], mounted: [], skipped: [] };
    let manifestsPut = 0;
    const current = await this.headManifest(target);
    if (current?.digest === manifest.digest) {
      return { digest: manifest.digest, mediaType: manifest.mediaType, blobs: report, manifestsPut };
    }
    const copyTree = async (m: Manifest): Promise<void> => {
      if (m.kind === 'image') {
        const r = await this.copyBlobsMissing(source, target, [m.config, ...m.layers.filter((l) => (l.urls ?? []).length === 0)]);
        report.copied.push(...r.copied);
        report.mounted.push(...r.mounted);
        report.skipped.push(...r.skipped);
        return;
      }
      for (const child of m.manifests) {
        if (!isManifestMediaType(child.mediaType)) continue; // Not a manifest we can copy (e.g. a foreign type).
        if ((await this.headManifest(withDigest(target, child.digest))) !== undefined) continue;
        const childManifest = await this.getManifest(withDigest(source, child.digest));
        await copyTree(childManifest);
        await this.putManifest(withDigest(target, child.digest), childManifest);
        manifestsPut++;
      }
    };
    await copyTree(manifest);
    await this.putManifest(target, manifest);
    manifestsPut++;
    return { digest: manifest.digest, mediaType: manifest.mediaType, blobs: report, manifestsPut };
  }

  // ---------------------------------------------------------------------------------------------
  // Referrers

  /**
   * The manifests that name `ref` as their subject: from the referrers API, or where the
   * registry has none (it answers 404) from the `sha256-<hex>` fallback tag.
   */
  async listReferrers(ref: ImageReference, options: { artifactType?: string } = {}): Promise<Descriptor[]> {
    const digest = await this.#resolveDigest(ref, 'list referrers');
    const fromApi = await this.listReferrersFromApi(withDigest(ref, digest), options);
    if (fromApi !== undefined) return fromApi;
    const descriptors = await this.#referrersFromFallbackTag(ref, digest);
    const wanted = options.artifactType;
    return wanted === undefined ? [...descriptors] : descriptors.filter((d) => d.artifactType === wanted);
  }

  /**
   * The referrers API alone: the manifests naming the digest `ref` as their subject, or
   * undefined when the registry has no referrers API (it answers 404, as distribution 2.x does).
   * For a caller that already knows the repository's tags, and so its fallback tags, and need
   * not look each one up.
   */
  async listReferrersFromApi(ref: ImageReference, options: { artifactType?: string } = {}): Promise<Descriptor[] | undefined> {
    if (ref.target.kind !== 'digest') throw new TypeError(`listReferrersFromApi needs a reference by digest, got ${formatReference(ref)}`);
    const digest = ref.target.digest;
    const repo = { registry: ref.registry, repository: ref.repository };
    const url = this.#session.url(repo, `referrers/${digest}`);
    if (options.artifactType !== undefined) url.searchParams.set('artifactType', options.artifactType);
    const call = { operation: 'list referrers', reference: formatReference(ref), repo, scopes: [repositoryScope(ref.repository, ['pull'])], method: 'GET' as const, url, headers: { accept: OCI_INDEX } };
    const res = await this.#session.call(call);
    if (res.status === 404) {
      await res.dump();
      return undefined;
    }
    if (res.status !== 200) return this.#session.fail(call, res);
    const bytes = await readBody(res.body, MANIFEST_LIMIT);
    const index = this.#parseOrFail(call, bytes, OCI_INDEX);
    if (index.kind !== 'index') throw this.#session.error(call, 'INVALID_MANIFEST', 'the referrers API answered with an image manifest, not an index', 200);
    const filtered = (res.header('oci-filters-applied') ?? '').split(',').map((s) => s.trim()).includes('artifactType');
    const wanted = options.artifactType;
    return wanted === undefined || filtered ? [...index.manifests] : index.manifests.filter((d) => d.artifactType === wanted);
  }

  async #referrersFromFallbackTag(ref: ImageReference, digest: string): Promise<readonly Descriptor[]> {
    const tagRef: ImageReference = { registry: ref.registry, repository: ref.repository, target: { kind: 'tag', tag: referrersTag(digest) } };
    if ((await this.headManifest(tagRef)) === undefined) return [];
    const index = await this.getManifest(tagRef);
    return index.kind === 'index' ? index.manifests : [];
  }

  async #addToReferrersFallback(ref: ImageReference, subject: Descriptor, referrer: Manifest): Promise<void> {
    const tagRef: ImageReference = { registry: ref.registry, repository: ref.repository, target: { kind: 'tag', tag: referrersTag(subject.digest) } };
    const existing = (await this.headManifest(tagRef)) === undefined ? undefined : await this.getManifest(tagRef);
    const current = existing?.kind === 'index' ? existing.manifests : [];
    if (current.some((d) => d.digest === referrer.digest)) return;
    const index = encodeJson({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...current, manifestDescriptor(referrer)] });
    await this.putManifest(tagRef, { bytes: index, mediaType: OCI_INDEX });
  }

  // ---------------------------------------------------------------------------------------------
  // Image config

  /**
   * An image's labels and creation time from its config blob. For an index, the platform's
   * image (default linux/amd64, else the first real platform: attestation entries are skipped).
   */
  async getImageConfig(ref: ImageReference, platform?: PlatformSelector): Promise<ImageConfigInfo> {
    let manifest = await this.getManifest(ref);
    if (manifest.kind === 'index') {
      const child = choosePlatform(manifest.manifests, platform);
      if (child === undefined) {
        const want = platform ? `${platform.os}/${platform.architecture}${platform.variant ? `/${platform.variant}` : ''}` : 'any platform';
        throw this.#session.error({ operation: 'get image config', reference: formatReference(ref) }, 'MANIFEST_UNKNOWN', `the index has no image for ${want}`);
      }
      manifest = await this.getManifest(withDigest(ref, child.digest));
      if (manifest.kind !== 'image') {
        throw this.#session.error({ operation: 'get image config', reference: formatReference(ref) }, 'INVALID_MANIFEST', 'a nested index was found where an image was expected');
      }
    }
    const image: ImageManifest = manifest;
    const bytes = await this.getBlobBytes({ registry: ref.registry, repository: ref.repository }, image.config.digest, CONFIG_LIMIT);
    return parseImageConfig(bytes, image.digest, image.config.digest);
  }

  // ---------------------------------------------------------------------------------------------
  // Internals

  #manifestCall(operation: string, ref: ImageReference, method: 'GET' | 'HEAD' | 'PUT' | 'DELETE') {
    const repo = { registry: ref.registry, repository: ref.repository };
    const target = ref.target.kind === 'digest' ? ref.target.digest : ref.target.tag;
    return {
      operation,
      reference: formatReference(ref),
      repo,
      scopes: [repositoryScope(ref.repository, ['pull'])],
      method,
      url: this.#session.url(repo, `manifests/${target}`),
      headers: method === 'GET' || method === 'HEAD' ? { accept: MANIFEST_ACCEPT.join(', ') } : {},
    };
  }

  #blobCall(operation: string, repo: RepositoryRef, digest: string, method: 'GET' | 'HEAD') {
    return {
      operation,
      reference: `${repo.registry}/${repo.repository}@${digest}`,
      repo,
      scopes: [repositoryScope(repo.repository, ['pull'])],
      method,
      url: this.#session.url(repo, `blobs/${digest}`),
    };
  }

  #verifyManifestBytes(call: { operation: string; reference: string }, ref: ImageReference, bytes: Uint8Array, header: string | undefined): void {
    if (ref.target.kind === 'digest') {
      const actual = digestLike(ref.target.digest, bytes);
      if (actual !== ref.target.digest) throw this.#session.error(call, 'DIGEST_MISMATCH', `the manifest served has digest ${actual}`, 200);
    }
    if (header !== undefined && isDigest(header)) {
      const actual = digestLike(header, bytes);
      if (actual !== header) throw this.#session.error(call, 'DIGEST_MISMATCH', `Docker-Content-Digest says ${header} but the bytes have ${actual}`, 200);
    }
  }

  #parseOrFail(call: { operation: string; reference: string }, bytes: Uint8Array, contentType: string | undefined): Manifest {
    try {
      return parseManifest(bytes, contentType);
    } catch (error) {
      if (error instanceof ManifestParseError) throw this.#session.error(call, 'INVALID_MANIFEST', error.message, 200);
      throw error;
    }
  }

  async #readJson(call: { operation: string; reference: string }, res: TransportResponse, limit: number): Promise<Record<string, unknown>> {
    const bytes = await readBody(res.body, limit);
    try {
      const parsed: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // Reported below.
    }
    throw this.#session.error(call, 'UNEXPECTED_STATUS', 'the registry answered with something that is not a JSON object', res.status);
  }

  async #resolveDigest(ref: ImageReference, operation: string): Promise<string> {
    if (ref.target.kind === 'digest') return ref.target.digest;
    const head = await this.headManifest(ref);
    if (head === undefined) {
      throw new RegistryError({ operation, reference: formatReference(ref), status: 404, code: 'MANIFEST_UNKNOWN', detail: 'no manifest has this tag', hint: `Check that ${formatReference(ref)} exists.` });
    }
    return head.digest;
  }
}

/** The fallback tag that lists a subject's referrers: `sha256-<hex>` (OCI distribution 1.1). */
export function referrersTag(digest: string): string {
  const parsed = parseDigest(digest);
  if (parsed === undefined) throw new TypeError(`"${digest}" is not a digest`);
  return `${parsed.algorithm.slice(0, 32)}-${parsed.hex.slice(0, 64)}`;
}

/** The index entry for a platform: the one asked for, else linux/amd64, else the first real one. */
export function choosePlatform(manifests: readonly Descriptor[], wanted?: PlatformSelector): Descriptor | undefined {
  const real = manifests.filter((d) => d.platform !== undefined && !(d.platform.os === 'unknown' && d.platform.architecture === 'unknown'));
  const matches = (p: Platform, w: PlatformSelector): boolean => p.os === w.os && p.architecture === w.architecture && (w.variant === undefined || p.variant === w.variant);
  if (wanted !== undefined) return real.find((d) => d.platform !== undefined && matches(d.platform, wanted));
  return real.find((d) => d.platform !== undefined && matches(d.platform, { os: 'linux', architecture: 'amd64' })) ?? real[0] ?? manifests.find((d) => d.platform === undefined);
}

/** The parts of an image config the pipeline reads: `created`, labels and platform. */
export function parseImageConfig(bytes: Uint8Array, manifestDigest: string, configDigest: string): ImageConfigInfo {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    json = {};
  }
  const root = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const config = typeof root['config'] === 'object' && root['config'] !== null ? (root['config'] as Record<string, unknown>) : {};
  const rawLabels = config['Labels'];
  const labels: Record<string, string> = {};
  if (typeof rawLabels === 'object' && rawLabels !== null) {
    for (const [k, v] of Object.entries(rawLabels)) if (typeof v === 'string') labels[k] = v;
  }
  const createdText = typeof root['created'] === 'string' ? root['created'] : undefined;
  const createdMs = createdText === undefined ? Number.NaN : Date.parse(createdText);
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  return {
    manifestDigest,
    configDigest,
    created: Number.isNaN(createdMs) ? undefined : new Date(createdMs),
    labels,
    os: str(root['os']),
    architecture: str(root['architecture']),
    variant: str(root['variant']),
  };
}

export type { ManifestMediaType };
