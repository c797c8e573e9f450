/**
 * The rules of issue 8 §1 on the real workflows (project and example consumer), each rule also
 * shown to catch what it is for on a small broken workflow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  concurrencyProblems,
  permissionProblems,
  pinProblems,
  referenceProblems,
  runExpressionProblems,
  timeoutProblems,
  waveProblems,
} from './support/rules.js';
import {
  actionContract,
  actionNames,
  exampleWorkflowPaths,
  isReusable,
  loadYaml,
  OWN_REF,
  OWN_REPOSITORY,
  projectWorkflowPaths,
  reusableWorkflows,
  ROOT,
  type ActionContract,
} from './support/workflow-files.js';

const contracts: ReadonlyMap<string, ActionContract> = new Map(actionNames().map((name) => [name, actionContract(name)]));
const ownPaths: ReadonlySet<string> = new Set([...actionNames(), ...reusableWorkflows().map((w) => w.path)]);
const allWorkflows = [...projectWorkflowPaths(), ...exampleWorkflowPaths()];
const reusablePaths = reusableWorkflows().map((w) => w.path);

/** A workflow written inline, for the tests that show a rule catching its problem. */
const inline = (...lines: string[]) => loadYaml('inline.yml', lines.join('\n'));

describe('the files under test', () => {
  it('are the three reusable workflows', () => {
    expect(reusablePaths.sort()).toEqual(['.github/workflows/cleanup.yml', '.github/workflows/images.yml', '.github/workflows/nightly.yml']);
  });
});

describe('pins: third-party actions by full commit SHA with the version in a comment, ours at @v1', () => {
  it.each(allWorkflows)('%s', (path) => {
    const file = loadYaml(path);
    expect(pinProblems(file, { reusable: isReusable(file), ownPaths })).toEqual([]);
  });

  it('every reusable workflow calls our actions at the same release ref', () => {
    for (const path of reusablePaths) {
      const uses = [...loadYaml(path).text.matchAll(/uses: (\S+)/g)].map((m) => m[1] ?? '');
      const own = uses.filter((u) => u.startsWith(`${OWN_REPOSITORY}/`));
      expect(own.length, path).toBeGreaterThan(0);
      expect(own.every((u) => u.endsWith(`@${OWN_REF}`)), path).toBe(true);
    }
  });

  it('catches a tag, a SHA without its version, a local action in a reusable workflow, and a wrong own ref', () => {
    const file = inline(
      'on: { workflow_call: {} }',
      'jobs:',
      '  a:',
      '    steps:',
      '      - uses: actions/checkout@v5',
      '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8',
      '      - uses: ./detect',
      `      - uses: ${OWN_REPOSITORY}/build@main`,
      `      - uses: ${OWN_REPOSITORY}/bulid@${OWN_REF}`,
      '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0',
    );
    const problems = pinProblems(file, { reusable: true, ownPaths });
    expect(problems.map((p) => p.where)).toEqual(['inline.yml:5', 'inline.yml:6', 'inline.yml:7', 'inline.yml:8', 'inline.yml:9']);
    expect(problems[0]?.message).toContain('not pinned');
    expect(problems[1]?.message).toContain('says no version');
    expect(problems[2]?.message).toContain("caller's repository");
    expect(problems[3]?.message).toContain(`@${OWN_REF}`);
    expect(problems[4]?.message).toContain('no action or workflow "bulid"');
  });
});

describe('no ${{ }} inside run: (values go through env:)', () => {
  it.each(allWorkflows)('%s', (path) => {
    expect(runExpressionProblems(loadYaml(path))).toEqual([]);
  });

  it('catches an expression in a script', () => {
    const file = inline('jobs:', '  a:', '    steps:', '      - run: |', '          echo ok', '          echo "${{ github.head_ref }}"');
    expect(runExpressionProblems(file)).toEqual([{ where: 'inline.yml:4', message: expect.stringContaining('env:') }]);
  });
});

