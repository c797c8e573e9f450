/**
 * Deleting on Docker Hub, through hub.docker.com's API (its registry API deletes nothing).
 *
 * - Login: `POST /v2/auth/token` with `{identifier, secret}` (a username and a password or
 *   personal access token) gives a bearer token that lasts ten minutes; it is fetched again
 *   when the API stops accepting it.
 * - A tag is read with `GET /v2/namespaces/{ns}/repositories/{repo}/tags/{tag}` (documented),
 *   whose `digest` says where it points, and deleted with
 *   `DELETE /v2/repositories/{ns}/{repo}/tags/{tag}/`: the documented reference lists no
 *   DELETE for tags, and this is the path Docker's own hub-tool uses.
 * - `untag` deletes the tag, after checking it still points at the digest.
 * - `deleteManifest` deletes each of the digest's tags the same way. Hub has no supported way
 *   to delete a manifest by digest: the untagged image stays until Hub's own retention removes
 *   it (said in `storageNote`); with no tag to delete, the outcome is `unsupported`.
 */
import { UserInputError } from '../../core/diagnostics.js';
import { formatReference, type ImageReference } from '../../core/reference.js';
import type { RegistryClient, RepositoryRef } from '../registry/index.js';
import type { Clock } from '../registry/retry.js';
import { Redactor } from '../registry/secret.js';
import type { DeletionOutcome, RegistryDeleter } from './types.js';
import { WebApiClient, WebApiError, serviceMessage, type FetchLike, type WebResponse } from './web-api.js';

export interface DockerHubCredentials {
  readonly username: string;
  /** A password or, better, a personal access token with Read, Write, Delete access. */
  readonly password: string;
}

export interface DockerHubDeleterOptions {
  readonly credentials: DockerHubCredentials;
  /** Checks a tag's digest through the registry API when the Hub API does not say it. */
  readonly client?: Pick<RegistryClient, 'headManifest'>;
  /** Default https://hub.docker.com. */
  readonly apiUrl?: string;
  readonly fetch?: FetchLike;
  readonly clock?: Clock;
  /** The longest rate-limit wait honoured. Default 120 s. */
  readonly maxRateLimitWaitMs?: number;
}

export const DOCKER_HUB_API_URL = 'https://hub.docker.com';
export const DOCKER_HUB_STORAGE_NOTE =
  'Docker Hub: tags are deleted through its API, which cannot delete a manifest by digest; an image left without tags is removed under Docker Hub\'s own retention of untagged images.';

const CREDENTIALS_HINT = 'Pass the Docker Hub username and, as password, a personal access token with "Read, Write, Delete" access.';

export interface HubRepository {
  readonly namespace: string;
  readonly name: string;
}

/** `library/nginx` → `library` / `nginx`; Docker Hub names have exactly two levels. */
export function hubRepository(repository: string): HubRepository {
  const parts = repository.split('/');
  if (parts.length === 1 && parts[0] !== '') return { namespace: 'library', name: parts[0] ?? '' };
  if (parts.length !== 2 || parts.some((p) => p === '')) {
    throw new UserInputError([
      { message: `"docker.io/${repository}" is not a Docker Hub repository: Hub names are NAMESPACE/NAME`, hint: 'Use e.g. docker.io/my-org/my-image.' },
    ]);
  }
  return { namespace: parts[0] ?? '', name: parts[1] ?? '' };
}

export function createDockerHubDeleter(options: DockerHubDeleterOptions): RegistryDeleter {
  return new DockerHubDeleter(options);
}

type TagState = { readonly kind: 'missing' } | { readonly kind: 'at'; readonly digest: string | undefined };

class DockerHubDeleter implements RegistryDeleter {
  readonly kind = 'dockerhub' as const;
  readonly storageNote = DOCKER_HUB_STORAGE_NOTE;
  readonly #options: DockerHubDeleterOptions;
  readonly #http: WebApiClient;
  readonly #redactor = new Redactor();
  readonly #base: string;
  #token: Promise<string> | undefined;

