/**
 * From a GitHub event to the question detect must answer: which commits to compare (or which
 * images to take without comparing), and which temporary tag this run pushes under.
 *
 * | event                   | compared                                   | temporary tag            |
 * |-------------------------|--------------------------------------------|--------------------------|
 * | pull_request(_target)   | merge-base(base, head) .. head             | pr-<n>-<sha7>            |
 * | merge_group             | base_sha .. head_sha                       | mq-<sha7>                |
 * | push to a branch        | before .. after (new branch: default's merge base) | <branch-slug>-<sha7> |
 * | push of a tag           | nothing rebuilt                            | —                        |
 * | schedule                | upstream sources and bases; all with `all` | nightly-<yyyymmdd>-<sha7>|
 * | workflow_dispatch       | the named images, or all                   | manual-<run-id>          |
 * | repository_dispatch     | images whose sources match the payload     | source-<sha7>            |
 */
import { UserInputError } from '../diagnostics.js';
import { joinTag, shortSha, slugify } from '../slug.js';
import type { WorkflowContext } from './context.js';

const ZERO_SHA = /^0+$/;
const HEX_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** How the set of changed images is found for this run. */
export type ChangeQuery =
  /** Paths changed between the merge base of two commits and the head. */
  | { readonly kind: 'compare'; readonly base: string; readonly head: string }
  /** A new branch: compare with the merge base of the default branch's tip. */
  | { readonly kind: 'new-branch'; readonly defaultBranch: string; readonly head: string }
  /** Every image (schedule with `all`, dispatch without names). */
  | { readonly kind: 'all' }
  /** Exactly these images (and what builds on them). */
  | { readonly kind: 'named'; readonly images: readonly string[] }
  /** Upstream source repositories and external base images (schedule). */
  | { readonly kind: 'upstream' }
  /** A source repository moved (repository_dispatch `source-updated`). */
  | { readonly kind: 'source-updated'; readonly repository: string; readonly ref?: string; readonly sha?: string }
  /** Nothing is rebuilt (a tag push promotes what exists). */
  | { readonly kind: 'nothing'; readonly why: string };

export interface EventInterpretation {
  readonly query: ChangeQuery;
  /** The tag images of this run are pushed under; absent when nothing is built. */
  readonly temporaryTag: string | undefined;
  /** One line for logs and the summary: what this run compares. */
  readonly description: string;
}

export interface DetectOverrides {
  readonly all: boolean;
  readonly images: readonly string[];
  readonly base?: string;
  readonly head?: string;
}

type Json = Record<string, unknown>;

