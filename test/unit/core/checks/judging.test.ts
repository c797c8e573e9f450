import { describe, expect, it } from 'vitest';
import {
  assessReadiness,
  describeStatuses,
  endpointOf,
  judgeHttp,
  judgeLogs,
  judgeOutput,
  serviceEnvironment,
  untilPasses,
  type ContainerState,
  type RetryClock,
  type Verdict,
} from '../../../../src/core/checks/index.js';

describe('endpoints of services', () => {
  const web = {
    service: 'web',
    containerIp: '172.18.0.3',
    published: [
      { containerPort: 8080, protocol: 'tcp', hostIp: '::', hostPort: 49154 },
      { containerPort: 8080, protocol: 'tcp', hostIp: '0.0.0.0', hostPort: 49153 },
      { containerPort: 8443, protocol: 'tcp', hostIp: '127.0.0.1', hostPort: 49200 },
      { containerPort: 53, protocol: 'udp', hostIp: '0.0.0.0', hostPort: 49300 },
    ],
  };

  it('use the published port, IPv4 first, a wildcard bind meaning loopback', () => {
    expect(endpointOf(web, 8080)).toEqual({ ok: true, endpoint: { host: '127.0.0.1', port: 49153, via: 'published port' } });
    expect(endpointOf(web, 8443)).toEqual({ ok: true, endpoint: { host: '127.0.0.1', port: 49200, via: 'published port' } });
  });

  it('fall back to the container\'s address for an unpublished port', () => {
    expect(endpointOf(web, 9000)).toEqual({ ok: true, endpoint: { host: '172.18.0.3', port: 9000, via: 'container address' } });
    expect(endpointOf({ service: 'db', published: [] }, 5432)).toEqual({ ok: false, why: 'db neither publishes port 5432 (it publishes none) nor has a container address to reach it on' });
  });

  it('give run checks SERVICE_<NAME>_HOST, _PORT, _PORT_<P> and _IP', () => {
    expect(serviceEnvironment([web, { service: 'db-main', containerIp: '172.18.0.4', published: [] }])).toEqual({
      SERVICE_DB_MAIN_HOST: '172.18.0.4',
      SERVICE_DB_MAIN_IP: '172.18.0.4',
      SERVICE_WEB_HOST: '127.0.0.1',
      SERVICE_WEB_IP: '172.18.0.3',
      SERVICE_WEB_PORT: '49153',
      SERVICE_WEB_PORT_8080: '49153',
      SERVICE_WEB_PORT_8443: '49200',
    });
  });
});

describe('verdicts', () => {
  const http = { method: 'GET' as const, status: Array.from({ length: 100 }, (_, i) => 200 + i) };

  it('describe status lists as people write them', () => {
    expect(describeStatuses(http.status)).toBe('2xx');
    expect(describeStatuses([200, 204, ...Array.from({ length: 100 }, (_, i) => 300 + i)])).toBe('200, 204 or 3xx');
    expect(describeStatuses([404])).toBe('404');
  });

  it('judge http by status, then body', () => {
    expect(judgeHttp(http, { status: 204, body: '' })).toEqual({ ok: true, detail: 'status 204' });
    expect(judgeHttp(http, { status: 503, body: 'down\n' })).toEqual({ ok: false, expected: 'status 2xx', got: 'status 503, body "down\\n"' });
    expect(judgeHttp({ ...http, bodyContains: 'ok' }, { status: 200, body: 'fine' })).toEqual({ ok: false, expected: 'a body containing "ok"', got: 'status 200, body "fine"' });
    expect(judgeHttp({ ...http, bodyMatches: '^v\\d' }, { status: 200, body: 'x'.repeat(400) })).toEqual({ ok: false, expected: 'a body matching /^v\\d/', got: `status 200, body "${'x'.repeat(300)}…"` });
  });

  it('judge programs by exit code, then output', () => {
    expect(judgeOutput({ exitCode: 0, outputContains: 'ready' }, { exitCode: 0, output: 'ready\n' })).toEqual({ ok: true, detail: 'exit code 0' });
    expect(judgeOutput({ exitCode: 0 }, { exitCode: 2, output: 'boom' })).toEqual({ ok: false, expected: 'exit code 0', got: 'exit code 2, output "boom"' });
    expect(judgeOutput({ exitCode: 0, outputMatches: '\\d+ rows' }, { exitCode: 0, output: 'none' })).toEqual({ ok: false, expected: 'output matching /\\d+ rows/', got: 'exit code 0, output "none"' });
  });

  it('judge logs per line; a pattern that must not appear fails for good when it does', () => {
    const logs = 'starting\nERROR: disk full\nready';
    expect(judgeLogs({ service: 'db', pattern: '^ready$', absent: false }, logs)).toEqual({ ok: true, detail: 'found "ready"' });
    expect(judgeLogs({ service: 'db', pattern: 'listening', absent: false }, logs)).toEqual({ ok: false, expected: "a line of db's log matching /listening/", got: 'no such line; the log ends "starting\\nERROR: disk full\\nready"' });
    expect(judgeLogs({ service: 'db', pattern: 'ERROR', absent: true }, logs)).toEqual({ ok: false, expected: "no line of db's log matching /ERROR/", got: 'the line "ERROR: disk full"', final: true });
    expect(judgeLogs({ service: 'db', pattern: 'FATAL', absent: true }, logs)).toEqual({ ok: true, detail: '/FATAL/ does not appear in 3 lines' });
  });
});

