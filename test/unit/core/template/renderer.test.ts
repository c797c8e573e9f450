/**
 * The renderer's API: the render variables the caller passes (SPEC's built-in globals),
 * paths relative to the images folder, template overrides, extensions, and isolation
 * between renders.
 */
import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../../../src/core/diagnostics.js';
import {
  createTemplateRenderer,
  type TemplateContext,
  type TemplateExtensions,
  type TemplateSource,
} from '../../../../src/core/template/index.js';

/** An in-memory images folder that records what the renderer reads. */
function folder(files: Record<string, string>): TemplateSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    read(path) {
      reads.push(path);
      return files[path];
    },
  };
}

const BUILT_INS = {
  registry: 'ghcr.io/acme',
  prefix: 'debian-',
  tag: 'pr-12-abc1234',
  image_name: 'nova-api',
  image: (name: string) => `ghcr.io/acme/debian-${name}:pr-12-abc1234`,
  sources: { nova: { revision: '0123456789abcdef' } },
};

describe('render variables', () => {
  it('gives templates the built-in globals the caller passes, and template.variables', () => {
    const source = folder({
      'nova/nova-api/Dockerfile.j2': [
        "FROM {{ image('nova-base') }}",
        'LABEL name="{{ image_name }}" revision="{{ sources.nova.revision }}" short="{{ sources[\'nova\'][\'revision\'][:7] }}"',
        '# pushed to {{ registry }}/{{ prefix }}{{ image_name }}:{{ tag }}',
        'ENV DISTRO={{ base_distro }}',
        '',
      ].join('\n'),
    });
    const output = createTemplateRenderer({ source }).render('nova/nova-api/Dockerfile.j2', { ...BUILT_INS, base_distro: 'debian' });
    expect(output).toBe(
      [
        'FROM ghcr.io/acme/debian-nova-base:pr-12-abc1234',
        'LABEL name="nova-api" revision="0123456789abcdef" short="0123456"',
        '# pushed to ghcr.io/acme/debian-nova-api:pr-12-abc1234',
        'ENV DISTRO=debian',
      ].join('\n'),
    );
  });

  it('passes keyword arguments to a context function as one trailing object', () => {
    const calls: unknown[][] = [];
    const image = (...args: unknown[]) => {
      calls.push(args);
      return 'ref';
    };
    createTemplateRenderer({ source: folder({ 't.j2': "{{ image('base') }}{{ image('base', digest=true) }}" }) }).render('t.j2', { image });
    expect(calls).toEqual([['base'], ['base', { digest: true }]]);
  });

  it('renders an undefined variable as the empty string, as Jinja2 does', () => {
    expect(createTemplateRenderer({ source: folder({ 't.j2': 'FROM {{ nope }}base' }) }).render('t.j2', {})).toBe('FROM base');
  });

  it('isolates renders: a template changing a list of the context changes neither the caller nor the next render', () => {
    const context = { packages: ['curl'] };
    const renderer = createTemplateRenderer({ source: folder({ 't.j2': "{% set _ = packages.append('vim') %}{{ packages | join(',') }}" }) });
    expect(renderer.render('t.j2', context)).toBe('curl,vim');
    expect(renderer.render('t.j2', context)).toBe('curl,vim');
    expect(context.packages).toEqual(['curl']);
  });
});

describe('template paths', () => {
  it('resolves includes, imports and extends from the images folder, not from the including file', () => {
    const source = folder({
      'nova/nova-api/Dockerfile.j2': '{% extends "nova/base.j2" %}{% block body %}{% include "common/labels.j2" %}{{ m.x() }}{% endblock %}',
      'nova/base.j2': '{% import "./macros.j2" as m %}[{% block body %}{% endblock %}]',
      'common/labels.j2': 'L',
      'macros.j2': '{% macro x() %}X{% endmacro %}',
    });
    expect(createTemplateRenderer({ source }).render('nova/nova-api/Dockerfile.j2', {})).toBe('[LX]');
    expect(source.reads.sort()).toEqual(['common/labels.j2', 'macros.j2', 'nova/base.j2', 'nova/nova-api/Dockerfile.j2']);
  });

  it('refuses a path that leaves the images folder', () => {
    const source = folder({ 't.j2': '{% include "../secrets.j2" %}' });
    expect(() => createTemplateRenderer({ source }).render('t.j2', {})).toThrow(/template not found: '..\/secrets.j2'/);
    expect(source.reads).toEqual(['t.j2']);
  });

  it('reads and compiles each template once per renderer', () => {
    const source = folder({ 'a.j2': '{% include "b.j2" %}{% include "b.j2" %}', 'b.j2': 'b' });
    const renderer = createTemplateRenderer({ source });
    expect(renderer.render('a.j2', {})).toBe('bb');
    expect(renderer.render('a.j2', {})).toBe('bb');
    expect(source.reads).toEqual(['a.j2', 'b.j2']);
  });
});

