/**
 * The git adapter: the few git operations detect needs, each one `git` process with an
 * argument array. Revisions from events are validated as hex SHAs or passed after `--end-of-options`
 * so that a crafted branch name can never be read as an option.
 */
import { run, runChecked } from '../process/run.js';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function isSha(text: string): boolean {
  return SHA.test(text);
}

export class Git {
  constructor(
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private async git(args: readonly string[]): Promise<string> {
    const result = await runChecked('git', ['-C', this.dir, ...args], { env: this.env });
    return result.stdout;
  }

  private async gitMaybe(args: readonly string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
    const result = await run('git', ['-C', this.dir, ...args], { env: this.env });
    return { ok: result.exitCode === 0, stdout: result.stdout, stderr: result.stderr };
  }

  /** The commit a revision names, or undefined when it does not exist here. */
  async resolveCommit(rev: string): Promise<string | undefined> {
    const r = await this.gitMaybe(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    return r.ok ? r.stdout.trim() : undefined;
  }

  async isShallow(): Promise<boolean> {
    return (await this.git(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const r = await this.gitMaybe(['merge-base', '--end-of-options', a, b]);
    return r.ok ? r.stdout.trim() || undefined : undefined;
  }

  /** The remote to fetch from: `origin` when it exists, else the first one, else none. */
  async defaultRemote(): Promise<string | undefined> {
    const remotes = (await this.git(['remote'])).split('\n').filter(Boolean);
    return remotes.includes('origin') ? 'origin' : remotes[0];
  }

  /** Fetches; resolves false (with git's message) instead of throwing, so callers can fall back. */
  async fetch(args: readonly string[]): Promise<{ ok: boolean; message: string }> {
    const r = await this.gitMaybe(['fetch', '--no-tags', '--quiet', ...args]);
    return { ok: r.ok, message: r.stderr.trim() };
  }

  /** Paths changed between two commits; renames appear as a deletion and an addition. */
  async changedPaths(base: string, head: string): Promise<string[]> {
    // --relative: paths relative to this folder, which may be below the top level (examples/).
    const out = await this.git(['diff', '--name-only', '--no-renames', '--relative', '-z', '--end-of-options', base, head]);
    return out.split('\0').filter(Boolean);
  }

  /** A file's content at a revision, or undefined when it does not exist there. */
  async readFileAt(rev: string, path: string): Promise<string | undefined> {
    // `rev:./path` is resolved from this folder, like the paths of changedPaths.
    const r = await this.gitMaybe(['show', '--end-of-options', `${rev}:./${path}`]);
    return r.ok ? r.stdout : undefined;
  }

  /** `refs/heads/<branch>` of the checkout, or undefined when HEAD is detached. */
  async currentBranchRef(): Promise<string | undefined> {
    const r = await this.gitMaybe(['symbolic-ref', '--quiet', 'HEAD']);
    return r.ok ? r.stdout.trim() : undefined;
  }

  /** The remote's default branch (`origin/HEAD`), when the clone knows it. */
  async remoteDefaultBranch(remote: string): Promise<string | undefined> {
    const r = await this.gitMaybe(['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`]);
    return r.ok ? r.stdout.trim().replace(`${remote}/`, '') : undefined;
  }
}

/** Fetches one branch of a remote (shallow) into its remote-tracking ref; returns its commit. */
export async function fetchBranchTip(git: Git, remote: string, branch: string): Promise<string | undefined> {
  if (!/^[A-Za-z0-9._/-]+$/.test(branch) || branch.startsWith('-') || branch.includes('..')) return undefined;
  const tracking = `refs/remotes/${remote}/${branch}`;
  const local = await git.resolveCommit(tracking);
  if (local) return local;
  await git.fetch(['--depth=1', remote, `+refs/heads/${branch}:${tracking}`]);
  return git.resolveCommit(tracking);
}
