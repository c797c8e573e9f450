#!/usr/bin/env node
/**
 * The command line: the same library the actions run, for people debugging their pipeline
 * on their own machine. `image-actions <verb> --help` documents each verb; each verb lives in
 * its own module under verbs/.
 */
import { parseArgs } from 'node:util';
import { UserInputError, formatDiagnostic } from '../core/diagnostics.js';
import type { Verb, VerbValues } from './verb.js';

// Each verb's module loads when that verb runs (the bundler splits them into chunks): loading
// every verb's dependencies (registry client, builders, compose, the GitHub API) before any verb
// could start cost every command ~100 ms of parsing code it never called.
const verbs: Record<string, () => Promise<Verb>> = {
  plan: async () => (await import('./verbs/plan.js')).planVerb,
  graph: async () => (await import('./verbs/graph.js')).graphVerb,
  render: async () => (await import('./verbs/render.js')).renderVerb,
  build: async () => (await import('./verbs/build.js')).buildVerb,
  smoke: async () => (await import('./verbs/smoke.js')).smokeVerb,
  promote: async () => (await import('./verbs/promote.js')).promoteVerb,
  cleanup: async () => (await import('./verbs/cleanup.js')).cleanupVerb,
  keep: async () => (await import('./verbs/keep.js')).keepVerb,
  unkeep: async () => (await import('./verbs/keep.js')).unkeepVerb,
};

async function usage(): Promise<string> {
  const lines = ['usage: image-actions <verb> [options]', '', 'verbs:'];
  for (const [name, load] of Object.entries(verbs)) lines.push(`  ${name.padEnd(10)} ${(await load()).summary}`);
  lines.push('', `Run 'image-actions <verb> --help' for a verb's options.`);
  return lines.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  // Own keys only: `image-actions constructor` is not a verb.
  const load = Object.hasOwn(verbs, name) ? verbs[name] : undefined;
  if (!load) {
    process.stderr.write(`image-actions: unknown verb "${name}"\n\n${await usage()}\n`);
    return 2;
  }
  const verb = await load();
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
