/**
 * A file's mode as container-structure-test prints and compares it: Go's `FileMode.String()` of
 * the file's tar header (`drwxr-xr-x`, `-rw-r--r--`, `Lrwxrwxrwx` for a symlink, `ug-rwxr-xr-x`
 * with set-uid and set-gid, `dtrwxrwxrwx` for a sticky directory, `Dcrw-rw-rw-` for a
 * character device).
 */
import type { NodeType } from './filesystem.js';

const SETUID = 0o4000;
const SETGID = 0o2000;
const STICKY = 0o1000;

export function goModeString(type: NodeType, mode: number): string {
  // Go writes the type and special bits in the order of its "dalTLDpSugct?" letters.
  let prefix = '';
  if (type === 'directory') prefix += 'd';
  if (type === 'symlink') prefix += 'L';
  if (type === 'char' || type === 'block') prefix += 'D';
  if (type === 'fifo') prefix += 'p';
  if (mode & SETUID) prefix += 'u';
  if (mode & SETGID) prefix += 'g';
  if (type === 'char') prefix += 'c';
  if (mode & STICKY) prefix += 't';
  if (type === 'other') prefix += '?';
  const letters = 'rwxrwxrwx';
  let perms = '';
  for (let i = 0; i < 9; i++) perms += mode & (1 << (8 - i)) ? letters[i] : '-';
  return (prefix === '' ? '-' : prefix) + perms;
}
