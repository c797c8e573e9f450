/**
 * The renderer against the real Jinja2 (python3 + jinja2): every nunjucks/Jinja2 difference
 * case, a broad differential corpus, error locations, and the whole kolla-tree fixture —
 * each image, with and without the template override — must render exactly as Jinja2
 * renders it. Fails (never skips) when python3 or jinja2 is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadTemplateExtensions } from '../../../src/adapters/template-extensions.js';
import { UserInputError } from '../../../src/core/diagnostics.js';
import { createTemplateRenderer, type TemplateExtensions } from '../../../src/core/template/index.js';
import { JINJA2_CASES } from '../../unit/core/template/jinja2-cases.js';
import { CORPUS, CORPUS_CONTEXT } from './corpus.js';
import { renderWithJinja2, requireJinja2, type Jinja2Request, type Jinja2Result } from './jinja2.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/kolla-tree/', import.meta.url));
const IMAGES = join(FIXTURE, 'images');
const OVERRIDE = 'overrides/template-overrides.j2';

let kollaExtensions: TemplateExtensions;

beforeAll(async () => {
  await requireJinja2();
  kollaExtensions = await loadTemplateExtensions(join(IMAGES, 'filters.mjs'));
});

/** Renders a request with the TypeScript renderer, in the shape jinja2_render.py answers. */
function renderWithRenderer(request: Jinja2Request): Jinja2Result {
  const renderer = createTemplateRenderer({
    source: { read: (path) => request.templates[path] },
    ...(request.extensions ? { extensions: kollaExtensions } : {}),
  });
  const context: Record<string, unknown> = { ...request.context };
  if (request.functions?.includes('image')) {
    context.image = (name: string) => `${String(context.registry)}/${String(context.prefix)}${name}:${String(context.tag)}`;
  }
  try {
    return { output: renderer.render(request.entry, context, request.override ? { overridePath: request.override } : {}) };
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    const location = error.diagnostics[0]?.location;
    return { error: { type: 'UserInputError', message: error.message, template: location?.file ?? null, line: location?.line ?? null } };
  }
}

/** The comparable part of a result: the output, or where the error is. */
function comparable(result: Jinja2Result | undefined): unknown {
  if (!result) return 'no result';
  return 'output' in result ? { output: result.output } : { errorAt: [result.error.template, result.error.line] };
}

async function compare(requests: readonly Jinja2Request[]): Promise<Array<{ id: string; ours: unknown; jinja2: unknown }>> {
  const jinja2 = await renderWithJinja2(requests);
  return requests.map((request) => ({ id: request.id, ours: comparable(renderWithRenderer(request)), jinja2: comparable(jinja2.get(request.id)) }));
}

