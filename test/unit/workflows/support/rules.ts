/**
 * The rules the project's workflows follow (issue 8 §1), each a function from a workflow file to
 * the problems it finds, with the place and what to do. The tests run them on the real files and
 * on small broken workflows, so a rule that stops finding anything is noticed.
 */
import { isPair, isScalar, visit, type Scalar } from 'yaml';
import { referencesInValue, type ContextReference } from './expressions.js';
import { OWN_REF, OWN_REPOSITORY, type ActionContract, type YamlFile } from './workflow-files.js';

export interface Problem {
  /** `file:line`, or `file jobs.<job>…` where the rule works on plain data. */
  readonly where: string;
  readonly message: string;
}

type Data = Record<string, unknown>;

function record(value: unknown): Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Data) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function jobsOf(file: YamlFile): [string, Data][] {
  return Object.entries(record(file.data['jobs'])).map(([id, job]) => [id, record(job)]);
}

function stepsOf(job: Data): Data[] {
  return list(job['steps']).map(record);
}

function needsOf(job: Data): string[] {
  const needs = job['needs'];
  if (typeof needs === 'string') return [needs];
  return list(needs).filter((n): n is string => typeof n === 'string');
}

const FULL_SHA = /^[0-9a-f]{40}$/;
const VERSION_COMMENT = /#\s*v\d+(?:\.\d+){0,2}\b/;
const OWN_PREFIX = `${OWN_REPOSITORY}/`;

/** `acme-org/image-actions/<action>@v1` → `<action>`; undefined for anything else. */
export function ownActionOf(uses: unknown): string | undefined {
  if (typeof uses !== 'string' || !uses.startsWith(OWN_PREFIX)) return undefined;
  const path = uses.slice(OWN_PREFIX.length).split('@')[0] ?? '';
  return path.startsWith('.github/') ? undefined : path;
}

function lineOf(file: YamlFile, offset: number): number {
  return file.lines.linePos(offset).line;
}

/** Every `uses:` scalar of the file with its line and the rest of that line (where a comment sits). */
function usesNodes(file: YamlFile): { value: string; line: number; rest: string }[] {
  const found: { value: string; line: number; rest: string }[] = [];
  visit(file.document, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'uses' || !isScalar(pair.value)) return;
      const node = pair.value as Scalar;
      const [start, end] = node.range ?? [0, 0];
      const lineEnd = file.text.indexOf('\n', end);
      found.push({ value: String(node.value), line: lineOf(file, start), rest: file.text.slice(end, lineEnd === -1 ? undefined : lineEnd) });
    },
  });
  return found;
}

/**
 * Every action and called workflow is pinned: third-party ones by a full commit SHA with the
 * version in a comment; our own by the release ref; in a reusable workflow, nothing local
 * (`./x` would resolve in the caller's repository, which has no such folder).
 */
export function pinProblems(file: YamlFile, options: { readonly reusable: boolean; readonly ownPaths: ReadonlySet<string> }): Problem[] {
  const problems: Problem[] = [];
  for (const { value, line, rest } of usesNodes(file)) {
    const where = `${file.path}:${line}`;
    if (value.startsWith('./') || value.startsWith('$/')) {
      if (options.reusable) {
        problems.push({ where, message: `"${value}" is local: a reusable workflow runs in the caller's repository, where it names the caller's folder. Use ${OWN_PREFIX}<path>@${OWN_REF}.` });
      }
      continue;
    }
    if (value.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(value)) problems.push({ where, message: `"${value}" must be pinned by digest (docker://image@sha256:…)` });
      continue;
    }
    const at = value.lastIndexOf('@');
    const path = at === -1 ? value : value.slice(0, at);
    const ref = at === -1 ? '' : value.slice(at + 1);
    if (value.startsWith(OWN_PREFIX)) {
      const own = path.slice(OWN_PREFIX.length);
      if (ref !== OWN_REF) problems.push({ where, message: `"${value}": our own actions and workflows are referenced at @${OWN_REF}, the release that moves them together` });
      if (!options.ownPaths.has(own)) problems.push({ where, message: `"${value}": ${OWN_REPOSITORY} has no action or workflow "${own}"` });
      continue;
    }
    if (!FULL_SHA.test(ref)) {
      problems.push({ where, message: `"${value}" is not pinned: use the full 40-character commit SHA of a release, with the version in a comment (…@<sha> # v1.2.3)` });
    } else if (!VERSION_COMMENT.test(rest)) {
      problems.push({ where, message: `"${value}" is pinned but says no version: add "# v<version>" after it on the same line` });
    }
  }
  return problems;
}

