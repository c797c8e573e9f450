/**
 * Image references, parsed and normalised the way Docker does.
 *
 * `foreman` → registry-1.docker.io/library/foreman:latest
 * `quay.io/foreman/foreman:3.9` → quay.io / foreman/foreman / tag 3.9
 * `localhost:5000/base@sha256:…` → localhost:5000 / base / digest
 *
 * The grammar follows distribution/reference: the first path component is a registry host only
 * when it contains a `.` or a `:`, or is `localhost`; otherwise the reference is on Docker Hub.
 */

export const DOCKER_HUB_HOST = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** Where a reference points: by tag, by digest, or both (the digest wins when both are given). */
export type ReferenceTarget =
  | { readonly kind: 'tag'; readonly tag: string }
  | { readonly kind: 'digest'; readonly digest: string; readonly tag?: string };

export interface ImageReference {
  /** The registry host as it is contacted, `registry-1.docker.io` for Docker Hub. */
  readonly registry: string;
  /** The repository path inside the registry, `library/` added for single-name Hub images. */
  readonly repository: string;
  readonly target: ReferenceTarget;
}

export class ReferenceParseError extends Error {
  constructor(reference: string, reason: string) {
    super(`invalid image reference "${reference}": ${reason}`);
    this.name = 'ReferenceParseError';
  }
}

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
const HOST = /^(?:\[[0-9a-fA-F:]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::[0-9]+)?$/;

function looksLikeHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

/** Parses a reference; a missing tag means `latest`, as Docker assumes. */
export function parseReference(reference: string): ImageReference {
  const input = reference.trim();
  if (input === '') throw new ReferenceParseError(reference, 'it is empty');

  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) {
      throw new ReferenceParseError(reference, `"${digest}" is not a digest (expected algorithm:hex, e.g. sha256:<64 hex>)`);
    }
    if (digest.startsWith('sha256:') && !SHA256_DIGEST.test(digest)) {
      throw new ReferenceParseError(reference, 'a sha256 digest has exactly 64 lowercase hex characters');
    }
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) {
      throw new ReferenceParseError(reference, `"${tag}" is not a valid tag (letters, digits, _ . -, at most 128, not starting with . or -)`);
    }
  }

  const components = rest.split('/');
  let registry: string;
  const first = components[0] ?? '';
  if (components.length > 1 && looksLikeHost(first)) {
    if (!HOST.test(first)) throw new ReferenceParseError(reference, `"${first}" is not a valid registry host`);
    registry = first;
    components.shift();
  } else {
    registry = 'docker.io';
  }
  if (components.length === 0 || components.some((c) => c === '')) {
    throw new ReferenceParseError(reference, 'the repository path has an empty component');
  }
  for (const c of components) {
    if (!PATH_COMPONENT.test(c)) {
      throw new ReferenceParseError(
        reference,
        `"${c}" is not a valid repository name component (lowercase letters, digits and single separators . _ __ -)`,
      );
    }
  }

  let repository = components.join('/');
  if (DOCKER_HUB_ALIASES.has(registry)) {
    registry = DOCKER_HUB_HOST;
    if (components.length === 1) repository = `library/${repository}`;
  }

  const target: ReferenceTarget =
    digest !== undefined
      ? tag !== undefined
        ? { kind: 'digest', digest, tag }
        : { kind: 'digest', digest }
      : { kind: 'tag', tag: tag ?? 'latest' };
  return { registry, repository, target };
}

/** The canonical text of a reference: `host/repo:tag` or `host/repo@digest`. */
export function formatReference(ref: ImageReference): string {
  const base = `${ref.registry}/${ref.repository}`;
  return ref.target.kind === 'digest' ? `${base}@${ref.target.digest}` : `${base}:${ref.target.tag}`;
}

/** `host/repo` without tag or digest. */
export function repositoryName(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}`;
}

/** The text a tag or digest takes in a manifest URL. */
export function targetString(target: ReferenceTarget): string {
  return target.kind === 'digest' ? target.digest : target.tag;
}

export function withTag(ref: ImageReference, tag: string): ImageReference {
  return { registry: ref.registry, repository: ref.repository, target: { kind: 'tag', tag } };
}

export function withDigest(ref: ImageReference, digest: string): ImageReference {
  return { registry: ref.registry, repository: ref.repository, target: { kind: 'digest', digest } };
}

/** True when a host is on the loopback range, where plain HTTP is allowed by default. */
export function isLoopbackHost(registry: string): boolean {
  const host = registry.startsWith('[') ? registry.slice(1, registry.indexOf(']')) : registry.split(':')[0] ?? '';
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
