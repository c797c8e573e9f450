/**
 * Which images a cleanup (or keep) acts on, and the repository each lives in: images.yaml's
 * registry and prefix, or a registry given on the command line or as an input.
 */
import { UserInputError } from '../../core/diagnostics.js';
import type { LoadedConfig } from '../../core/config/load.js';
import { closest } from '../../core/config/suggest.js';
import type { RepositoryRef } from '../../adapters/registry/index.js';
import { discoverImageNames } from '../project.js';
import { imageRef } from '../promote.js';

/** The requested names, checked against the repository's images; none requested means all. */
export async function selectImages(root: string, loaded: LoadedConfig, requested: readonly string[]): Promise<string[]> {
  const known = await discoverImageNames(root, loaded);
  if (requested.length === 0) return known;
  const unknown = [...new Set(requested.filter((n) => !known.includes(n)))];
  if (unknown.length > 0) {
    throw new UserInputError(
      unknown.map((name) => {
        const near = closest(name, known);
        return {
          message: `no image named "${name}" in this repository`,
          hint: near !== undefined ? `Did you mean "${near}"?` : `Known images: ${known.join(', ') || '(none)'}.`,
        };
      }),
    );
  }
  return [...new Set(requested)].sort();
}

/** The registry prefix to use: the one given, else images.yaml's; a user error when neither is set. */
export function registryPrefix(loaded: LoadedConfig, given: string | undefined): string {
  const registry = given ?? loaded.config.registry;
  if (!registry) {
    throw new UserInputError([{ message: 'no registry is set', hint: `Set registry in ${loaded.file}, or pass the registry input (--registry on the command line).` }]);
  }
  return registry;
}

/** `<registry>/<prefix><name>` as a repository. */
export function imageRepository(registry: string, prefix: string, name: string): RepositoryRef {
  const ref = imageRef(registry, prefix, name, 'latest');
  return { registry: ref.registry, repository: ref.repository };
}
