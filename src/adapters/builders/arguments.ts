/**
 * Command lines of the three builders, as argument arrays (never a shell string: labels hold
 * JSON and commit titles). Pure functions of the request, so they are tested without the tools.
 * Labels and build args are sorted so that the same request always gives the same command.
 */
import type { BuildRequest } from './types.js';

function keyValues(flag: string, values: Readonly<Record<string, string>>): string[] {
  return Object.keys(values)
    .sort()
    .flatMap((key) => [flag, `${key}=${values[key] as string}`]);
}

function repeated(flag: string, values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => [flag, value]);
}

function common(request: BuildRequest): string[] {
  return [
    '--file',
    request.dockerfile,
    ...(request.target === undefined ? [] : ['--target', request.target]),
    ...keyValues('--label', request.labels),
    ...keyValues('--build-arg', request.buildArgs),
  ];
}

export interface BuildxFiles {
  readonly metadataFile: string;
  /** Written only when the image is loaded instead of pushed. */
  readonly iidFile: string;
}

/**
 * `docker buildx build …`. Pushing to an insecure registry goes through the image exporter's
 * `registry.insecure` (the `--push` shorthand has no such switch); buildx names the pushed image
 * after the `--tag`s. Pulling parents from such a registry is the builder instance's business
 * (its buildkitd.toml, or dockerd's insecure-registries for the `docker` driver).
 */
export function buildxArguments(request: BuildRequest, files: BuildxFiles, insecurePush: boolean): string[] {
  const output = request.push
    ? insecurePush
      ? ['--output', 'type=image,push=true,registry.insecure=true']
      : ['--push']
    : ['--load', '--iidfile', files.iidFile];
  return [
    'buildx',
    'build',
    '--progress=plain',
    ...common(request),
    ...(request.platforms.length === 0 ? [] : ['--platform', request.platforms.join(',')]),
    ...repeated('--tag', request.tags),
    ...repeated('--cache-from', request.cache?.from),
    ...repeated('--cache-to', request.cache?.to),
    ...output,
    '--metadata-file',
    files.metadataFile,
    request.contextDir,
  ];
}

export type DockerBuildMode = 'buildkit' | 'legacy';

/**
 * Classic `docker build` (run with DOCKER_BUILDKIT set to match `mode`). One platform at most:
 * the classic builder makes one image per build. `--progress` exists only with BuildKit; the
 * legacy builder gets `--force-rm`, as it otherwise keeps the container of a failed step.
 * `--cache-from` names local images (a restored layer cache); the inline-cache build argument
 * is BuildKit's alone (the legacy builder would warn that nothing consumed it).
 */
export function dockerBuildArguments(request: BuildRequest, mode: DockerBuildMode, iidFile: string): string[] {
  if (request.platforms.length > 1) throw new Error('classic docker build makes one platform per build');
  const inline = mode === 'buildkit' && request.cache?.inline === true && request.buildArgs['BUILDKIT_INLINE_CACHE'] === undefined;
  return [
    'build',
    ...(mode === 'buildkit' ? ['--progress=plain'] : ['--force-rm']),
    ...common(request),
    ...(inline ? ['--build-arg', 'BUILDKIT_INLINE_CACHE=1'] : []),
    ...(request.platforms.length === 1 ? ['--platform', request.platforms[0] as string] : []),
    ...repeated('--cache-from', request.cache?.from),
    ...repeated('--tag', request.tags),
    '--iidfile',
    iidFile,
    request.contextDir,
  ];
}

export interface BuildahSetup {
  /** `overlay`, `vfs`…; undefined keeps buildah's configured default. */
  readonly storageDriver?: string;
  /** Passed unless the user chose one through BUILDAH_ISOLATION. */
  readonly isolation?: string;
}

/** Global options that must be the same for `bud` and `push` (they address the same store). */
export function buildahGlobalArguments(setup: BuildahSetup): string[] {
  return setup.storageDriver === undefined ? [] : ['--storage-driver', setup.storageDriver];
}

/**
 * `buildah bud …`. One platform: the image is written with its ID to `output.iidFile`. Several:
 * the per-platform images are collected into the local manifest list `output.manifest`.
 * `layers` (`--layers`) keeps and reuses intermediate layers, which is what a restored layer
 * cache is made of; see `useLayerCache` for when that is safe.
 */
export function buildahBudArguments(
  request: BuildRequest,
  setup: BuildahSetup,
  output: { readonly iidFile: string } | { readonly manifest: string },
  layers: boolean,
): string[] {
  return [
    ...buildahGlobalArguments(setup),
    'bud',
    ...(setup.isolation === undefined ? [] : ['--isolation', setup.isolation]),
    ...(layers ? ['--layers'] : []),
    ...common(request),
    ...(request.platforms.length === 0 ? [] : ['--platform', request.platforms.join(',')]),
    ...('iidFile' in output ? [...repeated('--tag', request.tags), '--iidfile', output.iidFile] : ['--manifest', output.manifest]),
    request.contextDir,
  ];
}

/** `buildah push` of one image (or `manifest push --all` of a list) to one tag. */
export function buildahPushArguments(
  setup: BuildahSetup,
  source: { readonly imageId: string } | { readonly manifest: string },
  tag: string,
  digestFile: string,
  insecure: boolean,
): string[] {
  const tls = insecure ? ['--tls-verify=false'] : [];
  const destination = `docker://${tag}`;
  return 'imageId' in source
    ? [...buildahGlobalArguments(setup), 'push', ...tls, '--digestfile', digestFile, source.imageId, destination]
    : [...buildahGlobalArguments(setup), 'manifest', 'push', '--all', ...tls, '--digestfile', digestFile, source.manifest, destination];
}

const NODE_TO_OCI_ARCH: Readonly<Record<string, string>> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };

/** `linux/amd64`-style name of the platform this process runs on. */
export function hostPlatform(nodePlatform: string = process.platform, nodeArch: string = process.arch): string {
  return `${nodePlatform}/${NODE_TO_OCI_ARCH[nodeArch] ?? nodeArch}`;
}

/**
 * Whether buildah may reuse cached layers for this request. Buildah before 1.41 does not compare
 * a cache candidate's platform with the one being built (containers/podman#18723, fixed by
 * containers/buildah#6269): after a `FROM scratch` build for one architecture, the build for
 * another reuses its image, and a multi-platform list ends up with a single entry. So the cache
 * is used only when everything is built for the host's own platform.
 */
export function useLayerCache(platforms: readonly string[], host: string = hostPlatform()): boolean {
  return platforms.length === 0 || (platforms.length === 1 && platforms[0] === host);
}
