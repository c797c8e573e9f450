/**
 * Jinja2's grammar, rule for rule (jinja2/parser.py of Jinja2 3.1), producing `ast.ts` nodes.
 *
 * nunjucks' parser differs from Jinja2's on inputs real templates contain: trailing commas
 * in list and dict literals, `True`/`False`/`None`, tuples, tests without parentheses
 * (`x is divisibleby 3`), `not in`, chained comparisons, slices, `{% for … if … %}`,
 * `{% set ns.attr = … %}`, `{% with %}`, and the precedence of `~`, `%` and `is`.
 * Errors carry the line Jinja2 reports for them.
 */
import type {
  Arguments,
  AssignTarget,
  Block,
  Call,
  CompareOperator,
  Expr,
  Filter,
  Keyword,
  Parameter,
  Stmt,
  TemplateAst,
  TemplateData,
} from './ast.js';
import { TemplateFailure } from './errors.js';
import type { Token, TokenType } from './lexer.js';

const COMPARE_OPERATORS: ReadonlySet<TokenType> = new Set(['eq', 'ne', 'lt', 'lteq', 'gt', 'gteq']);

const TOKEN_DESCRIPTIONS: Partial<Record<TokenType, string>> = {
  block_begin: 'begin of statement block',
  block_end: 'end of statement block',
  variable_begin: 'begin of print statement',
  variable_end: 'end of print statement',
  data: 'template data / text',
  eof: 'end of template',
  add: '+',
  sub: '-',
  div: '/',
  floordiv: '//',
  mul: '*',
  mod: '%',
  pow: '**',
  tilde: '~',
  lbracket: '[',
  rbracket: ']',
  lparen: '(',
  rparen: ')',
  lbrace: '{',
  rbrace: '}',
  eq: '==',
  ne: '!=',
  gt: '>',
  gteq: '>=',
  lt: '<',
  lteq: '<=',
  assign: '=',
  dot: '.',
  colon: ':',
  pipe: '|',
  comma: ',',
  semicolon: ';',
};

function describe(token: Token): string {
  if (token.type === 'name') return String(token.value);
  return TOKEN_DESCRIPTIONS[token.type] ?? token.type;
}

/** `type` or `type:value`, as Jinja2 writes its token expectations. */
function describeExpectation(expectation: string): string {
  const [type, value] = expectation.split(':', 2) as [TokenType, string | undefined];
  if (value !== undefined && type === 'name') return value;
  return TOKEN_DESCRIPTIONS[type] ?? type;
}

class TokenStream {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {
    this.check();
  }

  get current(): Token {
    return this.tokens[this.index] as Token;
  }

  /** The current token's type (a method, so that TypeScript does not narrow it across `next()`). */
  type(): TokenType {
    return this.current.type;
  }

  /** The token after the current one. */
  look(): Token {
    return this.tokens[Math.min(this.index + 1, this.tokens.length - 1)] as Token;
  }

  next(): Token {
    const token = this.current;
    if (token.type !== 'eof') {
      this.index++;
      this.check();
    }
    return token;
  }

  /** Raises a lexing error once the parser reaches it, as Jinja2's lazy lexer does. */
  private check(): void {
    const token = this.current;
    if (token.type === 'error') fail(String(token.value), token);
  }

  test(expectation: string): boolean {
    const token = this.current;
    const [type, value] = expectation.split(':', 2);
    if (token.type !== type) return false;
    return value === undefined || token.value === value;
  }

  skipIf(expectation: string): boolean {
    if (!this.test(expectation)) return false;
    this.next();
    return true;
  }

  expect(expectation: string): Token {
    if (this.test(expectation)) return this.next();
    const token = this.current;
    if (token.type === 'eof') {
      fail(`unexpected end of template, expected '${describeExpectation(expectation)}'.`, token);
    }
    fail(`expected token '${describeExpectation(expectation)}', got '${describe(token)}'`, token);
  }
}

function fail(message: string, at: { line: number; column: number }): never {
  throw new TemplateFailure('syntax', message, { template: '', line: at.line, column: at.column });
}

