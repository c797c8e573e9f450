/**
 * A loopback stand-in for the GitHub Packages REST endpoints GHCR's deleter calls, paired with a
 * REAL registry (`startRegistry`) standing in for ghcr.io's registry API. api.github.com and
 * ghcr.io cannot be reached from the test machine.
 *
 * The version list is not canned: every listing reads the registry (its tags, each tag's
 * digest, the children of each index) and answers with one version per manifest digest, the
 * way GHCR does, tags and all. A listing's first page reads the registry afresh; the pages
 * after it (the `Link` targets) are cut from that same reading, so that a package of thousands
 * of tags is listed in one pass over the registry rather than one per page (GitHub's pages
 * are not a snapshot, but nothing here changes a package in the middle of a listing). A digest keeps its version (id, `created_at`) from the first
 * listing that saw it until it is deleted, so a manifest whose last tag moved away is still
 * listed, untagged. Deleting a version deletes its manifest in the registry, tags and all.
 *
 * The answers keep GitHub's shapes, from recorded responses in test/fixtures/ghcr/: version
 * objects as in GitHub's published example, pages of `per_page` (at most 100) with a `Link`
 * header whose targets use the owner's numeric id (`/organizations/ID/…`, `/user/ID/…`) as
 * GitHub's do, and GitHub's error bodies: 401 Bad credentials, 403 for a token that may only
 * read, 404 for an /orgs/ path of a user and for an unknown package, 400 for deleting a
 * package's last tagged version (a rule GHCR enforces), and rate limits on demand.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface RecordedAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

const fixtures = new URL('../fixtures/ghcr/', import.meta.url);
const VERSIONS_EXAMPLE = JSON.parse(readFileSync(new URL('versions-example.json', fixtures), 'utf8')) as RecordedAnswer & { body: Record<string, any>[] };
const ERRORS = JSON.parse(readFileSync(new URL('errors.json', fixtures), 'utf8')) as Record<string, RecordedAnswer>;

const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
const INDEX_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);

export type OwnerType = 'Organization' | 'User';

export interface GhcrApiFixtureOptions {
  /** The registry standing in for ghcr.io: `http://127.0.0.1:PORT`. Package `owner/name` is its repository `owner/name`. */
  readonly registryUrl: string;
  /** The token that may do everything. */
  readonly token: string;
  /** Tokens that may list but not delete (GitHub answers them 403). */
  readonly readOnlyTokens?: readonly string[];
  readonly owners: Readonly<Record<string, OwnerType>>;
}

export interface RecordedGhcrRequest {
  readonly method: string;
  /** The path and query exactly as sent (package names stay percent-encoded). */
  readonly path: string;
  readonly status: number;
  readonly authorization: string | undefined;
}

export interface FixtureVersion {
  readonly id: number;
  readonly digest: string;
  readonly tags: readonly string[];
  readonly createdAt: Date;
}

export type RateLimitKind = 'primary' | 'secondary';

export interface GhcrApiFixture {
  /** `http://127.0.0.1:PORT`: the value for GITHUB_API_URL. */
  readonly url: string;
  readonly requests: readonly RecordedGhcrRequest[];
  /** The versions GitHub would list for `owner/name` now, newest first. */
  versions(packagePath: string): Promise<FixtureVersion[]>;
  /** Gives a digest's version this `created_at` (from when it is first listed, or now). */
  setCreatedAt(digest: string, date: Date): void;
  /** The next `count` requests answer with GitHub's rate limit, asking to wait `seconds`. */
  rateLimitNext(count: number, kind: RateLimitKind, seconds: number): void;
  stop(): Promise<void>;
}

interface KnownVersion {
  readonly id: number;
  createdAt: Date;
}

/** Registry HEADs in flight at once while a listing reads the tags. */
const HEADS_AT_ONCE = 16;

