import { describe, expect, it } from 'vitest';
import {
  CredentialError,
  containersAuthPaths,
  dockerConfigPath,
  explicitCredentials,
  findContainersAuth,
  findDockerAuth,
  helperServerUrl,
  normaliseRegistryKey,
  parseAuthConfig,
  type Credential,
} from '../../../../src/adapters/registry/credentials.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

function reveal(credential: Credential | undefined): unknown {
  if (credential === undefined) return undefined;
  if (credential.kind === 'basic') return { kind: 'basic', username: credential.username, password: credential.password.reveal() };
  if (credential.kind === 'identity-token') return { kind: 'identity-token', username: credential.username, token: credential.token.reveal() };
  return { kind: 'registry-token', token: credential.token.reveal() };
}

describe('normaliseRegistryKey', () => {
  it('strips scheme and path and folds every Docker Hub alias', () => {
    expect(normaliseRegistryKey('https://index.docker.io/v1/')).toBe('registry-1.docker.io');
    expect(normaliseRegistryKey('docker.io')).toBe('registry-1.docker.io');
    expect(normaliseRegistryKey('http://Registry.Example.com:5000/v2/')).toBe('registry.example.com:5000');
    expect(normaliseRegistryKey('ghcr.io')).toBe('ghcr.io');
  });

  it('asks helpers about Docker Hub by its historical URL', () => {
    expect(helperServerUrl('registry-1.docker.io')).toBe('https://index.docker.io/v1/');
    expect(helperServerUrl('ghcr.io')).toBe('ghcr.io');
  });
});

describe('parseAuthConfig (Docker config.json as docker/login-action writes it)', () => {
  const config = parseAuthConfig(
    JSON.stringify({
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hubuser:hub:pass:with:colons') },
        'ghcr.io': { auth: b64('octocat:ghp_secret') },
        'quay.io': { username: 'robot', password: 'quay-secret' },
        'myacr.azurecr.io': { auth: b64('00000000-0000-0000-0000-000000000000:'), identitytoken: 'refresh-xyz' },
        'tok.example.com': { registrytoken: 'bearer-abc' },
        'placeholder.example.com': {},
      },
      credHelpers: { '123.dkr.ecr.us-east-1.amazonaws.com': 'ecr-login', 'https://gcr.io': 'gcloud' },
      credsStore: 'pass',
    }),
    '/home/u/.docker/config.json',
  );

  it('decodes auth as username:password, splitting at the first colon', () => {
    expect(reveal(findDockerAuth(config, 'docker.io')?.credential)).toEqual({ kind: 'basic', username: 'hubuser', password: 'hub:pass:with:colons' });
    expect(reveal(findDockerAuth(config, 'ghcr.io')?.credential)).toEqual({ kind: 'basic', username: 'octocat', password: 'ghp_secret' });
  });

  it('reads username/password fields, identity tokens and registry tokens', () => {
    expect(reveal(findDockerAuth(config, 'quay.io')?.credential)).toEqual({ kind: 'basic', username: 'robot', password: 'quay-secret' });
    expect(reveal(findDockerAuth(config, 'myacr.azurecr.io')?.credential)).toEqual({
      kind: 'identity-token',
      username: '00000000-0000-0000-0000-000000000000',
      token: 'refresh-xyz',
    });
    expect(reveal(findDockerAuth(config, 'tok.example.com')?.credential)).toEqual({ kind: 'registry-token', token: 'bearer-abc' });
  });

  it('keeps empty placeholder entries without a credential, and finds nothing for unknown hosts', () => {
    expect(findDockerAuth(config, 'placeholder.example.com')).toEqual({ key: 'placeholder.example.com', credential: undefined });
    expect(findDockerAuth(config, 'nowhere.example.com')).toBeUndefined();
  });

  it('reads credHelpers by normalised host, and credsStore', () => {
    expect(config.credHelpers.get('123.dkr.ecr.us-east-1.amazonaws.com')).toBe('ecr-login');
    expect(config.credHelpers.get('gcr.io')).toBe('gcloud');
    expect(config.credsStore).toBe('pass');
  });

  it('never shows a secret when a credential is printed or serialised', () => {
    const credential = findDockerAuth(config, 'ghcr.io')?.credential;
    expect(JSON.stringify(credential)).not.toContain('ghp_secret');
    expect(String((credential as { password: unknown }).password)).toBe('***');
  });

  it('says which file and which key is wrong, without the secret', () => {
    expect(() => parseAuthConfig('{not json', '/x/config.json')).toThrow(/\/x\/config\.json is not valid JSON/);
    expect(() => parseAuthConfig(JSON.stringify({ auths: { 'r.io': { auth: b64('no-colon-secret') } } }), '/x/config.json')).toThrow(
      /auths\["r\.io"\]: "auth" must be base64 of "username:password"/,
    );
    try {
      parseAuthConfig(JSON.stringify({ auths: { 'r.io': { auth: b64('no-colon-secret') } } }), '/x/config.json');
    } catch (error) {
      expect(error).toBeInstanceOf(CredentialError);
      expect((error as Error).message).not.toContain('no-colon-secret');
    }
  });

  it('refuses helper names that could escape the docker-credential- prefix', () => {
    expect(() => parseAuthConfig(JSON.stringify({ credsStore: '../../bin/sh' }), '/x/config.json')).toThrow(/credsStore/);
    expect(() => parseAuthConfig(JSON.stringify({ credHelpers: { 'a.io': 'x y' } }), '/x/config.json')).toThrow(/credHelpers\["a\.io"\]/);
  });
});