function field(payload: unknown, path: readonly string[]): unknown {
  let node: unknown = payload;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

function requireString(payload: unknown, path: readonly string[], eventName: string): string {
  const value = field(payload, path);
  if (typeof value !== 'string' || value === '') {
    throw new UserInputError([
      {
        message: `the ${eventName} event payload has no ${path.join('.')}`,
        hint: 'Run detect from the event itself (GITHUB_EVENT_PATH), or give the base and head inputs.',
      },
    ]);
  }
  return value;
}

function requireSha(payload: unknown, path: readonly string[], eventName: string): string {
  const value = requireString(payload, path, eventName);
  if (!HEX_SHA.test(value)) {
    throw new UserInputError([{ message: `${eventName} payload ${path.join('.')} is not a commit SHA: "${value.slice(0, 80)}"` }]);
  }
  return value;
}

function yyyymmdd(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

function branchOfRef(ref: string): string | undefined {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

export function interpretEvent(ctx: WorkflowContext, overrides: DetectOverrides): EventInterpretation {
  const interpretation = interpretPayload(ctx, overrides);
  // Explicit base/head inputs override what the event says to compare, not the tag.
  if (overrides.base !== undefined || overrides.head !== undefined) {
    const base = overrides.base ?? (interpretation.query.kind === 'compare' ? interpretation.query.base : undefined);
    const head = overrides.head ?? (interpretation.query.kind === 'compare' ? interpretation.query.head : ctx.sha);
    if (base === undefined) {
      throw new UserInputError([{ message: `a head override needs a base as well for the ${ctx.eventName} event`, hint: 'Set the base input.' }]);
    }
    return {
      ...interpretation,
      query: { kind: 'compare', base, head },
      description: `compare ${base} .. ${head} (inputs)`,
    };
  }
  return interpretation;
}

function interpretPayload(ctx: WorkflowContext, overrides: DetectOverrides): EventInterpretation {
  const { eventName, payload } = ctx;
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const number = field(payload, ['pull_request', 'number']) ?? field(payload, ['number']);
      if (typeof number !== 'number') {
        throw new UserInputError([{ message: `the ${eventName} event payload has no pull_request.number` }]);
      }
      const head = requireSha(payload, ['pull_request', 'head', 'sha'], eventName);
      const base = requireSha(payload, ['pull_request', 'base', 'sha'], eventName);
      return {
        query: overrides.all ? { kind: 'all' } : { kind: 'compare', base, head },
        temporaryTag: `pr-${number}-${shortSha(head)}`,
        description: `pull request #${number}: merge-base(${shortSha(base)}, ${shortSha(head)}) .. ${shortSha(head)}`,
      };
    }
    case 'merge_group': {
      const head = requireSha(payload, ['merge_group', 'head_sha'], eventName);
      const base = requireSha(payload, ['merge_group', 'base_sha'], eventName);
      return {
        query: overrides.all ? { kind: 'all' } : { kind: 'compare', base, head },
        temporaryTag: `mq-${shortSha(head)}`,
        description: `merge queue: ${shortSha(base)} .. ${shortSha(head)}`,
      };
    }
    case 'push': {
      const ref = requireString(payload, ['ref'], eventName);
      if (ref.startsWith('refs/tags/')) {
        const tag = ref.slice('refs/tags/'.length);
        return {
          query: { kind: 'nothing', why: `a tag push (${tag}) rebuilds nothing; promote moves the commit's images` },
          temporaryTag: undefined,
          description: `tag ${tag}: nothing to rebuild`,
        };
      }
      const branch = branchOfRef(ref);
      if (branch === undefined) {
        throw new UserInputError([{ message: `push to "${ref}" is neither a branch nor a tag` }]);
      }
      const after = requireSha(payload, ['after'], eventName);
      const before = requireString(payload, ['before'], eventName);
      const tag = joinTag(slugify(branch), shortSha(after));
      if (overrides.all) return { query: { kind: 'all' }, temporaryTag: tag, description: `push to ${branch}: all images` };
      if (ZERO_SHA.test(before)) {
        const defaultBranch = requireString(payload, ['repository', 'default_branch'], eventName);
        return {
          query: { kind: 'new-branch', defaultBranch, head: after },
          temporaryTag: tag,
          description: `new branch ${branch}: merge-base(${defaultBranch}, ${shortSha(after)}) .. ${shortSha(after)}`,
        };
      }
      if (!HEX_SHA.test(before)) throw new UserInputError([{ message: `push payload "before" is not a commit SHA` }]);
      return {
        query: { kind: 'compare', base: before, head: after },
        temporaryTag: tag,
        description: `push to ${branch}: ${shortSha(before)} .. ${shortSha(after)}`,
      };
    }
    case 'schedule':
      return {
        query: overrides.all ? { kind: 'all' } : { kind: 'upstream' },
        temporaryTag: `nightly-${yyyymmdd(ctx.now)}-${shortSha(ctx.sha)}`,
        description: overrides.all ? 'schedule: all images' : 'schedule: upstream sources and external bases',
      };
    case 'workflow_dispatch': {
      const named = overrides.images.length > 0 ? overrides.images : imagesFromDispatchInputs(payload);
      return {
        query: overrides.all || named.length === 0 ? { kind: 'all' } : { kind: 'named', images: named },
        temporaryTag: `manual-${slugify(ctx.runId)}`,
        description: named.length > 0 && !overrides.all ? `manual: ${named.join(', ')}` : 'manual: all images',
      };
    }
    case 'repository_dispatch': {
      const action = field(payload, ['action']);
      if (action !== 'source-updated') {
        return {
          query: { kind: 'nothing', why: `repository_dispatch "${String(action)}" is not "source-updated"` },
          temporaryTag: undefined,
          description: `repository_dispatch ${String(action)}: ignored`,
        };
      }
      const repository = requireString(payload, ['client_payload', 'repository'], eventName);
      const sha = field(payload, ['client_payload', 'sha']);
      const ref = field(payload, ['client_payload', 'ref']);
      const sourceSha = typeof sha === 'string' && HEX_SHA.test(sha) ? sha : ctx.sha;
      return {
        query: {
          kind: 'source-updated',
          repository,
          ...(typeof ref === 'string' ? { ref } : {}),
          ...(typeof sha === 'string' ? { sha } : {}),
        },
        temporaryTag: `source-${shortSha(sourceSha)}`,
        description: `source ${repository} updated`,
      };
    }
    default: {
      // Any other event (workflow_run, release…): build what the commit range says, if we can tell.
      return {
        query: { kind: 'all' },
        temporaryTag: joinTag(slugify(eventName), shortSha(ctx.sha)),
        description: `${eventName}: all images`,
      };
    }
  }
}

/** workflow_dispatch inputs may carry `images` as a comma, space or newline separated list. */
function imagesFromDispatchInputs(payload: unknown): string[] {
  const value = field(payload, ['inputs', 'images']);
  return typeof value === 'string' ? parseList(value) : [];
}

/** Splits a user list: JSON array, or names separated by commas, spaces or newlines. */
export function parseList(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return parsed;
    throw new UserInputError([{ message: 'the images list is a JSON value but not an array of strings' }]);
  }
  return trimmed.split(/[\s,]+/).filter(Boolean);
}
