/**
 * Compiles a Jinja2 syntax tree into a nunjucks template program.
 *
 * The output is what nunjucks' `Template` runs: a function body returning
 * `{ root, b_<block>… }`, each `(env, context, frame, runtime, cb)`, so nunjucks' own
 * machinery does template inheritance (`Context.addBlock/getBlock/getSuper`), exports,
 * includes and frames. Every operation whose Python semantics differ from JavaScript's
 * goes through the Jinja2 runtime `R` (`env.jr`, see `runtime.ts`), with its position in
 * the template so that errors point at the right file, line and column.
 *
 * Scoping follows Jinja2: a `{% set %}` inside a loop iteration, `{% with %}`, macro or
 * block is local to it; a name assigned in such a scope starts each time with the value
 * it has outside (Jinja2 resolves it on scope entry); top-level assignments also go to
 * the context (visible to blocks, includes and importers).
 */
import type {
  Arguments,
  AssignTarget,
  Block,
  Expr,
  Filter,
  Parameter,
  Stmt,
  TemplateAst,
} from './ast.js';
import { TemplateFailure } from './errors.js';

export interface KnownNames {
  readonly filters: ReadonlySet<string>;
  readonly tests: ReadonlySet<string>;
}

/** An entry of a template's position table, passed to the runtime with each operation. */
export interface CodePosition {
  readonly template: string;
  readonly line: number;
  readonly column: number;
  /** The source of the operand the operation works on (`foo.bar`), for error messages. */
  readonly what?: string;
  /** The sources of both operands of a binary operator. */
  readonly operands?: readonly [string | undefined, string | undefined];
}

/** Compile-time names → JavaScript variables. */
class Scope {
  private readonly names = new Map<string, string>();
  constructor(readonly parent: Scope | null) {}
  lookup(name: string): string | undefined {
    return this.names.get(name) ?? this.parent?.lookup(name);
  }
  own(name: string): string | undefined {
    return this.names.get(name);
  }
  declare(name: string, id: string): void {
    this.names.set(name, id);
  }
}

/** Where the statements being compiled run; decides how output and assignments behave. */
interface FunctionState {
  /** The template's root function (not a block, macro or capture). */
  readonly isRoot: boolean;
  /** Output at this level is subject to `{% extends %}` (Jinja2's `require_output_check`). */
  readonly outputCheck: boolean;
  /** The scope whose assignments are template-level (exported to the context). */
  readonly rootScope: Scope | null;
}

const js = (value: string): string => JSON.stringify(value);

/** Names assigned directly in these statements (not inside nested scopes). */
function assignedNames(stmts: readonly Stmt[], into = new Set<string>()): Set<string> {
  const addTarget = (target: AssignTarget): void => {
    if (target.kind === 'name') into.add(target.name);
    else if (target.kind === 'tuple') target.items.forEach(addTarget);
  };
  for (const stmt of stmts) {
    switch (stmt.kind) {
      case 'assign':
      case 'assignblock':
        addTarget(stmt.target);
        break;
      case 'macro':
        into.add(stmt.name);
        break;
      case 'import':
        into.add(stmt.target);
        break;
      case 'fromimport':
        stmt.names.forEach((n) => into.add(n.alias));
        break;
      case 'if':
        stmt.branches.forEach((b) => assignedNames(b.body, into));
        assignedNames(stmt.orelse, into);
        break;
      case 'for':
        assignedNames(stmt.orelse, into);
        break;
      case 'filterblock':
        assignedNames(stmt.body, into);
        break;
      default:
        break;
    }
  }
  return into;
}

/** Whether the statements use `name` (for a macro's `caller`, `varargs`, `kwargs`). */
function usesName(node: unknown, name: string): boolean {
  if (Array.isArray(node)) return node.some((n) => usesName(n, name));
  if (typeof node !== 'object' || node === null) return false;
  const record = node as Record<string, unknown>;
  if (record.kind === 'name' && record.name === name) return true;
  // A nested macro has its own `caller`/`varargs`/`kwargs`; a call block's body is a macro too.
  if (record.kind === 'macro') return false;
  return Object.entries(record).some(([key, value]) => key !== 'kind' && (key !== 'body' || record.kind !== 'callblock') && usesName(value, name));
}

