/**
 * Where nunjucks and Jinja2 disagree, and what Jinja2 renders.
 *
 * Each case is a template (or a small tree) whose output differs between plain nunjucks
 * and Jinja2, with the output Jinja2 3.1 gives. The unit tests render them with the
 * renderer and expect `expected`; the integration test renders them with the real Jinja2
 * too and checks that `expected` is what Jinja2 gives.
 */

export interface Jinja2Case {
  readonly name: string;
  /** Templates by path relative to the images folder; the first one is rendered. */
  readonly templates: Readonly<Record<string, string>>;
  readonly context?: Readonly<Record<string, unknown>>;
  /** Render with this override file (Kolla's --template-override). */
  readonly override?: string;
  /** Use the kolla-tree fixture's extensions module (filters.mjs). */
  readonly extensions?: 'kolla-fixture';
  readonly expected: string;
}

const one = (name: string, source: string, expected: string, context?: Record<string, unknown>): Jinja2Case =>
  context ? { name, templates: { 't.j2': source }, context, expected } : { name, templates: { 't.j2': source }, expected };

export const JINJA2_CASES: readonly Jinja2Case[] = [
  // ---- `+` and the other operators ----------------------------------------------------------
  one('list + list concatenates lists (nunjucks makes a string)', '{{ [1, 2] + [3] }}', '[1, 2, 3]'),
  one(
    'a list built with + keeps its items',
    "{% set base = ['curl', 'sudo'] %}{% set all = base + ['vim'] %}{{ all | length }}:{{ all | join(' ') }}",
    '3:curl sudo vim',
  ),
  one('tuple + tuple, str + str, int + float', "{{ (1, 2) + (3,) }} {{ 'a' + 'b' }} {{ 1 + 1.5 }}", '(1, 2, 3) ab 2.5'),
  one('str * int repeats; list * int repeats', "{{ '-' * 3 }} {{ [0] * 3 }}", '--- [0, 0, 0]'),
  one('/ is true division giving a float; // and % floor', '{{ 4 / 2 }} {{ 7 // 2 }} {{ -7 // 2 }} {{ -7 % 3 }}', '2.0 3 -4 2'),
  one('** is left-associative and binds the unary minus first', '{{ 2 ** 3 ** 2 }} {{ -2 ** 2 }}', '64 4'),
  one('% formats strings', "{{ '%s-%05.1f' % ('a', 3.14159) }} {{ '%(n)d items' % {'n': 3} }}", 'a-003.1 3 items'),
  one('% binds tighter than * on the right (Jinja2 precedence)', '{{ 10 * 3 % 7 }}', '2'),
  one('~ binds tighter than + and prints Python values', "{{ 'v' ~ 1 + 2 if false else 'x' ~ none ~ true }}", 'xNoneTrue'),
  one('a filter applies to its operand only, not to a sum', "{{ [1] + [2, 3] | reverse | list }}", '[1, 3, 2]'),
  one('comparisons chain as in Python', '{{ 1 < 2 < 3 }} {{ 3 > 2 > 2 }}', 'True False'),
  one('== compares values, not identities, and never coerces', "{{ [1] == [1] }} {{ {'a': 1} == {'a': 1} }} {{ '1' == 1 }} {{ 1 == 1.0 }}", 'True True False True'),
  one('in and not in', "{{ 2 in [1, 2] }} {{ 'b' not in 'abc' }} {{ 'k' in {'k': 1} }}", 'True False True'),

  // ---- literals ------------------------------------------------------------------------------
  one('True, False and None are literals (nunjucks: undefined names)', '{{ True }} {{ False }} {{ None }} {{ true }} {{ none }}', 'True False None True None'),
  one('None prints as None, booleans as True/False', '{{ none }}|{{ [none, true, false] }}', 'None|[None, True, False]'),
  one('trailing commas in list, dict and tuple literals', "{{ [1, 2,] }} {{ {'a': 1,} }} {{ (1, 2,) }}", "[1, 2] {'a': 1} (1, 2)"),
  one('trailing comma in a multi-line list, Kolla style', "{% set packages = [\n    'curl',\n    'sudo',\n] %}{{ packages }}", "['curl', 'sudo']"),
  one('lists and dicts print as Python reprs', "{{ ['a', 1, 1.5] }} {{ {'k': 'v'} }} {{ (1,) }}", "['a', 1, 1.5] {'k': 'v'} (1,)"),
  one('string escapes are Python escapes (unknown ones keep their backslash)', "{{ 'a\\d' }}|{{ 'tab\\there' }}|{{ '\\x41' }}", 'a\\d|tab\there|A'),
  one('adjacent strings concatenate', "{{ 'a' 'b' }}", 'ab'),
  one('integer literals: hex, binary, underscores; float literals', '{{ 0x1F }} {{ 0b11 }} {{ 1_000 }} {{ 1.0 }} {{ 1e3 }}', '31 3 1000 1.0 1000.0'),
  one('floats print as Python prints them', '{{ 0.1 + 0.2 }} {{ 1e16 }} {{ 0.00001 }} {{ 10 / 4 }}', '0.30000000000000004 1e+16 1e-05 2.5'),

  // ---- tests ---------------------------------------------------------------------------------
  one('is sequence: true for strings, lists, tuples and dicts', "{{ 'x' is sequence }} {{ [1] is sequence }} {{ (1,) is sequence }} {{ {} is sequence }} {{ 1 is sequence }}", 'True True True True False'),
  one('is mapping: true for dicts only', "{{ {} is mapping }} {{ [] is mapping }} {{ 'x' is mapping }}", 'True False False'),
  one('is number counts booleans; is integer does not', '{{ 1 is number }} {{ true is number }} {{ true is integer }} {{ 1.5 is float }}', 'True True False True'),
  one('tests take one argument without parentheses', "{{ 9 is divisibleby 3 }} {{ 'a' is in 'abc' }} {{ 1 is sameas 1 }} {{ 2 is gt 1 }}", 'True True True True'),
  one('is not, none, boolean, string, iterable, callable', "{{ x is not none }} {{ none is none }} {{ true is boolean }} {{ 'a' is string }} {{ 5 is iterable }} {{ range is callable }}", 'True True True True False True', { x: 1 }),
  one('is defined / undefined', '{{ x is defined }} {{ y is defined }} {{ y is undefined }}', 'True False True', { x: 1 }),
  one('is lower / upper need a cased character', "{{ 'abc' is lower }} {{ '123' is lower }} {{ 'ABC' is upper }}", 'True False True'),

  // ---- truthiness ----------------------------------------------------------------------------
  one('empty lists and dicts are false (JavaScript: true)', "{% if [] %}a{% elif {} %}b{% elif '' %}c{% elif 0 %}d{% else %}e{% endif %}", 'e'),
  one('and/or return an operand', "{{ 0 or [] or 'x' }} {{ 1 and 'y' }} {{ [] and 1 }}", 'x y []'),
  one('default replaces only undefined values unless boolean=true', "{{ missing | default('d') }} {{ '' | default('d') }} {{ '' | default('d', true) }} {{ none | default('d') }}", 'd  d None'),
  one('a generator from select is true even when empty', "{% if [2] | select('odd') %}yes{% endif %}", 'yes'),

  // ---- scoping -------------------------------------------------------------------------------
  one('set inside a loop does not leak out of it', '{% set found = false %}{% for x in [1, 2] %}{% if x == 1 %}{% set found = true %}{% endif %}{% endfor %}{{ found }}', 'False'),
  one('a loop-local variable starts from the outer value in every iteration', '{% set a = 1 %}{% for x in [1, 2] %}{{ a }}{% set a = a + 10 %}{{ a }};{% endfor %}{{ a }}', '111;111;1'),
  one('namespace() is the way to carry a value out of a loop', '{% set ns = namespace(found=false) %}{% for x in [1, 2] %}{% set ns.found = true %}{% endfor %}{{ ns.found }}', 'True'),
  one('{% with %} scopes its variables; values see the outer scope', '{% set x = 1 %}{% with x = 2, y = x %}{{ x }}{{ y }}{% endwith %}{{ x }}', '211'),
  one('a top-level set in an if reaches the rest of the template', '{% if true %}{% set v = 5 %}{% endif %}{{ v }}', '5'),

  // ---- loops ---------------------------------------------------------------------------------
  one(
    'loop.index, index0, revindex, revindex0, first, last, length',
    "{% for x in 'abc' %}{{ loop.index }}{{ loop.index0 }}{{ loop.revindex }}{{ loop.revindex0 }}{{ loop.first }}{{ loop.last }}{{ loop.length }};{% endfor %}",
    '1032TrueFalse3;2121FalseFalse3;3210FalseTrue3;',
  ),
  one(
    'loop.cycle, previtem, nextitem, changed, depth',
    "{% for a in [1, 1, 2] %}{{ loop.cycle('x', 'y') }}{{ loop.previtem }}{{ loop.nextitem }}{{ loop.changed(a) }}{{ loop.depth }};{% endfor %}",
    'x1True1;y12False1;x1True1;',
  ),
  one('nested loops each have their own loop', '{% for i in [1, 2] %}{% for j in [1, 2, 3] %}{{ loop.index }}{% endfor %}/{{ loop.index }} {% endfor %}', '123/1 123/2 '),
  one('for … if filters the items, and loop counts the kept ones', '{% for x in [1, 2, 3, 4] if x is even %}{{ loop.index }}/{{ loop.length }}:{{ x }} {% endfor %}', '1/2:2 2/2:4 '),
  one('for … else runs when there was no item', '{% for x in [] %}x{% else %}empty{% endfor %}', 'empty'),
  one('iterating a dict yields its keys; items() yields pairs', "{% for k in {'b': 1, 'a': 2} %}{{ k }}{% endfor %} {% for k, v in {'b': 1}.items() %}{{ k }}={{ v }}{% endfor %}", 'ba b=1'),
  one('tuple unpacking in for and set', "{% set a, b = 1, 2 %}{{ a }}{{ b }} {% for x, (y, z) in [(1, (2, 3))] %}{{ x }}{{ y }}{{ z }}{% endfor %}", '12 123'),

  // ---- whitespace ----------------------------------------------------------------------------
  one('trim_blocks and lstrip_blocks are off: tags keep their newline and indent', 'a\n{% if true %}\nb\n  {% endif %}\nc', 'a\n\nb\n  \nc'),
  one('{%- and -%} strip all whitespace on their side, newlines included', 'a\n  {%- if true -%}\n  b\n{%- endif %}\nc', 'ab\nc'),
  one('{{- -}} and {#- -#} strip too', 'a  {{- 1 -}}  b {#- c -#}\n d', 'a1bd'),
  one('ONE trailing newline of the template is dropped', 'line\n', 'line'),
  one('of two trailing newlines one is kept', 'line\n\n', 'line\n'),
  one('CRLF newlines become LF', 'a\r\nb\r\n', 'a\nb'),
  one('{% raw %} keeps tags as text', '{% raw %}{{ x }}{% endraw %}|{%- raw -%}  a  {%- endraw -%}  |', '{{ x }}|a|'),
  one('a lone #} in text is text', 'x #} y', 'x #} y'),

  // ---- undefined values ----------------------------------------------------------------------
  one('an undefined variable renders as the empty string', '[{{ missing }}]', '[]'),
  one('an undefined value is empty for length, join, list, iteration', "{{ missing | length }}|{{ missing | join(',') }}|{{ missing | list }}|{% for x in missing %}x{% endfor %}", '0||[]|'),
  one('a missing dict key is undefined', "{{ d.nope }}|{{ d['nope'] }}|{{ d.get('nope') }}", '||None', { d: {} }),

  // ---- Python methods ------------------------------------------------------------------------
  one('str methods', "{{ 'a,b'.split(',') }} {{ ' x '.strip() }} {{ 'ab'.upper() }} {{ 'abc'.startswith('a') }} {{ '-'.join(['a', 'b']) }} {{ '{}-{}'.format(1, 2) }}", "['a', 'b'] x AB True a-b 1-2"),
  one('list methods change the list', '{% set l = [3, 1] %}{% set _ = l.append(2) %}{{ l }}{{ l.pop() }}{% set _ = l.sort() %}{{ l }}{{ l.append(9) }}', '[3, 1, 2]2[1, 3]None'),
  one('dict methods', "{% set d = {'a': 1} %}{{ d.keys() | list }} {{ d.items() | list }} {{ d.get('z', 0) }}{% set _ = d.update({'b': 2}) %} {{ d }}", "['a'] [('a', 1)] 0 {'a': 1, 'b': 2}"),
  one('negative indexes and slices', "{{ [1, 2, 3][-1] }} {{ 'abcd'[1:3] }} {{ [1, 2, 3][::-1] }}", '3 bc [3, 2, 1]'),

  // ---- filters -------------------------------------------------------------------------------
  one('join prints Python values', "{{ [none, true, 1.5] | join(',') }}", 'None,True,1.5'),
  one('round rounds half to even; a float stays a float, an int an int', '{{ 2.5 | round }} {{ 3.5 | round }} {{ 2.675 | round(2) }} {{ 7 | round }} {{ 7 | round(0, "floor") }}', '2.0 4.0 2.67 7 7.0'),
  one('int and float convert like Python', "{{ '3.7' | int }} {{ 'x' | int }} {{ 3 | float }} {{ '0x1A' | int(0, 16) }}", '3 0 3.0 26'),
  one('indent keeps the first line and blank lines as Jinja2 does', "{{ 'a\\n\\nb' | indent(2) }}|{{ 'x\\ny\\n' | indent(2, true) }}", 'a\n\n  b|  x\n  y\n'),
  one('dictsort, sort, unique, map, select', "{{ {'b': 1, 'a': 2} | dictsort }} {{ ['b', 'A', 'a'] | sort }} {{ [1, 1, 2] | unique | list }} {{ [1, 2] | map('string') | list }} {{ [1, 2, 3] | select('odd') | list }}", "[('a', 2), ('b', 1)] ['A', 'a', 'b'] [1, 2] ['1', '2'] [1, 3]"),
  one('tojson sorts keys and escapes HTML characters', "{{ {'b': [1, none], 'a': '<x>'} | tojson }}", '{"a": "\\u003cx\\u003e", "b": [1, null]}'),
  one('title and capitalize', "{{ 'hello world-foo' | title }} {{ 'hELLO' | capitalize }}", 'Hello World-Foo Hello'),

  // ---- macros --------------------------------------------------------------------------------
  one('macro defaults can use earlier arguments; varargs and kwargs', '{% macro f(a, b=a) %}{{ a }}{{ b }}{{ varargs }}{{ kwargs }}{% endmacro %}{{ f(1) }}|{{ f(1, 2, 3, c=4) }}', "11(){}|12(3,){'c': 4}"),
  one('call blocks pass caller() with arguments', '{% macro f(a) %}[{{ a }}:{{ caller(a * 2) }}]{% endmacro %}{% call(v) f(3) %}got {{ v }}{% endcall %}', '[3:got 6]'),
  one('a macro can call itself', '{% macro count(n) %}{{ n }}{% if n > 0 %},{{ count(n - 1) }}{% endif %}{% endmacro %}{{ count(3) }}', '3,2,1,0'),

  // ---- import, include, blocks, inheritance ------------------------------------------------
  {
    name: '{% import "x.j2" as m with context %}: the macros see the render variables',
    templates: {
      'main.j2': '{% import "macros.j2" as m with context %}{{ m.tag_of("nova") }}|{% import "macros.j2" as bare %}{{ bare.tag_of("nova") }}',
      'macros.j2': '{% macro tag_of(name) %}{{ name }}:{{ tag }}{% endmacro %}',
    },
    context: { tag: 'v1' },
    expected: 'nova:v1|nova:',
  },
  {
    name: '{% from … import … with context %}, aliases, and exported variables',
    templates: {
      'main.j2': '{% from "macros.j2" import greet as g, release with context %}{{ g() }} {{ release }}',
      'macros.j2': '{% macro greet() %}hi {{ who }}{% endmacro %}{% set release = "2024.1" %}{% set _hidden = 1 %}',
    },
    context: { who: 'you' },
    expected: 'hi you 2024.1',
  },
  {
    name: 'includes resolve from the images folder and see the variables',
    templates: {
      'nova/nova-api/Dockerfile.j2': '{% set port = 8774 %}{% for i in [1, 2] %}{% include "common/port.j2" %}{% endfor %}',
      'common/port.j2': 'EXPOSE {{ port }} # {{ i }}\n',
    },
    expected: 'EXPOSE 8774 # 1EXPOSE 8774 # 2',
  },
  one('blocks in a template that extends nothing render in place', 'A{% block header %}H{% block inner %}I{% endblock %}{% endblock %}B{% block empty %}{% endblock %}C', 'AHIBC'),
  one('a block sees top-level variables but keeps its own assignments', '{% set x = 5 %}{% block b %}[{{ x }}{% set x = 7 %}{{ x }}]{% endblock %}{{ x }}', '[57]5'),
  {
    name: 'extends: blocks, super(), three levels',
    templates: {
      'c.j2': '{% extends "m.j2" %}{% block a %}c{{ super() }}{% endblock %}',
      'm.j2': '{% extends "b.j2" %}{% block a %}m{{ super() }}{% endblock %}{% block b %}mb{% endblock %}',
      'b.j2': '{% block a %}b{% endblock %}-{% block b %}bb{% endblock %}',
    },
    expected: 'cmb-mb',
  },
  {
    name: 'text before {% extends %} is output; text after it, outside blocks, is not',
    templates: { 'child.j2': 'pre\n{% extends "base.j2" %}\nignored {{ missing.attr }}\n{% block a %}A{% endblock %}', 'base.j2': '<{% block a %}{% endblock %}>' },
    expected: 'pre\n<A>',
  },
  {
    name: 'a Kolla template override: extends parent_template, replaces blocks, sets customizable variables',
    templates: {
      'nova-api/Dockerfile.j2': [
        'FROM {{ namespace }}/{{ image_prefix }}nova-base:{{ tag }}',
        '{% block nova_api_header %}{% endblock %}',
        "{% set nova_api_packages = ['apache2', 'curl'] %}",
        "RUN apt-get install {{ nova_api_packages | customizable('packages') | join(' ') }}",
        '{% block nova_api_footer %}{% endblock %}',
        '',
      ].join('\n'),
      'overrides.j2': [
        '{% extends parent_template %}',
        '{% block nova_api_footer %}RUN echo custom{% endblock %}',
        "{% set nova_api_packages_append = ['vim'] %}",
        "{% set nova_api_packages_remove = ['curl'] %}",
      ].join('\n'),
    },
    override: 'overrides.j2',
    extensions: 'kolla-fixture',
    context: { namespace: 'kolla', image_prefix: 'debian-', tag: '17.0', image_name: 'nova-api' },
    expected: 'FROM kolla/debian-nova-base:17.0\n\n\nRUN apt-get install apache2 vim\nRUN echo custom',
  },
  {
    name: "a filter reads the render context (Kolla's customizable, an override variable)",
    templates: { 't.j2': "{{ ['a', 'b'] | customizable('packages') }}" },
    extensions: 'kolla-fixture',
    context: { image_name: 'nova-api', nova_api_packages_override: ['z'] },
    expected: "['z']",
  },
];
