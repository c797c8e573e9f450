/**
 * Which registries a build talks to over plain HTTP: the ones the user lists as insecure, and any
 * on the loopback interface (a registry started next to the build, as dockerd also assumes).
 */
import { parseReference } from '../../core/reference.js';

/** `host[:port]` of a reference, as it is contacted (`registry-1.docker.io` for Docker Hub). */
export function registryOf(reference: string): string {
  return parseReference(reference).registry;
}

/** `registry/repository` of a reference, tag and digest dropped: what a push goes to. */
export function repositoryOf(reference: string): string {
  const parsed = parseReference(reference);
  return `${parsed.registry}/${parsed.repository}`;
}

function hostName(registry: string): string {
  if (registry.startsWith('[')) return registry.slice(1, registry.indexOf(']'));
  const colon = registry.lastIndexOf(':');
  return colon >= 0 ? registry.slice(0, colon) : registry;
}

export function isLoopbackRegistry(registry: string): boolean {
  const host = hostName(registry).toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Whether `registry` is reached over HTTP: listed as insecure, or on loopback. */
export function isInsecureRegistry(registry: string, insecure: readonly string[] = []): boolean {
  return isLoopbackRegistry(registry) || insecure.some((entry) => entry.trim().toLowerCase() === registry.toLowerCase());
}

/**
 * The insecure registries among `references` (tags, parents), plus every listed one: sorted,
 * without duplicates. References that do not parse (e.g. still holding `${VAR}`) are skipped.
 */
export function insecureRegistriesOf(references: readonly string[], insecure: readonly string[] = []): string[] {
  const hosts = new Set(insecure.map((h) => h.trim()).filter((h) => h !== ''));
  for (const reference of references) {
    let registry: string;
    try {
      registry = registryOf(reference);
    } catch {
      continue;
    }
    if (isInsecureRegistry(registry, insecure)) hosts.add(registry);
  }
  return [...hosts].sort();
}
