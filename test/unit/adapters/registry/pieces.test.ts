import { Readable } from 'node:stream';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bytesSource, rechunk, skipBytes, uploadedBytes } from '../../../../src/adapters/registry/blob-upload.js';
import { choosePlatform, parseImageConfig, referrersTag } from '../../../../src/adapters/registry/client.js';
import { computeDigest, parseDigest, verifyingStream } from '../../../../src/adapters/registry/digest.js';
import { parseRegistryErrorBody, RegistryError } from '../../../../src/adapters/registry/errors.js';
import { encodeJson } from '../../../../src/adapters/registry/manifest.js';
import { Redactor, Secret } from '../../../../src/adapters/registry/secret.js';

async function collect(stream: AsyncIterable<Uint8Array>): Promise<number[][]> {
  const out: number[][] = [];
  for await (const c of stream) out.push([...c]);
  return out;
}

async function* pieces(...chunks: number[][]): AsyncIterable<Uint8Array> {
  for (const c of chunks) yield new Uint8Array(c);
}

describe('digests', () => {
  it('computes and parses sha256 digests', () => {
    const digest = computeDigest(new Uint8Array(Buffer.from('hello')));
    expect(digest).toBe('sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
    expect(parseDigest(digest)?.algorithm).toBe('sha256');
    expect(parseDigest('sha256:ABC')).toBeUndefined();
    expect(parseDigest('md5:d41d8cd98f00b204e9800998ecf8427e')).toBeUndefined();
  });

  it('passes matching content through a verifying stream', async () => {
    const bytes = Buffer.from('layer content');
    const out = Readable.from([bytes]).pipe(verifyingStream({ digest: computeDigest(bytes), size: bytes.length }, () => new Error('mismatch')));
    expect(Buffer.concat(await out.toArray()).toString()).toBe('layer content');
  });

  it('fails a verifying stream whose content or size differs', async () => {
    const expected = { digest: computeDigest(new Uint8Array(Buffer.from('good'))), size: 4 };
    const wrong = Readable.from([Buffer.from('evil')]).pipe(verifyingStream(expected, (m) => new Error(`got ${m.actualDigest}`)));
    await expect(wrong.toArray()).rejects.toThrow(/got sha256:/);
    const tooLong = Readable.from([Buffer.from('good!')]).pipe(verifyingStream(expected, (m) => new Error(`size ${m.actualSize}`)));
    await expect(tooLong.toArray()).rejects.toThrow('size 5');
  });
});

describe('upload helpers', () => {
  it('re-chunks a stream into fixed sizes', async () => {
    expect(await collect(rechunk(pieces([1, 2, 3], [4], [5, 6, 7, 8, 9]), 4))).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9]]);
    expect(await collect(rechunk(pieces(), 4))).toEqual([]);
  });

  it('skips bytes across chunk boundaries, and reads byte sources from an offset', async () => {
    expect(await collect(skipBytes(pieces([1, 2], [3, 4, 5]), 3))).toEqual([[4, 5]]);
    expect(await collect(bytesSource(new Uint8Array([1, 2, 3])).open(1))).toEqual([[2, 3]]);
    expect(await collect(bytesSource(new Uint8Array([1, 2, 3])).open(3))).toEqual([]);
  });

  it("reads an upload's Range header as bytes held", () => {
    expect(uploadedBytes('0-0')).toBe(0);
    expect(uploadedBytes('0-1023')).toBe(1024);
    expect(uploadedBytes('bytes=0-9')).toBe(10);
    expect(uploadedBytes(undefined)).toBeUndefined();
    expect(uploadedBytes('5-9')).toBeUndefined();
  });
});