class CodeGenerator {
  private readonly positions: CodePosition[] = [];
  private nextId = 0;
  private extendsSoFar = 0;
  private knownExtends = false;
  private compilerExit = false;
  /** The block being compiled, for `super()`. */
  private currentBlock: { readonly name: string; readonly fn: string } | null = null;
  private readonly blockFunctions = new Map<string, string>();

  constructor(
    private readonly templateName: string,
    private readonly ast: TemplateAst,
    private readonly known: KnownNames,
  ) {
    let index = 0;
    for (const name of ast.blocks.keys()) this.blockFunctions.set(name, `b_${index++}`);
  }

  generate(): string {
    const functions: string[] = [this.rootFunction()];
    for (const block of this.ast.blocks.values()) functions.push(this.blockFunction(block));
    const props = [...this.ast.blocks.keys()].map((name) => `${js(`b_${name}`)}: ${this.blockFunctions.get(name)}`);
    props.push('root: root');
    return [`var P = ${JSON.stringify(this.positions)};`, ...functions, `return { ${props.join(', ')} };`].join('\n');
  }

  // ---- helpers ---------------------------------------------------------------------------

  private id(prefix = 't'): string {
    return `${prefix}_${++this.nextId}`;
  }

  private pos(node: { line: number; column: number }, what?: string, operands?: readonly [string | undefined, string | undefined]): string {
    this.positions.push({
      template: this.templateName,
      line: node.line,
      column: node.column,
      ...(what === undefined ? {} : { what }),
      ...(operands ? { operands } : {}),
    });
    return `P[${this.positions.length - 1}]`;
  }

  private fail(message: string, node: { line: number; column: number }): never {
    throw new TemplateFailure('syntax', message, { template: this.templateName, line: node.line, column: node.column });
  }

  /** Declares, at the entry of a scope, the names assigned in it, starting from their outer value. */
  private enterScope(scope: Scope, stmts: readonly Stmt[], outer: Scope | null, lines: string[]): void {
    for (const name of assignedNames(stmts)) {
      if (scope.own(name)) continue;
      const id = this.id();
      lines.push(`var ${id} = ${this.nameValue(name, outer)};`);
      scope.declare(name, id);
    }
  }

  private nameValue(name: string, scope: Scope | null): string {
    return scope?.lookup(name) ?? `R.lookup(context, frame, ${js(name)})`;
  }

  // ---- functions -------------------------------------------------------------------------

  private rootFunction(): string {
    const scope = new Scope(null);
    const state: FunctionState = { isRoot: true, outputCheck: true, rootScope: scope };
    const lines: string[] = [];
    this.enterScope(scope, this.ast.body, null, lines);
    lines.push(...this.statements(this.ast.body, scope, state));
    return [
      'function root(env, context, frame, runtime, cb) {',
      'var R = env.jr; var output = ""; var parentTemplate = null; var result; var failure = null;',
      'try {',
      ...lines,
      'result = parentTemplate ? output + R.renderParent(parentTemplate, env, context, runtime) : output;',
      '} catch (e) { failure = e; }',
      // The callback runs outside the try: an error it throws must not re-enter this function's catch.
      'if (failure) { cb(failure); } else { cb(null, result); }',
      '}',
    ].join('\n');
  }

  private blockFunction(block: Block): string {
    const fn = this.blockFunctions.get(block.name) as string;
    const scope = new Scope(null);
    const state: FunctionState = { isRoot: false, outputCheck: false, rootScope: null };
    const lines: string[] = [];
    this.enterScope(scope, block.body, null, lines);
    this.currentBlock = { name: block.name, fn };
    lines.push(...this.statements(block.body, scope, state));
    this.currentBlock = null;
    return [
      `function ${fn}(env, context, frame, runtime, cb) {`,
      'var R = env.jr; var output = ""; var failure = null;',
      'try {',
      'frame = frame.push(true);',
      ...lines,
      '} catch (e) { failure = e; }',
      'if (failure) { cb(failure); } else { cb(null, output); }',
      '}',
    ].join('\n');
  }

