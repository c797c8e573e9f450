import { describe, expect, it } from 'vitest';
import type { BuildRun, ImageBuildResult } from '../../../src/app/build.js';
import { buildOutputs, describeFailure, parseBuildArgs, sourceUrlFromRemote } from '../../../src/app/build-run.js';
import type { Project } from '../../../src/app/project.js';
import { BuildFailedError } from '../../../src/adapters/builders/index.js';
import type { Outcome } from '../../../src/core/schedule/index.js';

const DIGEST = (n: number): string => `sha256:${String(n).repeat(64).slice(0, 64)}`;

function result(image: string, status: 'built' | 'reused', digest: string): ImageBuildResult {
  return {
    image,
    status,
    digest,
    ref: digest ? `127.0.0.1:5000/t/${image}@${digest}` : `127.0.0.1:5000/t/${image}:pr-1`,
    buildKey: 'a'.repeat(64),
    builder: status === 'reused' ? 'reuse' : 'docker',
    seconds: 1.5,
  };
}

/**
 * The part of a loaded project that reporting reads: each image's Dockerfile and whether it is
 * a template. (A whole Project needs files on disk; the reporting never looks further.)
 */
function projectWith(images: Record<string, { dockerfile: string; templated: boolean }>): Project {
  const map = new Map(Object.entries(images).map(([name, image]) => [name, { image: { name, dir: image.dockerfile, ...image } }]));
  return { images: map } as unknown as Project;
}

function runOf(outcomes: [string, Outcome<ImageBuildResult>][], project: Project = projectWith({})): BuildRun {
  return { project, outcomes: new Map(outcomes) };
}

function failure(line: number | undefined, dockerfile = '/tmp/image-actions-build-x/mid-y/Dockerfile'): BuildFailedError {
  return new BuildFailedError({
    image: 'mid',
    builder: 'buildah',
    phase: 'build',
    reason: 'buildah bud exited with 1: error building at STEP "RUN exit 1"',
    logTail: ['STEP 3/3: RUN exit 1', 'error building at STEP "RUN exit 1"'],
    dockerfile,
    dockerfileLine: line,
  });
}

describe('buildOutputs', () => {
  it('sorts every image into exactly one list, with digests and refs for what was pushed', () => {
    const run = runOf([
      ['base', { status: 'built', result: result('base', 'reused', DIGEST(1)), seconds: 0.1 }],
      ['leaf', { status: 'skipped', failedAncestors: ['mid'], reason: 'its parent mid failed' }],
      ['mid', { status: 'failed', error: new Error('boom'), seconds: 2 }],
      ['sibling', { status: 'built', result: result('sibling', 'built', DIGEST(2)), seconds: 3 }],
    ]);
    expect(buildOutputs(run)).toEqual({
      digests: { base: DIGEST(1), sibling: DIGEST(2) },
      refs: { base: `127.0.0.1:5000/t/base@${DIGEST(1)}`, sibling: `127.0.0.1:5000/t/sibling@${DIGEST(2)}` },
      built: ['sibling'],
      reused: ['base'],
      failed: ['mid'],
      skipped: ['leaf'],
    });
  });

  it('has a ref but no digest for an image built without pushing', () => {
    const outputs = buildOutputs(runOf([['local', { status: 'built', result: result('local', 'built', ''), seconds: 1 }]]));
    expect(outputs.digests).toEqual({});
    expect(outputs.refs).toEqual({ local: '127.0.0.1:5000/t/local:pr-1' });
    expect(outputs.built).toEqual(['local']);
  });
});

describe('parseBuildArgs', () => {
  it('reads KEY=value lines, keeping = in values and skipping blanks and comments', () => {
    expect(parseBuildArgs('VERSION=1.2\n\n# a comment\n  OPTS=a=b c \nEMPTY=\n')).toEqual({ VERSION: '1.2', OPTS: 'a=b c', EMPTY: '' });
    expect(parseBuildArgs('')).toEqual({});
  });

  it('names the line that is not KEY=value', () => {
    expect(() => parseBuildArgs('A=1\nnot an argument')).toThrow('build-args line 2 "not an argument" is not KEY=value');
    expect(() => parseBuildArgs('=value')).toThrow(/line 1/);
  });
});

describe('describeFailure', () => {
  it('moves the location from the generated Dockerfile to the image\'s own', () => {
    const run = runOf([], projectWith({ mid: { dockerfile: 'images/mid/Dockerfile', templated: false } }));
    const report = describeFailure('/repo', run, 'mid', failure(3));
    expect(report).toEqual({
      message: 'buildah failed to build mid at images/mid/Dockerfile:3: buildah bud exited with 1: error building at STEP "RUN exit 1"',
      file: 'images/mid/Dockerfile',
      line: 3,
      logTail: ['STEP 3/3: RUN exit 1', 'error building at STEP "RUN exit 1"'],
    });
  });

  it('names the rendered line of a template, without claiming it is a line of the template', () => {
    const run = runOf([], projectWith({ mid: { dockerfile: '/repo/images/mid/Dockerfile.j2', templated: true } }));
    const report = describeFailure('/repo', run, 'mid', failure(7));
    expect(report.message).toContain('at images/mid/Dockerfile.j2 (rendered line 7): ');
    expect(report.file).toBe('images/mid/Dockerfile.j2');
    expect(report).not.toHaveProperty('line');
  });

  it('points at the file alone when the builder did not name a line', () => {
    const run = runOf([], projectWith({ mid: { dockerfile: 'images/mid/Dockerfile', templated: false } }));
    const report = describeFailure('/repo', run, 'mid', failure(undefined));
    expect(report.file).toBe('images/mid/Dockerfile');
    expect(report).not.toHaveProperty('line');
    expect(report.message).toBe('buildah failed to build mid: buildah bud exited with 1: error building at STEP "RUN exit 1"');
  });

  it('passes other errors through with no location', () => {
    const run = runOf([], projectWith({ mid: { dockerfile: 'images/mid/Dockerfile', templated: false } }));
    expect(describeFailure('/repo', run, 'mid', new Error('mid is built FROM base, which has neither…'))).toEqual({
      message: 'mid is built FROM base, which has neither…',
      logTail: [],
    });
    expect(describeFailure('/repo', run, 'mid', 'a string')).toEqual({ message: 'a string', logTail: [] });
  });
});

describe('sourceUrlFromRemote (the CLI source label)', () => {
  it('takes an https remote without .git and without credentials', () => {
    expect(sourceUrlFromRemote('https://github.com/acme/images.git\n')).toBe('https://github.com/acme/images');
    expect(sourceUrlFromRemote('https://x-access-token:ghs_secret@github.com/acme/images.git')).toBe('https://github.com/acme/images');
    expect(sourceUrlFromRemote('https://gitlab.example.com:8443/group/sub/images/')).toBe('https://gitlab.example.com:8443/group/sub/images');
  });

  it('leaves out what is not a web address', () => {
    expect(sourceUrlFromRemote('git@github.com:acme/images.git')).toBeUndefined();
    expect(sourceUrlFromRemote('ssh://git@github.com/acme/images.git')).toBeUndefined();
    expect(sourceUrlFromRemote('/srv/git/images.git')).toBeUndefined();
    expect(sourceUrlFromRemote('https://github.com/')).toBeUndefined();
  });
});
