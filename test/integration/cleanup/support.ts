/**
 * The registry state the cleanup tests rotate, built for real in a CNCF distribution registry,
 * and the checks made on it afterwards.
 *
 * Seed 001's rotation is the policy: builds from master are kept a long time (180 days),
 * branch builds and pull requests rotate weekly, nightlies keep the last 3, build keys 30 days,
 * and exceptions are marked in the registry with keep- and keep-until- tags. The state has
 * about 60 tags over 30-odd tagged digests: master builds (two of them two-platform indexes),
 * releases, latest, pr-, feature- and bugfix- builds, nightlies, bk- build keys, keep- and
 * keep-until- exceptions (one expired), an SBOM referrer of a kept image and a signature of a
 * deleted one (both found through their `sha256-<hex>` fallback tags, distribution 2.8 having
 * no referrers API), a build with no date, a tag no rule matches, and a manifest that only a
 * digest names.
 *
 * Dates are the image configs' `created`, relative to the moment the state is made, and far
 * from every rule's boundary, so a run a few minutes later decides the same.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseReference } from '../../../src/core/reference.js';
import type { RegistryClient } from '../../../src/adapters/registry/client.js';
import { BUILD_KEY_LABEL } from '../../../src/app/build.js';
import { makeImage, makeIndex, makeReferrer, pushImage, pushManifest, type FixtureImage, type FixtureManifest } from '../../harness/oci-fixtures.js';
import { tempDir } from '../../support/git-repo.js';
import { repositoryState } from '../promote/support.js';

export { repositoryState };

const DAY = 24 * 60 * 60 * 1000;

export const ROTATION_YAML = [
  'retention:',
  '  rules:',
  '    - { tags: "pr-*", older-than: 7d }',
  '    - { tags: "nightly-*", keep-last: 3 }',
  '    - { tags: "master-*", older-than: 180d }',
  '    - { tags: "bk-*", older-than: 30d }',
  '    - { tags: "*-*", older-than: 7d }',
  '  protect: [latest, "v*", "keep-*"]',
].join('\n');

/** A folder with images.yaml (the rotation) and the image folders `app` and `web`. */
export function rotationProject(registry: string): string {
  const dir = tempDir('ia-cleanup-');
  writeFileSync(join(dir, 'images.yaml'), ['version: 1', `registry: ${registry}`, 'prefix: ""', ROTATION_YAML, ''].join('\n'));
  for (const name of ['app', 'web']) {
    mkdirSync(join(dir, 'images', name), { recursive: true });
    writeFileSync(join(dir, 'images', name, 'Dockerfile'), `FROM scratch\nCOPY . /${name}/\n`);
  }
  return dir;
}