  /** `(function () { var output = ""; …; return output; })()`: the output of statements as a value. */
  private capture(body: readonly Stmt[], scope: Scope, state: FunctionState): string {
    const inner: FunctionState = { ...state, outputCheck: false, isRoot: false };
    return `(() => { var output = "";\n${this.statements(body, scope, inner).join('\n')}\nreturn output; })()`;
  }

  /** A macro (or the `caller` of a call block) as a runtime macro object. */
  private macro(node: { name: string; params: readonly Parameter[]; body: readonly Stmt[]; line: number; column: number }, scope: Scope): string {
    const macroScope = new Scope(scope);
    const paramIds = node.params.map((p) => {
      const id = `l_${this.id('p')}`;
      macroScope.declare(p.name, id);
      return id;
    });
    const special = { varargs: usesName(node.body, 'varargs'), kwargs: usesName(node.body, 'kwargs'), caller: usesName(node.body, 'caller') };
    const lines: string[] = [];
    const definitionFrame = this.id('f');
    node.params.forEach((param, i) => {
      const id = paramIds[i] as string;
      if (param.defaultValue) lines.push(`if (${id} === R.MISSING) { ${id} = ${this.expr(param.defaultValue, macroScope)}; }`);
      lines.push(`frame.set(${js(param.name)}, ${id});`);
    });
    for (const name of ['varargs', 'kwargs', 'caller'] as const) {
      if (!special[name]) continue;
      const id = `l_${name}`;
      macroScope.declare(name, id);
      lines.push(`frame.set(${js(name)}, ${id});`);
    }
    const inner: FunctionState = { isRoot: false, outputCheck: false, rootScope: null };
    this.enterScope(macroScope, node.body, macroScope, lines);
    lines.push(...this.statements(node.body, macroScope, inner));
    const params = js(JSON.stringify(node.params.map((p) => ({ name: p.name, hasDefault: p.defaultValue !== null }))));
    return [
      `((${definitionFrame}) => R.macro(${js(node.name)}, JSON.parse(${params}), ${JSON.stringify(special)},`,
      `function (${[...paramIds, 'l_varargs', 'l_kwargs', 'l_caller'].join(', ')}) {`,
      `var frame = ${definitionFrame}.push(true); var output = "";`,
      ...lines,
      'return output;',
      '}))(frame)',
    ].join('\n');
  }

  // ---- statements ------------------------------------------------------------------------

  private statements(stmts: readonly Stmt[], scope: Scope, state: FunctionState): string[] {
    const lines: string[] = [];
    for (const stmt of stmts) {
      lines.push(...this.statement(stmt, scope, state));
      // Jinja2 stops compiling a template at an `{% extends %}` after a top-level one.
      if (this.compilerExit) break;
    }
    return lines;
  }

  /** Wraps output statements of the root function per Jinja2's `{% extends %}` rules. */
  private checkedOutput(lines: string[], state: FunctionState): string[] {
    if (!state.outputCheck) return lines;
    if (this.knownExtends) return [];
    if (this.extendsSoFar > 0) return ['if (!parentTemplate) {', ...lines, '}'];
    return lines;
  }

