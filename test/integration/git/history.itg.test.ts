import { describe, expect, it } from 'vitest';
import { Git } from '../../../src/adapters/git/git.js';
import { findMergeBase } from '../../../src/adapters/git/history.js';
import { TestRepo, shallowCheckout, git } from '../../support/git-repo.js';

describe('findMergeBase on real repositories', () => {
  // main: 1 … 120; topic branches off at commit 20 and adds 3 commits.
  const repo = TestRepo.init();
  const main: string[] = [];
  for (let i = 1; i <= 20; i++) main.push(repo.commit({ [`f${i}`]: String(i) }, `main ${i}`));
  const forkPoint = main[19]!;
  repo.git('checkout', '-q', '-b', 'topic');
  let topicHead = '';
  for (let i = 1; i <= 3; i++) topicHead = repo.commit({ [`t${i}`]: String(i) }, `topic ${i}`);
  repo.git('checkout', '-q', 'main');
  for (let i = 21; i <= 120; i++) main.push(repo.commit({ [`f${i}`]: String(i) }, `main ${i}`));
  const mainHead = main[119]!;
  const origin = repo.bareClone();

  it('finds it directly in a full clone', async () => {
    const result = await findMergeBase(new Git(repo.dir), mainHead, topicHead);
    expect(result).toMatchObject({ found: true, base: forkPoint });
  });

  it('deepens a depth-1 checkout until the merge base appears', async () => {
    const dir = shallowCheckout(origin, topicHead);
    expect(git(dir, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const result = await findMergeBase(new Git(dir), mainHead, topicHead);
    expect(result).toMatchObject({ found: true, base: forkPoint });
    if (result.found) expect(result.fetched.length).toBeGreaterThan(0);
  });

  it('reports why when the base commit exists nowhere', async () => {
    const dir = shallowCheckout(origin, topicHead);
    const result = await findMergeBase(new Git(dir), 'f'.repeat(40), topicHead);
    expect(result.found).toBe(false);
    if (!result.found) expect(result.why).toContain('ffffffff');
  });

  it('reports why when histories share nothing', async () => {
    const other = TestRepo.init();
    const lonely = other.commit({ x: '1' });
    other.git('fetch', '-q', repo.dir, 'main');
    const result = await findMergeBase(new Git(other.dir), mainHead, lonely);
    expect(result.found).toBe(false);
  });
});
