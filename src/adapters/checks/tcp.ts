/** The `tcp` check: the host (or the service's published port) accepts a connection. */
import { connect } from 'node:net';
import { endpointOf, failed, passed, type Verdict } from '../../core/checks/index.js';
import type { TcpCheck } from '../../core/config/types.js';
import { addressOf, attemptSignal, describeNetworkError, type CheckContext } from './context.js';

export async function tcpAttempt(check: TcpCheck, context: CheckContext): Promise<Verdict> {
  const signal = attemptSignal(context, check.timeout.milliseconds);
  let host = check.host;
  let port = check.port;
  let via = '';
  if (check.service) {
    const found = endpointOf(await addressOf(context, check.service, signal), check.port);
    if (!found.ok) return failed(`${check.service} reachable on port ${check.port}`, found.why);
    ({ host, port } = found.endpoint);
    via = ` (${check.service}:${check.port} by its ${found.endpoint.via})`;
  }
  const where = `${host}:${port}${via}`;
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
