import { test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { createTemplateRenderer } from '../../../../src/core/template/index.js';
import { loadTemplateExtensions } from '../../../../src/adapters/template-extensions.js';

test('scratch2', async () => {
  const root = 'test/fixtures/kolla-tree';
  const imagesDir = join(root, 'images');
  const templates: Record<string, string> = {};
  const walk = (d: string) => { for (const e of readdirSync(d)) { const p = join(d, e); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.j2')) templates[relative(imagesDir, p)] = readFileSync(p, 'utf8'); } };
  walk(imagesDir);
  const config = parse(readFileSync(join(root, 'images.yaml'), 'utf8'));
  const ext = await loadTemplateExtensions(join(process.cwd(), imagesDir, 'filters.mjs'));
  const r = createTemplateRenderer({ source: { read: (p) => templates[p] }, extensions: ext });
  const images = Object.keys(templates).filter((t) => t.endsWith('Dockerfile.j2'));
  const cases = [];
  for (const t of images) for (const override of [undefined, 'overrides/template-overrides.j2']) {
    const name = t.split('/').slice(-2)[0];
    const context = { ...config.template.variables, registry: 'ghcr.io/acme', prefix: 'debian-', tag: 'pr-12-abc1234', image_name: name, sources: { nova: { revision: '0123456789abcdef' }, keystone: { revision: 'fedcba9876543210' } } };
    cases.push({ id: `${t}|${override}`, templates, entry: t, context, override, functions: ['image'], extensions: 'kolla-fixture' });
  }
  const py = JSON.parse(execFileSync('python3', ['test/integration/template/jinja2_render.py'], { input: JSON.stringify({ cases }), maxBuffer: 1e8 }).toString());
  let bad = 0;
  for (const c of cases) {
    let out: any;
    const ctx = { ...c.context, image: (n: string) => `${c.context.registry}/${c.context.prefix}${n}:${c.context.tag}` };
    try { out = { output: r.render(c.entry, ctx, c.override ? { overridePath: c.override } : {}) }; } catch (e) { out = { error: String(e) }; }
    const exp = py.results[c.id];
    if (JSON.stringify(out) !== JSON.stringify(exp)) { bad++; console.log(`--- ${c.id}\n js: ${JSON.stringify(out).slice(0, 3000)}\n py: ${JSON.stringify(exp).slice(0, 3000)}`); }
  }
  console.log(`${bad} of ${cases.length}`);
  console.log(py.results['nova/nova-compute/Dockerfile.j2|overrides/template-overrides.j2'].output);
  console.log(py.results['base/Dockerfile.j2|overrides/template-overrides.j2'].output);
});
