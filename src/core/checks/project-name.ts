/**
 * The compose project name of a smoke deployment: unique to the run (and its attempt and job),
 * plus a random part, so that parallel jobs on one machine (a matrix, two workflows, a
 * developer's own `smoke`) never share containers, networks or volumes. Compose allows
 * lowercase letters, digits, `-` and `_`, starting with a letter or digit.
 */

export interface RunIdentity {
  readonly runId?: string;
  readonly runAttempt?: string;
  readonly job?: string;
}

function part(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const cleaned = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return cleaned === '' ? undefined : cleaned.slice(0, 24);
}

/** `random` is a few lowercase hex characters from the caller (core has no randomness of its own). */
export function composeProjectName(run: RunIdentity, random: string): string {
  const parts = ['ia-smoke', part(run.runId), part(run.runAttempt), part(run.job), part(random)].filter((p): p is string => p !== undefined);
  return parts.join('-');
}

const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;

export function isValidProjectName(name: string): boolean {
  return PROJECT_NAME.test(name);
}