/** `fn` over `items` with at most `limit` running at once; results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function startGhcrApiFixture(options: GhcrApiFixtureOptions): Promise<GhcrApiFixture> {
  const requests: RecordedGhcrRequest[] = [];
  /** Per package: digest → its version, from the first listing that saw it. */
  const known = new Map<string, Map<string, KnownVersion>>();
  /** Per package: the versions the last first page was cut from, for the pages after it. */
  const listed = new Map<string, FixtureVersion[]>();
  const createdOverride = new Map<string, Date>();
  const pendingLimits: { kind: RateLimitKind; seconds: number }[] = [];
  const ownerIds = new Map(Object.keys(options.owners).map((owner, i) => [owner, 9000 + i] as const));
  let nextId = 100_000;
  let base = '';

  const registry = async (path: string, init: RequestInit = {}): Promise<Response> => fetch(`${options.registryUrl}/v2/${path}`, init);

  const registryTags = async (repo: string): Promise<string[] | undefined> => {
    const tags: string[] = [];
    let path: string | undefined = `${repo}/tags/list?n=1000`;
    while (path !== undefined) {
      const res = await registry(path);
      if (res.status === 404) {
        await res.arrayBuffer();
        return tags.length === 0 ? undefined : tags;
      }
      const body = (await res.json()) as { tags?: string[] | null };
      tags.push(...(body.tags ?? []));
      const link = res.headers.get('link');
      const next = link === null ? undefined : /<([^>]+)>/.exec(link)?.[1];
      path = next === undefined ? undefined : next.replace(/^\/v2\//, '');
    }
    return tags;
  };

  const headDigest = async (repo: string, reference: string): Promise<{ digest: string; mediaType: string } | undefined> => {
    const res = await registry(`${repo}/manifests/${reference}`, { method: 'HEAD', headers: { accept: MANIFEST_ACCEPT } });
    if (res.status !== 200) return undefined;
    return { digest: res.headers.get('docker-content-digest') ?? '', mediaType: (res.headers.get('content-type') ?? '').split(';')[0] ?? '' };
  };

  /** The versions of a package as GHCR would list them now: read from the registry. */
  const currentVersions = async (repo: string): Promise<FixtureVersion[] | undefined> => {
    const tags = await registryTags(repo);
    const mine = known.get(repo) ?? new Map<string, KnownVersion>();
    if (tags === undefined && mine.size === 0) return undefined;
    const tagsByDigest = new Map<string, string[]>();
    const indexes: string[] = [];
    const heads = await mapLimited(tags ?? [], HEADS_AT_ONCE, (tag) => headDigest(repo, tag));
    (tags ?? []).forEach((tag, i) => {
      const head = heads[i];
      if (head === undefined) return;
      if (!tagsByDigest.has(head.digest)) {
        tagsByDigest.set(head.digest, []);
        if (INDEX_TYPES.has(head.mediaType)) indexes.push(head.digest);
      }
      tagsByDigest.get(head.digest)?.push(tag);
    });
    // An index's platform manifests are versions of their own, untagged.
    for (const index of indexes) {
      const res = await registry(`${repo}/manifests/${index}`, { headers: { accept: MANIFEST_ACCEPT } });
      const body = (await res.json()) as { manifests?: { digest: string }[] };
      for (const child of body.manifests ?? []) if (!tagsByDigest.has(child.digest)) tagsByDigest.set(child.digest, []);
    }
    // Digests seen before and now untagged stay listed while the registry still has them.
    for (const digest of [...mine.keys()]) {
      if (tagsByDigest.has(digest)) continue;
      if ((await headDigest(repo, digest)) === undefined) mine.delete(digest);
      else tagsByDigest.set(digest, []);
    }
    for (const digest of tagsByDigest.keys()) {
      if (!mine.has(digest)) mine.set(digest, { id: nextId++, createdAt: createdOverride.get(digest) ?? new Date() });
      const override = createdOverride.get(digest);
      if (override !== undefined) (mine.get(digest) as KnownVersion).createdAt = override;
    }
    known.set(repo, mine);
    return [...tagsByDigest.entries()]
      .map(([digest, t]) => ({ id: (mine.get(digest) as KnownVersion).id, digest, tags: t.sort(), createdAt: (mine.get(digest) as KnownVersion).createdAt }))
      .sort((a, b) => b.id - a.id);
  };

  const versionJson = (kind: 'orgs' | 'users', owner: string, name: string, v: FixtureVersion): Record<string, unknown> => {
    const template = structuredClone(VERSIONS_EXAMPLE.body[0] as Record<string, any>);
    const encoded = encodeURIComponent(name);
    const htmlOwner = kind === 'orgs' ? `orgs/${owner}` : owner;
    return {
      ...template,
      id: v.id,
      name: v.digest,
      url: `${base}/${kind}/${owner}/packages/container/${encoded}/versions/${v.id}`,
      package_html_url: `https://github.com/${htmlOwner}/packages/container/package/${encoded}`,
      created_at: v.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      updated_at: v.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      html_url: `https://github.com/${htmlOwner}/packages/container/${encoded}/${v.id}`,
      metadata: { package_type: 'container', container: { tags: [...v.tags] } },
    };
  };

  const send = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', status, authorization: req.headers.authorization });
    res.writeHead(status, {
      ...VERSIONS_EXAMPLE.headers,
      ...headers,
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };

  const sendError = (req: IncomingMessage, res: ServerResponse, name: string, patch: Record<string, string> = {}, headers: Record<string, string> = {}): void => {
    const recorded = ERRORS[name];
    if (recorded === undefined) throw new Error(`no recorded GitHub error "${name}"`);
    send(req, res, recorded.status, { ...(recorded.body as Record<string, unknown>), ...patch }, { ...recorded.headers, ...headers });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    const limit = pendingLimits.shift();
    if (limit !== undefined) {
      // Primary: the window's end as x-ratelimit-reset (epoch seconds). Secondary: retry-after.
      return limit.kind === 'primary'
        ? sendError(req, res, 'rate-limit-primary', {}, { 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + limit.seconds) })
        : sendError(req, res, 'rate-limit-secondary', {}, { 'retry-after': String(limit.seconds) });
    }
    const auth = req.headers.authorization ?? '';
    const token = /^(?:Bearer|token) (.+)$/.exec(auth)?.[1];
    const readOnly = token !== undefined && (options.readOnlyTokens ?? []).includes(token);
    if (token !== options.token && !readOnly) return sendError(req, res, 'bad-credentials');

    // /orgs|users/{owner}/… by name, or /organizations|user/{id}/… as GitHub's Link targets are.
    const match = /^\/(orgs|users|organizations|user)\/([^/]+)\/packages\/container\/([^/]+)\/versions(?:\/(\d+))?$/.exec(url.pathname);
    if (match === null) return sendError(req, res, 'not-found');
    const [, prefix, ownerPart, encodedName, versionId] = match as unknown as [string, string, string, string, string | undefined];
    let owner = decodeURIComponent(ownerPart);
    let kind: 'orgs' | 'users';
    if (prefix === 'organizations' || prefix === 'user') {
      owner = [...ownerIds.entries()].find(([, id]) => String(id) === ownerPart)?.[0] ?? '';
      kind = prefix === 'organizations' ? 'orgs' : 'users';
    } else {
      kind = prefix as 'orgs' | 'users';
    }
    const ownerType = options.owners[owner];
    if (ownerType === undefined || (kind === 'orgs') !== (ownerType === 'Organization')) return sendError(req, res, 'not-found');
    const name = decodeURIComponent(encodedName);
    const repo = `${owner}/${name}`;
    const operation = kind === 'orgs' ? 'a-package-owned-by-an-organization' : 'a-package-owned-by-a-user';

    if (req.method === 'GET' && versionId === undefined) {
      const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
      const versions = (page > 1 ? listed.get(repo) : undefined) ?? (await currentVersions(repo));
      if (versions === undefined) {
        return sendError(req, res, 'package-not-found', { documentation_url: `https://docs.github.com/rest/packages/packages#list-package-versions-for-${operation}` });
      }
      if (page === 1) listed.set(repo, versions);
      const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? '30') || 30));
      const last = Math.max(1, Math.ceil(versions.length / perPage));
      const slice = versions.slice((page - 1) * perPage, page * perPage);
      const pageUrl = (n: number): string => {
        const target = new URL(`${base}/${kind === 'orgs' ? 'organizations' : 'user'}/${ownerIds.get(owner)}/packages/container/${encodedName}/versions`);
        for (const [k, v] of url.searchParams) if (k !== 'page') target.searchParams.set(k, v);
        target.searchParams.set('page', String(n));
        return target.href;
      };
      const links: string[] = [];
      if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
      if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
      if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
      return send(req, res, 200, slice.map((v) => versionJson(kind, owner, name, v)), links.length === 0 ? {} : { link: links.join(', ') });
    }

    if (req.method === 'DELETE' && versionId !== undefined) {
      if (readOnly) {
        const doc = `https://docs.github.com/rest/packages/packages#delete-package-version-for-${kind === 'orgs' ? 'an-organization' : 'a-user'}`;
        return sendError(req, res, 'not-accessible', { documentation_url: doc });
      }
      const versions = (await currentVersions(repo)) ?? [];
      const version = versions.find((v) => String(v.id) === versionId);
      if (version === undefined) return sendError(req, res, 'not-found');
      if (version.tags.length > 0 && versions.filter((v) => v.tags.length > 0).length === 1) {
        return sendError(req, res, 'last-tagged-version', { documentation_url: `https://docs.github.com/rest/packages/packages#delete-package-version-for-${kind === 'orgs' ? 'an-organization' : 'a-user'}` });
      }
      const deleted = await registry(`${repo}/manifests/${version.digest}`, { method: 'DELETE' });
      await deleted.arrayBuffer();
      if (deleted.status !== 202) throw new Error(`the registry answered ${deleted.status} to deleting ${repo}@${version.digest}`);
      known.get(repo)?.delete(version.digest);
      listed.delete(repo); // The next page reads the registry again.
      return send(req, res, 204, undefined);
    }
    return sendError(req, res, 'not-found');
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, res).catch((error: unknown) => {
        requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', status: 500, authorization: req.headers.authorization });
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    requests,
    versions: async (packagePath) => (await currentVersions(packagePath)) ?? [],
    setCreatedAt: (digest, date) => void createdOverride.set(digest, date),
    rateLimitNext: (count, kind, seconds) => {
      for (let i = 0; i < count; i++) pendingLimits.push({ kind, seconds });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
