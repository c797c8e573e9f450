/**
 * The files under test: the project's workflows (its CI and the reusable workflows users call),
 * the example consumer's workflows, and every action's metadata, read from the working tree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';

export const ROOT = resolve(import.meta.dirname, '../../../..');

/**
 * Our own actions and workflows as callers write them: `acme-org/image-actions/<path>@v1`. The
 * org is the placeholder of this repository's documentation; the ref is the release line that
 * moves for the actions and the workflows together.
 */
export const OWN_REPOSITORY = 'acme-org/image-actions';
export const OWN_REF = 'v1';

export interface YamlFile {
  /** Path relative to the repository root. */
  readonly path: string;
  readonly text: string;
  readonly document: Document.Parsed;
  readonly lines: LineCounter;
  /** Plain data (aliases resolved). */
  readonly data: Record<string, unknown>;
}

export function loadYaml(path: string, text = readFileSync(join(ROOT, path), 'utf8')): YamlFile {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  if (document.errors.length > 0) throw new Error(`${path}: ${document.errors.map((e) => e.message).join('; ')}`);
  const data = document.toJS({ maxAliasCount: -1 }) as unknown;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${path}: not a YAML mapping`);
  return { path, text, document, lines, data: data as Record<string, unknown> };
}

function yamlFilesIn(dir: string): string[] {
  const absolute = join(ROOT, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => relative(ROOT, join(absolute, name)));
}

/** The project's own workflows: its CI and the reusable workflows. */
export const projectWorkflowPaths = (): string[] => yamlFilesIn('.github/workflows');
/** The example consumer repository's workflows. */
export const exampleWorkflowPaths = (): string[] => yamlFilesIn('examples/.github/workflows');

export function isReusable(file: YamlFile): boolean {
  const on = file.data['on'];
  return typeof on === 'object' && on !== null && 'workflow_call' in on;
}

export function reusableWorkflows(): YamlFile[] {
  return projectWorkflowPaths().map((p) => loadYaml(p)).filter(isReusable);
}

/** Root folders holding an action.yml: the actions, as `uses: <org>/image-actions/<name>@v1` finds them. */
export function actionNames(): string[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .filter((entry) => existsSync(join(ROOT, entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort();
}

export interface ActionContract {
  readonly name: string;
  readonly inputs: ReadonlySet<string>;
  readonly outputs: ReadonlySet<string>;
}

export function actionContract(name: string): ActionContract {
  const { data } = loadYaml(`${name}/action.yml`);
  const keys = (value: unknown): Set<string> => new Set(typeof value === 'object' && value !== null ? Object.keys(value) : []);
  return { name, inputs: keys(data['inputs']), outputs: keys(data['outputs']) };
}
