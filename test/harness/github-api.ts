/**
 * A loopback stand-in for the ONE GitHub REST endpoint promote calls:
 * `GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls` ("List pull requests associated with a
 * commit"). The real api.github.com cannot be reached from the test machine, so the runner
 * contract tests point `GITHUB_API_URL` here; everything else in those tests is real.
 *
 * The answers are shaped like GitHub's: an array of `pull-request-simple` objects (the schema in
 * @octokit/openapi-types), built from a pull request GitHub itself recorded (the `pull_request`
 * webhook example of @octokit/webhooks-examples) with only that schema's fields kept, and
 * GitHub's error bodies for a bad token (401), an unknown commit (422) and any other path (404).
 *
 * Every request is recorded, so a test can check the token was sent and which commit was asked.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The fields of GitHub's `pull-request-simple` schema, in the order GitHub sends them. */
const PULL_REQUEST_SIMPLE_FIELDS = [
  'url', 'id', 'node_id', 'html_url', 'diff_url', 'patch_url', 'issue_url', 'number', 'state', 'locked', 'title', 'user', 'body',
  'created_at', 'updated_at', 'closed_at', 'merged_at', 'merge_commit_sha', 'assignee', 'assignees', 'requested_reviewers',
  'requested_teams', 'labels', 'milestone', 'draft', 'commits_url', 'review_comments_url', 'review_comment_url', 'comments_url',
  'statuses_url', 'head', 'base', '_links', 'author_association', 'auto_merge', 'active_lock_reason',
] as const;

export interface FixturePullRequest {
  readonly number: number;
  /** The head commit of the pull request (its last pushed commit). */
  readonly headSha: string;
  readonly headRef?: string;
  readonly baseRef?: string;
  /** Merged pull requests carry the commit they were merged as; open ones GitHub's test merge. */
  readonly mergeCommitSha: string;
  readonly merged: boolean;
}

export interface RecordedApiRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly accept: string | undefined;
  readonly status: number;
}

export interface GitHubApiFixture {
  /** `http://127.0.0.1:PORT`: the value for `GITHUB_API_URL`. */
  readonly url: string;
  readonly requests: readonly RecordedApiRequest[];
  /**
   * What `commits/{sha}/pulls` answers for a commit of `owner/name`. A commit never given here
   * is unknown to the fixture, and gets GitHub's 422 "No commit found for SHA".
   */
  setPullsForCommit(repository: string, sha: string, pulls: readonly FixturePullRequest[]): void;
  stop(): Promise<void>;
}

export interface GitHubApiFixtureOptions {
  /** The only token accepted (as `token X` or `Bearer X`); others get 401 Bad credentials. */
  readonly token: string;
}

interface WebhookExampleSet {
  readonly name: string;
  readonly examples: readonly Record<string, unknown>[];
}

/** A pull request exactly as GitHub recorded it in a `pull_request.closed` webhook. */
function recordedPullRequest(): Record<string, any> {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as readonly WebhookExampleSet[];
  const example = all.find((s) => s.name === 'pull_request')?.examples.find((e) => e['action'] === 'closed');
  if (!example) throw new Error('@octokit/webhooks-examples has no pull_request.closed payload');
  return structuredClone(example['pull_request']) as Record<string, any>;
}

/** Rewrites the recorded repository's URLs and names to `owner/name`. */
function retarget(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.split(from).join(to);
  if (Array.isArray(value)) return value.map((v) => retarget(v, from, to));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, retarget(v, from, to)]));
  }
  return value;
}

function pullRequestSimple(repository: string, pr: FixturePullRequest): Record<string, unknown> {
  const recorded = recordedPullRequest();
  const recordedRepository = String(recorded['base']?.repo?.full_name ?? 'Codertocat/Hello-World');
  const source = retarget(recorded, recordedRepository, repository) as Record<string, any>;
  const closedAt = pr.merged ? '2026-01-15T10:00:00Z' : null;
  source['number'] = pr.number;
  source['state'] = pr.merged ? 'closed' : 'open';
  source['closed_at'] = closedAt;
  source['merged_at'] = closedAt;
  source['merge_commit_sha'] = pr.mergeCommitSha;
  source['head'] = { ...source['head'], sha: pr.headSha, ref: pr.headRef ?? 'topic', label: `${repository.split('/')[0]}:${pr.headRef ?? 'topic'}` };
  source['base'] = { ...source['base'], ref: pr.baseRef ?? 'main', label: `${repository.split('/')[0]}:${pr.baseRef ?? 'main'}` };
  for (const key of ['url', 'html_url', 'diff_url', 'patch_url', 'issue_url', 'commits_url', 'review_comments_url', 'comments_url']) {
    if (typeof source[key] === 'string') source[key] = source[key].replace(/\/(pulls|pull|issues)\/\d+/, `/$1/${pr.number}`);
  }
  const simple: Record<string, unknown> = {};
  for (const field of PULL_REQUEST_SIMPLE_FIELDS) if (field in source) simple[field] = source[field];
  return simple;
}

const DOCS = 'https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit';

export async function startGitHubApiFixture(options: GitHubApiFixtureOptions): Promise<GitHubApiFixture> {
  const requests: RecordedApiRequest[] = [];
  const pullsByCommit = new Map<string, readonly FixturePullRequest[]>();
  const key = (repository: string, sha: string): string => `${repository.toLowerCase()}@${sha}`;

  const answer = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void => {
    requests.push({
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      authorization: req.headers.authorization,
      accept: typeof req.headers.accept === 'string' ? req.headers.accept : undefined,
      status,
    });
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-resource': 'core',
    });
    res.end(JSON.stringify(body));
  };

  const server: Server = createServer((req, res) => {
    req.resume();
    const url = new URL(req.url ?? '/', 'http://fixture');
    const match = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/pulls$/.exec(url.pathname);
    if (req.method !== 'GET' || !match) {
      return answer(req, res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    }
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
      return answer(req, res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    }
    const [, owner, repo, sha] = match;
    const repository = `${decodeURIComponent(owner!)}/${decodeURIComponent(repo!)}`;
    const pulls = pullsByCommit.get(key(repository, decodeURIComponent(sha!)));
    if (pulls === undefined) {
      return answer(req, res, 422, { message: `No commit found for SHA: ${sha}`, documentation_url: DOCS, status: '422' });
    }
    return answer(req, res, 200, pulls.map((pr) => pullRequestSimple(repository, pr)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setPullsForCommit: (repository, sha, pulls) => void pullsByCommit.set(key(repository, sha), pulls),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
