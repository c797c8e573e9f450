/**
 * Running one check against a deployment: its attempts, each within the check's timeout, until
 * one passes, the retries are used up, or the run is cancelled. The result keeps the last
 * attempt's verdict, which says what was expected and what was got.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { untilPasses, type Verdict } from '../../core/checks/index.js';
import type { CheckSpec } from '../../core/config/types.js';
import type { CheckContext } from './context.js';
import { httpAttempt } from './http.js';
import { execAttempt, logsAttempt } from './in-container.js';
import { runAttempt } from './run.js';
import { tcpAttempt } from './tcp.js';
import { tlsAttempt } from './tls.js';

export type { CheckContext, ServiceLookup } from './context.js';
export { ServiceNotFound } from './context.js';
export { runChild, outputTail, ChildNotFound, type ChildResult, type ChildOptions } from './child.js';

export interface CheckResult {
  readonly name: string;
  readonly type: CheckSpec['type'];
  readonly passed: boolean;
  readonly attempts: number;
  readonly durationMs: number;
  /** The last attempt's verdict. */
  readonly verdict: Verdict;
}

function attempt(check: CheckSpec, context: CheckContext): Promise<Verdict> {
  switch (check.type) {
    case 'http':
      return httpAttempt(check, context);
    case 'tcp':
      return tcpAttempt(check, context);
    case 'tls':
      return tlsAttempt(check, context);
    case 'exec':
      return execAttempt(check, context);
    case 'run':
      return runAttempt(check, context);
    case 'logs':
      return logsAttempt(check, context);
  }
}

export async function runCheck(check: CheckSpec, context: CheckContext): Promise<CheckResult> {
  const outcome = await untilPasses(
    () => attempt(check, context),
    { retries: check.retries, intervalMs: check.interval.milliseconds },
    {
      now: () => Date.now(),
      sleep: async (ms) => {
        try {
          await sleep(ms, undefined, { signal: context.signal });
        } catch {
          // Cancelled: the loop sees it and stops.
        }
      },
      cancelled: () => context.signal.aborted,
    },
  );
  return { name: check.name, type: check.type, passed: outcome.verdict.ok, attempts: outcome.attempts, durationMs: outcome.durationMs, verdict: outcome.verdict };
}
