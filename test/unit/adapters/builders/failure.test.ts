import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failingDockerfileLine, findFailedStep, locateFailedStep } from '../../../../src/adapters/builders/failure.js';

// Outputs below were recorded from real failed builds of MULTI_STAGE on this project's test
// machine (docker 28 CLI legacy builder, docker 20.10 BuildKit, buildah 1.28); progress lines
// that carry no information for the parser are trimmed.
const MULTI_STAGE = [
  '# comment',
  'ARG X=1',
  'FROM scratch AS build',
  'COPY busybox /bin/busybox',
  'RUN ["/bin/busybox","--install","-s","/bin"]',
  'RUN echo one \\',
  '    && echo two',
  '',
  'FROM build',
  'LABEL k=v',
  'RUN echo final && \\',
  '    exit 3',
  '',
].join('\n');

const LEGACY_OUTPUT = `Sending build context to Docker daemon  1.985MB
Step 1/8 : ARG X=1
Step 2/8 : FROM scratch AS build
 --->
Step 3/8 : COPY busybox /bin/busybox
 ---> 62a1ee068b7f
Step 4/8 : RUN ["/bin/busybox","--install","-s","/bin"]
 ---> Running in 41293d887661
Step 5/8 : RUN echo one     && echo two
 ---> Running in 3fc6fb4705f5
one
two
Removing intermediate container 3fc6fb4705f5
Step 6/8 : FROM build
Step 7/8 : LABEL k=v
Removing intermediate container 869f6241d5a9
Step 8/8 : RUN echo final &&     exit 3
 ---> Running in db0c95df9d8f
final
The command '/bin/sh -c echo final &&     exit 3' returned a non-zero code: 3`;

const BUILDKIT_20_OUTPUT = `#6 [build 3/3] RUN echo one     && echo two
#6 sha256:1d2f
#6 0.276 one
#6 0.277 two
#6 DONE 0.3s

#7 [stage-1 1/1] RUN echo final &&     exit 3
#7 sha256:dd0ab33abda99cb5ebe060087d3d34088cb143b78fb4d20adca25e84f2f36457
#7 0.343 final
#7 ERROR: executor failed running [/bin/sh -c echo final &&     exit 3]: exit code: 3
------
 > [stage-1 1/1] RUN echo final &&     exit 3:
------
executor failed running [/bin/sh -c echo final &&     exit 3]: exit code: 3`;

const BUILDAH_OUTPUT = `[1/2] STEP 1/4: FROM scratch AS build
[1/2] STEP 2/4: COPY busybox /bin/busybox
[1/2] STEP 3/4: RUN ["/bin/busybox","--install","-s","/bin"]
[1/2] STEP 4/4: RUN echo one     && echo two
one
two
--> e370511bb2d
[2/2] STEP 1/3: FROM e370511bb2d69d685531e90f130fafbfee40a06efa2160528e8dd4e8a3e5950f
[2/2] STEP 2/3: LABEL k=v
[2/2] STEP 3/3: RUN echo final &&     exit 3
final
subprocess exited with status 3
subprocess exited with status 3
Error: building at STEP "RUN echo final &&     exit 3": exit status 3`;

const lines = (text: string): string[] => text.split('\n');

