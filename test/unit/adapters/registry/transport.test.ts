import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { EnvHttpProxyAgent, MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock, RetryPolicy } from '../../../../src/adapters/registry/retry.js';
import { loggableUrl, NetworkFailure, Transport, type RequestEvent } from '../../../../src/adapters/registry/transport.js';

/** A clock that only moves when the code under test sleeps: exact, instant timing tests. */
class FakeClock implements Clock {
  time = 1_000_000;
  readonly sleeps: number[] = [];
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }
}

const ORIGIN = 'http://127.0.0.1:5000';
const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000, maxElapsedMs: 30_000 };

describe('Transport retries', () => {
  let agent: MockAgent;
  let clock: FakeClock;
  let events: RequestEvent[];
  let transport: Transport;

  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
    clock = new FakeClock();
    events = [];
    transport = new Transport({ dispatcher: agent, clock, random: () => 0.5, retry: policy, onRequest: (e) => events.push(e) });
  });

  afterEach(async () => {
    await agent.close();
  });

  it('honours Retry-After on 429, backs off exponentially on 5xx, then returns the answer', async () => {
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: '/v2/', method: 'GET' }).reply(429, 'slow down', { headers: { 'retry-after': '3' } });
    pool.intercept({ path: '/v2/', method: 'GET' }).reply(503, 'busy');
    pool.intercept({ path: '/v2/', method: 'GET' }).reply(502, 'gateway');
    pool.intercept({ path: '/v2/', method: 'GET' }).reply(200, '{}');
    const res = await transport.send({ method: 'GET', url: new URL(`${ORIGIN}/v2/`) });
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(4);
    // 3 s asked by the registry (longer than the 75 ms backoff), then 150 ms and 300 ms: steps of
    // 200 and 400 ms with the jitter source fixed at 0.5.
    expect(clock.sleeps).toEqual([3000, 150, 300]);
    expect(events.map((e) => [e.attempt, e.status])).toEqual([[1, 429], [2, 503], [3, 502], [4, 200]]);
    await res.dump();
  });

  it('retries dropped connections, and fails with NetworkFailure when they persist', async () => {
    const pool = agent.get(ORIGIN);
    for (let i = 0; i < 4; i++) {
      pool.intercept({ path: '/v2/x', method: 'GET' }).replyWithError(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }));
    }
    const failure = await transport.send({ method: 'GET', url: new URL(`${ORIGIN}/v2/x`) }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(NetworkFailure);
    expect((failure as NetworkFailure).attempts).toBe(4);
    expect((failure as Error).message).toMatch(/other side closed \(gave up after 4 attempts\)/);
    expect(clock.sleeps).toEqual([75, 150, 300]);
  });

  it('returns the last retryable answer once the attempts are used up', async () => {
    const pool = agent.get(ORIGIN);
    for (let i = 0; i < 4; i++) pool.intercept({ path: '/v2/', method: 'GET' }).reply(500, '{"errors":[]}');
    const res = await transport.send({ method: 'GET', url: new URL(`${ORIGIN}/v2/`) });
    expect(res.status).toBe(500);
    expect(res.attempts).toBe(4);
    await res.dump();
  });

  it('gives up at once when Retry-After passes the time budget', async () => {
    agent.get(ORIGIN).intercept({ path: '/v2/', method: 'GET' }).reply(429, '', { headers: { 'retry-after': '3600' } });
    const res = await transport.send({ method: 'GET', url: new URL(`${ORIGIN}/v2/`) });
    expect(res.status).toBe(429);
    expect(res.attempts).toBe(1);
    expect(clock.sleeps).toEqual([]);
    await res.dump();
  });

  it('does not retry a request marked not retryable, nor a final status', async () => {
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: '/v2/x/blobs/uploads/abc', method: 'PATCH' }).reply(503, '');
    const patched = await transport.send({ method: 'PATCH', url: new URL(`${ORIGIN}/v2/x/blobs/uploads/abc`), body: new Uint8Array([1]), retry: false });
    expect(patched.status).toBe(503);
    await patched.dump();
    pool.intercept({ path: '/v2/', method: 'GET' }).reply(501, '');
    const final = await transport.send({ method: 'GET', url: new URL(`${ORIGIN}/v2/`) });
    expect(final.status).toBe(501);
    expect(clock.sleeps).toEqual([]);
    await final.dump();
  });

  it('re-opens a streamed body on each attempt', async () => {
    // MockAgent does not read streamed bodies, so an in-process server receives them here.
    const bodies: string[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        bodies.push(Buffer.concat(chunks).toString());
        res.writeHead(bodies.length === 1 ? 503 : 201).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const real = new Transport({ clock, random: () => 0.5, retry: policy });
    let opened = 0;
    const res = await real.send({
      method: 'PUT',
      url: new URL(`http://127.0.0.1:${port}/v2/x/manifests/t`),
      headers: { 'content-length': '5' },
      body: async function* () {
        opened++;
        yield new Uint8Array(Buffer.from('hello'));
      },
    });
    expect(res.status).toBe(201);
    expect(opened).toBe(2);
    expect(bodies).toEqual(['hello', 'hello']);
    expect(clock.sleeps).toEqual([75]);
    await res.dump();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('Transport redirects and URLs', () => {
  it('follows a redirect to another origin without the Authorization header', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent.get(ORIGIN).intercept({ path: '/v2/x/blobs/sha256:1', method: 'GET' }).reply(307, '', { headers: { location: 'https://storage.example.com/blob?sig=SECRET' } });
    agent
      .get('https://storage.example.com')
      .intercept({ path: '/blob?sig=SECRET', method: 'GET', headers: (h) => !Object.keys(h).some((k) => k.toLowerCase() === 'authorization') })
      .reply(200, 'content');
    const logs: string[] = [];
    const transport = new Transport({ dispatcher: agent, logger: { debug: (m) => logs.push(m) } });
    const res = await transport.send({ method: 'GET', url: new URL(`${ORIGIN}/v2/x/blobs/sha256:1`), headers: { authorization: 'Bearer tkn' } });
    expect(res.status).toBe(200);
    expect(res.url.origin).toBe('https://storage.example.com');
    expect(Buffer.from(await res.body.toArray().then((c) => Buffer.concat(c as Buffer[]))).toString()).toBe('content');
    expect(logs.join('\n')).not.toContain('SECRET');
    await agent.close();
  });

  it('speaks plain HTTP only to loopback and listed insecure registries', () => {
    const transport = new Transport({ insecureRegistries: ['registry.lan:5000', 'build-cache'] });
    expect(transport.baseUrl('127.0.0.1:5000').protocol).toBe('http:');
    expect(transport.baseUrl('localhost:5000').protocol).toBe('http:');
    expect(transport.baseUrl('[::1]:5000').protocol).toBe('http:');
    expect(transport.baseUrl('registry.lan:5000').protocol).toBe('http:');
    expect(transport.baseUrl('registry.lan:6000').protocol).toBe('https:');
    expect(transport.baseUrl('build-cache:443').protocol).toBe('http:');
    expect(transport.baseUrl('ghcr.io').protocol).toBe('https:');
    expect(transport.baseUrl('127.0.0.1.nip.io').protocol).toBe('https:');
  });

  it('masks query values that may be credentials in logged URLs', () => {
    expect(loggableUrl(new URL('http://r/v2/x/blobs/uploads/u?_state=abc&digest=sha256:1'))).toBe('http://r/v2/x/blobs/uploads/u?_state=***&digest=sha256:1');
    expect(loggableUrl(new URL('https://auth/token?service=s&scope=repository:x:pull&account=me'))).toBe(
      'https://auth/token?service=s&scope=repository:x:pull&account=***',
    );
  });
});

describe('Transport against an in-process server', () => {
  async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ origin: string; close: () => Promise<void> }> {
    const server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      origin: `http://127.0.0.1:${port}`,
      close: async () => {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      },
    };
  }

  it('keeps at most maxConcurrencyPerHost requests in flight to one host', async () => {
    let inFlight = 0;
    let peak = 0;
    const server = await serve((_req, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight--;
        res.end('ok');
      }, 30);
    });
    const transport = new Transport({ maxConcurrencyPerHost: 2 });
    const answers = await Promise.all(
      Array.from({ length: 7 }, async (_, i) => {
        const res = await transport.send({ method: 'GET', url: new URL(`${server.origin}/v2/x/blobs/${i}`) });
        await res.dump();
        return res.status;
      }),
    );
    expect(answers).toEqual(Array(7).fill(200));
    expect(peak).toBe(2);
    await transport.close();
    await server.close();
  });

  it('times out behind a proxy that never answers CONNECT (undici alone would wait forever)', async () => {
    const proxy = createServer();
    const tunnels: Socket[] = [];
    proxy.on('connect', (_req, socket: Socket) => tunnels.push(socket)); // swallow the tunnel request
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const dispatcher = new EnvHttpProxyAgent({ httpProxy: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, noProxy: '' });
    const transport = new Transport({ dispatcher, timeoutMs: 200, clock: new FakeClock(), retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, maxElapsedMs: 1000 } });
    const failure = await transport.send({ method: 'GET', url: new URL('http://127.0.0.1:9/v2/') }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(NetworkFailure);
    expect((failure as NetworkFailure).timedOut).toBe(true);
    for (const socket of tunnels) socket.destroy();
    await new Promise((resolve) => proxy.close(resolve));
    await dispatcher.destroy();
  });

  it('times out a request that gets no answer, and reports it as a timeout', async () => {
    let seen = 0;
    const server = await serve(() => {
      seen++; // never answers
    });
    const clock = new FakeClock();
    const transport = new Transport({ timeoutMs: 150, clock, random: () => 0, retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 10, maxElapsedMs: 10_000 } });
    const started = Date.now();
    const failure = await transport.send({ method: 'GET', url: new URL(`${server.origin}/v2/`) }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(NetworkFailure);
    expect((failure as NetworkFailure).timedOut).toBe(true);
    expect((failure as NetworkFailure).attempts).toBe(2);
    expect(seen).toBe(2);
    expect(Date.now() - started).toBeLessThan(5_000);
    await transport.close();
    await server.close();
  });
});