describe('permissions per job, packages: write only where a push happens', () => {
  it.each(reusablePaths)('%s', (path) => {
    expect(permissionProblems(loadYaml(path))).toEqual([]);
  });

  it('grants write exactly to the jobs that build, promote or delete', () => {
    const writers = reusablePaths.flatMap((path) => {
      const jobs = Object.entries(loadYaml(path).data['jobs'] as Record<string, { permissions?: Record<string, string> }>);
      return jobs.filter(([, job]) => job.permissions?.['packages'] === 'write').map(([id]) => `${path.split('/').pop()} ${id}`);
    });
    expect(writers).toEqual([
      'cleanup.yml cleanup',
      ...['images.yml', 'nightly.yml'].flatMap((f) => [...Array.from({ length: 8 }, (_, i) => `${f} build-wave-${i + 1}`), `${f} build`, `${f} promote`]),
    ]);
  });

  it('the example consumer workflows declare what the pipeline may do at most', () => {
    for (const path of exampleWorkflowPaths()) {
      expect(loadYaml(path).data['permissions'], path).toEqual({ contents: 'read', packages: 'write' });
    }
  });

  it('catches a job without permissions, a needless write, and a push without write', () => {
    const file = inline(
      'permissions: { contents: read }',
      'jobs:',
      '  none:',
      '    steps: []',
      '  reads-only:',
      '    permissions: { contents: write, packages: write }',
      '    steps:',
      `      - uses: ${OWN_REPOSITORY}/detect@${OWN_REF}`,
      '  pushes:',
      '    permissions: { packages: read }',
      '    steps:',
      `      - uses: ${OWN_REPOSITORY}/build@${OWN_REF}`,
    );
    expect(permissionProblems(file).map((p) => `${p.where}: ${p.message}`)).toEqual([
      expect.stringMatching(/^inline.yml permissions: the top-level permissions grant something/),
      expect.stringMatching(/jobs.none: declares no permissions/),
      expect.stringMatching(/jobs.reads-only: grants contents: write/),
      expect.stringMatching(/jobs.reads-only: grants packages: write but no step writes/),
      expect.stringMatching(/jobs.pushes: runs build, which pushes/),
    ]);
  });
});

describe('timeout-minutes on every job', () => {
  it.each([...reusablePaths, '.github/workflows/ci.yml'])('%s', (path) => {
    expect(timeoutProblems(loadYaml(path))).toEqual([]);
  });

  it('catches a job without one', () => {
    expect(timeoutProblems(inline('jobs:', '  a:', '    steps: []'))).toEqual([{ where: 'inline.yml jobs.a', message: 'has no timeout-minutes' }]);
  });
});

describe('concurrency: two runs of one ref never race on tags', () => {
  it.each(reusablePaths)('%s', (path) => {
    expect(concurrencyProblems(loadYaml(path))).toEqual([]);
  });

  it('the pipelines queue per ref and config, and only a pull request cancels its older run', () => {
    for (const path of ['.github/workflows/images.yml', '.github/workflows/nightly.yml']) {
      const concurrency = loadYaml(path).data['concurrency'] as Record<string, unknown>;
      expect(concurrency['group'], path).toMatch(/\$\{\{ github\.ref \}\}-\$\{\{ inputs\.config \}\}$/);
    }
    expect(loadYaml('.github/workflows/images.yml').data['concurrency']).toMatchObject({ 'cancel-in-progress': "${{ github.event_name == 'pull_request' }}" });
    expect(loadYaml('.github/workflows/nightly.yml').data['concurrency']).toMatchObject({ 'cancel-in-progress': false });
  });

  it('catches a missing group, and a promoting workflow whose group ignores the ref', () => {
    expect(concurrencyProblems(inline('jobs: {}'))[0]?.message).toContain('no concurrency group');
    const promoting = inline('concurrency: { group: images }', 'jobs:', '  p:', '    steps:', `      - uses: ${OWN_REPOSITORY}/promote@${OWN_REF}`);
    expect(concurrencyProblems(promoting)[0]?.message).toContain('github.ref');
  });
});

