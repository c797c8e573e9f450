/**
 * Renders Jinja2 templates (`Dockerfile.j2`) exactly as Jinja2 does, on nunjucks.
 *
 * nunjucks is "the JavaScript Jinja2", but its grammar and semantics differ from Jinja2's in
 * ways real template trees hit (see COMPAT.md beside this file). So templates are lexed,
 * parsed and compiled here with Jinja2's rules (`lexer.ts`, `parser.ts`, `codegen.ts`), and
 * the compiled programs run on nunjucks' runtime — its Environment, template cache,
 * Template/Context/Frame, blocks and inheritance — with Python's value semantics supplied
 * by `runtime.ts`.
 *
 * Template paths are relative to the images folder and `/`-separated; includes, imports and
 * extends resolve there too. File access goes through the caller's `TemplateSource`.
 */
import { UserInputError, type Diagnostic } from '../diagnostics.js';
import { builtinFilters } from './builtins/filters.js';
import { builtinGlobals } from './builtins/globals.js';
import { builtinTests } from './builtins/tests.js';
import { generateCode } from './codegen.js';
import { findTemplateFailure, TemplateFailure, type TemplateFailureKind } from './errors.js';
import { registerExtensions, type TemplateExtensions } from './extensions.js';
import { normalizeSource, tokenize } from './lexer.js';
import { createEnvironment, type CompiledTemplate, type LoaderSource, type NunjucksEnvironment } from './nunjucks-bridge.js';
import { parse } from './parser.js';
import { JinjaRuntime, type FilterFunction, type TestFunction } from './runtime.js';
import { normalizeTemplateName } from './template-names.js';

export type { ExtensionFunction, TemplateContext, TemplateExtensions } from './extensions.js';

/** Reads templates; paths are relative to the images folder, `/`-separated. */
export interface TemplateSource {
  /** The template's text, or `undefined` when there is no such file. */
  read(relativePath: string): string | undefined;
}

export interface RendererOptions {
  readonly source: TemplateSource;
  readonly extensions?: TemplateExtensions;
  /** The path shown in error locations for a template path (e.g. prefixed with `images/`). */
  readonly displayPath?: (relativePath: string) => string;
}

export interface RenderOptions {
  /**
   * A template that `{% extends parent_template %}` (or extends the template's path) and
   * replaces some of its blocks, as Kolla's `--template-override` does. Read through the
   * same source.
   */
  readonly overridePath?: string;
}

export interface TemplateRenderer {
  /**
   * Renders `templatePath` with `context` (the render variables: `registry`, `tag`,
   * `image(name)`, `template.variables`…). Throws `UserInputError` located in the template
   * file (an included or imported one when the problem is there).
   */
  render(templatePath: string, context: Readonly<Record<string, unknown>>, options?: RenderOptions): string;
}

/** The variable naming the image's template in an override file (Kolla's convention). */
export const PARENT_TEMPLATE_VARIABLE = 'parent_template';

const HINTS: Record<TemplateFailureKind, string> = {
  syntax: 'Fix the template: it is rendered with Jinja2 3 syntax and semantics.',
  undefined:
    'Define the value (render variables come from images.yaml `template.variables` and the built-in globals), or guard it with `is defined`.',
  type: 'The values in this expression do not support the operation (templates follow Python semantics).',
  'not-found': 'Template paths in include, import and extends are relative to the images folder.',
  extension: 'The error comes from the template extensions module (`template.extensions` in images.yaml).',
};

/** A copy of plain data (arrays and plain objects), so that one render cannot change the next. */
function isolate(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(isolate);
  if (typeof value === 'object' && value !== null) {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto === Object.prototype || proto === null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isolate(v)]));
    }
  }
  return value;
}

function compileTemplate(name: string, text: string, known: { filters: ReadonlySet<string>; tests: ReadonlySet<string> }): Record<string, unknown> {
  let code: string;
  try {
    code = generateCode(parse(tokenize(normalizeSource(text))), name, known);
  } catch (error) {
    // The lexer and parser do not know the template's name.
    if (error instanceof TemplateFailure && error.position && !error.position.template) {
      throw new TemplateFailure(error.kind, error.message, { ...error.position, template: name });
    }
    throw error;
  }
  return new Function(code)() as Record<string, unknown>;
}

export function createTemplateRenderer(options: RendererOptions): TemplateRenderer {
  const displayPath = options.displayPath ?? ((path: string) => path);
  let globals: Readonly<Record<string, unknown>> = builtinGlobals;
  const extensions = registerExtensions(options.extensions ?? {}, () => globals);
  globals = { ...builtinGlobals, ...extensions.globals };
  const filters = new Map<string, FilterFunction>([...builtinFilters, ...extensions.filters]);
  const tests = new Map<string, TestFunction>([...builtinTests, ...extensions.tests]);
  const runtime = new JinjaRuntime(filters, tests, globals);
  const known = { filters: new Set(filters.keys()), tests: new Set(tests.keys()) };

  const loader = {
    getSource(name: string): LoaderSource | null {
      const text = options.source.read(name);
      if (text === undefined) return null;
      return { src: { type: 'code', obj: compileTemplate(name, text, known) }, path: name, noCache: false };
    },
  };
  const env: NunjucksEnvironment = createEnvironment(loader, runtime);

  const load = (path: string): CompiledTemplate => {
    const name = normalizeTemplateName(path);
    if (name === undefined || name === '') {
      throw new TemplateFailure('not-found', `template path '${path}' is not inside the images folder`);
    }
    try {
      return env.getTemplate(name, true, null, false);
    } catch (error) {
      if (findTemplateFailure(error)) throw error;
      throw new TemplateFailure('not-found', `template not found: '${name}'`);
    }
  };

  return {
    render(templatePath, context, renderOptions = {}) {
      try {
        const template = load(templatePath);
        const variables = isolate(context) as Record<string, unknown>;
        if (renderOptions.overridePath === undefined) return template.render(variables);
        const override = load(renderOptions.overridePath);
        return override.render({ ...variables, [PARENT_TEMPLATE_VARIABLE]: template });
      } catch (error) {
        const failure = findTemplateFailure(error);
        if (!failure) throw error;
        const diagnostic: Diagnostic = {
          message: failure.message,
          hint: HINTS[failure.kind],
          ...(failure.position
            ? { location: { file: displayPath(failure.position.template), line: failure.position.line, column: failure.position.column } }
            : {}),
        };
        throw new UserInputError([diagnostic]);
      }
    },
  };
}
