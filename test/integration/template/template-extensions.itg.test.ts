/**
 * loadTemplateExtensions against real ES module files: the shapes it accepts, and the
 * errors (naming the file) for the ones it refuses.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTemplateExtensions } from '../../../src/adapters/template-extensions.js';
import { UserInputError } from '../../../src/core/diagnostics.js';
import { createTemplateRenderer } from '../../../src/core/template/index.js';

const dir = mkdtempSync(join(tmpdir(), 'template-extensions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
/** Writes an ES module (a new file each time: Node caches imported modules by URL). */
function moduleFile(source: string): string {
  const path = join(dir, `extensions-${++counter}.mjs`);
  writeFileSync(path, source);
  return path;
}

async function refusal(path: string): Promise<UserInputError> {
  try {
    await loadTemplateExtensions(path, 'images/filters.mjs');
  } catch (error) {
    expect(error).toBeInstanceOf(UserInputError);
    return error as UserInputError;
  }
  throw new Error('the module was accepted');
}

describe('loadTemplateExtensions', () => {
  it("loads the kolla-tree fixture's module, whose filters render", async () => {
    const path = fileURLToPath(new URL('../../fixtures/kolla-tree/images/filters.mjs', import.meta.url));
    const extensions = await loadTemplateExtensions(path);
    expect(Object.keys(extensions.filters ?? {})).toEqual(['customizable', 'shell_quote']);
    expect(Object.keys(extensions.tests ?? {})).toEqual(['pinned']);
    expect(extensions.globals?.kolla_version).toBe('17.1.0');
    const renderer = createTemplateRenderer({ source: { read: () => "{{ ['a'] | customizable('packages') }} {{ \"it's\" | shell_quote }}" }, extensions });
    expect(renderer.render('t.j2', { image_name: 'nova-api', nova_api_packages_append: ['b'] })).toBe(`['a', 'b'] 'it'"'"'s'`);
  });

  it('accepts the sections as properties of a default export', async () => {
    const path = moduleFile("export default { filters: { twice: (v) => v + v }, globals: { answer: 42 } };");
    const extensions = await loadTemplateExtensions(path);
    expect(Object.keys(extensions.filters ?? {})).toEqual(['twice']);
    expect(extensions.globals).toEqual({ answer: 42 });
    expect(extensions.tests).toBeUndefined();
  });

  it('refuses a section that is not an object', async () => {
    const error = await refusal(moduleFile('export const filters = [(v) => v];'));
    expect(error.diagnostics[0]).toMatchObject({
      message: 'the template extensions module exports `filters` as an array, not an object',
      location: { file: 'images/filters.mjs', line: 1, column: 1 },
    });
  });

  it('refuses a filter or test that is not a function', async () => {
    const error = await refusal(moduleFile("export const tests = { pinned: 'yes' };"));
    expect(error.diagnostics[0]?.message).toBe("the template extension test 'pinned' is string, not a function");
  });

  it('refuses a name templates cannot use', async () => {
    const error = await refusal(moduleFile("export const filters = { 'shell-quote': (v) => v };"));
    expect(error.diagnostics[0]?.message).toBe("the template extensions module's filters has an invalid name 'shell-quote'");
  });

  it('refuses a module that exports none of the sections', async () => {
    const error = await refusal(moduleFile('export const helpers = {};'));
    expect(error.diagnostics[0]?.message).toBe('the template extensions module exports none of `filters`, `tests` or `globals`');
  });

  it('reports a module that fails to load', async () => {
    const error = await refusal(moduleFile('export const filters = {;'));
    expect(error.diagnostics[0]?.message).toMatch(/^the template extensions module failed to load: /);
    expect(error.diagnostics[0]?.location?.file).toBe('images/filters.mjs');
  });

  it('reports a module that does not exist', async () => {
    const error = await refusal(join(dir, 'missing.mjs'));
    expect(error.diagnostics[0]?.message).toBe('the template extensions module images/filters.mjs does not exist');
    expect(error.diagnostics[0]?.hint).toMatch(/template\.extensions/);
  });
});
