/**
 * Shared pieces of the promote integration tests: a consumer repository (images.yaml and image
 * folders, committed with git) pointed at a loopback registry, and reading a registry's state
 * as tag → digest maps, so that two runs can be compared exactly.
 */
import { parseReference } from '../../../src/core/reference.js';
import type { RegistryClient } from '../../../src/adapters/registry/client.js';
import type { FixtureManifest } from '../../harness/oci-fixtures.js';
import { pushManifest } from '../../harness/oci-fixtures.js';
import { TestRepo } from '../../support/git-repo.js';

export interface ConsumerRepoOptions {
  /** `registry:` of images.yaml, e.g. `127.0.0.1:5000/acme`. */
  readonly registry: string;
  readonly prefix?: string;
  readonly images: readonly string[];
  readonly promoteTags?: readonly string[];
}

/** A git repository (branch main) holding images.yaml and one folder per image. */
export function consumerRepo(options: ConsumerRepoOptions): { repo: TestRepo; sha: string } {
  const repo = TestRepo.init('main');
  const files: Record<string, string> = {
    'images.yaml': [
      'version: 1',
      `registry: ${options.registry}`,
      `prefix: "${options.prefix ?? ''}"`,
      'tags:',
      `  promote: [${(options.promoteTags ?? ['latest', 'sha-{sha7}']).map((t) => JSON.stringify(t)).join(', ')}]`,
      '',
    ].join('\n'),
  };
  for (const name of options.images) files[`images/${name}/Dockerfile`] = `FROM scratch\nCOPY . /${name}/\n`;
  const sha = repo.commit(files, 'images');
  return { repo, sha };
}

/** Tag → digest of one repository, read directly from the registry (sorted by tag). */
export async function repositoryState(client: RegistryClient, registry: string, repository: string): Promise<Record<string, string>> {
  let tags: string[];
  try {
    tags = await client.listTags({ registry, repository });
  } catch (error) {
    // A repository nothing was pushed to answers NAME_UNKNOWN: it is empty.
    if ((error as { status?: number }).status === 404) return {};
    throw error;
  }
  const state: Record<string, string> = {};
  for (const tag of [...tags].sort()) {
    const head = await client.headManifest(parseReference(`${registry}/${repository}:${tag}`));
    if (head) state[tag] = head.digest;
  }
  return state;
}

/** Tag → digest of several repositories, keyed by repository. */
export async function registryState(client: RegistryClient, registry: string, repositories: readonly string[]): Promise<Record<string, Record<string, string>>> {
  const out: Record<string, Record<string, string>> = {};
  for (const repository of repositories) out[repository] = await repositoryState(client, registry, repository);
  return out;
}

/** Pushes each fixture to `<registry>/<repository>:<tag>`. */
export async function pushAll(client: RegistryClient, registry: string, tag: string, images: Readonly<Record<string, FixtureManifest>>): Promise<void> {
  for (const [repository, item] of Object.entries(images)) await pushManifest(client, `${registry}/${repository}:${tag}`, item);
}
