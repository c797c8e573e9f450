/**
 * Real GitHub webhook payloads, from @octokit/webhooks-examples (recorded from GitHub), with
 * the commit SHAs swapped for the test repository's own.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface ExampleSet {
  readonly name: string;
  readonly examples: readonly Record<string, unknown>[];
}

const all = require('@octokit/webhooks-examples/api.github.com/index.json') as readonly ExampleSet[];

/** A deep copy of a recorded payload of `event` (with `action`, when given). */
export function webhookExample(event: string, action?: string): Record<string, any> {
  const set = all.find((s) => s.name === event);
  if (!set) throw new Error(`no recorded ${event} payload`);
  const example = set.examples.find((e) => action === undefined || e['action'] === action);
  if (!example) throw new Error(`no recorded ${event}.${action} payload`);
  return structuredClone(example) as Record<string, any>;
}