/** No `${{ }}` inside `run:`: values reach scripts through `env:`, never by text substitution. */
export function runExpressionProblems(file: YamlFile): Problem[] {
  const problems: Problem[] = [];
  visit(file.document, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== 'run' || !isScalar(pair.value)) return;
      const script = String(pair.value.value);
      if (script.includes('${{')) {
        problems.push({
          where: `${file.path}:${lineOf(file, pair.value.range?.[0] ?? 0)}`,
          message: 'a run: script contains ${{ }}: pass the value through env: and read it as "$NAME"',
        });
      }
    },
  });
  return problems;
}

/** Steps that write to the registry: building pushes, promoting retags, cleaning deletes. */
const REGISTRY_WRITERS = new Set(['build', 'promote', 'cleanup']);
/** Steps that cannot do their job without writing. */
const MUST_WRITE = new Set(['build', 'promote']);

/**
 * Permissions: nothing at the top, and each job names its own, granting `packages: write` only
 * to a job with a step that writes to the registry, and no other write at all.
 */
export function permissionProblems(file: YamlFile): Problem[] {
  const problems: Problem[] = [];
  const top = file.data['permissions'];
  if (top !== undefined && Object.keys(record(top)).length > 0) {
    problems.push({ where: `${file.path} permissions`, message: 'the top-level permissions grant something; use permissions: {} and grant per job' });
  }
  for (const [id, job] of jobsOf(file)) {
    const where = `${file.path} jobs.${id}`;
    const permissions = job['permissions'];
    if (typeof permissions !== 'object' || permissions === null || Array.isArray(permissions)) {
      problems.push({ where, message: 'declares no permissions mapping (e.g. contents: read); a job gets only what it names' });
      continue;
    }
    const actions = stepsOf(job).map((s) => ownActionOf(s['uses'])).filter((a): a is string => a !== undefined);
    for (const [scope, level] of Object.entries(permissions)) {
      if (level !== 'write') continue;
      if (scope !== 'packages') problems.push({ where, message: `grants ${scope}: write, which no step of image-actions needs` });
      else if (!actions.some((a) => REGISTRY_WRITERS.has(a))) problems.push({ where, message: 'grants packages: write but no step writes to the registry (build, promote or cleanup)' });
    }
    if (actions.some((a) => MUST_WRITE.has(a)) && record(permissions)['packages'] !== 'write') {
      problems.push({ where, message: `runs ${actions.filter((a) => MUST_WRITE.has(a)).join(', ')}, which pushes: it needs packages: write` });
    }
  }
  return problems;
}

/** Every job that runs steps has a time limit. */
export function timeoutProblems(file: YamlFile): Problem[] {
  return jobsOf(file)
    .filter(([, job]) => job['uses'] === undefined && job['timeout-minutes'] === undefined)
    .map(([id]) => ({ where: `${file.path} jobs.${id}`, message: 'has no timeout-minutes' }));
}

/** A concurrency group; where tags are promoted, one group per ref, so two runs never race. */
export function concurrencyProblems(file: YamlFile): Problem[] {
  const group = record(file.data['concurrency'])['group'];
  if (typeof group !== 'string' || group.trim() === '') {
    return [{ where: `${file.path} concurrency`, message: 'no concurrency group: two runs could race on the same tags' }];
  }
  const promotes = jobsOf(file).some(([, job]) => stepsOf(job).some((s) => ownActionOf(s['uses']) === 'promote'));
  if (promotes && !group.includes('github.ref')) {
    return [{ where: `${file.path} concurrency`, message: `the group "${group}" does not include github.ref: runs of one ref must queue, runs of different refs need not` }];
  }
  return [];
}

interface WorkflowDeclarations {
  readonly inputs: ReadonlySet<string>;
  readonly secrets: ReadonlySet<string>;
  readonly jobOutputs: ReadonlyMap<string, ReadonlySet<string>>;
}

