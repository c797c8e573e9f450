/**
 * Every workflow and every action.yml passes GitHub's own parser (@actions/workflow-parser):
 * schema, expressions, job graph, and, for the example consumer's calls of our reusable
 * workflows, the inputs and secrets each call passes against what the called workflow declares.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseActionText, parseWorkflowText, type CalledWorkflowLookup } from './support/github-parser.js';
import { actionNames, exampleWorkflowPaths, OWN_REF, OWN_REPOSITORY, projectWorkflowPaths, ROOT } from './support/workflow-files.js';

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** `acme-org/image-actions/.github/workflows/<file>@v1` is this repository's file. */
const ownWorkflows: CalledWorkflowLookup = (ref) => {
  if (`${ref.owner}/${ref.repository}` !== OWN_REPOSITORY || ref.version !== OWN_REF) {
    throw new Error(`calls ${ref.owner}/${ref.repository}/${ref.path}@${ref.version}, which is not ${OWN_REPOSITORY}@${OWN_REF}`);
  }
  return { name: ref.path, content: read(ref.path) };
};

describe('GitHub parser: workflows', () => {
  it('finds the project workflows and the example consumer workflows', () => {
    expect(projectWorkflowPaths()).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/images.yml', '.github/workflows/nightly.yml', '.github/workflows/cleanup.yml']));
    expect(exampleWorkflowPaths()).toEqual(expect.arrayContaining(['examples/.github/workflows/images.yml', 'examples/.github/workflows/nightly.yml', 'examples/.github/workflows/cleanup.yml']));
  });

  it.each(projectWorkflowPaths())('%s is valid', async (path) => {
    const { errors, template } = await parseWorkflowText(path, read(path));
    expect(errors).toEqual([]);
    expect(template?.jobs.length).toBeGreaterThan(0);
  });

  it.each(exampleWorkflowPaths())('%s is valid, and its calls match the called workflows', async (path) => {
    const { errors, template } = await parseWorkflowText(path, read(path), ownWorkflows);
    expect(errors).toEqual([]);
    expect(template?.jobs.every((job) => job.type === 'reusableWorkflowJob')).toBe(true);
  });

  it('reports what GitHub would refuse (the validator is not a no-op)', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-24.04',
      '    needs: [missing]',
      '    steps:',
      '      - run: echo hi',
      '        shell-script: bash',
    ].join('\n');
    const { errors } = await parseWorkflowText('broken.yml', broken);
    expect(errors.join('\n')).toMatch(/Unexpected value 'shell-script'/);
  });

  it('reports a call that passes an input or secret the called workflow does not declare', async () => {
    const caller = [
      'on: pull_request',
      'jobs:',
      '  images:',
      `    uses: ${OWN_REPOSITORY}/.github/workflows/images.yml@${OWN_REF}`,
      '    with:',
      '      build-mod: waves',
      '    secrets:',
      '      registry-token: x',
    ].join('\n');
    const { errors } = await parseWorkflowText('caller.yml', caller, ownWorkflows);
    expect(errors.join('\n')).toContain('build-mod is not defined in the referenced workflow');
    expect(errors.join('\n')).toContain('registry-token is not defined in the referenced workflow');
  });
});

describe('GitHub parser: action.yml', () => {
  it('finds the five actions', () => {
    expect(actionNames()).toEqual(['build', 'cleanup', 'detect', 'promote', 'smoke']);
  });

  it.each(actionNames())('%s/action.yml is valid and runs its bundle on node24', (name) => {
    const { errors, template } = parseActionText(`${name}/action.yml`, read(`${name}/action.yml`));
    expect(errors).toEqual([]);
    expect(template?.runs).toMatchObject({ using: 'node24', main: `../dist/${name}/index.js` });
    expect(template?.inputs?.every((input) => (input.description ?? '').length > 0)).toBe(true);
    expect(template?.outputs?.every((output) => (output.description ?? '').length > 0)).toBe(true);
  });

  it('reports an action.yml GitHub would refuse', () => {
    const { errors } = parseActionText('bad/action.yml', 'name: x\ndescription: y\nruns:\n  using: node24\n  entry: index.js\n');
    expect(errors.join('\n')).toMatch(/entry/);
  });
});
