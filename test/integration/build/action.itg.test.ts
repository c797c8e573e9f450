/**
 * Runner contract of dist/build/index.js: the bundle run as the runner runs it (INPUT_*
 * variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH holding a real recorded
 * pull_request payload), with the docker builder on the real daemon and a CNCF registry on
 * loopback. The temporary tag comes from the payload, as detect computes it.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../../src/adapters/registry/index.js';
import { parseReference } from '../../../src/core/reference.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { runBundledAction, type ActionRun } from '../../support/action-runner.js';
import type { TestRepo } from '../../support/git-repo.js';
import { webhookExample } from '../../support/webhook-examples.js';
import { removeLocalImages } from '../builders/support.js';
import { brokenMid, treeRepo } from './support.js';

const OWNER_REPO = 'Codertocat/Hello-World'; // the repository of the recorded payload

let registry: RunningRegistry;
let client: RegistryClient;
let repo: TestRepo;
let prefix: string;

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient();
  prefix = `${registry.host}/contract`;
  repo = treeRepo('ghcr.io/acme');
});

afterAll(async () => {
  if (registry) await removeLocalImages('docker', 'docker', registry.host);
  await client?.close();
  await registry?.stop();
  if (repo) rmSync(repo.dir, { recursive: true, force: true });
});

function pullRequestRun(inputs: Record<string, string>): ActionRun {
  const head = repo.head();
  const payload = webhookExample('pull_request', 'synchronize');
  payload['pull_request'].number = 31;
  payload['pull_request'].head.sha = head;
  payload['pull_request'].base.sha = head;
  return runBundledAction('build', {
    eventName: 'pull_request',
    payload,
    cwd: repo.dir,
    inputs: { builder: 'docker', registry: prefix, ...inputs },
    env: { GITHUB_SHA: head, GITHUB_REPOSITORY: OWNER_REPO },
  });
}

function jsonOutput(run: ActionRun, name: string): unknown {
  const value = run.outputs[name];
  if (value === undefined) throw new Error(`no output ${name} (exit ${run.exitCode}); stdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  return JSON.parse(value);
}

/** A summary row: `| \`image\` | result | \`sha256:…\` | builder | 1.2 s | 3.4 KiB |`. */
function summaryRow(image: string, result: 'built' | 'reused', builder: string): RegExp {
  return new RegExp(`^\\| \`${image}\` \\| ${result} \\| \`sha256:[0-9a-f]{12}…\` \\| ${builder} \\| \\d+\\.\\d s \\| [\\d.]+ (B|KiB|MiB) \\|$`, 'm');
}

describe('dist/build/index.js as the runner runs it', () => {
  it('builds a JSON list of images on a pull_request: outputs, summary table, labels, the tag from the payload', async () => {
    const run = pullRequestRun({ images: '["leaf", "base", "mid"]' });
    expect(run.exitCode, run.stdout).toBe(0);
    const tag = `pr-31-${repo.head().slice(0, 7)}`;

    const digests = jsonOutput(run, 'digests') as Record<string, string>;
    expect(Object.keys(digests).sort()).toEqual(['base', 'leaf', 'mid']);
    expect(jsonOutput(run, 'refs')).toEqual(Object.fromEntries(Object.entries(digests).map(([image, digest]) => [image, `${prefix}/${image}@${digest}`])));
    expect(jsonOutput(run, 'built')).toEqual(['base', 'leaf', 'mid']);
    for (const name of ['reused', 'failed', 'skipped']) expect(jsonOutput(run, name)).toEqual([]);

    for (const [image, digest] of Object.entries(digests)) {
      expect((await client.headManifest(parseReference(`${prefix}/${image}:${tag}`)))?.digest).toBe(digest);
      const { labels } = await client.getImageConfig(parseReference(`${prefix}/${image}@${digest}`));
      expect(labels).toMatchObject({
        'org.opencontainers.image.source': `https://github.com/${OWNER_REPO}`,
        'org.opencontainers.image.revision': repo.head(),
        'org.opencontainers.image.title': image,
      });
    }

    expect(run.summary).toContain('## image-actions build');
    expect(run.summary).toContain(`Tag \`${tag}\``);
    expect(run.summary).toContain('| image | result | digest | builder | duration | size |');
    for (const image of ['base', 'mid', 'leaf']) expect(run.summary).toMatch(summaryRow(image, 'built', 'docker'));
    // A log group per image, the builder's choice, progress lines, and the cache notice off GitHub.
    for (const image of ['base', 'mid', 'leaf']) expect(run.stdout).toContain(`::group::build ${image}`);
    expect(run.stdout).toContain('builder: docker (as configured)');
    expect(run.stdout).toContain('[1/3] building base (wave 1, critical path 3)');
    expect(run.stdout).toMatch(/^::notice::Layer cache across runs: skipped/m);
    expect(run.stdout).not.toContain('::error');
  });

  it('an explicit tag input: the unchanged images are reused by retag under it', async () => {
    const run = pullRequestRun({ images: 'base mid', tag: 'manual-7' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(jsonOutput(run, 'reused')).toEqual(['base', 'mid']);
    expect(jsonOutput(run, 'built')).toEqual([]);
    expect(run.summary).toMatch(summaryRow('base', 'reused', 'reuse'));
    // Nothing needed building, so no builder was chosen or probed.
    expect(run.stdout).not.toContain('builder: docker');
    const digests = jsonOutput(run, 'digests') as Record<string, string>;
    expect((await client.headManifest(parseReference(`${prefix}/mid:manual-7`)))?.digest).toBe(digests['mid']);
  });

  it('a failing build: an annotation on the Dockerfile line, its child skipped, the sibling built, the step failed', () => {
    repo.commit({ 'images/mid/Dockerfile': brokenMid('ghcr.io/acme'), 'images/sibling/sibling.txt': 'sibling 2\n' }, 'break mid');
    const run = pullRequestRun({ images: '["base","mid","leaf","sibling"]' });
    expect(run.exitCode).toBe(1);
    expect(jsonOutput(run, 'failed')).toEqual(['mid']);
    expect(jsonOutput(run, 'skipped')).toEqual(['leaf']);
    expect(jsonOutput(run, 'built')).toEqual(['sibling']);
    expect(jsonOutput(run, 'reused')).toEqual(['base']);

    // The annotation points at the user's Dockerfile (not the generated copy) and the failing RUN.
    const annotation = run.stdout.split('\n').find((line) => line.startsWith('::error title=build mid failed'));
    expect(annotation, run.stdout).toBeDefined();
    expect(annotation).toContain(',file=images/mid/Dockerfile,line=3::mid: docker failed to build mid at images/mid/Dockerfile:3: docker build exited with 1');
    expect(run.stdout).toMatch(/^::error::build: 1 image\(s\) failed \(mid\); 1 skipped because a parent failed$/m);

    expect(run.summary).toMatch(/^\| `mid` \| \*\*failed\*\* \| \| \| \d+\.\d s \| \|$/m);
    expect(run.summary).toContain('| `leaf` | skipped | | | | its parent mid failed |');
    expect(run.summary).toMatch(summaryRow('sibling', 'built', 'docker'));
    // The builder's last lines, with what the failing command printed.
    expect(run.summary).toContain('### mid failed');
    expect(run.summary).toContain('went 7 wrong');
  });
});
