/**
 * `delete-temporary`: after a successful promotion the temporary tag it was promoted from is
 * removed at once, the tag only: the build keeps its promoted tags and every blob, against a
 * real CNCF distribution registry (which deletes by digest only, so the tag goes through a
 * throwaway manifest). Through the bundled CLI (`promote --delete-temporary`) and the bundled
 * action (`delete-temporary: true`, run as the runner runs it), and the cases where the tag is
 * left alone: a dry run, a tag that moved to another build, a tag that is itself promoted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/reference.js';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { createDistributionDeleter } from '../../../src/adapters/deletion/distribution.js';
import { deleteTemporaryTags } from '../../../src/app/promote-temporary.js';
import { makeImage, makeMultiPlatformIndex, type FixtureManifest } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { requireBundles, runActionBundle, runCli } from '../cleanup/processes.js';
import { consumerRepo, pushAll, repositoryState } from './support.js';

const FROM = 'pr-7-abcdef0';

let registry: RunningRegistry;
let direct: RegistryClient;

beforeAll(async () => {
  requireBundles();
  registry = await startRegistry();
  direct = new RegistryClient();
});

afterAll(async () => {
  await direct?.close();
  await registry?.stop();
});

const cli = (root: string, ...args: string[]) => runCli(['promote', '--root', root, ...args]);

/** Pushes an image and a two-platform index under FROM in `<namespace>/api` and `<namespace>/db`. */
async function seed(namespace: string): Promise<Record<string, FixtureManifest>> {
  const builds = { api: makeImage({ layers: 1 }), db: makeMultiPlatformIndex({ layers: 1 }) };
  await pushAll(direct, registry.host, FROM, { [`${namespace}/api`]: builds.api, [`${namespace}/db`]: builds.db });
  return builds;
}

async function assertComplete(repository: string, item: FixtureManifest): Promise<void> {
  const images = item.kind === 'index' ? item.images : [item];
  expect(await direct.headManifest(parseReference(`${registry.host}/${repository}@${item.digest}`))).toBeDefined();
  for (const image of images) {
    expect(await direct.headManifest(parseReference(`${registry.host}/${repository}@${image.digest}`))).toBeDefined();
    for (const blob of [image.config, ...image.layers]) expect(await direct.headBlob({ registry: registry.host, repository }, blob.descriptor.digest)).toBeDefined();
  }
}

describe('promote --delete-temporary (the bundled CLI)', () => {
  it('a dry run says it would delete it and deletes nothing; the real run removes the tag only', async () => {
    const builds = await seed('cli');
    const { repo } = consumerRepo({ registry: `${registry.host}/cli`, images: ['api', 'db'], promoteTags: ['latest', 'stable'] });

    const dry = await cli(repo.dir, '--from', FROM, '--delete-temporary', '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`temporary ${registry.host}/cli/api:${FROM} would-delete\n`);
    expect(await repositoryState(direct, registry.host, 'cli/api')).toEqual({ [FROM]: builds['api']!.digest });

    const real = await cli(repo.dir, '--from', FROM, '--delete-temporary');
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout).toContain(`temporary ${registry.host}/cli/api:${FROM} deleted\n`);
    expect(real.stdout).toContain(`temporary ${registry.host}/cli/db:${FROM} deleted\n`);
    for (const name of ['api', 'db']) {
      expect(await repositoryState(direct, registry.host, `cli/${name}`)).toEqual({ latest: builds[name]!.digest, stable: builds[name]!.digest });
      await assertComplete(`cli/${name}`, builds[name]!);
    }
  });
});

describe('promote action with delete-temporary: true (runner contract)', () => {
  it('promotes, then removes the temporary tag and says so in the summary', async () => {
    const builds = await seed('act');
    const { repo, sha } = consumerRepo({ registry: `${registry.host}/act`, images: ['api', 'db'], promoteTags: ['sha-{sha7}'] });
    const run = await runActionBundle('promote', {
      eventName: 'workflow_dispatch',
      payload: { ref: 'refs/heads/main', inputs: {} },
      cwd: repo.dir,
      inputs: { from: FROM, 'delete-temporary': 'true', 'working-directory': repo.dir, 'github-token': '' },
      env: { GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main' },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.summary).toContain(`- \`${registry.host}/act/api:${FROM}\`: deleted`);
    for (const name of ['api', 'db']) {
      expect(await repositoryState(direct, registry.host, `act/${name}`)).toEqual({ [`sha-${sha.slice(0, 7)}`]: builds[name]!.digest });
      await assertComplete(`act/${name}`, builds[name]!);
    }
  });
});

describe('deleteTemporaryTags', () => {
  it('leaves a tag that moved to another build, a tag that is itself promoted, and one already gone', async () => {
    const builds = await seed('left');
    const newer = makeImage({ layers: 1 });
    await pushAll(direct, registry.host, FROM, { 'left/api': newer }); // pushed again after the promotion
    const ref = (name: string) => parseReference(`${registry.host}/left/${name}:${FROM}`);
    const outcomes = await deleteTemporaryTags(
      direct,
      createDistributionDeleter(direct),
      [
        { image: 'api', source: ref('api'), target: ref('api'), digest: builds['api']!.digest, promotedTags: ['latest'] },
        { image: 'db', source: ref('db'), target: ref('db'), digest: builds['db']!.digest, promotedTags: [FROM, 'latest'] },
        { image: 'gone', source: ref('gone'), target: ref('gone'), digest: builds['api']!.digest, promotedTags: ['latest'] },
      ],
      { dryRun: false, log: () => undefined },
    );
    expect(outcomes).toEqual([
      { image: 'api', reference: `${registry.host}/left/api:${FROM}`, state: 'left', reason: `it now points at ${newer.digest}, another build than the promoted ${builds['api']!.digest}` },
      { image: 'db', reference: `${registry.host}/left/db:${FROM}`, state: 'left', reason: 'it is also one of the promoted tags' },
      { image: 'gone', reference: `${registry.host}/left/gone:${FROM}`, state: 'already-gone' },
    ]);
    expect(await repositoryState(direct, registry.host, 'left/api')).toEqual({ [FROM]: newer.digest });
    expect(await repositoryState(direct, registry.host, 'left/db')).toEqual({ [FROM]: builds['db']!.digest });
  });
});
