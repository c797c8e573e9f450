import { describe, expect, it } from 'vitest';
import { loadImagesConfig } from '../../../../src/core/config/load.js';
import { settingsFor } from '../../../../src/core/config/defaults.js';
import type { ImagesConfig } from '../../../../src/core/config/types.js';

const FILE = 'images.yaml';
const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const load = (text: string | undefined) => loadImagesConfig(text, FILE);

const DEFAULTS: ImagesConfig = {
  version: 1,
  registry: '',
  prefix: '',
  imagesDir: 'images',
  template: { variables: {} },
  defaults: { builder: 'auto', platforms: ['linux/amd64'] },
  images: {},
  tags: { temporary: { kind: 'default' }, promote: ['latest', 'sha-{sha7}', 'semver'] },
  deploy: { deployment: { kind: 'none' }, env: {}, timeout: { text: '5m', milliseconds: 300_000 }, checks: [] },
  retention: {
    rules: [
      { tags: 'pr-*', olderThan: { text: '7d', milliseconds: 7 * 86_400_000 } },
      { tags: 'mq-*', olderThan: { text: '2d', milliseconds: 2 * 86_400_000 } },
      { tags: 'nightly-*', keepLast: 14 },
      { tags: 'main-*', olderThan: { text: '180d', milliseconds: 180 * 86_400_000 } },
      { tags: 'bk-*', olderThan: { text: '30d', milliseconds: 30 * 86_400_000 } },
      { tags: '*-*', olderThan: { text: '7d', milliseconds: 7 * 86_400_000 } },
    ],
    protect: ['latest', 'v*', '[0-9]*', 'keep-*'],
  },
};

describe('defaults', () => {
  it('a missing file gives every default', () => {
    const loaded = load(undefined);
    expect(loaded.config).toEqual(DEFAULTS);
    expect(loaded.file).toBe(FILE);
    expect(loaded.locate(['images', 'foo'])).toEqual({ file: FILE, line: 1, column: 1 });
  });

  it('an empty file, a file of comments, and empty sections give the same defaults', () => {
    expect(load('').config).toEqual(DEFAULTS);
    expect(load(lines('# yaml-language-server: $schema=schema/images.schema.json', '# nothing yet')).config).toEqual(DEFAULTS);
    expect(load(lines('version: 1', 'template:', 'defaults:', 'images:', 'tags:', 'deploy:', 'retention:')).config).toEqual(DEFAULTS);
  });

  it('two loads never share objects a consumer could change', () => {
    const a = load(undefined).config;
    const b = load(undefined).config;
    expect(a.template.variables).not.toBe(b.template.variables);
    expect(a.images).not.toBe(b.images);
  });

  it('settingsFor gives the defaults for an image the file does not mention', () => {
    const { config } = load(lines('defaults:', '  platforms: [linux/arm64]'));
    expect(settingsFor(config, 'anything')).toEqual({ sources: [], watch: [], dependsOn: [], buildArgs: {}, platforms: ['linux/arm64'] });
    // An image named like an Object.prototype member is still just a name.
    expect(settingsFor(config, 'constructor').dependsOn).toEqual([]);
  });

  it('an image given with no settings takes the defaults', () => {
    const { config } = load(lines('images:', '  dynflow:', '  foreman: {}'));
    expect(config.images.dynflow).toEqual(settingsFor(load(undefined).config, 'dynflow'));
    expect(config.images.foreman).toEqual(config.images.dynflow);
  });
});

