/**
 * Environment variable names derived from image and service names: `IMAGE_<NAME>` for each
 * image's reference, `SERVICE_<NAME>_…` for a deployed service's endpoints. Upper case, with
 * every character a variable name cannot hold (`-`, `.`) turned into `_`: `web-tls` →
 * `IMAGE_WEB_TLS`.
 */

export function envSuffix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}

export function imageEnvName(image: string): string {
  return `IMAGE_${envSuffix(image)}`;
}

export function serviceEnvPrefix(service: string): string {
  return `SERVICE_${envSuffix(service)}`;
}

export class EnvNameClash extends Error {
  constructor(readonly variable: string, readonly names: readonly string[]) {
    super(`${names.map((n) => `"${n}"`).join(' and ')} both become ${variable}; rename one of them so that each has its own variable`);
    this.name = 'EnvNameClash';
  }
}

/** `IMAGE_<NAME>` → reference for every image; refuses two names that become one variable. */
export function imageEnvironment(refs: ReadonlyMap<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  const owner = new Map<string, string>();
  for (const [image, ref] of [...refs].sort(([a], [b]) => a.localeCompare(b))) {
    const name = imageEnvName(image);
    const earlier = owner.get(name);
    if (earlier !== undefined) throw new EnvNameClash(name, [earlier, image]);
    owner.set(name, image);
    env[name] = ref;
  }
  return env;
}
