/**
 * Images pushed by another tool: skopeo copies offline OCI layouts (a single image, a
 * two-platform index, a Docker-format image, an image with a referrer) into real registries,
 * and the client reads exactly what skopeo wrote.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/reference.js';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { containersAuthCredentials } from '../../../src/adapters/registry/credentials.js';
import { DOCKER_MANIFEST, OCI_INDEX } from '../../../src/adapters/registry/media-types.js';
import { makeImage, makeMultiPlatformIndex, makeReferrer, skopeoCopy, skopeoCopyFromLayout, writeDirLayout, writeOciLayout } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'image-actions-layout-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('skopeo-pushed layouts, anonymous registry', () => {
  let registry: RunningRegistry;
  const single = makeImage({ labels: { pushed: 'by-skopeo' } });
  const index = makeMultiPlatformIndex({ labels: { multi: 'yes' } });
  const docker = makeImage({ format: 'docker', layers: 1 });
  const referrer = makeReferrer(single.descriptor, { artifactType: 'application/vnd.example.attestation' });

  beforeAll(async () => {
    registry = await startRegistry();
    await writeOciLayout(join(dir, 'anon'), [
      { name: 'single', item: single },
      { name: 'multi', item: index },
      { name: 'referrer', item: referrer },
    ]);
  });

  afterAll(async () => {
    await registry?.stop();
  });

  it('reads a single-platform image with the digest skopeo preserved', async () => {
    await skopeoCopyFromLayout(join(dir, 'anon'), 'single', `${registry.host}/skopeo/single:1`);
    const client = new RegistryClient();
    const manifest = await client.getManifest(parseReference(`${registry.host}/skopeo/single:1`));
    expect(manifest.digest).toBe(single.digest);
    expect((await client.getImageConfig(parseReference(`${registry.host}/skopeo/single:1`))).labels).toEqual({ pushed: 'by-skopeo' });
  });

  it('reads a two-platform index and both of its images', async () => {
    await skopeoCopyFromLayout(join(dir, 'anon'), 'multi', `${registry.host}/skopeo/multi:1`);
    const client = new RegistryClient();
    const ref = parseReference(`${registry.host}/skopeo/multi:1`);
    const got = await client.getManifest(ref);
    expect(got).toMatchObject({ kind: 'index', mediaType: OCI_INDEX, digest: index.digest });
    const arm = await client.getImageConfig(ref, { os: 'linux', architecture: 'arm64' });
    expect(arm).toMatchObject({ manifestDigest: index.images[1]!.digest, architecture: 'arm64', variant: 'v8', labels: { multi: 'yes' } });
  });

  it('reads a Docker schema 2 image (from skopeo dir: layout; OCI layouts hold only OCI types)', async () => {
    await writeDirLayout(join(dir, 'docker-dir'), docker);
    await skopeoCopy(`dir:${join(dir, 'docker-dir')}`, `${registry.host}/skopeo/docker:1`);
    const head = await new RegistryClient().headManifest(parseReference(`${registry.host}/skopeo/docker:1`));
    expect(head).toEqual({ digest: docker.digest, mediaType: DOCKER_MANIFEST, size: docker.size });
  });

  it('finds a referrer pushed by skopeo once the client records it in the fallback tag', async () => {
    await skopeoCopyFromLayout(join(dir, 'anon'), 'single', `${registry.host}/skopeo/referred:1`);
    // skopeo pushes the artifact manifest but maintains no referrers index; the client lists
    // referrers from the fallback tag, which it writes when it pushes (or copies) a referrer.
    await skopeoCopyFromLayout(join(dir, 'anon'), 'referrer', `${registry.host}/skopeo/referred:sbom`);
    const client = new RegistryClient();
    expect(await client.listReferrers(parseReference(`${registry.host}/skopeo/referred:1`))).toEqual([]);
    const pushed = await client.getManifest(parseReference(`${registry.host}/skopeo/referred:sbom`));
    expect(pushed.subject?.digest).toBe(single.digest);
    await client.putManifest(parseReference(`${registry.host}/skopeo/referred@${pushed.digest}`), pushed);
    const referrers = await client.listReferrers(parseReference(`${registry.host}/skopeo/referred:1`));
    expect(referrers.map((r) => [r.digest, r.artifactType])).toEqual([[referrer.digest, 'application/vnd.example.attestation']]);
  });
});

describe('skopeo with a containers auth.json, Basic-auth registry', () => {
  it('pushes with --dest-authfile, and the client reads the same auth.json', async () => {
    const registry = await startRegistry({ auth: 'basic' });
    try {
      const image = makeImage();
      await writeOciLayout(join(dir, 'basic'), [{ name: 'img', item: image }]);
      const authFile = join(dir, 'auth.json');
      const { username, password } = registry.credentials!;
      await writeFile(authFile, JSON.stringify({ auths: { [registry.host]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } } }));
      await skopeoCopyFromLayout(join(dir, 'basic'), 'img', `${registry.host}/private/img:1`, { authFile });
      const client = new RegistryClient({ credentials: containersAuthCredentials({ env: { REGISTRY_AUTH_FILE: authFile } }) });
      expect((await client.headManifest(parseReference(`${registry.host}/private/img:1`)))?.digest).toBe(image.digest);
    } finally {
      await registry.stop();
    }
  });
});
