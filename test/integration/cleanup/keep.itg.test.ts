/**
 * `image-actions keep` and `unkeep` through the bundled CLI, against a real registry: an
 * exception is a tag in the registry itself, on the same digest (the manifest's own bytes PUT
 * under a new name, no layer moved), and cleanup honours it until it is removed or expires.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../../src/core/reference.js';
import { RegistryClient } from '../../../src/adapters/registry/client.js';
import { startFaultProxy, type FaultProxy } from '../../harness/fault-proxy.js';
import { makeImage, makeMultiPlatformIndex, pushManifest } from '../../harness/oci-fixtures.js';
import { startRegistry, type RunningRegistry } from '../../harness/registry.js';
import { requireBundles, runCli } from './processes.js';
import { assertPulls, repositoryState, rotationProject } from './support.js';

const DAY = 24 * 60 * 60 * 1000;

let registry: RunningRegistry;
let proxy: FaultProxy;
let direct: RegistryClient;
let root: string;
const digests: Record<string, string> = {};

beforeAll(async () => {
  requireBundles();
  registry = await startRegistry();
  proxy = await startFaultProxy({ target: registry.host, rate: 0 });
  direct = new RegistryClient();
  root = rotationProject(`${proxy.host}/keep`);
  const old = new Date(Date.now() - 30 * DAY);
  const items = {
    'pr-1-aaaaaaa': makeImage({ layers: 1, created: old }),
    'pr-2-bbbbbbb': makeMultiPlatformIndex({ layers: 1, created: old }),
    'pr-3-ccccccc': makeImage({ layers: 1, created: old }),
  };
  for (const [tag, item] of Object.entries(items)) {
    await pushManifest(direct, `${registry.host}/keep/app:${tag}`, item);
    digests[tag] = item.digest;
  }
});

afterAll(async () => {
  await direct?.close();
  await proxy?.stop();
  await registry?.stop();
});

const cli = (...args: string[]) => runCli([args[0]!, '--root', root, ...args.slice(1)]);

describe('image-actions keep / unkeep', () => {
  it('keep: adds keep-<reason> on the same digest with one manifest GET and one PUT; again: unchanged', async () => {
    proxy.reset();
    const r = await cli('keep', 'app@pr-1-aaaaaaa', '--reason', 'Customer demo');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${proxy.host}/keep/app:keep-customer-demo ${digests['pr-1-aaaaaaa']} added\n`);
    expect(proxy.counts()).toEqual({ 'GET ping': 1, 'GET manifest': 1, 'HEAD manifest': 1, 'PUT manifest': 1 });
    await assertPulls(direct, registry.host, 'keep/app', 'keep-customer-demo');

    const again = await cli('keep', 'app@pr-1-aaaaaaa', '--reason', 'customer-demo');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(`${proxy.host}/keep/app:keep-customer-demo ${digests['pr-1-aaaaaaa']} unchanged\n`);
  });

  it('keep --until on an index named by digest: keep-until-<yyyymmdd>-<reason>, the whole index', async () => {
    const digest = digests['pr-2-bbbbbbb']!;
    const r = await cli('keep', `app@${digest}`, '--reason', 'audit', '--until', '2099-12-31');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${proxy.host}/keep/app:keep-until-20991231-audit ${digest} added\n`);
    await assertPulls(direct, registry.host, 'keep/app', 'keep-until-20991231-audit');
  });

  it('cleanup keeps the marked builds (their old pr- tags still go) and deletes the rest', async () => {
    const r = await cli('cleanup', '--dry-run', '--json', '--images', 'app');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { deleted: Record<string, { tags: string[]; digests: string[] }> };
    expect(out.deleted['app']).toEqual({ tags: ['pr-1-aaaaaaa', 'pr-2-bbbbbbb', 'pr-3-ccccccc'], digests: [digests['pr-3-ccccccc']] });
    expect(r.stderr).toContain(`untag-only       ${digests['pr-1-aaaaaaa']}`);
    expect(r.stderr).toMatch(/keep +keep-customer-demo +sha256:\w+ {2}exception: keep- tag \(reason "customer-demo"\)/);
    expect(r.stderr).toMatch(/keep +keep-until-20991231-audit +sha256:\w+ {2}exception until 2099-12-31/);
  });

  it('refuses to move a keep tag off another build, an impossible date, a reason with no letters, a bad target', async () => {
    const moved = await cli('keep', 'app@pr-3-ccccccc', '--reason', 'customer demo');
    expect(moved.code).toBe(1);
    expect(moved.stderr).toContain(`keep/app:keep-customer-demo already marks another build, ${digests['pr-1-aaaaaaa']}; moving it would drop that exception`);
    expect(moved.stderr).toContain(`image-actions unkeep app@${digests['pr-1-aaaaaaa']}`);

    const date = await cli('keep', 'app@pr-3-ccccccc', '--reason', 'x', '--until', '2026-02-30');
    expect(date.code).toBe(1);
    expect(date.stderr).toContain('error: invalid --until date "2026-02-30" — Write a calendar date as YYYY-MM-DD');

    const reason = await cli('keep', 'app@pr-3-ccccccc', '--reason', '!!!');
    expect(reason.code).toBe(1);
    expect(reason.stderr).toContain('the keep reason "!!!" has no letters or digits');

    const noReason = await cli('keep', 'app@pr-3-ccccccc');
    expect(noReason.code).toBe(1);
    expect(noReason.stderr).toContain('keep needs --reason R');

    const noAt = await cli('keep', 'app', '--reason', 'x');
    expect(noAt.code).toBe(1);
    expect(noAt.stderr).toContain('"app" does not name a build');

    const unknownImage = await cli('keep', 'apps@pr-3-ccccccc', '--reason', 'x');
    expect(unknownImage.code).toBe(1);
    expect(unknownImage.stderr).toContain('no image named "apps" in this repository — Did you mean "app"?');

    const missing = await cli('keep', 'app@pr-404-0000000', '--reason', 'x');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`${proxy.host}/keep/app:pr-404-0000000`);
    expect(await repositoryState(direct, registry.host, 'keep/app')).not.toHaveProperty('keep-x');
  });

  it('unkeep: removes the keep tags of the digest (only the one named with --reason), the build stays', async () => {
    await cli('keep', 'app@pr-1-aaaaaaa', '--reason', 'second');
    const one = await cli('unkeep', 'app@pr-1-aaaaaaa', '--reason', 'second');
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toBe(`${proxy.host}/keep/app:keep-second removed\n`);

    const all = await cli('unkeep', 'app@keep-customer-demo');
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toBe(`${proxy.host}/keep/app:keep-customer-demo removed\n`);
    const state = await repositoryState(direct, registry.host, 'keep/app');
    expect(state).toEqual({
      'keep-until-20991231-audit': digests['pr-2-bbbbbbb'],
      'pr-1-aaaaaaa': digests['pr-1-aaaaaaa'],
      'pr-2-bbbbbbb': digests['pr-2-bbbbbbb'],
      'pr-3-ccccccc': digests['pr-3-ccccccc'],
    });
    await assertPulls(direct, registry.host, 'keep/app', 'pr-1-aaaaaaa');

    const none = await cli('unkeep', 'app@pr-1-aaaaaaa');
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).toBe(`${proxy.host}/keep/app@${digests['pr-1-aaaaaaa']} has no keep tag\n`);

    // Unmarked, the old build goes with the next cleanup; the marked index stays.
    const r = await cli('cleanup', '--images', 'app');
    expect(r.code, r.stderr).toBe(0);
    expect(await repositoryState(direct, registry.host, 'keep/app')).toEqual({ 'keep-until-20991231-audit': digests['pr-2-bbbbbbb'] });
    expect(await direct.headManifest(parseReference(`${registry.host}/keep/app@${digests['pr-1-aaaaaaa']}`))).toBeUndefined();
  });
});
