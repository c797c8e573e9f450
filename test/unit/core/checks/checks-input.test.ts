import { describe, expect, it } from 'vitest';
import { parseChecksText } from '../../../../src/core/checks/index.js';
import { UserInputError } from '../../../../src/core/diagnostics.js';

const compose = { kind: 'compose' as const, files: ['compose.yaml'] };

describe('the checks input', () => {
  it('reads checks written as under deploy.checks, with the same defaults', () => {
    const checks = parseChecksText('- { type: tcp, service: db, port: 5432 }\n- type: http\n  url: https://localhost/\n  service: web\n', 'input checks', compose);
    expect(checks.map((c) => [c.type, c.name, 'service' in c ? c.service : undefined])).toEqual([
      ['tcp', 'tcp db:5432', 'db'],
      ['http', 'http https://localhost/', 'web'],
    ]);
    expect(checks[1]?.type === 'http' && checks[1].status).toHaveLength(100);
  });

  it('reports problems at their line and column in the input', () => {
    try {
      parseChecksText('- { type: tcp, port: 1 }\n-   { type: logs, service: app, pattern: "(" }\n', 'input checks', compose);
      expect.unreachable();
    } catch (error) {
      expect((error as UserInputError).diagnostics.map((d) => [d.message, d.location])).toEqual([
        ['checks[1].pattern: not a valid regular expression: /(/: Unterminated group', { file: 'input checks', line: 2, column: 42 }],
      ]);
    }
  });

  it('knows that exec and logs checks need the deployment they will run against', () => {
    expect(() => parseChecksText('- { type: exec, service: db, command: ["true"] }\n', 'input checks', { kind: 'none' })).toThrow(/an exec check needs a deployment with services/);
    expect(parseChecksText('- { type: exec, service: db, command: ["true"] }\n', 'input checks', { kind: 'command', command: ['deploy'], rewrite: [] })).toHaveLength(1);
  });
});
