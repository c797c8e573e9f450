/**
 * Authentication against real registries: htpasswd Basic auth, and token auth with a token
 * issuer whose recorded requests show the exact scopes the client asks for. Credentials come
 * from inputs, the Docker config (auths, credHelpers, credsStore) and containers auth.json.
 * No password or token may appear in an error or a debug log line.
 */
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/reference.js';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import {
  chainCredentials,
  containersAuthCredentials,
  dockerConfigCredentials,
  explicitCredentials,
  type CredentialProvider,
} from '../../../src/adapters/registry/credentials.js';
import { RegistryError } from '../../../src/adapters/registry/errors.js';
import { makeImage, pushImage } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'image-actions-auth-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function loggingClient(credentials: CredentialProvider | undefined): { client: RegistryClient; logs: string[] } {
  const logs: string[] = [];
  const client = new RegistryClient({ ...(credentials === undefined ? {} : { credentials }), logger: { debug: (m) => logs.push(m) } });
  return { client, logs };
}

function explicit(registry: RunningRegistry, password = registry.credentials!.password): CredentialProvider {
  return explicitCredentials([{ registry: registry.host, username: registry.credentials!.username, password }]);
}

async function writeDockerConfig(name: string, config: unknown): Promise<string> {
  const dir = join(scratch, name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

/** A `docker-credential-<name>` that answers for one host and records what it was asked. */
async function writeCredentialHelper(name: string, host: string, username: string, secret: string): Promise<{ bin: string; asked: string }> {
  const bin = join(scratch, `bin-${name}`);
  await mkdir(bin, { recursive: true });
  const asked = join(bin, 'asked.log');
  const script = [
    '#!/bin/sh',
    '[ "$1" = get ] || { echo "unexpected action $1" >&2; exit 2; }',
    'read -r server',
    `echo "$server" >> '${asked}'`,
    `if [ "$server" = '${host}' ]; then`,
    `  printf '{"ServerURL":"%s","Username":"%s","Secret":"%s"}' "$server" '${username}' '${secret}'`,
    'else',
    '  echo "credentials not found in native keychain"; exit 1',
    'fi',
  ].join('\n');
  const path = join(bin, `docker-credential-${name}`);
  await writeFile(path, `${script}\n`);
  await chmod(path, 0o755);
  return { bin, asked };
}

describe('Basic auth (htpasswd)', () => {
  let registry: RunningRegistry;

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' });
  });

  afterAll(async () => {
    await registry?.stop();
  });

  it('pushes and pulls with explicit credentials', async () => {
    const { client } = loggingClient(explicit(registry));
    const image = makeImage();
    await pushImage(client, `${registry.host}/basic/app:1`, image);
    expect((await client.getManifest(parseReference(`${registry.host}/basic/app:1`))).digest).toBe(image.digest);
  });

  it('without credentials fails with 401 and says where credentials come from', async () => {
    const { client } = loggingClient(undefined);
    const failure = await client.getManifest(parseReference(`${registry.host}/basic/app:1`)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as RegistryError).status).toBe(401);
    expect((failure as RegistryError).code).toBe('UNAUTHORIZED');
    expect((failure as Error).message).toMatch(/Check the credentials for 127\.0\.0\.1:\d+: pass username\/password inputs, run docker\/login-action/);
  });

  it('never puts a wrong password in the error or the debug log', async () => {
    const wrong = 'Wr0ng-Pa55word-Never-Shown';
    const { client, logs } = loggingClient(explicit(registry, wrong));
    const failure = await client.uploadBlob({ registry: registry.host, repository: 'basic/app' }, new Uint8Array([1, 2, 3])).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as RegistryError).status).toBe(401);
    const everything = [String(failure), (failure as Error).stack ?? '', JSON.stringify(failure), ...logs].join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [wrong, b64(`${registry.credentials!.username}:${wrong}`), registry.credentials!.password]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('reads the Docker config written by docker/login-action (auths)', async () => {
    const dir = await writeDockerConfig('login-action', {
      auths: { [registry.host]: { auth: b64(`${registry.credentials!.username}:${registry.credentials!.password}`) } },
    });
    const { client, logs } = loggingClient(dockerConfigCredentials({ env: { DOCKER_CONFIG: dir } }));
    expect(await client.headManifest(parseReference(`${registry.host}/basic/app:1`))).toBeDefined();
    expect(logs.join('\n')).toContain(`credentials for ${registry.host}: ${join(dir, 'config.json')} (auths)`);
  });

  it('runs credHelpers and credsStore helpers with the host on stdin', async () => {
    const { bin, asked } = await writeCredentialHelper('itest', registry.host, registry.credentials!.username, registry.credentials!.password);
    const env = { PATH: `${bin}:${process.env['PATH'] ?? ''}` };
    for (const [name, config] of [
      ['helpers', { credHelpers: { [registry.host]: 'itest' }, auths: { [registry.host]: { auth: b64('ignored:because-helper-wins') } } }],
      ['store', { credsStore: 'itest', auths: { [registry.host]: {} } }],
    ] as const) {
      const dir = await writeDockerConfig(name, config);
      const { client } = loggingClient(dockerConfigCredentials({ env: { ...env, DOCKER_CONFIG: dir } }));
      expect(await client.headManifest(parseReference(`${registry.host}/basic/app:1`))).toBeDefined();
    }
    expect((await readFile(asked, 'utf8')).trim().split('\n')).toEqual([registry.host, registry.host]);
  });

  it('reports a failing helper without its output, and treats a missing helper as no credentials', async () => {
    const bin = join(scratch, 'bin-broken');
    await mkdir(bin, { recursive: true });
    await writeFile(join(bin, 'docker-credential-broken'), '#!/bin/sh\necho \'{"Secret":"leaked-if-printed"}\'\necho "keychain locked" >&2\nexit 2\n');
    await chmod(join(bin, 'docker-credential-broken'), 0o755);
    const env = { PATH: `${bin}:${process.env['PATH'] ?? ''}` };
    const broken = await writeDockerConfig('broken', { credHelpers: { [registry.host]: 'broken' } });
    const { client, logs } = loggingClient(dockerConfigCredentials({ env: { ...env, DOCKER_CONFIG: broken } }));
    const failure = await client.headManifest(parseReference(`${registry.host}/basic/app:1`)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as RegistryError).code).toBe('CREDENTIAL_HELPER');
    expect((failure as Error).message).toContain(`docker-credential-broken get failed for ${registry.host} (exit code 2): keychain locked`);
    expect([String(failure), ...logs].join('\n')).not.toContain('leaked-if-printed');

    const missing = await writeDockerConfig('missing-helper', { credsStore: 'desktop-not-installed' });
    const anonymous = loggingClient(dockerConfigCredentials({ env: { ...env, DOCKER_CONFIG: missing } }));
    await expect(anonymous.client.headManifest(parseReference(`${registry.host}/basic/app:1`))).rejects.toMatchObject({ status: 401 });
    expect(anonymous.logs.join('\n')).toContain(`no credentials for ${registry.host}`);
  });

  it('reads containers auth.json from $REGISTRY_AUTH_FILE, after explicit and Docker config', async () => {
    const authFile = join(scratch, 'auth.json');
    await writeFile(authFile, JSON.stringify({ auths: { [`${registry.host}/basic`]: { auth: b64(`${registry.credentials!.username}:${registry.credentials!.password}`) } } }));
    const emptyDocker = await writeDockerConfig('empty', { auths: {} });
    const env = { DOCKER_CONFIG: emptyDocker, REGISTRY_AUTH_FILE: authFile };
    const provider = chainCredentials(explicitCredentials([]), dockerConfigCredentials({ env }), containersAuthCredentials({ env }));
    const { client, logs } = loggingClient(provider);
    expect(await client.headManifest(parseReference(`${registry.host}/basic/app:1`))).toBeDefined();
    expect(logs.join('\n')).toContain(`${authFile} (auths["${registry.host}/basic"])`);

    // First found wins: explicit credentials (wrong here) are used before auth.json.
    const first = chainCredentials(explicit(registry, 'explicit-but-wrong'), containersAuthCredentials({ env }));
    await expect(loggingClient(first).client.headManifest(parseReference(`${registry.host}/basic/app:1`))).rejects.toMatchObject({ status: 401 });
  });
});