describe('retrying a check', () => {
  function clock(): RetryClock & { slept: number[] } {
    let now = 0;
    const slept: number[] = [];
    return {
      slept,
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
      cancelled: () => false,
    };
  }
  const no: Verdict = { ok: false, expected: 'x', got: 'y' };

  it('tries until a pass, interval apart', async () => {
    const c = clock();
    const verdicts: Verdict[] = [no, no, { ok: true, detail: 'yes' }];
    const outcome = await untilPasses(async (n) => verdicts[n - 1] as Verdict, { retries: 5, intervalMs: 1000 }, c);
    expect(outcome).toEqual({ verdict: { ok: true, detail: 'yes' }, attempts: 3, durationMs: 2000 });
    expect(c.slept).toEqual([1000, 1000]);
  });

  it('gives up after the retries, keeping the last verdict', async () => {
    const c = clock();
    const outcome = await untilPasses(async (n) => ({ ok: false, expected: 'x', got: `try ${n}` }), { retries: 2, intervalMs: 10 }, c);
    expect(outcome).toEqual({ verdict: { ok: false, expected: 'x', got: 'try 3' }, attempts: 3, durationMs: 20 });
  });

  it('stops at a final verdict, and turns a thrown error into a failure', async () => {
    expect((await untilPasses(async () => ({ ...no, final: true }), { retries: 9, intervalMs: 10 }, clock())).attempts).toBe(1);
    const thrown = await untilPasses(async () => {
      throw new Error('no such service');
    }, { retries: 0, intervalMs: 10 }, clock());
    expect(thrown.verdict).toEqual({ ok: false, expected: 'the check to run', got: 'no such service' });
  });

  it('stops when the run is cancelled', async () => {
    let attempts = 0;
    const outcome = await untilPasses(
      async () => {
        attempts++;
        return no;
      },
      { retries: 9, intervalMs: 10 },
      { now: () => 0, sleep: async () => undefined, cancelled: () => attempts >= 2 },
    );
    expect(outcome.attempts).toBe(2);
  });
});

describe('readiness of a deployment', () => {
  const state = (service: string, extra: Partial<ContainerState> = {}): ContainerState => ({ service, containerId: `id-${service}`, status: 'running', exitCode: 0, restartCount: 0, oomKilled: false, ...extra });
  const expected = [
    { service: 'web', oneShot: false },
    { service: 'migrate', oneShot: true },
  ];

  it('is ready when every service runs (healthy where it has a healthcheck) and one-shots exited 0', () => {
    expect(assessReadiness(expected, [state('web', { health: 'healthy' }), state('migrate', { status: 'exited', exitCode: 0 })])).toEqual({ kind: 'ready' });
  });

  it('waits for containers not made yet, starting health and created containers', () => {
    expect(assessReadiness(expected, [state('web', { health: 'starting' })])).toEqual({ kind: 'waiting', pending: ['web: running, starting', 'migrate: no container yet'] });
  });

  it('fails at once on a service that exits, crash-loops, is unhealthy or could not start', () => {
    expect(assessReadiness(expected, [state('web', { status: 'exited', exitCode: 3 }), state('migrate', { status: 'exited', exitCode: 1, oomKilled: true })])).toEqual({
      kind: 'failed',
      reasons: ['web: exited with code 3 (a service of the deployment must keep running)', 'migrate: exited with code 1 (out of memory)'],
    });
    expect(assessReadiness([{ service: 'web', oneShot: false }], [state('web', { status: 'restarting', restartCount: 3 })])).toEqual({ kind: 'failed', reasons: ['web: restarting, restarted 3×: it keeps crashing'] });
    expect(assessReadiness([{ service: 'web', oneShot: false }], [state('web', { health: 'unhealthy' })])).toEqual({ kind: 'failed', reasons: ['web: running, unhealthy: its healthcheck fails'] });
    expect(assessReadiness([{ service: 'web', oneShot: false }], [state('web', { status: 'created', error: 'port is already allocated' })])).toEqual({ kind: 'failed', reasons: ['web: Docker could not start it: port is already allocated'] });
  });
});
