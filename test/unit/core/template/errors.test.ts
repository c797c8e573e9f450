/**
 * Errors are UserInputErrors located in the template file where the problem is (an
 * included or imported one when it is there), at a 1-based line and column, with a hint.
 * The lines are the ones Jinja2 reports (the integration test checks them against Jinja2).
 */
import { describe, expect, it } from 'vitest';
import { UserInputError, type Diagnostic } from '../../../../src/core/diagnostics.js';
import { createTemplateRenderer } from '../../../../src/core/template/index.js';

function failure(files: Record<string, string>, entry = Object.keys(files)[0] as string, context: Record<string, unknown> = {}): Diagnostic {
  const renderer = createTemplateRenderer({ source: { read: (path) => files[path] }, displayPath: (path) => `images/${path}` });
  try {
    renderer.render(entry, context);
  } catch (error) {
    expect(error).toBeInstanceOf(UserInputError);
    const diagnostics = (error as UserInputError).diagnostics;
    expect(diagnostics).toHaveLength(1);
    return diagnostics[0] as Diagnostic;
  }
  throw new Error('the template rendered without an error');
}

const at = (file: string, line: number, column: number) => ({ file, line, column });

describe('syntax errors', () => {
  it('names the template, the line and the column of the offending token', () => {
    const d = failure({ 'nova/Dockerfile.j2': 'FROM base\nRUN {{ 1 + }}' });
    expect(d.location).toEqual(at('images/nova/Dockerfile.j2', 2, 12));
    expect(d.message).toBe("unexpected 'end of print statement'");
    expect(d.hint).toMatch(/Jinja2/);
  });

  it('reports an unknown tag where it is', () => {
    const d = failure({ 't.j2': 'x\n  {% frobnicate %}' });
    expect(d.location).toEqual(at('images/t.j2', 2, 6));
    expect(d.message).toBe("Encountered unknown tag 'frobnicate'.");
  });

  it("reports an unclosed block on the line Jinja2 gives (its last token's)", () => {
    const d = failure({ 't.j2': '{% if x %}\n{% for y in z %}\ntext\n' });
    expect(d.location?.line).toBe(2);
    expect(d.message).toContain("Jinja was looking for the following tags: 'endfor' or 'else'. The innermost block that needs to be closed is 'for'.");
  });

  it('reports a nesting mistake', () => {
    const d = failure({ 't.j2': '{% if x %}{% for x in y %}\n{% endif %}' });
    expect(d.location).toEqual(at('images/t.j2', 2, 4));
    expect(d.message).toBe(
      "Encountered unknown tag 'endif'. You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for 'endfor' or 'else'. The innermost block that needs to be closed is 'for'.",
    );
  });

  it('reports lexing errors: an unclosed comment, a stray bracket', () => {
    expect(failure({ 't.j2': 'a\n{# never closed' }).location).toEqual(at('images/t.j2', 2, 1));
    const d = failure({ 't.j2': "{{ 'x' }\n" });
    expect(d.location).toEqual(at('images/t.j2', 1, 8));
    expect(d.message).toBe("unexpected '}'");
  });

  it('reports an earlier parse error before a later lexing error, as Jinja2 does', () => {
    const d = failure({ 't.j2': '{{ 1 + }}\n{{ @ }}' });
    expect(d.location).toEqual(at('images/t.j2', 1, 8));
  });

  it('reports an unknown filter or test when the template is compiled', () => {
    expect(failure({ 't.j2': '\n\n{{ x | nope }}' })).toMatchObject({ message: "No filter named 'nope'.", location: at('images/t.j2', 3, 8) });
    expect(failure({ 't.j2': '{% if x is nope %}{% endif %}' })).toMatchObject({ message: "No test named 'nope'.", location: at('images/t.j2', 1, 9) });
  });

  it('locates a syntax error in an included template in that template', () => {
    const d = failure({ 'a.j2': 'a\n{% include "common/b.j2" %}', 'common/b.j2': 'ok\n\n  {% for x in %}{% endfor %}' });
    expect(d.location).toEqual(at('images/common/b.j2', 3, 15));
  });

  it('locates a syntax error in an imported template in that template', () => {
    const d = failure({ 'a.j2': '{% import "macros.j2" as m with context %}', 'macros.j2': '{% macro f( %}{% endmacro %}' });
    expect(d.location).toEqual(at('images/macros.j2', 1, 13));
  });

  it('reports a block defined twice, and extends outside the top level', () => {
    expect(failure({ 't.j2': '{% block a %}{% endblock %}\n{% block a %}{% endblock %}' })).toMatchObject({
      message: "block 'a' defined twice",
      location: at('images/t.j2', 2, 4),
    });
    expect(failure({ 't.j2': '{% for x in y %}{% extends "b.j2" %}{% endfor %}' }).message).toBe('cannot use extend from a non top-level scope');
  });
});

describe('runtime errors', () => {
  it('reports an attribute of an undefined value, naming it', () => {
    const d = failure({ 't.j2': 'FROM {{ base.image.name }}' });
    expect(d).toMatchObject({ message: "'base' is undefined", location: at('images/t.j2', 1, 9) });
    expect(d.hint).toMatch(/template\.variables/);
  });

  it('reports a call of an undefined function', () => {
    expect(failure({ 't.j2': '{{ image("base") }}' })).toMatchObject({ message: "'image' is undefined", location: at('images/t.j2', 1, 4) });
  });

  it('reports Python type errors at the operator', () => {
    const d = failure({ 't.j2': '\n   {{ "a" + 1 }}' });
    expect(d).toMatchObject({ message: 'can only concatenate str (not "int") to str', location: at('images/t.j2', 2, 11) });
  });

  it('locates an error inside an imported macro in the macro file', () => {
    const d = failure({ 'a.j2': '{% import "m.j2" as m %}\n{{ m.f() }}', 'm.j2': '{% macro f() %}\n  {{ undefined_y.z }}\n{% endmacro %}' });
    expect(d).toMatchObject({ message: "'undefined_y' is undefined", location: at('images/m.j2', 2, 6) });
  });

  it('locates an error in a parent template in the parent', () => {
    const d = failure({ 'a.j2': '{% extends "base.j2" %}', 'base.j2': 'x\n{{ 1 // 0 }}' });
    expect(d.location).toEqual(at('images/base.j2', 2, 6));
  });

  it('locates a macro called with too many arguments at the call', () => {
    const d = failure({ 't.j2': '{% macro m(a) %}{% endmacro %}\n{{ m(1, 2) }}' });
    expect(d).toMatchObject({ message: "macro 'm' takes not more than 1 argument(s)", location: at('images/t.j2', 2, 4) });
  });

  it('reports an include of a template that does not exist at the include', () => {
    const d = failure({ 'a.j2': 'a\n{% include "common/missing.j2" %}' });
    expect(d).toMatchObject({ message: "template not found: 'common/missing.j2'", location: at('images/a.j2', 2, 4) });
    expect(d.hint).toMatch(/relative to the images folder/);
  });

  it('reports a template to render that does not exist, without a location', () => {
    const d = failure({}, 'nova/Dockerfile.j2');
    expect(d.message).toBe("template not found: 'nova/Dockerfile.j2'");
    expect(d.location).toBeUndefined();
  });
});
