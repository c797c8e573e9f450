import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/adapters/process/run.js';
import { DockerBuilder, UnsupportedBuildRequestError } from '../../../src/adapters/builders/index.js';
import { busyboxContext } from '../../harness/busybox.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { buildAndCheckTree, expectFailingRun, removeLocalImages } from './support.js';

/**
 * Every distinct docker CLI on PATH. On the project's test machine that is a 28.x CLI without
 * the buildx plugin (so BuildKit fails and the legacy builder is used) and Debian's 20.10 CLI
 * (BuildKit built in): both modes, and both error formats, meet real builds and real failures.
 */
function dockerClis(): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, 'docker');
    try {
      accessSync(candidate, constants.X_OK);
      const real = realpathSync(candidate);
      if (seen.has(real)) continue;
      seen.add(real);
      found.push(candidate);
    } catch {
      // Not here.
    }
  }
  return found;
}

describe('docker builder on the real daemon', () => {
  let registry: RunningRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(async () => {
    await registry?.stop();
  });

  describe.each(dockerClis().map((docker, index) => ({ docker, namespace: `cli${index}` })))('with $docker', ({ docker, namespace }) => {
    let builder: DockerBuilder;
    beforeAll(async () => {
      builder = await DockerBuilder.create({ docker });
    });
    afterAll(async () => {
      await removeLocalImages('docker', docker, registry.host);
    });

    it('builds and pushes a parent and a child FROM the parent by digest, in the mode it probed', async () => {
      const { baseLog, childLog } = await buildAndCheckTree(builder, registry, namespace);
      expect(builder.description).toContain(builder.mode === 'buildkit' ? 'BuildKit' : 'legacy builder');
      // The probed mode is the one that ran: BuildKit numbers its vertices, the legacy builder its steps.
      const marker = builder.mode === 'buildkit' ? /^#\d+ \[/ : /^Step \d+\/\d+ : /;
      expect(baseLog.some((line) => marker.test(line))).toBe(true);
      expect(childLog.some((line) => line.startsWith(`$ ${docker} push `))).toBe(true);
      // Build-arg values reach the build but not the echoed command.
      expect(childLog.find((line) => line.startsWith(`$ ${docker} build`))).toContain('--build-arg GREETING=…');
    });

    it('fails a broken RUN with the Dockerfile line the builder names', async () => {
      await expectFailingRun(builder, registry, namespace);
    });

    it('leaves the image in the daemon, by image ID, when push is off', async () => {
      const context = await busyboxContext({ extraLines: ['LABEL local=yes'] });
      try {
        const outcome = await builder.build({
          image: 'local',
          contextDir: context.dir,
          dockerfile: context.dockerfile,
          buildArgs: {},
          platforms: [],
          labels: { 'io.image-actions.build-key': 'local-test' },
          tags: [`${registry.host}/${namespace}/local:1`],
          push: false,
          onLog: () => undefined,
        });
        expect(outcome.pushed).toBe(false);
        if (outcome.pushed) return;
        const inspect = await run(docker, ['image', 'inspect', '--format', '{{.Id}} {{index .Config.Labels "io.image-actions.build-key"}}', `${registry.host}/${namespace}/local:1`]);
        expect(inspect.stdout.trim()).toBe(`${outcome.imageId} local-test`);
        expect((await fetch(`${registry.url}/v2/${namespace}/local/tags/list`)).status).toBe(404);
      } finally {
        await context.remove();
      }
    });

    it('honours DOCKER_BUILDKIT=0 from the environment', async () => {
      const legacy = await DockerBuilder.create({ docker, env: { ...process.env, DOCKER_BUILDKIT: '0' } });
      expect(legacy.mode).toBe('legacy');
      expect(legacy.description).toContain('DOCKER_BUILDKIT=0 is set');
    });

    it('refuses several platforms, pointing at buildx and buildah', async () => {
      const request = {
        image: 'multi',
        contextDir: '/nonexistent',
        dockerfile: '/nonexistent/Dockerfile',
        buildArgs: {},
        platforms: ['linux/amd64', 'linux/arm64'],
        labels: {},
        tags: [`${registry.host}/${namespace}/multi:1`],
        push: true,
        onLog: () => undefined,
      };
      await expect(builder.build(request)).rejects.toThrow(UnsupportedBuildRequestError);
      await expect(builder.build(request)).rejects.toThrow(/builder: buildx.*builder: buildah/);
    });
  });
});
