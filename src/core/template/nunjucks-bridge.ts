/**
 * The parts of nunjucks' runtime the renderer drives, typed.
 *
 * Templates compiled by `codegen.ts` run on nunjucks' own machinery: `Environment` (loaders,
 * template cache), `Template` (render, exports), `Context` (variables, blocks and their
 * inheritance chain) and `Frame` (scopes). @types/nunjucks leaves these internals untyped,
 * so this module states the little it relies on, in one place.
 */
import nunjucks from 'nunjucks';
import type { TemplateRuntimeContext } from './callable.js';

export interface NunjucksFrame {
  topLevel: boolean;
  set(name: string, value: unknown): void;
  lookup(name: string): unknown;
  push(isolateWrites?: boolean): NunjucksFrame;
  pop(): NunjucksFrame;
}

/** The nunjucks runtime module, as compiled code receives it (`runtime`). */
export interface NunjucksRuntime {
  readonly Frame: new () => NunjucksFrame;
}

export type RenderCallback = (error: unknown, result?: string) => void;
export type RenderFunction = (env: unknown, context: TemplateRuntimeContext, frame: NunjucksFrame, runtime: NunjucksRuntime, cb: RenderCallback) => void;

/** A nunjucks Template. */
export interface CompiledTemplate {
  readonly path: string;
  readonly blocks: Record<string, RenderFunction>;
  readonly rootRenderFunc: RenderFunction;
  compile(): void;
  render(context: Record<string, unknown>, frame?: NunjucksFrame): string;
  getExported(context: Record<string, unknown>, frame: NunjucksFrame | null, cb: (error: unknown, exported: Record<string, unknown> | null) => void): void;
}

/** What compiled templates and the runtime use of nunjucks' Environment. */
export interface NunjucksEnvironment {
  getTemplate(name: string | CompiledTemplate, eagerCompile: boolean, parentName: string | null, ignoreMissing: boolean): CompiledTemplate;
}

/** The precompiled template object a loader may return (`{ type: 'code', obj: props }`). */
export interface LoaderSource {
  readonly src: { readonly type: 'code'; readonly obj: Record<string, unknown> };
  readonly path: string;
  readonly noCache: boolean;
}

export interface TemplateLoader {
  getSource(name: string): LoaderSource | null;
}

export const nunjucksRuntime = nunjucks.runtime as unknown as NunjucksRuntime;

const TemplateClass = nunjucks.Template as unknown as abstract new (...args: never[]) => CompiledTemplate;

export function isCompiledTemplate(value: unknown): value is CompiledTemplate {
  return value instanceof TemplateClass;
}

/** A nunjucks Environment whose templates come from `loader`, with Jinja2's runtime as `env.jr`. */
export function createEnvironment(loader: TemplateLoader, jinjaRuntime: unknown): NunjucksEnvironment {
  // `dev` keeps the original error objects (nunjucks otherwise replaces them by bare copies),
  // so that a failure's location survives; autoescaping is Jinja2's default: off.
  const env = new nunjucks.Environment(loader as unknown as nunjucks.ILoader, { autoescape: false, dev: true });
  (env as unknown as { jr: unknown }).jr = jinjaRuntime;
  return env as unknown as NunjucksEnvironment;
}
