/**
 * HTTP_PROXY / NO_PROXY: the client's default dispatcher (undici's EnvHttpProxyAgent) sends
 * requests through a forward proxy named in the environment, except to hosts in NO_PROXY.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/reference.js';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { makeImage, pushImage } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';

let registry: RunningRegistry;
let proxy: Server;
let proxyUrl: string;
const proxied: string[] = [];
const saved = { HTTP_PROXY: process.env['HTTP_PROXY'], http_proxy: process.env['http_proxy'], NO_PROXY: process.env['NO_PROXY'], no_proxy: process.env['no_proxy'] };

beforeAll(async () => {
  registry = await startRegistry();
  await pushImage(new RegistryClient(), `${registry.host}/proxied/app:1`, makeImage({ layers: 1 }));
  // A forward proxy: plain-HTTP requests arrive with an absolute URL as their target.
  proxy = createServer((req, res) => {
    const target = new URL(req.url ?? '/');
    proxied.push(`${req.method} ${target.host}${target.pathname}`);
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: `${target.pathname}${target.search}`, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  // undici tunnels through the proxy with CONNECT, as it would to an HTTPS registry.
  proxy.on('connect', (req, client: Socket, head: Buffer) => {
    proxied.push(`CONNECT ${req.url ?? ''}`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  proxied.length = 0;
});

afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
  await registry?.stop();
});

describe('proxy from the environment', () => {
  it('goes through HTTP_PROXY', async () => {
    process.env['HTTP_PROXY'] = proxyUrl;
    delete process.env['http_proxy'];
    delete process.env['NO_PROXY'];
    delete process.env['no_proxy'];
    const client = new RegistryClient();
    expect(await client.headManifest(parseReference(`${registry.host}/proxied/app:1`))).toBeDefined();
    await client.close();
    // Tunnels to the registry (one per connection undici opens), and nothing else.
    expect(new Set(proxied)).toEqual(new Set([`CONNECT ${registry.host}`]));
  });

  it('goes direct to hosts listed in NO_PROXY', async () => {
    process.env['HTTP_PROXY'] = proxyUrl;
    process.env['NO_PROXY'] = '127.0.0.1';
    const client = new RegistryClient();
    expect(await client.headManifest(parseReference(`${registry.host}/proxied/app:1`))).toBeDefined();
    await client.close();
    expect(proxied).toEqual([]);
  });
});
