/**
 * Matrix jobs: each wave's images built by separate processes of the bundled action
 * (`dist/build/index.js` with `INPUT_IMAGE`, as `strategy.matrix` runs it), on a real
 * pull_request payload. A later wave is given nothing from the earlier ones (no artifacts, no
 * outputs): it finds its parents' digests in the registry alone, under the run's temporary tag,
 * or, for a parent not rebuilt in this run, under its promoted tag.
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
import { pushedImage, treeRepo } from './support.js';

let registry: RunningRegistry;
let client: RegistryClient;
let repo: TestRepo;
let prefix: string;

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient();
  prefix = `${registry.host}/matrix`;
  // images.yaml says ghcr.io/acme; the registry input sends everything to the loopback registry.
  repo = treeRepo('ghcr.io/acme');
});

afterAll(async () => {
  if (registry) await removeLocalImages('docker', 'docker', registry.host);
  await client?.close();
  await registry?.stop();
  if (repo) rmSync(repo.dir, { recursive: true, force: true });
});

function pullRequest(number: number, head: string): Record<string, any> {
  const payload = webhookExample('pull_request', 'synchronize');
  payload['pull_request'].number = number;
  payload['pull_request'].head.sha = head;
  payload['pull_request'].base.sha = head;
  return payload;
}

/** One matrix job: the build action for one image, as the runner starts it. */
function matrixJob(image: string, prNumber: number): ActionRun {
  const head = repo.head();
  return runBundledAction('build', {
    eventName: 'pull_request',
    payload: pullRequest(prNumber, head),
    cwd: repo.dir,
    inputs: { image, builder: 'docker', registry: prefix },
    env: { GITHUB_SHA: head, GITHUB_REPOSITORY: 'Codertocat/Hello-World' },
  });
}

function digestOutput(run: ActionRun, image: string): string {
  const digests = JSON.parse(run.outputs['digests'] ?? '{}') as Record<string, string>;
  const digest = digests[image];
  if (digest === undefined) throw new Error(`no digest output for ${image}:\n${run.stdout}`);
  return digest;
}

describe('matrix jobs, one process per image and wave', () => {
  it('wave 2 and 3 find the digests of earlier waves in the registry alone', async () => {
    const tag = `pr-21-${repo.head().slice(0, 7)}`;

    const wave1 = matrixJob('base', 21);
    expect(wave1.exitCode, wave1.stdout).toBe(0);
    expect(JSON.parse(wave1.outputs['built'] ?? '')).toEqual(['base']);
    const base = digestOutput(wave1, 'base');

    // Wave 2: two jobs of the same wave, each knowing nothing but its image name and the event.
    const mid = matrixJob('mid', 21);
    const sibling = matrixJob('sibling', 21);
    for (const job of [mid, sibling]) {
      expect(job.exitCode, job.stdout).toBe(0);
      expect(job.stdout).toContain(`FROM ${prefix}/base@${base}`);
    }
    const midDigest = digestOutput(mid, 'mid');

    const wave3 = matrixJob('leaf', 21);
    expect(wave3.exitCode, wave3.stdout).toBe(0);
    expect(wave3.stdout).toContain(`FROM ${prefix}/mid@${midDigest}`);
    const leafDigest = digestOutput(wave3, 'leaf');

    // What the registry holds agrees: each image on its parent's layers, under the run's tag.
    const [baseImage, midImage, leafImage, siblingImage] = await Promise.all(
      ['base', 'mid', 'leaf', 'sibling'].map((name) => pushedImage(client, `${prefix}/${name}:${tag}`)),
    );
    expect([baseImage!.digest, midImage!.digest, leafImage!.digest]).toEqual([base, midDigest, leafDigest]);
    expect(midImage!.diffIds.slice(0, baseImage!.diffIds.length)).toEqual(baseImage!.diffIds);
    expect(siblingImage!.diffIds.slice(0, baseImage!.diffIds.length)).toEqual(baseImage!.diffIds);
    expect(leafImage!.diffIds.slice(0, midImage!.diffIds.length)).toEqual(midImage!.diffIds);
    expect(leafImage!.labels['org.opencontainers.image.source']).toBe('https://github.com/Codertocat/Hello-World');
  });

  it('a parent neither built in this run nor promoted fails the job, saying what to build first; once promoted, it is used', async () => {
    const orphan = matrixJob('mid', 22);
    expect(orphan.exitCode, `${orphan.stdout}\n${orphan.stderr}`).toBe(1);
    expect(orphan.stdout).toMatch(/^::error title=build mid failed::mid: mid is built FROM base, which has neither a build of this run/m);
    expect(orphan.stdout).toContain(`${prefix}/base:pr-22-`);
    expect(orphan.stdout).toContain(`nor a promoted image (${prefix}/base:latest)`);
    expect(JSON.parse(orphan.outputs['failed'] ?? '')).toEqual(['mid']);

    // Promote base (a manifest retag, as the promote action does): the next job builds on it.
    const base = parseReference(`${prefix}/base:pr-21-${repo.head().slice(0, 7)}`);
    await client.putManifest(parseReference(`${prefix}/base:latest`), await client.getManifest(base));
    const promoted = matrixJob('mid', 22);
    expect(promoted.exitCode, promoted.stdout).toBe(0);
    // Built on the same base digest as in PR 21, mid has the same build key: reused, not rebuilt.
    expect(JSON.parse(promoted.outputs['reused'] ?? '')).toEqual(['mid']);
    const pr21Mid = await client.headManifest(parseReference(`${prefix}/mid:pr-21-${repo.head().slice(0, 7)}`));
    expect(digestOutput(promoted, 'mid')).toBe(pr21Mid?.digest);
  });
});