function declarations(file: YamlFile): WorkflowDeclarations {
  const on = record(file.data['on']);
  const call = record(on['workflow_call']);
  const dispatch = record(on['workflow_dispatch']);
  return {
    inputs: new Set([...Object.keys(record(call['inputs'])), ...Object.keys(record(dispatch['inputs']))]),
    secrets: new Set(['GITHUB_TOKEN', ...Object.keys(record(call['secrets']))]),
    jobOutputs: new Map(jobsOf(file).map(([id, job]) => [id, new Set(Object.keys(record(job['outputs'])))])),
  };
}

interface Scope {
  readonly needs: readonly string[];
  readonly matrix: ReadonlySet<string>;
  /** Step id → the action it runs (undefined for other steps); undefined where steps is not a context. */
  readonly steps?: ReadonlyMap<string, ActionContract | undefined>;
}

function checkReference(ref: ContextReference, scope: Scope, declared: WorkflowDeclarations): string | undefined {
  switch (ref.context) {
    case 'inputs':
      return declared.inputs.has(ref.name) ? undefined : `${ref.text}: no input "${ref.name}" is declared`;
    case 'secrets':
      return declared.secrets.has(ref.name) ? undefined : `${ref.text}: no secret "${ref.name}" is declared`;
    case 'matrix':
      return scope.matrix.has(ref.name) ? undefined : `${ref.text}: the job's matrix has no "${ref.name}"`;
    case 'needs': {
      if (!scope.needs.includes(ref.name)) return `${ref.text}: "${ref.name}" is not in this job's needs, so it reads as empty`;
      if (ref.output !== undefined && !declared.jobOutputs.get(ref.name)?.has(ref.output)) return `${ref.text}: job "${ref.name}" declares no output "${ref.output}"`;
      return undefined;
    }
    case 'steps': {
      if (scope.steps === undefined) return `${ref.text}: the steps context does not exist here`;
      if (!scope.steps.has(ref.name)) return `${ref.text}: no earlier step has id "${ref.name}"`;
      const contract = scope.steps.get(ref.name);
      if (contract && ref.output !== undefined && !contract.outputs.has(ref.output)) {
        return `${ref.text}: the ${contract.name} action has no output "${ref.output}" (its action.yml declares ${[...contract.outputs].join(', ')})`;
      }
      return undefined;
    }
    case 'jobs':
      if (ref.output === undefined) return undefined;
      return declared.jobOutputs.get(ref.name)?.has(ref.output) ? undefined : `${ref.text}: job "${ref.name}" declares no output "${ref.output}"`;
  }
}

/**
 * The contract between a workflow and our actions, and inside the workflow: every input passed to
 * one of our actions exists in its action.yml; every output read from a step, a needed job or a
 * job exists where it is read from; inputs, secrets and matrix values are declared.
 */
export function referenceProblems(file: YamlFile, contracts: ReadonlyMap<string, ActionContract>): Problem[] {
  const declared = declarations(file);
  const problems: Problem[] = [];
  const report = (where: string, refs: ContextReference[], scope: Scope): void => {
    for (const ref of refs) {
      const message = checkReference(ref, scope, declared);
      if (message) problems.push({ where, message });
    }
  };
  const workflowOutputs = record(record(record(file.data['on'])['workflow_call'])['outputs']);
  report(`${file.path} on.workflow_call.outputs`, referencesInValue(workflowOutputs), { needs: [], matrix: new Set() });
  report(`${file.path} concurrency`, referencesInValue(file.data['concurrency']), { needs: [], matrix: new Set() });

  for (const [id, job] of jobsOf(file)) {
    const where = `${file.path} jobs.${id}`;
    const needs = needsOf(job);
    for (const need of needs) {
      if (!declared.jobOutputs.has(need)) problems.push({ where, message: `needs "${need}", which is not a job of this workflow` });
    }
    const matrix = new Set(Object.keys(record(record(job['strategy'])['matrix'])));
    const { steps, outputs, ...rest } = job;
    report(where, referencesInValue(rest), { needs, matrix });

    const ids = new Map<string, ActionContract | undefined>();
    for (const [index, step] of stepsOf({ steps }).entries()) {
      const stepWhere = `${where}.steps[${index}]${typeof step['id'] === 'string' ? ` (${step['id']})` : ''}`;
      report(stepWhere, referencesInValue(step), { needs, matrix, steps: new Map(ids) });
      const own = ownActionOf(step['uses']);
      const contract = own === undefined ? undefined : contracts.get(own);
      if (own !== undefined && contract === undefined) problems.push({ where: stepWhere, message: `uses ${own}, which is not one of our actions (${[...contracts.keys()].join(', ')})` });
      if (contract) {
        for (const input of Object.keys(record(step['with']))) {
          if (!contract.inputs.has(input)) {
            problems.push({ where: stepWhere, message: `passes "${input}" to the ${contract.name} action, whose action.yml has no such input (it has ${[...contract.inputs].join(', ')})` });
          }
        }
      }
      if (typeof step['id'] === 'string') ids.set(step['id'], contract);
    }
    report(`${where}.outputs`, referencesInValue(outputs), { needs, matrix, steps: ids });
  }
  return problems;
}

