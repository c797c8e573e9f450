import { describe, expect, it } from 'vitest';
import { loadImagesConfig } from '../../../../src/core/config/load.js';
import { UserInputError, type Diagnostic } from '../../../../src/core/diagnostics.js';

const FILE = 'ci/images.yaml';
const lines = (...l: string[]): string => `${l.join('\n')}\n`;

function problems(text: string): readonly Diagnostic[] {
  try {
    loadImagesConfig(text, FILE);
  } catch (error) {
    if (error instanceof UserInputError) return error.diagnostics;
    throw error;
  }
  throw new Error('expected images.yaml to be rejected');
}

/** The one problem of `text`, as [line, column, message, hint]. */
function only(text: string): [number, number, string, string | undefined] {
  const found = problems(text);
  expect(found, found.map((d) => d.message).join('\n')).toHaveLength(1);
  const [d] = found as [Diagnostic];
  expect(d.location?.file).toBe(FILE);
  return [d.location?.line ?? 0, d.location?.column ?? 0, d.message, d.hint];
}

describe('YAML syntax', () => {
  it('an unclosed bracket is reported where the parser found it unclosed', () => {
    const found = problems(lines('registry: ghcr.io/acme', 'images:', '  foo: {depends-on: [a, b}', 'tags: {}'));
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) {
      expect(d.message).toMatch(/^invalid YAML: Flow (sequence|map) .* end with a [\]}]$/);
      expect(d.hint).toMatch(/YAML syntax/);
    }
    expect(found.map((d) => [d.location?.file, d.location?.line, d.location?.column])).toContainEqual([FILE, 3, 26]);
  });

  it('a repeated key', () => {
    expect(only(lines('registry: a', 'prefix: b', 'registry: c'))).toEqual([3, 1, 'invalid YAML: Map keys must be unique', expect.any(String)]);
  });

  it('two documents in one file', () => {
    const [line, column, message] = only(lines('registry: a', '---', 'registry: b'));
    expect([line, column]).toEqual([2, 1]);
    expect(message).toMatch(/multiple documents/);
  });

  it('an alias bomb stops instead of exhausting memory', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    const [line, column, message] = only(lines(...bomb));
    expect([line, column]).toEqual([1, 1]);
    expect(message).toMatch(/cannot read the YAML/);
  });
});

describe('unknown keys', () => {
  it('at the top level, with a "did you mean", at the key', () => {
    expect(only(lines('version: 1', 'imagesdir: docker'))).toEqual([2, 1, 'unknown key "imagesdir" at the top level', 'Did you mean "images-dir"?']);
  });

  it('in an image, when the case or separators differ', () => {
    expect(only(lines('images:', '  foo:', '    dependsOn: [bar]'))).toEqual([3, 5, 'unknown key "dependsOn" in images.foo', 'Did you mean "depends-on"?']);
    expect(only(lines('images:', '  foo:', '    build_args: {A: b}'))).toEqual([3, 5, 'unknown key "build_args" in images.foo', 'Did you mean "build-args"?']);
  });

  it('nothing close: the keys allowed there are listed', () => {
    const [line, column, message, hint] = only(lines('defaults:', '  concurrency: 4'));
    expect([line, column, message]).toEqual([2, 3, 'unknown key "concurrency" in defaults']);
    expect(hint).toBe('Keys allowed here: builder, platforms.');
  });

  it('in a check, against the keys of that kind of check', () => {
    expect(only(lines('deploy:', '  checks:', '    - type: http', '      url: http://localhost/', '      body-contain: ok'))).toEqual([
      5,
      7,
      'unknown key "body-contain" in deploy.checks[0] (an http check)',
      'Did you mean "body-contains"?',
    ]);
  });

  it('a key that belongs to another kind of check', () => {
    const [line, column, message] = only(lines('deploy:', '  checks:', '    - { type: tcp, port: 80, url: "http://x/" }'));
    expect([line, column, message]).toEqual([3, 30, 'unknown key "url" in deploy.checks[0] (a tcp check)']);
  });
});