  private statement(stmt: Stmt, scope: Scope, state: FunctionState): string[] {
    switch (stmt.kind) {
      case 'output': {
        const lines = stmt.nodes.map((node) =>
          node.kind === 'data' ? `output += ${js(node.text)};` : `output += R.str(${this.expr(node, scope)});`,
        );
        return this.checkedOutput(lines, state);
      }
      case 'if': {
        const lines: string[] = [];
        stmt.branches.forEach((branch, i) => {
          lines.push(`${i === 0 ? 'if' : '} else if'} (R.truthy(${this.expr(branch.test, scope)})) {`);
          lines.push(...this.statements(branch.body, scope, state));
        });
        if (stmt.orelse.length > 0) lines.push('} else {', ...this.statements(stmt.orelse, scope, state));
        lines.push('}');
        return lines;
      }
      case 'for':
        return this.forLoop(stmt, scope, state);
      case 'assign': {
        const value = this.id();
        return [`var ${value} = ${this.expr(stmt.value, scope)};`, ...this.assign(stmt.target, value, scope, state, true)];
      }
      case 'assignblock': {
        const value = this.id();
        const captured = this.capture(stmt.body, scope, state);
        const filtered = stmt.filter ? this.filterChain(stmt.filter, captured, scope) : captured;
        return [`var ${value} = ${filtered};`, ...this.assign(stmt.target, value, scope, state, true)];
      }
      case 'block':
        return this.blockCall(stmt, state);
      case 'extends':
        return this.extendsStatement(stmt, scope, state);
      case 'include':
        return [
          `output += R.include(${this.pos(stmt, describe(stmt.template))}, env, context, frame, ${this.expr(stmt.template, scope)}, ${stmt.ignoreMissing}, ${stmt.withContext});`,
        ];
      case 'import': {
        const module = this.id();
        return [
          `var ${module} = R.importModule(${this.pos(stmt, describe(stmt.template))}, env, context, frame, ${this.expr(stmt.template, scope)}, ${stmt.withContext});`,
          ...this.assign({ kind: 'name', name: stmt.target, line: stmt.line, column: stmt.column }, module, scope, state, false),
        ];
      }
      case 'fromimport': {
        const module = this.id();
        const lines = [`var ${module} = R.importModule(${this.pos(stmt, describe(stmt.template))}, env, context, frame, ${this.expr(stmt.template, scope)}, ${stmt.withContext});`];
        for (const { name, alias } of stmt.names) {
          const value = this.id();
          lines.push(`var ${value} = R.importName(${module}, ${js(name)});`);
          lines.push(...this.assign({ kind: 'name', name: alias, line: stmt.line, column: stmt.column }, value, scope, state, false));
        }
        return lines;
      }
      case 'macro': {
        const value = this.id();
        return [`var ${value} = ${this.macro(stmt, scope)};`, ...this.assign({ kind: 'name', name: stmt.name, line: stmt.line, column: stmt.column }, value, scope, state, true)];
      }
      case 'callblock': {
        const caller = this.macro({ name: 'caller', params: stmt.params, body: stmt.body, line: stmt.line, column: stmt.column }, scope);
        const call = stmt.call;
        const args = this.arguments(call, scope, `{ caller: ${caller} }`);
        // Unlike other output, Jinja2 does not suppress a call block after `{% extends %}`.
        return [`output += R.str(R.call(${this.pos(startOf(call), describe(call.callee))}, context, ${this.expr(call.callee, scope)}, ${args}));`];
      }
      case 'filterblock': {
        const line = `output += R.str(${this.filterChain(stmt.filter, this.capture(stmt.body, scope, state), scope)});`;
        return this.checkedOutput([line], state);
      }
      case 'with': {
        const values = stmt.values.map((value) => {
          const id = this.id();
          return { id, code: `var ${id} = ${this.expr(value, scope)};` };
        });
        const inner = new Scope(scope);
        const innerState: FunctionState = { ...state, isRoot: false };
        const lines = [...values.map((v) => v.code), 'frame = frame.push();'];
        stmt.targets.forEach((target, i) => lines.push(...this.assign(target, (values[i] as { id: string }).id, inner, innerState, false, true)));
        this.enterScope(inner, stmt.body, scope, lines);
        lines.push(...this.statements(stmt.body, inner, innerState), 'frame = frame.pop();');
        return lines;
      }
    }
  }

