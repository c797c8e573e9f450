/**
 * Pushing a blob: `POST …/blobs/uploads/` opens an upload session, then either one `PUT` with
 * the whole body (monolithic) or a series of `PATCH` chunks and a closing `PUT ?digest=`
 * (chunked). Neither a chunk nor the closing PUT is idempotent, so a failed one is never
 * blindly resent: the client asks the registry how far the upload got (`GET` on the session
 * gives its `Range`) and resumes from there, or — when the session is gone — checks whether
 * the blob landed after all and otherwise starts over, within the retry policy's bounds.
 */
import { computeDigest } from './digest.js';
import { planRetry } from './retry.js';
import { isRetryableRegistryError, type Call, type RegistrySession, type RepositoryRef } from './session.js';
import { repositoryScope } from './auth.js';
import type { TransportResponse } from './transport.js';

/** Blob content that can be read again from any offset (each retry reopens it). */
export interface BlobSource {
  readonly digest: string;
  readonly size: number;
  open(offset: number): AsyncIterable<Uint8Array>;
}

/** A blob held in memory. */
export function bytesSource(bytes: Uint8Array, digest: string = computeDigest(bytes)): BlobSource {
  return {
    digest,
    size: bytes.byteLength,
    open: async function* (offset: number) {
      if (offset < bytes.byteLength) yield bytes.subarray(offset);
    },
  };
}

/** Skips the first `offset` bytes of a stream that can only be read from its start. */
export async function* skipBytes(stream: AsyncIterable<Uint8Array>, offset: number): AsyncIterable<Uint8Array> {
  let toSkip = offset;
  for await (const chunk of stream) {
    if (toSkip >= chunk.byteLength) {
      toSkip -= chunk.byteLength;
      continue;
    }
    yield toSkip > 0 ? chunk.subarray(toSkip) : chunk;
    toSkip = 0;
  }
}

export interface UploadOptions {
  /** Blobs up to this size go in one PUT; larger ones in chunks. Default 32 MiB. */
  readonly monolithicLimit?: number;
  /** The size of a PATCH chunk. Default 8 MiB (raised to the registry's minimum if it has one). */
  readonly chunkSize?: number;
}

export const DEFAULT_MONOLITHIC_LIMIT = 32 * 1024 * 1024;
export const DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;

interface UploadSession {
  readonly location: URL;
  readonly minChunkSize: number;
}

type UploadCall = Pick<Call, 'operation' | 'reference' | 'repo' | 'scopes'>;

/**
 * Uploads a blob. `session` may be an upload session already opened (by a mount that the
 * registry answered with 202). Returns when the registry has the blob under its digest.
 */
export async function uploadBlob(
  registry: RegistrySession,
  repo: RepositoryRef,
  source: BlobSource,
  options: UploadOptions = {},
  opened?: URL,
): Promise<void> {
  const ctx: UploadCall = {
    operation: 'upload blob',
    reference: `${repo.registry}/${repo.repository}@${source.digest}`,
    repo,
    scopes: [repositoryScope(repo.repository, ['pull', 'push'])],
  };
  const { clock, random, retryPolicy } = registry.transport;
  const startedAt = clock.now();
  let session: UploadSession | undefined = opened === undefined ? undefined : { location: opened, minChunkSize: 0 };
  for (let attempt = 1; ; attempt++) {
    try {
      if (attempt > 1 && (await blobExists(registry, ctx, source.digest))) return; // An earlier closing PUT landed.
      session ??= await startUpload(registry, ctx);
      const monolithicLimit = options.monolithicLimit ?? DEFAULT_MONOLITHIC_LIMIT;
      if (source.size <= monolithicLimit) {
        await putMonolithic(registry, ctx, session.location, source);
      } else {
        const chunkSize = Math.max(options.chunkSize ?? DEFAULT_CHUNK_SIZE, session.minChunkSize);
        await putChunked(registry, ctx, session.location, source, chunkSize);
      }
      return;
    } catch (error) {
      session = undefined;
      if (!isRetryableRegistryError(error)) throw error;
      const decision = planRetry({ attempts: attempt, startedAt, now: clock.now() }, retryPolicy, random);
      if (!decision.retry) throw error;
      registry.logger.debug(`${ctx.operation} ${ctx.reference}: ${(error as Error).message}; starting over in ${decision.delayMs} ms`);
      await clock.sleep(decision.delayMs);
    }
  }
}

async function blobExists(registry: RegistrySession, ctx: UploadCall, digest: string): Promise<boolean> {
  const call = { ...ctx, operation: 'head blob', method: 'HEAD' as const, url: registry.url(ctx.repo, `blobs/${digest}`) };
  const res = await registry.call(call);
  await res.dump();
  if (res.status === 200) return true;
  if (res.status === 404) return false;
  return registry.fail(call, res);
}

/** Opens an upload session; the transport may retry it (an abandoned session costs nothing). */
export async function startUpload(registry: RegistrySession, ctx: UploadCall, query?: Readonly<Record<string, string>>): Promise<UploadSession & { readonly status: number }> {
  const url = registry.url(ctx.repo, 'blobs/uploads/');
  for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
  const call = { ...ctx, method: 'POST' as const, url, headers: { 'content-length': '0' } };
  const res = await registry.call(call);
  if (res.status !== 202 && res.status !== 201) return registry.fail(call, res);
  await res.dump();
  const location = res.header('location');
  if (res.status === 202 && location === undefined) {
    throw registry.error(ctx, 'UNEXPECTED_STATUS', 'the registry opened an upload without a Location header', 202);
  }
  const minChunk = Number(res.header('oci-chunk-min-length') ?? '0');
  return { status: res.status, location: new URL(location ?? url.href, res.url), minChunkSize: Number.isFinite(minChunk) ? minChunk : 0 };
}

