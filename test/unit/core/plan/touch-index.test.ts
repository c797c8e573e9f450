/**
 * The index findAffected matches changed paths with: the same answers as asking every image
 * about every path (the rule it replaced, written out here as the reference), on random trees.
 */
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { TouchIndex, type ImageInputs } from '../../../../src/core/plan/affected.js';

const isUnder = (path: string, dir: string): boolean => dir === '' || dir === '.' || path === dir || path.startsWith(`${dir}/`);

/** Every image asked about the path, one by one: the innermost folder wins, the first on a tie. */
function reference(path: string, images: readonly ImageInputs[]): string[] {
  const touched = new Set<string>();
  let best: ImageInputs | undefined;
  for (const image of images) if (isUnder(path, image.dir) && (!best || image.dir.length > best.dir.length)) best = image;
  if (best) touched.add(best.name);
  for (const image of images) {
    if (image.context !== undefined && image.context !== image.dir && isUnder(path, image.context)) touched.add(image.name);
    if (image.templateInputs.includes(path)) touched.add(image.name);
    if (image.watch.length > 0 && picomatch.isMatch(path, image.watch as string[], { dot: true })) touched.add(image.name);
  }
  return [...touched].sort();
}

// Short segments from a small alphabet, so that folders nest and collide often.
const segment = fc.constantFrom('a', 'b', 'images', 'x', 'common', 'a.b');
const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
const dir = fc.oneof({ weight: 8, arbitrary: path }, { weight: 1, arbitrary: fc.constantFrom('', '.') });
const image = fc.record({
  dir,
  context: fc.option(dir, { nil: undefined }),
  watch: fc.array(fc.constantFrom('common/**', 'a/*', '**/x', 'b/**/a.b'), { maxLength: 2 }),
  templateInputs: fc.array(path, { maxLength: 2 }),
});
const images = fc
  .array(image, { minLength: 1, maxLength: 12 })
  .map((list) => list.map((i, n): ImageInputs => ({ name: `img${n}`, dir: i.dir, watch: i.watch, templateInputs: i.templateInputs, ...(i.context !== undefined ? { context: i.context } : {}) })));

describe('TouchIndex', () => {
  it('answers as asking every image would, for any tree and path', () => {
    fc.assert(
      fc.property(images, fc.array(path, { minLength: 1, maxLength: 20 }), (list, paths) => {
        const index = new TouchIndex(list);
        for (const p of [...paths, ...list.map((i) => i.dir)]) expect(index.touchedBy(p)).toEqual(reference(p, list));
      }),
      { numRuns: 500 },
    );
  });

  it('gives two images of one folder to the first', () => {
    const list: ImageInputs[] = [
      { name: 'first', dir: 'images/a', watch: [], templateInputs: [] },
      { name: 'second', dir: 'images/a', watch: [], templateInputs: [] },
    ];
    expect(new TouchIndex(list).touchedBy('images/a/Dockerfile')).toEqual(['first']);
  });
});
