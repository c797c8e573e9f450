/**
 * The Jinja2 runtime that compiled templates call (`R` in `codegen.ts`): Python semantics
 * for lookups, calls, operators and loops, Jinja2's macros, and includes, imports and
 * inheritance on top of nunjucks' Template/Context/Frame.
 *
 * Every operation that can fail takes its position in the template and throws a located
 * `TemplateFailure`; a failure that already has a position (one raised inside a macro or
 * an included template) keeps it, so the innermost place is reported.
 */
import type { ArithmeticOperator, CompareOperator } from './ast.js';
import { jinjaCallOf, jinjaFunction, type CallSite, type RuntimeServices, type TemplateRuntimeContext } from './callable.js';
import type { CodePosition } from './codegen.js';
import { findTemplateFailure, TemplateFailure, type TemplateFailureKind } from './errors.js';
import { pythonMethod, type MethodHost } from './methods.js';
import {
  isCompiledTemplate,
  type CompiledTemplate,
  type NunjucksEnvironment,
  type NunjucksFrame,
  type NunjucksRuntime,
  type RenderFunction,
} from './nunjucks-bridge.js';
import { arithmetic, compare, unary } from './operators.js';
import {
  asString,
  dictKey,
  equals,
  isDict,
  isInt,
  isPyObject,
  isString,
  isTuple,
  iterate,
  makeFloat,
  makeTuple,
  Namespace,
  PyRange,
  str,
  toNumber,
  truthy,
  tupleAttribute,
  typeName,
  type PyObject,
} from './python.js';
import { normalizeTemplateName } from './template-names.js';

export type FilterFunction = (site: CallSite, value: unknown, args: unknown[], kwargs: Record<string, unknown>) => unknown;
export type TestFunction = FilterFunction;

/** `loop` inside `{% for %}`. */
class LoopContext implements PyObject {
  readonly pyTypeName = 'LoopContext';
  private index0 = 0;
  private lastChanged: unknown[] | undefined;
  constructor(private readonly items: readonly unknown[]) {}

  step(index0: number): void {
    this.index0 = index0;
  }

  pyGetAttr(name: string): unknown {
    const i = this.index0;
    const length = this.items.length;
    switch (name) {
      case 'index':
        return i + 1;
      case 'index0':
        return i;
      case 'revindex':
        return length - i;
      case 'revindex0':
        return length - i - 1;
      case 'first':
        return i === 0;
      case 'last':
        return i === length - 1;
      case 'length':
        return length;
      case 'depth':
        return 1;
      case 'depth0':
        return 0;
      case 'previtem':
        return i > 0 ? this.items[i - 1] : undefined;
      case 'nextitem':
        return i < length - 1 ? this.items[i + 1] : undefined;
      case 'cycle':
        return jinjaFunction('cycle', (_site, args) => {
          if (args.length === 0) throw new TemplateFailure('type', 'no items for cycling given');
          return args[i % args.length];
        });
      case 'changed':
        return jinjaFunction('changed', (_site, args) => {
          const changed = this.lastChanged === undefined || !equals(makeTuple([...this.lastChanged]), makeTuple([...args]));
          this.lastChanged = args;
          return changed;
        });
      default:
        return undefined;
    }
  }

  pyRepr(): string {
    return `<LoopContext ${this.index0 + 1}/${this.items.length}>`;
  }
}

/** What `{% import "x.j2" as m %}` binds: the template's exported macros and variables. */
class TemplateModule implements PyObject {
  readonly pyTypeName = 'TemplateModule';
  constructor(
    readonly name: string,
    private readonly exported: Record<string, unknown>,
  ) {}
  pyGetAttr(name: string): unknown {
    return Object.hasOwn(this.exported, name) ? this.exported[name] : undefined;
  }
  pyRepr(): string {
    return `<TemplateModule '${this.name}'>`;
  }
}

