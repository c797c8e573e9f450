/**
 * Which temporary tag promote moves from, for every event that needs no GitHub API call. The
 * push to the default branch (which asks GitHub for the merged pull request) is covered against
 * the loopback API fixture in test/integration/promote/promote-action.itg.test.ts; here only its
 * refusal without a token, which must happen before any call.
 */
import { describe, expect, it } from 'vitest';
import { loadImagesConfig } from '../../../src/core/config/load.js';
import type { WorkflowContext } from '../../../src/core/event/context.js';
import { UserInputError } from '../../../src/core/diagnostics.js';
import { promoteSource } from '../../../src/app/promote-source.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const HEAD = 'fedcba9876543210fedcba9876543210fedcba98';
const defaults = loadImagesConfig('version: 1\nregistry: ghcr.io/acme\n', 'images.yaml');

function ctx(eventName: string, payload: unknown, extra: Partial<WorkflowContext> = {}): WorkflowContext {
  return { eventName, payload, sha: SHA, ref: '', runId: '4711', now: new Date('2026-11-23T05:00:00Z'), ...extra };
}

describe('promoteSource', () => {
  it('takes the from input as it is, whatever the event', async () => {
    const source = await promoteSource(ctx('push', { ref: 'refs/heads/main', after: SHA, repository: { default_branch: 'main' } }), defaults, { explicit: 'pr-1-abcdef0' });
    expect(source).toEqual({ tag: 'pr-1-abcdef0', why: 'the from input' });
  });

  it('a pushed version tag promotes the sha- images of its commit', async () => {
    const source = await promoteSource(ctx('push', { ref: 'refs/tags/v1.2.3', after: SHA, before: '0'.repeat(40) }), defaults, {});
    expect(source).toEqual({ tag: 'sha-0123456', why: "tag v1.2.3 promotes the commit's sha-0123456 images" });
  });

  it('merge_group: the merge queue build mq-<head sha7>', async () => {
    const source = await promoteSource(ctx('merge_group', { merge_group: { head_sha: HEAD, base_sha: SHA } }), defaults, {});
    expect(source).toEqual({ tag: 'mq-fedcba9', why: "the merge_group event's temporary tag" });
  });

  it('pull_request: the pull request build pr-<n>-<head sha7>', async () => {
    const payload = { number: 12, pull_request: { number: 12, head: { sha: HEAD }, base: { sha: SHA } } };
    expect((await promoteSource(ctx('pull_request', payload), defaults, {})).tag).toBe('pr-12-fedcba9');
  });

  it('a push to another branch: that push build <branch>-<sha7>', async () => {
    const payload = { ref: 'refs/heads/Feature/X', before: HEAD, after: SHA, repository: { default_branch: 'main' } };
    expect((await promoteSource(ctx('push', payload), defaults, {})).tag).toBe('feature-x-0123456');
  });

  it('schedule and workflow_dispatch: the nightly and manual builds', async () => {
    expect((await promoteSource(ctx('schedule', { schedule: '0 3 * * *' }), defaults, {})).tag).toBe('nightly-20261123-0123456');
    expect((await promoteSource(ctx('workflow_dispatch', {}), defaults, {})).tag).toBe('manual-4711');
  });

  it('applies a tags.temporary pattern of images.yaml', async () => {
    const patterned = loadImagesConfig('version: 1\nregistry: ghcr.io/acme\ntags:\n  temporary: "{default}-{event}"\n', 'images.yaml');
    expect((await promoteSource(ctx('workflow_dispatch', {}), patterned, {})).tag).toBe('manual-4711-workflow_dispatch');
  });

  it('a push to the default branch without a token or repository: says what is missing, asks nothing', async () => {
    const payload = { ref: 'refs/heads/main', before: HEAD, after: SHA, repository: { default_branch: 'main' } };
    await expect(promoteSource(ctx('push', payload), defaults, { repository: 'acme/app' })).rejects.toThrow(/needs github-token and GITHUB_REPOSITORY.*or give from:/);
    await expect(promoteSource(ctx('push', payload), defaults, { token: 't' })).rejects.toThrow(/needs github-token and GITHUB_REPOSITORY/);
  });

  it('an event without a temporary tag asks for the from input', async () => {
    await expect(promoteSource(ctx('repository_dispatch', { action: 'other' }), defaults, {})).rejects.toThrow(
      /the repository_dispatch event has no temporary tag to promote from; give the from input/,
    );
  });

  it('a malformed payload is a user input error, not a crash', async () => {
    await expect(promoteSource(ctx('pull_request', { pull_request: {} }), defaults, {})).rejects.toBeInstanceOf(UserInputError);
  });
});
