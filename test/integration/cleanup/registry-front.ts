/**
 * A loopback front for a distribution 2.8 registry that adds what 2.8 lacks, so that the code
 * paths for other registries run against real storage (distribution 3 cannot be installed here):
 *
 * - `referrersApi`: `GET /v2/<name>/referrers/<digest>` answered with the entries of the
 *   digest's `sha256-<hex>` fallback tag (an empty index when there is none, never 404, as the
 *   spec requires);
 * - `tagDelete: 'untag'`: the OCI 1.1 tag delete (`DELETE /v2/<name>/manifests/<tag>`), done
 *   behind the scenes by pointing the tag at a unique scratch manifest and deleting that;
 * - `tagDelete: 'deletes-manifest'`: a misbehaving tag delete that removes the tag's manifest
 *   with every other tag on it.
 *
 * Every other request is passed through unchanged.
 */
import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OCI_INDEX, OCI_MANIFEST } from '../../../src/adapters/registry/media-types.js';
import { EMPTY_DESCRIPTOR } from '../../../src/adapters/registry/throwaway.js';

export interface RegistryFrontOptions {
  readonly referrersApi?: boolean;
  readonly tagDelete?: 'untag' | 'deletes-manifest';
}

export interface RegistryFront {
  readonly host: string;
  stop(): Promise<void>;
}

const ACCEPT = [OCI_MANIFEST, OCI_INDEX, 'application/vnd.docker.distribution.manifest.v2+json', 'application/vnd.docker.distribution.manifest.list.v2+json'].join(', ');

export async function startRegistryFront(target: string, options: RegistryFrontOptions): Promise<RegistryFront> {
  const [targetHost, targetPort] = target.split(':');
  const base = `http://${target}/v2`;

  const answer = (res: ServerResponse, status: number, body?: unknown, contentType = 'application/json'): void => {
    const bytes = Buffer.from(body === undefined ? '' : JSON.stringify(body));
    res.writeHead(status, { 'content-type': contentType, 'content-length': String(bytes.byteLength) });
    res.end(bytes);
  };

  const referrers = async (res: ServerResponse, name: string, digest: string): Promise<void> => {
    const upstream = await fetch(`${base}/${name}/manifests/${digest.replace(':', '-')}`, { headers: { accept: OCI_INDEX } });
    const manifests = upstream.ok ? (((await upstream.json()) as { manifests?: unknown[] }).manifests ?? []) : (await upstream.arrayBuffer(), []);
    answer(res, 200, { schemaVersion: 2, mediaType: OCI_INDEX, manifests }, OCI_INDEX);
  };

  const deleteTag = async (res: ServerResponse, name: string, tag: string): Promise<void> => {
    const head = await fetch(`${base}/${name}/manifests/${tag}`, { method: 'HEAD', headers: { accept: ACCEPT } });
    const digest = head.headers.get('docker-content-digest');
    if (head.status === 404 || digest === null) return answer(res, 404, { errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] });
    let victim = digest;
    if (options.tagDelete === 'untag') {
      const scratch = JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: EMPTY_DESCRIPTOR, layers: [EMPTY_DESCRIPTOR], annotations: { nonce: randomBytes(8).toString('hex') } });
      const put = await fetch(`${base}/${name}/manifests/${tag}`, { method: 'PUT', headers: { 'content-type': OCI_MANIFEST }, body: scratch });
      await put.arrayBuffer();
      if (put.status !== 201) return answer(res, 500, { errors: [{ code: 'UNKNOWN', message: `scratch PUT: ${put.status}` }] });
      victim = put.headers.get('docker-content-digest') ?? '';
    }
    const removed = await fetch(`${base}/${name}/manifests/${victim}`, { method: 'DELETE' });
    await removed.arrayBuffer();
    answer(res, removed.status === 202 ? 202 : 500);
  };

  const forward = (req: IncomingMessage, res: ServerResponse, path: string): void => {
    const upstreamRequest = httpRequest({ host: targetHost, port: Number(targetPort), method: req.method, path, headers: req.headers }, (upstream) => {
      res.writeHead(upstream.statusCode ?? 502, upstream.headers);
      upstream.pipe(res);
    });
    upstreamRequest.on('error', () => res.destroy());
    req.pipe(upstreamRequest);
  };

  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const pathname = path.split('?')[0] ?? '';
    const fail = (error: unknown): void => answer(res, 500, { errors: [{ code: 'UNKNOWN', message: String(error) }] });
    const referrersMatch = /^\/v2\/(.+)\/referrers\/(sha256:[a-f0-9]{64})$/.exec(pathname);
    if (options.referrersApi && req.method === 'GET' && referrersMatch) {
      referrers(res, referrersMatch[1] ?? '', referrersMatch[2] ?? '').catch(fail);
      return;
    }
    const tagMatch = /^\/v2\/(.+)\/manifests\/([A-Za-z0-9_][A-Za-z0-9._-]{0,127})$/.exec(pathname);
    if (options.tagDelete !== undefined && req.method === 'DELETE' && tagMatch) {
      req.resume();
      deleteTag(res, tagMatch[1] ?? '', tagMatch[2] ?? '').catch(fail);
      return;
    }
    forward(req, res, path);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
