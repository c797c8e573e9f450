/**
 * Waiting until a deployment is up, by polling its containers: the way with compose v1, which
 * has no `up --wait`, and the final word with v2 too (the same judgement either way, see
 * core/checks/readiness.ts). Fails at once on a container that exited, crash-loops or turns
 * unhealthy; otherwise waits until every service is ready or the time is up.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { assessReadiness, type ExpectedService, type Readiness } from '../../core/checks/index.js';
import type { InspectedContainer } from './docker.js';

export interface WaitOptions {
  readonly expected: readonly ExpectedService[];
  /** The containers as they are now. */
  readonly inspect: () => Promise<InspectedContainer[]>;
  readonly timeoutMs: number;
  readonly intervalMs: number;
  readonly signal?: AbortSignal;
  readonly log: (message: string) => void;
}

export interface WaitResult {
  readonly readiness: Exclude<Readiness, { kind: 'waiting' }>;
  readonly containers: readonly InspectedContainer[];
  readonly elapsedMs: number;
}

export async function waitUntilReady(options: WaitOptions): Promise<WaitResult> {
  const start = Date.now();
  let said = '';
  for (;;) {
    const containers = await options.inspect();
    const readiness = assessReadiness(
      options.expected,
      containers.map((c) => c.state),
    );
    const elapsedMs = Date.now() - start;
    if (readiness.kind !== 'waiting') return { readiness, containers, elapsedMs };
    const pending = readiness.pending.join('; ');
    if (pending !== said) {
      options.log(`waiting for ${pending}`);
      said = pending;
    }
    if (options.signal?.aborted) return { readiness: { kind: 'failed', reasons: ['cancelled while waiting for the services'] }, containers, elapsedMs };
    if (elapsedMs >= options.timeoutMs) {
      return {
        readiness: { kind: 'failed', reasons: readiness.pending.map((p) => `${p}, still not ready after ${Math.round(options.timeoutMs / 1000)} s`) },
        containers,
        elapsedMs,
      };
    }
    try {
      await sleep(Math.min(options.intervalMs, Math.max(0, options.timeoutMs - elapsedMs)), undefined, options.signal ? { signal: options.signal } : {});
    } catch {
      // Cancelled: the next round reports it.
    }
  }
}