describe('a full file', () => {
  const text = lines(
    'version: 1',
    'registry: ghcr.io/acme',
    'prefix: "kolla-"',
    'images-dir: ./docker/images/',
    'template:',
    '  variables: { maintainer: "Acme <ops@acme.test>", base_distro: debian, packages: [curl, jq] }',
    '  extensions: docker/filters.mjs',
    'defaults:',
    '  builder: buildah',
    '  platforms: [linux/amd64, linux/arm64/v8]',
    'images:',
    '  foreman:',
    '    sources:',
    '      - { name: foreman, url: https://github.com/theforeman/foreman.git, ref: develop }',
    '      - url: https://github.com/theforeman/smart-proxy.git',
    '    watch: [common/ruby/**]',
    '    depends-on: [base]',
    '    build-args: { RUBY_VERSION: 3.10, DEBUG: True, NAME: foreman, COUNT: 0x1F }',
    '    context: ./docker/images/foreman/../foreman',
    '    target: runtime',
    '    structure-tests: docker/tests/foreman.yaml',
    '  base:',
    '    platforms: [linux/amd64]',
    '    structure-tests: [a.yaml, b.yaml]',
    '  proxy:',
    '    structure-tests:',
    '      schemaVersion: 2.0.0',
    '      commandTests: [{ name: ruby, command: ruby, args: [--version] }]',
    'tags:',
    '  temporary: "ci-{sha7}"',
    '  promote: [latest, "{branch}"]',
    'deploy:',
    '  compose: deploy/compose.yaml',
    '  env: { PORT: 8080, DEBUG: false }',
    '  timeout: 90',
    '  checks:',
    '    - { type: http, url: "http://localhost:8080/health", status: [200, 204], body-matches: "ok|ready", headers: { Accept: text/plain } }',
    '    - { type: tcp, port: 5432, retries: 3, interval: 1s, timeout: 500ms }',
    '    - { type: tls, host: example.test, port: 443, ca: deploy/ca.pem }',
    '    - { type: exec, service: db, command: [pg_isready], output-contains: accepting }',
    '    - { type: run, script: ./deploy/smoke.sh, name: smoke }',
    '    - { type: run, command: [curl, -f, http://localhost:8080/] }',
    '    - { type: logs, service: app, pattern: "ERROR|FATAL", absent: true }',
    'retention:',
    '  rules:',
    '    - { tags: "pr-*", older-than: 12h }',
    '    - { tags: "nightly-*", older-than: 6w, keep-last: 3 }',
    '  protect: [latest]',
  );
  const { config } = load(text);

  it('reads the global keys, normalising paths', () => {
    expect(config.registry).toBe('ghcr.io/acme');
    expect(config.prefix).toBe('kolla-');
    expect(config.imagesDir).toBe('docker/images');
    expect(config.template).toEqual({
      variables: { maintainer: 'Acme <ops@acme.test>', base_distro: 'debian', packages: ['curl', 'jq'] },
      extensions: 'docker/filters.mjs',
    });
    expect(config.defaults).toEqual({ builder: 'buildah', platforms: ['linux/amd64', 'linux/arm64/v8'] });
  });

  it('reads image settings, keeping build args as written', () => {
    expect(config.images.foreman).toEqual({
      sources: [
        { name: 'foreman', url: 'https://github.com/theforeman/foreman.git', ref: 'develop' },
        { name: 'smart-proxy', url: 'https://github.com/theforeman/smart-proxy.git', ref: 'HEAD' },
      ],
      watch: ['common/ruby/**'],
      dependsOn: ['base'],
      buildArgs: { RUBY_VERSION: '3.10', DEBUG: 'True', NAME: 'foreman', COUNT: '0x1F' },
      context: 'docker/images/foreman',
      target: 'runtime',
      platforms: ['linux/amd64', 'linux/arm64/v8'],
      structureTests: { kind: 'files', files: ['docker/tests/foreman.yaml'] },
    });
    expect(config.images.base?.platforms).toEqual(['linux/amd64']);
    expect(config.images.base?.structureTests).toEqual({ kind: 'files', files: ['a.yaml', 'b.yaml'] });
    expect(config.images.proxy?.structureTests).toEqual({
      kind: 'inline',
      spec: { schemaVersion: '2.0.0', commandTests: [{ name: 'ruby', command: 'ruby', args: ['--version'] }] },
    });
  });

  it('reads tags', () => {
    expect(config.tags).toEqual({ temporary: { kind: 'pattern', pattern: 'ci-{sha7}' }, promote: ['latest', '{branch}'] });
  });

  it('reads the deployment and fills in each check', () => {
    expect(config.deploy.deployment).toEqual({ kind: 'compose', files: ['deploy/compose.yaml'] });
    expect(config.deploy.env).toEqual({ PORT: '8080', DEBUG: 'false' });
    expect(config.deploy.timeout).toEqual({ text: '90s', milliseconds: 90_000 });
    const common = { timeout: { text: '10s', milliseconds: 10_000 }, retries: 20, interval: { text: '3s', milliseconds: 3000 } };
    expect(config.deploy.checks).toEqual([
      {
        type: 'http',
        name: 'http http://localhost:8080/health',
        ...common,
        url: 'http://localhost:8080/health',
        method: 'GET',
        headers: { Accept: 'text/plain' },
        status: [200, 204],
        bodyMatches: 'ok|ready',
        insecure: false,
      },
      {
        type: 'tcp',
        name: 'tcp localhost:5432',
        timeout: { text: '500ms', milliseconds: 500 },
        retries: 3,
        interval: { text: '1s', milliseconds: 1000 },
        host: 'localhost',
        port: 5432,
      },
      { type: 'tls', name: 'tls example.test:443', ...common, host: 'example.test', port: 443, serverName: 'example.test', insecure: false, ca: 'deploy/ca.pem' },
      { type: 'exec', name: 'exec db: pg_isready', ...common, service: 'db', command: ['pg_isready'], exitCode: 0, outputContains: 'accepting' },
      { type: 'run', name: 'smoke', ...common, program: { kind: 'script', path: 'deploy/smoke.sh' }, exitCode: 0 },
      { type: 'run', name: 'run curl -f http://localhost:8080/', ...common, program: { kind: 'command', argv: ['curl', '-f', 'http://localhost:8080/'] }, exitCode: 0 },
      { type: 'logs', name: 'logs app: no /ERROR|FATAL/', ...common, service: 'app', pattern: 'ERROR|FATAL', absent: true },
    ]);
  });

  it('reads retention; a rule may set both limits', () => {
    expect(config.retention).toEqual({
      rules: [
        { tags: 'pr-*', olderThan: { text: '12h', milliseconds: 12 * 3_600_000 } },
        { tags: 'nightly-*', olderThan: { text: '6w', milliseconds: 42 * 86_400_000 }, keepLast: 3 },
      ],
      protect: ['latest'],
    });
  });

  it('a command deployment keeps its argv, rewrite globs and teardown', () => {
    const deploy = load(
      lines('deploy:', '  command: [helm, upgrade, --install, app, ./chart]', '  rewrite: ["chart/values*.yaml"]', '  teardown: [helm, uninstall, app]'),
    ).config.deploy;
    expect(deploy.deployment).toEqual({
      kind: 'command',
      command: ['helm', 'upgrade', '--install', 'app', './chart'],
      rewrite: ['chart/values*.yaml'],
      teardown: ['helm', 'uninstall', 'app'],
    });
    expect(load(lines('deploy:', '  compose: [a.yaml, ./b.yaml]')).config.deploy.deployment).toEqual({ kind: 'compose', files: ['a.yaml', 'b.yaml'] });
  });

  it('images-dir "." is the repository root', () => {
    expect(load('images-dir: .\n').config.imagesDir).toBe('.');
  });

  it('settings shared through anchors and merge keys are read, numbers as written', () => {
    const { config: merged } = load(
      lines('images:', '  a:', '    build-args: &common', '      PY: 3.10', '  b:', '    build-args:', '      <<: *common', '      EXTRA: 1.50'),
    );
    expect(merged.images.b?.buildArgs).toEqual({ PY: '3.10', EXTRA: '1.50' });
  });

  it('keys named like Object.prototype members are plain keys', () => {
    const { config: odd } = load(lines('images:', '  constructor:', '    build-args: { __proto__: x, toString: y }'));
    expect(Object.keys(odd.images)).toEqual(['constructor']);
    const settings = settingsFor(odd, 'constructor');
    expect(Object.keys(settings.buildArgs)).toEqual(['__proto__', 'toString']);
    expect(Object.getOwnPropertyDescriptor(settings.buildArgs, '__proto__')?.value).toBe('x');
  });
});

