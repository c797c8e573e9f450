/**
 * Loads the repository's template extensions module (images.yaml `template.extensions`).
 *
 * The module is an ES module exporting `filters`, `tests` and `globals` objects, either as
 * named exports or as properties of its default export. Filters and tests are functions;
 * globals are any values (functions included). A module of another shape is refused with an
 * error naming the file and what is wrong, before any template renders.
 */
import { pathToFileURL } from 'node:url';
import { UserInputError } from '../core/diagnostics.js';
import type { ExtensionFunction, TemplateExtensions } from '../core/template/index.js';

const SECTIONS = ['filters', 'tests', 'globals'] as const;
type Section = (typeof SECTIONS)[number];

// Jinja2 names: identifiers, dotted for namespaced filters and tests (`my.filter`).
const NAME = /^[\p{ID_Start}_][\p{ID_Continue}]*(\.[\p{ID_Start}_][\p{ID_Continue}]*)*$/u;

function problem(file: string, message: string, hint: string): UserInputError {
  return new UserInputError([{ message, location: { file, line: 1, column: 1 }, hint }]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function section(file: string, module: Record<string, unknown>, name: Section): Record<string, unknown> | undefined {
  const fromDefault = isPlainObject(module.default) ? module.default[name] : undefined;
  const value = module[name] ?? fromDefault;
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    throw problem(
      file,
      `the template extensions module exports \`${name}\` as ${Array.isArray(value) ? 'an array' : typeof value}, not an object`,
      `Export an object mapping names to ${name === 'globals' ? 'values' : 'functions'}, e.g. \`export const ${name} = { my_${name.slice(0, -1)}: … }\`.`,
    );
  }
  for (const [key, entry] of Object.entries(value)) {
    if (!NAME.test(key)) {
      throw problem(file, `the template extensions module's ${name} has an invalid name '${key}'`, 'Names must be identifiers (letters, digits, underscores), as templates use them.');
    }
    if (name !== 'globals' && typeof entry !== 'function') {
      throw problem(file, `the template extension ${name.slice(0, -1)} '${key}' is ${entry === null ? 'null' : typeof entry}, not a function`, `Every entry of \`${name}\` must be a function.`);
    }
  }
  return value;
}

/**
 * Imports the extensions module at `absolutePath` and checks its shape. `displayPath` is the
 * path shown in errors (relative to the repository).
 */
export async function loadTemplateExtensions(absolutePath: string, displayPath: string = absolutePath): Promise<TemplateExtensions> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(absolutePath).href)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && (error as Error).message.includes(absolutePath)) {
      throw new UserInputError([
        { message: `the template extensions module ${displayPath} does not exist`, hint: 'Fix `template.extensions` in images.yaml: it is a path relative to the repository.' },
      ]);
    }
    throw problem(displayPath, `the template extensions module failed to load: ${(error as Error).message}`, 'It must be a valid ES module (a .mjs file, or .js in a package with "type": "module").');
  }
  const found = SECTIONS.map((name) => [name, section(displayPath, module, name)] as const);
  if (found.every(([, value]) => value === undefined)) {
    throw problem(displayPath, 'the template extensions module exports none of `filters`, `tests` or `globals`', 'Export at least one of them, e.g. `export const filters = { … }`.');
  }
  const extensions: { filters?: Record<string, ExtensionFunction>; tests?: Record<string, ExtensionFunction>; globals?: Record<string, unknown> } = {};
  for (const [name, value] of found) {
    if (value === undefined) continue;
    if (name === 'globals') extensions.globals = value;
    else extensions[name] = value as Record<string, ExtensionFunction>;
  }
  return extensions;
}
