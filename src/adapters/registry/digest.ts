/**
 * Content digests (`sha256:<hex>`): computing them, checking their syntax, and verifying a byte
 * stream against one as it flows, so that nothing unverified is ever handed on as good.
 */
import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

export type DigestAlgorithm = 'sha256' | 'sha512';

const HEX_LENGTH: Record<DigestAlgorithm, number> = { sha256: 64, sha512: 128 };

export interface ParsedDigest {
  readonly algorithm: DigestAlgorithm;
  readonly hex: string;
}

/** Parses `algorithm:hex`; returns undefined for anything malformed or of an unknown algorithm. */
export function parseDigest(digest: string): ParsedDigest | undefined {
  const colon = digest.indexOf(':');
  if (colon < 0) return undefined;
  const algorithm = digest.slice(0, colon);
  const hex = digest.slice(colon + 1);
  if (algorithm !== 'sha256' && algorithm !== 'sha512') return undefined;
  if (hex.length !== HEX_LENGTH[algorithm] || !/^[a-f0-9]+$/.test(hex)) return undefined;
  return { algorithm, hex };
}

export function isDigest(digest: string): boolean {
  return parseDigest(digest) !== undefined;
}

export function computeDigest(bytes: Uint8Array, algorithm: DigestAlgorithm = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

/** The digest of `bytes` in the algorithm `expected` uses, for comparing with it. */
export function digestLike(expected: string, bytes: Uint8Array): string {
  return computeDigest(bytes, parseDigest(expected)?.algorithm ?? 'sha256');
}

export interface StreamVerification {
  readonly digest: string;
  /** When known, a stream of another length fails even before the digest is compared. */
  readonly size?: number;
}

/** What a verifying stream found when the content did not match. */
export interface StreamMismatch {
  readonly expected: StreamVerification;
  readonly actualDigest: string;
  readonly actualSize: number;
}

/**
 * A pass-through stream that hashes what flows and fails at the end (or as soon as too many
 * bytes arrive) when the content is not the expected one. A consumer that reads it to the end
 * without an error has exactly the expected bytes.
 */
export function verifyingStream(expected: StreamVerification, onMismatch: (mismatch: StreamMismatch) => Error): Transform {
  const parsed = parseDigest(expected.digest);
  if (parsed === undefined) throw new TypeError(`cannot verify against "${expected.digest}": not a sha256/sha512 digest`);
  const hash: Hash = createHash(parsed.algorithm);
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      size += chunk.length;
      if (expected.size !== undefined && size > expected.size) {
        callback(onMismatch({ expected, actualDigest: 'unknown (too long)', actualSize: size }));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      const actualDigest = `${parsed.algorithm}:${hash.digest('hex')}`;
      if (actualDigest !== expected.digest || (expected.size !== undefined && size !== expected.size)) {
        callback(onMismatch({ expected, actualDigest, actualSize: size }));
        return;
      }
      callback();
    },
  });
}
