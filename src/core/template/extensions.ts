/**
 * Filters, tests and globals from the repository's `template.extensions` ES module.
 *
 * They are called as nunjucks calls its filters: `this` is the render context, the filtered
 * value comes first, then the arguments, then (only when the template passes any) one
 * object of keyword arguments. A function marked `passContext = true` gets the context as
 * its first argument instead, as Jinja2's `@pass_context` filters do (Kolla's `customizable`
 * reads `context[...]` that way).
 */
import { jinjaFunction, type CallSite } from './callable.js';
import { findTemplateFailure, TemplateFailure } from './errors.js';
import { PyFloat, PyIterator } from './python.js';
import type { FilterFunction, TestFunction } from './runtime.js';

/** The render context as extension functions see it. */
export interface TemplateContext {
  /** Whether the template can see `name` (a render variable, a top-level `{% set %}` or a global). */
  has(name: string): boolean;
  /** The value of `name`, or `undefined`. */
  get(name: string): unknown;
  /** Every variable the template can see, globals included. */
  variables(): Readonly<Record<string, unknown>>;
}

// The signature of functions coming from user code is open by nature.
export type ExtensionFunction = (...args: any[]) => unknown;

export interface TemplateExtensions {
  readonly filters?: Readonly<Record<string, ExtensionFunction>>;
  readonly globals?: Readonly<Record<string, unknown>>;
  readonly tests?: Readonly<Record<string, ExtensionFunction>>;
}

function contextView(site: CallSite, globals: Readonly<Record<string, unknown>>): TemplateContext {
  const variables = site.context.ctx;
  return {
    has: (name) => Object.hasOwn(variables, name) || Object.hasOwn(globals, name),
    get: (name) => (Object.hasOwn(variables, name) ? variables[name] : Object.hasOwn(globals, name) ? globals[name] : undefined),
    variables: () => ({ ...globals, ...variables }),
  };
}

/** Template values as plain JavaScript: floats as numbers, generators as arrays. */
function plain(value: unknown): unknown {
  if (value instanceof PyFloat) return value.value;
  if (value instanceof PyIterator) return value.consume();
  return value;
}

function invoke(
  kind: 'filter' | 'test' | 'global',
  name: string,
  fn: ExtensionFunction,
  view: TemplateContext,
  args: readonly unknown[],
  kwargs: Readonly<Record<string, unknown>>,
): unknown {
  const values = args.map(plain);
  if (Object.keys(kwargs).length > 0) values.push({ ...kwargs });
  try {
    return (fn as { passContext?: unknown }).passContext === true ? fn(view, ...values) : fn.apply(view, values);
  } catch (error) {
    const failure = findTemplateFailure(error);
    if (failure) throw failure;
    const message = error instanceof Error ? error.message : String(error);
    throw new TemplateFailure('extension', `the extension ${kind} '${name}' raised an error: ${message}`);
  }
}

export interface RegisteredExtensions {
  readonly filters: ReadonlyMap<string, FilterFunction>;
  readonly tests: ReadonlyMap<string, TestFunction>;
  readonly globals: Readonly<Record<string, unknown>>;
}

/** The extensions in the runtime's calling convention; `allGlobals` is what contexts see. */
export function registerExtensions(extensions: TemplateExtensions, allGlobals: () => Readonly<Record<string, unknown>>): RegisteredExtensions {
  const filters = new Map<string, FilterFunction>();
  for (const [name, fn] of Object.entries(extensions.filters ?? {})) {
    filters.set(name, (site, value, args, kwargs) => invoke('filter', name, fn, contextView(site, allGlobals()), [value, ...args], kwargs));
  }
  const tests = new Map<string, TestFunction>();
  for (const [name, fn] of Object.entries(extensions.tests ?? {})) {
    tests.set(name, (site, value, args, kwargs) => invoke('test', name, fn, contextView(site, allGlobals()), [value, ...args], kwargs));
  }
  const globals: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(extensions.globals ?? {})) {
    globals[name] =
      typeof value === 'function'
        ? jinjaFunction(name, (site, args, kwargs) => invoke('global', name, value as ExtensionFunction, contextView(site, allGlobals()), args, kwargs))
        : value;
  }
  return { filters, tests, globals };
}