describe('containers auth.json', () => {
  const config = parseAuthConfig(
    JSON.stringify({
      auths: {
        'quay.io': { auth: b64('host-user:host-pass') },
        'quay.io/team': { auth: b64('ns-user:ns-pass') },
        'quay.io/team/app': { auth: b64('repo-user:repo-pass') },
        'docker.io/library': { auth: b64('lib-user:lib-pass') },
      },
    }),
    '/run/containers/auth.json',
  );

  it('prefers the most specific key: repository, then namespace, then host', () => {
    expect(reveal(findContainersAuth(config, 'quay.io', 'team/app')?.credential)).toMatchObject({ username: 'repo-user' });
    expect(reveal(findContainersAuth(config, 'quay.io', 'team/other')?.credential)).toMatchObject({ username: 'ns-user' });
    expect(reveal(findContainersAuth(config, 'quay.io', 'someone/else')?.credential)).toMatchObject({ username: 'host-user' });
    expect(reveal(findContainersAuth(config, 'quay.io', undefined)?.credential)).toMatchObject({ username: 'host-user' });
  });

  it('folds docker.io in repository-scoped keys', () => {
    expect(reveal(findContainersAuth(config, 'registry-1.docker.io', 'library/alpine')?.credential)).toMatchObject({ username: 'lib-user' });
    expect(findContainersAuth(config, 'registry-1.docker.io', 'someone/app')).toBeUndefined();
  });
});

describe('file locations', () => {
  it('uses $DOCKER_CONFIG, else ~/.docker/config.json', () => {
    expect(dockerConfigPath({ DOCKER_CONFIG: '/cfg' }, '/home/u')).toBe('/cfg/config.json');
    expect(dockerConfigPath({}, '/home/u')).toBe('/home/u/.docker/config.json');
  });

  it('uses $REGISTRY_AUTH_FILE alone when set, else the runtime then the config directory', () => {
    expect(containersAuthPaths({ REGISTRY_AUTH_FILE: '/a.json', XDG_RUNTIME_DIR: '/run/user/1' }, '/home/u')).toEqual(['/a.json']);
    expect(containersAuthPaths({ XDG_RUNTIME_DIR: '/run/user/1' }, '/home/u')).toEqual(['/run/user/1/containers/auth.json', '/home/u/.config/containers/auth.json']);
    expect(containersAuthPaths({ XDG_CONFIG_HOME: '/xdg' }, '/home/u')).toEqual(['/xdg/containers/auth.json']);
  });
});

describe('explicitCredentials', () => {
  it('matches the registry however it is written, and ignores empty inputs', async () => {
    const provider = explicitCredentials([
      { registry: 'docker.io', username: 'me', password: 'pw1' },
      { registry: 'ghcr.io', username: '', password: '' },
    ]);
    expect(reveal((await provider.find('registry-1.docker.io'))?.credential)).toEqual({ kind: 'basic', username: 'me', password: 'pw1' });
    expect((await provider.find('registry-1.docker.io'))?.source).toBe('explicit credentials');
    expect(await provider.find('ghcr.io')).toBeUndefined();
  });
});