const STATEMENT_KEYWORDS = new Set([
  'for',
  'if',
  'block',
  'extends',
  'print',
  'macro',
  'include',
  'from',
  'import',
  'set',
  'with',
  'autoescape',
]);

class Parser {
  private readonly stream: TokenStream;
  private readonly tagStack: string[] = [];
  private readonly endTokenStack: string[][] = [];
  private readonly blocks = new Map<string, Block>();

  constructor(tokens: readonly Token[]) {
    this.stream = new TokenStream(tokens);
  }

  parse(): TemplateAst {
    const body = this.subparse(null);
    return { body, blocks: this.blocks };
  }

  // ---- statements ------------------------------------------------------------------------

  private subparse(endTokens: string[] | null): Stmt[] {
    const body: Stmt[] = [];
    let buffer: Array<TemplateData | Expr> = [];
    const flush = () => {
      const first = buffer[0];
      if (first) body.push({ kind: 'output', nodes: buffer, line: first.line, column: first.column });
      buffer = [];
    };
    if (endTokens) this.endTokenStack.push(endTokens);
    try {
      while (this.stream.type() !== 'eof') {
        const token = this.stream.current;
        if (token.type === 'data') {
          buffer.push({ kind: 'data', text: String(token.value), line: token.line, column: token.column });
          this.stream.next();
        } else if (token.type === 'variable_begin') {
          this.stream.next();
          buffer.push(this.parseTuple({ withCondexpr: true }));
          this.stream.expect('variable_end');
        } else if (token.type === 'block_begin') {
          flush();
          this.stream.next();
          if (endTokens && endTokens.some((e) => this.stream.test(e))) return body;
          body.push(...this.parseStatement());
          this.stream.expect('block_end');
        } else {
          fail('internal parsing error', token);
        }
      }
      flush();
    } finally {
      if (endTokens) this.endTokenStack.pop();
    }
    return body;
  }

  private parseStatement(): Stmt[] {
    const token = this.stream.current;
    if (token.type !== 'name') fail('tag name expected', token);
    const name = String(token.value);
    if (!STATEMENT_KEYWORDS.has(name) && name !== 'call' && name !== 'filter') {
      this.failUnknownTag(name, token);
    }
    this.tagStack.push(name);
    try {
      switch (name) {
        case 'for':
          return [this.parseFor()];
        case 'if':
          return [this.parseIf()];
        case 'block':
          return [this.parseBlock()];
        case 'extends': {
          const tag = this.stream.next();
          return [{ kind: 'extends', template: this.parseExpression(), line: tag.line, column: tag.column }];
        }
        case 'print':
          return [this.parsePrint()];
        case 'macro':
          return [this.parseMacro()];
        case 'include':
          return [this.parseInclude()];
        case 'from':
          return [this.parseFrom()];
        case 'import':
          return [this.parseImport()];
        case 'set':
          return [this.parseSet()];
        case 'with':
          return [this.parseWith()];
        case 'autoescape':
          return [this.parseAutoescape()];
        case 'call':
          return [this.parseCallBlock()];
        default:
          return [this.parseFilterBlock()];
      }
    } finally {
      this.tagStack.pop();
    }
  }

  /** The body of a statement, up to one of `endTokens` (the end token stays current). */
  private parseStatements(endTokens: string[], dropNeedle = false): Stmt[] {
    this.stream.skipIf('colon');
    this.stream.expect('block_end');
    const result = this.subparse(endTokens);
    if (this.stream.type() === 'eof') this.failEof(endTokens);
    if (dropNeedle) this.stream.next();
    return result;
  }

  private failUnknownTag(name: string, at: Token): never {
    this.failUnexpected(name, this.endTokenStack, at);
  }

  private failEof(endTokens: string[]): never {
    this.failUnexpected(null, [...this.endTokenStack, endTokens], this.stream.current);
  }