describe('locate', () => {
  const { locate, locateKey } = load(
    lines(
      'images:', //                           1
      '  foo:', //                            2
      '    depends-on: [bar, baz]', //       3
      '    build-args:', //                   4
      '  web: &web', //                       5
      '    target: prod', //                  6
      '  web2:', //                           7
      '    <<: *web', //                      8
    ),
  );

  it('finds a value, a list item, and a key (1-based)', () => {
    expect(locate(['images', 'foo', 'depends-on'])).toEqual({ file: FILE, line: 3, column: 17 });
    expect(locate(['images', 'foo', 'depends-on', 1])).toEqual({ file: FILE, line: 3, column: 23 });
    expect(locateKey(['images', 'foo', 'depends-on'])).toEqual({ file: FILE, line: 3, column: 5 });
  });

  it('an empty value is located at its key', () => {
    expect(locate(['images', 'foo', 'build-args'])).toEqual({ file: FILE, line: 4, column: 5 });
  });

  it('a missing path is located at the nearest node that exists', () => {
    expect(locate(['images', 'foo', 'watch', 3])).toEqual({ file: FILE, line: 3, column: 5 });
    expect(locateKey(['images', 'nope'])).toEqual({ file: FILE, line: 2, column: 3 });
  });

  it('follows merge keys to where the value is written', () => {
    expect(locate(['images', 'web2', 'target'])).toEqual({ file: FILE, line: 6, column: 13 });
  });
});
