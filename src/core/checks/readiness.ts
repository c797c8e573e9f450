/**
 * Is a deployment up? Compose v1 has no `up --wait`, so the services' containers are polled and
 * judged here: every service with a healthcheck healthy, every other one running. A container
 * that exited (unless the service is a one-shot that another waits to complete), one that
 * restarts again and again, or one Docker marks unhealthy fails the deployment at once, without
 * waiting out the timeout.
 */

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';
export type HealthStatus = 'starting' | 'healthy' | 'unhealthy';

export interface ContainerState {
  readonly service: string;
  readonly containerId: string;
  readonly status: ContainerStatus;
  readonly exitCode: number;
  /** Absent when the container has no healthcheck. */
  readonly health?: HealthStatus;
  readonly restartCount: number;
  readonly oomKilled: boolean;
  /** Docker's own error starting it, if any. */
  readonly error?: string;
}

export interface ExpectedService {
  readonly service: string;
  /** Another service waits for it with `condition: service_completed_successfully`: exiting 0 is its job. */
  readonly oneShot: boolean;
}

export type Readiness =
  | { readonly kind: 'ready' }
  | { readonly kind: 'waiting'; readonly pending: readonly string[] }
  | { readonly kind: 'failed'; readonly reasons: readonly string[] };

/** Restarts after which a crash-looping service is reported instead of waited for. */
export const MAX_RESTARTS = 3;

export function describeState(state: ContainerState): string {
  const health = state.health ? `, ${state.health}` : '';
  if (state.status === 'exited' || state.status === 'dead') return `${state.status} with code ${state.exitCode}${state.oomKilled ? ' (out of memory)' : ''}`;
  const restarts = state.restartCount > 0 ? `, restarted ${state.restartCount}×` : '';
  return `${state.status}${health}${restarts}`;
}

export function assessReadiness(expected: readonly ExpectedService[], states: readonly ContainerState[]): Readiness {
  const reasons: string[] = [];
  const pending: string[] = [];
  for (const { service, oneShot } of expected) {
    const containers = states.filter((s) => s.service === service);
    if (containers.length === 0) {
      pending.push(`${service}: no container yet`);
      continue;
    }
    for (const state of containers) {
      const what = `${service}: ${describeState(state)}`;
      if (state.error) {
        reasons.push(`${service}: Docker could not start it: ${state.error}`);
      } else if (state.status === 'exited' || state.status === 'dead') {
        if (!(oneShot && state.exitCode === 0)) reasons.push(`${what}${oneShot ? '' : ' (a service of the deployment must keep running)'}`);
      } else if (state.restartCount >= MAX_RESTARTS) {
        reasons.push(`${what}: it keeps crashing`);
      } else if (state.health === 'unhealthy') {
        reasons.push(`${what}: its healthcheck fails`);
      } else if (state.status !== 'running' || state.health === 'starting') {
        pending.push(what);
      }
    }
  }
  if (reasons.length > 0) return { kind: 'failed', reasons };
  if (pending.length > 0) return { kind: 'waiting', pending };
  return { kind: 'ready' };
}
