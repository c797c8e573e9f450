/**
 * The GitHub Packages REST API calls GHCR's deleter needs: list a container package's versions
 * (each version is one manifest digest, with the tags that point at it) and delete one.
 *
 * Which endpoints: a package belongs to an organization or to a user, and the API has a path
 * for each (`/orgs/{org}/…`, `/users/{user}/…`), plus `/user/…` for the authenticated user.
 * The organization path is tried first, the user path when it answers 404, and the answer is
 * remembered per owner. `/user/…` is never used: the workflow's GITHUB_TOKEN is an installation
 * token, which that path refuses, and `/users/{owner}/…` serves a user's own packages to a
 * personal token just as well.
 *
 * The package name is the image path after the owner (`ghcr.io/acme/foo/bar` → owner `acme`,
 * package `foo/bar`), sent as one path segment (`foo%2Fbar`).
 */
import { UserInputError } from '../../core/diagnostics.js';
import { nextPageUrl } from '../registry/link-header.js';
import { WebApiError, serviceMessage, type WebApiClient, type WebResponse } from './web-api.js';

export interface GhcrPackage {
  readonly owner: string;
  /** The package name, slashes and all: `foo/bar`. */
  readonly name: string;
  /** The name as one URL path segment: `foo%2Fbar`. */
  readonly encoded: string;
}

/** One package version: a manifest digest (its `name`) and the tags on it. */
export interface PackageVersion {
  readonly id: number;
  readonly digest: string;
  readonly tags: readonly string[];
  readonly createdAt: Date | undefined;
  readonly updatedAt: Date | undefined;
}

export type OwnerKind = 'orgs' | 'users';

/** Versions per page: the API's maximum, so a large package takes as few requests as it can. */
export const VERSIONS_PER_PAGE = 100;
const MAX_PAGES = 10_000;

const PERMISSION_HINT =
  'The github-token needs packages: write (in a workflow: `permissions: packages: write` for GITHUB_TOKEN; a classic personal access token needs read:packages and delete:packages).';
const ADMIN_HINT =
  'Deleting a version also needs the Admin role on the package: for a personal token, its user; for GITHUB_TOKEN, this repository under the package settings → Manage Actions access.';

/** The GHCR package a repository path names. */
export function ghcrPackage(repository: string): GhcrPackage {
  const slash = repository.indexOf('/');
  if (slash <= 0 || slash === repository.length - 1) {
    throw new UserInputError([
      {
        message: `"ghcr.io/${repository}" names no package: a GHCR image is ghcr.io/OWNER/NAME`,
        hint: 'Use the full image name, e.g. ghcr.io/my-org/my-image.',
      },
    ]);
  }
  const owner = repository.slice(0, slash);
  const name = repository.slice(slash + 1);
  return { owner, name, encoded: encodeURIComponent(name) };
}

function parseDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A page of the "list package versions" answer; throws on anything not of its shape. */
export function parseVersionsPage(body: unknown): PackageVersion[] {
  if (!Array.isArray(body)) throw new Error('the package version list is not a JSON array');
  return body.map((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null) throw new Error(`package version ${index} is not an object`);
    const record = entry as Record<string, unknown>;
    const id = record['id'];
    const name = record['name'];
    if (typeof id !== 'number' || !Number.isSafeInteger(id)) throw new Error(`package version ${index} has no numeric id`);
    if (typeof name !== 'string' || name === '') throw new Error(`package version ${id} has no name (digest)`);
    const metadata = record['metadata'] as { container?: { tags?: unknown } } | undefined;
    const rawTags = metadata?.container?.tags;
    const tags = Array.isArray(rawTags) ? rawTags.filter((t): t is string => typeof t === 'string') : [];
    return { id, digest: name, tags, createdAt: parseDate(record['created_at']), updatedAt: parseDate(record['updated_at']) };
  });
}

export interface GitHubPackagesApiOptions {
  readonly http: WebApiClient;
  /** `https://api.github.com`, or a GitHub Enterprise Server's `https://HOST/api/v3`. */
  readonly apiUrl: string;
  readonly token: string;
}

export type DeleteVersionResult = { readonly kind: 'deleted' } | { readonly kind: 'not-found' } | { readonly kind: 'refused'; readonly reason: string };

export class GitHubPackagesApi {
  readonly #http: WebApiClient;
  readonly #base: string;
  readonly #token: string;
  readonly #ownerKinds = new Map<string, OwnerKind>();

  constructor(options: GitHubPackagesApiOptions) {
    this.#http = options.http;
    this.#base = options.apiUrl.replace(/\/+$/, '');
    this.#token = options.token;
  }

  /**
   * The package's versions, a page at a time, following the `Link` header (its targets are used
   * as given: GitHub writes them with the owner's numeric id, not its name). The consumer may
   * stop early.
   */
  async *versionPages(pkg: GhcrPackage): AsyncGenerator<PackageVersion[]> {
    let res = await this.#firstPage(pkg);
    const seen = new Set<string>();
    for (let page = 0; ; page++) {
      if (seen.has(res.url.href) || page >= MAX_PAGES) {
        throw new WebApiError(`GitHub API: the version list of ${label(pkg)} does not end (page ${page} repeats or passes ${MAX_PAGES})`);
      }
      seen.add(res.url.href);
      let versions: PackageVersion[];
      try {
        versions = parseVersionsPage(res.json());
      } catch (error) {
        throw new WebApiError(`GitHub API: the version list of ${label(pkg)} is not what GitHub sends: ${(error as Error).message}`, res.status);
      }
      yield versions;
      const next = nextPageUrl(res.header('link'), res.url);
      if (next === undefined) return;
      res = await this.#get(next);
      if (res.status !== 200) throw this.#failure(res, 'list the versions of', pkg);
    }
  }

