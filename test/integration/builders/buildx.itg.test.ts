import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildxBuilder, probeBuildx } from '../../../src/adapters/builders/index.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { buildAndCheckTree, expectFailingRun, removeLocalImages } from './support.js';

/**
 * Real buildx builds. buildx cannot be installed on the development machine, so this suite runs
 * only when IMAGE_ACTIONS_TEST_BUILDX=1, which the project's GitHub CI job sets on hosted
 * runners (where buildx is preinstalled). Without the variable the suite is not run at all
 * (`describe.runIf`); with it, a missing buildx FAILS the run instead of skipping, so CI cannot
 * silently stop testing the default builder. The argument building and metadata parsing are
 * covered everywhere by test/unit/adapters/builders.
 */
const requested = process.env['IMAGE_ACTIONS_TEST_BUILDX'] === '1';

describe.runIf(requested)('buildx builder (IMAGE_ACTIONS_TEST_BUILDX=1)', () => {
  let registry: RunningRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(async () => {
    // The `docker` driver also keeps what it builds in the daemon.
    if (registry) await removeLocalImages('docker', 'docker', registry.host);
    await registry?.stop();
  });

  it('is installed and its builder answers', async () => {
    const probe = await probeBuildx();
    if (!probe.usable) throw new Error(`IMAGE_ACTIONS_TEST_BUILDX=1 but buildx is not usable here: ${probe.reason}`);
    expect(probe.version).toMatch(/^v?\d+\.\d+/);
  });

  it('builds and pushes a parent and a child FROM the parent by digest, digest read from the metadata file', async () => {
    const builder = await BuildxBuilder.create();
    const { baseLog } = await buildAndCheckTree(builder, registry, 'buildx');
    expect(baseLog.some((line) => / buildx build --progress=plain .*--metadata-file /.test(line))).toBe(true);
    expect(baseLog.some((line) => /^pushed .* as sha256:[a-f0-9]{64}/.test(line))).toBe(true);
  });

  it('fails a broken RUN with the Dockerfile line BuildKit names', async () => {
    const builder = await BuildxBuilder.create();
    await expectFailingRun(builder, registry, 'buildx');
  });
});
