/** Real git repositories for tests, made with the git CLI in temporary folders. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function tempDir(prefix = 'ia-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export class TestRepo {
  constructor(readonly dir: string) {}

  static init(branch = 'main'): TestRepo {
    const dir = tempDir('ia-repo-');
    git(dir, 'init', '-q', '-b', branch);
    return new TestRepo(dir);
  }

  /** Writes files (path → content; null deletes) and commits them; returns the commit SHA. */
  commit(files: Record<string, string | null>, message = 'change'): string {
    for (const [path, content] of Object.entries(files)) {
      const abs = join(this.dir, path);
      if (content === null) {
        rmSync(abs, { force: true, recursive: true });
      } else {
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, content);
      }
    }
    git(this.dir, 'add', '-A');
    git(this.dir, 'commit', '-q', '--allow-empty', '-m', message);
    return this.head();
  }

  /** Copies a folder into the work tree (not committed). */
  copyIn(from: string, to = '.'): void {
    cpSync(from, join(this.dir, to), { recursive: true });
  }

  head(): string {
    return git(this.dir, 'rev-parse', 'HEAD');
  }

  git(...args: string[]): string {
    return git(this.dir, ...args);
  }

  /** A bare copy to act as `origin`, reachable by file:// URL. */
  bareClone(): string {
    const bare = tempDir('ia-origin-');
    git(bare, 'clone', '-q', '--bare', this.dir, '.');
    return bare;
  }
}

/** A clone of `origin` as actions/checkout makes it: one commit deep, at `sha`. */
export function shallowCheckout(origin: string, sha: string, branch?: string): string {
  const dir = tempDir('ia-checkout-');
  git(dir, 'init', '-q');
  git(dir, 'remote', 'add', 'origin', `file://${origin}`);
  git(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', branch ? `+${sha}:refs/remotes/origin/${branch}` : sha);
  git(dir, 'checkout', '-q', '--detach', sha);
  return dir;
}