  private failUnexpected(name: string | null, stack: string[][], at: Token): never {
    const expected = new Set(stack.flat().map(describeExpectation));
    const innermost = stack[stack.length - 1];
    const looking = innermost ? innermost.map((e) => `'${describeExpectation(e)}'`).join(' or ') : null;
    const message = [name === null ? 'Unexpected end of template.' : `Encountered unknown tag '${name}'.`];
    if (looking) {
      if (name !== null && expected.has(name)) {
        message.push(
          `You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for ${looking}.`,
        );
      } else {
        message.push(`Jinja was looking for the following tags: ${looking}.`);
      }
    }
    const open = this.tagStack[this.tagStack.length - 1];
    if (open) message.push(`The innermost block that needs to be closed is '${open}'.`);
    fail(message.join(' '), at);
  }

  private parseFor(): Stmt {
    const tag = this.stream.expect('name:for');
    const target = this.parseAssignTarget({ extraEndRules: ['name:in'] });
    this.stream.expect('name:in');
    const iter = this.parseTuple({ withCondexpr: false, extraEndRules: ['name:recursive'] });
    const filter = this.stream.skipIf('name:if') ? this.parseExpression() : null;
    if (this.stream.test('name:recursive')) {
      fail('recursive for loops are not supported by this renderer; use a macro that calls itself', this.stream.current);
    }
    const body = this.parseStatements(['name:endfor', 'name:else']);
    const orelse = this.stream.next().value === 'endfor' ? [] : this.parseStatements(['name:endfor'], true);
    return { kind: 'for', target, iter, filter, body, orelse, line: tag.line, column: tag.column };
  }

  private parseIf(): Stmt {
    const tag = this.stream.expect('name:if');
    const branches: Array<{ test: Expr; body: Stmt[] }> = [];
    let orelse: Stmt[] = [];
    for (;;) {
      const test = this.parseTuple({ withCondexpr: false });
      const body = this.parseStatements(['name:elif', 'name:else', 'name:endif']);
      branches.push({ test, body });
      const token = this.stream.next();
      if (token.value === 'elif') continue;
      if (token.value === 'else') orelse = this.parseStatements(['name:endif'], true);
      break;
    }
    return { kind: 'if', branches, orelse, line: tag.line, column: tag.column };
  }

  private parseBlock(): Stmt {
    const tag = this.stream.next();
    const nameToken = this.stream.expect('name');
    const name = String(nameToken.value);
    const scoped = this.stream.skipIf('name:scoped');
    const required = this.stream.skipIf('name:required');
    if (this.stream.type() === 'sub') {
      fail(
        'Block names in Jinja have to be valid Python identifiers and may not contain hyphens, use an underscore instead.',
        this.stream.current,
      );
    }
    const body = this.parseStatements(['name:endblock'], true);
    if (required && !body.every((s) => s.kind === 'output' && s.nodes.every((n) => n.kind === 'data' && !n.text.trim()))) {
      fail('Required blocks can only contain comments or whitespace', tag);
    }
    this.stream.skipIf(`name:${name}`);
    const block: Block = { kind: 'block', name, scoped, body, line: tag.line, column: tag.column };
    if (this.blocks.has(name)) fail(`block '${name}' defined twice`, tag);
    this.blocks.set(name, block);
    return block;
  }

  private parsePrint(): Stmt {
    const tag = this.stream.next();
    const nodes: Expr[] = [];
    while (this.stream.type() !== 'block_end') {
      if (nodes.length > 0) this.stream.expect('comma');
      nodes.push(this.parseExpression());
    }
    return { kind: 'output', nodes, line: tag.line, column: tag.column };
  }

  /** `with context` / `without context` after an include or import. */
  private parseImportContext(defaultValue: boolean): boolean {
    if ((this.stream.test('name:with') || this.stream.test('name:without')) && this.stream.look().type === 'name' && this.stream.look().value === 'context') {
      const withContext = this.stream.next().value === 'with';
      this.stream.next();
      return withContext;
    }
    return defaultValue;
  }