describe('template overrides (Kolla --template-override)', () => {
  const image = [
    'FROM base',
    '{% block nova_api_header %}{% endblock %}',
    "{% set nova_api_packages = ['apache2'] %}",
    'RUN install {{ nova_api_packages | join(" ") }}{{ " " ~ extra | join(" ") if extra is defined }}',
    '{% block nova_api_footer %}{% endblock %}',
  ].join('\n');

  it('extends parent_template, the image template, and replaces its blocks', () => {
    const source = folder({
      'nova-api/Dockerfile.j2': image,
      'overrides.j2': '{% extends parent_template %}\n{% block nova_api_footer %}USER nova{% endblock %}\n{% block unrelated %}x{% endblock %}',
    });
    const output = createTemplateRenderer({ source }).render('nova-api/Dockerfile.j2', {}, { overridePath: 'overrides.j2' });
    expect(output).toBe('FROM base\n\n\nRUN install apache2\nUSER nova');
  });

  it('accepts the image template named by its path, and sets variables the image reads', () => {
    const source = folder({
      'nova-api/Dockerfile.j2': image,
      'overrides.j2': "{% extends 'nova-api/Dockerfile.j2' %}{% block nova_api_header %}ARG proxy{% endblock %}{% set extra = ['vim'] %}",
    });
    const output = createTemplateRenderer({ source }).render('nova-api/Dockerfile.j2', {}, { overridePath: 'overrides.j2' });
    expect(output).toBe('FROM base\nARG proxy\n\nRUN install apache2 vim\n');
  });

  it('reports an override that does not exist', () => {
    const renderer = createTemplateRenderer({ source: folder({ 'nova-api/Dockerfile.j2': image }) });
    expect(() => renderer.render('nova-api/Dockerfile.j2', {}, { overridePath: 'nope.j2' })).toThrow(/template not found: 'nope.j2'/);
  });
});

describe('extensions', () => {
  it('calls filters with the context as `this`, the value, the arguments and the keyword arguments', () => {
    const seen: unknown[] = [];
    const extensions: TemplateExtensions = {
      filters: {
        tagged(this: TemplateContext, value: unknown, ...args: unknown[]) {
          seen.push(value, args);
          return `${String(value)}:${String(this.get('tag'))}`;
        },
      },
    };
    const renderer = createTemplateRenderer({ source: folder({ 't.j2': "{{ 'nova' | tagged(1, sep='/') }}" }), extensions });
    expect(renderer.render('t.j2', { tag: 'v2' })).toBe('nova:v2');
    expect(seen).toEqual(['nova', [1, { sep: '/' }]]);
  });

  it('gives a passContext function the context first, as Jinja2 @pass_context does', () => {
    function suffixed(context: TemplateContext, value: string, kind: string): string {
      return context.has(`${kind}_suffix`) ? value + String(context.get(`${kind}_suffix`)) : value;
    }
    suffixed.passContext = true;
    const renderer = createTemplateRenderer({
      source: folder({ 't.j2': "{% set pkg_suffix = '-dev' %}{{ 'libssl' | suffixed('pkg') }} {{ 'x' | suffixed('other') }}" }),
      extensions: { filters: { suffixed } },
    });
    expect(renderer.render('t.j2', {})).toBe('libssl-dev x');
  });

  it('lets the context see render variables, top-level sets and globals', () => {
    let variables: Readonly<Record<string, unknown>> = {};
    function snapshot(context: TemplateContext): string {
      variables = context.variables();
      return '';
    }
    snapshot.passContext = true;
    const renderer = createTemplateRenderer({
      source: folder({ 't.j2': '{% set local = 1 %}{{ snapshot() }}' }),
      extensions: { globals: { snapshot, release: '2024.1' } },
    });
    renderer.render('t.j2', { tag: 'v1' });
    expect(variables).toMatchObject({ tag: 'v1', local: 1, release: '2024.1' });
  });

  it('provides globals (values and functions) and tests', () => {
    const extensions: TemplateExtensions = {
      globals: { release: '2024.1', install: (packages: string[]) => `apt-get install ${packages.join(' ')}` },
      tests: { pinned: (value: unknown) => typeof value === 'string' && value.includes('=') },
    };
    const source = folder({ 't.j2': "{{ release }} {{ install(['a', 'b']) }} {{ 'a=1' is pinned }} {{ ['a=1', 'b'] | reject('pinned') | list }}" });
    expect(createTemplateRenderer({ source, extensions }).render('t.j2', {})).toBe("2024.1 apt-get install a b True ['b']");
  });

  it('overrides a built-in filter of the same name', () => {
    const renderer = createTemplateRenderer({ source: folder({ 't.j2': "{{ 'a' | upper }}" }), extensions: { filters: { upper: () => 'custom' } } });
    expect(renderer.render('t.j2', {})).toBe('custom');
  });

  it('reports an extension that throws at the filter call, as an extension problem', () => {
    const renderer = createTemplateRenderer({
      source: folder({ 't.j2': 'line\n{{ packages | broken }}' }),
      extensions: { filters: { broken: () => { throw new Error('kaput'); } } },
    });
    let error: unknown;
    try {
      renderer.render('t.j2', { packages: [] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserInputError);
    const [diagnostic] = (error as UserInputError).diagnostics;
    expect(diagnostic?.message).toBe("the extension filter 'broken' raised an error: kaput");
    expect(diagnostic?.location).toEqual({ file: 't.j2', line: 2, column: 15 });
    expect(diagnostic?.hint).toMatch(/template.extensions/);
  });
});