describe('inputs and outputs: what a workflow passes to and reads from our actions exists', () => {
  it.each(allWorkflows)('%s', (path) => {
    expect(referenceProblems(loadYaml(path), contracts)).toEqual([]);
  });

  it('catches an unknown action input, an unknown action output, a job not in needs, and undeclared inputs and secrets', () => {
    const file = inline(
      'on:',
      '  workflow_call:',
      '    inputs: { config: { type: string } }',
      '    outputs:',
      '      tested: { value: "${{ jobs.smoke.outputs.tested }}" }',
      'jobs:',
      '  detect:',
      '    outputs: { images: "${{ steps.detect.outputs.image }}" }',
      '    steps:',
      `      - uses: ${OWN_REPOSITORY}/detect@${OWN_REF}`,
      '        id: detect',
      '        with: { config: "${{ inputs.configuration }}", dryrun: true }',
      '  smoke:',
      '    steps:',
      `      - uses: ${OWN_REPOSITORY}/smoke@${OWN_REF}`,
      '        with: { images: "${{ needs.detect.outputs.images }}", digests: "${{ steps.build.outputs.digests }}" }',
      '      - run: echo "$P"',
      '        env: { P: "${{ secrets.registry-token }}" }',
    );
    expect(referenceProblems(file, contracts).map((p) => p.message)).toEqual([
      'jobs.smoke.outputs.tested: job "smoke" declares no output "tested"',
      'inputs.configuration: no input "configuration" is declared',
      expect.stringMatching(/^passes "dryrun" to the detect action, whose action.yml has no such input/),
      expect.stringMatching(/^steps.detect.outputs.image: the detect action has no output "image"/),
      'needs.detect.outputs.images: "detect" is not in this job\'s needs, so it reads as empty',
      'steps.build.outputs.digests: no earlier step has id "build"',
      'secrets.registry-token: no secret "registry-token" is declared',
    ]);
  });
});

describe('waves mode', () => {
  it.each(['.github/workflows/images.yml', '.github/workflows/nightly.yml'])('%s: 8 wave jobs, each needing only the one before, skipped when empty', (path) => {
    expect(waveProblems(loadYaml(path), 8)).toEqual([]);
  });

  it('catches a gap, a wave needing more than the previous one, a wrong matrix index and a depth check out of step', () => {
    const wave = (n: number, needs: string, index: number): string[] => [
      `  build-wave-${n}:`,
      `    needs: ${needs}`,
      `    if: \${{ inputs.build-mode == 'waves' && fromJSON(needs.detect.outputs.wave-count) >= ${n} }}`,
      `    strategy: { matrix: { image: "\${{ fromJSON(needs.detect.outputs.waves)[${index}] }}" } }`,
      '    steps: []',
    ];
    const file = inline(
      'jobs:',
      '  detect:',
      '    steps:',
      "      - env: { WAVE_JOBS: '8' }",
      ...wave(1, '[detect]', 0),
      ...wave(2, '[detect, build-wave-1]', 2),
      ...wave(4, '[detect, build-wave-1, build-wave-2]', 3),
      '  smoke:',
      '    needs: [build-wave-1]',
    );
    expect(waveProblems(file, 8).map((p) => `${p.where}: ${p.message}`)).toEqual([
      'inline.yml jobs: 3 wave jobs; at least 8 are needed',
      expect.stringMatching(/jobs.build-wave-2: matrix image is .*\[2\].*expected .*\[1\]/),
      'inline.yml jobs.build-wave-4: wave jobs must be numbered 1..N without gaps; expected build-wave-3',
      expect.stringMatching(/jobs.build-wave-4: needs .*; a wave needs only \["detect","build-wave-3"\]/),
      'inline.yml jobs.detect: the depth check allows 8 waves, but the workflow has 3 wave jobs',
      'inline.yml jobs.smoke: does not need build, so it could start before that build ends',
      'inline.yml jobs.smoke: does not need build-wave-2, so it could start before that build ends',
      'inline.yml jobs.smoke: does not need build-wave-4, so it could start before that build ends',
    ]);
  });

  it('the depth check fails in detect, with a message naming the limit and the way out', () => {
    for (const path of ['.github/workflows/images.yml', '.github/workflows/nightly.yml']) {
      const detect = (loadYaml(path).data['jobs'] as Record<string, { steps: { env?: Record<string, string>; run?: string; if?: string }[] }>)['detect'];
      const check = detect?.steps.find((s) => s.env?.['WAVE_JOBS'] !== undefined);
      expect(check?.if, path).toBe("${{ inputs.build-mode == 'waves' }}");
      expect(check?.env?.['WAVE_COUNT'], path).toBe('${{ steps.detect.outputs.wave-count }}');
      expect(check?.run, path).toMatch(/if \[ "\$WAVE_COUNT" -gt "\$WAVE_JOBS" \]; then\n\s+echo "::error title=[^"]*::The affected images form \$WAVE_COUNT waves, but .* build-mode: single-job[^"]*"\n\s+exit 1/);
    }
  });
});

