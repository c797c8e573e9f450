import { describe, expect, it } from 'vitest';
import { interpretEvent, parseList } from '../../../../src/core/event/interpret.js';
import type { WorkflowContext } from '../../../../src/core/event/context.js';
import { UserInputError } from '../../../../src/core/diagnostics.js';
import { webhookExample } from '../../../support/webhook-examples.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const NOW = new Date('2026-11-23T04:05:06Z');
const none = { all: false, images: [] as string[] };

function ctx(eventName: string, payload: unknown, extra: Partial<WorkflowContext> = {}): WorkflowContext {
  return { eventName, payload, sha: B, ref: 'refs/heads/main', runId: '4242', now: NOW, ...extra };
}

describe('interpretEvent with recorded GitHub payloads', () => {
  it('pull_request: merge-base(base, head) .. head, tag pr-<n>-<sha7>', () => {
    const p = webhookExample('pull_request', 'synchronize');
    p['pull_request'].head.sha = B;
    p['pull_request'].base.sha = A;
    const r = interpretEvent(ctx('pull_request', p), none);
    expect(r.query).toEqual({ kind: 'compare', base: A, head: B });
    expect(r.temporaryTag).toBe(`pr-${p['pull_request'].number}-bbbbbbb`);
  });

  it('merge_group: base_sha .. head_sha, tag mq-<sha7>', () => {
    const p = webhookExample('merge_group', 'checks_requested');
    p['merge_group'].head_sha = B;
    p['merge_group'].base_sha = A;
    const r = interpretEvent(ctx('merge_group', p), none);
    expect(r.query).toEqual({ kind: 'compare', base: A, head: B });
    expect(r.temporaryTag).toBe('mq-bbbbbbb');
  });

  it('push to a branch: before .. after, tag <branch-slug>-<sha7>', () => {
    const p = webhookExample('push');
    p['ref'] = 'refs/heads/Feature/New Thing';
    p['before'] = A;
    p['after'] = B;
    const r = interpretEvent(ctx('push', p), none);
    expect(r.query).toEqual({ kind: 'compare', base: A, head: B });
    expect(r.temporaryTag).toBe('feature-new-thing-bbbbbbb');
  });

  it('push of a new branch (zero before): against the default branch', () => {
    const p = webhookExample('push');
    p['ref'] = 'refs/heads/topic';
    p['before'] = '0'.repeat(40);
    p['after'] = B;
    const r = interpretEvent(ctx('push', p), none);
    expect(r.query).toEqual({ kind: 'new-branch', defaultBranch: p['repository'].default_branch, head: B });
  });

  it('push of a tag: nothing rebuilt, no temporary tag', () => {
    const p = webhookExample('push');
    p['ref'] = 'refs/tags/v1.2.3';
    const r = interpretEvent(ctx('push', p), none);
    expect(r.query.kind).toBe('nothing');
    expect(r.temporaryTag).toBeUndefined();
  });

  it('schedule: upstream, or all; tag nightly-<yyyymmdd>-<sha7>', () => {
    const p = { schedule: '0 3 * * *' };
    expect(interpretEvent(ctx('schedule', p), none).query).toEqual({ kind: 'upstream' });
    const r = interpretEvent(ctx('schedule', p), { all: true, images: [] });
    expect(r.query).toEqual({ kind: 'all' });
    expect(r.temporaryTag).toBe('nightly-20261123-bbbbbbb');
  });

  it('workflow_dispatch: named images from the input or the payload, tag manual-<run-id>', () => {
    const p = webhookExample('workflow_dispatch');
    p['inputs'] = { images: 'foreman, dynflow' };
    const fromPayload = interpretEvent(ctx('workflow_dispatch', p), none);
    expect(fromPayload.query).toEqual({ kind: 'named', images: ['foreman', 'dynflow'] });
    expect(fromPayload.temporaryTag).toBe('manual-4242');
    const fromInput = interpretEvent(ctx('workflow_dispatch', p), { all: false, images: ['base'] });
    expect(fromInput.query).toEqual({ kind: 'named', images: ['base'] });
    p['inputs'] = {};
    expect(interpretEvent(ctx('workflow_dispatch', p), none).query).toEqual({ kind: 'all' });
  });

  it('repository_dispatch source-updated: the payload repository, tag source-<sha7>', () => {
    const p = webhookExample('repository_dispatch');
    p['action'] = 'source-updated';
    p['client_payload'] = { repository: 'theforeman/foreman', ref: 'develop', sha: A };
    const r = interpretEvent(ctx('repository_dispatch', p), none);
    expect(r.query).toEqual({ kind: 'source-updated', repository: 'theforeman/foreman', ref: 'develop', sha: A });
    expect(r.temporaryTag).toBe('source-aaaaaaa');
  });

  it('explicit base and head override the event', () => {
    const p = webhookExample('push');
    p['before'] = A;
    p['after'] = B;
    const r = interpretEvent(ctx('push', p), { all: false, images: [], base: 'main~3', head: 'HEAD' });
    expect(r.query).toEqual({ kind: 'compare', base: 'main~3', head: 'HEAD' });
  });

  it('a payload without the needed field is a clear error', () => {
    const p = webhookExample('pull_request', 'opened');
    delete p['pull_request'].head.sha;
    expect(() => interpretEvent(ctx('pull_request', p), none)).toThrow(UserInputError);
    expect(() => interpretEvent(ctx('pull_request', p), none)).toThrow(/pull_request\.head\.sha/);
  });

  it('a crafted SHA is refused, never passed on to git', () => {
    const p = webhookExample('push');
    p['ref'] = 'refs/heads/main';
    p['before'] = '--upload-pack=evil';
    p['after'] = B;
    expect(() => interpretEvent(ctx('push', p), none)).toThrow(/not a commit SHA/);
  });
});

describe('parseList', () => {
  it('reads JSON arrays and separated names', () => {
    expect(parseList('["a","b"]')).toEqual(['a', 'b']);
    expect(parseList('a, b\nc d')).toEqual(['a', 'b', 'c', 'd']);
    expect(() => parseList('[1]')).toThrow(UserInputError);
  });
});

describe('applyTemporaryTagRule', async () => {
  const { applyTemporaryTagRule } = await import('../../../../src/core/event/temporary-tag.js');
  const where = { file: 'images.yaml', line: 3, column: 14 };
  it('keeps the event tag by default and fills a pattern', () => {
    const c = ctx('push', {});
    expect(applyTemporaryTagRule({ kind: 'default' }, 'main-bbbbbbb', c, where)).toBe('main-bbbbbbb');
    expect(applyTemporaryTagRule({ kind: 'pattern', pattern: 'ci-{event}-{sha7}' }, 'x', c, where)).toBe('ci-push-bbbbbbb');
    expect(applyTemporaryTagRule({ kind: 'pattern', pattern: 'ci-{sha7}' }, undefined, c, where)).toBeUndefined();
  });
  it('points an unknown placeholder at images.yaml', () => {
    try {
      applyTemporaryTagRule({ kind: 'pattern', pattern: 'ci-{pr}' }, 'x', ctx('push', {}), where);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserInputError);
      expect((error as UserInputError).diagnostics[0]?.location).toEqual(where);
      expect((error as UserInputError).message).toContain('{pr}');
    }
  });
});
