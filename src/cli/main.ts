#!/usr/bin/env node
/**
 * The command line: the same library the actions run, for people debugging their pipeline
 * on their own machine. `image-actions <verb> --help` documents each verb; each verb lives in
 * its own module under verbs/.
 */
import { parseArgs } from 'node:util';
import { UserInputError, formatDiagnostic } from '../core/diagnostics.js';
import type { Verb, VerbValues } from './verb.js';
import { buildVerb } from './verbs/build.js';
import { graphVerb } from './verbs/graph.js';
import { planVerb } from './verbs/plan.js';
import { promoteVerb } from './verbs/promote.js';
import { renderVerb } from './verbs/render.js';
import { smokeVerb } from './verbs/smoke.js';

const verbs: Record<string, Verb> = {
  plan: planVerb,
  graph: graphVerb,
  render: renderVerb,
  build: buildVerb,
  smoke: smokeVerb,
  promote: promoteVerb,
};

const LATER = ['cleanup', 'keep'];

function usage(): string {
  const lines = ['usage: image-actions <verb> [options]', '', 'verbs:'];
  for (const [name, verb] of Object.entries(verbs)) lines.push(`  ${name.padEnd(10)} ${verb.summary}`);
  lines.push('', `Run 'image-actions <verb> --help' for a verb's options.`);
  return lines.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (LATER.includes(name)) {
    process.stderr.write(`image-actions ${name}: not implemented in this version\n`);
    return 2;
  }
  const verb = verbs[name];
  if (!verb) {
    process.stderr.write(`image-actions: unknown verb "${name}"\n\n${usage()}\n`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: verb.options, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`image-actions ${name}: ${(error as Error).message}\n\n${verb.usage}\n`);
    return 2;
  }
  const values = parsed.values as VerbValues;
  if (values['help'] === true) {
    process.stdout.write(`${verb.usage}\n`);
    return 0;
  }
  try {
    return await verb.run(values, parsed.positionals);
  } catch (error) {
    if (error instanceof UserInputError) {
      for (const d of error.diagnostics) process.stderr.write(`error: ${formatDiagnostic(d)}\n`);
      return 1;
    }
    process.stderr.write(`image-actions ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
