/**
 * The `checks` input (and `--checks FILE`): a YAML list of checks written exactly as under
 * `deploy.checks` in images.yaml, replacing those. It is validated by the same schema and
 * rules, with every problem reported at its line and column in the input itself.
 */
import { loadImagesConfig } from '../config/load.js';
import type { CheckSpec, Deployment } from '../config/types.js';
import { UserInputError, type Diagnostic } from '../diagnostics.js';

const INDENT = '    ';

/** The checks of `text`; `deployment` is what they will run against (exec and logs need one). */
export function parseChecksText(text: string, where: string, deployment: Deployment): readonly CheckSpec[] {
  const head = ['deploy:'];
  // A stand-in for the deployment, so that checks needing services are judged as they will run.
  if (deployment.kind === 'compose') head.push('  compose: smoke-deployment.yaml');
  if (deployment.kind === 'command') head.push('  command: [smoke-deployment]');
  head.push('  checks:');
  const body = text.replace(/\r\n/g, '\n').split('\n').map((line) => (line.trim() === '' ? line : `${INDENT}${line}`));
  const document = `${head.join('\n')}\n${body.join('\n')}\n`;
  try {
    return loadImagesConfig(document, where).config.deploy.checks;
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    const shift = head.length;
    const moved: Diagnostic[] = error.diagnostics.map((d) => ({
      message: d.message.replace(/^deploy\.checks/, 'checks').replace(/^deploy: /, 'checks: '),
      ...(d.location
        ? { location: { file: where, line: Math.max(1, d.location.line - shift), column: Math.max(1, d.location.column - (d.location.line > shift ? INDENT.length : 0)) } }
        : {}),
      ...(d.hint ? { hint: d.hint } : {}),
    }));
    throw new UserInputError(moved);
  }
}