  /**
   * Assigns the JavaScript value `value` to a target. `fresh` declares new variables (loop
   * and `with` targets) instead of reusing the scope's.
   */
  private assign(target: AssignTarget, value: string, scope: Scope, state: FunctionState, exported: boolean, fresh = false): string[] {
    if (target.kind === 'nsref') {
      return [`R.setNamespaceAttribute(${this.pos(target, target.name)}, ${this.nameValue(target.name, scope)}, ${js(target.attr)}, ${value});`];
    }
    if (target.kind === 'tuple') {
      const parts = this.id();
      const lines = [`var ${parts} = R.unpack(${this.pos(target)}, ${value}, ${target.items.length});`];
      target.items.forEach((item, i) => lines.push(...this.assign(item, `${parts}[${i}]`, scope, state, exported, fresh)));
      return lines;
    }
    let id = fresh ? undefined : scope.own(target.name);
    const lines: string[] = [];
    if (!id) {
      id = this.id();
      lines.push(`var ${id};`);
      scope.declare(target.name, id);
    }
    lines.push(`${id} = ${value};`, `frame.set(${js(target.name)}, ${id});`);
    if (scope === state.rootScope) {
      lines.push(`context.setVariable(${js(target.name)}, ${id});`);
      if (exported && !target.name.startsWith('_')) lines.push(`context.addExport(${js(target.name)});`);
    }
    return lines;
  }

  private forLoop(stmt: Extract<Stmt, { kind: 'for' }>, scope: Scope, state: FunctionState): string[] {
    const items = this.id();
    const index = this.id();
    const loop = this.id();
    const lines = ['frame = frame.push();', `var ${items} = R.iterate(${this.pos(stmt.iter, describe(stmt.iter))}, ${this.expr(stmt.iter, scope)});`];
    if (stmt.filter) {
      // `{% for x in xs if cond %}`: the condition sees the loop variables but not `loop`.
      const item = this.id();
      const filterScope = new Scope(scope);
      const bind = this.assign(stmt.target, item, filterScope, { ...state, isRoot: false }, false, true);
      lines.push(`${items} = ${items}.filter((${item}) => {`, ...bind, `return R.truthy(${this.expr(stmt.filter, filterScope)}); });`);
    }
    lines.push(`var ${loop} = R.loop(${items});`);
    lines.push(`for (var ${index} = 0; ${index} < ${items}.length; ${index}++) {`);
    lines.push('frame = frame.push();', `${loop}.step(${index});`);
    const body = new Scope(scope);
    const bodyState: FunctionState = { ...state, isRoot: false };
    lines.push(...this.assign(stmt.target, `${items}[${index}]`, body, bodyState, false, true));
    const loopId = this.id();
    lines.push(`var ${loopId} = ${loop};`, `frame.set("loop", ${loopId});`);
    body.declare('loop', loopId);
    this.enterScope(body, stmt.body, scope, lines);
    lines.push(...this.statements(stmt.body, body, bodyState), 'frame = frame.pop();', '}');
    if (stmt.orelse.length > 0) lines.push(`if (${items}.length === 0) {`, ...this.statements(stmt.orelse, scope, state), '}');
    lines.push('frame = frame.pop();');
    return lines;
  }

  private blockCall(block: Block, state: FunctionState): string[] {
    const frame = block.scoped ? 'frame' : 'R.newFrame(runtime)';
    const call = `output += R.renderBlock(${this.pos(block)}, env, context, ${frame}, runtime, ${js(block.name)});`;
    // Only a block at the template's top level (or in its top-level ifs) is the parent's to render.
    if (!state.isRoot) return [call];
    // A block at the top of a child template is rendered by the parent, not here.
    if (this.knownExtends) return [];
    if (this.extendsSoFar > 0) return [`if (!parentTemplate) { ${call} }`];
    return [call];
  }

