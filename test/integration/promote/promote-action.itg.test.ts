/**
 * Runner contract of dist/promote/index.js: the bundle run as the runner runs it (INPUT_*
 * variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH) on a REAL push event
 * payload (recorded by GitHub, from @octokit/webhooks-examples) to the default branch.
 *
 * NOT REAL HERE: the GitHub API. api.github.com cannot be reached from the test machine, so the
 * one endpoint promote calls, `GET /repos/{owner}/{repo}/commits/{sha}/pulls`, is served by a
 * loopback fixture server (test/harness/github-api.ts) with answers shaped like GitHub's, and
 * GITHUB_API_URL points at it.
 *
 * Everything else is real: a git repository holding the examples/ tree (images.yaml pointed at
 * the loopback registry), a CNCF distribution registry, and builds pushed under the merged pull
 * request's `pr-<n>-<head sha7>` tag.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/reference.js';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { startGitHubApiFixture, type GitHubApiFixture } from '../../harness/github-api.js';
import { makeImage, makeMultiPlatformIndex, type FixtureManifest } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { REPO_ROOT, type ActionRun } from '../../support/action-runner.js';
import { TestRepo } from '../../support/git-repo.js';
import { webhookExample } from '../../support/webhook-examples.js';
import { runActionProcess } from '../../support/process.js';
import { pushAll, repositoryState } from './support.js';

const EXAMPLE_IMAGES = ['app', 'base', 'runtime', 'tools', 'web', 'web-tls', 'worker'];
const GITHUB_TOKEN = 'ghs_fixtureToken0123456789abcdefABCDEF';
const OWNER_REPO = 'Codertocat/Hello-World'; // the repository of the recorded push payload

let registry: RunningRegistry;
let github: GitHubApiFixture;
let direct: RegistryClient;

beforeAll(async () => {
  registry = await startRegistry();
  github = await startGitHubApiFixture({ token: GITHUB_TOKEN });
  direct = new RegistryClient();
});

afterAll(async () => {
  await direct?.close();
  await github?.stop();
  await registry?.stop();
});

interface Scenario {
  readonly repo: TestRepo;
  /** The commit the pull request was merged as: the push's `after`. */
  readonly mergeSha: string;
  /** The pull request's head commit, whose build was pushed as `pr-<n>-<sha7>`. */
  readonly headSha: string;
  readonly namespace: string;
}

/** The examples/ tree in a git repository, its images.yaml pointed at `<registry>/<namespace>`. */
function exampleRepo(namespace: string): Scenario {
  const repo = TestRepo.init('main');
  repo.copyIn(join(REPO_ROOT, 'examples'));
  const config = readFileSync(join(repo.dir, 'images.yaml'), 'utf8');
  const rewritten = config.replace(/^registry: .*$/m, `registry: ${registry.host}/${namespace}`);
  expect(rewritten).not.toBe(config);
  writeFileSync(join(repo.dir, 'images.yaml'), rewritten);
  repo.commit({}, 'examples');
  repo.git('checkout', '-q', '-b', 'topic');
  const headSha = repo.commit({ 'images/app/app.sh': '#!/bin/sh\necho changed\n' }, 'change app');
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #42 from Codertocat/topic', 'topic');
  return { repo, mergeSha: repo.head(), headSha, namespace };
}

function pushPayload(after: string): Record<string, any> {
  const p = webhookExample('push');
  p['ref'] = 'refs/heads/main';
  p['before'] = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';
  p['after'] = after;
  p['repository'].default_branch = 'main';
  p['base_ref'] = null;
  return p;
}

function runPromoteAction(s: Scenario, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runActionProcess('promote', {
    eventName: 'push',
    payload: pushPayload(s.mergeSha),
    cwd: s.repo.dir,
    inputs: { 'github-token': GITHUB_TOKEN, ...inputs },
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: OWNER_REPO, GITHUB_SHA: s.mergeSha, GITHUB_REF: 'refs/heads/main' },
  });
}

/** Pushes a small build of each example image under `tag`; returns image → digest. */
async function pushBuilds(namespace: string, tag: string, names = EXAMPLE_IMAGES): Promise<Record<string, string>> {
  const builds: Record<string, FixtureManifest> = {};
  for (const name of names) builds[`${namespace}/examples-${name}`] = name === 'base' ? makeMultiPlatformIndex({ layers: 1 }) : makeImage({ layers: 1 });
  await pushAll(direct, registry.host, tag, builds);
  return Object.fromEntries(names.map((n) => [n, builds[`${namespace}/examples-${n}`]!.digest]));
}

function diagnostics(run: ActionRun): string {
  return `exit ${run.exitCode}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`;
}

