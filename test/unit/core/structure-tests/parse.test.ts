import { describe, expect, it } from 'vitest';
import { loadImagesConfig } from '../../../../src/core/config/load.js';
import { UserInputError } from '../../../../src/core/diagnostics.js';
import { parseStructureTestFile, readStructureTests } from '../../../../src/core/structure-tests/parse.js';

const FILE = 'images/web/structure-tests.yaml';

function problems(text: string): string[] {
  try {
    parseStructureTestFile(text, FILE);
  } catch (error) {
    if (error instanceof UserInputError) return error.diagnostics.map((d) => `${d.location?.line}:${d.location?.column} ${d.message}${d.hint ? ` — ${d.hint}` : ''}`);
    throw error;
  }
  return [];
}

describe('container-structure-test files', () => {
  it('reads every section, with container-structure-test\'s defaults', () => {
    const suite = parseStructureTestFile(
      [
        'schemaVersion: "2.0.0"',
        'globalEnvVars: [{ key: VIRTUAL_ENV, value: /env }]',
        'commandTests:',
        '  - name: which python',
        '    command: which',
        '    args: [python, 3]',
        '    setup: [[virtualenv, /env]]',
        'fileExistenceTests:',
        '  - { name: root, path: /, uid: -1, permissions: drwxr-xr-x }',
        'fileContentTests:',
        '  - { name: sources, path: /etc/apt/sources.list, expectedContents: [".*debian.*"] }',
        'metadataTest:',
        '  env: [{ key: LANG, value: C.UTF-8 }]',
        '  labels: [{ key: build-date, value: "^\\\\d{4}", isRegex: true }]',
        '  exposedPorts: [8080, "53/udp"]',
        '  entrypoint: []',
        'licenseTests:',
        '  - debian: true',
        'containerRunOptions: { user: root, envVars: [TOKEN], bindMounts: ["data:/data"] }',
        '',
      ].join('\n'),
      FILE,
    );
    expect(suite.commandTests).toEqual([
      {
        name: 'which python',
        command: 'which',
        args: ['python', '3'],
        setup: [['virtualenv', '/env']],
        teardown: [],
        envVars: [],
        exitCode: 0,
        expectedOutput: [],
        excludedOutput: [],
        expectedError: [],
        excludedError: [],
      },
    ]);
    expect(suite.globalEnvVars).toEqual([{ key: 'VIRTUAL_ENV', value: '/env', isRegex: false }]);
    // shouldExist defaults to true; uid -1 means "not checked".
    expect(suite.fileExistenceTests).toEqual([{ name: 'root', path: '/', shouldExist: true, permissions: 'drwxr-xr-x' }]);
    expect(suite.metadataTest).toEqual({
      envVars: [{ key: 'LANG', value: 'C.UTF-8', isRegex: false }],
      unboundEnvVars: [],
      labels: [{ key: 'build-date', value: '^\\d{4}', isRegex: true }],
      exposedPorts: ['8080', '53/udp'],
      unexposedPorts: [],
      volumes: [],
      unmountedVolumes: [],
      entrypoint: [],
    });
    expect(suite.licenseTests).toEqual([{ debian: true, files: [] }]);
    expect(suite.containerRunOptions).toEqual({ user: 'root', privileged: false, allocateTty: false, envVars: ['TOKEN'], capabilities: [], bindMounts: ['data:/data'] });
    expect(suite.locate('command', 0)).toEqual({ file: FILE, line: 4, column: 5 });
    expect(suite.locate('metadata', 0)).toEqual({ file: FILE, line: 13, column: 3 });
  });

  it('reads JSON files, which container-structure-test also accepts', () => {
    const suite = parseStructureTestFile('{"schemaVersion": "2.0.0", "fileExistenceTests": [{"name": "a", "path": "/a", "shouldExist": false}]}', 'tests.json');
    expect(suite.fileExistenceTests).toEqual([{ name: 'a', path: '/a', shouldExist: false }]);
  });

  it('reports every problem at once, each at its line and column', () => {
    expect(
      problems(
        [
          'schemaVersion: 2.0',
          'commandTests:',
          '  - name: no command',
          '    expectedOuput: [x]',
          '  - command: ls',
          '    setup: [[]]',
          '    expectedOutput: ["(unclosed"]',
          'fileExistenceTests:',
          '  - { name: a, path: /a, isExecutableBy: everyone, permissions: rw }',
          'fileContentTests: { name: x }',
          'metadataTests: {}',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      '1:16 schemaVersion: 2 is not a version this reads — Use schemaVersion: "2.0.0" (quoted), the container-structure-test v2 format.',
      '3:5 commandTests[0].command: is required',
      '4:5 commandTests[0].expectedOuput: unknown key "expectedOuput" — Did you mean expectedOutput?',
      '5:5 commandTests[1].name: is required',
      '6:13 commandTests[1].setup[0]: is an empty command — Remove it, or write the command as [program, args…].',
      '7:22 commandTests[1].expectedOutput[0]: /(unclosed/ is not a regular expression this can run: /(unclosed/: Unterminated group — Patterns use Go (RE2) syntax, as container-structure-test reads them.',
      '9:42 fileExistenceTests[0].isExecutableBy: "everyone" is not one of owner, group, other, any',
      '9:65 fileExistenceTests[0].permissions: "rw" is not a permission string — Write it as ls -l shows it, e.g. -rw-r--r-- or drwxr-xr-x.',
      '10:19 fileContentTests: must be a list, not a mapping — Write a YAML list: one "- item" per line, or [a, b].',
      '11:1 metadataTests: unknown key "metadataTests" — Did you mean metadataTest?',
    ]);
  });

  it('requires schemaVersion, as container-structure-test does', () => {
    expect(problems('commandTests: []\n')).toEqual(['1:1 schemaVersion: is required — Start the file with schemaVersion: "2.0.0" (container-structure-test v2).']);
  });

  it('points YAML syntax errors at their place', () => {
    expect(problems('schemaVersion: "2.0.0"\ncommandTests:\n  - name: [unclosed\n')[0]).toMatch(/^4:1 invalid YAML: /);
  });

  it('reads tests written inline in images.yaml, locating problems in images.yaml', () => {
    const loaded = loadImagesConfig(
      ['images:', '  web:', '    structure-tests:', '      schemaVersion: "2.0.0"', '      fileExistenceTests:', '        - { name: index }', ''].join('\n'),
      'images.yaml',
    );
    const spec = loaded.config.images['web']?.structureTests;
    expect(spec?.kind).toBe('inline');
    try {
      readStructureTests(spec?.kind === 'inline' ? spec.spec : {}, 'images.yaml: images.web.structure-tests', loaded, ['images', 'web', 'structure-tests']);
      expect.unreachable();
    } catch (error) {
      expect((error as UserInputError).diagnostics).toEqual([{ message: 'fileExistenceTests[0].path: is required', location: { file: 'images.yaml', line: 6, column: 11 } }]);
    }
  });
});
