/**
 * The context references inside GitHub expressions (`needs.detect.outputs.waves`,
 * `steps.build.outputs.digests`, `inputs.config`…), found well enough to check them against
 * what a workflow declares. String literals are removed first, so `'needs.x'` is not a reference.
 */

export type ContextName = 'needs' | 'steps' | 'inputs' | 'secrets' | 'jobs' | 'matrix';

export interface ContextReference {
  readonly context: ContextName;
  /** The name right after the context: a job, a step id, an input… */
  readonly name: string;
  /** `outputs`, `result`, `outcome`… when given. */
  readonly property?: string;
  /** The output name after `.outputs.`. */
  readonly output?: string;
  readonly text: string;
}

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
const STRING_LITERAL = /'(?:[^']|'')*'/g;
// Not preceded by a name character or a dot, so `github.event.inputs.x` is not `inputs.x`.
const REFERENCE = /(?<![\w.-])(needs|steps|inputs|secrets|jobs|matrix)\.([A-Za-z_][\w-]*)(?:\.([A-Za-z_][\w-]*)(?:\.([A-Za-z_][\w-]*))?)?/g;

/** The bodies of the `${{ }}` expressions of a string; a whole `if:` value when it has none. */
export function expressionsIn(value: string, isCondition = false): string[] {
  const bodies = [...value.matchAll(EXPRESSION)].map((m) => m[1] ?? '');
  if (bodies.length === 0 && isCondition) return [value];
  return bodies;
}

export function referencesIn(expression: string): ContextReference[] {
  const code = expression.replace(STRING_LITERAL, "''");
  return [...code.matchAll(REFERENCE)].map((m) => {
    const [text, context, name, property, output] = m;
    return {
      context: context as ContextName,
      name: name ?? '',
      ...(property !== undefined ? { property } : {}),
      ...(property === 'outputs' && output !== undefined ? { output } : {}),
      text,
    };
  });
}

/** Every context reference in a YAML value, walking mappings and sequences; `if:` keys are expressions. */
export function referencesInValue(value: unknown, key?: string): ContextReference[] {
  if (typeof value === 'string') return expressionsIn(value, key === 'if').flatMap(referencesIn);
  if (Array.isArray(value)) return value.flatMap((item) => referencesInValue(item));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => referencesInValue(v, k));
  }
  return [];
}
