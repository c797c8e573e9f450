/** Cleaning up the images tests leave in the local Docker daemon or buildah store. */
import { run } from '../../src/adapters/process/run.js';

/**
 * Removes the images a test left in the daemon or in buildah's store under `registryHost/`
 * (the builders keep them on purpose, as layer cache; tests should not pile them up).
 *
 * Docker: by reference (`repo:tag`, `repo@digest`), never by ID with --force. Test files build
 * identical busybox layers at the same time, so the legacy builder's cache hands one test's
 * image to another's build; forcing it away by ID broke that build ("unable to find image").
 * Untagging lets the daemon delete only what nothing else uses. Buildah: its own store, by ID.
 */
export async function removeLocalImages(tool: 'docker' | 'buildah', command: string, registryHost: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (tool === 'docker') {
    const list = await run(command, ['images', '--digests', '--format', '{{.Repository}} {{.Tag}} {{.Digest}}'], { env });
    const references = new Set<string>();
    for (const line of list.stdout.split('\n')) {
      const [repository, tag, digest] = line.trim().split(/\s+/);
      if (!repository?.startsWith(`${registryHost}/`)) continue;
      if (tag && tag !== '<none>') references.add(`${repository}:${tag}`);
      if (digest && digest !== '<none>') references.add(`${repository}@${digest}`);
    }
    if (references.size > 0) await run(command, ['image', 'rm', ...references], { env });
    return;
  }
  const list = await run(command, ['images', '--format', '{{.ID}} {{.Name}}'], { env });
  const ids = new Set(
    list.stdout
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([, name]) => name?.startsWith(`${registryHost}/`))
      .map(([id]) => id as string),
  );
  if (ids.size > 0) await run(command, ['rmi', '--force', ...ids], { env });
}
