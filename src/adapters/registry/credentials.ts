/**
 * Where registry credentials come from, first found wins:
 *
 * 1. explicit credentials (action inputs; the caller masks them with `core.setSecret`);
 * 2. the Docker config (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, as written by
 *    `docker login` and docker/login-action): `credHelpers`, then `credsStore`, then `auths`,
 *    the order Docker itself uses;
 * 3. containers' `auth.json` (`$REGISTRY_AUTH_FILE`, `$XDG_RUNTIME_DIR/containers/auth.json`,
 *    `$XDG_CONFIG_HOME/containers/auth.json`), whose keys may name a repository or namespace.
 *
 * Credential helpers run as `docker-credential-<name> get` with an argument array and the
 * server on stdin. Secrets are held in `Secret`s and never appear in a log or an error.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DOCKER_HUB_HOST } from '../../core/reference.js';
import { Secret } from './secret.js';
import { silentLogger, type Logger } from './transport.js';

export type Credential =
  | { readonly kind: 'basic'; readonly username: string; readonly password: Secret }
  /** An OAuth2 refresh token (`identitytoken`), exchanged at the token endpoint by POST. */
  | { readonly kind: 'identity-token'; readonly username: string; readonly token: Secret }
  /** A bearer token to send as it is (`registrytoken`). */
  | { readonly kind: 'registry-token'; readonly token: Secret };

export interface FoundCredential {
  readonly credential: Credential;
  /** Where it came from, for logs and error hints: never the secret itself. */
  readonly source: string;
}

export interface CredentialProvider {
  find(registry: string, repository?: string): Promise<FoundCredential | undefined>;
}

/** A configuration file or helper that could not be used, said without any secret. */
export class CredentialError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialError';
  }
}

const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', DOCKER_HUB_HOST]);
/** The key Docker writes for Docker Hub, and the server URL its helpers are asked about. */
export const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';