describe('wrong types say what was expected and what was found, at the value', () => {
  it('a text where a list belongs', () => {
    expect(only(lines('images:', '  foo:', '    depends-on: bar'))).toEqual([
      3,
      17,
      'images.foo.depends-on: expected a list, found text ("bar")',
      'Write a list: [a, b], or one "- item" per line below it.',
    ]);
  });

  it('a list where a mapping belongs', () => {
    const [line, column, message] = only(lines('images:', '  - foo', '  - bar'));
    expect([line, column, message]).toEqual([2, 3, 'images: expected a mapping, found a list']);
  });

  it('a quoted number where a whole number belongs', () => {
    expect(only(lines('deploy:', '  checks:', '    - type: tcp', '      port: "5432"'))).toEqual([
      4,
      13,
      'deploy.checks[0].port: expected a whole number, found text ("5432")',
      'Write a whole number, without quotes.',
    ]);
  });

  it('a build arg that is a list', () => {
    const [line, column, message] = only(lines('images:', '  foo:', '    build-args:', '      PACKAGES: [a, b]'));
    expect([line, column, message]).toEqual([4, 17, 'images.foo.build-args.PACKAGES: expected text, a number or a boolean, found a list']);
  });

  it('a command written as one string: argv, never a shell', () => {
    const [line, column, message, hint] = only(lines('deploy:', '  command: helm upgrade --install app ./chart'));
    expect([line, column, message]).toEqual([2, 12, 'deploy.command: expected a list, found text ("helm upgrade --install app ./chart")']);
    expect(hint).toMatch(/never runs through a shell/);
  });

  it('an empty value where text belongs is reported at its key', () => {
    expect(only(lines('images:', '  foo:', '    context:'))).toEqual([3, 5, 'images.foo.context: expected text, found an empty value', expect.any(String)]);
  });

  it('the whole file being a list', () => {
    expect(only(lines('- foo', '- bar'))).toEqual([1, 1, '(the top level): expected a mapping, found a list', expect.any(String)]);
  });
});

describe('values the schema refuses', () => {
  it('a version other than 1', () => {
    expect(only('version: 2\n')).toEqual([1, 10, 'version: expected 1, found 2', 'Write version: 1.']);
  });

  it('a builder that does not exist, with a "did you mean"', () => {
    expect(only(lines('defaults:', '  builder: biuldah'))).toEqual([
      2,
      12,
      'defaults.builder: "biuldah" is not one of auto, buildx, docker, buildah',
      'Did you mean "buildah"?',
    ]);
  });

  it('an unknown kind of check', () => {
    expect(only(lines('deploy:', '  checks:', '    - type: htpp', '      url: http://x/'))).toEqual([
      3,
      13,
      'deploy.checks[0].type: "htpp" is not one of http, tcp, tls, exec, run, logs',
      'Did you mean "http"?',
    ]);
  });

  it('a missing required key is reported at the mapping that lacks it', () => {
    expect(only(lines('images:', '  foo:', '    sources:', '      - name: foreman', '        ref: develop'))).toEqual([
      4,
      9,
      'images.foo.sources[0]: missing required key "url"',
      'Add "url: …".',
    ]);
  });

  it('a malformed duration, explained', () => {
    const [line, column, message] = only(lines('deploy:', '  timeout: 5 minutes'));
    expect([line, column, message]).toEqual([2, 12, 'deploy.timeout: "5 minutes" is not a duration such as "30s", "5m", "1h30m" or "500ms"']);
  });

  it('a retention age in a unit it does not take', () => {
    const [line, column, message] = only(lines('retention:', '  rules:', '    - { tags: "pr-*", older-than: 3mo }'));
    expect([line, column, message]).toEqual([3, 35, 'retention.rules[0].older-than: "3mo" is not an age in hours, days or weeks, such as "12h", "7d" or "6w"']);
  });

  it('a registry with capitals', () => {
    const [line, column, message] = only('registry: GHCR.io/Acme\n');
    expect([line, column]).toEqual([1, 11]);
    expect(message).toMatch(/^registry: "GHCR.io\/Acme" is not a registry host/);
  });

  it('an environment variable name a shell could not hold, at the key', () => {
    const [line, column, message] = only(lines('deploy:', '  env:', '    MY-VAR: 1'));
    expect([line, column, message]).toEqual([3, 5, 'deploy.env: the key "MY-VAR" is not a variable name: letters, digits and _, not starting with a digit']);
  });

  it('an image listed twice in depends-on, at the repetition', () => {
    expect(only(lines('images:', '  foo:', '    depends-on: [bar, baz, bar]'))).toEqual([3, 28, 'images.foo.depends-on: "bar" is listed twice', 'Remove the repeated item.']);
  });

  it('a port out of range', () => {
    const [line, column, message] = only(lines('deploy:', '  checks: [{ type: tcp, port: 70000 }]'));
    expect([line, column, message]).toEqual([2, 31, 'deploy.checks[0].port: 70000 is out of range: it must be at most 65535']);
  });

  it('an empty list where one item is needed', () => {
    const [line, column, message] = only(lines('defaults:', '  platforms: []'));
    expect([line, column, message]).toEqual([2, 14, 'defaults.platforms: the list is empty']);
  });
});

