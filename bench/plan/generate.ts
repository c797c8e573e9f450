/**
 * Generates a synthetic image tree: `count` images over 5 levels, every image a Jinja2
 * template that imports shared macros and names its parent in FROM, Kolla style.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LEVELS = 5;

export function generateTree(root: string, count: number): void {
  const perLevel = Math.ceil(count / LEVELS);
  const names: string[][] = [];
  let made = 0;
  for (let level = 0; level < LEVELS && made < count; level++) {
    names.push([]);
    for (let i = 0; i < perLevel && made < count; i++, made++) names[level]!.push(`l${level}-img${i}`);
  }
  mkdirSync(join(root, 'images'), { recursive: true });
  writeFileSync(
    join(root, 'images', 'macros.j2'),
    [
      '{% macro install(packages) -%}',
      'RUN true{% for p in packages %} && echo {{ p }} >> /packages{% endfor %}',
      '{%- endmacro %}',
      '{% macro header(name) -%}',
      'LABEL maintainer="{{ maintainer }}" image="{{ name }}"',
      '{%- endmacro %}',
      '',
    ].join('\n'),
  );
  writeFileSync(join(root, 'images', 'common.j2'), '{% set common_packages = ["ca-certificates", "tzdata"] %}\n');
  names.forEach((levelNames, level) => {
    levelNames.forEach((name, i) => {
      const dir = join(root, 'images', `group${level}`, name);
      mkdirSync(dir, { recursive: true });
      const parentLevel = names[level - 1];
      const from = parentLevel ? `{{ namespace }}/{{ prefix }}${parentLevel[i % parentLevel.length]}:{{ tag }}` : 'scratch';
      writeFileSync(
        join(dir, 'Dockerfile.j2'),
        [
          '{% import "macros.j2" as macros with context %}',
          '{% include "common.j2" %}',
          `FROM ${from}`,
          '{{ macros.header(image_name) }}',
          `{% block ${name.replace(/-/g, '_')}_header %}{% endblock %}`,
          `{{ macros.install(["pkg-${i}", "lib-${level}"]) }}`,
          'COPY start.sh /start.sh',
          '',
        ].join('\n'),
      );
      writeFileSync(join(dir, 'start.sh'), `#!/bin/sh\necho ${name}\n`);
    });
  });
  writeFileSync(
    join(root, 'images.yaml'),
    ['version: 1', 'registry: registry.example/bench', 'template:', '  variables:', '    namespace: registry.example/bench', '    maintainer: bench', ''].join('\n'),
  );
  const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' };
  execFileSync('git', ['init', '-q', '-b', 'main', root], { env });
  execFileSync('git', ['-C', root, 'add', '-A'], { env });
  execFileSync('git', ['-C', root, 'commit', '-q', '-m', 'tree'], { env });
}