/** A parameter of a macro, as the code generator describes it. */
interface MacroParameter {
  readonly name: string;
  readonly hasDefault: boolean;
}

const MISSING = Symbol('missing');

function locate(error: unknown, position: CodePosition, kind: TemplateFailureKind, prefix = ''): TemplateFailure {
  const failure = findTemplateFailure(error);
  if (failure) return failure.at(position);
  const message = error instanceof Error ? error.message : String(error);
  return new TemplateFailure(kind, `${prefix}${message}`, position);
}

export class JinjaRuntime implements MethodHost, RuntimeServices {
  /** A macro parameter the caller did not pass (its default applies). */
  readonly MISSING = MISSING;

  constructor(
    private readonly filters: ReadonlyMap<string, FilterFunction>,
    private readonly tests: ReadonlyMap<string, TestFunction>,
    private readonly globals: Readonly<Record<string, unknown>>,
  ) {}

  // ---- values ----------------------------------------------------------------------------

  str(value: unknown): string {
    return str(value);
  }

  truthy(value: unknown): boolean {
    return truthy(value);
  }

  float(value: number): unknown {
    return makeFloat(value);
  }

  tuple(items: unknown[]): unknown[] {
    return makeTuple(items);
  }

  dict(pairs: Array<[unknown, unknown]>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of pairs) out[dictKey(key)] = value;
    return out;
  }

  and(left: unknown, right: () => unknown): unknown {
    return truthy(left) ? right() : left;
  }

  or(left: unknown, right: () => unknown): unknown {
    return truthy(left) ? left : right();
  }

  concat(items: unknown[]): string {
    return items.map(str).join('');
  }

  failure(position: CodePosition, message: string): TemplateFailure {
    return new TemplateFailure('syntax', message, position);
  }

  private undefinedError(position: CodePosition, what = position.what): TemplateFailure {
    return new TemplateFailure('undefined', `${what === undefined ? 'a value' : `'${what}'`} is undefined`, position);
  }

  /** UndefinedError for the undefined one of two operands. */
  private undefinedOperand(position: CodePosition, left: unknown): TemplateFailure {
    const [leftText, rightText] = position.operands ?? [];
    return this.undefinedError(position, left === undefined ? leftText : rightText);
  }

  /** A name: the local scopes, then the render context, then the globals. */
  lookup(context: TemplateRuntimeContext, frame: NunjucksFrame, name: string): unknown {
    const local = frame.lookup(name);
    if (local !== undefined) return local;
    if (Object.hasOwn(context.ctx, name)) return context.ctx[name];
    return Object.hasOwn(this.globals, name) ? this.globals[name] : undefined;
  }

  // ---- attributes and items --------------------------------------------------------------

  /** Python's getattr(value, name), without Jinja2's fall-back to the item. */
  attribute(value: unknown, name: string): unknown {
    if (value === undefined || value === null) return undefined;
    if (isPyObject(value)) return value.pyGetAttr(name);
    const method = pythonMethod(value, name, this);
    if (method) return method;
    if (isTuple(value)) return tupleAttribute(value, name);
    if (isString(value) || Array.isArray(value) || isDict(value) || typeof value !== 'object') return undefined;
    // Another JavaScript object (from the render context): its properties.
    const property = (value as Record<string, unknown>)[name];
    return typeof property === 'function' ? (property as (...a: unknown[]) => unknown).bind(value) : property;
  }

  /** Python's value[key], or `undefined` when Python would raise. */
  item(value: unknown, key: unknown): unknown {
    if (value instanceof PyRange) {
      if (!isInt(key)) return undefined;
      const index = key < 0 ? value.length + key : key;
      return index >= 0 && index < value.length ? value.at(index) : undefined;
    }
    if (isString(value) || Array.isArray(value)) {
      if (!isInt(key) && typeof key !== 'boolean') return undefined;
      const sequence = isString(value) ? [...asString(value)] : value;
      const n = toNumber(key);
      const index = n < 0 ? sequence.length + n : n;
      return index >= 0 && index < sequence.length ? sequence[index] : undefined;
    }
    if (isDict(value)) {
      const k = dictKey(key);
      return Object.hasOwn(value, k) ? value[k] : undefined;
    }
    if (typeof value === 'object' && value !== null && !isPyObject(value) && isString(key)) {
      return (value as Record<string, unknown>)[asString(key)];
    }
    return undefined;
  }

  /** `value.name`: the attribute, else the item (Jinja2's Environment.getattr). */
  getattr(position: CodePosition, value: unknown, name: string): unknown {
    if (value === undefined) throw this.undefinedError(position);
    const attribute = this.attribute(value, name);
    return attribute !== undefined ? attribute : this.item(value, name);
  }

  /** `value[key]`: the item, else the attribute (Jinja2's Environment.getitem). */
  getitem(position: CodePosition, value: unknown, key: unknown): unknown {
    if (value === undefined) throw this.undefinedError(position);
    const item = this.item(value, key);
    if (item !== undefined || !isString(key)) return item;
    return this.attribute(value, asString(key));
  }

  /** `value[start:stop:step]`. */
  slice(position: CodePosition, value: unknown, start: unknown, stop: unknown, step: unknown): unknown {
    if (value === undefined) throw this.undefinedError(position);
    if (value instanceof PyRange) value = value.toArray();
    if (!isString(value) && !Array.isArray(value)) return undefined;
    const sequence = isString(value) ? [...asString(value)] : value;
    const length = sequence.length;
    const by = step === null ? 1 : toNumber(step);
    if (by === 0) throw new TemplateFailure('type', 'slice step cannot be zero', position);
    const clamp = (v: unknown, fallback: number, low: number, high: number): number => {
      if (v === null) return fallback;
      const n = toNumber(v);
      const index = n < 0 ? n + length : n;
      return Math.min(Math.max(index, low), high);
    };
    const out: unknown[] = [];
    if (by > 0) {
      for (let i = clamp(start, 0, 0, length); i < clamp(stop, length, 0, length); i += by) out.push(sequence[i]);
    } else {
      for (let i = clamp(start, length - 1, -1, length - 1); i > clamp(stop, -1, -1, length - 1); i += by) out.push(sequence[i]);
    }
    if (isString(value)) return out.join('');
    return isTuple(value) ? makeTuple(out) : out;
  }

  setNamespaceAttribute(position: CodePosition, target: unknown, name: string, value: unknown): void {
    if (!(target instanceof Namespace)) {
      throw new TemplateFailure('type', 'cannot assign attribute on non-namespace object', position);
    }
    target.attributes[name] = value;
  }

  // ---- calls -----------------------------------------------------------------------------

  private arguments(args: unknown[], kwargs: Record<string, unknown> | null, dynArgs: unknown, dynKwargs: unknown, position: CodePosition) {
    const positional = [...args];
    const keywords: Record<string, unknown> = { ...(kwargs ?? {}) };
    if (dynArgs !== undefined) {
      const extra = iterate(dynArgs);
      if (extra === undefined) throw new TemplateFailure('type', `argument after * must be an iterable, not ${typeName(dynArgs)}`, position);
      positional.push(...extra);
    }
    if (dynKwargs !== undefined) {
      if (!isDict(dynKwargs)) throw new TemplateFailure('type', `argument after ** must be a mapping, not ${typeName(dynKwargs)}`, position);
      Object.assign(keywords, dynKwargs);
    }
    return { positional, keywords };
  }

  /** Calls a value from template code. */
  call(
    position: CodePosition,
    context: TemplateRuntimeContext,
    callee: unknown,
    args: unknown[],
    kwargs: Record<string, unknown> | null,
    dynArgs?: unknown,
    dynKwargs?: unknown,
  ): unknown {
    if (callee === undefined) throw this.undefinedError(position);
    const { positional, keywords } = this.arguments(args, kwargs, dynArgs, dynKwargs, position);
    const site: CallSite = { context, position, runtime: this };
    const jinja = jinjaCallOf(callee);
    try {
      if (jinja) return jinja(site, positional, keywords);
      if (typeof callee !== 'function') throw new TemplateFailure('type', `'${typeName(callee)}' object is not callable`);
      const plain = Object.keys(keywords).length > 0 ? [...positional, keywords] : positional;
      return (callee as (...a: unknown[]) => unknown)(...plain);
    } catch (error) {
      throw locate(error, position, 'extension', `${position.what ?? 'function'}() raised an error: `);
    }
  }

  /** Calls a function given as a value (a `sort` key, …) from within a built-in. */
  callValue(site: CallSite, fn: unknown, args: unknown[]): unknown {
    return this.call(site.position, site.context, fn, args, null);
  }

  filter(
    position: CodePosition,
    context: TemplateRuntimeContext,
    name: string,
    value: unknown,
    args: unknown[],
    kwargs: Record<string, unknown> | null,
    dynArgs?: unknown,
    dynKwargs?: unknown,
  ): unknown {
    const { positional, keywords } = this.arguments(args, kwargs, dynArgs, dynKwargs, position);
    return this.callFilter({ context, position, runtime: this }, name, value, positional, keywords);
  }

  hasFilter(name: string): boolean {
    return this.filters.has(name);
  }

  hasTest(name: string): boolean {
    return this.tests.has(name);
  }

  /** Applies a filter by name (also for `map`, which names filters). */
  callFilter(site: CallSite, name: string, value: unknown, args: unknown[], kwargs: Record<string, unknown>): unknown {
    const filter = this.filters.get(name);
    if (!filter) throw new TemplateFailure('syntax', `No filter named '${name}'.`, site.position);
    try {
      return filter(site, value, args, kwargs);
    } catch (error) {
      throw locate(error, site.position, 'extension', `filter '${name}' raised an error: `);
    }
  }

  test(
    position: CodePosition,
    context: TemplateRuntimeContext,
    name: string,
    value: unknown,
    args: unknown[],
    kwargs: Record<string, unknown> | null,
    dynArgs?: unknown,
    dynKwargs?: unknown,
  ): unknown {
    const { positional, keywords } = this.arguments(args, kwargs, dynArgs, dynKwargs, position);
    return this.callTest({ context, position, runtime: this }, name, value, positional, keywords);
  }

  /** Applies a test by name (also for `select`, which names tests). */
  callTest(site: CallSite, name: string, value: unknown, args: unknown[], kwargs: Record<string, unknown>): unknown {
    const test = this.tests.get(name);
    if (!test) throw new TemplateFailure('syntax', `No test named '${name}'.`, site.position);
    try {
      return test(site, value, args, kwargs);
    } catch (error) {
      throw locate(error, site.position, 'extension', `test '${name}' raised an error: `);
    }
  }

  /** A macro: binds arguments as Jinja2's Macro._invoke does, and returns its output. */
  macro(
    name: string,
    params: readonly MacroParameter[],
    special: { readonly varargs: boolean; readonly kwargs: boolean; readonly caller: boolean },
    body: (...args: unknown[]) => string,
  ): (...args: unknown[]) => unknown {
    return jinjaFunction(name, (_site, args, kwargs) => {
      const remaining = { ...kwargs };
      let caller: unknown;
      if (special.caller) {
        caller = remaining.caller;
        delete remaining.caller;
      }
      const bound = params.map((param, i) => {
        if (i < args.length) return args[i];
        if (Object.hasOwn(remaining, param.name)) {
          const value = remaining[param.name];
          delete remaining[param.name];
          return value;
        }
        return param.hasDefault ? MISSING : undefined;
      });
      if (args.length > params.length && !special.varargs) {
        // Unlocated: the call site reports it, as Jinja2's traceback does.
        throw new TemplateFailure('type', `macro '${name}' takes not more than ${params.length} argument(s)`);
      }
      const extraKeys = Object.keys(remaining);
      if (extraKeys.length > 0 && !special.kwargs) {
        const key = extraKeys[0] as string;
        throw new TemplateFailure(
          'type',
          key === 'caller'
            ? `macro '${name}' was invoked with two values for the special caller argument. This is most likely a bug.`
            : `macro '${name}' takes no keyword argument '${key}'`,
        );
      }
      const varargs = makeTuple(args.slice(params.length));
      return body(...bound, varargs, remaining, caller);
    });
  }

  // ---- operators -------------------------------------------------------------------------

  arith(position: CodePosition, op: ArithmeticOperator, left: unknown, right: unknown): unknown {
    if (left === undefined || right === undefined) throw this.undefinedOperand(position, left);
    try {
      return arithmetic(op, left, right);
    } catch (error) {
      throw locate(error, position, 'type');
    }
  }

  unary(position: CodePosition, kind: 'neg' | 'pos', value: unknown): unknown {
    if (value === undefined) throw this.undefinedError(position);
    try {
      return unary(kind, value);
    } catch (error) {
      throw locate(error, position, 'type');
    }
  }

  compare(position: CodePosition, op: CompareOperator, left: unknown, right: unknown): boolean {
    const ordering = op === 'lt' || op === 'lteq' || op === 'gt' || op === 'gteq';
    if (ordering && (left === undefined || right === undefined)) throw this.undefinedOperand(position, left);
    try {
      return compare(op, left, right);
    } catch (error) {
      throw locate(error, position, 'type');
    }
  }

  /** `a < b < c`: each operand evaluated once, stopping at the first false comparison. */
  compareChain(position: CodePosition, left: unknown, ops: Array<[CompareOperator, () => unknown]>): boolean {
    let current = left;
    for (const [op, next] of ops) {
      const right = next();
      if (!this.compare(position, op, current, right)) return false;
      current = right;
    }
    return true;
  }

  // ---- loops -----------------------------------------------------------------------------

  iterate(position: CodePosition, value: unknown): unknown[] {
    const items = iterate(value);
    if (items === undefined) throw new TemplateFailure('type', `'${typeName(value)}' object is not iterable`, position);
    return items;
  }

  unpack(position: CodePosition, value: unknown, count: number): unknown[] {
    const items = iterate(value);
    if (items === undefined) throw new TemplateFailure('type', `cannot unpack non-iterable ${typeName(value)} object`, position);
    if (items.length < count) {
      throw new TemplateFailure('type', `not enough values to unpack (expected ${count}, got ${items.length})`, position);
    }
    if (items.length > count) throw new TemplateFailure('type', `too many values to unpack (expected ${count})`, position);
    return items;
  }

  loop(items: readonly unknown[]): LoopContext {
    return new LoopContext(items);
  }

  // ---- templates -------------------------------------------------------------------------

  newFrame(runtime: NunjucksRuntime): NunjucksFrame {
    return new runtime.Frame();
  }

  /** The template a template expression names: a name, a list of names (the first found), or a template. */
  private template(position: CodePosition, env: NunjucksEnvironment, value: unknown, ignoreMissing: boolean): CompiledTemplate | undefined {
    if (value === undefined) throw this.undefinedError(position);
    if (isCompiledTemplate(value)) {
      value.compile();
      return value;
    }
    const candidates = isString(value) ? [value] : Array.isArray(value) ? value : [value];
    const tried: string[] = [];
    for (const candidate of candidates) {
      if (isCompiledTemplate(candidate)) return candidate;
      if (!isString(candidate)) throw new TemplateFailure('type', `a template name must be a string, not ${typeName(candidate)}`, position);
      const name = normalizeTemplateName(asString(candidate));
      tried.push(asString(candidate));
      if (name === undefined) continue;
      try {
        const template = env.getTemplate(name, true, null, false);
        return template;
      } catch (error) {
        const failure = findTemplateFailure(error);
        if (failure) throw failure.at(position);
        if (!/^template not found/.test((error as Error).message)) throw locate(error, position, 'not-found');
      }
    }
    if (ignoreMissing) return undefined;
    const names = tried.map((t) => `'${t}'`).join(', ');
    throw new TemplateFailure('not-found', tried.length > 1 ? `none of the templates exist: ${names}` : `template not found: ${names}`, position);
  }

  include(position: CodePosition, env: NunjucksEnvironment, context: TemplateRuntimeContext, frame: NunjucksFrame, name: unknown, ignoreMissing: boolean, withContext: boolean): string {
    const template = this.template(position, env, name, ignoreMissing);
    if (!template) return '';
    try {
      return withContext ? template.render(context.getVariables(), frame) : template.render({});
    } catch (error) {
      throw locate(error, position, 'type');
    }
  }

  importModule(position: CodePosition, env: NunjucksEnvironment, context: TemplateRuntimeContext, frame: NunjucksFrame, name: unknown, withContext: boolean): TemplateModule {
    const template = this.template(position, env, name, false) as CompiledTemplate;
    let exported: Record<string, unknown> = {};
    let failure: unknown;
    template.getExported(withContext ? context.getVariables() : {}, withContext ? frame : null, (error, result) => {
      failure = error;
      exported = result ?? {};
    });
    if (failure) throw locate(failure, position, 'type');
    return new TemplateModule(template.path, exported);
  }

  /** `{% from m import name %}`: Jinja2 binds an undefined value when the template lacks it. */
  importName(module: TemplateModule, name: string): unknown {
    return module.pyGetAttr(name);
  }

  parentTemplate(position: CodePosition, env: NunjucksEnvironment, name: unknown): CompiledTemplate {
    return this.template(position, env, name, false) as CompiledTemplate;
  }

  /** Registers the parent's blocks after the child's (the child's override them). */
  inheritBlocks(context: TemplateRuntimeContext, parent: CompiledTemplate): void {
    for (const [name, block] of Object.entries(parent.blocks)) context.addBlock(name, block as never);
  }

  private run(fn: RenderFunction, env: unknown, context: TemplateRuntimeContext, frame: NunjucksFrame, runtime: NunjucksRuntime): string {
    let output = '';
    let failure: unknown;
    fn(env, context, frame, runtime, (error, result) => {
      failure = error;
      output = result ?? '';
    });
    if (failure) throw failure;
    return output;
  }

  /** Renders the parent of a child template with the child's context (and its blocks). */
  renderParent(parent: CompiledTemplate, env: unknown, context: TemplateRuntimeContext, runtime: NunjucksRuntime): string {
    const frame = new runtime.Frame();
    frame.topLevel = true;
    return this.run(parent.rootRenderFunc, env, context, frame, runtime);
  }

  renderBlock(position: CodePosition, env: unknown, context: TemplateRuntimeContext, frame: NunjucksFrame, runtime: NunjucksRuntime, name: string): string {
    try {
      return this.run(context.getBlock(name) as RenderFunction, env, context, frame, runtime);
    } catch (error) {
      throw locate(error, position, 'type');
    }
  }

  /** `{{ super() }}`: the same block of the parent template. */
  superBlock(position: CodePosition, env: unknown, context: TemplateRuntimeContext, runtime: NunjucksRuntime, name: string, current: RenderFunction): string {
    const chain = (context.blocks[name] ?? []) as unknown as RenderFunction[];
    const parent = chain[chain.indexOf(current) + 1];
    if (chain.indexOf(current) < 0 || !parent) {
      throw new TemplateFailure('undefined', `there is no parent block called '${name}'.`, position);
    }
    return this.run(parent, env, context, new runtime.Frame(), runtime);
  }
}