function yyyymmdd(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

/** A build key: any 64 hex digits. */
function buildKey(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}

interface Build {
  readonly name: string;
  readonly item: FixtureManifest;
  readonly tags: readonly string[];
}

export interface RotationState {
  /** Every tag → digest, as pushed. */
  readonly tags: Readonly<Record<string, string>>;
  /** The tags the rotation deletes, worked out by hand from the rules. */
  readonly deleted: readonly string[];
  /** Manifests the rotation deletes (no kept tag needs them), by name. */
  readonly deletedDigests: Readonly<Record<string, string>>;
  /** Manifests that must still be there afterwards although no tag names them. */
  readonly untaggedKept: Readonly<Record<string, string>>;
}

/** Pushes the rotation's state to `<registry>/<repository>` (directly, fault-free). */
export async function seedRotation(client: RegistryClient, registry: string, repository: string, now = new Date()): Promise<RotationState> {
  const ago = (days: number): Date => new Date(now.getTime() - days * DAY);
  const image = (days: number, extra: { buildKey?: string; epoch?: boolean } = {}): FixtureImage =>
    makeImage({
      layers: 1,
      layerBytes: 256,
      created: extra.epoch ? new Date(0) : ago(days),
      ...(extra.buildKey ? { labels: { [BUILD_KEY_LABEL]: extra.buildKey } } : {}),
    });
  const twoPlatforms = (days: number) =>
    makeIndex([
      makeImage({ layers: 1, layerBytes: 256, created: ago(days), platform: { os: 'linux', architecture: 'amd64' } }),
      makeImage({ layers: 1, layerBytes: 256, created: ago(days), platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }),
    ]);
  const keyM1 = buildKey('master-1');
  const keyB6 = buildKey('feature-x');
  const keyB7 = buildKey('feature-y');
  const future = yyyymmdd(new Date(now.getTime() + 60 * DAY));

  const builds: Build[] = [
    // master: kept 180 days; latest and releases protected.
    { name: 'M1', item: image(2, { buildKey: keyM1 }), tags: ['master-1111111', 'latest', 'master', 'v2.0.0', 'pr-20-1111111', `bk-${keyM1.slice(0, 16)}`] },
    { name: 'M2', item: image(60), tags: ['master-2222222', 'v1.9.0', 'pr-19-2222222'] },
    { name: 'M3', item: image(200), tags: ['master-3333333', 'pr-17-3333333'] },
    { name: 'M4', item: image(250), tags: ['master-4444444', 'v1.0.0'] },
    { name: 'M5', item: twoPlatforms(190), tags: ['master-5555555'] },
    { name: 'M6', item: twoPlatforms(30), tags: ['master-6666666', 'v1.8.0'] },
    { name: 'M7', item: image(90), tags: ['master-7777777', 'pr-18-7777777'] },
    { name: 'M8', item: image(185), tags: ['master-8888888'] },
    // branches: a week.
    { name: 'B1', item: image(3), tags: ['feature-login-aaaaaaa', 'feature-login'] },
    { name: 'B2', item: image(10), tags: ['feature-login-bbbbbbb'] },
    { name: 'B3', item: image(20), tags: ['bugfix-crash-ccccccc', 'keep-customer-demo'] },
    { name: 'B4', item: image(15), tags: ['feature-review-ddddddd', `keep-until-${future}-review`] },
    { name: 'B5', item: image(25), tags: ['feature-old-eeeeeee', 'keep-until-20240101-expired'] },
    { name: 'B6', item: image(12, { buildKey: keyB6 }), tags: ['feature-x-fffffff', `bk-${keyB6.slice(0, 16)}`] },
    { name: 'B7', item: image(40, { buildKey: keyB7 }), tags: ['feature-y-1234567', `bk-${keyB7.slice(0, 16)}`] },
    { name: 'B8', item: image(8), tags: ['feature-b-2345678', 'feature-b'] },
    { name: 'B9', item: image(100), tags: ['fix-c-3456789'] },
    { name: 'nodate', item: image(0, { epoch: true }), tags: ['feature-nodate-0000000'] },
    { name: 'stable', item: image(400), tags: ['stable'] },
    // pull requests: a week.
    ...[1, 2, 3, 5, 6, 8, 9, 12, 14, 30, 45].map((days, i) => ({ name: `P${i + 1}`, item: image(days), tags: [`pr-${i + 1}-${String(days).padStart(7, 'a')}`] })),
    // nightlies: the last 3.
    ...[1, 2, 3, 4, 5, 6, 7].map((days) => ({ name: `N${days}`, item: image(days), tags: [`nightly-${yyyymmdd(ago(days))}`, ...(days === 1 ? ['nightly'] : [])] })),
  ];
  const tags: Record<string, string> = {};
  const byName = new Map(builds.map((b) => [b.name, b.item]));
  for (const build of builds) {
    const [first, ...rest] = build.tags;
    await pushManifest(client, `${registry}/${repository}:${first}`, build.item);
    for (const tag of rest) await client.putManifest(parseReference(`${registry}/${repository}:${tag}`), build.item);
    for (const tag of build.tags) tags[tag] = build.item.digest;
  }
  // An SBOM of M2 (kept), pushed by digest: the client lists it in the fallback tag sha256-<M2>.
  const m2 = byName.get('M2') as FixtureImage;
  const sbom = makeReferrer(m2.descriptor, { annotations: { 'org.opencontainers.image.created': ago(60).toISOString() } });
  await pushImage(client, `${registry}/${repository}@${sbom.digest}`, sbom);
  // A cosign-style signature of P11 (45 days, deleted), under sha256-<P11>.sig; the client also
  // lists it in sha256-<P11>.
  const p11 = byName.get('P11') as FixtureImage;
  const signature = makeReferrer(p11.descriptor, { artifactType: 'application/vnd.dev.cosign.simplesigning.v1+json', annotations: { 'org.opencontainers.image.created': ago(45).toISOString() } });
  const sigTag = `${p11.digest.replace(':', '-')}.sig`;
  await pushImage(client, `${registry}/${repository}:${sigTag}`, signature);
  tags[sigTag] = signature.digest;
  // A manifest that only a digest names: not ours to judge, so it stays.
  const orphan = image(300);
  await pushImage(client, `${registry}/${repository}@${orphan.digest}`, orphan);

  const actual = await repositoryState(client, registry, repository);
  const m2Fallback = m2.digest.replace(':', '-');
  const p11Fallback = p11.digest.replace(':', '-');
  expect(Object.keys(actual).sort()).toEqual([...Object.keys(tags), m2Fallback, p11Fallback].sort());
  Object.assign(tags, { [m2Fallback]: actual[m2Fallback], [p11Fallback]: actual[p11Fallback] });

  const deleted = [
    'master-3333333',
    'pr-17-3333333',
    'pr-18-7777777',
    'master-4444444',
    'master-5555555',
    'master-8888888',
    'pr-19-2222222',
    'feature-login-bbbbbbb',
    'bugfix-crash-ccccccc',
    'feature-review-ddddddd',
    'feature-old-eeeeeee',
    'keep-until-20240101-expired',
    'feature-x-fffffff',
    'feature-y-1234567',
    `bk-${keyB7.slice(0, 16)}`,
    'feature-b-2345678',
    'feature-b',
    'fix-c-3456789',
    // pr-6 … pr-11 (8 to 45 days)
    ...[8, 9, 12, 14, 30, 45].map((days, i) => `pr-${i + 6}-${String(days).padStart(7, 'a')}`),
    sigTag,
    p11Fallback,
    // nightlies 4 to 7 days old
    ...[4, 5, 6, 7].map((days) => `nightly-${yyyymmdd(ago(days))}`),
  ].sort();
  const item = (name: string) => byName.get(name) as FixtureManifest;
  const m5 = item('M5') as Extract<FixtureManifest, { kind: 'index' }>;
  const deletedDigests: Record<string, string> = {
    M3: item('M3').digest,
    M5: m5.digest,
    'M5/amd64': m5.images[0]!.digest,
    'M5/arm64': m5.images[1]!.digest,
    M8: item('M8').digest,
    B2: item('B2').digest,
    B5: item('B5').digest,
    B7: item('B7').digest,
    B8: item('B8').digest,
    B9: item('B9').digest,
    P11: p11.digest,
    signature: signature.digest,
    'P11 referrers': actual[p11Fallback]!,
    ...Object.fromEntries(['P6', 'P7', 'P8', 'P9', 'P10'].map((n) => [n, item(n).digest])),
    ...Object.fromEntries([4, 5, 6, 7].map((d) => [`N${d}`, item(`N${d}`).digest])),
  };
  const m6 = item('M6') as Extract<FixtureManifest, { kind: 'index' }>;
  const untaggedKept = { orphan: orphan.digest, sbom: sbom.digest, 'M6/amd64': m6.images[0]!.digest, 'M6/arm64': m6.images[1]!.digest };
  return { tags, deleted, deletedDigests, untaggedKept };
}

/** The state expected after the rotation: every tag but the deleted ones, where it was. */
export function expectedAfter(state: RotationState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.tags).filter(([tag]) => !state.deleted.includes(tag)).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * A tag that still pulls: its manifest, and for an index every child manifest, and every
 * config and layer blob they name, are there.
 */
export async function assertPulls(client: RegistryClient, registry: string, repository: string, tagOrDigest: string): Promise<void> {
  const ref = parseReference(tagOrDigest.includes(':') ? `${registry}/${repository}@${tagOrDigest}` : `${registry}/${repository}:${tagOrDigest}`);
  const manifest = await client.getManifest(ref);
  const repo = { registry, repository };
  const images = [];
  if (manifest.kind === 'index') {
    for (const child of manifest.manifests) images.push(await client.getManifest({ ...ref, target: { kind: 'digest', digest: child.digest } }));
  } else {
    images.push(manifest);
  }
  for (const m of images) {
    if (m.kind !== 'image') continue;
    for (const blob of [m.config, ...m.layers]) {
      const head = await client.headBlob(repo, blob.digest);
      expect(head?.size, `${tagOrDigest}: blob ${blob.digest}`).toBe(blob.size);
    }
  }
}

/** Every tag of `expected` pulls, and every untagged manifest that must stay is there. */
export async function assertNothingKeptBroken(client: RegistryClient, registry: string, repository: string, state: RotationState): Promise<void> {
  for (const tag of Object.keys(expectedAfter(state))) await assertPulls(client, registry, repository, tag);
  for (const digest of Object.values(state.untaggedKept)) await assertPulls(client, registry, repository, digest);
}

/** Whether a manifest is still there, by digest. */
export async function manifestExists(client: RegistryClient, registry: string, repository: string, digest: string): Promise<boolean> {
  return (await client.headManifest(parseReference(`${registry}/${repository}@${digest}`))) !== undefined;
}
