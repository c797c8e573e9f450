import { describe, expect, it } from 'vitest';
import { buildahBudArguments, buildahPushArguments, buildxArguments, dockerBuildArguments, hostPlatform, useLayerCache } from '../../../../src/adapters/builders/arguments.js';
import { displayCommand } from '../../../../src/adapters/builders/process.js';
import type { BuildRequest } from '../../../../src/adapters/builders/types.js';

const request: BuildRequest = {
  image: 'base',
  contextDir: '/repo/images/base',
  dockerfile: '/tmp/gen/base.Dockerfile',
  buildArgs: { VERSION: '1.2.3', A_FIRST: 'x y' },
  platforms: ['linux/amd64'],
  labels: { 'org.opencontainers.image.title': 'base', 'io.image-actions.sources': '{"upstream":"0f4c2b1"}' },
  tags: ['127.0.0.1:5000/acme/base:pr-1-abc1234', '127.0.0.1:5000/acme/base:bk-0123456789abcdef'],
  push: true,
  onLog: () => undefined,
};

/** The values given to a repeated flag, in order. */
function valuesOf(args: readonly string[], flag: string): string[] {
  return args.flatMap((arg, i) => (arg === flag ? [args[i + 1] as string] : []));
}

describe('buildx arguments', () => {
  const files = { metadataFile: '/tmp/s/metadata.json', iidFile: '/tmp/s/iid' };

  it('pushes with a metadata file, context last, labels and build args sorted', () => {
    const args = buildxArguments(request, files, false);
    expect(args.slice(0, 3)).toEqual(['buildx', 'build', '--progress=plain']);
    expect(args.at(-1)).toBe('/repo/images/base');
    expect(valuesOf(args, '--file')).toEqual(['/tmp/gen/base.Dockerfile']);
    expect(valuesOf(args, '--label')).toEqual(['io.image-actions.sources={"upstream":"0f4c2b1"}', 'org.opencontainers.image.title=base']);
    expect(valuesOf(args, '--build-arg')).toEqual(['A_FIRST=x y', 'VERSION=1.2.3']);
    expect(valuesOf(args, '--tag')).toEqual(request.tags);
    expect(valuesOf(args, '--platform')).toEqual(['linux/amd64']);
    expect(valuesOf(args, '--metadata-file')).toEqual(['/tmp/s/metadata.json']);
    expect(args).toContain('--push');
    expect(args).not.toContain('--load');
    expect(args).not.toContain('--target');
  });

  it('joins several platforms into one flag and passes cache specs through', () => {
    const args = buildxArguments(
      { ...request, platforms: ['linux/amd64', 'linux/arm64'], target: 'runtime', cache: { from: ['type=gha,scope=base'], to: ['type=gha,scope=base,mode=max'] } },
      files,
      false,
    );
    expect(valuesOf(args, '--platform')).toEqual(['linux/amd64,linux/arm64']);
    expect(valuesOf(args, '--target')).toEqual(['runtime']);
    expect(valuesOf(args, '--cache-from')).toEqual(['type=gha,scope=base']);
    expect(valuesOf(args, '--cache-to')).toEqual(['type=gha,scope=base,mode=max']);
  });

  it('pushes to an insecure registry through the image exporter', () => {
    const args = buildxArguments(request, files, true);
    expect(args).not.toContain('--push');
    expect(valuesOf(args, '--output')).toEqual(['type=image,push=true,registry.insecure=true']);
  });

  it('loads instead of pushing when push is off, with an image ID file', () => {
    const args = buildxArguments({ ...request, push: false }, files, false);
    expect(args).toContain('--load');
    expect(args).not.toContain('--push');
    expect(valuesOf(args, '--iidfile')).toEqual(['/tmp/s/iid']);
  });

  it('leaves the platform to the builder when none is asked for', () => {
    expect(buildxArguments({ ...request, platforms: [] }, files, false)).not.toContain('--platform');
  });
});

