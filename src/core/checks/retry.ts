/**
 * Attempts of a check until it passes: the first try and up to `retries` more, `interval`
 * apart, stopping early when a verdict is final or the run is cancelled. The caller's attempt
 * enforces its own timeout; time comes in through `sleep` and `now`, so the loop itself is
 * plain logic.
 */
import { failed, type Verdict } from './verdict.js';

export interface RetryPolicy {
  readonly retries: number;
  readonly intervalMs: number;
}

export interface RetryClock {
  now(): number;
  /** Resolves after `ms`, or early when the run is cancelled. */
  sleep(ms: number): Promise<void>;
  cancelled(): boolean;
}

export interface RetryOutcome {
  readonly verdict: Verdict;
  readonly attempts: number;
  readonly durationMs: number;
}

export async function untilPasses(attempt: (n: number) => Promise<Verdict>, policy: RetryPolicy, clock: RetryClock): Promise<RetryOutcome> {
  const start = clock.now();
  let verdict: Verdict = failed('an attempt', 'none was made: the run was cancelled');
  let attempts = 0;
  for (let n = 1; n <= policy.retries + 1; n++) {
    if (clock.cancelled()) break;
    attempts = n;
    try {
      verdict = await attempt(n);
    } catch (error) {
      verdict = failed('the check to run', error instanceof Error ? error.message : String(error));
    }
    if (verdict.ok || verdict.final) break;
    if (n <= policy.retries) await clock.sleep(policy.intervalMs);
  }
  return { verdict, attempts, durationMs: clock.now() - start };
}
