import { describe, expect, it } from 'vitest';
import { encodeJson, parseManifest, type Manifest } from '../../../../src/adapters/registry/manifest.js';
import { DOCKER_CONFIG, DOCKER_LAYER_GZIP, DOCKER_MANIFEST, OCI_CONFIG, OCI_EMPTY, OCI_INDEX, OCI_LAYER_GZIP, OCI_MANIFEST } from '../../../../src/adapters/registry/media-types.js';
import { makeThrowawayManifest } from '../../../../src/adapters/registry/throwaway.js';
import { BUILD_KEY_LABEL } from '../../../../src/app/build.js';
import { describeRepository, isRunnableImage, type ConfigFacts } from '../../../../src/app/cleanup/manifest-info.js';

const d = (c: string): string => `sha256:${c.repeat(64)}`;
const layer = { mediaType: OCI_LAYER_GZIP, digest: d('1'), size: 100 };
const config = (c: string, mediaType = OCI_CONFIG) => ({ mediaType, digest: d(c), size: 10 });

function image(fields: Record<string, unknown>): Manifest {
  return parseManifest(encodeJson({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: config('a'), layers: [layer], ...fields }));
}

function describe1(manifests: Manifest[], configs: Record<string, ConfigFacts> = {}, tags: Record<string, string> = {}) {
  return describeRepository('r.example/app', {
    tags: new Map(Object.entries(tags)),
    manifests: new Map(manifests.map((m) => [m.digest, m])),
    configs: new Map(Object.entries(configs)),
  });
}

describe('describeRepository', () => {
  it('describes a runnable image from its config: date, build key, size of manifest, config and layers', () => {
    const m = image({});
    const state = describe1([m], { [d('a')]: { created: new Date('2026-01-02T00:00:00Z'), labels: { [BUILD_KEY_LABEL]: 'abc' } } }, { v1: m.digest });
    expect(state.repository).toBe('r.example/app');
    expect(state.tags).toEqual(new Map([['v1', m.digest]]));
    expect(state.manifests.get(m.digest)).toEqual({ kind: 'image', digest: m.digest, created: new Date('2026-01-02T00:00:00Z'), buildKey: 'abc', size: m.size + 10 + 100 });
  });

  it('reads Docker schema 2 images alike', () => {
    const m = parseManifest(encodeJson({ schemaVersion: 2, mediaType: DOCKER_MANIFEST, config: config('a', DOCKER_CONFIG), layers: [{ ...layer, mediaType: DOCKER_LAYER_GZIP }] }));
    expect(isRunnableImage(m.kind === 'image' ? m : (undefined as never))).toBe(true);
    expect(describe1([m], { [d('a')]: { created: undefined, labels: {} } }).manifests.get(m.digest)).toEqual({ kind: 'image', digest: m.digest, size: m.size + 110 });
  });

  it('makes artifacts of referrers, signatures and charts, dated by their created annotation', () => {
    const referrer = image({ artifactType: 'application/spdx+json', config: { mediaType: OCI_EMPTY, digest: d('e'), size: 2 }, subject: { mediaType: OCI_MANIFEST, digest: d('f'), size: 5 }, annotations: { 'org.opencontainers.image.created': '2026-03-04T05:06:07Z' } });
    const cosign = image({ layers: [{ mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json', digest: d('2'), size: 7 }] });
    const chart = image({ config: config('c', 'application/vnd.cncf.helm.config.v1+json') });
    const state = describe1([referrer, cosign, chart]);
    expect(state.manifests.get(referrer.digest)).toEqual({ kind: 'artifact', digest: referrer.digest, subject: d('f'), created: new Date('2026-03-04T05:06:07Z'), size: referrer.size + 2 + 100 });
    expect(state.manifests.get(cosign.digest)).toMatchObject({ kind: 'artifact' });
    expect(state.manifests.get(chart.digest)).toMatchObject({ kind: 'artifact' });
  });

  it('describes an index: manifest children only, build key from its images, its own created annotation', () => {
    const amd = image({ annotations: { n: '1' } });
    const arm = image({ config: config('b'), annotations: { n: '2' } });
    const attestation = image({ config: config('c'), annotations: { n: '3' } });
    const index = parseManifest(
      encodeJson({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        annotations: { 'org.opencontainers.image.created': 'not a date' },
        manifests: [
          { mediaType: OCI_MANIFEST, digest: attestation.digest, size: attestation.size, annotations: { 'vnd.docker.reference.type': 'attestation-manifest' } },
          { mediaType: OCI_MANIFEST, digest: amd.digest, size: amd.size },
          { mediaType: OCI_MANIFEST, digest: arm.digest, size: arm.size },
          { mediaType: 'application/vnd.example.blob', digest: d('9'), size: 1 },
        ],
      }),
    );
    const state = describe1([index, amd, arm, attestation], {
      [d('a')]: { created: undefined, labels: {} },
      [d('b')]: { created: undefined, labels: { [BUILD_KEY_LABEL]: 'key-b' } },
      // Fetched because the attestation looked runnable by itself; its label must not count.
      [d('c')]: { created: undefined, labels: { [BUILD_KEY_LABEL]: 'key-c' } },
    });
    expect(state.manifests.get(index.digest)).toEqual({ kind: 'index', digest: index.digest, children: [attestation.digest, amd.digest, arm.digest], buildKey: 'key-b', size: index.size });
    // Listed as an attestation by its index: an artifact, whatever it looks like.
    expect(state.manifests.get(attestation.digest)).toMatchObject({ kind: 'artifact' });
  });

  it('knows a throwaway', () => {
    const throwaway = parseManifest(makeThrowawayManifest('pr-1').bytes);
    expect(describe1([throwaway]).manifests.get(throwaway.digest)).toEqual({ kind: 'throwaway', digest: throwaway.digest, size: throwaway.size + 4 });
  });

  it('refuses to describe a runnable image whose config was not fetched', () => {
    expect(() => describe1([image({})])).toThrow(/config .* was not fetched/);
  });
});
