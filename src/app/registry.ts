/**
 * One place that turns user inputs into a registry client: explicit credentials for the
 * configured registry first, then the Docker config (docker/login-action) and auth.json.
 */
import { RegistryClient, defaultCredentialProvider, type RegistryClientOptions } from '../adapters/registry/index.js';

export interface RegistryAccess {
  /** The host the explicit credentials are for (`ghcr.io`, `127.0.0.1:5000`). */
  readonly host?: string;
  readonly username?: string;
  readonly password?: string;
  readonly insecureRegistries?: readonly string[];
  readonly debug?: (message: string) => void;
  readonly onRequest?: RegistryClientOptions['onRequest'];
}

export function createRegistryClient(access: RegistryAccess): RegistryClient {
  const explicit =
    access.host && access.username !== undefined && access.password !== undefined
      ? [{ registry: access.host, username: access.username, password: access.password }]
      : [];
  return new RegistryClient({
    credentials: defaultCredentialProvider({ explicit }),
    insecureRegistries: access.insecureRegistries ?? [],
    ...(access.debug ? { logger: { debug: access.debug } } : {}),
    ...(access.onRequest ? { onRequest: access.onRequest } : {}),
  });
}

/** The registry host of a `registry:` prefix such as `ghcr.io/acme` or `127.0.0.1:5000/x`. */
export function registryHost(prefix: string): string {
  return prefix.split('/')[0] ?? prefix;
}