describe('promote action on a push to the default branch', () => {
  it('finds the merged pull request, promotes its pr- build to latest and sha-<sha7>, and reports it', async () => {
    const s = exampleRepo('acme');
    const from = `pr-42-${s.headSha.slice(0, 7)}`;
    github.setPullsForCommit(OWNER_REPO, s.mergeSha, [
      // GitHub also lists an open pull request that merely contains the commit; it is not the merged one.
      { number: 40, headSha: s.headSha, mergeCommitSha: 'f'.repeat(40), merged: false, headRef: 'other' },
      { number: 42, headSha: s.headSha, mergeCommitSha: s.mergeSha, merged: true, headRef: 'topic' },
    ]);
    const digests = await pushBuilds('acme', from);
    const sha7 = s.mergeSha.slice(0, 7);
    const mark = github.requests.length;

    const run = await runPromoteAction(s);
    expect(run.exitCode, diagnostics(run)).toBe(0);

    // One call to the one endpoint, for the pushed commit, with the token.
    expect(github.requests.slice(mark)).toEqual([
      expect.objectContaining({ method: 'GET', path: `/repos/${OWNER_REPO}/commits/${s.mergeSha}/pulls`, authorization: `token ${GITHUB_TOKEN}`, status: 200 }),
    ]);
    expect(run.stdout).toContain(`promoting from ${from} (pull request #42 was merged as ${sha7})`);

    const promoted = JSON.parse(run.outputs['promoted'] ?? 'null');
    expect(promoted).toEqual(Object.fromEntries(EXAMPLE_IMAGES.map((n) => [n, { [digests[n]!]: ['latest', `sha-${sha7}`] }])));

    expect(run.summary).toContain('## image-actions promote');
    expect(run.summary).toContain(`From \`${from}\` (pull request #42 was merged as ${sha7}).`);
    expect(run.summary).toContain('| image | digest | tags |');
    for (const name of EXAMPLE_IMAGES) {
      expect(run.summary).toContain(`| \`${name}\` | \`${digests[name]!.slice(0, 19)}…\` | \`latest\` (new), \`sha-${sha7}\` (new) |`);
    }

    for (const name of EXAMPLE_IMAGES) {
      expect(await repositoryState(direct, registry.host, `acme/examples-${name}`)).toEqual({
        [from]: digests[name],
        latest: digests[name],
        [`sha-${sha7}`]: digests[name],
      });
    }

    // The same event again (a re-run of the job): every tag is already there and reported so.
    const again = await runPromoteAction(s);
    expect(again.exitCode, diagnostics(again)).toBe(0);
    expect(JSON.parse(again.outputs['promoted'] ?? 'null')).toEqual(promoted);
    expect(again.summary).toContain(`| \`app\` | \`${digests['app']!.slice(0, 19)}…\` | \`latest\` (unchanged), \`sha-${sha7}\` (unchanged) |`);
    expect(again.summary).not.toContain('(new)');
  });

  it('with images and require (the smoke output): promotes only those, and refuses a moved temporary tag', async () => {
    const s = exampleRepo('acme2');
    const from = `pr-42-${s.headSha.slice(0, 7)}`;
    github.setPullsForCommit(OWNER_REPO, s.mergeSha, [{ number: 42, headSha: s.headSha, mergeCommitSha: s.mergeSha, merged: true }]);
    const digests = await pushBuilds('acme2', from, ['app', 'web']);

    const wrong = makeImage({ layers: 1 }).digest;
    const refused = await runPromoteAction(s, { images: '["app","web"]', require: JSON.stringify({ app: digests['app'], web: wrong }) });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain('::error::promote: nothing was promoted');
    expect(refused.stdout).toContain(`web: ${registry.host}/acme2/examples-web:${from} now points at ${digests['web']}, but smoke tested ${wrong}`);
    expect(refused.outputs['promoted']).toBeUndefined();
    expect(await repositoryState(direct, registry.host, 'acme2/examples-app')).toEqual({ [from]: digests['app'] });

    const run = await runPromoteAction(s, { images: '["app","web"]', require: JSON.stringify({ app: digests['app'], web: digests['web'] }) });
    expect(run.exitCode, diagnostics(run)).toBe(0);
    expect(Object.keys(JSON.parse(run.outputs['promoted']!))).toEqual(['app', 'web']);
    expect((await direct.headManifest(parseReference(`${registry.host}/acme2/examples-web:latest`)))?.digest).toBe(digests['web']);
  });

  it('when no pull request was merged as the pushed commit: says so, fails, and promotes nothing', async () => {
    const s = exampleRepo('acme3');
    // A direct push: GitHub knows the commit, and no pull request is associated with it.
    github.setPullsForCommit(OWNER_REPO, s.mergeSha, []);
    await pushBuilds('acme3', `pr-42-${s.headSha.slice(0, 7)}`);

    const run = await runPromoteAction(s);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::error::promote: no pull request was merged as ${s.mergeSha}, so there is no tested pr- build to promote; nothing was promoted.`);
    expect(run.outputs['promoted']).toBeUndefined();
    for (const name of EXAMPLE_IMAGES) {
      expect(await repositoryState(direct, registry.host, `acme3/examples-${name}`)).toEqual({ [`pr-42-${s.headSha.slice(0, 7)}`]: expect.any(String) });
    }
  });
});
