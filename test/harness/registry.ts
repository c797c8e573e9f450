/**
 * Starts a real CNCF distribution registry (`docker-registry serve`, Debian's package, 2.8) on a
 * free loopback port for a test: anonymous, with htpasswd Basic auth, or with token auth
 * against a token issuer started alongside it (see token-issuer.ts). Storage is a fresh
 * temporary directory with deletion enabled. `stop()` ends the process and removes it all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, constants, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { stringify } from 'yaml';
import { startTokenIssuer, type TokenAlgorithm, type TokenIssuer } from './token-issuer.js';

export type RegistryAuthMode = 'none' | 'basic' | 'token';

export interface RegistryCredentials {
  readonly username: string;
  readonly password: string;
}

export interface RunningRegistry {
  /** `127.0.0.1:PORT`, as it appears in image references. */
  readonly host: string;
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  readonly storageDir: string;
  readonly auth: RegistryAuthMode;
  /** For `basic` and `token`: a user that may pull and push everything. */
  readonly credentials?: RegistryCredentials;
  readonly tokenIssuer?: TokenIssuer;
  /** What the registry printed so far (warnings and errors), for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

export interface StartRegistryOptions {
  readonly auth?: RegistryAuthMode;
  readonly username?: string;
  /** Generated when absent. */
  readonly password?: string;
  /** Token mode: the JWT signature algorithm. Default ES256. */
  readonly tokenAlgorithm?: TokenAlgorithm;
  /** Token mode: anonymous clients may pull. Default true. */
  readonly anonymousPull?: boolean;
  readonly tokenExpiresInSeconds?: number;
  /** Token mode: OAuth2 refresh tokens the issuer accepts, token → username. */
  readonly refreshTokens?: Readonly<Record<string, string>>;
  /** `storage.delete.enabled`. Default true. */
  readonly deleteEnabled?: boolean;
}

const BINARY_CANDIDATES = ['/usr/bin/docker-registry', '/usr/local/bin/docker-registry'];
const INSTALL_HINT = 'Install CNCF distribution with `apt-get install -y docker-registry` (or run `npm test`, which does it).';

async function findBinary(): Promise<string> {
  for (const candidate of BINARY_CANDIDATES) {
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Try the next location.
    }
  }
  throw new Error(`docker-registry (CNCF distribution) was not found at ${BINARY_CANDIDATES.join(' or ')}. ${INSTALL_HINT}`);
}

/** A port that was free a moment ago (the registry binds it next; a clash is retried). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, logs: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`docker-registry exited (${child.exitCode ?? child.signalCode}) before answering:\n${logs()}`);
    }
    try {
      const res = await fetch(`${url}/v2/`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status === 200 || res.status === 401) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`docker-registry did not answer ${url}/v2/ within ${timeoutMs} ms:\n${logs()}`);
}

export async function startRegistry(options: StartRegistryOptions = {}): Promise<RunningRegistry> {
  const binary = await findBinary();
  const auth = options.auth ?? 'none';
  const dir = await mkdtemp(join(tmpdir(), 'image-actions-registry-'));
  const storageDir = join(dir, 'storage');
  const credentials: RegistryCredentials | undefined =
    auth === 'none' ? undefined : { username: options.username ?? 'tester', password: options.password ?? randomBytes(12).toString('base64url') };

  let tokenIssuer: TokenIssuer | undefined;
  let authConfig: Record<string, unknown> | undefined;
  try {
    if (auth === 'basic' && credentials) {
      // Distribution's htpasswd accepts bcrypt only.
      const htpasswd = join(dir, 'htpasswd');
      await writeFile(htpasswd, `${credentials.username}:${bcrypt.hashSync(credentials.password, 8)}\n`, { mode: 0o600 });
      authConfig = { htpasswd: { realm: 'image-actions-test', path: htpasswd } };
    } else if (auth === 'token' && credentials) {
      tokenIssuer = await startTokenIssuer({
        dir,
        users: { [credentials.username]: credentials.password },
        ...(options.refreshTokens === undefined ? {} : { refreshTokens: options.refreshTokens }),
        ...(options.tokenAlgorithm === undefined ? {} : { algorithm: options.tokenAlgorithm }),
        ...(options.anonymousPull === undefined ? {} : { anonymousPull: options.anonymousPull }),
        ...(options.tokenExpiresInSeconds === undefined ? {} : { expiresInSeconds: options.tokenExpiresInSeconds }),
      });
      authConfig = { token: { realm: tokenIssuer.realm, service: tokenIssuer.service, issuer: tokenIssuer.issuer, rootcertbundle: tokenIssuer.certificatePath } };
    }

    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const host = `127.0.0.1:${port}`;
      const config = {
        version: 0.1,
        log: { level: 'warn', accesslog: { disabled: true } },
        storage: { filesystem: { rootdirectory: storageDir }, delete: { enabled: options.deleteEnabled ?? true }, maintenance: { uploadpurging: { enabled: false } } },
        http: { addr: host, secret: randomBytes(16).toString('hex') },
        ...(authConfig === undefined ? {} : { auth: authConfig }),
      };
      const configPath = join(dir, 'config.yml');
      await writeFile(configPath, stringify(config));
      const child = spawn(binary, ['serve', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      const collect = (chunk: Buffer): void => {
        output = (output + chunk.toString('utf8')).slice(-20_000);
      };
      child.stdout?.on('data', collect);
      child.stderr?.on('data', collect);
      const logs = (): string => output;
      try {
        await waitUntilAnswering(`http://${host}`, child, logs, 15_000);
      } catch (error) {
        child.kill('SIGKILL');
        if (attempt < 4 && /address already in use/.test(output)) continue;
        throw error;
      }
      const stop = async (): Promise<void> => {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
          await exited;
          clearTimeout(timer);
        }
        await tokenIssuer?.stop();
        await rm(dir, { recursive: true, force: true });
      };
      return {
        host,
        url: `http://${host}`,
        storageDir,
        auth,
        ...(credentials === undefined ? {} : { credentials }),
        ...(tokenIssuer === undefined ? {} : { tokenIssuer }),
        logs,
        stop,
      };
    }
  } catch (error) {
    await tokenIssuer?.stop();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