  private extendsStatement(stmt: Extract<Stmt, { kind: 'extends' }>, scope: Scope, state: FunctionState): string[] {
    if (!state.isRoot) this.fail('cannot use extend from a non top-level scope', stmt);
    const lines: string[] = [];
    const position = this.pos(stmt, describe(stmt.template));
    if (this.extendsSoFar > 0) {
      if (this.knownExtends) {
        this.compilerExit = true;
        return [`throw R.failure(${position}, "extended multiple times");`];
      }
      lines.push(`if (parentTemplate) { throw R.failure(${position}, "extended multiple times"); }`);
    }
    const parent = this.id();
    lines.push(
      `var ${parent} = R.parentTemplate(${position}, env, ${this.expr(stmt.template, scope)});`,
      `parentTemplate = ${parent};`,
      `R.inheritBlocks(context, ${parent});`,
    );
    // A top-level (not conditional) extends: nothing after it outside blocks is output.
    if (this.ast.body.includes(stmt)) this.knownExtends = true;
    this.extendsSoFar++;
    return lines;
  }

  // ---- expressions -----------------------------------------------------------------------

  private arguments(args: Arguments, scope: Scope, extraKwargs?: string): string {
    const positional = `[${args.args.map((a) => this.expr(a, scope)).join(', ')}]`;
    const pairs = args.kwargs.map((k) => `${js(k.name)}: ${this.expr(k.value, scope)}`);
    let kwargs = pairs.length > 0 ? `{ ${pairs.join(', ')} }` : 'null';
    if (extraKwargs) kwargs = pairs.length > 0 ? `Object.assign(${kwargs}, ${extraKwargs})` : extraKwargs;
    const dynArgs = args.dynArgs ? this.expr(args.dynArgs, scope) : 'undefined';
    const dynKwargs = args.dynKwargs ? this.expr(args.dynKwargs, scope) : 'undefined';
    if (!args.dynArgs && !args.dynKwargs) return `${positional}, ${kwargs}`;
    return `${positional}, ${kwargs}, ${dynArgs}, ${dynKwargs}`;
  }

  private filterChain(filter: Filter, body: string, scope: Scope): string {
    const target = filter.target === null ? body : filter.target.kind === 'filter' ? this.filterChain(filter.target, body, scope) : this.expr(filter.target, scope);
    return this.filterCall(filter, target, scope);
  }

  private filterCall(filter: Filter, target: string, scope: Scope): string {
    if (!this.known.filters.has(filter.name)) this.fail(`No filter named '${filter.name}'.`, filter);
    return `R.filter(${this.pos(filter, filter.target ? describe(filter.target) : undefined)}, context, ${js(filter.name)}, ${target}, ${this.arguments(filter, scope)})`;
  }

