/**
 * Which deleter a registry gets: GHCR deletes through GitHub's Packages API, Docker Hub through
 * its own API, and every other registry through the distribution API (delete by digest, with a
 * throwaway manifest to remove a single tag). The choice is by host alone, so the cleanup use
 * case never asks which registry it is talking to.
 */
import { UserInputError } from '../../core/diagnostics.js';
import type { RegistryClient } from '../registry/index.js';
import { createDistributionDeleter } from './distribution.js';
import { createDockerHubDeleter, type DockerHubCredentials } from './dockerhub.js';
import { createGhcrDeleter } from './ghcr.js';
import type { RegistryDeleter } from './types.js';

export interface SelectDeleterOptions {
  /** The registry host as in image references (`ghcr.io`, `docker.io`, `127.0.0.1:5000`). */
  readonly registryHost: string;
  readonly client: RegistryClient;
  /** Needed for ghcr.io: a token with packages: write. */
  readonly githubToken?: string;
  /** Needed for Docker Hub: its username and a password or personal access token. */
  readonly dockerHubCredentials?: DockerHubCredentials;
  /** Overrides GITHUB_API_URL / https://api.github.com (GitHub Enterprise, tests). */
  readonly githubApiUrl?: string;
  /** Overrides https://hub.docker.com (tests). */
  readonly dockerHubApiUrl?: string;
}

export const GHCR_HOST = 'ghcr.io';
const DOCKER_HUB_HOSTS = new Set(['docker.io', 'registry-1.docker.io', 'index.docker.io']);

export function deleterKindFor(registryHost: string): RegistryDeleter['kind'] {
  const host = registryHost.trim().toLowerCase();
  if (host === GHCR_HOST) return 'ghcr';
  if (DOCKER_HUB_HOSTS.has(host)) return 'dockerhub';
  return 'distribution';
}

export function selectDeleter(options: SelectDeleterOptions): RegistryDeleter {
  switch (deleterKindFor(options.registryHost)) {
    case 'ghcr': {
      const token = options.githubToken?.trim() ?? '';
      if (token === '') {
        throw new UserInputError([
          {
            message: 'ghcr.io deletes images only through GitHub\'s Packages API, and no github-token was given',
            hint: 'set github-token (a token with packages: write: GITHUB_TOKEN with `permissions: packages: write`, or a classic personal access token with delete:packages).',
          },
        ]);
      }
      return createGhcrDeleter({ client: options.client, token, ...(options.githubApiUrl === undefined ? {} : { apiUrl: options.githubApiUrl }) });
    }
    case 'dockerhub': {
      const credentials = options.dockerHubCredentials;
      if (credentials === undefined || credentials.username.trim() === '' || credentials.password === '') {
        throw new UserInputError([
          {
            message: 'Docker Hub deletes tags only through its own API, which needs a login, and no username/password was given',
            hint: 'set username and password (a Docker Hub personal access token with "Read, Write, Delete" access).',
          },
        ]);
      }
      return createDockerHubDeleter({
        credentials,
        client: options.client,
        ...(options.dockerHubApiUrl === undefined ? {} : { apiUrl: options.dockerHubApiUrl }),
      });
    }
    case 'distribution':
      return createDistributionDeleter(options.client);
  }
}