  constructor(options: DockerHubDeleterOptions) {
    this.#options = options;
    this.#redactor.add(options.credentials.password);
    this.#base = (options.apiUrl ?? DOCKER_HUB_API_URL).replace(/\/+$/, '');
    this.#http = new WebApiClient({
      service: 'Docker Hub API',
      redactor: this.#redactor,
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      ...(options.clock === undefined ? {} : { clock: options.clock }),
      ...(options.maxRateLimitWaitMs === undefined ? {} : { maxWaitMs: options.maxRateLimitWaitMs }),
    });
  }

  async untag(repo: RepositoryRef, tag: string, digest: string): Promise<DeletionOutcome> {
    const outcome = await this.#deleteTagAt(repo, tag, digest);
    return outcome === 'deleted' ? { status: 'done' } : { status: 'already-gone' };
  }

  async deleteManifest(repo: RepositoryRef, digest: string, tags: readonly string[]): Promise<DeletionOutcome> {
    hubRepository(repo.repository);
    if (tags.length === 0) {
      return {
        status: 'unsupported',
        reason: `Docker Hub has no API to delete a manifest by digest; ${digest} has no tag to delete, and Hub removes untagged images under its own retention.`,
      };
    }
    let deleted = 0;
    for (const tag of tags) {
      if ((await this.#deleteTagAt(repo, tag, digest)) === 'deleted') deleted++;
    }
    return deleted > 0 ? { status: 'done' } : { status: 'already-gone' };
  }

  /** Deletes `tag` if it still points at `digest`; a tag gone or moved elsewhere is left. */
  async #deleteTagAt(repo: RepositoryRef, tag: string, digest: string): Promise<'deleted' | 'gone' | 'moved'> {
    const hub = hubRepository(repo.repository);
    const state = await this.#readTag(hub, tag);
    if (state.kind === 'missing') return 'gone';
    const at = state.digest ?? (await this.#headDigest(repo, tag));
    if (at !== digest) return 'moved';
    const url = new URL(`${this.#base}/v2/repositories/${encodeURIComponent(hub.namespace)}/${encodeURIComponent(hub.name)}/tags/${encodeURIComponent(tag)}/`);
    const res = await this.#authorized('DELETE', url);
    if (res.status === 204 || res.status === 200 || res.status === 202) return 'deleted';
    if (res.status === 404) return res.attempts > 1 ? 'deleted' : 'gone';
    throw this.#failure(res, `delete tag ${tag} of`, hub);
  }

  async #readTag(hub: HubRepository, tag: string): Promise<TagState> {
    const url = new URL(`${this.#base}/v2/namespaces/${encodeURIComponent(hub.namespace)}/repositories/${encodeURIComponent(hub.name)}/tags/${encodeURIComponent(tag)}`);
    const res = await this.#authorized('GET', url);
    if (res.status === 404) return { kind: 'missing' };
    if (res.status !== 200) throw this.#failure(res, `read tag ${tag} of`, hub);
    const body = res.json() as { digest?: unknown } | undefined;
    const digest = typeof body?.digest === 'string' && body.digest.startsWith('sha256:') ? body.digest : undefined;
    return { kind: 'at', digest };
  }

  async #headDigest(repo: RepositoryRef, tag: string): Promise<string | undefined> {
    const client = this.#options.client;
    const ref: ImageReference = { registry: repo.registry, repository: repo.repository, target: { kind: 'tag', tag } };
    if (client === undefined) {
      throw new WebApiError(`Docker Hub API did not say where ${formatReference(ref)} points, and there is no registry client to ask; the tag was left.`);
    }
    return (await client.headManifest(ref))?.digest;
  }

  /** A request with the bearer token; a 401 fetches a new token once (they last ten minutes). */
  async #authorized(method: 'GET' | 'DELETE', url: URL): Promise<WebResponse> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.#login();
      const res = await this.#http.send({ method, url, headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 401 || attempt > 0) return res;
      this.#token = undefined;
    }
  }

  #login(): Promise<string> {
    if (this.#token === undefined) {
      const pending = this.#fetchToken();
      pending.catch(() => {
        if (this.#token === pending) this.#token = undefined;
      });
      this.#token = pending;
    }
    return this.#token;
  }

  async #fetchToken(): Promise<string> {
    const { username, password } = this.#options.credentials;
    const res = await this.#http.send({ method: 'POST', url: new URL(`${this.#base}/v2/auth/token`), body: { identifier: username, secret: password } });
    if (res.status === 200) {
      const token = (res.json() as { access_token?: unknown } | undefined)?.access_token;
      if (typeof token === 'string' && token !== '') {
        this.#redactor.add(token);
        return token;
      }
      throw new WebApiError('Docker Hub API: the login answer carried no access_token.', 200);
    }
    const message = serviceMessage(res, (t) => this.#redactor.redact(t));
    throw new WebApiError(`Docker Hub API: login as ${username} failed: HTTP ${res.status} ${message.replace(/\.$/, '')}. ${CREDENTIALS_HINT}`, res.status);
  }

  #failure(res: WebResponse, doing: string, hub: HubRepository): WebApiError {
    const message = serviceMessage(res, (t) => this.#redactor.redact(t));
    const what = `Docker Hub API: could not ${doing} ${hub.namespace}/${hub.name}: HTTP ${res.status} ${message.replace(/\.$/, '')}.`;
    if (res.status === 401 || res.status === 403) {
      return new WebApiError(`${what} The Docker Hub user must be allowed to delete in ${hub.namespace}. ${CREDENTIALS_HINT}`, res.status);
    }
    return new WebApiError(res.attempts > 1 ? `${what} (after ${res.attempts} attempts)` : what, res.status);
  }
}