  private expr(node: Expr, scope: Scope): string {
    switch (node.kind) {
      case 'const':
        if (typeof node.value === 'number') {
          const literal = Number.isFinite(node.value) ? String(node.value) : 'Infinity';
          return node.isFloat ? `R.float(${literal})` : literal;
        }
        return node.value === null ? 'null' : typeof node.value === 'string' ? js(node.value) : String(node.value);
      case 'name':
        return this.nameValue(node.name, scope);
      case 'tuple':
        return `R.tuple([${node.items.map((i) => this.expr(i, scope)).join(', ')}])`;
      case 'list':
        return `[${node.items.map((i) => this.expr(i, scope)).join(', ')}]`;
      case 'dict':
        return `R.dict([${node.pairs.map((p) => `[${this.expr(p.key, scope)}, ${this.expr(p.value, scope)}]`).join(', ')}])`;
      case 'getattr':
        return `R.getattr(${this.pos(startOf(node), describe(node.target))}, ${this.expr(node.target, scope)}, ${js(node.attr)})`;
      case 'getitem': {
        const target = this.expr(node.target, scope);
        if (node.key.kind === 'slice') {
          const part = (e: Expr | null) => (e ? this.expr(e, scope) : 'null');
          return `R.slice(${this.pos(startOf(node), describe(node.target))}, ${target}, ${part(node.key.start)}, ${part(node.key.stop)}, ${part(node.key.step)})`;
        }
        return `R.getitem(${this.pos(startOf(node), describe(node.target))}, ${target}, ${this.expr(node.key, scope)})`;
      }
      case 'slice':
        return this.fail('a slice is only valid inside [ ]', node);
      case 'call': {
        if (node.callee.kind === 'name' && node.callee.name === 'super' && !scope.lookup('super')) {
          const block = this.currentBlock;
          if (block && node.args.length === 0 && node.kwargs.length === 0) {
            return `R.superBlock(${this.pos(node)}, env, context, runtime, ${js(block.name)}, ${block.fn})`;
          }
        }
        return `R.call(${this.pos(startOf(node), describe(node.callee))}, context, ${this.expr(node.callee, scope)}, ${this.arguments(node, scope)})`;
      }
      case 'filter':
        return this.filterChain(node, 'undefined', scope);
      case 'test':
        if (!this.known.tests.has(node.name)) this.fail(`No test named '${node.name}'.`, node);
        return `R.test(${this.pos(node, describe(node.target))}, context, ${js(node.name)}, ${this.expr(node.target, scope)}, ${this.arguments(node, scope)})`;
      case 'condexpr':
        return `(R.truthy(${this.expr(node.test, scope)}) ? ${this.expr(node.body, scope)} : ${node.orelse ? this.expr(node.orelse, scope) : 'undefined'})`;
      case 'and':
      case 'or':
        return `R.${node.kind}(${this.expr(node.left, scope)}, () => ${this.expr(node.right, scope)})`;
      case 'not':
        return `!R.truthy(${this.expr(node.operand, scope)})`;
      case 'neg':
      case 'pos':
        return `R.unary(${this.pos(node, describe(node.operand))}, ${js(node.kind)}, ${this.expr(node.operand, scope)})`;
      case 'binop':
        return `R.arith(${this.pos(node, undefined, [describe(node.left), describe(node.right)])}, ${js(node.op)}, ${this.expr(node.left, scope)}, ${this.expr(node.right, scope)})`;
      case 'concat':
        return `R.concat([${node.items.map((i) => this.expr(i, scope)).join(', ')}])`;
      case 'compare': {
        const [first, ...rest] = node.ops;
        if (!first) return this.expr(node.left, scope);
        if (rest.length === 0) {
          return `R.compare(${this.pos(node, undefined, [describe(node.left), describe(first.right)])}, ${js(first.op)}, ${this.expr(node.left, scope)}, ${this.expr(first.right, scope)})`;
        }
        const chain = node.ops.map((o) => `[${js(o.op)}, () => ${this.expr(o.right, scope)}]`).join(', ');
        return `R.compareChain(${this.pos(node, describe(node.left))}, ${this.expr(node.left, scope)}, [${chain}])`;
      }
    }
  }

}

/**
 * Where an attribute access or call starts (`foo` in `foo.bar(1)`): errors about them
 * point at the expression, not at the `.` or `(`.
 */
function startOf(node: Expr): { line: number; column: number } {
  switch (node.kind) {
    case 'getattr':
    case 'getitem':
      return startOf(node.target);
    case 'call':
      return startOf(node.callee);
    default:
      return node;
  }
}

/** The source-like text of a name or attribute chain, for error messages (`foo.bar`, `items[0]`). */
function describe(node: Expr): string | undefined {
  switch (node.kind) {
    case 'name':
      return node.name;
    case 'getattr': {
      const target = describe(node.target);
      return target === undefined ? undefined : `${target}.${node.attr}`;
    }
    case 'getitem': {
      const target = describe(node.target);
      if (target === undefined) return undefined;
      return node.key.kind === 'const' ? `${target}[${JSON.stringify(node.key.value)}]` : `${target}[…]`;
    }
    case 'call': {
      const callee = describe(node.callee);
      return callee === undefined ? undefined : `${callee}()`;
    }
    default:
      return undefined;
  }
}

/** The JavaScript program of a template (the body of a function returning nunjucks' template props). */
export function generateCode(ast: TemplateAst, templateName: string, known: KnownNames): string {
  const generator = new CodeGenerator(templateName, ast, known);
  return generator.generate();
}

