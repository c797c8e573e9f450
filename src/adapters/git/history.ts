/**
 * Finding the commit to compare against, in clones that may be shallow.
 *
 * actions/checkout fetches one commit by default. Rather than ask every user for
 * `fetch-depth: 0`, we fetch what is missing: first the two commits themselves, then deeper
 * history in growing steps until the merge base appears, and as a last resort the whole
 * history. When even that fails the caller treats every image as changed and says why.
 */
import type { Git } from './git.js';

export type CompareBase =
  | { readonly found: true; readonly base: string; readonly fetched: readonly string[] }
  | { readonly found: false; readonly why: string };

const DEEPEN_STEPS = [50, 200, 1000] as const;

async function ensureCommit(git: Git, remote: string | undefined, sha: string, log: string[]): Promise<boolean> {
  if (await git.resolveCommit(sha)) return true;
  if (!remote) return false;
  const r = await git.fetch(['--depth=1', remote, sha]);
  log.push(`fetched ${sha.slice(0, 7)}${r.ok ? '' : ` (failed: ${r.message})`}`);
  return (await git.resolveCommit(sha)) !== undefined;
}

/**
 * The merge base of `base` and `head`, deepening a shallow clone until it is found.
 * `base` and `head` are commit SHAs or refs that exist on the remote.
 */
export async function findMergeBase(git: Git, base: string, head: string): Promise<CompareBase> {
  // The usual case, both commits and their merge base at hand: one git process. merge-base
  // fails when a commit is missing or the history is cut short; only then is it worth asking
  // which, and fetching.
  const direct = await git.mergeBase(base, head);
  if (direct) return { found: true, base: direct, fetched: [] };
  const fetched: string[] = [];
  const remote = await git.defaultRemote();
  for (const sha of [base, head]) {
    if (!(await ensureCommit(git, remote, sha, fetched))) {
      return { found: false, why: `commit ${sha} is not in the clone and could not be fetched` };
    }
  }
  let mergeBase = await git.mergeBase(base, head);
  if (mergeBase) return { found: true, base: mergeBase, fetched };
  if (!remote) {
    return { found: false, why: `no merge base of ${base.slice(0, 7)} and ${head.slice(0, 7)}, and no remote to fetch history from` };
  }
  for (const step of DEEPEN_STEPS) {
    if (!(await git.isShallow())) break;
    const r = await git.fetch([`--deepen=${step}`, remote, base, head]);
    fetched.push(`deepened by ${step}${r.ok ? '' : ` (failed: ${r.message})`}`);
    mergeBase = await git.mergeBase(base, head);
    if (mergeBase) return { found: true, base: mergeBase, fetched };
  }
  if (await git.isShallow()) {
    const r = await git.fetch(['--unshallow', remote, base, head]);
    fetched.push(`unshallowed${r.ok ? '' : ` (failed: ${r.message})`}`);
    mergeBase = await git.mergeBase(base, head);
    if (mergeBase) return { found: true, base: mergeBase, fetched };
  }
  return {
    found: false,
    why: `no merge base of ${base.slice(0, 7)} and ${head.slice(0, 7)} in the full history (${fetched.join('; ') || 'nothing fetched'})`,
  };
}
