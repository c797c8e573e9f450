import { describe, expect, it } from 'vitest';
import { normaliseScopes, parseScope, repositoryScope, TokenCache } from '../../../../src/adapters/registry/auth.js';
import { Secret } from '../../../../src/adapters/registry/secret.js';

describe('scopes', () => {
  it('writes repository scopes with actions in a fixed order', () => {
    expect(repositoryScope('team/app', ['pull'])).toBe('repository:team/app:pull');
    expect(repositoryScope('team/app', ['push', 'pull'])).toBe('repository:team/app:pull,push');
    expect(repositoryScope('x', ['delete'])).toBe('repository:x:delete');
  });

  it('parses names containing a colon (a host with a port)', () => {
    expect(parseScope('repository:localhost:5000/app:pull')).toEqual({ resource: 'repository:localhost:5000/app', actions: new Set(['pull']) });
    expect(parseScope('nonsense')).toBeUndefined();
  });

  it('merges scopes on one resource and splits space-separated lists', () => {
    expect(normaliseScopes(['repository:b:pull', 'repository:a:push', 'repository:a:pull', 'repository:c:pull repository:b:push'])).toEqual([
      'repository:a:pull,push',
      'repository:b:pull,push',
      'repository:c:pull',
    ]);
  });
});

describe('TokenCache', () => {
  const clock = { time: 0, now(): number { return this.time; } };

  it('serves a token for its scopes and any narrower request, until shortly before it expires', () => {
    const cache = new TokenCache(clock);
    const token = new Secret('tok-1');
    cache.put('realm', ['repository:a:pull,push', 'repository:b:pull'], token, 300);
    expect(cache.get('realm', ['repository:a:pull'])).toBe(token);
    expect(cache.get('realm', ['repository:a:pull,push', 'repository:b:pull'])).toBe(token);
    expect(cache.get('realm', ['repository:b:push'])).toBeUndefined();
    expect(cache.get('other-realm', ['repository:a:pull'])).toBeUndefined();
    clock.time = 269_999; // 300 s minus a 30 s margin
    expect(cache.get('realm', ['repository:a:pull'])).toBe(token);
    clock.time = 270_000;
    expect(cache.get('realm', ['repository:a:pull'])).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps a margin of a tenth of a short lifetime', () => {
    const cache = new TokenCache(clock);
    clock.time = 0;
    cache.put('r', ['repository:a:pull'], new Secret('t'), 60);
    clock.time = 53_999;
    expect(cache.get('r', ['repository:a:pull'])).toBeDefined();
    clock.time = 54_000;
    expect(cache.get('r', ['repository:a:pull'])).toBeUndefined();
  });

  it('forgets a refused token', () => {
    const cache = new TokenCache(clock);
    clock.time = 0;
    const token = new Secret('refused');
    cache.put('r', ['repository:a:pull'], token, 300);
    cache.invalidate(new Secret('refused'));
    expect(cache.get('r', ['repository:a:pull'])).toBeUndefined();
  });
});
