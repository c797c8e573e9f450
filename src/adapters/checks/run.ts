/**
 * The `run` check: a script of the repository, or a command, run on the runner with the
 * deployment's endpoints (`SERVICE_<NAME>_HOST`, `SERVICE_<NAME>_PORT_<P>`, …) and the image
 * references (`IMAGE_<NAME>`, `IMAGE_TAG`) in its environment; judged by exit code and output.
 */
import { join } from 'node:path';
import { failed, judgeOutput, type Verdict } from '../../core/checks/index.js';
import type { RunCheck } from '../../core/config/types.js';
import { ChildNotFound, runChild } from './child.js';
import type { CheckContext } from './context.js';

export async function runAttempt(check: RunCheck, context: CheckContext): Promise<Verdict> {
  const [program, ...args] = check.program.kind === 'script' ? [join(context.root, check.program.path)] : check.program.argv;
  const label = check.program.kind === 'script' ? check.program.path : check.program.argv.join(' ');
  try {
    const result = await runChild(program as string, args, { cwd: context.root, env: context.runEnv, timeoutMs: check.timeout.milliseconds, signal: context.signal });
    if (result.timedOut) return failed(`${label} to finish`, `still running after ${check.timeout.text} (its output so far: ${JSON.stringify(`${result.stdout}${result.stderr}`.slice(-300))})`);
    return judgeOutput(check, { exitCode: result.exitCode, output: `${result.stdout}${result.stderr}` });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof ChildNotFound) return failed(`${label} to run`, `${label} was not found`, true);
    if (code === 'EACCES') return failed(`${label} to run`, `${label} is not executable (chmod +x it, and commit the mode)`, true);
    throw error;
  }
}
