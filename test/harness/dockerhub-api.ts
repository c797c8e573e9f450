/**
 * A loopback stand-in for the few hub.docker.com endpoints the Docker Hub deleter calls. Docker
 * Hub cannot be reached from the test machine. Its repositories are held in memory (tag →
 * digest); the answers keep Hub's shapes, from the responses kept in test/fixtures/dockerhub/:
 *
 * - `POST /v2/auth/token` `{identifier, secret}` → `{access_token}`, or 401;
 * - `GET /v2/namespaces/{ns}/repositories/{repo}/tags/{tag}` → the tag object, or 404;
 * - `DELETE /v2/repositories/{ns}/{repo}/tags/{tag}/` → 204, 404, or 403 for a read-only login;
 * - an expired or unknown bearer token → 401; rate limits (429 with `X-Retry-After`, a unix
 *   timestamp) on demand.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface RecordedAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

const fixtures = new URL('../fixtures/dockerhub/', import.meta.url);
const load = (name: string): unknown => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));
const TAG = load('tag.json') as RecordedAnswer & { body: Record<string, any> };
const ERRORS = load('errors.json') as Record<string, RecordedAnswer>;

export interface DockerHubApiFixtureOptions {
  readonly username: string;
  /** The password or personal access token that logs in. */
  readonly secret: string;
  /** A second secret that logs in but may not delete (a read-only personal access token). */
  readonly readOnlySecret?: string;
}

export interface RecordedHubRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly authorization: string | undefined;
  /** The request body as sent (login only). */
  readonly body: string;
}

export interface DockerHubApiFixture {
  readonly url: string;
  readonly requests: readonly RecordedHubRequest[];
  /** Points `tag` of `ns/repo` at `digest`. */
  setTag(repository: string, tag: string, digest: string): void;
  /** The repository's tags now, tag → digest. */
  tags(repository: string): ReadonlyMap<string, string>;
  /** Every token handed out so far stops working (as they do after ten minutes). */
  expireTokens(): void;
  /** The next `count` requests answer 429, asking to come back in `seconds`. */
  rateLimitNext(count: number, seconds: number): void;
  stop(): Promise<void>;
}

export async function startDockerHubApiFixture(options: DockerHubApiFixtureOptions): Promise<DockerHubApiFixture> {
  const requests: RecordedHubRequest[] = [];
  const repos = new Map<string, Map<string, string>>();
  const tokens = new Map<string, 'write' | 'read'>();
  const pendingLimits: number[] = [];

  const send = (req: IncomingMessage, res: ServerResponse, body: string, status: number, json: unknown, headers: Readonly<Record<string, string>> = {}): void => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', status, authorization: req.headers.authorization, body });
    res.writeHead(status, { 'x-ratelimit-limit': '180', 'x-ratelimit-remaining': '179', ...headers, ...(json === undefined ? {} : { 'content-type': 'application/json' }) });
    res.end(json === undefined ? undefined : JSON.stringify(json));
  };
  const sendError = (req: IncomingMessage, res: ServerResponse, body: string, name: string, replace: Readonly<Record<string, string>> = {}, headers: Readonly<Record<string, string>> = {}): void => {
    const recorded = ERRORS[name];
    if (recorded === undefined) throw new Error(`no recorded Docker Hub error "${name}"`);
    let text = JSON.stringify(recorded.body);
    for (const [from, to] of Object.entries(replace)) text = text.split(from).join(to);
    send(req, res, body, recorded.status, JSON.parse(text), { ...recorded.headers, ...headers });
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: string): void => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    const seconds = pendingLimits.shift();
    if (seconds !== undefined) {
      return sendError(req, res, body, 'rate-limited', {}, { 'x-retry-after': String(Math.ceil(Date.now() / 1000) + seconds), 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + seconds) });
    }
    if (req.method === 'POST' && url.pathname === '/v2/auth/token') {
      let login: { identifier?: unknown; secret?: unknown } = {};
      try {
        login = JSON.parse(body) as typeof login;
      } catch {
        // An unreadable body is a failed login.
      }
      const access = login.identifier !== options.username ? undefined : login.secret === options.secret ? 'write' : login.secret === options.readOnlySecret && options.readOnlySecret !== undefined ? 'read' : undefined;
      if (access === undefined) return sendError(req, res, body, 'login-failed');
      const token = `hub-${randomBytes(12).toString('hex')}`;
      tokens.set(token, access);
      return send(req, res, body, 200, { access_token: token });
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const access = token === undefined ? undefined : tokens.get(token);
    if (access === undefined) return sendError(req, res, body, 'token-expired');

    const read = /^\/v2\/namespaces\/([^/]+)\/repositories\/([^/]+)\/tags\/([^/]+)$/.exec(url.pathname);
    const remove = /^\/v2\/repositories\/([^/]+)\/([^/]+)\/tags\/([^/]+)\/$/.exec(url.pathname);
    const match = req.method === 'GET' ? read : req.method === 'DELETE' ? remove : null;
    if (match === null) return sendError(req, res, body, 'tag-not-found', { NAMESPACE: '', REPOSITORY: '', TAG: '' });
    const [namespace, repository, tag] = match.slice(1).map((p) => decodeURIComponent(p)) as [string, string, string];
    const tags = repos.get(`${namespace}/${repository}`);
    const digest = tags?.get(tag);
    const names = { NAMESPACE: namespace, REPOSITORY: repository, TAG: tag };
    if (digest === undefined) return sendError(req, res, body, 'tag-not-found', names);
    if (req.method === 'GET') {
      const now = new Date().toISOString();
      const images = (TAG.body['images'] as Record<string, unknown>[]).map((image) => ({ ...image, digest }));
      return send(req, res, body, 200, { ...TAG.body, name: tag, digest, images, last_updated: now, tag_last_pushed: now }, TAG.headers);
    }
    if (access !== 'write') return sendError(req, res, body, 'forbidden');
    tags?.delete(tag);
    return send(req, res, body, 204, undefined);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    setTag: (repository, tag, digest) => {
      const tags = repos.get(repository) ?? new Map<string, string>();
      tags.set(tag, digest);
      repos.set(repository, tags);
    },
    tags: (repository) => new Map(repos.get(repository) ?? []),
    expireTokens: () => tokens.clear(),
    rateLimitNext: (count, seconds) => {
      for (let i = 0; i < count; i++) pendingLimits.push(seconds);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
