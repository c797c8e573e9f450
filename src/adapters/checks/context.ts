/**
 * What a check needs from the deployment it runs against: where a service can be reached and
 * which container is its, the repository (for `ca` files and `run` scripts), the environment
 * of `run` checks, and the run's cancellation.
 */
import { endpointOf, failed, type ServiceAddress, type Verdict } from '../../core/checks/index.js';
import type { InspectedContainer } from '../compose/docker.js';

export interface ServiceLookup {
  /** The service's (first) container as it is now, or undefined when it has none. */
  container(service: string, signal?: AbortSignal): Promise<InspectedContainer | undefined>;
}

export interface CheckContext {
  readonly root: string;
  readonly services: ServiceLookup;
  /** Environment of `run` checks: the runner's, deploy.env, IMAGE_*, SERVICE_*. */
  readonly runEnv: NodeJS.ProcessEnv;
  readonly signal: AbortSignal;
}

export class ServiceNotFound extends Error {
  constructor(readonly service: string, known: string) {
    super(`no container of service "${service}" is deployed${known}`);
    this.name = 'ServiceNotFound';
  }
}

export async function addressOf(context: CheckContext, service: string, signal: AbortSignal): Promise<ServiceAddress> {
  const container = await context.services.container(service, signal);
  if (!container) throw new ServiceNotFound(service, '');
  return container.address;
}

/** The signal of one attempt: the run's cancellation, or the attempt's own time limit. */
export function attemptSignal(context: CheckContext, timeoutMs: number): AbortSignal {
  return AbortSignal.any([context.signal, AbortSignal.timeout(timeoutMs)]);
}

/** An error of a network attempt as a person reads it. */
export function describeNetworkError(error: unknown, timeoutMs: number, where: string): string {
  const e = error as NodeJS.ErrnoException & { name?: string };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError' || e?.code === 'ABORT_ERR') return `no answer from ${where} within ${timeoutMs / 1000} s`;
  switch (e?.code) {
    case 'ECONNREFUSED':
      return `connection refused by ${where}`;
    case 'ECONNRESET':
      return `${where} closed the connection`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the name in ${where} does not resolve`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${where} cannot be reached`;
    default:
      return `${e?.code ? `${e.code}: ` : ''}${e?.message ?? String(error)}`;
  }
}

/** Where a tcp or tls check connects: its host and port, or the service's published port. */
export async function checkTarget(
  check: { readonly host: string; readonly port: number; readonly service?: string },
  context: CheckContext,
  signal: AbortSignal,
): Promise<{ ok: true; host: string; port: number; where: string } | { ok: false; verdict: Verdict }> {
  if (!check.service) return { ok: true, host: check.host, port: check.port, where: `${check.host}:${check.port}` };
  const found = endpointOf(await addressOf(context, check.service, signal), check.port);
  if (!found.ok) return { ok: false, verdict: failed(`${check.service} reachable on port ${check.port}`, found.why) };
  const { host, port, via } = found.endpoint;
  return { ok: true, host, port, where: `${host}:${port} (${check.service}:${check.port} by its ${via})` };
}
