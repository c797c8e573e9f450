/**
 * The syntax tree of a Jinja2 template, as `parser.ts` builds it and `codegen.ts` compiles it.
 * Every node carries the 1-based line and column where it starts in its template.
 */

export interface Located {
  readonly line: number;
  readonly column: number;
}

export type Expr =
  | Const
  | Name
  | TupleExpr
  | ListExpr
  | DictExpr
  | Getattr
  | Getitem
  | Slice
  | Call
  | Filter
  | Test
  | CondExpr
  | Logical
  | Not
  | Unary
  | BinOp
  | Concat
  | Compare;

export interface Const extends Located {
  readonly kind: 'const';
  readonly value: string | number | boolean | null;
  /** A float literal (`1.0`), which Python prints with its fraction. */
  readonly isFloat: boolean;
}
export interface Name extends Located {
  readonly kind: 'name';
  readonly name: string;
}
export interface TupleExpr extends Located {
  readonly kind: 'tuple';
  readonly items: readonly Expr[];
}
export interface ListExpr extends Located {
  readonly kind: 'list';
  readonly items: readonly Expr[];
}
export interface DictExpr extends Located {
  readonly kind: 'dict';
  readonly pairs: ReadonlyArray<{ readonly key: Expr; readonly value: Expr }>;
}
/** `target.attr`: Python's attribute first, then the item. */
export interface Getattr extends Located {
  readonly kind: 'getattr';
  readonly target: Expr;
  readonly attr: string;
}
/** `target[key]` (and `target.0`): the item first, then the attribute. */
export interface Getitem extends Located {
  readonly kind: 'getitem';
  readonly target: Expr;
  readonly key: Expr;
}
export interface Slice extends Located {
  readonly kind: 'slice';
  readonly start: Expr | null;
  readonly stop: Expr | null;
  readonly step: Expr | null;
}
export interface Keyword {
  readonly name: string;
  readonly value: Expr;
}
export interface Arguments {
  readonly args: readonly Expr[];
  readonly kwargs: readonly Keyword[];
  /** `*args` */
  readonly dynArgs: Expr | null;
  /** `**kwargs` */
  readonly dynKwargs: Expr | null;
}
export interface Call extends Located, Arguments {
  readonly kind: 'call';
  readonly callee: Expr;
}
/** `target | name(args)`; in a filter block or `{% set x | f %}` the target is the body. */
export interface Filter extends Located, Arguments {
  readonly kind: 'filter';
  readonly target: Expr | null;
  readonly name: string;
}
export interface Test extends Located, Arguments {
  readonly kind: 'test';
  readonly target: Expr;
  readonly name: string;
}
export interface CondExpr extends Located {
  readonly kind: 'condexpr';
  readonly test: Expr;
  readonly body: Expr;
  readonly orelse: Expr | null;
}
export interface Logical extends Located {
  readonly kind: 'and' | 'or';
  readonly left: Expr;
  readonly right: Expr;
}
export interface Not extends Located {
  readonly kind: 'not';
  readonly operand: Expr;
}
export interface Unary extends Located {
  readonly kind: 'neg' | 'pos';
  readonly operand: Expr;
}
export type ArithmeticOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**';
export interface BinOp extends Located {
  readonly kind: 'binop';
  readonly op: ArithmeticOperator;
  readonly left: Expr;
  readonly right: Expr;
}
export interface Concat extends Located {
  readonly kind: 'concat';
  readonly items: readonly Expr[];
}
export type CompareOperator = 'eq' | 'ne' | 'lt' | 'lteq' | 'gt' | 'gteq' | 'in' | 'notin';
export interface Compare extends Located {
  readonly kind: 'compare';
  readonly left: Expr;
  readonly ops: ReadonlyArray<{ readonly op: CompareOperator; readonly right: Expr }>;
}

export type AssignTarget = NameTarget | TupleTarget | NamespaceRef;
export interface NameTarget extends Located {
  readonly kind: 'name';
  readonly name: string;
}
export interface TupleTarget extends Located {
  readonly kind: 'tuple';
  readonly items: readonly AssignTarget[];
}
/** `ns.attr` on the left of `{% set %}`. */
export interface NamespaceRef extends Located {
  readonly kind: 'nsref';
  readonly name: string;
  readonly attr: string;
}

export type Stmt =
  | Output
  | If
  | For
  | Assign
  | AssignBlock
  | Block
  | Extends
  | Include
  | Import
  | FromImport
  | Macro
  | CallBlock
  | FilterBlock
  | With;

export interface TemplateData extends Located {
  readonly kind: 'data';
  readonly text: string;
}
export interface Output extends Located {
  readonly kind: 'output';
  readonly nodes: ReadonlyArray<TemplateData | Expr>;
}
export interface If extends Located {
  readonly kind: 'if';
  readonly branches: ReadonlyArray<{ readonly test: Expr; readonly body: readonly Stmt[] }>;
  readonly orelse: readonly Stmt[];
}
export interface For extends Located {
  readonly kind: 'for';
  readonly target: AssignTarget;
  readonly iter: Expr;
  /** `{% for x in xs if cond %}` */
  readonly filter: Expr | null;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}
export interface Assign extends Located {
  readonly kind: 'assign';
  readonly target: AssignTarget;
  readonly value: Expr;
}
export interface AssignBlock extends Located {
  readonly kind: 'assignblock';
  readonly target: AssignTarget;
  readonly filter: Filter | null;
  readonly body: readonly Stmt[];
}
export interface Block extends Located {
  readonly kind: 'block';
  readonly name: string;
  readonly scoped: boolean;
  readonly body: readonly Stmt[];
}
export interface Extends extends Located {
  readonly kind: 'extends';
  readonly template: Expr;
}
export interface Include extends Located {
  readonly kind: 'include';
  readonly template: Expr;
  readonly ignoreMissing: boolean;
  readonly withContext: boolean;
}
export interface Import extends Located {
  readonly kind: 'import';
  readonly template: Expr;
  readonly target: string;
  readonly withContext: boolean;
}
export interface FromImport extends Located {
  readonly kind: 'fromimport';
  readonly template: Expr;
  readonly names: ReadonlyArray<{ readonly name: string; readonly alias: string }>;
  readonly withContext: boolean;
}
export interface Parameter {
  readonly name: string;
  readonly defaultValue: Expr | null;
}
export interface Macro extends Located {
  readonly kind: 'macro';
  readonly name: string;
  readonly params: readonly Parameter[];
  readonly body: readonly Stmt[];
}
export interface CallBlock extends Located {
  readonly kind: 'callblock';
  readonly call: Call;
  readonly params: readonly Parameter[];
  readonly body: readonly Stmt[];
}
export interface FilterBlock extends Located {
  readonly kind: 'filterblock';
  readonly filter: Filter;
  readonly body: readonly Stmt[];
}
export interface With extends Located {
  readonly kind: 'with';
  readonly targets: readonly AssignTarget[];
  readonly values: readonly Expr[];
  readonly body: readonly Stmt[];
}

export interface TemplateAst {
  readonly body: readonly Stmt[];
  /** Every `{% block %}` of the template, nested ones included, by name. */
  readonly blocks: ReadonlyMap<string, Block>;
}
