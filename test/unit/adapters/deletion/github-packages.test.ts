/**
 * GHCR's package naming and the version list's parsing and pagination, without a network: the
 * recorded example GitHub publishes (test/fixtures/ghcr/versions-example.json), and a fake
 * fetch that answers pages the way GitHub does (absolute Link targets by the owner's id).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../../../src/core/diagnostics.js';
import { GitHubPackagesApi, ghcrPackage, parseVersionsPage, type PackageVersion } from '../../../../src/adapters/deletion/github-packages.js';
import { WebApiClient, type FetchLike } from '../../../../src/adapters/deletion/web-api.js';
import { Redactor } from '../../../../src/adapters/registry/secret.js';

const example = JSON.parse(readFileSync(new URL('../../../fixtures/ghcr/versions-example.json', import.meta.url), 'utf8')) as { body: unknown };

describe('ghcrPackage', () => {
  it('splits the owner from the package and encodes the package as one path segment', () => {
    expect(ghcrPackage('acme/foo/bar')).toEqual({ owner: 'acme', name: 'foo/bar', encoded: 'foo%2Fbar' });
    expect(ghcrPackage('acme/app')).toEqual({ owner: 'acme', name: 'app', encoded: 'app' });
    expect(ghcrPackage('Octo-Org/a.b_c/d-e/f')).toEqual({ owner: 'Octo-Org', name: 'a.b_c/d-e/f', encoded: 'a.b_c%2Fd-e%2Ff' });
  });

  it('a path without a package name is bad input', () => {
    expect(() => ghcrPackage('acme')).toThrow(UserInputError);
    expect(() => ghcrPackage('acme/')).toThrow(/ghcr\.io\/OWNER\/NAME/);
  });
});

describe('parseVersionsPage', () => {
  it('reads GitHub\'s published example: digest, tags, dates', () => {
    expect(parseVersionsPage(example.body)).toEqual([
      {
        id: 45763,
        digest: 'sha256:08a44bab0bddaddd8837a8b381aebc2e4b933768b981685a9e088360af0d3dd9',
        tags: ['latest'],
        createdAt: new Date('2020-09-11T21:56:40Z'),
        updatedAt: new Date('2021-02-05T21:32:32Z'),
      },
      {
        id: 881,
        digest: 'sha256:b3d3e366b55f9a54599220198b3db5da8f53592acbbb7dc7e4e9878762fc5344',
        tags: [],
        createdAt: new Date('2020-05-21T22:22:20Z'),
        updatedAt: new Date('2021-02-05T21:32:32Z'),
      },
    ]);
  });

  it('a version without container metadata has no tags; a malformed answer is refused', () => {
    expect(parseVersionsPage([{ id: 1, name: 'sha256:ab', metadata: { package_type: 'container' } }])[0]?.tags).toEqual([]);
    expect(() => parseVersionsPage({ message: 'Not Found' })).toThrow(/not a JSON array/);
    expect(() => parseVersionsPage([{ name: 'sha256:ab' }])).toThrow(/no numeric id/);
    expect(() => parseVersionsPage([{ id: 3 }])).toThrow(/no name/);
  });
});

/** GitHub-like pages of `total` versions, `perPage` each, Link targets by the org's numeric id. */
function pagedFetch(total: number, seen: string[], options: { loop?: boolean } = {}): FetchLike {
  return async (url) => {
    seen.push(url);
    const u = new URL(url);
    if (u.pathname.startsWith('/orgs/') && u.pathname.includes('users-only')) return answer(404, { message: 'Not Found' });
    const perPage = Number(u.searchParams.get('per_page'));
    const page = Number(u.searchParams.get('page') ?? '1');
    const last = Math.ceil(total / perPage);
    const body = Array.from({ length: Math.max(0, Math.min(perPage, total - (page - 1) * perPage)) }, (_, i) => {
      const n = (page - 1) * perPage + i;
      return { id: 1000 - n, name: `sha256:${String(n).padStart(64, '0')}`, created_at: '2026-01-01T00:00:00Z', metadata: { package_type: 'container', container: { tags: [`t${n}`] } } };
    });
    const link = (p: number) => `<https://api.example/organizations/42/packages/container/foo%2Fbar/versions?per_page=${perPage}&state=active&page=${p}>`;
    const links = [page < last ? `${link(options.loop === true ? page : page + 1)}; rel="next"` : '', page < last ? `${link(last)}; rel="last"` : ''].filter(Boolean);
    return answer(200, body, links.length > 0 ? { link: links.join(', ') } : {});
  };
}

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return { status, headers: { get: (name: string) => headers[name.toLowerCase()] ?? null }, text: async () => JSON.stringify(body) };
}

function api(fetch: FetchLike): GitHubPackagesApi {
  return new GitHubPackagesApi({ http: new WebApiClient({ service: 'GitHub API', redactor: new Redactor(), fetch }), apiUrl: 'https://api.example/', token: 't0ken-value' });
}

async function collect(pages: AsyncIterable<PackageVersion[]>): Promise<PackageVersion[][]> {
  const all: PackageVersion[][] = [];
  for await (const page of pages) all.push(page);
  return all;
}

describe('version pagination', () => {
  it('asks for 100 a page and follows rel="next" to the end', async () => {
    const seen: string[] = [];
    const pages = await collect(api(pagedFetch(250, seen)).versionPages(ghcrPackage('acme/foo/bar')));
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    expect(new Set(pages.flat().map((v) => v.digest)).size).toBe(250);
    expect(seen).toEqual([
      'https://api.example/orgs/acme/packages/container/foo%2Fbar/versions?per_page=100&state=active',
      'https://api.example/organizations/42/packages/container/foo%2Fbar/versions?per_page=100&state=active&page=2',
      'https://api.example/organizations/42/packages/container/foo%2Fbar/versions?per_page=100&state=active&page=3',
    ]);
  });

  it('stops when the consumer has what it needs', async () => {
    const seen: string[] = [];
    for await (const page of api(pagedFetch(250, seen)).versionPages(ghcrPackage('acme/foo/bar'))) if (page.length > 0) break;
    expect(seen).toHaveLength(1);
  });

  it('refuses a pagination that does not end', async () => {
    await expect(collect(api(pagedFetch(250, [], { loop: true })).versionPages(ghcrPackage('acme/foo/bar')))).rejects.toThrow(/does not end/);
  });

  it('tries the user path when the organization path answers 404, and remembers it', async () => {
    const seen: string[] = [];
    const packages = api(pagedFetch(3, seen));
    await collect(packages.versionPages(ghcrPackage('octocat/users-only/x')));
    await collect(packages.versionPages(ghcrPackage('octocat/users-only/x')));
    expect(seen.map((u) => new URL(u).pathname.split('/')[1])).toEqual(['orgs', 'users', 'users']);
  });
});
