/**
 * GitHub's own workflow and action.yml parser (@actions/workflow-parser, the library behind the
 * Actions language service), loaded so that it works under Node's native ESM.
 *
 * The package imports its JSON schemas without `with { type: 'json' }`, which Node refuses
 * (actions/languageservices#387). A resolve hook adds the attribute to exactly those two files;
 * the parser itself is unchanged, so its verdicts are GitHub's.
 */
import { registerHooks } from 'node:module';
import type { WorkflowTemplate } from '@actions/workflow-parser';
import type { ActionTemplate } from '@actions/workflow-parser/actions/index';

const PARSER_SCHEMA = /\/@actions\/workflow-parser\/dist\/(workflow|action)-v1\.0\.min\.json$/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    if (!PARSER_SCHEMA.test(resolved.url)) return resolved;
    return { ...resolved, importAttributes: { ...context.importAttributes, type: 'json' } };
  },
});

const workflows = await import('@actions/workflow-parser');
const actions = await import('@actions/workflow-parser/actions/index');

export interface ParsedWorkflow {
  /** GitHub's messages, each with file, line and column. */
  readonly errors: readonly string[];
  readonly template: WorkflowTemplate | undefined;
}

/** Resolves `owner/repo/.github/workflows/<file>@ref` of a reusable-workflow call to its text. */
export type CalledWorkflowLookup = (reference: { owner: string; repository: string; path: string; version: string }) => { name: string; content: string };

/**
 * Parses and validates a workflow against GitHub's schema. With `lookup`, the workflows it calls
 * are fetched too, so the inputs and secrets a call passes are checked against their declarations.
 */
export async function parseWorkflowText(name: string, content: string, lookup?: CalledWorkflowLookup): Promise<ParsedWorkflow> {
  const parsed = workflows.parseWorkflow({ name, content }, new workflows.NoOperationTraceWriter());
  if (parsed.value === undefined) return { errors: parsed.context.errors.getErrors().map((e) => e.message), template: undefined };
  const template = await workflows.convertWorkflowTemplate(
    parsed.context,
    parsed.value,
    lookup
      ? {
          getFileContent: async (ref) => {
            if (!('owner' in ref)) throw new Error(`${name}: a local workflow reference (${ref.path}) cannot be fetched here`);
            return lookup(ref);
          },
        }
      : undefined,
    lookup ? { fetchReusableWorkflowDepth: 1 } : {},
  );
  // Conversion adds its own findings (unknown needs, inputs a call does not declare…) to the context.
  return { errors: parsed.context.errors.getErrors().map((e) => e.message), template };
}

export interface ParsedAction {
  readonly errors: readonly string[];
  readonly template: ActionTemplate | undefined;
}

export function parseActionText(name: string, content: string): ParsedAction {
  const parsed = actions.parseAction({ name, content }, new workflows.NoOperationTraceWriter());
  if (parsed.value === undefined || parsed.context.errors.getErrors().length > 0) {
    return { errors: parsed.context.errors.getErrors().map((e) => e.message), template: undefined };
  }
  const template = actions.convertActionTemplate(parsed.context, parsed.value);
  return { errors: parsed.context.errors.getErrors().map((e) => e.message), template };
}
