/**
 * Reads the run's context from the variables the runner sets. The event payload is the file
 * at GITHUB_EVENT_PATH; values in it are untrusted and are interpreted only by core/event.
 */
import { readFileSync } from 'node:fs';
import type { WorkflowContext } from '../../core/event/context.js';

export function readWorkflowContext(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): WorkflowContext {
  const eventPath = env['GITHUB_EVENT_PATH'];
  let payload: unknown = {};
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read the event payload at GITHUB_EVENT_PATH=${eventPath}: ${(error as Error).message}`, { cause: error });
    }
  }
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? 'workflow_dispatch',
    payload,
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    runId: env['GITHUB_RUN_ID'] ?? String(Math.floor(now.getTime() / 1000)),
    now,
  };
}
