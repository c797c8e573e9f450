/**
 * Runner contract of dist/detect/index.js: real event payloads (recorded by GitHub, from
 * @octokit/webhooks-examples), a real git repository holding the examples/ tree, and a
 * depth-1 checkout of it as actions/checkout makes by default.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { makeImage, pushImage } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { TestRepo, shallowCheckout } from '../../support/git-repo.js';
import { REPO_ROOT, runBundledAction, type ActionRun } from '../../support/action-runner.js';
import { webhookExample } from '../../support/webhook-examples.js';

let repo: TestRepo;
let origin: string;
let mainSha: string;
let topicSha: string;
let configSha: string;

beforeAll(() => {
  repo = TestRepo.init('main');
  repo.copyIn(join(REPO_ROOT, 'examples'));
  mainSha = repo.commit({}, 'examples');
  repo.git('checkout', '-q', '-b', 'topic');
  const runtime = readFileSync(join(repo.dir, 'images/runtime/Dockerfile'), 'utf8');
  topicSha = repo.commit({ 'images/runtime/Dockerfile': `${runtime}RUN echo changed\n` }, 'change runtime');
  repo.git('checkout', '-q', 'main');
  repo.git('checkout', '-q', '-b', 'config');
  const config = readFileSync(join(repo.dir, 'images.yaml'), 'utf8');
  configSha = repo.commit({ 'images.yaml': config.replace('BASE_TAG: latest', 'BASE_TAG: "2"') }, 'change a build arg');
  repo.git('checkout', '-q', 'main');
  origin = repo.bareClone();
});

function json(run: ActionRun, name: string): any {
  expect(run.outputs, `stderr: ${run.stderr}\nstdout: ${run.stdout}`).toHaveProperty(name);
  return JSON.parse(run.outputs[name]!);
}

function pullRequest(base: string, head: string): Record<string, any> {
  const p = webhookExample('pull_request', 'synchronize');
  p['pull_request'].base.sha = base;
  p['pull_request'].head.sha = head;
  p['pull_request'].number = 12;
  return p;
}

const RUNTIME_AND_BELOW = ['runtime', 'app', 'web', 'web-tls', 'worker'];

describe('detect action as the runner runs it', () => {
  for (const depth of ['full', 'depth-1'] as const) {
    it(`pull_request in a ${depth} checkout: runtime changed, its descendants follow`, () => {
      const cwd = depth === 'full' ? repo.dir : shallowCheckout(origin, topicSha);
      const run = runBundledAction('detect', { eventName: 'pull_request', payload: pullRequest(mainSha, topicSha), cwd });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(json(run, 'images')).toEqual(RUNTIME_AND_BELOW);
      expect(json(run, 'reasons')).toEqual({
        runtime: ['path'],
        app: ['dependency'],
        web: ['dependency'],
        'web-tls': ['dependency'],
        worker: ['dependency'],
      });
      expect(json(run, 'waves')).toEqual([['runtime'], ['app', 'web'], ['web-tls', 'worker']]);
      expect(run.outputs['wave-count']).toBe('3');
      expect(run.outputs['temporary-tag']).toBe(`pr-12-${topicSha.slice(0, 7)}`);
      expect(run.outputs['has-changes']).toBe('true');
      const matrix = json(run, 'matrix');
      expect(matrix.include).toContainEqual({ image: 'runtime', wave: 1, reason: 'path' });
      expect(matrix.include).toHaveLength(5);
      expect(run.outputs['graph']).toContain('flowchart');
      expect(run.summary).toContain('| `runtime` | 1 | path |');
      expect(run.summary).toContain('```mermaid');
    });
  }

  it('push to an existing branch compares before .. after', () => {
    const p = webhookExample('push');
    p['ref'] = 'refs/heads/topic';
    p['before'] = mainSha;
    p['after'] = topicSha;
    const run = runBundledAction('detect', { eventName: 'push', payload: p, cwd: shallowCheckout(origin, topicSha) });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(json(run, 'images')).toEqual(RUNTIME_AND_BELOW);
    expect(run.outputs['temporary-tag']).toBe(`topic-${topicSha.slice(0, 7)}`);
  });

  it('push of a new branch compares with the default branch', () => {
    const p = webhookExample('push');
    p['ref'] = 'refs/heads/topic';
    p['before'] = '0000000000000000000000000000000000000000';
    p['after'] = topicSha;
    p['repository'].default_branch = 'main';
    const run = runBundledAction('detect', { eventName: 'push', payload: p, cwd: shallowCheckout(origin, topicSha) });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(json(run, 'images')).toEqual(RUNTIME_AND_BELOW);
  });

  it('merge_group compares base_sha .. head_sha', () => {
    const p = webhookExample('merge_group', 'checks_requested');
    p['merge_group'].base_sha = mainSha;
    p['merge_group'].head_sha = topicSha;
    const run = runBundledAction('detect', { eventName: 'merge_group', payload: p, cwd: shallowCheckout(origin, topicSha) });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(json(run, 'images')).toEqual(RUNTIME_AND_BELOW);
    expect(run.outputs['temporary-tag']).toBe(`mq-${topicSha.slice(0, 7)}`);
  });

  it('a config change marks only the image whose settings changed', () => {
    const run = runBundledAction('detect', {
      eventName: 'pull_request',
      payload: pullRequest(mainSha, configSha),
      cwd: shallowCheckout(origin, configSha),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(json(run, 'reasons')).toMatchObject({ runtime: ['config'], app: ['dependency'] });
    expect(json(run, 'images')).not.toContain('base');
    expect(json(run, 'images')).not.toContain('tools');
  });

  it('schedule with all: every image, nightly tag', () => {
    const run = runBundledAction('detect', {
      eventName: 'schedule',
      payload: { schedule: '0 3 * * *' },
      cwd: repo.dir,
      inputs: { all: 'true' },
      env: { GITHUB_SHA: mainSha },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(json(run, 'images')).toHaveLength(7);
    expect(json(run, 'images')[0]).toBe('base');
    expect(run.outputs['temporary-tag']).toMatch(new RegExp(`^nightly-\\d{8}-${mainSha.slice(0, 7)}$`));
  });

  describe('schedule without all: the registry says what is new', () => {
    let registry: RunningRegistry;
    beforeAll(async () => {
      registry = await startRegistry();
      // base was promoted (its `latest` exists); nothing else was.
      const client = new RegistryClient();
      await pushImage(client, `${registry.host}/acme/examples-base:latest`, makeImage({ layers: 1 }));
      await client.close();
    });
    afterAll(async () => registry.stop());

    it('loads the registry client on demand and reports the never-promoted images as new', () => {
      const run = runBundledAction('detect', {
        eventName: 'schedule',
        payload: { schedule: '0 3 * * *' },
        cwd: repo.dir,
        inputs: { registry: `${registry.host}/acme` },
        env: { GITHUB_SHA: mainSha },
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(json(run, 'images')).not.toContain('base');
      expect(json(run, 'reasons')).toMatchObject({ runtime: ['new'], tools: ['new'] });
      expect(run.stdout).toContain('runtime: no latest tag yet → new');
    });
  });

  it('workflow_dispatch with named images: those and everything built on them', () => {
    const p = webhookExample('workflow_dispatch');
    const run = runBundledAction('detect', {
      eventName: 'workflow_dispatch',
      payload: p,
      cwd: repo.dir,
      inputs: { images: 'tools' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(json(run, 'images')).toEqual(['tools', 'worker']);
    expect(json(run, 'reasons')).toEqual({ tools: ['forced'], worker: ['dependency'] });
    expect(run.outputs['temporary-tag']).toBe('manual-777');
  });

  it('an unknown image name fails with a suggestion', () => {
    const run = runBundledAction('detect', {
      eventName: 'workflow_dispatch',
      payload: webhookExample('workflow_dispatch'),
      cwd: repo.dir,
      inputs: { images: 'tool' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('no image named "tool"');
    expect(run.stdout).toContain('Did you mean "tools"?');
  });

  it('a bad images.yaml fails with an annotation on its line and column', () => {
    const bad = TestRepo.init();
    bad.copyIn(join(REPO_ROOT, 'examples'));
    const config = readFileSync(join(bad.dir, 'images.yaml'), 'utf8');
    bad.commit({ 'images.yaml': config.replace('  worker:\n    depends-on: [app]', '  worker:\n    depends-onn: [app]') });
    const run = runBundledAction('detect', {
      eventName: 'workflow_dispatch',
      payload: webhookExample('workflow_dispatch'),
      cwd: bad.dir,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error title=image-actions,file=images.yaml,line=\d+,col=\d+::.*depends-onn/);
    expect(run.stdout).toContain('depends-on');
  });
});