  /** Deletes a version. `refused` is GitHub saying it will not (the last tagged version, a much-downloaded public one). */
  async deleteVersion(pkg: GhcrPackage, id: number): Promise<DeleteVersionResult> {
    const kind = this.#ownerKinds.get(pkg.owner) ?? (await this.#resolveOwnerKind(pkg));
    const url = new URL(`${this.#base}/${kind}/${encodeURIComponent(pkg.owner)}/packages/container/${pkg.encoded}/versions/${id}`);
    const res = await this.#http.send({ method: 'DELETE', url, headers: this.#headers() });
    if (res.status === 204 || res.status === 200) return { kind: 'deleted' };
    // A retried DELETE whose first attempt landed finds nothing: that is its success.
    if (res.status === 404) return res.attempts > 1 ? { kind: 'deleted' } : { kind: 'not-found' };
    if (res.status === 400 || res.status === 422) {
      const message = serviceMessage(res, (t) => this.#http.redact(t));
      const advice = /last (tagged )?version/i.test(message) ? ' GHCR keeps a package\'s last tagged version; delete the whole package (its settings page, or the REST API) if it should go.' : '';
      return { kind: 'refused', reason: `GHCR refused to delete version ${id} of ${label(pkg)}: ${message.replace(/\.$/, '')}.${advice}` };
    }
    throw this.#failure(res, 'delete a version of', pkg);
  }

  async #firstPage(pkg: GhcrPackage): Promise<WebResponse> {
    const known = this.#ownerKinds.get(pkg.owner);
    const kinds: OwnerKind[] = known === undefined ? ['orgs', 'users'] : [known];
    const misses: WebResponse[] = [];
    for (const kind of kinds) {
      const res = await this.#get(this.#listUrl(kind, pkg));
      if (res.status === 200) {
        this.#ownerKinds.set(pkg.owner, kind);
        return res;
      }
      if (res.status !== 404) throw this.#failure(res, 'list the versions of', pkg);
      misses.push(res);
    }
    // "Package not found." (the owner exists) says more than a bare "Not Found" (it does not).
    const telling = misses.find((res) => !/^not found\.?$/i.test(serviceMessage(res, (t) => this.#http.redact(t)))) ?? misses[0];
    throw this.#notFound(pkg, telling);
  }

  async #resolveOwnerKind(pkg: GhcrPackage): Promise<OwnerKind> {
    // Listing one page settles which path serves this owner.
    const pages = this.versionPages(pkg);
    await pages.next();
    await pages.return(undefined);
    const kind = this.#ownerKinds.get(pkg.owner);
    if (kind === undefined) throw new WebApiError(`GitHub API: could not tell whether ${pkg.owner} is an organization or a user`);
    return kind;
  }

  #listUrl(kind: OwnerKind, pkg: GhcrPackage): URL {
    const url = new URL(`${this.#base}/${kind}/${encodeURIComponent(pkg.owner)}/packages/container/${pkg.encoded}/versions`);
    url.searchParams.set('per_page', String(VERSIONS_PER_PAGE));
    url.searchParams.set('state', 'active');
    return url;
  }

  #get(url: URL): Promise<WebResponse> {
    return this.#http.send({ method: 'GET', url, headers: this.#headers() });
  }

  #headers(): Record<string, string> {
    return { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', authorization: `Bearer ${this.#token}` };
  }

  #notFound(pkg: GhcrPackage, res: WebResponse | undefined): WebApiError {
    const said = res === undefined ? '' : ` (GitHub: ${serviceMessage(res, (t) => this.#http.redact(t))})`;
    return new WebApiError(
      `GitHub API: no container package "${pkg.name}" found for ${pkg.owner}, as an organization or as a user${said}. ` +
        `Check the image name (ghcr.io/${pkg.owner}/${pkg.name}), and that the github-token can see the package: a GITHUB_TOKEN sees only packages that grant this repository access.`,
      404,
    );
  }

  #failure(res: WebResponse, doing: string, pkg: GhcrPackage): WebApiError {
    const message = serviceMessage(res, (t) => this.#http.redact(t));
    const what = `GitHub API: could not ${doing} ${label(pkg)}: HTTP ${res.status} ${message.replace(/\.$/, '')}.`;
    switch (res.status) {
      case 401:
        return new WebApiError(`${what} The github-token was not accepted (invalid or expired). ${PERMISSION_HINT}`, 401);
      case 403:
        return new WebApiError(`${what} ${PERMISSION_HINT} ${ADMIN_HINT}`, 403);
      case 404:
        return this.#notFound(pkg, res);
      default:
        return new WebApiError(res.attempts > 1 ? `${what} (after ${res.attempts} attempts)` : what, res.status);
    }
  }
}

function label(pkg: GhcrPackage): string {
  return `container package ${pkg.owner}/${pkg.name}`;
}
