/**
 * The cache flags in the builders' command lines: buildx's --cache-from/--cache-to as given (the
 * app fills in the specs, see test/unit/app/build-cache.test.ts), classic docker's --cache-from
 * naming the restored image and BuildKit's inline-cache argument.
 */
import { describe, expect, it } from 'vitest';
import { buildxArguments, dockerBuildArguments } from '../../../../src/adapters/builders/arguments.js';
import type { BuildRequest } from '../../../../src/adapters/builders/types.js';
import { buildxCacheFor, type BuildCacheSettings } from '../../../../src/app/build-cache.js';

const request: BuildRequest = {
  image: 'base',
  contextDir: '/repo/images/base',
  dockerfile: '/tmp/gen/base.Dockerfile',
  buildArgs: { VERSION: '1.2.3' },
  platforms: [],
  labels: { 'org.opencontainers.image.title': 'base' },
  tags: ['ghcr.io/acme/base:pr-1-abc1234', 'ghcr.io/acme/base:bk-0123456789abcdef'],
  push: true,
  onLog: () => undefined,
};

function valuesOf(args: readonly string[], flag: string): string[] {
  return args.flatMap((arg, i) => (arg === flag ? [args[i + 1] as string] : []));
}

const files = { metadataFile: '/tmp/s/metadata.json', iidFile: '/tmp/s/iid' };
const settings = (over: Partial<BuildCacheSettings> = {}): BuildCacheSettings => ({ github: true, push: true, ...over });
const values = { image: 'base', repository: 'ghcr.io/acme/base' };

describe('buildx cache arguments', () => {
  it('on GitHub, with a docker-container builder: GitHub cache scoped per image, mode=max, errors ignored', () => {
    const { cache, note } = buildxCacheFor(settings(), 'docker-container', values);
    const args = buildxArguments({ ...request, cache }, files, false);
    expect(valuesOf(args, '--cache-from')).toEqual(['type=gha,scope=image-actions-base']);
    expect(valuesOf(args, '--cache-to')).toEqual(['type=gha,scope=image-actions-base,mode=max,ignore-error=true']);
    expect(note).toBeUndefined();
    // The cache flags come before the output and the context, which stays last.
    expect(args.indexOf('--cache-to')).toBeLessThan(args.indexOf('--push'));
    expect(args.at(-1)).toBe('/repo/images/base');
  });

  it('elsewhere: a buildcache tag in the image repository, written only when pushing', () => {
    const pushing = buildxArguments({ ...request, cache: buildxCacheFor(settings({ github: false }), 'docker-container', values).cache }, files, false);
    expect(valuesOf(pushing, '--cache-from')).toEqual(['type=registry,ref=ghcr.io/acme/base:buildcache']);
    expect(valuesOf(pushing, '--cache-to')).toEqual(['type=registry,ref=ghcr.io/acme/base:buildcache,mode=max,ignore-error=true']);
    const loading = buildxArguments(
      { ...request, push: false, cache: buildxCacheFor(settings({ github: false, push: false }), 'kubernetes', values).cache },
      files,
      false,
    );
    expect(valuesOf(loading, '--cache-from')).toEqual(['type=registry,ref=ghcr.io/acme/base:buildcache']);
    expect(valuesOf(loading, '--cache-to')).toEqual([]);
  });

  it("gives the docker driver no cache by default (it cannot export one) and says why", () => {
    const { cache, note } = buildxCacheFor(settings(), 'docker', values);
    const args = buildxArguments({ ...request, cache }, files, false);
    expect(args).not.toContain('--cache-from');
    expect(args).not.toContain('--cache-to');
    expect(note).toMatch(/docker driver cannot export a build cache/);
  });

  it('passes configured specs (several lines) with {image} and {repository} filled in, whatever the driver', () => {
    const { cache, note } = buildxCacheFor(
      settings({ buildxFrom: ['type=registry,ref={repository}:cache', 'type=gha,scope={image}'], buildxTo: ['type=inline'] }),
      'docker',
      values,
    );
    const args = buildxArguments({ ...request, cache }, files, false);
    expect(valuesOf(args, '--cache-from')).toEqual(['type=registry,ref=ghcr.io/acme/base:cache', 'type=gha,scope=base']);
    expect(valuesOf(args, '--cache-to')).toEqual(['type=inline']);
    expect(note).toBeUndefined();
  });

  it('keeps the default for the spec that is not configured', () => {
    const { cache } = buildxCacheFor(settings({ buildxTo: [] }), 'docker-container', values);
    expect(cache.from).toEqual(['type=gha,scope=image-actions-base']);
    expect(cache.to).toEqual([]);
  });
});

describe('classic docker cache arguments', () => {
  const restored = { from: ['image-actions-cache/base:0123456789abcdef'], inline: true };

  it('BuildKit: --cache-from the restored image and the inline-cache build argument', () => {
    const args = dockerBuildArguments({ ...request, cache: restored }, 'buildkit', '/tmp/iid');
    expect(valuesOf(args, '--cache-from')).toEqual(['image-actions-cache/base:0123456789abcdef']);
    expect(valuesOf(args, '--build-arg')).toEqual(['VERSION=1.2.3', 'BUILDKIT_INLINE_CACHE=1']);
    expect(args.at(-1)).toBe('/repo/images/base');
  });

  it('BuildKit with nothing restored still writes the inline cache, for the next run', () => {
    const args = dockerBuildArguments({ ...request, cache: { inline: true } }, 'buildkit', '/tmp/iid');
    expect(args).not.toContain('--cache-from');
    expect(valuesOf(args, '--build-arg')).toContain('BUILDKIT_INLINE_CACHE=1');
  });

  it('legacy builder: --cache-from only (it matches history, and would warn about an unused build argument)', () => {
    const args = dockerBuildArguments({ ...request, cache: restored }, 'legacy', '/tmp/iid');
    expect(valuesOf(args, '--cache-from')).toEqual(['image-actions-cache/base:0123456789abcdef']);
    expect(valuesOf(args, '--build-arg')).toEqual(['VERSION=1.2.3']);
  });

  it("leaves the user's own BUILDKIT_INLINE_CACHE alone, and adds nothing without a cache", () => {
    const own = dockerBuildArguments({ ...request, buildArgs: { BUILDKIT_INLINE_CACHE: '0' }, cache: { inline: true } }, 'buildkit', '/tmp/iid');
    expect(valuesOf(own, '--build-arg')).toEqual(['BUILDKIT_INLINE_CACHE=0']);
    const none = dockerBuildArguments(request, 'buildkit', '/tmp/iid');
    expect(none).not.toContain('--cache-from');
    expect(valuesOf(none, '--build-arg')).toEqual(['VERSION=1.2.3']);
  });
});
