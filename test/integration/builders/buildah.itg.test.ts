import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildahBuilder, probeBuildah } from '../../../src/adapters/builders/index.js';
import { busyboxContext } from '../../harness/busybox.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { buildAndCheckTree, expectFailingRun, registryImageConfig, registryManifest, removeLocalImages } from './support.js';

describe('buildah builder', () => {
  let registry: RunningRegistry;
  let builder: BuildahBuilder;
  beforeAll(async () => {
    registry = await startRegistry();
    builder = await BuildahBuilder.create();
  });
  afterAll(async () => {
    await removeLocalImages('buildah', 'buildah', registry.host);
    await registry?.stop();
  });

  it('finds a storage driver that works here and says which', async () => {
    const probe = await probeBuildah();
    expect(probe.usable).toBe(true);
    if (!probe.usable) return;
    expect(builder.description).toMatch(/^buildah: buildah \d+\.\d+/);
    expect(builder.description).toContain(probe.setup.storageDriver ?? 'the configured storage driver');
    // Probed once per process: the same answer, not a second test build.
    expect(await probeBuildah()).toBe(probe);
  });

  it('builds and pushes a parent and a child FROM the parent by digest, pulling it over HTTP from loopback', async () => {
    const { childLog } = await buildAndCheckTree(builder, registry, 'buildah');
    expect(childLog).toContain(`registries reached over HTTP: ${registry.host}`);
    expect(childLog.some((line) => / push --tls-verify=false --digestfile /.test(line))).toBe(true);
  });

  it('fails a broken RUN with the Dockerfile line buildah names', async () => {
    await expectFailingRun(builder, registry, 'buildah');
  });

  it('pushes several platforms as one index', async () => {
    // COPY only: no foreign-architecture binary has to run, so no emulator is needed.
    const context = await busyboxContext({ dockerfileLines: ['FROM scratch', 'COPY hello.txt /hello.txt'], files: { 'hello.txt': 'hello\n' } });
    try {
      const outcome = await builder.build({
        image: 'multi',
        contextDir: context.dir,
        dockerfile: context.dockerfile,
        buildArgs: {},
        platforms: ['linux/amd64', 'linux/arm64'],
        labels: { 'org.opencontainers.image.title': 'multi' },
        tags: [`${registry.host}/buildah/multi:pr-1`, `${registry.host}/buildah/multi:bk-fedcba9876543210`],
        push: true,
        onLog: () => undefined,
      });
      expect(outcome.pushed).toBe(true);
      if (!outcome.pushed) return;
      for (const tag of ['pr-1', 'bk-fedcba9876543210']) {
        const index = await registryManifest(registry, 'buildah/multi', tag);
        expect(index.digest).toBe(outcome.digest);
        expect(index.mediaType).toMatch(/index|manifest\.list/);
        const manifests = index.body['manifests'] as { digest: string; platform: { architecture: string; os: string } }[];
        expect(manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`).sort()).toEqual(['linux/amd64', 'linux/arm64']);
        for (const entry of manifests) {
          const config = await registryImageConfig(registry, 'buildah/multi', entry.digest);
          expect(config.architecture).toBe(entry.platform.architecture);
          expect(config.config?.Labels).toMatchObject({ 'org.opencontainers.image.title': 'multi' });
        }
      }
    } finally {
      await context.remove();
    }
  });

  it('falls back to vfs where the configured overlay driver cannot work', async () => {
    // A private store whose overlay driver needs a mount program that does not exist: overlay
    // fails as it does on kernels or filesystems without overlay support.
    const dir = await mkdtemp(join(tmpdir(), 'image-actions-buildah-store-'));
    const storageConf = join(dir, 'storage.conf');
    await writeFile(
      storageConf,
      `[storage]\ndriver = "overlay"\ngraphroot = "${dir}/graph"\nrunroot = "${dir}/run"\n[storage.options.overlay]\nmount_program = "${dir}/no-such-fuse-overlayfs"\n`,
    );
    const context = await busyboxContext({ extraLines: ['RUN echo vfs > /driver.txt'] });
    try {
      const env = { ...process.env, CONTAINERS_STORAGE_CONF: storageConf };
      const probe = await probeBuildah({ env });
      expect(probe.usable).toBe(true);
      if (!probe.usable) return;
      expect(probe.setup.storageDriver).toBe('vfs');
      expect(probe.detail).toMatch(/vfs.*the configured storage driver failed: Error: overlay: can't stat program/);
      const vfsBuilder = await BuildahBuilder.create({ env });
      const outcome = await vfsBuilder.build({
        image: 'on-vfs',
        contextDir: context.dir,
        dockerfile: context.dockerfile,
        buildArgs: {},
        platforms: [],
        labels: { driver: 'vfs' },
        tags: [`${registry.host}/buildah/on-vfs:1`],
        push: true,
        onLog: () => undefined,
      });
      expect(outcome.pushed).toBe(true);
      if (outcome.pushed) expect((await registryManifest(registry, 'buildah/on-vfs', '1')).digest).toBe(outcome.digest);
    } finally {
      await context.remove();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses to keep a multi-platform image local', async () => {
    await expect(
      builder.build({
        image: 'multi-local',
        contextDir: '/nonexistent',
        dockerfile: '/nonexistent/Dockerfile',
        buildArgs: {},
        platforms: ['linux/amd64', 'linux/arm64'],
        labels: {},
        tags: [`${registry.host}/buildah/multi-local:1`],
        push: false,
        onLog: () => undefined,
      }),
    ).rejects.toThrow(/manifest list in a registry/);
  });
});