describe('against Jinja2', () => {
  it('renders every nunjucks/Jinja2 difference case as Jinja2 does, and as the unit tests expect', async () => {
    const requests = JINJA2_CASES.map((c) => ({
      id: c.name,
      templates: c.templates,
      entry: Object.keys(c.templates)[0] as string,
      context: c.context ?? {},
      ...(c.override ? { override: c.override } : {}),
      ...(c.extensions ? { extensions: c.extensions } : {}),
    }));
    const results = await compare(requests);
    for (const [i, result] of results.entries()) {
      expect(result.jinja2, result.id).toEqual({ output: JINJA2_CASES[i]?.expected });
      expect(result.ours, result.id).toEqual(result.jinja2);
    }
  });

  it('renders the differential corpus as Jinja2 does, failing in the same template and line', async () => {
    const requests = CORPUS.map((entry, i): Jinja2Request => {
      const templates = typeof entry === 'string' ? { 't.j2': entry } : entry;
      const names = Object.keys(templates);
      const override = names.includes('override.j2') ? 'override.j2' : undefined;
      const entryName = names.find((name) => name !== 'override.j2') as string;
      return { id: `corpus #${i}`, templates, entry: entryName, context: CORPUS_CONTEXT, ...(override ? { override } : {}) };
    });
    const results = await compare(requests);
    const errors = results.filter((r) => typeof r.jinja2 === 'object' && r.jinja2 !== null && 'errorAt' in r.jinja2);
    expect(errors.length).toBeGreaterThan(20);
    for (const result of results) expect(result.ours, `${result.id}: ${JSON.stringify(CORPUS[Number(result.id.slice(8))])}`).toEqual(result.jinja2);
  });

  it('reports syntax errors on the line Jinja2 reports, in the file where they are', async () => {
    const broken = [
      'FROM base\nRUN {{ 1 + }}',
      '{% if x %}\n{% for y in z %}\ntext\n',
      '{% if x %}{% for x in y %}\n{% endif %}',
      'a\n  {% frobnicate %}',
      'a\n{# never closed',
      "x\n{{ 'x' }\n",
      '{{ 1 + }}\n{{ @ }}',
      '{% set x = [1, 2 %}',
      '{% macro f(a=1, b) %}{% endmacro %}',
      '{% block a %}{% endblock %}\n\n{% block a %}{% endblock %}',
      '\n{{ x | nope }}',
      '{% for x in y %}{% extends "b.j2" %}{% endfor %}',
      '{% set 1 = 2 %}',
      '{{ foo(a=1, 2) }}',
    ];
    const requests = broken.flatMap((source, i): Jinja2Request[] => [
      { id: `own #${i}`, templates: { 'nova/Dockerfile.j2': source }, entry: 'nova/Dockerfile.j2' },
      { id: `included #${i}`, templates: { 'main.j2': 'ok\n{% include "common/part.j2" %}', 'common/part.j2': source }, entry: 'main.j2' },
    ]);
    for (const result of await compare(requests)) expect(result.ours, result.id).toEqual(result.jinja2);
  });

  describe('the kolla-tree fixture', () => {
    const templates: Record<string, string> = {};
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.j2')) templates[relative(IMAGES, path).split(sep).join('/')] = readFileSync(path, 'utf8');
      }
    };
    walk(IMAGES);
    const images = Object.keys(templates).filter((path) => path.endsWith('/Dockerfile.j2')).sort();
    const config = parse(readFileSync(join(FIXTURE, 'images.yaml'), 'utf8')) as { registry: string; prefix: string; template: { variables: Record<string, unknown> } };

    /** The render variables of an image: images.yaml's, plus the built-in globals (SPEC). */
    const contextOf = (path: string) => ({
      ...config.template.variables,
      registry: config.registry,
      prefix: config.prefix,
      tag: 'pr-12-abc1234',
      image_name: path.split('/').slice(-2)[0],
      sources: { nova: { revision: '0123456789abcdef0123' }, keystone: { revision: 'fedcba98765432100123' }, neutron: { revision: 'aabbccddeeff00112233' } },
    });

    it('has about 40 images over four levels, a shared macros.j2 and an override', () => {
      expect(images.length).toBeGreaterThanOrEqual(40);
      expect(templates['macros.j2']).toContain('{% macro install_packages(');
      expect(templates[OVERRIDE]).toContain('{% extends parent_template %}');
      // base → openstack-base → nova-base → nova-api
      expect(templates['nova/nova-api/Dockerfile.j2']).toContain('nova-base:{{ tag }}');
      expect(templates['nova/nova-base/Dockerfile.j2']).toContain('openstack-base:{{ tag }}');
      expect(templates['openstack-base/Dockerfile.j2']).toContain('base:{{ tag }}');
    });

    it('renders every image as Jinja2 does, with and without the template override', async () => {
      const requests = images.flatMap((path): Jinja2Request[] => {
        const base: Jinja2Request = { id: path, templates, entry: path, context: contextOf(path), functions: ['image'], extensions: 'kolla-fixture' };
        return [base, { ...base, id: `${path} + override`, override: OVERRIDE }];
      });
      const results = await compare(requests);
      expect(results).toHaveLength(images.length * 2);
      for (const result of results) {
        expect(result.jinja2, result.id).toHaveProperty('output');
        expect(result.ours, result.id).toEqual(result.jinja2);
      }
      const overridden = results.find((r) => r.id === 'nova/nova-compute/Dockerfile.j2 + override')?.ours as { output: string };
      expect(overridden.output).toContain('multipath-tools');
      expect(overridden.output).not.toContain('ceph-common');
      expect(overridden.output).toContain('com.acme.image="nova-compute"');
    });
  });
});
