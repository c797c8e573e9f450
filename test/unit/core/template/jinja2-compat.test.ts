/**
 * Each difference between nunjucks and Jinja2 (jinja2-cases.ts), rendered by the renderer:
 * the output must be Jinja2's. The integration test checks the same cases against Jinja2.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTemplateRenderer, type TemplateExtensions } from '../../../../src/core/template/index.js';
import { JINJA2_CASES, type Jinja2Case } from './jinja2-cases.js';

let kollaExtensions: TemplateExtensions;

beforeAll(async () => {
  const url = new URL('../../../fixtures/kolla-tree/images/filters.mjs', import.meta.url);
  kollaExtensions = (await import(url.href)) as TemplateExtensions;
});

function render(testCase: Jinja2Case): string {
  const renderer = createTemplateRenderer({
    source: { read: (path) => testCase.templates[path] },
    ...(testCase.extensions ? { extensions: kollaExtensions } : {}),
  });
  const entry = Object.keys(testCase.templates)[0] as string;
  return renderer.render(entry, testCase.context ?? {}, testCase.override ? { overridePath: testCase.override } : {});
}

describe('Jinja2 semantics where nunjucks differs', () => {
  it.each(JINJA2_CASES.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
    expect(render(testCase)).toBe(testCase.expected);
  });
});
