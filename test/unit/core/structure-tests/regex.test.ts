import { describe, expect, it } from 'vitest';
import { GoRegexError, goRegexMatches, translateGoRegex } from '../../../../src/core/structure-tests/regex.js';
import { expandVariables, envListToMap } from '../../../../src/core/structure-tests/expand.js';

describe('Go (RE2) patterns in JavaScript', () => {
  it('keeps what both mean the same', () => {
    expect(translateGoRegex('^tool \\d+\\.\\d+$')).toEqual({ source: '^tool \\d+\\.\\d+$', flags: '' });
    expect(goRegexMatches('.*httpredir\\.debian\\.org.*', 'deb http://httpredir.debian.org/debian')).toBe(true);
  });

  it('matches anywhere in the text, as MatchString does', () => {
    expect(goRegexMatches('world', 'hello\nworld\n')).toBe(true);
    expect(goRegexMatches('^world', 'hello\nworld')).toBe(false);
  });

  it('turns leading flags into JavaScript flags', () => {
    expect(translateGoRegex('(?i)debian')).toEqual({ source: 'debian', flags: 'i' });
    expect(translateGoRegex('(?ms)^a.b$')).toEqual({ source: '^a.b$', flags: 'ms' });
    expect(goRegexMatches('(?m)^app:x:1000:', 'root:x:0:0\napp:x:1000:1000')).toBe(true);
    expect(goRegexMatches('(?s)a.b', 'a\nb')).toBe(true);
  });

  it('translates \\A, \\z, \\Q…\\E, (?P<name>) and POSIX classes', () => {
    expect(goRegexMatches('\\Aa', 'a\nb')).toBe(true);
    expect(goRegexMatches('(?m)\\Ab', 'a\nb')).toBe(false);
    expect(goRegexMatches('b\\z', 'a\nb')).toBe(true);
    expect(goRegexMatches('a\\z', 'a\n')).toBe(false);
    expect(goRegexMatches('\\Q1.2.3 (x)\\E', 'version 1.2.3 (x)')).toBe(true);
    expect(goRegexMatches('\\Q1.2.3\\E', 'version 1a2b3')).toBe(false);
    expect(translateGoRegex('(?P<major>\\d+)').source).toBe('(?<major>\\d+)');
    expect(goRegexMatches('^[[:digit:]]+[[:space:]][[:alpha:]_]+$', '42 ok_go')).toBe(true);
    expect(goRegexMatches('[]a]', ']')).toBe(true);
    expect(goRegexMatches('\\pL+', 'é')).toBe(true);
  });

  it('refuses what JavaScript cannot mean, saying why', () => {
    expect(() => translateGoRegex('(?U)a+')).toThrow(new GoRegexError('(?U)a+', 'the ungreedy flag (?U) has no JavaScript equivalent; write lazy quantifiers (*?, +?) instead'));
    expect(() => translateGoRegex('a(?i)b')).toThrow(/flags \(\?i\) can only be given at the start/);
    expect(() => translateGoRegex('[[:nope:]]')).toThrow(/unknown POSIX class \[:nope:\]/);
    expect(() => translateGoRegex('[abc')).toThrow(/a \[ is not closed/);
  });
});

describe('variable expansion (Go os.Expand)', () => {
  const env = new Map([['HOME', '/app'], ['PATH', '/bin']]);
  const lookup = (name: string): string | undefined => env.get(name);

  it('replaces $NAME and ${NAME}; unknown names become empty', () => {
    expect(expandVariables('$HOME/.profile', lookup)).toBe('/app/.profile');
    expect(expandVariables('/env/bin:${PATH}', lookup)).toBe('/env/bin:/bin');
    expect(expandVariables('[$UNSET]', lookup)).toBe('[]');
  });

  it('keeps a $ that names nothing, and drops bad syntax as Go does', () => {
    expect(expandVariables('cost: 5$', lookup)).toBe('cost: 5$');
    expect(expandVariables('a $ b', lookup)).toBe('a $ b');
    expect(expandVariables('x${}y', lookup)).toBe('xy');
    expect(expandVariables('x${y', lookup)).toBe('xy');
    expect(expandVariables('$$', lookup)).toBe('');
    expect(expandVariables('$1st', lookup)).toBe('st');
  });

  it('reads an image config\'s Env list, splitting at the first =', () => {
    expect(envListToMap(['A=1', 'B=x=y', 'C='])).toEqual(new Map([['A', '1'], ['B', 'x=y'], ['C', '']]));
  });
});
