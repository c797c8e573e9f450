import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadImagesConfig } from '../../../../src/core/config/load.js';
import { IMAGES_SCHEMA, validateAgainstSchema } from '../../../../src/core/config/schema.js';

type Schema = Record<string, any>;
const schema = IMAGES_SCHEMA as Schema;
const definitions = schema.definitions as Record<string, Schema>;

/** Every (sub)schema with the JSON pointer that leads to it. */
function* subschemas(node: unknown, pointer = '#'): Generator<[string, Schema]> {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const s = node as Schema;
  yield [pointer, s];
  for (const key of ['properties', 'definitions']) {
    for (const [name, child] of Object.entries((s[key] ?? {}) as Record<string, unknown>)) yield* subschemas(child, `${pointer}/${key}/${name}`);
  }
  for (const key of ['items', 'additionalProperties', 'propertyNames', 'if', 'then']) yield* subschemas(s[key], `${pointer}/${key}`);
  for (const [i, child] of ((s.allOf ?? []) as unknown[]).entries()) yield* subschemas(child, `${pointer}/allOf/${i}`);
}

/** Objects whose keys are the user's own: variables, inline tests, headers, maps by name. */
const FREE_FORM = new Set([
  '#/properties/template/properties/variables',
  '#/properties/images',
  '#/definitions/stringMap',
  '#/definitions/image/properties/structure-tests',
  '#/definitions/httpCheck/properties/headers',
]);

describe('schema/images.schema.json', () => {
  it('describes every property', () => {
    const undocumented: string[] = [];
    for (const [pointer, s] of subschemas(schema)) {
      if (pointer.includes('/if')) continue; // conditions, not properties a user writes
      for (const [name, property] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
        if (typeof property.description !== 'string' || property.description.length < 3) undocumented.push(`${pointer}/properties/${name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('closes every object to unknown keys, except the free-form ones', () => {
    const open: string[] = [];
    let closed = 0;
    for (const [pointer, s] of subschemas(schema)) {
      const types = ([] as unknown[]).concat(s.type ?? []);
      if (!types.includes('object') || pointer.endsWith('/if')) continue;
      if (FREE_FORM.has(pointer)) continue;
      // The check dispatcher is open itself: each kind's branch (then) closes it with its own keys.
      if (pointer === '#/definitions/check') {
        expect((s.allOf as Schema[]).every((b) => definitions[String(b.then.$ref).split('/').pop()!]?.additionalProperties === false)).toBe(true);
        continue;
      }
      if (s.additionalProperties !== false) open.push(pointer);
      else closed++;
    }
    expect(open).toEqual([]);
    expect(closed).toBeGreaterThanOrEqual(15); // the walk reached the sections, images, sources, rules and checks
  });

  it('has a branch for every kind of check the dispatcher names', () => {
    const kinds = definitions.check?.properties.type.enum as string[];
    const branches = (definitions.check?.allOf as Schema[]).map((b) => b.if.properties.type.const as string);
    expect(branches).toEqual(kinds);
    for (const kind of kinds) expect(definitions[`${kind}Check`]?.properties.type.const).toBe(kind);
  });

  it('its default annotations are the defaults the loader applies', () => {
    const p = schema.properties as Record<string, Schema>;
    const written = {
      version: p.version?.default,
      registry: p.registry?.default,
      prefix: p.prefix?.default,
      'images-dir': p['images-dir']?.default,
      template: { variables: p.template?.properties.variables.default },
      defaults: { builder: p.defaults?.properties.builder.default, platforms: p.defaults?.properties.platforms.default },
      images: p.images?.default,
      tags: { temporary: p.tags?.properties.temporary.default, promote: p.tags?.properties.promote.default },
      deploy: { env: p.deploy?.properties.env.default, timeout: p.deploy?.properties.timeout.default, checks: p.deploy?.properties.checks.default },
      retention: { rules: p.retention?.properties.rules.default, protect: p.retention?.properties.protect.default },
    };
    // JSON is YAML: the defaults written out in full must load to what an empty file loads to.
    expect(loadImagesConfig(JSON.stringify(written), 'images.yaml').config).toEqual(loadImagesConfig(undefined, 'images.yaml').config);
  });

  it('the default annotations of checks and sources are the ones the loader applies', () => {
    const d = (name: string): unknown => definitions[name]?.default;
    const http = definitions.httpCheck?.properties as Record<string, Schema>;
    const tcp = definitions.tcpCheck?.properties as Record<string, Schema>;
    const common = { timeout: d('checkTimeout'), retries: d('checkRetries'), interval: d('checkInterval') };
    const explicit = {
      deploy: {
        checks: [
          { type: 'http', url: 'http://x/', ...common, method: http.method?.default, status: http.status?.default, headers: http.headers?.default, insecure: http.insecure?.default },
          { type: 'tcp', port: 1, ...common, host: tcp.host?.default },
        ],
      },
      images: { a: { sources: [{ url: 'https://x/a.git', ref: definitions.source?.properties.ref.default }] } },
    };
    const implicit = { deploy: { checks: [{ type: 'http', url: 'http://x/' }, { type: 'tcp', port: 1 }] }, images: { a: { sources: [{ url: 'https://x/a.git' }] } } };
    expect(loadImagesConfig(JSON.stringify(explicit), 'images.yaml').config).toEqual(loadImagesConfig(JSON.stringify(implicit), 'images.yaml').config);
  });

  it('accepts the example repository\'s images.yaml, which points editors at it', () => {
    const text = readFileSync(new URL('../../../../examples/images.yaml', import.meta.url), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\.\.\/schema\/images\.schema\.json/);
    expect(() => loadImagesConfig(text, 'examples/images.yaml')).not.toThrow();
  });

  it('accepts the configuration example of the specification', () => {
    const data = {
      version: 1,
      registry: 'ghcr.io/acme',
      prefix: '',
      'images-dir': 'images',
      template: { variables: { maintainer: '...', base_distro: 'debian' }, extensions: 'images/filters.mjs' },
      defaults: { builder: 'auto', platforms: ['linux/amd64'] },
      images: {
        foreman: {
          sources: [{ name: 'foreman', url: 'https://github.com/theforeman/foreman.git', ref: 'develop' }],
          watch: ['common/ruby/**'],
          'depends-on': [],
          'build-args': { RUBY_VERSION: '3.3' },
          context: 'images/foreman',
          'structure-tests': { schemaVersion: '2.0.0' },
        },
        dynflow: {},
      },
      tags: { temporary: 'default', promote: ['latest', 'sha-{sha7}', 'semver'] },
    };
    expect(validateAgainstSchema(data)).toEqual([]);
  });
});