describe('what a schema cannot check', () => {
  it('a context outside the repository', () => {
    expect(only(lines('images:', '  foo:', '    context: images/../../shared'))).toEqual([
      3,
      14,
      'images.foo.context: "images/../../shared" is outside the repository',
      expect.stringMatching(/inside it/),
    ]);
  });

  it('an absolute context', () => {
    const [line, column, message] = only(lines('images:', '  foo:', '    context: /srv/build'));
    expect([line, column, message]).toEqual([3, 14, 'images.foo.context: "/srv/build" is an absolute path']);
  });

  it('other paths must stay inside too: images-dir, extensions, compose files, structure tests, CA files', () => {
    const found = problems(
      lines(
        'images-dir: ..',
        'template: { extensions: ../filters.mjs }',
        'images:',
        '  foo: { structure-tests: [ok.yaml, ../tests.yaml] }',
        'deploy:',
        '  compose: [compose.yaml, /etc/compose.yaml]',
        '  checks: [{ type: tls, port: 443, ca: ../../ca.pem }]',
      ),
    );
    expect(found.map((d) => [d.location?.line, d.location?.column, d.message])).toEqual([
      [1, 13, 'images-dir: ".." is outside the repository'],
      [2, 25, 'template.extensions: "../filters.mjs" is outside the repository'],
      [4, 37, 'images.foo.structure-tests[1]: "../tests.yaml" is outside the repository'],
      [6, 27, 'deploy.compose[1]: "/etc/compose.yaml" is an absolute path'],
      [7, 40, 'deploy.checks[0].ca: "../../ca.pem" is outside the repository'],
    ]);
  });

  it('a regular expression that does not compile', () => {
    const [line, column, message] = only(lines('deploy:', '  compose: c.yaml', '  checks:', '    - { type: logs, service: app, pattern: "error (" }'));
    expect([line, column]).toEqual([4, 44]);
    expect(message).toMatch(/^deploy\.checks\[0\]\.pattern: not a valid regular expression: /);
  });

  it('a retention rule that limits nothing', () => {
    const [line, column, message, hint] = only(lines('retention:', '  rules:', '    - tags: "release-*"'));
    expect([line, column, message]).toEqual([3, 7, 'retention.rules[0]: the rule for "release-*" says neither older-than nor keep-last']);
    expect(hint).toMatch(/retention\.protect/);
  });

  it('compose and command together', () => {
    expect(only(lines('deploy:', '  compose: compose.yaml', '  command: [./deploy.sh]'))).toEqual([
      3,
      3,
      'deploy.command: deploy has both compose and command',
      'Use one: compose files, or a command that deploys.',
    ]);
  });

  it('rewrite or teardown without a command', () => {
    const [line, column, message] = only(lines('deploy:', '  compose: compose.yaml', '  teardown: [./down.sh]'));
    expect([line, column, message]).toEqual([3, 3, 'deploy.teardown: teardown applies only to a deploy.command']);
  });

  it('a run check with neither or both of script and command', () => {
    const found = problems(lines('deploy:', '  checks:', '    - type: run', '    - { type: run, script: t.sh, command: [t] }'));
    expect(found.map((d) => [d.location?.line, d.location?.column, d.message])).toEqual([
      [3, 7, 'deploy.checks[0]: a run check needs script or command'],
      [4, 34, 'deploy.checks[1].command: a run check has both script and command'],
    ]);
  });

  it('an exec or logs check with nothing deployed', () => {
    const [line, column, message] = only(lines('deploy:', '  checks:', '    - { type: exec, service: db, command: [pg_isready] }'));
    expect([line, column, message]).toEqual([3, 30, 'deploy.checks[0].service: an exec check needs a deployment with services']);
  });

  it('two checks with one name', () => {
    const [line, column, message] = only(lines('deploy:', '  checks:', '    - { type: tcp, port: 80 }', '    - { type: tcp, port: 80 }'));
    expect([line, column, message]).toEqual([4, 7, 'deploy.checks[1]: two checks are named "tcp localhost:80" (deploy.checks[0] and this one)']);
  });

  it('two sources of an image with one name', () => {
    const [line, column, message] = only(
      lines('images:', '  foo:', '    sources:', '      - url: https://a.test/x/foreman.git', '      - url: https://b.test/y/foreman'),
    );
    expect([line, column, message]).toEqual([5, 14, 'images.foo.sources[1].url: two sources of "foo" are named "foreman" (sources[0] and sources[1])']);
  });

  it('an http check URL that does not parse', () => {
    const [line, column, message] = only(lines('deploy:', '  checks: [{ type: http, url: "http://exa mple/" }]'));
    expect([line, column, message]).toEqual([2, 31, 'deploy.checks[0].url: "http://exa mple/" is not a valid URL']);
  });
});

