/**
 * Which image references belong to this repository, so that a deployment runs the builds under
 * test instead of whatever the compose file or manifest names.
 *
 * A reference is one of the repository's images when its repository is
 * `<registry>/<prefix><name>` for one of the registries the images live in (images.yaml's
 * `registry`, or the run's when it overrides it), whatever tag or digest it carries; or when
 * it is written short, as `<prefix><name>[:tag]` with no registry at all, which a compose file
 * can use to say "the image of this repository, whichever build is under test".
 */
import { parseReference, repositoryName } from '../reference.js';

export interface RepositoryImages {
  /** The repository's image names. */
  readonly names: readonly string[];
  readonly prefix: string;
  /** Registry prefixes, e.g. "ghcr.io/acme" and "127.0.0.1:5000/acme". */
  readonly registries: readonly string[];
}

function parsedRepository(text: string): string | undefined {
  try {
    return repositoryName(parseReference(text));
  } catch {
    return undefined;
  }
}

/** The text of a reference without its tag and digest. */
function withoutTarget(text: string): string {
  const at = text.indexOf('@');
  const noDigest = at >= 0 ? text.slice(0, at) : text;
  const colon = noDigest.lastIndexOf(':');
  return colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
}

export class ImageOwnership {
  readonly #byRepository = new Map<string, string>();
  readonly #byShortName = new Map<string, string>();
  /** Image → `<registry>/<prefix><name>` as written (for text, where no normalisation happens). */
  readonly #written = new Map<string, string[]>();

  constructor(images: RepositoryImages) {
    for (const name of images.names) {
      this.#byShortName.set(`${images.prefix}${name}`, name);
      for (const registry of images.registries) {
        if (registry === '') continue;
        const written = `${registry.replace(/\/+$/, '')}/${images.prefix}${name}`;
        const repository = parsedRepository(written);
        if (repository === undefined) continue;
        this.#byRepository.set(repository, name);
        const list = this.#written.get(name) ?? [];
        if (!list.includes(written)) list.push(written);
        this.#written.set(name, list);
      }
    }
  }

  /** The image of this repository `reference` names, or undefined. */
  imageOf(reference: string): string | undefined {
    const text = reference.trim();
    const short = withoutTarget(text);
    // Short form: no registry host, exactly <prefix><name>.
    const first = short.split('/')[0] ?? '';
    const hostLike = short.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    if (!hostLike) {
      const byName = this.#byShortName.get(short);
      if (byName !== undefined) return byName;
    }
    const repository = parsedRepository(text);
    return repository === undefined ? undefined : this.#byRepository.get(repository);
  }

  /** `<registry>/<prefix><name>` as the registries are written, for finding references in text. */
  writtenRepositories(image: string): readonly string[] {
    return this.#written.get(image) ?? [];
  }
}
