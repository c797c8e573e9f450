/**
 * The web API client's rate-limit reading and its retries, on a fake clock and a fake fetch:
 * GitHub's primary limit (403/429, x-ratelimit-remaining 0, x-ratelimit-reset), its secondary
 * limit (retry-after), Docker Hub's 429 with X-Retry-After (a unix timestamp).
 */
import { describe, expect, it } from 'vitest';
import { WebApiClient, rateLimitWait, serviceMessage, type FetchLike } from '../../../../src/adapters/deletion/web-api.js';
import { Redactor } from '../../../../src/adapters/registry/secret.js';

const NOW = 1_800_000_000_000;
const h = (headers: Record<string, string>) => (name: string) => headers[name];

describe('rateLimitWait', () => {
  it('GitHub primary limit: 403 with remaining 0 waits until x-ratelimit-reset', () => {
    expect(rateLimitWait(403, h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 42) }), '{}', NOW)).toEqual({ limited: true, waitMs: 42_000 });
  });

  it('GitHub secondary limit: retry-after in seconds wins', () => {
    expect(rateLimitWait(429, h({ 'retry-after': '7', 'x-ratelimit-remaining': '4000' }), '{}', NOW)).toEqual({ limited: true, waitMs: 7_000 });
    expect(rateLimitWait(403, h({}), '{"message":"You have exceeded a secondary rate limit."}', NOW)).toEqual({ limited: true });
  });

  it('Docker Hub: 429 with X-Retry-After, a unix timestamp', () => {
    expect(rateLimitWait(429, h({ 'x-retry-after': String(NOW / 1000 + 3) }), '{"detail":"Rate limit exceeded"}', NOW)).toEqual({ limited: true, waitMs: 3_000 });
  });

  it('a 403 that is a permission problem is not a rate limit', () => {
    expect(rateLimitWait(403, h({ 'x-ratelimit-remaining': '4999' }), '{"message":"Resource not accessible by integration"}', NOW)).toEqual({ limited: false });
    expect(rateLimitWait(404, h({ 'x-ratelimit-remaining': '0' }), '', NOW)).toEqual({ limited: false });
  });
});

function scripted(answers: Array<{ status: number; headers?: Record<string, string>; body?: unknown } | Error>, calls: string[] = []): FetchLike {
  return async (url) => {
    calls.push(url);
    const next = answers.shift();
    if (next === undefined) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return { status: next.status, headers: { get: (n: string) => next.headers?.[n] ?? null }, text: async () => JSON.stringify(next.body ?? {}) };
  };
}

function fakeClock() {
  let now = NOW;
  const sleeps: number[] = [];
  return { sleeps, clock: { now: () => now, sleep: async (ms: number) => void (sleeps.push(ms), (now += ms)) } };
}

describe('WebApiClient.send', () => {
  const url = new URL('https://api.example/x');

  it('waits out a rate limit, then returns the answer', async () => {
    const { clock, sleeps } = fakeClock();
    const client = new WebApiClient({
      service: 'GitHub API',
      redactor: new Redactor(),
      clock,
      fetch: scripted([{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 5) } }, { status: 200, body: [] }]),
    });
    const res = await client.send({ method: 'GET', url });
    expect(res.status).toBe(200);
    expect(res.attempts).toBe(2);
    expect(sleeps).toEqual([5_250]);
  });

  it('a wait longer than the bound fails at once, naming it', async () => {
    const { clock, sleeps } = fakeClock();
    const client = new WebApiClient({ service: 'GitHub API', redactor: new Redactor(), clock, maxWaitMs: 60_000, fetch: scripted([{ status: 429, headers: { 'retry-after': '900' } }]) });
    await expect(client.send({ method: 'DELETE', url })).rejects.toThrow(/GitHub API rate limit: DELETE \/x answered 429 and asks to wait 900 s, longer than the 60 s/);
    expect(sleeps).toEqual([]);
  });

  it('gives up on a limit that never lifts after the attempts it has', async () => {
    const { clock } = fakeClock();
    const limited = { status: 429, headers: { 'retry-after': '1' } };
    const client = new WebApiClient({ service: 'Docker Hub API', redactor: new Redactor(), clock, maxAttempts: 3, fetch: scripted([limited, limited, limited]) });
    await expect(client.send({ method: 'GET', url })).rejects.toThrow(/still limited after 3 attempts/);
  });

  it('retries 5xx and dropped connections with backoff', async () => {
    const { clock, sleeps } = fakeClock();
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const client = new WebApiClient({ service: 'GitHub API', redactor: new Redactor(), clock, random: () => 0, fetch: scripted([{ status: 502 }, reset, { status: 204 }]) });
    const res = await client.send({ method: 'DELETE', url });
    expect(res.status).toBe(204);
    expect(res.attempts).toBe(3);
    expect(sleeps).toEqual([250, 500]);
  });

  it('never puts a secret into an error message', async () => {
    const redactor = new Redactor();
    redactor.add('s3cret-token-value');
    const client = new WebApiClient({ service: 'GitHub API', redactor, fetch: scripted([new Error('proxy refused Bearer s3cret-token-value')]) });
    await expect(client.send({ method: 'GET', url })).rejects.toThrow('proxy refused Bearer ***');
    await expect(new WebApiClient({ service: 'GitHub API', redactor, fetch: scripted([new Error('Bearer s3cret-token-value')]) }).send({ method: 'GET', url })).rejects.not.toThrow(/s3cret/);
  });
});

describe('serviceMessage', () => {
  const res = (body: unknown) => ({ status: 403, url: new URL('https://x'), text: JSON.stringify(body), attempts: 1, header: () => undefined, json: () => body });
  it('takes GitHub\'s message, and Docker Hub\'s detail over a bare reason phrase', () => {
    expect(serviceMessage(res({ message: 'Bad credentials', documentation_url: 'x' }), (t) => t)).toBe('Bad credentials');
    expect(serviceMessage(res({ message: 'Forbidden', detail: 'You do not have permission to perform this action.' }), (t) => t)).toBe('You do not have permission to perform this action.');
    expect(serviceMessage({ ...res(undefined), text: '<html><h1>502 Bad Gateway</h1></html>', json: () => undefined }, (t) => t)).toBe('502 Bad Gateway');
  });
});
