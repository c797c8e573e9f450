/** The `tcp` check: the host (or the service's published port) accepts a connection. */
import { connect } from 'node:net';
import { failed, passed, type Verdict } from '../../core/checks/index.js';
import type { TcpCheck } from '../../core/config/types.js';
import { attemptSignal, checkTarget, describeNetworkError, type CheckContext } from './context.js';

export async function tcpAttempt(check: TcpCheck, context: CheckContext): Promise<Verdict> {
  const signal = attemptSignal(context, check.timeout.milliseconds);
  const target = await checkTarget(check, context, signal);
  if (!target.ok) return target.verdict;
  const { host, port, where } = target;
  try {
    await new Promise<void>((resolve, reject) => {
      const socket = connect({ host, port, signal });
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', reject);
    });
    return passed(`connected to ${where}`);
  } catch (error) {
    return failed(`a connection to ${where}`, describeNetworkError(error, check.timeout.milliseconds, where));
  }
}