describe('token auth (Bearer, ES256 tokens with an x5c header)', () => {
  let registry: RunningRegistry;
  const refreshToken = 'refresh-token-for-tester-0123456789';

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token', refreshTokens: { [refreshToken]: 'tester' } });
    const seed = new RegistryClient({ credentials: explicit(registry) });
    await pushImage(seed, `${registry.host}/tok/source:1`, makeImage({ layers: 1 }));
  });

  afterAll(async () => {
    await registry?.stop();
  });

  const issuer = () => registry.tokenIssuer!;

  it('asks for exactly repository:<name>:pull to read, once for many reads', async () => {
    issuer().clearRequests();
    const { client } = loggingClient(explicit(registry));
    const ref = parseReference(`${registry.host}/tok/source:1`);
    const manifest = await client.getManifest(ref);
    await client.headManifest(ref);
    if (manifest.kind === 'image') await client.getBlobBytes({ registry: registry.host, repository: 'tok/source' }, manifest.config.digest);
    await client.getImageConfig(ref);
    expect(issuer().requests.map((r) => [r.grant, r.account, r.scopes])).toEqual([['basic', 'tester', ['repository:tok/source:pull']]]);
  });

  it('asks for repository:<name>:pull,push to push', async () => {
    issuer().clearRequests();
    const { client } = loggingClient(explicit(registry));
    await pushImage(client, `${registry.host}/tok/pushed:1`, makeImage({ layers: 1 }));
    const scopes = issuer().requests.map((r) => r.scopes);
    // The first HEAD of a blob needs only pull; the upload then needs pull,push (which also serves later pulls).
    expect(scopes).toEqual([['repository:tok/pushed:pull'], ['repository:tok/pushed:pull,push']]);
  });

  it("adds the source repository's pull scope for a cross-repository mount", async () => {
    const { client: seed } = loggingClient(explicit(registry));
    const manifest = await seed.getManifest(parseReference(`${registry.host}/tok/source:1`));
    if (manifest.kind !== 'image') throw new Error('fixture is an image');
    issuer().clearRequests();
    const { client } = loggingClient(explicit(registry));
    const result = await client.mountBlob({ registry: registry.host, repository: 'tok/target' }, { registry: registry.host, repository: 'tok/source' }, manifest.layers[0]!.digest);
    expect(result).toBe('mounted');
    expect(issuer().requests.map((r) => r.scopes)).toEqual([['repository:tok/source:pull', 'repository:tok/target:pull,push']]);
  });

  it('gets anonymous tokens without credentials: pull works, push is refused', async () => {
    issuer().clearRequests();
    const { client } = loggingClient(undefined);
    expect(await client.headManifest(parseReference(`${registry.host}/tok/source:1`))).toBeDefined();
    expect(issuer().requests[0]).toMatchObject({ grant: 'anonymous', account: undefined, scopes: ['repository:tok/source:pull'] });
    const failure = await client.uploadBlob({ registry: registry.host, repository: 'tok/anon' }, new Uint8Array([9])).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as RegistryError).status).toBe(401);
  });

  it('exchanges an identity token from the Docker config with the OAuth2 refresh_token grant', async () => {
    issuer().clearRequests();
    const dir = await writeDockerConfig('identity', { auths: { [registry.host]: { auth: b64('tester:'), identitytoken: refreshToken } } });
    const { client, logs } = loggingClient(dockerConfigCredentials({ env: { DOCKER_CONFIG: dir } }));
    await pushImage(client, `${registry.host}/tok/identity:1`, makeImage({ layers: 1 }));
    expect(issuer().requests.every((r) => r.method === 'POST' && r.grant === 'refresh_token' && r.account === 'tester')).toBe(true);
    expect(logs.join('\n')).not.toContain(refreshToken);
  });

  it('never logs the password or a token, and a wrong password fails at the token server', async () => {
    issuer().clearRequests();
    const { client, logs } = loggingClient(explicit(registry));
    await pushImage(client, `${registry.host}/tok/secret:1`, makeImage({ layers: 1 }));
    const tokens = [...issuer().issuedTokens];
    expect(tokens.length).toBeGreaterThan(0);
    expect(logs.some((l) => l.includes('token for repository:tok/secret:pull,push'))).toBe(true);

    const wrong = 'not-the-password-xyz-987';
    const bad = loggingClient(explicit(registry, wrong));
    const failure = await bad.client.getManifest(parseReference(`${registry.host}/tok/secret:1`)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as RegistryError).status).toBe(401);
    expect((failure as Error).message).toMatch(/the token server http:\/\/127\.0\.0\.1:\d+ refused a token for repository:tok\/secret:pull with the credentials found/);

    const everything = [...logs, ...bad.logs, String(failure), JSON.stringify(failure)].join('\n');
    for (const secret of [registry.credentials!.password, wrong, ...tokens]) expect(everything).not.toContain(secret);
  });
});

describe('token auth with RS256 tokens', () => {
  it('pushes and pulls', async () => {
    const registry = await startRegistry({ auth: 'token', tokenAlgorithm: 'RS256' });
    try {
      const client = new RegistryClient({ credentials: explicit(registry) });
      const image = makeImage({ layers: 1 });
      await pushImage(client, `${registry.host}/rsa/app:1`, image);
      expect((await client.headManifest(parseReference(`${registry.host}/rsa/app:1`)))?.digest).toBe(image.digest);
    } finally {
      await registry.stop();
    }
  });
});
