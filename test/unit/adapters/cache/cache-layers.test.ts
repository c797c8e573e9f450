/**
 * What the builders' layer stores read and name: the step images in buildah's real output, and
 * docker's cache tag.
 */
import { describe, expect, it } from 'vitest';
import { buildahReusedImages, dockerCacheReference, layoutLinkPath, unnamedImages } from '../../../../src/adapters/cache/index.js';

// Recorded from `buildah bud --layers --iidfile …` 1.28.2, as the builder runs it: a rebuild that
// reused its steps. (With --iidfile, buildah names the steps it commits nowhere; only reused ones.)
const REBUILD = [
  'STEP 1/5: FROM scratch',
  'STEP 2/5: COPY busybox /bin/busybox',
  '--> Using cache df8a1931b9e8f8d977d86af5f7cfeb2f0ac0667fa31f0dc09973ea5b195787e1',
  'STEP 3/5: COPY token.txt /token.txt',
  '--> Using cache 50c0943b38731439ad2efa0f8914c144a5c34d4604266c6ebe2416014d857452',
  'STEP 4/5: RUN ["/bin/busybox","sh","-c","echo tok675814569 > /token2; /bin/busybox date +%s%N > /stamp"]',
  '--> Using cache fa68c115924a18132325b65dac70d0e0ee2d19a0014ee08e54fff77e891b9d27',
  'STEP 5/5: LABEL "a"="d"',
  'COMMIT localhost/q:3',
  'Successfully tagged localhost/q:3',
];

describe('buildahReusedImages', () => {
  it('lists the images of the reused steps, in order', () => {
    expect(buildahReusedImages(REBUILD)).toEqual([
      'df8a1931b9e8f8d977d86af5f7cfeb2f0ac0667fa31f0dc09973ea5b195787e1',
      '50c0943b38731439ad2efa0f8914c144a5c34d4604266c6ebe2416014d857452',
      'fa68c115924a18132325b65dac70d0e0ee2d19a0014ee08e54fff77e891b9d27',
    ]);
  });

  it('ignores everything else: short IDs, committed steps, other text', () => {
    expect(buildahReusedImages(['--> 63b89c71e59', '--> Using cache abc', 'Using cache ' + 'a'.repeat(64), '$ buildah bud --layers'])).toEqual([]);
  });
});

describe('unnamedImages', () => {
  // `buildah images --all --no-trunc --format '{{.ID}} {{.Name}}'`: one row per name.
  const listing = [
    'sha256:2793e341d718b392d73b58c9047651616be9da77d79a37095399d1e89664246c   localhost/q',
    'sha256:2793e341d718b392d73b58c9047651616be9da77d79a37095399d1e89664246c   localhost/other',
    'sha256:c4ef479fd2288025651ed3d1d713424f8432da172edd457775d3e32c2706f1d3   <none>',
    'sha256:d9849db5997fa7a1cbc843f111fe5e2cfc44599714cd84e6d26d787911af94e1   <none>',
    '',
  ].join('\n');

  it('keeps the step images and leaves out named ones (results, pulled bases)', () => {
    expect([...unnamedImages(listing)]).toEqual([
      'c4ef479fd2288025651ed3d1d713424f8432da172edd457775d3e32c2706f1d3',
      'd9849db5997fa7a1cbc843f111fe5e2cfc44599714cd84e6d26d787911af94e1',
    ]);
    expect(unnamedImages('').size).toBe(0);
  });
});

describe('dockerCacheReference', () => {
  it('is a name of its own repository, tagged with the build key', () => {
    expect(dockerCacheReference('base', 'abcdef0123456789'.repeat(4))).toBe('image-actions-cache/base:abcdef0123456789');
    expect(dockerCacheReference('my_image__x', '0'.repeat(64))).toBe('image-actions-cache/my_image-x:0000000000000000');
  });
});

describe('layoutLinkPath', () => {
  it('is a path buildah can turn into an image name, one per image and user', () => {
    expect(layoutLinkPath('base', '/tmp', 1001)).toBe('/tmp/image-actions-layers-1001/base');
    // RUNNER_TEMP (`_temp`) and uppercase paths are not valid names: /tmp is used instead.
    expect(layoutLinkPath('base', '/home/runner/work/_temp', 1001)).toBe('/tmp/image-actions-layers-1001/base');
    expect(layoutLinkPath('base', '/Users/Me/tmp', 0)).toBe('/tmp/image-actions-layers-0/base');
    expect(layoutLinkPath('py__slim', '/var/tmp', 0)).toBe('/var/tmp/image-actions-layers-0/py__slim');
  });
});