  private parseInclude(): Stmt {
    const tag = this.stream.next();
    const template = this.parseExpression();
    let ignoreMissing = false;
    if (this.stream.test('name:ignore') && this.stream.look().type === 'name' && this.stream.look().value === 'missing') {
      ignoreMissing = true;
      this.stream.next();
      this.stream.next();
    }
    const withContext = this.parseImportContext(true);
    return { kind: 'include', template, ignoreMissing, withContext, line: tag.line, column: tag.column };
  }

  private parseImport(): Stmt {
    const tag = this.stream.next();
    const template = this.parseExpression();
    this.stream.expect('name:as');
    const target = String(this.stream.expect('name').value);
    const withContext = this.parseImportContext(false);
    return { kind: 'import', template, target, withContext, line: tag.line, column: tag.column };
  }

  private parseFrom(): Stmt {
    const tag = this.stream.next();
    const template = this.parseExpression();
    this.stream.expect('name:import');
    const names: Array<{ name: string; alias: string }> = [];
    let withContext: boolean | undefined;
    const parseContext = (): boolean => {
      if ((this.stream.test('name:with') || this.stream.test('name:without')) && this.stream.look().type === 'name' && this.stream.look().value === 'context') {
        withContext = this.stream.next().value === 'with';
        this.stream.next();
        return true;
      }
      return false;
    };
    for (;;) {
      if (names.length > 0) this.stream.expect('comma');
      if (this.stream.type() !== 'name') {
        this.stream.expect('name');
        continue;
      }
      if (parseContext()) break;
      const target = this.stream.expect('name');
      const name = String(target.value);
      if (name.startsWith('_')) fail('names starting with an underline can not be imported', target);
      const alias = this.stream.skipIf('name:as') ? String(this.stream.expect('name').value) : name;
      names.push({ name, alias });
      if (parseContext() || this.stream.type() !== 'comma') break;
    }
    return { kind: 'fromimport', template, names, withContext: withContext ?? false, line: tag.line, column: tag.column };
  }

  private parseSignature(): Parameter[] {
    const params: Parameter[] = [];
    this.stream.expect('lparen');
    while (this.stream.type() !== 'rparen') {
      if (params.length > 0) this.stream.expect('comma');
      const name = String(this.stream.expect('name').value);
      let defaultValue: Expr | null = null;
      if (this.stream.skipIf('assign')) defaultValue = this.parseExpression();
      else if (params.some((p) => p.defaultValue !== null)) fail('non-default argument follows default argument', this.stream.current);
      params.push({ name, defaultValue });
    }
    this.stream.expect('rparen');
    return params;
  }

  private parseMacro(): Stmt {
    const tag = this.stream.next();
    const name = String(this.stream.expect('name').value);
    const params = this.parseSignature();
    const body = this.parseStatements(['name:endmacro'], true);
    return { kind: 'macro', name, params, body, line: tag.line, column: tag.column };
  }

  private parseCallBlock(): Stmt {
    const tag = this.stream.next();
    const params = this.stream.type() === 'lparen' ? this.parseSignature() : [];
    const call = this.parseExpression();
    if (call.kind !== 'call') fail('expected call', tag);
    const body = this.parseStatements(['name:endcall'], true);
    return { kind: 'callblock', call, params, body, line: tag.line, column: tag.column };
  }

  private parseFilterBlock(): Stmt {
    const tag = this.stream.next();
    const filter = this.parseFilter(null, true) as Filter;
    const body = this.parseStatements(['name:endfilter'], true);
    return { kind: 'filterblock', filter, body, line: tag.line, column: tag.column };
  }

  private parseSet(): Stmt {
    const tag = this.stream.next();
    const target = this.parseAssignTarget({ withNamespace: true });
    if (this.stream.skipIf('assign')) {
      return { kind: 'assign', target, value: this.parseTuple({}), line: tag.line, column: tag.column };
    }
    const filter = this.parseFilter(null) as Filter | null;
    const body = this.parseStatements(['name:endset'], true);
    return { kind: 'assignblock', target, filter, body, line: tag.line, column: tag.column };
  }