describe('registry errors', () => {
  it("reads the distribution error body, a token server's, and plain text", () => {
    expect(parseRegistryErrorBody('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{}}]}')).toEqual([
      { code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' },
    ]);
    expect(parseRegistryErrorBody('{"details":"incorrect username or password"}')).toEqual([{ code: 'UNKNOWN', message: 'incorrect username or password' }]);
    expect(parseRegistryErrorBody('{"error":"invalid_grant","error_description":"expired"}')).toEqual([{ code: 'invalid_grant', message: 'expired' }]);
    expect(parseRegistryErrorBody('<html><body>502 Bad Gateway</body></html>')).toEqual([{ code: 'UNKNOWN', message: '502 Bad Gateway' }]);
    expect(parseRegistryErrorBody('')).toEqual([]);
  });

  it('says the operation, reference, status, code, message and hint', () => {
    const error = new RegistryError({
      operation: 'get manifest',
      reference: '127.0.0.1:5000/app:1.0',
      status: 404,
      code: 'MANIFEST_UNKNOWN',
      detail: 'manifest unknown',
      hint: 'Check that 127.0.0.1:5000/app:1.0 exists.',
    });
    expect(error.message).toBe('get manifest 127.0.0.1:5000/app:1.0 failed: HTTP 404 MANIFEST_UNKNOWN: manifest unknown. Check that 127.0.0.1:5000/app:1.0 exists.');
    expect([error.operation, error.reference, error.status, error.code, error.detail]).toEqual(['get manifest', '127.0.0.1:5000/app:1.0', 404, 'MANIFEST_UNKNOWN', 'manifest unknown']);
  });
});

describe('secrets', () => {
  it('never show their value when printed, serialised or inspected', () => {
    const secret = new Secret('hunter2-password');
    expect(`${secret}`).toBe('***');
    expect(JSON.stringify({ secret })).toBe('{"secret":"***"}');
    expect(inspect({ secret })).not.toContain('hunter2');
    expect(secret.reveal()).toBe('hunter2-password');
  });

  it('are scrubbed from any text by the redactor', () => {
    const redactor = new Redactor();
    redactor.add('hunter2-password');
    redactor.add('ab'); // too short to scrub safely
    expect(redactor.redact('login with hunter2-password failed (hunter2-password)')).toBe('login with *** failed (***)');
    expect(redactor.redact('ab cd')).toBe('ab cd');
  });
});

describe('referrers and image configs', () => {
  it('names the referrers fallback tag after the digest', () => {
    expect(referrersTag(`sha256:${'a'.repeat(64)}`)).toBe(`sha256-${'a'.repeat(64)}`);
    expect(() => referrersTag('latest')).toThrow(/not a digest/);
  });

  it('chooses linux/amd64 by default, skipping attestation entries', () => {
    const d = (c: string, os: string, architecture: string, variant?: string) => ({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: `sha256:${c.repeat(64)}`,
      size: 1,
      platform: variant === undefined ? { os, architecture } : { os, architecture, variant },
    });
    const entries = [d('0', 'unknown', 'unknown'), d('1', 'linux', 'arm64', 'v8'), d('2', 'linux', 'amd64')];
    expect(choosePlatform(entries)?.digest).toBe(`sha256:${'2'.repeat(64)}`);
    expect(choosePlatform(entries, { os: 'linux', architecture: 'arm64' })?.digest).toBe(`sha256:${'1'.repeat(64)}`);
    expect(choosePlatform(entries, { os: 'linux', architecture: 'arm64', variant: 'v7' })).toBeUndefined();
    expect(choosePlatform([entries[0]!, entries[1]!])?.digest).toBe(`sha256:${'1'.repeat(64)}`);
  });

  it('reads created, labels and platform from a config', () => {
    const info = parseImageConfig(
      encodeJson({ created: '2026-03-01T12:00:00Z', os: 'linux', architecture: 'amd64', config: { Labels: { 'org.opencontainers.image.revision': 'abc', bad: 1 } } }),
      'sha256:m',
      'sha256:c',
    );
    expect(info).toEqual({
      manifestDigest: 'sha256:m',
      configDigest: 'sha256:c',
      created: new Date('2026-03-01T12:00:00Z'),
      labels: { 'org.opencontainers.image.revision': 'abc' },
      os: 'linux',
      architecture: 'amd64',
      variant: undefined,
    });
    expect(parseImageConfig(encodeJson({ created: 'not a date', config: { Labels: null } }), 'm', 'c')).toMatchObject({ created: undefined, labels: {} });
  });
});
