/**
 * A loopback proxy in front of a registry that can stop the world at an exact point: once a
 * chosen number of requests of one kind (`PUT manifest`, `GET manifest`…) have been answered,
 * every later request is held, unanswered, until `release()`. A test then knows precisely what
 * the registry has seen, and can kill the promoting process there, or change the registry
 * behind the promoter's back, before letting it go on.
 *
 * Held requests whose client has gone (a killed process) are dropped on release: they never
 * reach the registry, so a killed run leaves exactly what was answered before the hold.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { requestKind } from '../../harness/fault-proxy.js';

export interface GateProxy {
  readonly host: string;
  /** Requests answered, by `METHOD kind`. */
  answered(key: string): number;
  /**
   * Holds every request that arrives after `count` requests of `key` have been answered
   * (counting from now). Resolves when the hold begins.
   */
  holdAfter(key: string, count: number): Promise<void>;
  /** Lets held requests through (those whose client is gone are dropped) and stops holding. */
  release(): void;
  stop(): Promise<void>;
}

export async function startGateProxy(target: string): Promise<GateProxy> {
  const [targetHost, targetPort] = target.split(':');
  const answered = new Map<string, number>();
  const sockets = new Set<Socket>();
  let gate: { key: string; remaining: number; begin: () => void } | undefined;
  let holding = false;
  let held: { req: IncomingMessage; res: ServerResponse; key: string }[] = [];

  const forward = (req: IncomingMessage, res: ServerResponse, key: string): void => {
    const upstream = httpRequest({ host: targetHost, port: Number(targetPort), method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    res.on('finish', () => {
      answered.set(key, (answered.get(key) ?? 0) + 1);
      if (gate && gate.key === key && --gate.remaining === 0) {
        holding = true;
        const begin = gate.begin;
        gate = undefined;
        begin();
      }
    });
    req.pipe(upstream);
  };

  const server: Server = createServer((req, res) => {
    const key = `${req.method ?? 'GET'} ${requestKind(req.url ?? '/')}`;
    if (holding) {
      // Nothing is read from the request until it is let through.
      req.pause();
      held.push({ req, res, key });
      return;
    }
    forward(req, res, key);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    host: `127.0.0.1:${port}`,
    answered: (key) => answered.get(key) ?? 0,
    holdAfter: (key, count) =>
      new Promise<void>((resolve) => {
        if (count <= 0) {
          holding = true;
          resolve();
          return;
        }
        gate = { key, remaining: count, begin: resolve };
      }),
    release: () => {
      holding = false;
      const waiting = held;
      held = [];
      for (const { req, res, key } of waiting) {
        if (req.socket.destroyed) continue;
        req.resume();
        forward(req, res, key);
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
