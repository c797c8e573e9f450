/**
 * Which inputs an action's entry point reads, from its source: `src/actions/<name>.ts` and the
 * modules of src/actions/ and src/runner/ it imports (directly or not). Inputs are read through the typed readers of
 * src/runner/ (stringInput('config'), booleanInput('dry-run', false)…), always with the input's
 * name as a literal, which is what makes this scan exact.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './workflow-files.js';

const READERS = ['stringInput', 'booleanInput', 'listInput', 'integerInput', 'secretInput', 'digestMapInput', 'requiredInput', 'getInput', 'getBooleanInput', 'getMultilineInput'];
const INPUT_READ = new RegExp(`\\b(?:${READERS.join('|')})\\(\\s*(['"\`])([^'"\`]+)\\1`, 'g');
const RELATIVE_IMPORT = /\bfrom\s+'(\.{1,2}\/[^']+)'/g;

export const entryPointPath = (action: string): string => `src/actions/${action}.ts`;

/** The TypeScript source a relative `.js` import names. */
function sourceOf(fromFile: string, specifier: string): string {
  return resolve(dirname(fromFile), specifier).replace(/\.js$/, '.ts');
}

export function inputsReadBy(action: string): Set<string> {
  const inputLayers = [join(ROOT, 'src/actions'), join(ROOT, 'src/runner')];
  const seen = new Set<string>();
  const read = new Set<string>();
  const pending = [join(ROOT, entryPointPath(action))];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(INPUT_READ)) read.add(match[2] ?? '');
    for (const match of text.matchAll(RELATIVE_IMPORT)) {
      const imported = sourceOf(file, match[1] ?? '');
      // Inputs are read only by entry points and the runner layer; app, core and adapters take values.
      if (inputLayers.some((dir) => !relative(dir, imported).startsWith('..'))) pending.push(imported);
    }
  }
  return read;
}