describe('the failing Dockerfile line, from real builder output', () => {
  it('legacy builder: the last "Step N/M" counted over the whole file', () => {
    expect(findFailedStep('legacy', lines(LEGACY_OUTPUT))).toEqual({ kind: 'step', globalIndex: 8, text: 'RUN echo final &&     exit 3' });
    expect(failingDockerfileLine('legacy', lines(LEGACY_OUTPUT), MULTI_STAGE)).toBe(11);
  });

  it('BuildKit of docker 20.10: the failed vertex, matched by text in its stage', () => {
    expect(findFailedStep('buildkit', lines(BUILDKIT_20_OUTPUT))).toEqual({ kind: 'step', text: 'RUN echo final &&     exit 3', stage: { index: 1 } });
    expect(failingDockerfileLine('buildkit', lines(BUILDKIT_20_OUTPUT), MULTI_STAGE)).toBe(11);
  });

  it('buildah: the last STEP, within its stage', () => {
    expect(findFailedStep('buildah', lines(BUILDAH_OUTPUT))).toEqual({ kind: 'step', text: 'RUN echo final &&     exit 3', indexInStage: 3, stage: { index: 1 } });
    expect(failingDockerfileLine('buildah', lines(BUILDAH_OUTPUT), MULTI_STAGE)).toBe(11);
  });

  it('modern BuildKit (buildx): the `Dockerfile:N` heading of its source excerpt', () => {
    const fixtures = join(import.meta.dirname, '../../../fixtures/buildx');
    const output = readFileSync(join(fixtures, 'failed-run.log'), 'utf8');
    const dockerfile = readFileSync(join(fixtures, 'failed-run.Dockerfile'), 'utf8');
    expect(findFailedStep('buildkit', lines(output))).toEqual({ kind: 'line', line: 5 });
    expect(failingDockerfileLine('buildkit', lines(output), dockerfile)).toBe(5);
    // Without the excerpt, the vertex name (build args expanded) matches no instruction: no guess.
    const withoutExcerpt = lines(output).slice(0, lines(output).indexOf('failed-run.Dockerfile:5'));
    expect(failingDockerfileLine('buildkit', withoutExcerpt, dockerfile)).toBeUndefined();
  });

  it('a base that cannot be pulled points at its FROM', () => {
    const dockerfile = 'FROM scratch AS tools\nCOPY x /x\nFROM 127.0.0.1:5055/nope/x:1\nRUN true\n';
    const buildkit = [
      '#3 [internal] load metadata for 127.0.0.1:5055/nope/x:1',
      '#3 ERROR: 127.0.0.1:5055/nope/x:1: not found',
      '------',
      ' > [internal] load metadata for 127.0.0.1:5055/nope/x:1:',
      '------',
      'failed to solve with frontend dockerfile.v0: failed to create LLB definition: 127.0.0.1:5055/nope/x:1: not found',
    ];
    expect(failingDockerfileLine('buildkit', buildkit, dockerfile)).toBe(3);
    // BuildKit names Docker Hub images in full.
    const hub = [' > [internal] load metadata for docker.io/library/alpine:latest:'];
    expect(failingDockerfileLine('buildkit', hub, 'FROM alpine\nRUN true\n')).toBe(1);
    const legacy = ['Step 3/4 : FROM 127.0.0.1:5055/nope/x:1', 'manifest for 127.0.0.1:5055/nope/x:1 not found: manifest unknown: manifest unknown'];
    expect(failingDockerfileLine('legacy', legacy, dockerfile)).toBe(3);
    const buildah = ['[2/2] STEP 1/2: FROM 127.0.0.1:5055/nope/x:1', 'Error: creating build container: initializing source docker://127.0.0.1:5055/nope/x:1: manifest unknown'];
    expect(failingDockerfileLine('buildah', buildah, dockerfile)).toBe(3);
  });

  it('a Dockerfile parse error gives its line', () => {
    const dockerfile = 'FROM scratch\nCOPY busybox /bin/busybox\n\nFOO bar\n';
    expect(failingDockerfileLine('legacy', ['Error response from daemon: dockerfile parse error line 4: unknown instruction: FOO'], dockerfile)).toBe(4);
    expect(
      failingDockerfileLine('buildkit', ['failed to solve with frontend dockerfile.v0: failed to create LLB definition: dockerfile parse error line 4: unknown instruction: FOO'], dockerfile),
    ).toBe(4);
    // buildah's error message shortens the step ("FOO "), its STEP line does not.
    expect(failingDockerfileLine('buildah', ['STEP 1/3: FROM scratch', 'STEP 3/3: FOO bar', 'Error: building at STEP "FOO ": Build error: Unknown instruction: "FOO"'], dockerfile)).toBe(4);
  });

  it('does not guess between identical instructions without a stage to tell them apart', () => {
    const dockerfile = 'FROM scratch AS a\nRUN make\nFROM scratch AS b\nRUN make\n';
    expect(failingDockerfileLine('buildkit', [' > [2/2] RUN make:'], dockerfile)).toBeUndefined();
    expect(failingDockerfileLine('buildkit', [' > [b 2/2] RUN make:'], dockerfile)).toBe(4);
    expect(failingDockerfileLine('buildkit', [' > [linux/arm64 a 2/2] RUN make:'], dockerfile)).toBe(2);
    expect(failingDockerfileLine('buildah', ['[2/2] STEP 2/2: RUN make', 'Error: building at STEP "RUN make": exit status 2'], dockerfile)).toBe(4);
    expect(failingDockerfileLine('legacy', ['Step 2/4 : RUN make'], dockerfile)).toBe(2);
  });

  it('says nothing when the output names no step', () => {
    expect(findFailedStep('legacy', ['Sending build context to Docker daemon', 'error during connect: no such host'])).toBeUndefined();
    expect(findFailedStep('buildkit', ['ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file'])).toBeUndefined();
    expect(findFailedStep('buildah', ['Error: no context directory'])).toBeUndefined();
    // A line number beyond the file is not trusted.
    expect(locateFailedStep({ kind: 'line', line: 40 }, 'FROM scratch\n')).toBeUndefined();
  });

  it('ignores `name:N` lines that are step output (prefixed by BuildKit) rather than a source excerpt', () => {
    const output = ['#7 [2/2] RUN ./check', '#7 0.2 config.yml:3', '#7 ERROR: exit code: 1', ' > [2/2] RUN ./check:'];
    expect(failingDockerfileLine('buildkit', output, 'FROM scratch\nRUN ./check\n')).toBe(2);
  });
});
