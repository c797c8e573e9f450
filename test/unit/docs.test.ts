import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS, withTables } from '../../scripts/action-docs.ts';

const root = resolve(import.meta.dirname, '../..');

describe('generated action tables', () => {
  for (const file of ['README.md', ...ACTIONS.map((a) => `${a}/README.md`)]) {
    it(`${file} matches action.yml (run \`npm run docs\` when this fails)`, () => {
      const text = readFileSync(join(root, file), 'utf8');
      let regenerated = text;
      for (const name of ACTIONS) regenerated = withTables(regenerated, name);
      expect(regenerated).toBe(text);
    });
  }
  it('every action README carries its own table', () => {
    for (const name of ACTIONS) {
      expect(readFileSync(join(root, name, 'README.md'), 'utf8')).toContain(`**Inputs of \`${name}\`**`);
    }
  });
});

describe('README build key recipe', () => {
  it('is the recipe the code hashes (BUILD_KEY_RECIPE)', async () => {
    const { BUILD_KEY_RECIPE } = await import('../../src/core/build-key/index.js');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const between = readme.split('<!-- build-key-recipe -->\n')[1]?.split('\n<!-- /build-key-recipe -->')[0];
    expect(between).toBe(BUILD_KEY_RECIPE);
  });
});
