/**
 * Seed 001's rotation for real: about 60 tags over some 40 manifests in a CNCF distribution
 * registry (deletion enabled), cleaned through the use case, the bundled CLI
 * (`dist/cli/index.js cleanup`) and the bundled action (`dist/cleanup/index.js`, run as the
 * runner runs it), each first as a dry run and then for real.
 *
 * After a dry run the registry is compared tag by tag with what was pushed: nothing changed.
 * After the real run: exactly the planned tags are gone (the plan is checked against the rules
 * worked out by hand in support.ts), the manifests no kept tag needs are deleted, and every kept
 * tag still pulls: its manifest, its index's children, and their config and layer blobs.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { createDistributionDeleter, DISTRIBUTION_STORAGE_NOTE } from '../../../src/adapters/deletion/distribution.js';
import { deletedOutput, keptOutput, runCleanup } from '../../../src/app/cleanup/run.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { requireBundles, runCleanupAction, runCli } from './processes.js';
import { assertNothingKeptBroken, expectedAfter, manifestExists, repositoryState, rotationProject, seedRotation, type RotationState } from './support.js';

let registry: RunningRegistry;
let direct: RegistryClient;

beforeAll(async () => {
  requireBundles();
  registry = await startRegistry();
  direct = new RegistryClient();
});

afterAll(async () => {
  await direct?.close();
  await registry?.stop();
});

async function assertUnchanged(namespace: string, state: RotationState): Promise<void> {
  expect(await repositoryState(direct, registry.host, `${namespace}/app`)).toEqual(state.tags);
  for (const digest of Object.values(state.deletedDigests)) expect(await manifestExists(direct, registry.host, `${namespace}/app`, digest)).toBe(true);
}

async function assertRotated(namespace: string, state: RotationState): Promise<void> {
  expect(await repositoryState(direct, registry.host, `${namespace}/app`)).toEqual(expectedAfter(state));
  for (const [name, digest] of Object.entries(state.deletedDigests)) {
    expect(await manifestExists(direct, registry.host, `${namespace}/app`, digest), `${name} ${digest} is deleted`).toBe(false);
  }
  await assertNothingKeptBroken(direct, registry.host, `${namespace}/app`, state);
}

/** The steps of the plans in a log: the same in a dry run and in the real run. */
function stepsOf(log: string): string[] {
  const lines = log.split('\n');
  const out: string[] = [];
  let inSteps = false;
  for (const line of lines) {
    if (line.startsWith('Steps, in order:')) inSteps = true;
    else if (inSteps && /^ {2}(\d+\.|\(nothing)/.test(line)) out.push(line);
    else inSteps = false;
  }
  return out;
}

describe('the cleanup use case', () => {
  it('dry run, then the real run: every tag decided by its rule, kept tags with what kept them', async () => {
    const state = await seedRotation(direct, registry.host, 'lib/app');
    const root = rotationProject(`${registry.host}/lib`);
    const client = new RegistryClient();
    const logs: string[] = [];
    try {
      const request = { root, configFile: 'images.yaml', client, deleter: createDistributionDeleter(client), log: (m: string) => logs.push(m) };
      const dry = await runCleanup({ ...request, dryRun: true });
      expect(logs[0]).toMatch(/^DRY RUN/);
      await assertUnchanged('lib', state);
      expect(dry.images.map((i) => [i.image, i.status])).toEqual([
        ['app', 'planned'],
        ['web', 'missing'],
      ]);
      expect(dry.images[1]?.message).toBe('the repository does not exist in the registry');
      expect(deletedOutput(dry)['app']?.tags.sort()).toEqual(state.deleted);
      expect(deletedOutput(dry)['app']?.digests.sort()).toEqual(Object.values(state.deletedDigests).sort());
      expect(keptOutput(dry)['app']?.sort()).toEqual(Object.keys(expectedAfter(state)).sort());

      const app = dry.images[0]!;
      const tag = (t: string) => [...app.deletedTags, ...app.keptTags].find((x) => x.tag === t)!;
      expect(tag('pr-6-aaaaaa8')).toMatchObject({ decidedBy: 'rule 1 "pr-*" (older-than 7d)', why: expect.stringMatching(/^8d .*old \(created\), older than 7d$/) });
      expect(tag('latest').decidedBy).toBe('protect "latest"');
      expect(tag('keep-customer-demo').decidedBy).toBe('exception');
      expect(tag('keep-until-20240101-expired').why).toMatch(/^exception expired after 2024-01-01, so the rules decide; /);
      expect(tag('feature-nodate-0000000').why).toMatch(/age unknown/);
      expect(tag('stable').decidedBy).toBe('no rule');
      expect(tag('master-5555555').why).toMatch(/\(newest child sha256:/);

      const real = await runCleanup({ ...request, dryRun: false });
      expect(real.images.map((i) => [i.image, i.status])).toEqual([
        ['app', 'cleaned'],
        ['web', 'missing'],
      ]);
      expect(deletedOutput(real)).toEqual(deletedOutput(dry));
      expect(keptOutput(real)).toEqual(keptOutput(dry));
      expect(real.storageNote).toBe(DISTRIBUTION_STORAGE_NOTE);
      expect(real.images[0]!.bytesFreed).toBe(dry.images[0]!.bytesFreed);
      expect(real.images[0]!.bytesFreed).toBeGreaterThan(0);
      await assertRotated('lib', state);

      // A re-run has nothing left to do.
      const again = await runCleanup({ ...request, dryRun: false });
      expect(again.images[0]).toMatchObject({ status: 'cleaned', deletedTags: [], deletedDigests: [] });
    } finally {
      await client.close();
    }
  });
});

describe('image-actions cleanup (the bundled CLI)', () => {
  it('--dry-run prints the plan and deletes nothing; the real run deletes exactly the plan', async () => {
    const state = await seedRotation(direct, registry.host, 'cli/app');
    const root = rotationProject(`${registry.host}/cli`);

    const dry = await runCli(['cleanup', '--root', root, '--dry-run', '--json', '--images', 'app']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toMatch(/^DRY RUN: /);
    expect(dry.stderr).toContain(`Retention plan for ${registry.host}/cli/app`);
    const planned = JSON.parse(dry.stdout) as { deleted: Record<string, { tags: string[]; digests: string[] }>; kept: Record<string, string[]> };
    expect(planned.deleted['app']!.tags.sort()).toEqual(state.deleted);
    expect(planned.kept['app']!.sort()).toEqual(Object.keys(expectedAfter(state)).sort());
    await assertUnchanged('cli', state);

    const real = await runCli(['cleanup', '--root', root, 'app']);
    expect(real.code, real.stderr).toBe(0);
    expect(real.stderr).not.toContain('DRY RUN');
    // The plan printed is the one the dry run printed: the same steps, in the same order.
    expect(stepsOf(real.stderr)).toEqual(stepsOf(dry.stderr));
    expect(stepsOf(real.stderr).length).toBeGreaterThan(20);
    expect(real.stdout).toContain(`app (${registry.host}/cli/app): cleaned; ${state.deleted.length} tag(s) and ${Object.keys(state.deletedDigests).length} manifest(s) deleted`);
    expect(real.stdout).toContain('  deleted  pr-6-aaaaaa8  (rule 1 "pr-*" (older-than 7d))');
    expect(real.stdout).toContain(`note: ${DISTRIBUTION_STORAGE_NOTE}`);
    await assertRotated('cli', state);
  });

  it('all images by default: one that was never pushed is reported, not a failure', async () => {
    const root = rotationProject(`${registry.host}/nothing`);
    const r = await runCli(['cleanup', '--root', root]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      [`app (${registry.host}/nothing/app): missing: the repository does not exist in the registry`, `web (${registry.host}/nothing/web): missing: the repository does not exist in the registry`, ''].join('\n'),
    );
  });

  it('an unknown image: says which, with a "did you mean", and touches nothing', async () => {
    const root = rotationProject(`${registry.host}/cli`);
    const r = await runCli(['cleanup', '--root', root, '--images', 'ap,web']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: no image named "ap" in this repository — Did you mean "app"?');
  });
});

describe('the cleanup action (runner contract, dist/cleanup/index.js)', () => {
  it('dry-run: outputs and summary say what would go, nothing goes; then the real run', async () => {
    const state = await seedRotation(direct, registry.host, 'action/app');
    const root = rotationProject(`${registry.host}/action`);
    const invocation = (inputs: Record<string, string>) => ({ inputs: { config: 'images.yaml', 'working-directory': root, 'fail-on-error': 'true', ...inputs }, eventName: 'schedule', payload: { schedule: '0 3 * * 1' }, cwd: root });

    const dry = await runCleanupAction(invocation({ 'dry-run': 'true' }));
    expect(dry.exitCode, dry.stdout + dry.stderr).toBe(0);
    expect(dry.stdout).toContain('::group::app (');
    expect(dry.summary).toMatch(/^## image-actions cleanup\n\n\*\*Dry run: nothing was deleted\.\*\*/);
    const deleted = JSON.parse(dry.outputs['deleted']!) as Record<string, { tags: string[]; digests: string[] }>;
    expect(deleted['app']!.tags.sort()).toEqual(state.deleted);
    expect(deleted['app']!.digests.sort()).toEqual(Object.values(state.deletedDigests).sort());
    expect(deleted['web']).toEqual({ tags: [], digests: [] });
    expect((JSON.parse(dry.outputs['kept']!) as Record<string, string[]>)['app']!.sort()).toEqual(Object.keys(expectedAfter(state)).sort());
    await assertUnchanged('action', state);

    const real = await runCleanupAction(invocation({ 'dry-run': 'false', images: '["app"]' }));
    expect(real.exitCode, real.stdout + real.stderr).toBe(0);
    expect(JSON.parse(real.outputs['deleted']!)).toEqual({ app: deleted['app'] });
    expect(real.summary).not.toContain('Dry run');
    expect(real.summary).toContain(`| \`app\` | done | ${state.deleted.length} | ${Object.keys(state.deletedDigests).length} |`);
    expect(real.summary).toContain('| `pr-6-aaaaaa8` |');
    expect(real.summary).toContain(`> ${DISTRIBUTION_STORAGE_NOTE}`);
    await assertRotated('action', state);
  });

  it('a registry that refuses: fails the step at the end, or only warns with fail-on-error: false', async () => {
    // A registry that answers its ping and refuses everything else.
    const refusing: Server = createServer((req, res) => {
      if (req.url === '/v2/') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }] }));
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    try {
      const host = `127.0.0.1:${(refusing.address() as AddressInfo).port}`;
      const root = rotationProject(`${host}/acme`);
      const base = { 'working-directory': root, images: 'app' };
      const failing = await runCleanupAction({ inputs: base, eventName: 'schedule', payload: {}, cwd: root });
      expect(failing.exitCode).toBe(1);
      expect(failing.stdout).toContain('::error::cleanup: 1 problem(s); what could be done was done, and a re-run finishes the rest:%0Aapp: could not read the repository: list tags');
      expect(failing.stdout).toContain('DENIED');
      expect(failing.summary).toContain('**1 problem(s):**');
      expect(JSON.parse(failing.outputs['deleted']!)).toEqual({ app: { tags: [], digests: [] } });

      const warning = await runCleanupAction({ inputs: { ...base, 'fail-on-error': 'false' }, eventName: 'schedule', payload: {}, cwd: root });
      expect(warning.exitCode).toBe(0);
      expect(warning.stdout).toContain('::warning::1 problem(s)');
    } finally {
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });
});
