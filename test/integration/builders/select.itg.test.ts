import { describe, expect, it } from 'vitest';
import { BuilderUnavailableError, NoUsableBuilderError, probeBuildah, probeBuildx, probeDocker, selectBuilder, type BuilderName } from '../../../src/adapters/builders/index.js';

// A docker CLI that does not exist stands for a machine without Docker: deterministic, and the
// real probes still run (and fail) against it.
const NO_DOCKER = '/nonexistent/image-actions/docker';

describe('selecting a builder', () => {
  it('auto takes the first of buildx, docker, buildah whose probe works here, and logs why', async () => {
    const expected: BuilderName = (await probeBuildx()).usable ? 'buildx' : (await probeDocker()).usable ? 'docker' : 'buildah';
    const log: string[] = [];
    const builder = await selectBuilder('auto', (m) => log.push(m));
    expect(builder.name).toBe(expected);
    expect(log).toHaveLength(1);
    expect(log[0]).toContain(`builder: ${expected} (auto: the first of buildx, docker, buildah that works here)`);
    expect(log[0]).toContain(builder.description);
    if (expected !== 'buildx') expect(log[0]).toMatch(/passed over buildx: /);
  });

  it('auto passes over builders that cannot work, saying why', async () => {
    const log: string[] = [];
    const builder = await selectBuilder('auto', (m) => log.push(m), { docker: NO_DOCKER });
    expect(builder.name).toBe('buildah');
    expect(log[0]).toContain('builder: buildah (auto:');
    expect(log[0]).toContain(`passed over buildx: ${NO_DOCKER} was not found on PATH`);
    expect(log[0]).toContain(`docker: ${NO_DOCKER} was not found on PATH`);
  });

  it('an explicit choice that cannot work fails with what to install', async () => {
    const error = await selectBuilder('buildx', () => undefined, { docker: NO_DOCKER }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuilderUnavailableError);
    expect((error as BuilderUnavailableError).builder).toBe('buildx');
    expect((error as Error).message).toMatch(/Install the buildx plugin/);
    const docker = await selectBuilder('docker', () => undefined, { docker: NO_DOCKER }).catch((e: unknown) => e);
    expect((docker as Error).message).toMatch(/Install Docker/);
  });

  it('on this machine buildx is reported as missing when it is, rather than assumed', async () => {
    const buildx = await probeBuildx();
    if (buildx.usable) {
      expect((await selectBuilder('buildx', () => undefined)).name).toBe('buildx');
    } else {
      await expect(selectBuilder('buildx', () => undefined)).rejects.toThrow(/buildx builder is not usable here: .*Install the buildx plugin/s);
    }
  });

  it('an explicit choice that works is logged as configured', async () => {
    expect((await probeBuildah()).usable).toBe(true);
    const log: string[] = [];
    const builder = await selectBuilder('buildah', (m) => log.push(m));
    expect(builder.name).toBe('buildah');
    expect(log).toEqual([`builder: buildah (as configured) — ${builder.description}`]);
  });

  it('auto with nothing usable lists every reason', async () => {
    const error = await selectBuilder('auto', () => undefined, { docker: NO_DOCKER, buildah: '/nonexistent/image-actions/buildah' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoUsableBuilderError);
    expect((error as NoUsableBuilderError).reasons.map((r) => r.builder)).toEqual(['buildx', 'docker', 'buildah']);
  });
});