type Step = { uses?: string; with?: Record<string, unknown> };
type Job = { if?: string; steps?: Step[]; needs?: string[] };

function ownSteps(path: string, action: string): { job: string; step: Step }[] {
  const jobs = loadYaml(path).data['jobs'] as Record<string, Job>;
  return Object.entries(jobs).flatMap(([job, { steps }]) =>
    (steps ?? []).filter((s) => s.uses === `${OWN_REPOSITORY}/${action}@${OWN_REF}`).map((step) => ({ job, step })),
  );
}

describe('images.yml: detect → build → smoke → promote', () => {
  const path = '.github/workflows/images.yml';

  it('single-job mode builds detect\'s images in one job, critical-path scheduled with parallel', () => {
    const single = ownSteps(path, 'build').filter((s) => s.job === 'build');
    expect(single).toHaveLength(1);
    expect(single[0]?.step.with).toMatchObject({ images: '${{ needs.detect.outputs.images }}', parallel: '${{ inputs.parallel }}' });
    expect(ownSteps(path, 'build').filter((s) => s.job !== 'build').every((s) => s.step.with?.['image'] === '${{ matrix.image }}')).toBe(true);
  });

  it('smoke tests the digests this run built', () => {
    expect(ownSteps(path, 'smoke').map((s) => s.step.with)).toEqual([
      { images: '${{ needs.detect.outputs.images }}', digests: '${{ steps.digests.outputs.digests }}', config: '${{ inputs.config }}' },
    ]);
  });

  it('promotes only on a push to the default branch or of a tag, requiring what smoke tested', () => {
    const promote = (loadYaml(path).data['jobs'] as Record<string, Job>)['promote'];
    expect(promote?.if).toContain("github.event_name == 'push'");
    expect(promote?.if).toContain("github.ref == format('refs/heads/{0}', github.event.repository.default_branch)");
    expect(promote?.if).toContain("startsWith(github.ref, 'refs/tags/')");
    expect(ownSteps(path, 'promote')[0]?.step.with).toMatchObject({ require: '${{ needs.smoke.outputs.tested }}' });
  });

  it('never sets reuse: a pull request reuses what an earlier build made from the same inputs', () => {
    expect(ownSteps(path, 'build').every((s) => s.step.with?.['reuse'] === undefined)).toBe(true);
  });
});

describe('nightly.yml: detect (schedule) → build without reuse → smoke → nightly tags', () => {
  const path = '.github/workflows/nightly.yml';

  it('builds every image again (reuse: false) in both modes', () => {
    const builds = ownSteps(path, 'build');
    expect(builds.map((b) => b.job).sort()).toEqual(['build', 'build-wave-1', 'build-wave-2', 'build-wave-3', 'build-wave-4', 'build-wave-5', 'build-wave-6', 'build-wave-7', 'build-wave-8']);
    expect(builds.every((b) => b.step.with?.['reuse'] === false)).toBe(true);
  });

  it('detect reads the schedule event itself; all: rebuilds everything', () => {
    expect(ownSteps(path, 'detect')[0]?.step.with).toMatchObject({ all: '${{ inputs.all }}' });
    expect(ownSteps(path, 'detect')[0]?.step.with).not.toHaveProperty('base');
  });

  it('promotes what smoke tested to the nightly tags', () => {
    expect(ownSteps(path, 'promote')[0]?.step.with).toMatchObject({
      from: '${{ needs.detect.outputs.temporary-tag }}',
      tags: '${{ inputs.tags }}',
      require: '${{ needs.smoke.outputs.tested }}',
    });
    const inputs = (loadYaml(path).data['on'] as { workflow_call: { inputs: Record<string, { default?: unknown }> } }).workflow_call.inputs;
    expect(inputs['tags']?.default).toBe('nightly, nightly-{date}');
  });
});

