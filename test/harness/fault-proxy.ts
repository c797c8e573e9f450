/**
 * A loopback reverse proxy in front of a registry that injects faults at a chosen rate, with a
 * seeded (deterministic) PRNG: 429 with `Retry-After`, 500, 502, 503, connections dropped before
 * the request reaches the registry or after it was handled (the answer is lost), and slow
 * answers. It counts requests by method and kind of path (`GET manifest`, `PATCH upload`…), so
 * benchmarks can use it at rate 0 as a counting proxy.
 *
 * The `Host` header is passed through, so the registry builds its upload `Location`s with the
 * proxy's address and every later request of an upload also goes through the proxy.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FaultKind = '429' | '500' | '502' | '503' | 'drop' | 'drop-after' | 'slow';

export const ALL_FAULTS: readonly FaultKind[] = ['429', '500', '502', '503', 'drop', 'drop-after', 'slow'];

export type RequestKind = 'ping' | 'manifest' | 'blob' | 'upload' | 'tags' | 'referrers' | 'catalog' | 'other';

export interface FaultProxyOptions {
  /** The registry behind the proxy: `127.0.0.1:PORT`. */
  readonly target: string;
  /** Share of requests that get a fault, 0..1. Default 0 (a counting proxy). */
  readonly rate?: number;
  readonly seed?: number;
  readonly faults?: readonly FaultKind[];
  /** The `Retry-After` of a 429, in seconds. Default 1. */
  readonly retryAfterSeconds?: number;
  /** How long a slow answer is held back. Default 1500 ms. */
  readonly slowMs?: number;
}

export interface FaultProxy {
  readonly host: string;
  readonly url: string;
  /** Requests seen, by `METHOD kind`. */
  counts(): Record<string, number>;
  /** Requests seen in all, or of one `METHOD kind`. */
  requestCount(key?: string): number;
  /** Faults injected, by kind. */
  faults(): Record<FaultKind, number>;
  setRate(rate: number): void;
  /** Zeroes the counters (the PRNG goes on). */
  reset(): void;
  stop(): Promise<void>;
}

/** mulberry32: a tiny deterministic PRNG; the same seed gives the same fault sequence. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The kind of registry endpoint a path is. */
export function requestKind(path: string): RequestKind {
  const pathname = path.split('?')[0] ?? '';
  if (pathname === '/v2/' || pathname === '/v2') return 'ping';
  if (pathname === '/v2/_catalog') return 'catalog';
  if (/\/blobs\/uploads\//.test(pathname)) return 'upload';
  if (/\/manifests\/[^/]+$/.test(pathname)) return 'manifest';
  if (/\/blobs\/[^/]+$/.test(pathname)) return 'blob';
  if (/\/tags\/list$/.test(pathname)) return 'tags';
  if (/\/referrers\/[^/]+$/.test(pathname)) return 'referrers';
  return 'other';
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const [targetHost, targetPortText] = options.target.split(':');
  const targetPort = Number(targetPortText);
  const random = mulberry32(options.seed ?? 1);
  const faultKinds = options.faults ?? ALL_FAULTS;
  const retryAfter = options.retryAfterSeconds ?? 1;
  const slowMs = options.slowMs ?? 1500;
  let rate = options.rate ?? 0;
  let counts: Record<string, number> = {};
  const emptyFaults = (): Record<FaultKind, number> => ({ '429': 0, '500': 0, '502': 0, '503': 0, drop: 0, 'drop-after': 0, slow: 0 });
  let injected = emptyFaults();
  const sockets = new Set<Socket>();

  const errorBody = (code: string, message: string): string => JSON.stringify({ errors: [{ code, message }] });

  const forward = (req: IncomingMessage, res: ServerResponse, fault: 'drop-after' | 'slow' | undefined): void => {
    const upstream = httpRequest(
      { host: targetHost, port: targetPort, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        if (fault === 'drop-after') {
          // The registry has done the work; the client never hears of it.
          up.resume();
          up.on('end', () => req.socket.destroy());
          return;
        }
        const send = (): void => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        };
        if (fault === 'slow') setTimeout(send, slowMs);
        else send();
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(errorBody('UNAVAILABLE', 'fault proxy: upstream error'));
      } else {
        res.destroy();
      }
    });
    req.pipe(upstream);
  };

  const server: Server = createServer((req, res) => {
    const key = `${req.method ?? 'GET'} ${requestKind(req.url ?? '/')}`;
    counts[key] = (counts[key] ?? 0) + 1;
    const fault = rate > 0 && random() < rate ? faultKinds[Math.floor(random() * faultKinds.length)] : undefined;
    if (fault !== undefined) injected[fault]++;
    switch (fault) {
      case undefined:
        return forward(req, res, undefined);
      case 'drop':
        req.socket.destroy();
        return;
      case 'drop-after':
      case 'slow':
        return forward(req, res, fault);
      case '429':
        req.resume();
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfter) });
        res.end(errorBody('TOOMANYREQUESTS', 'fault proxy: too many requests'));
        return;
      default:
        req.resume();
        res.writeHead(Number(fault), { 'content-type': 'application/json' });
        res.end(errorBody('UNAVAILABLE', `fault proxy: injected ${fault}`));
        return;
    }
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;

  return {
    host,
    url: `http://${host}`,
    counts: () => ({ ...counts }),
    requestCount: (key) => (key === undefined ? Object.values(counts).reduce((a, b) => a + b, 0) : (counts[key] ?? 0)),
    faults: () => ({ ...injected }),
    setRate: (r) => {
      rate = r;
    },
    reset: () => {
      counts = {};
      injected = emptyFaults();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