  private parseWith(): Stmt {
    const tag = this.stream.next();
    const targets: AssignTarget[] = [];
    const values: Expr[] = [];
    while (this.stream.type() !== 'block_end') {
      if (targets.length > 0) this.stream.expect('comma');
      targets.push(this.parseAssignTarget({}));
      this.stream.expect('assign');
      values.push(this.parseExpression());
    }
    const body = this.parseStatements(['name:endwith'], true);
    return { kind: 'with', targets, values, body, line: tag.line, column: tag.column };
  }

  private parseAutoescape(): Stmt {
    const tag = this.stream.next();
    const value = this.parseExpression();
    if (!(value.kind === 'const' && value.value === false)) {
      fail('{% autoescape %} is not supported: Dockerfile templates are rendered without HTML escaping', tag);
    }
    const body = this.parseStatements(['name:endautoescape'], true);
    return { kind: 'with', targets: [], values: [], body, line: tag.line, column: tag.column };
  }

  /** A `{% set %}`/`{% for %}` target: a name, `ns.attr`, or a tuple of targets. */
  private parseAssignTarget(options: { extraEndRules?: string[]; withNamespace?: boolean }): AssignTarget {
    const start = this.stream.current;
    const items: AssignTarget[] = [];
    let isTuple = false;
    for (;;) {
      if (items.length > 0) this.stream.expect('comma');
      if (this.isTupleEnd(options.extraEndRules ?? null)) break;
      items.push(this.parseTargetPrimary(options.withNamespace ?? false));
      if (this.stream.type() === 'comma') isTuple = true;
      else break;
    }
    const single = items[0];
    if (!isTuple && single) return single;
    if (!isTuple) fail(`Expected an expression, got '${describe(this.stream.current)}'`, this.stream.current);
    return { kind: 'tuple', items, line: start.line, column: start.column };
  }

  private parseTargetPrimary(withNamespace: boolean): AssignTarget {
    const token = this.stream.current;
    if (token.type === 'lparen') {
      this.stream.next();
      const target = this.parseAssignTarget({});
      this.stream.expect('rparen');
      return target;
    }
    const expr = this.parsePrimary();
    if (expr.kind !== 'name') fail(`can't assign to '${expr.kind}'`, expr);
    if (withNamespace && this.stream.type() === 'dot') {
      this.stream.next();
      const attr = String(this.stream.expect('name').value);
      return { kind: 'nsref', name: expr.name, attr, line: expr.line, column: expr.column };
    }
    return expr;
  }

  // ---- expressions -----------------------------------------------------------------------

  private parseExpression(withCondexpr = true): Expr {
    return withCondexpr ? this.parseCondexpr() : this.parseOr();
  }

  private parseCondexpr(): Expr {
    const start = this.stream.current;
    let expr = this.parseOr();
    while (this.stream.skipIf('name:if')) {
      const test = this.parseOr();
      const orelse = this.stream.skipIf('name:else') ? this.parseCondexpr() : null;
      expr = { kind: 'condexpr', test, body: expr, orelse, line: start.line, column: start.column };
    }
    return expr;
  }

  private parseOr(): Expr {
    let left = this.parseAnd();
    while (this.stream.test('name:or')) {
      const op = this.stream.next();
      left = { kind: 'or', left, right: this.parseAnd(), line: op.line, column: op.column };
    }
    return left;
  }

  private parseAnd(): Expr {
    let left = this.parseNot();
    while (this.stream.test('name:and')) {
      const op = this.stream.next();
      left = { kind: 'and', left, right: this.parseNot(), line: op.line, column: op.column };
    }
    return left;
  }

  private parseNot(): Expr {
    if (this.stream.test('name:not')) {
      const op = this.stream.next();
      return { kind: 'not', operand: this.parseNot(), line: op.line, column: op.column };
    }
    return this.parseCompare();
  }

