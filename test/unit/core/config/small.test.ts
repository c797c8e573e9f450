import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../../src/core/config/duration.js';
import { isWithinDir, normalizeRepoPath } from '../../../../src/core/config/paths.js';
import { closest, didYouMean } from '../../../../src/core/config/suggest.js';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['12h', 43_200_000],
    ['7d', 604_800_000],
    ['6w', 3_628_800_000],
    ['1m30s250ms', 90_250],
  ])('%s is %i ms', (text, ms) => {
    expect(parseDuration(text)).toEqual({ text, milliseconds: ms });
  });

  it('a number is seconds', () => {
    expect(parseDuration(90)).toEqual({ text: '90s', milliseconds: 90_000 });
    expect(parseDuration(0.5)).toEqual({ text: '0.5s', milliseconds: 500 });
  });

  it.each(['', '5', 'm', '5 m', '5x', '1h 30m', '-5s', '5s ', 's5'])('"%s" is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('zero, negative and endless numbers are not durations', () => {
    expect(parseDuration(0)).toBeUndefined();
    expect(parseDuration(-1)).toBeUndefined();
    expect(parseDuration(Infinity)).toBeUndefined();
  });
});

describe('normalizeRepoPath', () => {
  it.each([
    ['images/foo', 'images/foo'],
    ['./images//foo/', 'images/foo'],
    ['images/foo/../bar', 'images/bar'],
    ['.', '.'],
    ['./', '.'],
    ['a\\b', 'a/b'],
  ])('%s → %s', (raw, path) => {
    expect(normalizeRepoPath(raw)).toEqual({ ok: true, path });
  });

  it.each(['..', '../x', 'images/../../x', '/etc', 'C:/x', 'C:\\x'])('%s leaves the repository', (raw) => {
    expect(normalizeRepoPath(raw).ok).toBe(false);
  });

  it('isWithinDir', () => {
    expect(isWithinDir('images/foo/Dockerfile', 'images/foo')).toBe(true);
    expect(isWithinDir('images/foo', 'images/foo')).toBe(true);
    expect(isWithinDir('images/foobar/Dockerfile', 'images/foo')).toBe(false);
    expect(isWithinDir('anything', '.')).toBe(true);
  });
});

describe('did you mean', () => {
  const keys = ['sources', 'watch', 'depends-on', 'build-args', 'context', 'target', 'platforms', 'structure-tests'];
  it.each([
    ['dependson', 'depends-on'],
    ['depends_on', 'depends-on'],
    ['DependsOn', 'depends-on'],
    ['buildargs', 'build-args'],
    ['platform', 'platforms'],
    ['contxt', 'context'],
    ['structure-test', 'structure-tests'],
  ])('%s → %s', (typo, meant) => {
    expect(closest(typo, keys)).toBe(meant);
  });

  it('suggests nothing for a name far from all', () => {
    expect(closest('concurrency', keys)).toBeUndefined();
    expect(closest('ab', ['xy'])).toBeUndefined();
    expect(didYouMean('concurrency', ['builder', 'platforms'], 'Keys allowed here')).toBe('Keys allowed here: builder, platforms.');
    expect(didYouMean('x', [], 'Allowed')).toBe('');
  });
});