describe('cleanup.yml', () => {
  const file = loadYaml('.github/workflows/cleanup.yml');
  const on = file.data['on'] as { workflow_call: { inputs: Record<string, { type: string; default?: unknown }> } };

  it('has dry-run as a boolean input, default false', () => {
    expect(on.workflow_call.inputs['dry-run']).toMatchObject({ type: 'boolean', default: false });
  });

  it('a dry run holds only read permissions; the real run may delete', () => {
    const jobs = file.data['jobs'] as Record<string, { if: string; permissions: Record<string, string> }>;
    expect(jobs['dry-run']).toMatchObject({ if: '${{ inputs.dry-run }}', permissions: { contents: 'read', packages: 'read' } });
    expect(jobs['cleanup']).toMatchObject({ if: '${{ !inputs.dry-run }}', permissions: { contents: 'read', packages: 'write' } });
    expect(ownSteps(file.path, 'cleanup').map((s) => s.step.with?.['dry-run'])).toEqual(['${{ inputs.dry-run }}', '${{ inputs.dry-run }}']);
  });
});

describe('the example consumer', () => {
  it('writes its whole PR-and-merge workflow in at most 25 lines', () => {
    const file = loadYaml('examples/.github/workflows/images.yml');
    expect(file.text.trimEnd().split('\n').length).toBeLessThanOrEqual(25);
    expect(Object.values(file.data['jobs'] as Record<string, { uses: string }>).map((j) => j.uses)).toEqual([`${OWN_REPOSITORY}/.github/workflows/images.yml@${OWN_REF}`]);
  });

  it('runs the pipeline on pull requests, the merge queue, pushes to main and version tags', () => {
    expect(loadYaml('examples/.github/workflows/images.yml').data['on']).toEqual({
      pull_request: null,
      merge_group: null,
      push: { branches: ['main'], tags: ['v*'] },
    });
  });

  it('schedules the nightly and the cleanup', () => {
    for (const name of ['nightly', 'cleanup']) {
      const on = loadYaml(`examples/.github/workflows/${name}.yml`).data['on'] as { schedule: { cron: string }[] };
      expect(on.schedule[0]?.cron, name).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    }
  });
});

describe('the rules see a one-line change to the real files', () => {
  const mutate = (path: string, from: string, to: string) => {
    const text = loadYaml(path).text;
    expect(text, `${path} contains ${from}`).toContain(from);
    return loadYaml(path, text.replace(from, to));
  };

  it('a wave that also needs an older wave', () => {
    const file = mutate('.github/workflows/images.yml', 'needs: [detect, build-wave-4]', 'needs: [detect, build-wave-3, build-wave-4]');
    expect(waveProblems(file, 8).map((p) => p.where)).toEqual(['.github/workflows/images.yml jobs.build-wave-5']);
  });

  it('an output of smoke that its action.yml does not declare', () => {
    const file = mutate('.github/workflows/images.yml', 'tested: ${{ steps.smoke.outputs.tested }}', 'tested: ${{ steps.smoke.outputs.passed }}');
    expect(referenceProblems(file, contracts).map((p) => p.message)).toEqual([expect.stringContaining('the smoke action has no output "passed"')]);
  });

  it('an input to build that its action.yml does not declare, in the steps all eight wave jobs share', () => {
    const file = mutate('.github/workflows/nightly.yml', '          reuse: false\n          tag:', '          rebuild: true\n          tag:');
    const problems = referenceProblems(file, contracts);
    expect(problems.map((p) => p.where.split(' ')[1]?.split('.steps')[0])).toEqual(Array.from({ length: 8 }, (_, i) => `jobs.build-wave-${i + 1}`));
    expect(problems.every((p) => p.message.startsWith('passes "rebuild" to the build action'))).toBe(true);
  });

  it('a value written into a script instead of passed through env:', () => {
    const file = mutate('.github/workflows/cleanup.yml', 'name: Rotate old tags', 'name: Rotate old tags\n        run: echo ${{ inputs.config }}');
    expect(runExpressionProblems(file)).toHaveLength(1);
  });
});

describe('docs/workflows.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/workflows.md'), 'utf8');

  it.each(reusablePaths)('names every input, secret and output of %s', (path) => {
    const call = (loadYaml(path).data['on'] as { workflow_call: Record<string, Record<string, unknown>> }).workflow_call;
    const names = ['inputs', 'secrets', 'outputs'].flatMap((kind) => Object.keys(call[kind] ?? {}));
    expect(names.filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
  });

  it('shows the example consumer workflow as it is, without its comments', () => {
    const example = loadYaml('examples/.github/workflows/images.yml').text;
    const code = example
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#') && line.trim() !== '')
      .map((line) => line.replace(/\s+#.*$/, ''));
    expect(doc).toContain(code.join('\n'));
  });
});
