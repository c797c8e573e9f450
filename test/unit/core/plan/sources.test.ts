import { describe, expect, it } from 'vitest';
import { canonicalRepository, sameRepository } from '../../../../src/core/plan/sources.js';

describe('canonicalRepository', () => {
  it('reduces every spelling of a GitHub repository to one', () => {
    const spellings = [
      'theforeman/foreman',
      'https://github.com/theforeman/foreman.git',
      'https://github.com/TheForeman/Foreman',
      'git@github.com:theforeman/foreman.git',
      'ssh://git@github.com/theforeman/foreman',
    ];
    for (const s of spellings) expect(canonicalRepository(s)).toBe('github.com/theforeman/foreman');
  });
  it('keeps other hosts and ports apart', () => {
    expect(sameRepository('https://gitlab.com/a/b', 'a/b')).toBe(false);
    expect(canonicalRepository('ssh://git@host:2222/a/b.git')).toBe('host:2222/a/b');
  });
});