describe('every problem at once', () => {
  it('schema problems and the checks beyond the schema are reported together, in file order', () => {
    const found = problems(
      lines(
        'registry: ghcr.io/acme', //                         1
        'imagedir: images', //                               2: unknown key
        'images:', //                                        3
        '  foo:', //                                         4
        '    context: ../outside', //                        5: outside
        '    depends-on: bar', //                            6: wrong type
        '  baz:', //                                         7
        '    platforms: [linux/amd64]', //                   8
        '    context: ./ok', //                              9
        'deploy:', //                                        10
        '  checks:', //                                      11
        '    - { type: tcp, port: "x" }', //                 12: wrong type (drops the list)
        '    - { type: logs, service: a, pattern: "(" }', // 13: not checked: its list was dropped
        'retention:', //                                     14
        '  rules:', //                                       15
        '    - tags: "x-*"', //                              16: no limit
      ),
    );
    expect(found.map((d) => [d.location?.line, d.location?.column, d.message])).toEqual([
      [2, 1, 'unknown key "imagedir" at the top level'],
      [5, 14, 'images.foo.context: "../outside" is outside the repository'],
      [6, 17, 'images.foo.depends-on: expected a list, found text ("bar")'],
      [12, 26, 'deploy.checks[0].port: expected a whole number, found text ("x")'],
      [16, 7, 'retention.rules[0]: the rule for "x-*" says neither older-than nor keep-last'],
    ]);
  });

  it('the message of the error lists every problem as file:line:column', () => {
    try {
      loadImagesConfig(lines('imagedir: x', 'prefx: y'), FILE);
      expect.unreachable();
    } catch (error) {
      const [first, second, ...rest] = (error as Error).message.split('\n');
      expect(first).toMatch(/^ci\/images\.yaml:1:1: unknown key "imagedir" at the top level\b.*Did you mean "images-dir"\?$/);
      expect(second).toMatch(/^ci\/images\.yaml:2:1: unknown key "prefx" at the top level\b.*Did you mean "prefix"\?$/);
      expect(rest).toEqual([]);
    }
  });
});

describe('an image\'s settings written at the top level', () => {
  it('is an unknown key whose hint says where image settings go', () => {
    const [line, column, message, hint] = only(lines('registry: ghcr.io/acme', 'foreman:', '  depends-on: [base]'));
    expect([line, column, message]).toEqual([2, 1, 'unknown key "foreman" at the top level']);
    expect(hint).toMatch(/^Keys allowed here: version, registry, .*\. An image's settings go under images: foreman:\.$/);
  });
});