  private parseCompare(): Expr {
    const start = this.stream.current;
    const left = this.parseMath1();
    const ops: Array<{ op: CompareOperator; right: Expr }> = [];
    for (;;) {
      const token = this.stream.current;
      if (COMPARE_OPERATORS.has(token.type)) {
        this.stream.next();
        ops.push({ op: token.type as CompareOperator, right: this.parseMath1() });
      } else if (this.stream.skipIf('name:in')) {
        ops.push({ op: 'in', right: this.parseMath1() });
      } else if (this.stream.test('name:not') && this.stream.look().type === 'name' && this.stream.look().value === 'in') {
        this.stream.next();
        this.stream.next();
        ops.push({ op: 'notin', right: this.parseMath1() });
      } else break;
    }
    if (ops.length === 0) return left;
    return { kind: 'compare', left, ops, line: start.line, column: start.column };
  }

  private parseMath1(): Expr {
    let left = this.parseConcat();
    while (this.stream.type() === 'add' || this.stream.type() === 'sub') {
      const op = this.stream.next();
      left = { kind: 'binop', op: op.type === 'add' ? '+' : '-', left, right: this.parseConcat(), line: op.line, column: op.column };
    }
    return left;
  }

  private parseConcat(): Expr {
    const start = this.stream.current;
    const items = [this.parseMath2()];
    while (this.stream.type() === 'tilde') {
      this.stream.next();
      items.push(this.parseMath2());
    }
    if (items.length === 1) return items[0] as Expr;
    return { kind: 'concat', items, line: start.line, column: start.column };
  }

  private parseMath2(): Expr {
    let left = this.parsePow();
    for (;;) {
      const type = this.stream.type();
      const op = type === 'mul' ? '*' : type === 'div' ? '/' : type === 'floordiv' ? '//' : type === 'mod' ? '%' : null;
      if (!op) return left;
      const token = this.stream.next();
      left = { kind: 'binop', op, left, right: this.parsePow(), line: token.line, column: token.column };
    }
  }

  private parsePow(): Expr {
    let left = this.parseUnary();
    while (this.stream.type() === 'pow') {
      const op = this.stream.next();
      left = { kind: 'binop', op: '**', left, right: this.parseUnary(), line: op.line, column: op.column };
    }
    return left;
  }

  private parseUnary(withFilter = true): Expr {
    const token = this.stream.current;
    let node: Expr;
    if (token.type === 'sub' || token.type === 'add') {
      this.stream.next();
      node = { kind: token.type === 'sub' ? 'neg' : 'pos', operand: this.parseUnary(false), line: token.line, column: token.column };
    } else {
      node = this.parsePrimary();
    }
    node = this.parsePostfix(node);
    if (withFilter) node = this.parseFilterExpr(node);
    return node;
  }

  private parsePrimary(): Expr {
    const token = this.stream.current;
    const at = { line: token.line, column: token.column };
    if (token.type === 'name') {
      this.stream.next();
      const value = String(token.value);
      if (value === 'true' || value === 'True' || value === 'false' || value === 'False') {
        return { kind: 'const', value: value === 'true' || value === 'True', isFloat: false, ...at };
      }
      if (value === 'none' || value === 'None') return { kind: 'const', value: null, isFloat: false, ...at };
      return { kind: 'name', name: value, ...at };
    }
    if (token.type === 'string') {
      this.stream.next();
      let value = String(token.value);
      // Adjacent string literals are concatenated, as in Python.
      while (this.stream.type() === 'string') value += String(this.stream.next().value);
      return { kind: 'const', value, isFloat: false, ...at };
    }
    if (token.type === 'integer' || token.type === 'float') {
      this.stream.next();
      return { kind: 'const', value: token.value as number, isFloat: token.type === 'float', ...at };
    }
    if (token.type === 'lparen') {
      this.stream.next();
      const node = this.parseTuple({ explicitParentheses: true });
      this.stream.expect('rparen');
      return node;
    }
    if (token.type === 'lbracket') return this.parseList();
    if (token.type === 'lbrace') return this.parseDict();
    fail(`unexpected '${describe(token)}'`, token);
  }

  private isTupleEnd(extraEndRules: string[] | null): boolean {
    const type = this.stream.type();
    if (type === 'variable_end' || type === 'block_end' || type === 'rparen') return true;
    return extraEndRules !== null && extraEndRules.some((rule) => this.stream.test(rule));
  }

