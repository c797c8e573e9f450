/**
 * The checks that look inside a deployed service: `exec` (a command in its container: exit code
 * and output) and `logs` (its log must, or must not, show a pattern).
 */
import { failed, judgeLogs, judgeOutput, type Verdict } from '../../core/checks/index.js';
import { describeState } from '../../core/checks/readiness.js';
import type { ExecCheck, LogsCheck } from '../../core/config/types.js';
import { containerLogs, execInContainer } from '../compose/docker.js';
import { attemptSignal, type CheckContext } from './context.js';

export async function execAttempt(check: ExecCheck, context: CheckContext): Promise<Verdict> {
  const signal = attemptSignal(context, check.timeout.milliseconds);
  const container = await context.services.container(check.service, signal);
  if (!container) return failed(`a running container of ${check.service}`, 'none is deployed');
  if (container.state.status !== 'running') return failed(`a running container of ${check.service}`, `it is ${describeState(container.state)}`);
  const result = await execInContainer(container.id, check.command, { timeoutMs: check.timeout.milliseconds, signal: context.signal });
  if (result.timedOut) return failed(`${JSON.stringify(check.command.join(' '))} to finish`, `still running after ${check.timeout.text}`);
  return judgeOutput(check, { exitCode: result.exitCode, output: `${result.stdout}${result.stderr}` });
}

export async function logsAttempt(check: LogsCheck, context: CheckContext): Promise<Verdict> {
  const signal = attemptSignal(context, check.timeout.milliseconds);
  const container = await context.services.container(check.service, signal);
  if (!container) return failed(`the log of ${check.service}`, 'no container of it is deployed');
  return judgeLogs(check, await containerLogs(container.id, { signal }));
}
