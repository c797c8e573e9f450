/**
 * No dead and no missing inputs: every input an action.yml declares is read by the action's entry
 * point (src/actions/<name>.ts, through the typed readers of src/runner/), and the entry point
 * reads no input its action.yml does not declare (the runner would hand it an empty string).
 */
import { describe, expect, it } from 'vitest';
import { entryPointPath, inputsReadBy } from './support/entry-points.js';
import { readFileSync } from 'node:fs';
import { actionContract, actionNames } from './support/workflow-files.js';

/**
 * Entry points that still throw NotImplementedError (their issue has not landed): they read no
 * input yet. Each must really be such a stub, so this list cannot hide a finished action.
 */
const NOT_YET_IMPLEMENTED: string[] = [];

describe('action.yml inputs ⇄ entry point reads', () => {
  it.each(NOT_YET_IMPLEMENTED)('%s is still a stub that fails clearly', (name) => {
    const source = readFileSync(entryPointPath(name), 'utf8');
    expect(source).toContain(`new NotImplementedError('${name}')`);
    expect(inputsReadBy(name).size).toBe(0);
  });

  it.each(actionNames().filter((name) => !NOT_YET_IMPLEMENTED.includes(name)))('%s', (name) => {
    const declared = [...actionContract(name).inputs].sort();
    const read = inputsReadBy(name);
    expect({
      file: entryPointPath(name),
      declaredButNeverRead: declared.filter((input) => !read.has(input)),
      readButNotDeclared: [...read].filter((input) => !declared.includes(input)).sort(),
    }).toEqual({ file: entryPointPath(name), declaredButNeverRead: [], readButNotDeclared: [] });
  });
});
