/**
 * RegistryClient behaviour that the local distribution 2.8 cannot show (it has no tag paging
 * and no referrers API), against undici's MockAgent.
 */
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReference } from '../../../../src/core/reference.js';
import { RegistryClient } from '../../../../src/adapters/registry/client.js';
import { computeDigest } from '../../../../src/adapters/registry/digest.js';
import { RegistryError } from '../../../../src/adapters/registry/errors.js';
import { encodeJson } from '../../../../src/adapters/registry/manifest.js';
import { OCI_INDEX, OCI_MANIFEST } from '../../../../src/adapters/registry/media-types.js';

const HOST = 'registry.example.com';
const ORIGIN = `https://${HOST}`;

describe('RegistryClient against a mocked registry', () => {
  let agent: MockAgent;
  let client: RegistryClient;

  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
    agent.get(ORIGIN).intercept({ path: '/v2/', method: 'GET' }).reply(200, '{}');
    client = new RegistryClient({ dispatcher: agent });
  });

  afterEach(async () => {
    await agent.close();
  });

  it('follows Link pagination of the tag list, relative and absolute', async () => {
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: '/v2/team/app/tags/list?n=2', method: 'GET' }).reply(200, { name: 'team/app', tags: ['a', 'b'] }, { headers: { link: '</v2/team/app/tags/list?last=b&n=2>; rel="next"' } });
    pool
      .intercept({ path: '/v2/team/app/tags/list?last=b&n=2', method: 'GET' })
      .reply(200, { name: 'team/app', tags: ['c', 'd'] }, { headers: { link: `<${ORIGIN}/v2/team/app/tags/list?last=d&n=2>; rel="next"` } });
    pool.intercept({ path: '/v2/team/app/tags/list?last=d&n=2', method: 'GET' }).reply(200, { name: 'team/app', tags: ['e'] });
    expect(await client.listTags({ registry: HOST, repository: 'team/app' }, { pageSize: 2 })).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('treats a null tag list as empty', async () => {
    agent.get(ORIGIN).intercept({ path: '/v2/x/tags/list', method: 'GET' }).reply(200, { name: 'x', tags: null });
    expect(await client.listTags({ registry: HOST, repository: 'x' })).toEqual([]);
  });

  it('uses the referrers API when the registry has one, filtering client-side if it did not', async () => {
    const subject = `sha256:${'a'.repeat(64)}`;
    const entries = [
      { mediaType: OCI_MANIFEST, digest: `sha256:${'b'.repeat(64)}`, size: 10, artifactType: 'application/x.sbom' },
      { mediaType: OCI_MANIFEST, digest: `sha256:${'c'.repeat(64)}`, size: 11, artifactType: 'application/x.sig' },
    ];
    const body = JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries });
    agent.get(ORIGIN).intercept({ path: `/v2/x/referrers/${subject}?artifactType=application%2Fx.sig`, method: 'GET' }).reply(200, body, { headers: { 'content-type': OCI_INDEX } });
    const found = await client.listReferrers(parseReference(`${HOST}/x@${subject}`), { artifactType: 'application/x.sig' });
    expect(found.map((d) => d.digest)).toEqual([`sha256:${'c'.repeat(64)}`]);
  });

  it('refuses a manifest whose bytes do not match Docker-Content-Digest', async () => {
    const bytes = encodeJson({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: { mediaType: 'a/b', digest: `sha256:${'d'.repeat(64)}`, size: 1 }, layers: [] });
    agent
      .get(ORIGIN)
      .intercept({ path: '/v2/x/manifests/latest', method: 'GET' })
      .reply(200, Buffer.from(bytes), { headers: { 'content-type': OCI_MANIFEST, 'docker-content-digest': `sha256:${'e'.repeat(64)}` } });
    const failure = await client.getManifest(parseReference(`${HOST}/x:latest`)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RegistryError);
    expect((failure as RegistryError).code).toBe('DIGEST_MISMATCH');
    expect((failure as Error).message).toContain(`Docker-Content-Digest says sha256:${'e'.repeat(64)} but the bytes have ${computeDigest(bytes)}`);
  });

  it('sends all four manifest media types in Accept', async () => {
    let accept = '';
    const bytes = encodeJson({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] });
    agent
      .get(ORIGIN)
      .intercept({ path: '/v2/x/manifests/latest', method: 'GET', headers: (h) => ((accept = String(h['accept'] ?? '')), true) })
      .reply(200, Buffer.from(bytes), { headers: { 'content-type': OCI_INDEX } });
    await client.getManifest(parseReference(`${HOST}/x:latest`));
    expect(accept.split(', ').sort()).toEqual([
      'application/vnd.docker.distribution.manifest.list.v2+json',
      'application/vnd.docker.distribution.manifest.v2+json',
      'application/vnd.oci.image.index.v1+json',
      'application/vnd.oci.image.manifest.v1+json',
    ]);
  });
});
