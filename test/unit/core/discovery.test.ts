import { describe, expect, it } from 'vitest';
import { loadImagesConfig } from '../../../src/core/config/load.js';
import { UserInputError, type Diagnostic } from '../../../src/core/diagnostics.js';
import { discoverImages, imageOwningPath, validateSettingsAgainstImages, type DiscoveredImage } from '../../../src/core/discovery.js';

const CONFIG = 'images.yaml';
const lines = (...l: string[]): string => `${l.join('\n')}\n`;

function rejected(run: () => unknown): readonly Diagnostic[] {
  try {
    run();
  } catch (error) {
    if (error instanceof UserInputError) return error.diagnostics;
    throw error;
  }
  throw new Error('expected a UserInputError');
}

const summary = (images: readonly DiscoveredImage[]) => images.map((i) => [i.name, i.dir, i.variantOf ?? null]);

describe('discoverImages', () => {
  it('a folder holding a Dockerfile or Dockerfile.j2 is an image named after the folder', () => {
    const images = discoverImages(
      ['README.md', 'images/base/Dockerfile', 'images/base/rootfs/etc/motd', 'images/app/Dockerfile.j2', 'images/app/app.sh', 'images/macros.j2'],
      'images',
      CONFIG,
    );
    expect(images).toEqual([
      { name: 'app', dir: 'images/app', dockerfile: 'images/app/Dockerfile.j2', templated: true },
      { name: 'base', dir: 'images/base', dockerfile: 'images/base/Dockerfile', templated: false },
    ]);
  });

  it('a folder without a Dockerfile only groups images', () => {
    const images = discoverImages(
      ['images/ironic/ironic-api/Dockerfile.j2', 'images/ironic/ironic-conductor/Dockerfile.j2', 'images/openstack/nova/compute/Dockerfile', 'images/ironic/README.md'],
      'images',
      CONFIG,
    );
    expect(summary(images)).toEqual([
      ['compute', 'images/openstack/nova/compute', null],
      ['ironic-api', 'images/ironic/ironic-api', null],
      ['ironic-conductor', 'images/ironic/ironic-conductor', null],
    ]);
  });

  it('an image folder inside another image folder is a variant, <outer>-<folder>', () => {
    const images = discoverImages(
      ['images/notebook/Dockerfile', 'images/notebook/cuda12/Dockerfile', 'images/notebook/cuda12/slim/Dockerfile', 'images/notebook/flavours/rocm/Dockerfile.j2'],
      'images',
      CONFIG,
    );
    expect(summary(images)).toEqual([
      ['notebook', 'images/notebook', null],
      ['notebook-cuda12', 'images/notebook/cuda12', 'notebook'],
      // Nested: a variant of a variant carries the whole chain.
      ['notebook-cuda12-slim', 'images/notebook/cuda12/slim', 'notebook-cuda12'],
      // A grouping folder inside an image folder adds nothing to the name.
      ['notebook-rocm', 'images/notebook/flavours/rocm', 'notebook'],
    ]);
  });

  it('looks only under images-dir, whatever it is called', () => {
    const files = ['Dockerfile', 'tools/ci/Dockerfile', 'docker/images/web/Dockerfile', 'docker/images/web/tls/Dockerfile', 'docker/other/Dockerfile'];
    expect(summary(discoverImages(files, 'docker/images', CONFIG))).toEqual([
      ['web', 'docker/images/web', null],
      ['web-tls', 'docker/images/web/tls', 'web'],
    ]);
    expect(summary(discoverImages(files, './docker/images/', CONFIG)).map(([name]) => name)).toEqual(['web', 'web-tls']);
    expect(discoverImages(files, 'images', CONFIG)).toEqual([]);
  });

  it('images-dir "." searches the whole repository, and the root Dockerfile is the repository\'s own', () => {
    const images = discoverImages(['Dockerfile', 'tools/ci/Dockerfile', 'docker/other/Dockerfile'], '.', CONFIG);
    expect(summary(images)).toEqual([
      ['ci', 'tools/ci', null],
      ['other', 'docker/other', null],
    ]);
  });

  it('a folder whose name only starts like an image folder is not inside it', () => {
    const images = discoverImages(['images/web/Dockerfile', 'images/webapp/Dockerfile'], 'images', CONFIG);
    expect(summary(images)).toEqual([
      ['web', 'images/web', null],
      ['webapp', 'images/webapp', null],
    ]);
  });

  it('two folders giving one name: an error at the second Dockerfile that names both folders', () => {
    const found = rejected(() => discoverImages(['images/a/api/Dockerfile', 'images/b/api/Dockerfile.j2', 'images/c/Dockerfile'], 'images', CONFIG));
    expect(found).toEqual([
      {
        message: 'two folders give the image name "api": images/a/api, images/b/api',
        location: { file: 'images/b/api/Dockerfile.j2', line: 1, column: 1 },
        hint: expect.stringMatching(/^Rename one of the folders/),
      },
    ]);
  });

  it('a variant name that clashes with a folder of that name', () => {
    const found = rejected(() => discoverImages(['images/web/Dockerfile', 'images/web/tls/Dockerfile', 'images/web-tls/Dockerfile'], 'images', CONFIG));
    expect(found.map((d) => [d.message, d.location])).toEqual([
      ['two folders give the image name "web-tls": images/web-tls, images/web/tls', { file: 'images/web/tls/Dockerfile', line: 1, column: 1 }],
    ]);
  });

  it('a folder holding both a Dockerfile and a Dockerfile.j2', () => {
    const found = rejected(() => discoverImages(['images/app/Dockerfile', 'images/app/Dockerfile.j2'], 'images', CONFIG));
    expect(found.map((d) => [d.message, d.location])).toEqual([
      ['images/app holds both Dockerfile and Dockerfile.j2', { file: 'images/app/Dockerfile.j2', line: 1, column: 1 }],
    ]);
    expect(found[0]?.hint).toMatch(/Keep one/);
  });

  it('a folder name that is no valid repository name', () => {
    const found = rejected(() => discoverImages(['images/MyApp/Dockerfile', 'images/ok/Dockerfile'], 'images', CONFIG));
    expect(found.map((d) => [d.message, d.location])).toEqual([
      ['the image name "MyApp" (from the folder images/MyApp) is not a valid repository name', { file: 'images/MyApp/Dockerfile', line: 1, column: 1 }],
    ]);
  });

  it('a Dockerfile directly in the images folder has no name', () => {
    const found = rejected(() => discoverImages(['images/Dockerfile', 'images/ok/Dockerfile'], 'images', CONFIG));
    expect(found.map((d) => [d.message, d.location])).toEqual([
      ['images/Dockerfile is directly in the images folder, so it has no image name', { file: 'images/Dockerfile', line: 1, column: 1 }],
    ]);
    expect(found[0]?.hint).toContain(CONFIG);
  });

  it('reports every folder problem at once', () => {
    const found = rejected(() => discoverImages(['images/a/x/Dockerfile', 'images/b/x/Dockerfile', 'images/Bad/Dockerfile'], 'images', CONFIG));
    expect(found).toHaveLength(2);
  });
});

