/**
 * Generates the input and output tables of each action from its action.yml, into the
 * action's README.md and the root README.md, between `<!-- action-docs:<name> -->` markers,
 * so the documentation never drifts from the metadata.
 *
 *   node scripts/action-docs.ts          rewrite the READMEs
 *   node scripts/action-docs.ts --check  exit 1 when a README is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const ACTIONS = ['detect', 'build', 'smoke', 'promote', 'cleanup'] as const;
const root = resolve(import.meta.dirname, '..');

interface ActionMetadata {
  readonly description: string;
  readonly inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  readonly outputs?: Record<string, { description: string }>;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

export function actionTables(name: string): string {
  const meta = parse(readFileSync(join(root, name, 'action.yml'), 'utf8')) as ActionMetadata;
  const lines = [`**Inputs of \`${name}\`**`, '', '| input | default | description |', '| --- | --- | --- |'];
  for (const [input, spec] of Object.entries(meta.inputs ?? {})) {
    const fallback = spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``;
    lines.push(`| \`${input}\` | ${spec.required ? 'required' : fallback} | ${cell(spec.description)} |`);
  }
  lines.push('', `**Outputs of \`${name}\`**`, '', '| output | description |', '| --- | --- |');
  for (const [output, spec] of Object.entries(meta.outputs ?? {})) lines.push(`| \`${output}\` | ${cell(spec.description)} |`);
  return lines.join('\n');
}

/** Replaces the text between the markers of `name`; returns the new document. */
export function withTables(document: string, name: string): string {
  const start = `<!-- action-docs:${name} -->`;
  const end = `<!-- /action-docs:${name} -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) return document;
  return `${document.slice(0, from + start.length)}\n${actionTables(name)}\n${document.slice(to)}`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const files = [join(root, 'README.md'), ...ACTIONS.map((a) => join(root, a, 'README.md'))];
  const stale: string[] = [];
  for (const file of files) {
    const before = readFileSync(file, 'utf8');
    let after = before;
    for (const name of ACTIONS) after = withTables(after, name);
    if (after !== before) {
      if (check) stale.push(file);
      else writeFileSync(file, after);
    }
  }
  if (stale.length > 0) {
    console.error(`stale action tables in: ${stale.join(', ')}\nRun: npm run docs`);
    process.exit(1);
  }
}

if (import.meta.main) main();