/** The wave jobs `build-wave-1..N` of a waves-mode workflow, with their numbers. */
export function waveJobs(file: YamlFile): { wave: number; id: string; job: Data }[] {
  return jobsOf(file)
    .map(([id, job]) => ({ wave: Number(/^build-wave-(\d+)$/.exec(id)?.[1] ?? NaN), id, job }))
    .filter((w) => Number.isInteger(w.wave))
    .sort((a, b) => a.wave - b.wave);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * The waves mode (issue 8 §1): at least `minimum` wave jobs numbered without gaps, wave N needing
 * only detect and wave N-1, its matrix taken from detect's waves[N-1], skipped when that wave is
 * empty, all running the same steps; detect refusing a deeper tree with the same N; smoke waiting
 * for every build job.
 */
export function waveProblems(file: YamlFile, minimum: number): Problem[] {
  const problems: Problem[] = [];
  const waves = waveJobs(file);
  const count = waves.length;
  if (count < minimum) problems.push({ where: `${file.path} jobs`, message: `${count} wave jobs; at least ${minimum} are needed` });
  const first = waves[0];
  for (const [index, { wave, id, job }] of waves.entries()) {
    const where = `${file.path} jobs.${id}`;
    if (wave !== index + 1) problems.push({ where, message: `wave jobs must be numbered 1..N without gaps; expected build-wave-${index + 1}` });
    const expectedNeeds = wave === 1 ? ['detect'] : ['detect', `build-wave-${wave - 1}`];
    if (!sameSet(needsOf(job), expectedNeeds)) problems.push({ where, message: `needs ${JSON.stringify(needsOf(job))}; a wave needs only ${JSON.stringify(expectedNeeds)}` });
    const matrix = record(record(job['strategy'])['matrix'])['image'];
    const expectedMatrix = `\${{ fromJSON(needs.detect.outputs.waves)[${wave - 1}] }}`;
    if (matrix !== expectedMatrix) problems.push({ where, message: `matrix image is ${JSON.stringify(matrix)}; expected ${expectedMatrix}` });
    const condition = `\${{ inputs.build-mode == 'waves' && fromJSON(needs.detect.outputs.wave-count) >= ${wave} }}`;
    if (job['if'] !== condition) problems.push({ where, message: `if is ${JSON.stringify(job['if'])}; expected ${condition} (skipped when wave ${wave} is empty)` });
    if (first && JSON.stringify(job['steps']) !== JSON.stringify(first.job['steps'])) {
      problems.push({ where, message: 'runs other steps than build-wave-1; every wave job runs the same steps' });
    }
  }
  const detect = record(record(file.data['jobs'])['detect']);
  const depthCheck = stepsOf(detect).find((s) => record(s['env'])['WAVE_JOBS'] !== undefined);
  if (!depthCheck) {
    problems.push({ where: `${file.path} jobs.detect`, message: 'no step compares wave-count with the number of wave jobs (env WAVE_JOBS)' });
  } else if (record(depthCheck['env'])['WAVE_JOBS'] !== String(count)) {
    problems.push({ where: `${file.path} jobs.detect`, message: `the depth check allows ${String(record(depthCheck['env'])['WAVE_JOBS'])} waves, but the workflow has ${count} wave jobs` });
  }
  const smokeNeeds = needsOf(record(record(file.data['jobs'])['smoke']));
  for (const id of ['build', ...waves.map((w) => w.id)]) {
    if (!smokeNeeds.includes(id)) problems.push({ where: `${file.path} jobs.smoke`, message: `does not need ${id}, so it could start before that build ends` });
  }
  return problems;
}
