/** Which deleter a registry host gets, and what is asked of the user when a credential is missing. */
import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../../../src/core/diagnostics.js';
import { RegistryClient } from '../../../../src/adapters/registry/client.js';
import { deleterKindFor, selectDeleter } from '../../../../src/adapters/deletion/select.js';

const client = new RegistryClient();

describe('selectDeleter', () => {
  it('picks by host: GHCR, the three names of Docker Hub, and distribution for the rest', () => {
    expect(deleterKindFor('ghcr.io')).toBe('ghcr');
    for (const host of ['docker.io', 'registry-1.docker.io', 'index.docker.io', 'Docker.IO']) expect(deleterKindFor(host)).toBe('dockerhub');
    for (const host of ['127.0.0.1:5000', 'quay.io', 'ghcr.io.example.com', 'registry.gitlab.com']) expect(deleterKindFor(host)).toBe('distribution');

    expect(selectDeleter({ registryHost: 'ghcr.io', client, githubToken: 'x-token' }).kind).toBe('ghcr');
    expect(selectDeleter({ registryHost: 'registry-1.docker.io', client, dockerHubCredentials: { username: 'u', password: 'p' } }).kind).toBe('dockerhub');
    expect(selectDeleter({ registryHost: '127.0.0.1:5000', client }).kind).toBe('distribution');
  });

  it('ghcr.io without a token: bad input that says to set github-token with packages: write', () => {
    for (const githubToken of [undefined, '', '  ']) {
      const attempt = () => selectDeleter({ registryHost: 'ghcr.io', client, ...(githubToken === undefined ? {} : { githubToken }) });
      expect(attempt).toThrow(UserInputError);
      expect(attempt).toThrow(/set github-token \(a token with packages: write/);
    }
  });

  it('Docker Hub without a login: bad input that says to set username and password', () => {
    const attempt = () => selectDeleter({ registryHost: 'docker.io', client });
    expect(attempt).toThrow(UserInputError);
    expect(attempt).toThrow(/set username and password/);
    expect(() => selectDeleter({ registryHost: 'docker.io', client, dockerHubCredentials: { username: 'u', password: '' } })).toThrow(UserInputError);
  });
});
