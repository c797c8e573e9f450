/**
 * Matching an upstream repository named by an event (`owner/name`, an https or ssh URL) with
 * the `sources` of images.yaml, whatever spelling each side uses.
 */

/** `https://github.com/Owner/Repo.git`, `git@github.com:owner/repo`, `owner/repo` → `github.com/owner/repo`. */
export function canonicalRepository(spec: string): string {
  let s = spec.trim().toLowerCase();
  s = s.replace(/^[a-z+]+:\/\//, '');          // scheme
  s = s.replace(/^[^@/]+@/, '');               // user@
  s = s.replace(/^([^/:]+):(?!\d)/, '$1/');    // scp-like host:path
  s = s.replace(/\.git$/, '').replace(/\/+$/, '');
  // A bare owner/name means GitHub, where repository_dispatch comes from.
  if (s.split('/').length === 2 && !s.split('/')[0]?.includes('.')) s = `github.com/${s}`;
  return s;
}

export function sameRepository(a: string, b: string): boolean {
  return canonicalRepository(a) === canonicalRepository(b);
}
