/**
 * How template code calls functions.
 *
 * Jinja2 calls take positional and keyword arguments. Functions written for the renderer
 * (built-in filters, tests, globals, Python methods, macros) receive both as they are, through
 * the `JinjaFunction` signature. Any other JavaScript function (one passed in the render
 * context, like `image(name)`) is called with the positional arguments, plus one trailing
 * object holding the keyword arguments when there are any.
 */
import { TemplateFailure } from './errors.js';
import type { CodePosition } from './codegen.js';

/** nunjucks' Context, as the renderer uses it. */
export interface TemplateRuntimeContext {
  readonly ctx: Record<string, unknown>;
  readonly blocks: Record<string, Array<(...args: unknown[]) => void>>;
  setVariable(name: string, value: unknown): void;
  addExport(name: string): void;
  getVariables(): Record<string, unknown>;
  addBlock(name: string, block: (...args: unknown[]) => void): void;
  getBlock(name: string): (...args: unknown[]) => void;
}

/** The runtime services built-in filters, tests and methods use. */
export interface RuntimeServices {
  /** Python's getattr(value, name), or `undefined`. */
  attribute(value: unknown, name: string): unknown;
  /** Python's value[key], or `undefined`. */
  item(value: unknown, key: unknown): unknown;
  callValue(site: CallSite, fn: unknown, args: unknown[]): unknown;
  callFilter(site: CallSite, name: string, value: unknown, args: unknown[], kwargs: Record<string, unknown>): unknown;
  callTest(site: CallSite, name: string, value: unknown, args: unknown[], kwargs: Record<string, unknown>): unknown;
  hasFilter(name: string): boolean;
  hasTest(name: string): boolean;
}

/** What a function called from a template knows about the call. */
export interface CallSite {
  readonly context: TemplateRuntimeContext;
  readonly position: CodePosition;
  readonly runtime: RuntimeServices;
}

export type JinjaFunction = (site: CallSite, args: unknown[], kwargs: Record<string, unknown>) => unknown;

const JINJA_CALL = Symbol('jinja.call');

type Tagged = ((...args: unknown[]) => unknown) & { [JINJA_CALL]?: JinjaFunction };

/**
 * A function object for templates: called from template code, it gets the call site and
 * the keyword arguments. (JavaScript code, an extension filter given a macro, cannot call it.)
 */
export function jinjaFunction(name: string, implementation: JinjaFunction): (...args: unknown[]) => unknown {
  const direct: Tagged = () => {
    throw new TemplateFailure('type', `'${name}' can only be called from a template`);
  };
  Object.defineProperty(direct, 'name', { value: name });
  direct[JINJA_CALL] = implementation;
  return direct;
}

export function jinjaCallOf(value: unknown): JinjaFunction | undefined {
  return typeof value === 'function' ? (value as Tagged)[JINJA_CALL] : undefined;
}

const REQUIRED = Symbol('required');

/** A parameter: its name, and its default value when it has one. */
export type ParameterSpec = string | readonly [string, unknown];

/**
 * Python's binding of call arguments to parameters, with Python's error messages
 * (raised as `type` failures, located by the caller).
 */
export function bindArguments(
  functionName: string,
  spec: readonly ParameterSpec[],
  args: readonly unknown[],
  kwargs: Readonly<Record<string, unknown>>,
): unknown[] {
  const names = spec.map((p) => (typeof p === 'string' ? p : p[0]));
  if (args.length > names.length) {
    throw new TemplateFailure('type', `${functionName}() takes at most ${names.length} argument(s) (${args.length} given)`);
  }
  const values: unknown[] = names.map((_, i) => (i < args.length ? args[i] : REQUIRED));
  for (const [key, value] of Object.entries(kwargs)) {
    const index = names.indexOf(key);
    if (index < 0) throw new TemplateFailure('type', `${functionName}() got an unexpected keyword argument '${key}'`);
    if (values[index] !== REQUIRED) throw new TemplateFailure('type', `${functionName}() got multiple values for argument '${key}'`);
    values[index] = value;
  }
  return values.map((value, i) => {
    if (value !== REQUIRED) return value;
    const param = spec[i] as ParameterSpec;
    if (typeof param === 'string') throw new TemplateFailure('type', `${functionName}() missing required argument: '${param}'`);
    return param[1];
  });
}
