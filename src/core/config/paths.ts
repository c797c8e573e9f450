/**
 * Paths in images.yaml are relative to the repository root. They are normalised here
 * ("./images//foo/" → "images/foo") and rejected when they leave the repository, so that
 * a build context or a compose file can never reach files outside the checkout.
 */
import { posix } from 'node:path';

export type RepoPathResult =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly why: string; readonly hint: string };

/** "." is the repository root itself. */
export function normalizeRepoPath(raw: string): RepoPathResult {
  const text = raw.replace(/\\/g, '/');
  if (text.startsWith('/') || /^[A-Za-z]:\//.test(text)) {
    return { ok: false, why: `"${raw}" is an absolute path`, hint: 'Write it relative to the repository root, e.g. images/foo.' };
  }
  const normalized = posix.normalize(text).replace(/\/+$/, '');
  if (normalized === '..' || normalized.startsWith('../')) {
    return {
      ok: false,
      why: `"${raw}" is outside the repository`,
      hint: 'Paths are relative to the repository root and must stay inside it; move the files into the repository.',
    };
  }
  return { ok: true, path: normalized === '' ? '.' : normalized };
}

/** Whether repository-relative `path` is `dir` or inside it ("." holds everything). */
export function isWithinDir(path: string, dir: string): boolean {
  return dir === '.' || dir === '' || path === dir || path.startsWith(`${dir}/`);
}
