/**
 * What a workflow run is about, as plain data: the event and its payload, read by the runner
 * from the GITHUB_* variables and the event file. Everything here is untrusted input.
 */
export interface WorkflowContext {
  readonly eventName: string;
  /** The parsed `GITHUB_EVENT_PATH` file (`{}` when there is none). */
  readonly payload: unknown;
  /** `GITHUB_SHA`. */
  readonly sha: string;
  /** `GITHUB_REF`, e.g. `refs/heads/main` or `refs/tags/v1.2.3`. */
  readonly ref: string;
  readonly runId: string;
  /** The time of the run, for dated tags. */
  readonly now: Date;
}
