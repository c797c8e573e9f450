import { describe, expect, it } from 'vitest';
import { fromReferences, registriesConfWithInsecure } from '../../../../src/adapters/builders/buildah.js';
import { pushedDigestFromRepoDigests } from '../../../../src/adapters/builders/docker.js';
import { insecureRegistriesOf, isInsecureRegistry, isLoopbackRegistry, repositoryOf } from '../../../../src/adapters/builders/registries.js';

const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;

describe('insecure registries', () => {
  it('treats loopback hosts as plain HTTP, like dockerd', () => {
    for (const host of ['127.0.0.1:5000', '127.1.2.3', 'localhost:5000', 'localhost', '[::1]:5000']) expect(isLoopbackRegistry(host)).toBe(true);
    for (const host of ['ghcr.io', '10.0.0.1:5000', 'localhost.example.com', '128.0.0.1:5000', 'registry-1.docker.io']) expect(isLoopbackRegistry(host)).toBe(false);
  });

  it('adds the listed hosts, case-insensitively', () => {
    expect(isInsecureRegistry('Registry.Internal:5000', ['registry.internal:5000'])).toBe(true);
    expect(isInsecureRegistry('ghcr.io', ['registry.internal:5000'])).toBe(false);
  });

  it('collects them from references, skipping what does not parse', () => {
    expect(
      insecureRegistriesOf(
        ['127.0.0.1:5000/acme/base@' + A, 'ghcr.io/acme/app:1', 'registry.internal:5000/x:1', '${REGISTRY}/base:1', 'build', 'localhost:5001/y'],
        ['registry.internal:5000'],
      ),
    ).toEqual(['127.0.0.1:5000', 'localhost:5001', 'registry.internal:5000']);
  });
});

describe('registries.conf for buildah pulls', () => {
  it('keeps the current (version 2) configuration and appends insecure entries', () => {
    const current = 'unqualified-search-registries = ["docker.io", "quay.io"]\n\n[[registry]]\nlocation = "mirror.internal"\n';
    const conf = registriesConfWithInsecure(current, ['127.0.0.1:5000']);
    expect(conf.startsWith(current.trimEnd())).toBe(true);
    expect(conf).toContain('[[registry]]\nlocation = "127.0.0.1:5000"\ninsecure = true\n');
  });

  it('replaces a version 1 configuration, which cannot be mixed with version 2 entries', () => {
    const conf = registriesConfWithInsecure('[registries.search]\nregistries = ["docker.io"]\n', ['localhost:5000']);
    expect(conf).not.toContain('[registries.search]');
    expect(conf).toContain('unqualified-search-registries = ["docker.io"]');
    expect(conf).toContain('location = "localhost:5000"');
  });

  it('finds the references of every FROM, flags skipped', () => {
    const dockerfile = `FROM --platform=$BUILDPLATFORM 127.0.0.1:5000/acme/base@${A} AS build\nRUN true\nFROM build\nfrom \\\n  ghcr.io/acme/tools:1 as tools\n`;
    expect(fromReferences(dockerfile)).toEqual([`127.0.0.1:5000/acme/base@${A}`, 'build', 'ghcr.io/acme/tools:1']);
  });
});

describe('the pushed digest from docker RepoDigests', () => {
  const tags = ['127.0.0.1:5000/acme/base:pr-1', '127.0.0.1:5000/acme/base:bk-0123456789abcdef'];

  it('takes the one digest of the pushed repository, ignoring other repositories', () => {
    expect(pushedDigestFromRepoDigests(tags, [], [`127.0.0.1:5000/acme/base@${A}`, `127.0.0.1:5000/acme/other@${B}`])).toBe(A);
  });

  it('matches Docker Hub names however they are spelt', () => {
    expect(repositoryOf('docker.io/acme/base:1')).toBe(repositoryOf(`acme/base@${A}`));
    expect(pushedDigestFromRepoDigests(['docker.io/acme/base:1'], [], [`acme/base@${A}`])).toBe(A);
  });

  it('takes the digest this push added when the repository already held another form of the image', () => {
    expect(pushedDigestFromRepoDigests(tags, [`127.0.0.1:5000/acme/base@${A}`], [`127.0.0.1:5000/acme/base@${A}`, `127.0.0.1:5000/acme/base@${B}`])).toBe(B);
  });

  it('refuses to guess', () => {
    const both = [`127.0.0.1:5000/acme/base@${A}`, `127.0.0.1:5000/acme/base@${B}`];
    expect(() => pushedDigestFromRepoDigests(tags, both, both)).toThrow(/several digests/);
    expect(() => pushedDigestFromRepoDigests(tags, [], [])).toThrow(/no digest/);
    expect(() => pushedDigestFromRepoDigests(['127.0.0.1:5000/a:1', '127.0.0.1:5000/b:1'], [], [`127.0.0.1:5000/a@${A}`, `127.0.0.1:5000/b@${B}`])).toThrow(
      /different digests/,
    );
  });
});
