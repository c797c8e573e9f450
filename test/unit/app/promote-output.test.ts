/**
 * The pure parts of promotion: the `promoted` output, references of builds, and the job summary
 * table (src/report/promote-summary.ts, rendered from the use case's result).
 */
import { describe, expect, it } from 'vitest';
import { imageRef, promotedOutput, type PromotionOutcome } from '../../../src/app/promote.js';
import type { PromoteResult } from '../../../src/app/promote-run.js';
import { promoteSummaryMarkdown } from '../../../src/report/promote-summary.js';

const D1 = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'b'.repeat(64)}`;

const outcomes: PromotionOutcome[] = [
  {
    image: 'api',
    digest: D1,
    repository: 'ghcr.io/acme/ex-api',
    tags: [
      { tag: 'latest', state: 'new' },
      { tag: 'sha-0123456', state: 'unchanged' },
    ],
    blobs: { copied: 0, mounted: 0 },
  },
  { image: 'db', digest: D2, repository: 'ghcr.io/acme/ex-db', tags: [{ tag: 'latest', state: 'would-move' }], blobs: { copied: 0, mounted: 0 } },
];

describe('promotedOutput', () => {
  it('maps image → digest → every tag, moved now or already there', () => {
    expect(promotedOutput(outcomes)).toEqual({ api: { [D1]: ['latest', 'sha-0123456'] }, db: { [D2]: ['latest'] } });
    expect(promotedOutput([])).toEqual({});
  });
});

describe('imageRef', () => {
  it('joins registry, prefix, name and tag, normalising like Docker', () => {
    expect(imageRef('ghcr.io/acme/', 'ex-', 'api', 'pr-1-abcdef0')).toMatchObject({
      registry: 'ghcr.io',
      repository: 'acme/ex-api',
      target: { kind: 'tag', tag: 'pr-1-abcdef0' },
    });
    expect(imageRef('127.0.0.1:5000', '', 'db', 'latest')).toMatchObject({ registry: '127.0.0.1:5000', repository: 'db' });
    expect(imageRef('docker.io/acme', '', 'db', 'latest')).toMatchObject({ registry: 'registry-1.docker.io', repository: 'acme/db' });
  });
});

describe('promoteSummaryMarkdown', () => {
  const result: PromoteResult = { source: { tag: 'pr-1-abcdef0', why: 'the from input' }, tags: ['latest', 'sha-0123456'], outcomes };

  it('is a table: image, short digest, each tag with its state', () => {
    expect(promoteSummaryMarkdown(result, false)).toBe(
      [
        '## image-actions promote',
        '',
        'From `pr-1-abcdef0` (the from input).',
        '',
        '| image | digest | tags |',
        '| --- | --- | --- |',
        `| \`api\` | \`sha256:aaaaaaaaaaaa…\` | \`latest\` (new), \`sha-0123456\` (unchanged) |`,
        `| \`db\` | \`sha256:bbbbbbbbbbbb…\` | \`latest\` (would-move) |`,
        '',
      ].join('\n'),
    );
  });

  it('says so on a dry run, and when nothing was promoted', () => {
    expect(promoteSummaryMarkdown(result, true)).toContain('**Dry run: no tag was moved.**');
    expect(promoteSummaryMarkdown({ ...result, outcomes: [] }, false)).toContain('Nothing was promoted.');
  });
});