  private parseTuple(options: { withCondexpr?: boolean; extraEndRules?: string[] | null; explicitParentheses?: boolean }): Expr {
    const start = this.stream.current;
    const parse = () => this.parseExpression(options.withCondexpr ?? true);
    const items: Expr[] = [];
    let isTuple = false;
    for (;;) {
      if (items.length > 0) this.stream.expect('comma');
      if (this.isTupleEnd(options.extraEndRules ?? null)) break;
      items.push(parse());
      if (this.stream.type() === 'comma') isTuple = true;
      else break;
    }
    if (!isTuple) {
      const single = items[0];
      if (single) return single;
      if (!options.explicitParentheses) fail(`Expected an expression, got '${describe(this.stream.current)}'`, this.stream.current);
    }
    return { kind: 'tuple', items, line: start.line, column: start.column };
  }

  private parseList(): Expr {
    const token = this.stream.expect('lbracket');
    const items: Expr[] = [];
    while (this.stream.type() !== 'rbracket') {
      if (items.length > 0) this.stream.expect('comma');
      if (this.stream.type() === 'rbracket') break;
      items.push(this.parseExpression());
    }
    this.stream.expect('rbracket');
    return { kind: 'list', items, line: token.line, column: token.column };
  }

  private parseDict(): Expr {
    const token = this.stream.expect('lbrace');
    const pairs: Array<{ key: Expr; value: Expr }> = [];
    while (this.stream.type() !== 'rbrace') {
      if (pairs.length > 0) this.stream.expect('comma');
      if (this.stream.type() === 'rbrace') break;
      const key = this.parseExpression();
      this.stream.expect('colon');
      pairs.push({ key, value: this.parseExpression() });
    }
    this.stream.expect('rbrace');
    return { kind: 'dict', pairs, line: token.line, column: token.column };
  }

  private parsePostfix(node: Expr): Expr {
    for (;;) {
      const type = this.stream.type();
      if (type === 'dot' || type === 'lbracket') node = this.parseSubscript(node);
      else if (type === 'lparen') node = this.parseCall(node);
      else return node;
    }
  }

  private parseFilterExpr(node: Expr): Expr {
    for (;;) {
      const token = this.stream.current;
      if (token.type === 'pipe') node = this.parseFilter(node) as Expr;
      else if (token.type === 'name' && token.value === 'is') node = this.parseTest(node);
      else if (token.type === 'lparen') node = this.parseCall(node);
      else return node;
    }
  }

  private parseSubscript(node: Expr): Expr {
    const token = this.stream.next();
    if (token.type === 'dot') {
      const attr = this.stream.next();
      if (attr.type === 'name') return { kind: 'getattr', target: node, attr: String(attr.value), line: token.line, column: token.column };
      if (attr.type !== 'integer') fail('expected name or number', attr);
      const key: Expr = { kind: 'const', value: attr.value as number, isFloat: false, line: attr.line, column: attr.column };
      return { kind: 'getitem', target: node, key, line: token.line, column: token.column };
    }
    const args: Expr[] = [];
    while (this.stream.type() !== 'rbracket') {
      if (args.length > 0) this.stream.expect('comma');
      args.push(this.parseSubscribed());
    }
    this.stream.expect('rbracket');
    const key: Expr = args.length === 1 ? (args[0] as Expr) : { kind: 'tuple', items: args, line: token.line, column: token.column };
    return { kind: 'getitem', target: node, key, line: token.line, column: token.column };
  }

  private parseSubscribed(): Expr {
    const start = this.stream.current;
    const parts: Array<Expr | null> = [];
    if (this.stream.type() === 'colon') {
      this.stream.next();
      parts.push(null);
    } else {
      const node = this.parseExpression();
      if (this.stream.type() !== 'colon') return node;
      this.stream.next();
      parts.push(node);
    }
    const type = this.stream.type();
    if (type === 'colon') parts.push(null);
    else if (type !== 'rbracket' && type !== 'comma') parts.push(this.parseExpression());
    else parts.push(null);
    if (this.stream.type() === 'colon') {
      this.stream.next();
      const after = this.stream.type();
      parts.push(after !== 'rbracket' && after !== 'comma' ? this.parseExpression() : null);
    } else parts.push(null);
    const [startExpr = null, stop = null, step = null] = parts;
    return { kind: 'slice', start: startExpr, stop, step, line: start.line, column: start.column };
  }

