import { describe, expect, it } from 'vitest';
import { findBearer, hasBasic, parseChallenges } from '../../../../src/adapters/registry/challenge.js';

describe('parseChallenges', () => {
  it('reads a distribution Bearer challenge with realm, service and scope', () => {
    const header = 'Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:team/app:pull,push"';
    expect(parseChallenges(header)).toEqual([
      {
        scheme: 'bearer',
        params: { realm: 'https://auth.example.com/token', service: 'registry.example.com', scope: 'repository:team/app:pull,push' },
      },
    ]);
  });

  it('keeps commas, equals signs and escaped quotes inside quoted values', () => {
    const [c] = parseChallenges('Bearer realm="https://a/t?x=1,2",scope="repository:a:pull,push repository:b:pull",title="say \\"hi\\""');
    expect(c?.params).toEqual({ realm: 'https://a/t?x=1,2', scope: 'repository:a:pull,push repository:b:pull', title: 'say "hi"' });
  });

  it('separates several challenges in one header, whatever the case of the scheme', () => {
    const challenges = parseChallenges('Basic realm="Registry Realm", BEARER realm="https://auth/token", service=reg');
    expect(challenges.map((c) => c.scheme)).toEqual(['basic', 'bearer']);
    expect(challenges[0]?.params).toEqual({ realm: 'Registry Realm' });
    expect(challenges[1]?.params).toEqual({ realm: 'https://auth/token', service: 'reg' });
  });

  it('accepts unquoted values, spaces around "=", and lowercases parameter names', () => {
    expect(parseChallenges('Bearer Realm = https://auth/token , Service=reg')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://auth/token', service: 'reg' } },
    ]);
  });

  it('reads the error of an insufficient-scope challenge', () => {
    const bearer = findBearer(parseChallenges('Bearer realm="https://auth/token",service="reg",scope="repository:x:push",error="insufficient_scope"'));
    expect(bearer).toEqual({ realm: 'https://auth/token', service: 'reg', scope: 'repository:x:push', error: 'insufficient_scope' });
  });

  it('reads token68 challenges and schemes without parameters', () => {
    expect(parseChallenges('Negotiate abc+/9==, Basic')).toEqual([
      { scheme: 'negotiate', params: {}, token68: 'abc+/9==' },
      { scheme: 'basic', params: {} },
    ]);
  });

  it('is lenient with an unterminated quote and never loops on garbage', () => {
    expect(parseChallenges('Bearer realm="https://auth/token')[0]?.params['realm']).toBe('https://auth/token');
    expect(parseChallenges('=,=,"x"')).toBeInstanceOf(Array);
    expect(parseChallenges('')).toEqual([]);
  });

  it('finds Basic and ignores a Bearer challenge without a realm', () => {
    const challenges = parseChallenges('Bearer service="x", Basic realm="r"');
    expect(findBearer(challenges)).toBeUndefined();
    expect(hasBasic(challenges)).toBe(true);
  });
});
