import { describe, expect, it } from 'vitest';
import { formatBytes, formatRetentionPlan } from '../../../../src/core/retention/format.js';
import { planRetention } from '../../../../src/core/retention/plan.js';
import { digestOf, NOW, policy, StateBuilder } from './fixtures.js';

describe('formatRetentionPlan', () => {
  const state = new StateBuilder('registry.test/acme/web')
    .image('old', { days: 10, size: 2048 })
    .image('cur', { days: 40 })
    .image('new', { days: 1 })
    .tag('latest', 'cur')
    .tag('pr-7', 'cur')
    .tag('pr-8', 'old')
    .tag('pr-9', 'new')
    .build();
  const plan = planRetention(state, policy([{ tags: 'pr-*', olderThan: '7d' }], ['latest']), NOW);
  const short = (name: string) => digestOf(name).slice(0, 19);

  it('prints totals, every tag with what decided it, every manifest, and the steps in order', () => {
    expect(formatRetentionPlan(plan).split('\n')).toEqual([
      'Retention plan for registry.test/acme/web (ages at 2025-06-15T12:00:00.000Z)',
      '  tags: 2 to delete, 2 kept',
      '  manifests: 1 to delete, 1 to untag only, 1 kept',
      '  space: 2048 bytes (2.0 KiB)',
      'Tags:',
      `  keep    latest  ${short('cur')}  protect "latest": never deleted, nor is anything its digest needs`,
      `  delete  pr-7    ${short('cur')}  rule 1 "pr-*" (older-than 7d): 40d old (created), older than 7d`,
      `  delete  pr-8    ${short('old')}  rule 1 "pr-*" (older-than 7d): 10d old (created), older than 7d`,
      `  keep    pr-9    ${short('new')}  rule 1 "pr-*" (older-than 7d): 1d old (created), not older than 7d`,
      'Manifests:',
      ...[
        ['cur', `  untag-only       ${digestOf('cur')}  image     kept tag latest points at it: its other tags are removed as tags, the manifest stays [tags removed: pr-7]`],
        ['new', `  keep             ${digestOf('new')}  image     kept tag pr-9 points at it`],
        ['old', `  delete-manifest  ${digestOf('old')}  image     all its tags are deleted and nothing that stays needs it [tags removed: pr-8]`],
      ]
        .sort(([a], [b]) => (digestOf(a!) < digestOf(b!) ? -1 : 1))
        .map(([, line]) => line!),
      'Steps, in order:',
      `  1. untag pr-7 (from ${short('cur')}, which stays)`,
      `  2. delete manifest ${digestOf('old')} with its tags pr-8`,
    ]);
  });

  it('is the same text for the same plan (a dry run prints what the real run does)', () => {
    const again = planRetention(state, policy([{ tags: 'pr-*', olderThan: '7d' }], ['latest']), NOW);
    expect(formatRetentionPlan(again)).toBe(formatRetentionPlan(plan));
  });

  it('says when freed space is a lower bound, and when there is nothing to do', () => {
    const s = new StateBuilder().image('a', { days: 30 }).tag('pr-1', 'a').build();
    const text = formatRetentionPlan(planRetention(s, policy([{ tags: 'pr-*', olderThan: '7d' }]), NOW));
    expect(text).toContain('space: 0 bytes at least; 1 deleted manifest(s) of unknown size');
    const idle = formatRetentionPlan(planRetention(s, policy([]), NOW));
    expect(idle).toContain('Steps, in order:\n  (nothing to do)');
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1536, '1536 bytes (1.5 KiB)'],
    [5 * 1024 ** 3, '5368709120 bytes (5.0 GiB)'],
  ])('%d → %s', (n, text) => expect(formatBytes(n)).toBe(text));
});
