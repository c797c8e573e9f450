import { describe, expect, it } from 'vitest';
import type { BuildRun, ImageBuildResult } from '../../../src/app/build.js';
import type { Project } from '../../../src/app/project.js';
import { BuildFailedError } from '../../../src/adapters/builders/index.js';
import type { Outcome } from '../../../src/core/schedule/index.js';
import { buildSummaryMarkdown } from '../../../src/report/build-summary.js';

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;

function built(image: string, status: 'built' | 'reused', size: number | undefined, seconds: number): Outcome<ImageBuildResult> {
  return {
    status: 'built',
    seconds,
    result: {
      image,
      status,
      digest: DIGEST,
      ref: `r/${image}@${DIGEST}`,
      buildKey: 'b'.repeat(64),
      builder: status === 'reused' ? 'reuse' : 'buildah',
      seconds,
      ...(size === undefined ? {} : { size }),
    },
  };
}

// The summary reads outcomes only; the project is never consulted.
const run = (outcomes: [string, Outcome<ImageBuildResult>][]): BuildRun => ({ project: {} as Project, outcomes: new Map(outcomes) });

describe('buildSummaryMarkdown', () => {
  it('has a row per image with result, short digest, builder, duration and size', () => {
    const text = buildSummaryMarkdown(
      run([
        ['base', built('base', 'reused', 1_572_864, 0.04)],
        ['mid', built('mid', 'built', 2_048, 12.345)],
        ['tiny', built('tiny', 'built', 512, 1)],
        ['unknown-size', built('unknown-size', 'built', undefined, 1)],
      ]),
      'pr-7-abcdef0',
    );
    expect(text.split('\n')).toEqual([
      '## image-actions build',
      '',
      'Tag `pr-7-abcdef0`',
      '',
      '| image | result | digest | builder | duration | size |',
      '| --- | --- | --- | --- | --- | --- |',
      '| `base` | reused | `sha256:0123456789ab…` | reuse | 0.0 s | 1.5 MiB |',
      '| `mid` | built | `sha256:0123456789ab…` | buildah | 12.3 s | 2.0 KiB |',
      '| `tiny` | built | `sha256:0123456789ab…` | buildah | 1.0 s | 512 B |',
      '| `unknown-size` | built | `sha256:0123456789ab…` | buildah | 1.0 s |  |',
      '',
      '',
    ]);
  });

  it('lists a failure with the builder\'s last lines, and a skip with its reason', () => {
    const logTail = Array.from({ length: 25 }, (_, i) => `line ${i + 1}`);
    const error = new BuildFailedError({ image: 'mid', builder: 'docker', phase: 'build', reason: 'exit 1', logTail, dockerfile: '/tmp/x/Dockerfile', dockerfileLine: 3 });
    const text = buildSummaryMarkdown(
      run([
        ['leaf', { status: 'skipped', failedAncestors: ['mid'], reason: 'its parent mid failed' }],
        ['mid', { status: 'failed', error, seconds: 4.21 }],
        ['other', { status: 'failed', error: new Error('registry said no'), seconds: 0 }],
      ]),
      't',
    );
    expect(text).toContain('| `leaf` | skipped | | | | its parent mid failed |');
    expect(text).toContain('| `mid` | **failed** | | | 4.2 s | |');
    // The last 20 lines only, in a code block under the image's heading.
    expect(text).toContain(['### mid failed', '', '```', ...logTail.slice(-20), '```'].join('\n'));
    expect(text).not.toContain('line 5\n');
    expect(text).toContain(['### other failed', '', '```', 'registry said no', '```'].join('\n'));
  });
});
