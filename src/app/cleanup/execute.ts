/**
 * Carrying out a retention plan against a registry, several operations at a time, without
 * giving up the crash-safety of the order `orderedSteps` emits.
 *
 * What may run together, and what must wait (each rule is part of the argument in steps.ts):
 * - every untag may run at once, and every untag ends before the first manifest is deleted
 *   ("untags first");
 * - a manifest is deleted only once every step on a manifest that points at it has finished
 *   (an index before its children, a referrer before its subject, a fallback-tagged manifest
 *   before the digest its tag names), taken from the plan's `refersTo`;
 * - an index waits for every step emitted before it: steps.ts holds an index that would orphan
 *   untagged children until nothing else is left, so that a crash leaves no tag naming an orphan.
 *
 * So any set of steps finished when the process dies is closed under "must come before", which
 * is all the re-run needs. A delete whose pointing step failed, or could not be done on this
 * registry, is not run (deleting a child whose index is still there would break that index): it
 * is reported as skipped, with what blocked it, and so is what waits on it in turn. The waits
 * that are only about order (untags first, an index last) do not block: a failed untag of one
 * build does not stop the deletion of another. Everything else goes on.
 */
import type { RetentionPlan, ManifestDecision } from '../../core/retention/plan.js';
import { orderedSteps, type RetentionStep } from '../../core/retention/steps.js';
import type { RepositoryRef } from '../../adapters/registry/index.js';
import type { RegistryDeleter } from '../../adapters/deletion/types.js';

/** Operations in flight at once: enough to hide round trips, few enough to be polite. */
export const DEFAULT_CLEANUP_CONCURRENCY = 6;

export type StepStatus = 'done' | 'already-gone' | 'unsupported' | 'failed' | 'skipped';

export interface StepResult {
  readonly step: RetentionStep;
  readonly status: StepStatus;
  /** `unsupported`: the registry's reason; `failed`: the error; `skipped`: what blocked it. */
  readonly reason?: string;
  /** `done` deletions: bytes freed, as the registry said or (else) as the plan sized it. */
  readonly bytesFreed?: number;
}

export interface ExecutionResult {
  /** One per step, in the order `orderedSteps` emits them (not the order they finished in). */
  readonly steps: readonly StepResult[];
  readonly bytesFreed: number;
  /** Deleted manifests whose size nobody knew, so `bytesFreed` is a lower bound when > 0. */
  readonly deletionsWithoutSize: number;
}

export interface ExecuteOptions {
  readonly concurrency?: number;
  /** Called as each step ends, with how many have ended and how many there are. */
  readonly onStep?: (result: StepResult, finished: number, total: number) => void;
}

function stepLabel(step: RetentionStep): string {
  return step.kind === 'untag' ? `untag ${step.tag}` : `delete of ${step.digest}`;
}

interface Prerequisites {
  /** Steps that must have ended, whatever their outcome, before this one starts. */
  readonly after: number[];
  /** Of those, the ones that must have succeeded: steps on a manifest that points at this one. */
  readonly needs: number[];
}

/** For each step, what it waits for and what it cannot do without. Always earlier steps. */
function prerequisites(steps: readonly RetentionStep[], plan: RetentionPlan): Prerequisites[] {
  const decisions = new Map<string, ManifestDecision>(plan.manifests.map((m) => [m.digest, m]));
  const untags: number[] = [];
  /** Step indexes acting on a manifest that points at the digest (the key). */
  const pointingAt = new Map<string, number[]>();
  const result: Prerequisites[] = [];
  steps.forEach((step, i) => {
    const after = new Set<number>();
    const needs = new Set<number>();
    if (step.kind === 'delete-manifest') {
      for (const u of untags) after.add(u);
      for (const p of pointingAt.get(step.digest) ?? []) needs.add(p);
      if ((decisions.get(step.digest)?.children.length ?? 0) > 0) {
        for (let j = 0; j < i; j++) after.add(j);
      }
    } else {
      untags.push(i);
    }
    for (const n of needs) after.add(n);
    result.push({ after: [...after].sort((a, b) => a - b), needs: [...needs].sort((a, b) => a - b) });
    for (const target of decisions.get(step.digest)?.refersTo ?? []) {
      const list = pointingAt.get(target);
      if (list) list.push(i);
      else pointingAt.set(target, [i]);
    }
  });
  return result;
}

export async function executePlan(plan: RetentionPlan, repo: RepositoryRef, deleter: RegistryDeleter, options: ExecuteOptions = {}): Promise<ExecutionResult> {
  const steps = orderedSteps(plan);
  const sizes = new Map(plan.manifests.map((m) => [m.digest, m.size]));
  const before = prerequisites(steps, plan);
  const limit = Math.max(1, options.concurrency ?? DEFAULT_CLEANUP_CONCURRENCY);
  const results: (StepResult | undefined)[] = steps.map(() => undefined);
  const waitingOn = before.map((p) => new Set(p.after));
  const dependents: number[][] = steps.map(() => []);
  before.forEach((p, i) => p.after.forEach((j) => dependents[j]?.push(i)));

  let finished = 0;
  let running = 0;
  let deletionsWithoutSize = 0;
  const queue: number[] = steps.map((_, i) => i).filter((i) => waitingOn[i]?.size === 0);

  const settle = (i: number, result: StepResult): void => {
    results[i] = result;
    finished++;
    options.onStep?.(result, finished, steps.length);
    const ok = result.status === 'done' || result.status === 'already-gone';
    for (const d of dependents[i] ?? []) {
      if (results[d] !== undefined) continue;
      if (!ok && before[d]?.needs.includes(i)) {
        // Blocked for good: report it now, and what waits on it is blocked in turn.
        const why = result.status === 'skipped' ? result.reason : `the ${stepLabel(result.step)} that must come first ${result.status === 'failed' ? 'failed' : 'could not be done here'}`;
        settle(d, { step: steps[d] as RetentionStep, status: 'skipped', ...(why !== undefined ? { reason: why } : {}) });
        continue;
      }
      const waits = waitingOn[d] as Set<number>;
      waits.delete(i);
      if (waits.size === 0) queue.push(d);
    }
  };

  const runStep = async (i: number): Promise<StepResult> => {
    const step = steps[i] as RetentionStep;
    try {
      const outcome = step.kind === 'untag' ? await deleter.untag(repo, step.tag, step.digest) : await deleter.deleteManifest(repo, step.digest, step.tags);
      if (outcome.status === 'unsupported') return { step, status: 'unsupported', reason: outcome.reason };
      if (outcome.status === 'already-gone') return { step, status: 'already-gone' };
      if (step.kind === 'untag') return { step, status: 'done' };
      const bytes = outcome.bytesFreed ?? sizes.get(step.digest);
      if (bytes === undefined) deletionsWithoutSize++;
      return { step, status: 'done', ...(bytes !== undefined ? { bytesFreed: bytes } : {}) };
    } catch (error) {
      return { step, status: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  };

  await new Promise<void>((resolveAll) => {
    const pump = (): void => {
      if (finished === steps.length) return resolveAll();
      while (running < limit && queue.length > 0) {
        const i = queue.shift() as number;
        if (results[i] !== undefined) continue;
        running++;
        void runStep(i).then((result) => {
          running--;
          settle(i, result);
          pump();
        });
      }
    };
    pump();
  });

  const done = results as StepResult[];
  const bytesFreed = done.reduce((sum, r) => sum + (r.bytesFreed ?? 0), 0);
  return { steps: done, bytesFreed, deletionsWithoutSize };
}
