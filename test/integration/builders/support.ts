/**
 * Shared by the builder integration tests: a two-level `FROM scratch` + busybox tree built and
 * pushed by one builder, and what the registry itself says about the result (read over its HTTP
 * API, not through the code under test).
 */
import { expect } from 'vitest';
import { BuildFailedError, type Builder, type BuildOutcome, type BuildRequest, type PushedBuildOutcome } from '../../../src/adapters/builders/index.js';
import { busyboxContext, type BusyboxContext } from '../../harness/busybox.js';
import type { RunningRegistry } from '../../harness/registry.js';

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export interface RegistryManifest {
  readonly digest: string;
  readonly mediaType: string;
  readonly body: Record<string, unknown>;
}

/** HEAD then GET of a manifest, as a client that accepts every current format would. */
export async function registryManifest(registry: RunningRegistry, repository: string, reference: string): Promise<RegistryManifest> {
  const url = `${registry.url}/v2/${repository}/manifests/${reference}`;
  const head = await fetch(url, { method: 'HEAD', headers: { Accept: MANIFEST_TYPES } });
  expect(head.status, `HEAD ${url}`).toBe(200);
  const digest = head.headers.get('docker-content-digest') ?? '';
  const get = await fetch(url, { headers: { Accept: MANIFEST_TYPES } });
  expect(get.status, `GET ${url}`).toBe(200);
  return { digest, mediaType: get.headers.get('content-type') ?? '', body: (await get.json()) as Record<string, unknown> };
}

export interface ImageConfig {
  readonly config?: { readonly Labels?: Record<string, string> | null };
  readonly rootfs: { readonly diff_ids: readonly string[] };
  readonly history?: readonly { readonly created_by?: string }[];
  readonly architecture: string;
}

interface IndexEntry {
  readonly digest: string;
  readonly platform?: { readonly os: string; readonly architecture: string };
}

/**
 * The image config behind a digest. For an index (buildx adds one for its provenance
 * attestation), the linux/amd64 image's, or the only real image's.
 */
export async function registryImageConfig(registry: RunningRegistry, repository: string, digest: string): Promise<ImageConfig> {
  let manifest = await registryManifest(registry, repository, digest);
  const entries = manifest.body['manifests'] as readonly IndexEntry[] | undefined;
  if (entries) {
    const images = entries.filter((e) => e.platform !== undefined && e.platform.os !== 'unknown');
    const chosen = images.find((e) => e.platform?.os === 'linux' && e.platform.architecture === 'amd64') ?? (images.length === 1 ? images[0] : undefined);
    if (!chosen) throw new Error(`${repository}@${digest} is an index without a single image to look into`);
    manifest = await registryManifest(registry, repository, chosen.digest);
  }
  const config = manifest.body['config'] as { digest: string } | undefined;
  if (!config) throw new Error(`${repository}@${digest} is not an image manifest (${manifest.mediaType})`);
  const blob = await fetch(`${registry.url}/v2/${repository}/blobs/${config.digest}`);
  expect(blob.status).toBe(200);
  return (await blob.json()) as ImageConfig;
}

export interface TreeResult {
  readonly base: PushedBuildOutcome;
  readonly child: PushedBuildOutcome;
  readonly baseLog: readonly string[];
  readonly childLog: readonly string[];
}

function pushed(outcome: BuildOutcome): PushedBuildOutcome {
  if (!outcome.pushed) throw new Error(`${outcome.image} was not pushed`);
  return outcome;
}

/**
 * Builds `x/base` (busybox + a file) and `x/child` FROM `x/base@<digest>` through a generated
 * Dockerfile outside the child's context, as the build action does, and checks what the
 * registry then holds: digests, labels, and the child's layers on top of the parent's.
 */