describe('classic docker arguments', () => {
  it('asks BuildKit for plain progress, and the legacy builder to remove failed step containers', () => {
    const buildkit = dockerBuildArguments(request, 'buildkit', '/tmp/s/iid');
    const legacy = dockerBuildArguments(request, 'legacy', '/tmp/s/iid');
    expect(buildkit.slice(0, 2)).toEqual(['build', '--progress=plain']);
    expect(legacy.slice(0, 2)).toEqual(['build', '--force-rm']);
    expect(legacy).not.toContain('--progress=plain');
    for (const args of [buildkit, legacy]) {
      expect(args.at(-1)).toBe('/repo/images/base');
      expect(valuesOf(args, '--iidfile')).toEqual(['/tmp/s/iid']);
      expect(valuesOf(args, '--tag')).toEqual(request.tags);
      expect(valuesOf(args, '--platform')).toEqual(['linux/amd64']);
      expect(args).not.toContain('--push');
    }
  });

  it('refuses several platforms', () => {
    expect(() => dockerBuildArguments({ ...request, platforms: ['linux/amd64', 'linux/arm64'] }, 'buildkit', '/i')).toThrow(/one platform/);
  });
});

describe('buildah arguments', () => {
  const setup = { storageDriver: 'vfs', isolation: 'chroot' };

  it('puts the storage driver before the verb, as buildah wants global options', () => {
    const args = buildahBudArguments(request, setup, { iidFile: '/tmp/s/iid' }, true);
    expect(args.slice(0, 3)).toEqual(['--storage-driver', 'vfs', 'bud']);
    expect(valuesOf(args, '--isolation')).toEqual(['chroot']);
    expect(args).toContain('--layers');
    expect(valuesOf(args, '--iidfile')).toEqual(['/tmp/s/iid']);
    expect(valuesOf(args, '--tag')).toEqual(request.tags);
    expect(args.at(-1)).toBe('/repo/images/base');
    expect(args).not.toContain('--manifest');
  });

  it('keeps the configured driver and isolation when the probe chose none', () => {
    const args = buildahBudArguments(request, {}, { iidFile: '/i' }, false);
    expect(args[0]).toBe('bud');
    expect(args).not.toContain('--storage-driver');
    expect(args).not.toContain('--isolation');
    expect(args).not.toContain('--layers');
  });

  it('reuses cached layers only when building for the host platform alone', () => {
    expect(hostPlatform('linux', 'x64')).toBe('linux/amd64');
    expect(hostPlatform('linux', 'arm64')).toBe('linux/arm64');
    expect(useLayerCache([], 'linux/amd64')).toBe(true);
    expect(useLayerCache(['linux/amd64'], 'linux/amd64')).toBe(true);
    expect(useLayerCache(['linux/arm64'], 'linux/amd64')).toBe(false);
    expect(useLayerCache(['linux/amd64', 'linux/arm64'], 'linux/amd64')).toBe(false);
  });

  it('collects several platforms into a manifest list instead of tagging', () => {
    const args = buildahBudArguments({ ...request, platforms: ['linux/amd64', 'linux/arm64'] }, setup, { manifest: 'localhost/list' }, false);
    expect(valuesOf(args, '--platform')).toEqual(['linux/amd64,linux/arm64']);
    expect(valuesOf(args, '--manifest')).toEqual(['localhost/list']);
    expect(args).not.toContain('--tag');
    expect(args).not.toContain('--iidfile');
  });

  it('pushes an image by ID, with TLS off only for an insecure registry', () => {
    const tag = request.tags[0] as string;
    expect(buildahPushArguments(setup, { imageId: 'sha256:abc' }, tag, '/tmp/d', true)).toEqual([
      '--storage-driver',
      'vfs',
      'push',
      '--tls-verify=false',
      '--digestfile',
      '/tmp/d',
      'sha256:abc',
      `docker://${tag}`,
    ]);
    expect(buildahPushArguments({}, { imageId: 'sha256:abc' }, 'ghcr.io/acme/base:1', '/tmp/d', false)).toEqual([
      'push',
      '--digestfile',
      '/tmp/d',
      'sha256:abc',
      'docker://ghcr.io/acme/base:1',
    ]);
  });

  it('pushes a manifest list with all its images', () => {
    expect(buildahPushArguments({}, { manifest: 'localhost/list' }, 'ghcr.io/acme/base:1', '/tmp/d', false)).toEqual([
      'manifest',
      'push',
      '--all',
      '--digestfile',
      '/tmp/d',
      'localhost/list',
      'docker://ghcr.io/acme/base:1',
    ]);
  });
});

describe('displayCommand', () => {
  it('shows build-arg names but not their values, and quotes what a shell would split', () => {
    const shown = displayCommand('docker', ['build', '--build-arg', 'TOKEN=s3cr3t', '--label', 'a=b c', '.']);
    expect(shown).toBe('docker build --build-arg TOKEN=… --label "a=b c" .');
    expect(shown).not.toContain('s3cr3t');
  });
});
