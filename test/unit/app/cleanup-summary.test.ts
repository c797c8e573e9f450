/** The cleanup job summary: a dry run says so first, long lists fold, problems are listed. */
import { describe, expect, it } from 'vitest';
import { planRetention } from '../../../src/core/retention/plan.js';
import type { CleanupResult, ImageCleanup, TagReport } from '../../../src/app/cleanup/run.js';
import { cleanupSummaryMarkdown } from '../../../src/report/cleanup-summary.js';
import { NOW, policy, StateBuilder } from '../core/retention/fixtures.js';

const plan = planRetention(new StateBuilder().image('a', { days: 1 }).tag('latest', 'a').build(), policy([]), NOW);

function tags(n: number, prefix: string): TagReport[] {
  return Array.from({ length: n }, (_, i) => ({ tag: `${prefix}-${i}`, digest: `sha256:${'a'.repeat(64)}`, decidedBy: 'rule 1 "pr-*" (older-than 7d)', why: '9d old (created), older than 7d' }));
}

function image(overrides: Partial<ImageCleanup>): ImageCleanup {
  return { image: 'app', repository: 'registry.test/acme/app', status: 'cleaned', plan, deletedTags: [], deletedDigests: [], keptTags: [], unsupported: [], failed: [], skipped: [], bytesFreed: 0, manifestsWithoutSize: 0, ...overrides };
}

function withoutPlan(i: ImageCleanup): ImageCleanup {
  const { plan: _plan, ...rest } = i;
  return rest;
}

function result(dryRun: boolean, images: ImageCleanup[]): CleanupResult {
  return { dryRun, now: NOW.toISOString(), deleter: 'distribution', storageNote: 'GC needed.', images };
}

describe('cleanupSummaryMarkdown', () => {
  it('a dry run says so at the top, before anything else', () => {
    const md = cleanupSummaryMarkdown(result(true, [image({ status: 'planned', deletedTags: tags(2, 'pr'), keptTags: tags(1, 'keep') })]));
    expect(md.split('\n').slice(0, 3)).toEqual(['## image-actions cleanup', '', '**Dry run: nothing was deleted.** Below is exactly what a real run would delete and keep.']);
    expect(md).toContain('**To delete: tags (2)**');
    expect(md).toContain('| `pr-0` | `sha256:aaaaaaaaaaaa` | rule 1 "pr-*" (older-than 7d) | 9d old (created), older than 7d |');
    expect(md).not.toContain('GC needed.'); // no manifest deleted: no storage note
  });

  it('folds tables beyond 50 rows, cuts them at 500, and notes the storage when manifests went', () => {
    const md = cleanupSummaryMarkdown(
      result(false, [image({ deletedTags: tags(600, 'pr'), keptTags: tags(10, 'k'), deletedDigests: [{ digest: `sha256:${'b'.repeat(64)}`, kind: 'image', tags: ['pr-0'], why: 'all its tags are deleted' }], bytesFreed: 2048 })]),
    );
    expect(md).not.toContain('Dry run');
    expect(md).toContain('<details><summary>Deleted: tags (600)</summary>');
    expect(md).toContain('… and 100 more; the step log lists them all.');
    expect(md).toContain('**Kept: tags (10)**');
    expect(md).toContain('> GC needed.');
    expect(md).toContain('| `app` | done | 600 | 1 | 10 | 0 | 2048 bytes (2.0 KiB) |');
  });

  it('lists failures first, and what was skipped or impossible per image', () => {
    const md = cleanupSummaryMarkdown(
      result(false, [
        image({
          status: 'partial',
          failed: [{ operation: 'delete-manifest', digest: `sha256:${'c'.repeat(64)}`, tags: ['old'], reason: 'HTTP 500' }],
          skipped: [{ operation: 'delete-manifest', digest: `sha256:${'d'.repeat(64)}`, tags: [], reason: 'the delete of sha256:cc… that must come first failed' }],
          unsupported: [{ operation: 'untag', digest: `sha256:${'e'.repeat(64)}`, tags: ['x-1'], reason: 'no tag deletion here' }],
          manifestsWithoutSize: 1,
        }),
        { ...withoutPlan(image({})), image: 'web', status: 'missing', message: 'the repository does not exist in the registry' },
      ]),
    );
    expect(md).toContain(`**1 problem(s):**\n\n- app: delete sha256:${'c'.repeat(64)} (old) failed: HTTP 500`);
    expect(md).toContain('| `app` | **partly done** | 0 | 0 | 0 | 3 | at least 0 bytes (1 manifest(s) of unknown size) |');
    expect(md).toContain('**Not possible on this registry (1)**');
    expect(md).toContain('| untag x-1 | no tag deletion here |');
    expect(md).toContain('**Skipped (an operation that must come first was not done) (1)**');
    expect(md).toContain('nothing to clean: the repository does not exist in the registry');
  });
});
