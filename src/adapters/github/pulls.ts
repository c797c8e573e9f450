/**
 * The one GitHub API call promote needs: which pull request was merged as a pushed commit.
 * `GET /repos/{owner}/{repo}/commits/{sha}/pulls`, through @actions/github (which honours
 * GITHUB_API_URL, so GitHub Enterprise and test fixtures work alike).
 */
import { getOctokit } from '@actions/github';

export interface MergedPullRequest {
  readonly number: number;
  readonly headSha: string;
}

export async function findPullRequestMergedAs(
  token: string,
  repository: string,
  sha: string,
): Promise<MergedPullRequest | undefined> {
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new Error(`GITHUB_REPOSITORY "${repository}" is not owner/name`);
  const octokit = getOctokit(token, process.env['GITHUB_API_URL'] ? { baseUrl: process.env['GITHUB_API_URL'] } : {});
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha });
  // A commit can be associated with several pull requests; the merged one is that whose merge
  // commit is this commit (a squash or merge of that PR), not one that merely contains it.
  const merged = data.find((pr) => pr.merge_commit_sha === sha && pr.merged_at !== null);
  return merged ? { number: merged.number, headSha: merged.head.sha } : undefined;
}
