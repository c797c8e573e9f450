/**
 * What the integration tests need on the machine, checked up front so that a missing daemon
 * fails the run with the command that fixes it, instead of skipping or timing out.
 */
import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

interface Prerequisite {
  readonly what: string;
  readonly check: () => Promise<unknown>;
  readonly fix: string;
}

const APT = 'apt-get install -y docker.io docker-registry buildah skopeo busybox-static docker-compose git';

export const PREREQUISITES: readonly Prerequisite[] = [
  { what: 'git', check: () => run('git', ['--version']), fix: APT },
  { what: 'docker-registry (CNCF distribution)', check: () => access('/usr/bin/docker-registry', constants.X_OK), fix: APT },
  { what: 'static busybox at /bin/busybox', check: () => access('/bin/busybox', constants.X_OK), fix: APT },
  { what: 'skopeo', check: () => run('skopeo', ['--version']), fix: APT },
  { what: 'buildah', check: () => run('buildah', ['--version']), fix: APT },
  { what: 'docker-compose', check: () => run('docker-compose', ['version', '--short']), fix: APT },
  {
    what: 'a Docker daemon answering `docker info`',
    check: () => run('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 20_000 }),
    fix: `${APT}, then start it: dockerd & (or run \`npm test\`, which does both)`,
  },
];

/** Returns one line per missing prerequisite, saying what to install or start. */
export async function missingPrerequisites(): Promise<string[]> {
  const results = await Promise.all(
    PREREQUISITES.map(async (p) => {
      try {
        await p.check();
        return undefined;
      } catch {
        return `- ${p.what} is missing or not answering. Fix: ${p.fix}`;
      }
    }),
  );
  return results.filter((line): line is string => line !== undefined);
}