describe('imageOwningPath', () => {
  const images = discoverImages(
    ['images/notebook/Dockerfile', 'images/notebook/cuda12/Dockerfile', 'images/notebook/cuda12/slim/Dockerfile', 'images/web/Dockerfile'],
    'images',
    CONFIG,
  );

  it('a file belongs to the innermost image folder holding it', () => {
    expect(imageOwningPath(images, 'images/notebook/requirements.txt')).toBe('notebook');
    expect(imageOwningPath(images, 'images/notebook/cuda12/Dockerfile')).toBe('notebook-cuda12');
    expect(imageOwningPath(images, 'images/notebook/cuda12/slim/etc/x.conf')).toBe('notebook-cuda12-slim');
    expect(imageOwningPath(images, 'images/notebook/cuda12/slimmer.txt')).toBe('notebook-cuda12');
  });

  it('a file in no image folder belongs to none', () => {
    expect(imageOwningPath(images, 'README.md')).toBeUndefined();
    expect(imageOwningPath(images, 'images/macros.j2')).toBeUndefined();
    expect(imageOwningPath(images, 'images/webapp/x')).toBeUndefined();
  });
});

describe('validateSettingsAgainstImages', () => {
  const images = discoverImages(['images/foreman/Dockerfile', 'images/dynflow/Dockerfile', 'images/base/Dockerfile'], 'images', CONFIG);

  it('accepts settings for images that exist', () => {
    const loaded = loadImagesConfig(lines('images:', '  foreman: { depends-on: [base, dynflow] }', '  base: {}'), CONFIG);
    expect(() => validateSettingsAgainstImages(loaded, images)).not.toThrow();
  });

  it('an entry for an image that does not exist, at its key, with a "did you mean"', () => {
    const loaded = loadImagesConfig(lines('registry: ghcr.io/acme', 'images:', '  base: {}', '  formean:', '    target: prod'), CONFIG);
    expect(rejected(() => validateSettingsAgainstImages(loaded, images))).toEqual([
      { message: 'images.formean: there is no image "formean"', location: { file: CONFIG, line: 4, column: 3 }, hint: 'Did you mean "foreman"?' },
    ]);
  });

  it('an entry far from every image says how images are found', () => {
    const loaded = loadImagesConfig(lines('images-dir: docker', 'images:', '  postgres: {}'), CONFIG);
    const [problem] = rejected(() => validateSettingsAgainstImages(loaded, images));
    expect(problem?.location).toEqual({ file: CONFIG, line: 3, column: 3 });
    expect(problem?.hint).toBe('An image is a folder under docker/ holding a Dockerfile or Dockerfile.j2; add docker/postgres/Dockerfile or remove this entry.');
  });

  it('depends-on naming an unknown image, or the image itself, at the list item', () => {
    const loaded = loadImagesConfig(lines('images:', '  foreman:', '    depends-on: [base, dynflw, foreman]'), CONFIG);
    expect(rejected(() => validateSettingsAgainstImages(loaded, images))).toEqual([
      { message: 'images.foreman.depends-on[1]: there is no image "dynflw"', location: { file: CONFIG, line: 3, column: 24 }, hint: 'Did you mean "dynflow"?' },
      { message: 'images.foreman.depends-on[2]: "foreman" depends on itself', location: { file: CONFIG, line: 3, column: 32 }, hint: expect.any(String) },
    ]);
  });
});
