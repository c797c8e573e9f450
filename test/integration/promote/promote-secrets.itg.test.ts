/**
 * No secret reaches the log or the summary: dist/promote/index.js runs with step debug on
 * (`ACTIONS_STEP_DEBUG=true`, `RUNNER_DEBUG=1`) against a registry with htpasswd Basic auth and
 * one with token auth (a real Bearer flow: the test's token issuer signs JWTs the registry
 * verifies), with the `username`/`password` inputs and a GitHub token. The password, the Basic
 * header made from it, the GitHub token and every registry token the issuer handed out must
 * not appear in stdout, stderr or the summary, on success and on failure.
 *
 * The only place a secret may appear is the `::add-mask::<secret>` command itself: that is how
 * `core.setSecret` tells the runner what to mask, and the runner consumes that line instead of
 * showing it. Those exact lines are removed before searching; nothing else is.
 *
 * As in promote-action.itg.test.ts, the GitHub API endpoint is a loopback fixture (the real one
 * cannot be reached here); the registries, the token issuer and the git repository are real.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { explicitCredentials } from '../../../src/adapters/registry/credentials.js';
import { startGitHubApiFixture, type GitHubApiFixture } from '../../harness/github-api.js';
import { makeImage, makeMultiPlatformIndex } from '../../harness/oci-fixtures.js';
import { startRegistry, type RegistryAuthMode, type RunningRegistry } from '../../harness/registry.js';
import type { ActionRun } from '../../support/action-runner.js';
import { webhookExample } from '../../support/webhook-examples.js';
import { runActionProcess } from '../../support/process.js';
import { consumerRepo, pushAll, repositoryState } from './support.js';

const GITHUB_TOKEN = 'ghs_secretsFixtureToken9876543210zyxwv';
const OWNER_REPO = 'Codertocat/Hello-World';

let github: GitHubApiFixture;
const registries: Partial<Record<RegistryAuthMode, RunningRegistry>> = {};

beforeAll(async () => {
  github = await startGitHubApiFixture({ token: GITHUB_TOKEN });
  [registries.basic, registries.token] = await Promise.all([startRegistry({ auth: 'basic' }), startRegistry({ auth: 'token' })]);
});

afterAll(async () => {
  await github?.stop();
  await Promise.all([registries.basic?.stop(), registries.token?.stop()]);
});

/** What a reader of the job log and summary would see: the runner's mask commands taken out. */
function visible(run: ActionRun, secrets: readonly string[]): string {
  const maskLines = new Set(secrets.map((s) => `::add-mask::${s}`));
  const strip = (text: string): string =>
    text
      .split('\n')
      .filter((line) => !maskLines.has(line))
      .join('\n');
  return `${strip(run.stdout)}\n${strip(run.stderr)}\n${run.summary}`;
}

function expectNoSecret(run: ActionRun, secrets: readonly string[]): void {
  const text = visible(run, secrets);
  for (const secret of secrets) {
    // Not `expect(text).not.toContain(secret)`: a failure message must not print the secret either.
    expect(text.includes(secret), `a secret of ${secret.length} characters appears in the output`).toBe(false);
  }
}

for (const mode of ['basic', 'token'] as const) {
  describe(`promote with ${mode} auth and step debug on`, () => {
    it('prints no password, Basic header, registry token or GitHub token; on success and on failure', async () => {
      const registry = registries[mode]!;
      const { username, password } = registry.credentials!;
      const setup = new RegistryClient({ credentials: explicitCredentials([{ registry: registry.host, username, password }]) });
      const { repo, sha } = consumerRepo({ registry: `${registry.host}/secret`, images: ['api', 'db'] });
      const headSha = repo.commit({ 'images/api/README': 'head of the pull request\n' }, 'pr head');
      const from = `pr-9-${headSha.slice(0, 7)}`;
      const builds = { 'secret/api': makeImage({ layers: 1 }), 'secret/db': makeMultiPlatformIndex({ layers: 1 }) };
      try {
        await pushAll(setup, registry.host, from, builds);
      } finally {
        await setup.close();
      }
      const mergeSha = repo.head();
      expect(mergeSha).not.toBe(sha);
      github.setPullsForCommit(OWNER_REPO, mergeSha, [{ number: 9, headSha, mergeCommitSha: mergeSha, merged: true }]);
      const payload = webhookExample('push');
      payload['ref'] = 'refs/heads/main';
      payload['after'] = mergeSha;
      payload['repository'].default_branch = 'main';

      const run = (pass: string): Promise<ActionRun> =>
        runActionProcess('promote', {
          eventName: 'push',
          payload,
          cwd: repo.dir,
          inputs: { 'github-token': GITHUB_TOKEN, username, password: pass },
          env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: OWNER_REPO, ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' },
        });
      const basicHeader = (pass: string): string => Buffer.from(`${username}:${pass}`).toString('base64');

      const ok = await run(password);
      expect(ok.exitCode, ok.stdout).toBe(0);
      // The run really logged at debug level, and really promoted.
      expect(ok.stdout).toMatch(/^::debug::/m);
      expect(ok.stdout).toContain(`::add-mask::${password}`);
      expect(ok.stdout).toContain(`::add-mask::${GITHUB_TOKEN}`);
      expect(Object.keys(JSON.parse(ok.outputs['promoted']!))).toEqual(['api', 'db']);
      const reader = new RegistryClient({ credentials: explicitCredentials([{ registry: registry.host, username, password }]) });
      try {
        expect(await repositoryState(reader, registry.host, 'secret/db')).toEqual({
          [from]: builds['secret/db'].digest,
          latest: builds['secret/db'].digest,
          [`sha-${mergeSha.slice(0, 7)}`]: builds['secret/db'].digest,
        });
      } finally {
        await reader.close();
      }

      const wrongPassword = `${password}-wrong`;
      const refused = await run(wrongPassword);
      expect(refused.exitCode).toBe(1);
      expect(refused.stdout).toMatch(/::error::promote: .*(401|UNAUTHORIZED|DENIED|credentials)/i);

      const tokens = registry.tokenIssuer?.issuedTokens ?? [];
      if (mode === 'token') expect(tokens.length).toBeGreaterThan(0); // the Bearer flow really ran
      for (const r of [ok, refused]) {
        expectNoSecret(r, [password, wrongPassword, basicHeader(password), basicHeader(wrongPassword), GITHUB_TOKEN, ...tokens]);
      }
    });
  });
}