/** A config key (`https://host/v1/`, `host`, `host/ns/repo`) as a lowercase host, Hub folded. */
export function normaliseRegistryKey(key: string): string {
  const withoutScheme = key.trim().replace(/^[a-z]+:\/\//i, '');
  const host = (withoutScheme.split('/')[0] ?? '').toLowerCase();
  return HUB_ALIASES.has(host) ? DOCKER_HUB_HOST : host;
}

// ---------------------------------------------------------------------------------------------
// Explicit credentials

export interface ExplicitCredential {
  readonly registry: string;
  readonly username: string;
  readonly password: string;
}

export function explicitCredentials(entries: readonly ExplicitCredential[]): CredentialProvider {
  const byHost = new Map<string, Credential>();
  for (const e of entries) {
    if (e.username === '' && e.password === '') continue;
    byHost.set(normaliseRegistryKey(e.registry), { kind: 'basic', username: e.username, password: new Secret(e.password) });
  }
  return {
    find: async (registry) => {
      const credential = byHost.get(normaliseRegistryKey(registry));
      return credential === undefined ? undefined : { credential, source: 'explicit credentials' };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Parsing of the two configuration formats (pure)

interface AuthEntry {
  readonly key: string;
  readonly credential: Credential | undefined;
}

export interface ParsedAuthConfig {
  readonly auths: readonly AuthEntry[];
  /** Host → helper name. */
  readonly credHelpers: ReadonlyMap<string, string>;
  readonly credsStore: string | undefined;
}

const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Parses a Docker `config.json` or a containers `auth.json` (the same `auths` shape). `file` only
 * names the file in errors. An entry without credentials (`{}`, as Docker writes beside a
 * credsStore) is kept with `credential: undefined`.
 */
export function parseAuthConfig(text: string, file: string): ParsedAuthConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CredentialError(`${file} is not valid JSON (${(error as Error).message}); fix or remove it`);
  }
  if (!isRecord(parsed)) throw new CredentialError(`${file} must contain a JSON object`);

  const auths: AuthEntry[] = [];
  const rawAuths = parsed['auths'];
  if (rawAuths !== undefined) {
    if (!isRecord(rawAuths)) throw new CredentialError(`${file}: "auths" must be an object`);
    for (const [key, entry] of Object.entries(rawAuths)) {
      if (!isRecord(entry)) throw new CredentialError(`${file}: auths["${key}"] must be an object`);
      auths.push({ key, credential: credentialFromEntry(entry, `${file}: auths["${key}"]`) });
    }
  }

  const credHelpers = new Map<string, string>();
  const rawHelpers = parsed['credHelpers'];
  if (rawHelpers !== undefined) {
    if (!isRecord(rawHelpers)) throw new CredentialError(`${file}: "credHelpers" must be an object`);
    for (const [key, helper] of Object.entries(rawHelpers)) {
      if (typeof helper !== 'string' || !HELPER_NAME.test(helper)) {
        throw new CredentialError(`${file}: credHelpers["${key}"] must be a helper name such as "ecr-login" (letters, digits, . _ -)`);
      }
      credHelpers.set(normaliseRegistryKey(key), helper);
    }
  }

  const store = parsed['credsStore'];
  let credsStore: string | undefined;
  if (store !== undefined && store !== '') {
    if (typeof store !== 'string' || !HELPER_NAME.test(store)) {
      throw new CredentialError(`${file}: "credsStore" must be a helper name such as "pass" (letters, digits, . _ -)`);
    }
    credsStore = store;
  }
  return { auths, credHelpers, credsStore };
}

function credentialFromEntry(entry: Record<string, unknown>, where: string): Credential | undefined {
  let username = typeof entry['username'] === 'string' ? entry['username'] : '';
  let password = typeof entry['password'] === 'string' ? entry['password'] : '';
  const auth = entry['auth'];
  if (typeof auth === 'string' && auth !== '') {
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) throw new CredentialError(`${where}: "auth" must be base64 of "username:password"`);
    username = decoded.slice(0, colon);
    password = decoded.slice(colon + 1);
  }
  const identityToken = entry['identitytoken'];
  if (typeof identityToken === 'string' && identityToken !== '') {
    return { kind: 'identity-token', username, token: new Secret(identityToken) };
  }
  const registryToken = entry['registrytoken'];
  if (typeof registryToken === 'string' && registryToken !== '') {
    return { kind: 'registry-token', token: new Secret(registryToken) };
  }
  if (username === '' && password === '') return undefined;
  return { kind: 'basic', username, password: new Secret(password) };
}

/** The `auths` entry for a host in a Docker config: keys may carry a scheme and a path. */
export function findDockerAuth(config: ParsedAuthConfig, registry: string): AuthEntry | undefined {
  const host = normaliseRegistryKey(registry);
  return config.auths.find((a) => normaliseRegistryKey(a.key) === host);
}

/**
 * The `auths` entry for a repository in a containers auth.json: the most specific key wins,
 * `host/ns/repo` before `host/ns` before `host` (containers-auth.json(5)).
 */
export function findContainersAuth(config: ParsedAuthConfig, registry: string, repository: string | undefined): AuthEntry | undefined {
  const host = normaliseRegistryKey(registry);
  const candidates: string[] = [];
  if (repository !== undefined) {
    const parts = repository.split('/');
    for (let n = parts.length; n >= 1; n--) candidates.push(`${host}/${parts.slice(0, n).join('/')}`);
  }
  candidates.push(host);
  for (const candidate of candidates) {
    const match = config.auths.find((a) => {
      const key = a.key.trim().replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
      const [first, ...rest] = key.split('/');
      const normalised = [normaliseRegistryKey(first ?? ''), ...rest].join('/');
      return normalised === candidate;
    });
    if (match) return match;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Credential helpers

export interface HelperRunOptions {
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

/**
 * Asks `docker-credential-<helper> get` for a server's credentials. Undefined when the helper
 * says it has none, or is not installed (a config copied from a desktop often names one).
 */
export async function runCredentialHelper(helper: string, serverUrl: string, options: HelperRunOptions): Promise<Credential | undefined> {
  if (!HELPER_NAME.test(helper)) throw new CredentialError(`"${helper}" is not a valid credential helper name`);
  const program = `docker-credential-${helper}`;
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string; missing: boolean }>((resolve, reject) => {
    const child = spawn(program, ['get'], { env: options.env, stdio: ['pipe', 'pipe', 'pipe'], timeout: options.timeoutMs ?? 30_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') resolve({ code: null, stdout: '', stderr: '', missing: true });
      else reject(new CredentialError(`${program} could not be started: ${error.message}`));
    });
    child.on('close', (code) => resolve({ code, stdout, stderr, missing: false }));
    child.stdin.on('error', () => undefined); // A helper that exits without reading stdin is not an error here.
    child.stdin.end(serverUrl);
  });
  if (result.missing) return undefined;
  if (result.code !== 0) {
    // Helpers report "credentials not found in native keychain" on stdout (and exit 1).
    if (/credentials not found/i.test(result.stdout) || /credentials not found/i.test(result.stderr)) return undefined;
    // Only the first line of stderr: stdout could hold a secret, and must never be shown.
    const why = (result.stderr.split('\n')[0] ?? '').slice(0, 200);
    throw new CredentialError(`${program} get failed for ${serverUrl} (exit code ${String(result.code)})${why ? `: ${why}` : ''}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    throw new CredentialError(`${program} get for ${serverUrl} did not print JSON`);
  }
  if (!isRecord(parsed)) throw new CredentialError(`${program} get for ${serverUrl} did not print a JSON object`);
  const username = typeof parsed['Username'] === 'string' ? parsed['Username'] : '';
  const secret = typeof parsed['Secret'] === 'string' ? parsed['Secret'] : '';
  if (username === '' && secret === '') return undefined;
  // Docker's convention: the username "<token>" marks an identity (refresh) token.
  if (username === '<token>') return { kind: 'identity-token', username: '', token: new Secret(secret) };
  return { kind: 'basic', username, password: new Secret(secret) };
}

/** The server name a helper is asked about: Docker's historical URL for Hub, else the host. */
export function helperServerUrl(registry: string): string {
  const host = normaliseRegistryKey(registry);
  return host === DOCKER_HUB_HOST ? DOCKER_HUB_CONFIG_KEY : host;
}

// ---------------------------------------------------------------------------------------------
// File-backed providers

export interface FileProviderOptions {
  /** Defaults to `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
  /** Defaults to `os.homedir()`. */
  readonly homeDir?: string;
  readonly logger?: Logger;
  readonly helperTimeoutMs?: number;
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw new CredentialError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

export function dockerConfigPath(env: NodeJS.ProcessEnv, homeDir: string): string {
  const dir = env['DOCKER_CONFIG'];
  return dir !== undefined && dir !== '' ? join(dir, 'config.json') : join(homeDir, '.docker', 'config.json');
}

/** Credentials from the Docker config: credHelpers, then credsStore, then auths. */
export function dockerConfigCredentials(options: FileProviderOptions = {}): CredentialProvider {
  const env = options.env ?? process.env;
  const path = dockerConfigPath(env, options.homeDir ?? homedir());
  const logger = options.logger ?? silentLogger;
  let loaded: Promise<ParsedAuthConfig | undefined> | undefined;
  const load = (): Promise<ParsedAuthConfig | undefined> =>
    (loaded ??= readOptional(path).then((text) => (text === undefined ? undefined : parseAuthConfig(text, path))));

  return {
    find: async (registry) => {
      const config = await load();
      if (config === undefined) return undefined;
      const host = normaliseRegistryKey(registry);
      const helperOptions = { env, ...(options.helperTimeoutMs === undefined ? {} : { timeoutMs: options.helperTimeoutMs }) };
      const helper = config.credHelpers.get(host) ?? config.credsStore;
      if (helper !== undefined) {
        const credential = await runCredentialHelper(helper, helperServerUrl(registry), helperOptions);
        const kind = config.credHelpers.has(host) ? 'credHelpers' : 'credsStore';
        if (credential !== undefined) return { credential, source: `${path} (${kind}: docker-credential-${helper})` };
        logger.debug(`no credentials for ${host} from docker-credential-${helper} (${kind} in ${path})`);
        // Docker ignores `auths` when a store is configured: the entries there are placeholders.
        return undefined;
      }
      const entry = findDockerAuth(config, registry);
      if (entry?.credential === undefined) return undefined;
      return { credential: entry.credential, source: `${path} (auths)` };
    },
  };
}

/** The containers auth.json files, in the order containers-auth.json(5) reads them. */
export function containersAuthPaths(env: NodeJS.ProcessEnv, homeDir: string): string[] {
  const explicit = env['REGISTRY_AUTH_FILE'];
  if (explicit !== undefined && explicit !== '') return [explicit];
  const paths: string[] = [];
  const runtime = env['XDG_RUNTIME_DIR'];
  if (runtime !== undefined && runtime !== '') paths.push(join(runtime, 'containers', 'auth.json'));
  const configHome = env['XDG_CONFIG_HOME'];
  paths.push(join(configHome !== undefined && configHome !== '' ? configHome : join(homeDir, '.config'), 'containers', 'auth.json'));
  return paths;
}

export function containersAuthCredentials(options: FileProviderOptions = {}): CredentialProvider {
  const env = options.env ?? process.env;
  const paths = containersAuthPaths(env, options.homeDir ?? homedir());
  const cache = new Map<string, Promise<ParsedAuthConfig | undefined>>();
  const load = (path: string): Promise<ParsedAuthConfig | undefined> => {
    let entry = cache.get(path);
    if (!entry) {
      entry = readOptional(path).then((text) => (text === undefined ? undefined : parseAuthConfig(text, path)));
      cache.set(path, entry);
    }
    return entry;
  };
  return {
    find: async (registry, repository) => {
      for (const path of paths) {
        const config = await load(path);
        if (config === undefined) continue;
        const host = normaliseRegistryKey(registry);
        const helper = config.credHelpers.get(host);
        if (helper !== undefined) {
          const credential = await runCredentialHelper(helper, host, { env, ...(options.helperTimeoutMs === undefined ? {} : { timeoutMs: options.helperTimeoutMs }) });
          if (credential !== undefined) return { credential, source: `${path} (credHelpers: docker-credential-${helper})` };
        }
        const entry = findContainersAuth(config, registry, repository);
        if (entry?.credential !== undefined) return { credential: entry.credential, source: `${path} (auths["${entry.key}"])` };
      }
      return undefined;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Composition

/** Asks each provider in turn; the first that finds a credential wins. */
export function chainCredentials(...providers: readonly CredentialProvider[]): CredentialProvider {
  return {
    find: async (registry, repository) => {
      for (const provider of providers) {
        const found = await provider.find(registry, repository);
        if (found !== undefined) return found;
      }
      return undefined;
    },
  };
}

export interface DefaultCredentialOptions extends FileProviderOptions {
  readonly explicit?: readonly ExplicitCredential[];
}

/** Explicit credentials, then the Docker config, then containers auth.json. */
export function defaultCredentialProvider(options: DefaultCredentialOptions = {}): CredentialProvider {
  return chainCredentials(explicitCredentials(options.explicit ?? []), dockerConfigCredentials(options), containersAuthCredentials(options));
}

/** No credentials anywhere: every registry is accessed anonymously. */
export const anonymousCredentials: CredentialProvider = { find: async () => undefined };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
