import { test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createTemplateRenderer } from '../../../../src/core/template/index.js';

test('scratch', () => {
  const cases = JSON.parse(readFileSync('/tmp/jx/cases.json', 'utf8')) as Array<{ id: string; templates: Record<string, string>; entry: string; context?: Record<string, unknown> }>;
  const py = JSON.parse(execFileSync('python3', ['test/integration/template/jinja2_render.py'], { input: JSON.stringify({ cases }) }).toString());
  let bad = 0;
  for (const c of cases) {
    let out: unknown;
    try {
      const r = createTemplateRenderer({ source: { read: (p) => c.templates[p] } });
      out = { output: r.render(c.entry, c.context ?? {}, (c as any).override ? { overridePath: (c as any).override } : {}) };
    } catch (e) {
      const d = (e as { diagnostics?: Array<{ message: string; location?: { file: string; line: number } }> }).diagnostics?.[0];
      out = { error: d ? { template: d.location?.file, line: d.location?.line, message: d.message } : String((e as Error).stack) };
    }
    const expected = py.results[c.id];
    const same = JSON.stringify(out) === JSON.stringify(expected) || ((out as any).error && expected.error && (out as any).error.template === expected.error.template && (out as any).error.line === expected.error.line);
    if (!same) {
      bad++;
      console.log(`--- ${c.id}: ${JSON.stringify(c.templates[c.entry])}\n  js: ${JSON.stringify(out)}\n  py: ${JSON.stringify(expected)}`);
    }
  }
  console.log(`${bad} differences of ${cases.length}`);
});