export async function buildAndCheckTree(builder: Builder, registry: RunningRegistry, namespace: string): Promise<TreeResult> {
  const contexts: BusyboxContext[] = [];
  try {
    const baseContext = await busyboxContext({ extraLines: ['RUN echo base > /base.txt'] });
    contexts.push(baseContext);
    const baseLog: string[] = [];
    const baseTags = [`${registry.host}/${namespace}/base:pr-1-abc1234`, `${registry.host}/${namespace}/base:bk-0123456789abcdef`];
    const baseRequest: BuildRequest = {
      image: 'base',
      contextDir: baseContext.dir,
      dockerfile: baseContext.dockerfile,
      buildArgs: {},
      platforms: [],
      labels: { 'org.opencontainers.image.title': 'base', 'io.image-actions.build-key': 'sha256:0123456789abcdef', 'io.image-actions.sources': '{"upstream":"0f4c2b1"}' },
      tags: baseTags,
      push: true,
      onLog: (line) => baseLog.push(line),
    };
    const base = pushed(await builder.build(baseRequest));
    expect(base.builder).toBe(builder.name);
    expect(base.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    for (const tag of baseTags) {
      const reference = tag.slice(tag.lastIndexOf(':') + 1);
      expect((await registryManifest(registry, `${namespace}/base`, reference)).digest).toBe(base.digest);
    }
    const baseConfig = await registryImageConfig(registry, `${namespace}/base`, base.digest);
    expect(baseConfig.config?.Labels).toMatchObject(baseRequest.labels);
    expect(baseLog.length).toBeGreaterThan(3);
    expect(base.logTail.length).toBeGreaterThan(0);

    // The child's context has no Dockerfile of its own that matters: the generated one is outside.
    const childContext = await busyboxContext({ dockerfileLines: ['FROM scratch', 'COPY does-not-exist /'], files: { 'child.txt': 'child\n' } });
    contexts.push(childContext);
    const parent = `${registry.host}/${namespace}/base@${base.digest}`;
    const generated = await childContext.writeDockerfileOutside('child.Dockerfile', [
      `FROM ${parent}`,
      'ARG GREETING',
      'COPY child.txt /child.txt',
      'RUN cat /base.txt /child.txt > /both.txt && echo "$GREETING" >> /both.txt',
    ]);
    const childLog: string[] = [];
    const childTag = `${registry.host}/${namespace}/child:pr-1-abc1234`;
    const child = pushed(
      await builder.build({
        image: 'child',
        contextDir: childContext.dir,
        dockerfile: generated,
        buildArgs: { GREETING: 'hello from a build arg' },
        platforms: ['linux/amd64'],
        labels: { 'org.opencontainers.image.base.name': parent, 'org.opencontainers.image.base.digest': base.digest },
        tags: [childTag],
        push: true,
        onLog: (line) => childLog.push(line),
      }),
    );
    expect((await registryManifest(registry, `${namespace}/child`, 'pr-1-abc1234')).digest).toBe(child.digest);
    const childConfig = await registryImageConfig(registry, `${namespace}/child`, child.digest);
    expect(childConfig.config?.Labels).toMatchObject({ 'org.opencontainers.image.base.digest': base.digest });
    // Built on the parent: its layers first, then the child's own.
    expect(childConfig.rootfs.diff_ids.slice(0, baseConfig.rootfs.diff_ids.length)).toEqual(baseConfig.rootfs.diff_ids);
    expect(childConfig.rootfs.diff_ids.length).toBeGreaterThan(baseConfig.rootfs.diff_ids.length);
    expect(childConfig.architecture).toBe('amd64');
    return { base, child, baseLog, childLog };
  } finally {
    for (const context of contexts) await context.remove();
  }
}

/** A RUN that fails on a known line gives a BuildFailedError naming that line and the builder's last words. */
export async function expectFailingRun(builder: Builder, registry: RunningRegistry, namespace: string): Promise<BuildFailedError> {
  const context = await busyboxContext({
    extraLines: ['LABEL stage=first', 'RUN echo preparing \\', '    && echo "went $((3 + 4)) wrong" \\', '    && exit 7', 'RUN echo never'],
  });
  try {
    const error = await builder
      .build({
        image: 'broken',
        contextDir: context.dir,
        dockerfile: context.dockerfile,
        buildArgs: {},
        platforms: [],
        labels: {},
        tags: [`${registry.host}/${namespace}/broken:1`],
        push: true,
        onLog: () => undefined,
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(BuildFailedError);
    const failure = error as BuildFailedError;
    expect(failure.builder).toBe(builder.name);
    expect(failure.phase).toBe('build');
    expect(failure.image).toBe('broken');
    // Lines 1-3 are the busybox base, 4 the LABEL, 5-7 the failing RUN.
    expect(failure.dockerfileLine).toBe(5);
    // Only the command's output has the computed number; the echoed instruction does not.
    expect(failure.logTail.join('\n')).toContain('went 7 wrong');
    expect(failure.message).toContain(`${context.dockerfile}:5`);
    const head = await fetch(`${registry.url}/v2/${namespace}/broken/manifests/1`, { method: 'HEAD', headers: { Accept: MANIFEST_TYPES } });
    expect(head.status).toBe(404);
    return failure;
  } finally {
    await context.remove();
  }
}

export { removeLocalImages } from '../../harness/local-images.js';
