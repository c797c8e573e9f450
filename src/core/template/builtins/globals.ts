/**
 * Jinja2's default globals: `range`, `dict`, `namespace`, `cycler`, `joiner`.
 * (`lipsum`, which makes random placeholder text, is left out.)
 */
import { bindArguments, jinjaFunction } from '../callable.js';
import { TemplateFailure } from '../errors.js';
import { dictKey, isDict, isInt, iterate, Namespace, PyRange, toNumber, typeName, type PyObject } from '../python.js';

function range(args: unknown[]): PyRange {
  if (args.length === 0) throw new TemplateFailure('type', 'range expected at least 1 argument, got 0');
  if (args.length > 3) throw new TemplateFailure('type', `range expected at most 3 arguments, got ${args.length}`);
  for (const arg of args) {
    if (!isInt(arg) && typeof arg !== 'boolean') {
      throw new TemplateFailure('type', `'${typeName(arg)}' object cannot be interpreted as an integer`);
    }
  }
  const numbers = args.map(toNumber);
  const [start, stop, step] = numbers.length === 1 ? [0, numbers[0] as number, 1] : [numbers[0] as number, numbers[1] as number, numbers[2] ?? 1];
  if (step === 0) throw new TemplateFailure('type', 'range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
}

function mapping(args: unknown[], kwargs: Record<string, unknown>, name: string): Record<string, unknown> {
  if (args.length > 1) throw new TemplateFailure('type', `${name} expected at most 1 argument, got ${args.length}`);
  const out: Record<string, unknown> = {};
  const [source] = args;
  if (isDict(source)) Object.assign(out, source);
  else if (source !== undefined) {
    for (const pair of iterate(source) ?? []) {
      const [k, v] = iterate(pair) ?? [];
      out[dictKey(k)] = v;
    }
  }
  return Object.assign(out, kwargs);
}

/** `cycler(*items)`: `next()`, `current`, `reset()`. */
class Cycler implements PyObject {
  readonly pyTypeName = 'Cycler';
  private position = 0;
  constructor(private readonly items: readonly unknown[]) {}
  pyGetAttr(name: string): unknown {
    switch (name) {
      case 'items':
        return [...this.items];
      case 'current':
        return this.items[this.position];
      case 'next':
        return jinjaFunction('next', () => {
          const value = this.items[this.position];
          this.position = (this.position + 1) % this.items.length;
          return value;
        });
      case 'reset':
        return jinjaFunction('reset', () => {
          this.position = 0;
          return null;
        });
      default:
        return undefined;
    }
  }
  pyRepr(): string {
    return '<jinja2.utils.Cycler object>';
  }
}

export const builtinGlobals: Readonly<Record<string, unknown>> = {
  range: jinjaFunction('range', (_site, args) => range(args)),
  dict: jinjaFunction('dict', (_site, args, kwargs) => mapping(args, kwargs, 'dict')),
  namespace: jinjaFunction('namespace', (_site, args, kwargs) => new Namespace(mapping(args, kwargs, 'namespace'))),
  cycler: jinjaFunction('cycler', (_site, args) => {
    if (args.length === 0) throw new TemplateFailure('type', 'at least one item has to be provided');
    return new Cycler(args);
  }),
  joiner: jinjaFunction('joiner', (_site, args, kwargs) => {
    const [separator] = bindArguments('joiner', [['sep', ', ']], args, kwargs);
    let used = false;
    return jinjaFunction('joiner', () => {
      if (!used) {
        used = true;
        return '';
      }
      return separator;
    });
  }),
};