function withDigest(location: URL, digest: string): URL {
  const url = new URL(location.href);
  url.searchParams.set('digest', digest);
  return url;
}

async function putMonolithic(registry: RegistrySession, ctx: UploadCall, location: URL, source: BlobSource): Promise<void> {
  const call = {
    ...ctx,
    method: 'PUT' as const,
    url: withDigest(location, source.digest),
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(source.size) },
    body: () => source.open(0),
    retry: false,
  };
  const res = await registry.call(call);
  await expectCreated(registry, call, res, source.digest);
}

async function expectCreated(registry: RegistrySession, call: Pick<Call, 'operation' | 'reference' | 'repo' | 'method'>, res: TransportResponse, digest: string): Promise<void> {
  if (res.status !== 201) return registry.fail(call, res);
  await res.dump();
  const stored = res.header('docker-content-digest');
  if (stored !== undefined && stored !== digest) {
    throw registry.error(call, 'DIGEST_MISMATCH', `the registry stored the blob as ${stored}, not ${digest}`, 201);
  }
}

/** Splits a stream into chunks of exactly `size` bytes (the last one shorter). */
export async function* rechunk(stream: AsyncIterable<Uint8Array>, size: number): AsyncIterable<Uint8Array> {
  let parts: Uint8Array[] = [];
  let held = 0;
  for await (const piece of stream) {
    let chunk = piece;
    while (chunk.byteLength > 0) {
      const take = Math.min(size - held, chunk.byteLength);
      parts.push(chunk.subarray(0, take));
      held += take;
      chunk = chunk.subarray(take);
      if (held === size) {
        yield new Uint8Array(Buffer.concat(parts));
        parts = [];
        held = 0;
      }
    }
  }
  if (held > 0) yield new Uint8Array(Buffer.concat(parts));
}

async function putChunked(registry: RegistrySession, ctx: UploadCall, start: URL, source: BlobSource, chunkSize: number): Promise<void> {
  let location = start;
  let offset = 0;
  for await (const chunk of rechunk(source.open(0), chunkSize)) {
    location = await patchChunk(registry, ctx, location, chunk, offset);
    offset += chunk.byteLength;
  }
  if (offset !== source.size) {
    throw registry.error(ctx, 'SIZE_MISMATCH', `the blob's content is ${offset} bytes, not the ${source.size} its descriptor says`);
  }
  const call = { ...ctx, method: 'PUT' as const, url: withDigest(location, source.digest), headers: { 'content-length': '0' }, retry: false };
  const res = await registry.call(call);
  await expectCreated(registry, call, res, source.digest);
}

/** `Range: 0-N` → the number of bytes the registry holds (distribution writes `0-0` for none). */
export function uploadedBytes(range: string | undefined): number | undefined {
  const match = /^(?:bytes=)?0-(\d+)$/.exec((range ?? '').trim());
  if (!match) return undefined;
  const end = Number(match[1]);
  return end === 0 ? 0 : end + 1;
}

/** Sends one chunk, resuming after a failure from what the registry says it holds. */
async function patchChunk(registry: RegistrySession, ctx: UploadCall, start: URL, chunk: Uint8Array, offset: number): Promise<URL> {
  const { clock, random, retryPolicy } = registry.transport;
  const startedAt = clock.now();
  const end = offset + chunk.byteLength;
  let location = start;
  for (let attempt = 1; ; attempt++) {
    const call = {
      ...ctx,
      method: 'PATCH' as const,
      url: location,
      headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${end - 1}`, 'content-length': String(chunk.byteLength) },
      body: chunk,
      retry: false,
    };
    let failure: unknown;
    try {
      const res = await registry.call(call);
      if (res.status === 202) {
        await res.dump();
        return new URL(res.header('location') ?? location.href, res.url);
      }
      await registry.fail(call, res);
    } catch (error) {
      failure = error;
    }
    if (!isRetryableRegistryError(failure)) throw failure;

    // Where does the upload stand? The chunk may have been written before the answer was lost.
    const status = await uploadStatus(registry, ctx, location);
    if (status === undefined) throw failure; // Session gone: the caller starts over.
    if (status.bytes === end && end > 0) return status.location;
    if (status.bytes !== offset) throw failure;
    const decision = planRetry({ attempts: attempt, startedAt, now: clock.now() }, retryPolicy, random);
    if (!decision.retry) throw failure;
    registry.logger.debug(`${ctx.operation} ${ctx.reference}: resending bytes ${offset}-${end - 1} in ${decision.delayMs} ms`);
    await clock.sleep(decision.delayMs);
    location = status.location;
  }
}

async function uploadStatus(registry: RegistrySession, ctx: UploadCall, location: URL): Promise<{ bytes: number; location: URL } | undefined> {
  const call = { ...ctx, operation: 'get upload status', method: 'GET' as const, url: location };
  const res = await registry.call(call);
  await res.dump();
  if (res.status !== 204 && res.status !== 200) return undefined;
  const bytes = uploadedBytes(res.header('range'));
  if (bytes === undefined) return undefined;
  return { bytes, location: new URL(res.header('location') ?? location.href, res.url) };
}

/** Cancels an upload session we will not use (e.g. after a mount answered 202). */
export async function cancelUpload(registry: RegistrySession, ctx: UploadCall, location: URL): Promise<void> {
  const res = await registry.call({ ...ctx, operation: 'cancel upload', method: 'DELETE', url: location });
  await res.dump();
}
