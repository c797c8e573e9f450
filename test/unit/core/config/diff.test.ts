import { describe, expect, it } from 'vitest';
import { diffConfigs } from '../../../../src/core/config/diff.js';
import { loadImagesConfig } from '../../../../src/core/config/load.js';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const config = (text: string | undefined) => loadImagesConfig(text, 'images.yaml').config;
const diff = (before: string | undefined, after: string | undefined) => {
  const d = diffConfigs(config(before), config(after));
  return { global: d.globalChanged, images: [...d.changedImages].sort() };
};

const BASE = lines(
  'registry: ghcr.io/acme',
  'template: { variables: { distro: debian } }',
  'images:',
  '  foo:',
  '    build-args: { A: "1", B: "2" }',
  '    depends-on: [bar]',
  '  bar:',
  '    watch: [common/**]',
  'deploy:',
  '  compose: compose.yaml',
  'retention:',
  '  protect: [latest]',
);

describe('diffConfigs', () => {
  it('the same file changes nothing', () => {
    expect(diff(BASE, BASE)).toEqual({ global: false, images: [] });
  });

  it('comments, formatting and key order change nothing', () => {
    const reordered = lines(
      '# the images',
      'images:',
      '  bar: { watch: ["common/**"] }',
      '  foo: { depends-on: [bar], build-args: { B: 2, A: 1 } }',
      'retention: { protect: [latest] }',
      'deploy: { compose: ./compose.yaml }',
      'template:',
      '  variables:',
      '    distro: debian',
      'registry: ghcr.io/acme',
    );
    expect(diff(BASE, reordered)).toEqual({ global: false, images: [] });
  });

  it("an image's settings changing marks only that image", () => {
    expect(diff(BASE, BASE.replace('B: "2"', 'B: "3"'))).toEqual({ global: false, images: ['foo'] });
    expect(diff(BASE, BASE.replace('common/**', 'common/ruby/**'))).toEqual({ global: false, images: ['bar'] });
  });

  it('an entry added or removed with settings marks its image; an empty one does not', () => {
    expect(diff(BASE, `${BASE.replace('images:\n', 'images:\n  baz: { target: prod }\n')}`)).toEqual({ global: false, images: ['baz'] });
    expect(diff(BASE, `${BASE.replace('images:\n', 'images:\n  baz: {}\n')}`)).toEqual({ global: false, images: [] });
    expect(diff(BASE, BASE.replace('  bar:\n    watch: [common/**]\n', ''))).toEqual({ global: false, images: ['bar'] });
  });

  it('writing out a default is no change', () => {
    expect(diff(BASE, BASE.replace('    watch: [common/**]', '    watch: [common/**]\n    platforms: [linux/amd64]\n    sources: []'))).toEqual({
      global: false,
      images: [],
    });
    expect(diff(undefined, lines('version: 1', 'images-dir: images', 'defaults: { builder: auto }'))).toEqual({ global: false, images: [] });
  });

  it.each([
    ['registry', BASE.replace('ghcr.io/acme', 'ghcr.io/other')],
    ['prefix', `${BASE}prefix: "acme-"\n`],
    ['images-dir', `${BASE}images-dir: docker\n`],
    ['template variables', BASE.replace('distro: debian', 'distro: ubuntu')],
    ['template extensions', BASE.replace('template: { variables: { distro: debian } }', 'template: { variables: { distro: debian }, extensions: images/f.mjs }')],
    ['the default builder', `${BASE}defaults: { builder: buildah }\n`],
    ['the default platforms', `${BASE}defaults: { platforms: [linux/arm64] }\n`],
  ])('%s is global: every image is affected', (_what, after) => {
    expect(diff(BASE, after).global).toBe(true);
  });

  it.each([
    ['tags', `${BASE}tags: { promote: [latest] }\n`],
    ['deploy', BASE.replace('compose: compose.yaml', 'compose: other.yaml')],
    ['retention', BASE.replace('protect: [latest]', 'protect: [latest, "v*"]')],
  ])('%s is not a build input: nothing is affected', (_what, after) => {
    expect(diff(BASE, after)).toEqual({ global: false, images: [] });
  });

  it('a file appearing or disappearing compares with the defaults', () => {
    expect(diff(undefined, BASE)).toEqual({ global: true, images: ['bar', 'foo'] });
    expect(diff(lines('images:', '  foo: { target: x }'), undefined)).toEqual({ global: false, images: ['foo'] });
  });
});