  private parseCallArgs(): Arguments {
    const token = this.stream.expect('lparen');
    const args: Expr[] = [];
    const kwargs: Keyword[] = [];
    let dynArgs: Expr | null = null;
    let dynKwargs: Expr | null = null;
    let requireComma = false;
    const ensure = (ok: boolean) => {
      if (!ok) fail('invalid syntax for function call expression', token);
    };
    while (this.stream.type() !== 'rparen') {
      if (requireComma) {
        this.stream.expect('comma');
        if (this.stream.type() === 'rparen') break;
      }
      if (this.stream.type() === 'mul') {
        ensure(dynArgs === null && dynKwargs === null);
        this.stream.next();
        dynArgs = this.parseExpression();
      } else if (this.stream.type() === 'pow') {
        ensure(dynKwargs === null);
        this.stream.next();
        dynKwargs = this.parseExpression();
      } else if (this.stream.type() === 'name' && this.stream.look().type === 'assign') {
        ensure(dynKwargs === null);
        const name = String(this.stream.next().value);
        this.stream.next();
        kwargs.push({ name, value: this.parseExpression() });
      } else {
        ensure(dynArgs === null && dynKwargs === null && kwargs.length === 0);
        args.push(this.parseExpression());
      }
      requireComma = true;
    }
    this.stream.expect('rparen');
    return { args, kwargs, dynArgs, dynKwargs };
  }

  private parseCall(node: Expr): Call {
    const token = this.stream.current;
    return { kind: 'call', callee: node, ...this.parseCallArgs(), line: token.line, column: token.column };
  }

  private parseFilter(node: Expr | null, startInline = false): Expr | null {
    while (this.stream.type() === 'pipe' || startInline) {
      if (!startInline) this.stream.next();
      const token = this.stream.expect('name');
      let name = String(token.value);
      while (this.stream.type() === 'dot') {
        this.stream.next();
        name += `.${String(this.stream.expect('name').value)}`;
      }
      const args: Arguments = this.stream.type() === 'lparen' ? this.parseCallArgs() : { args: [], kwargs: [], dynArgs: null, dynKwargs: null };
      node = { kind: 'filter', target: node, name, ...args, line: token.line, column: token.column };
      startInline = false;
    }
    return node;
  }

  private parseTest(node: Expr): Expr {
    const token = this.stream.next();
    const negated = this.stream.skipIf('name:not');
    let name = String(this.stream.expect('name').value);
    while (this.stream.type() === 'dot') {
      this.stream.next();
      name += `.${String(this.stream.expect('name').value)}`;
    }
    let args: Arguments = { args: [], kwargs: [], dynArgs: null, dynKwargs: null };
    const current = this.stream.current;
    if (current.type === 'lparen') {
      args = this.parseCallArgs();
    } else if (
      ['name', 'string', 'integer', 'float', 'lparen', 'lbracket', 'lbrace'].includes(current.type) &&
      !(current.type === 'name' && (current.value === 'else' || current.value === 'or' || current.value === 'and'))
    ) {
      if (current.type === 'name' && current.value === 'is') fail('You cannot chain multiple tests with is', current);
      const argument = this.parsePostfix(this.parsePrimary());
      args = { ...args, args: [argument] };
    }
    const test: Expr = { kind: 'test', target: node, name, ...args, line: token.line, column: token.column };
    return negated ? { kind: 'not', operand: test, line: token.line, column: token.column } : test;
  }
}

/** Parses a template's tokens (see `lexer.ts`). Syntax errors are `TemplateFailure`s. */
export function parse(tokens: readonly Token[]): TemplateAst {
  return new Parser(tokens).parse();
}
