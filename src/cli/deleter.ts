/**
 * The deleter for the CLI's verbs that remove tags (cleanup, unkeep, promote --delete-temporary).
 * Tokens come from the environment, never from argv, where `ps` and shell history would show
 * them: GITHUB_TOKEN (GHCR, through the GitHub Packages API) and DOCKERHUB_USERNAME with
 * DOCKERHUB_TOKEN (Docker Hub's tag API).
 */
import { selectDeleter } from '../adapters/deletion/select.js';
import type { RegistryDeleter } from '../adapters/deletion/types.js';
import type { RegistryClient } from '../adapters/registry/index.js';
import { registryHost } from '../app/registry.js';

export const DELETER_ENVIRONMENT_HELP = `Tag deletion on ghcr.io uses the GitHub Packages API with the token in GITHUB_TOKEN; on
Docker Hub, its tag API with DOCKERHUB_USERNAME and DOCKERHUB_TOKEN.`;

export function deleterFromEnvironment(registry: string, client: RegistryClient, env: NodeJS.ProcessEnv = process.env): RegistryDeleter {
  const githubToken = env['GITHUB_TOKEN'];
  const hubUser = env['DOCKERHUB_USERNAME'];
  const hubToken = env['DOCKERHUB_TOKEN'];
  return selectDeleter({
    registryHost: registry ? registryHost(registry) : '',
    client,
    ...(githubToken ? { githubToken } : {}),
    ...(env['GITHUB_API_URL'] ? { githubApiUrl: env['GITHUB_API_URL'] } : {}),
    ...(hubUser && hubToken ? { dockerHubCredentials: { username: hubUser, password: hubToken } } : {}),
  });
}
