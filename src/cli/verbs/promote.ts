/** `image-actions promote`: retag tested builds. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseTestedMap } from '../../core/tested.js';
import { Git } from '../../adapters/git/git.js';
import { createRegistryClient } from '../../app/registry.js';
import { loadConfigFile } from '../../app/project.js';
import { runPromote } from '../../app/promote-run.js';
import { promotedOutput } from '../../app/promote.js';
import { deleterFromEnvironment } from '../deleter.js';
import { COMMON, COMMON_HELP, str, strings, type Verb } from '../verb.js';

export const promoteVerb: Verb = {
  summary: 'retag tested builds to their final tags, moving manifests only',
  usage: `image-actions promote --from TAG [IMAGE…] [--tag T]… [--registry R] [--to-registry R] [--dry-run]

Gives each image's build under --from its final tags (default tags.promote of images.yaml,
for the current branch: latest only on the default branch, sha-<sha7>…).
  --from TAG          the temporary tag to promote (required on the command line)
  --tag T             a final tag or pattern (repeatable; default tags.promote)
  --ref REF           the ref being promoted (default: the checkout's branch)
  --default-branch B  the default branch, for latest (default main)
  --registry R        registry prefix of the builds (default registry of images.yaml)
  --to-registry R     registry prefix to promote into (default the same)
  --require FILE      the smoke output tested (JSON image → digest); refuse on mismatch
  --insecure HOST     a registry reached over plain HTTP (repeatable; loopback always is)
  --dry-run           print what would move; move nothing
  --delete-temporary  once all is promoted, remove the --from tag (the tag only; the
                      build keeps its promoted tags); on ghcr.io through the GitHub
                      Packages API with the token in GITHUB_TOKEN
  --json              print the promoted output as JSON
Credentials come from the Docker config (docker login) or containers auth.json.
${COMMON_HELP}`,
  options: {
    ...COMMON,
    from: { type: 'string' },
    tag: { type: 'string', multiple: true },
    ref: { type: 'string' },
    'default-branch': { type: 'string', default: 'main' },
    registry: { type: 'string' },
    'to-registry': { type: 'string' },
    require: { type: 'string' },
    insecure: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean', default: false },
    'delete-temporary': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
  async run(values, positionals) {
    const from = str(values['from']);
    if (!from) throw new Error('promote needs --from TAG (the temporary tag of the tested build)');
    const root = resolve(str(values['root']) ?? '.');
    const git = new Git(root);
    const sha = (await git.resolveCommit('HEAD')) ?? '';
    const ref = str(values['ref']) ?? (await git.currentBranchRef()) ?? '';
    const requireFile = str(values['require']);
    const require = requireFile ? parseTestedMap(await readFile(requireFile, 'utf8'), requireFile) : undefined;
    const tags = values['tag'];
    const dryRun = values['dry-run'] === true;
    const client = createRegistryClient({ insecureRegistries: strings(values['insecure']) });
    try {
      let deleter;
      if (values['delete-temporary'] === true) {
        const registry = str(values['registry']) ?? (await loadConfigFile(root, str(values['config']) ?? 'images.yaml')).config.registry;
        deleter = deleterFromEnvironment(registry, client);
      }
      const result = await runPromote({
        root,
        configFile: str(values['config']) ?? 'images.yaml',
        context: {
          eventName: 'local',
          payload: { ref, after: sha, repository: { default_branch: str(values['default-branch']) ?? 'main' } },
          sha,
          ref,
          runId: 'local',
          now: new Date(),
        },
        images: positionals,
        from,
        ...(Array.isArray(tags) && tags.length > 0 ? { tags } : {}),
        ...(require ? { require } : {}),
        ...(str(values['registry']) ? { registry: str(values['registry'])! } : {}),
        ...(str(values['to-registry']) ? { toRegistry: str(values['to-registry'])! } : {}),
        dryRun,
        client,
        ...(deleter ? { deleteTemporary: deleter } : {}),
        log: (m) => process.stderr.write(`${m}\n`),
      });
      if (values['json'] === true) {
        process.stdout.write(`${JSON.stringify(promotedOutput(result.outcomes), null, 2)}\n`);
      } else {
        for (const o of result.outcomes) {
          process.stdout.write(`${o.image} ${o.digest}\n`);
          for (const t of o.tags) process.stdout.write(`  ${t.tag.padEnd(24)} ${t.state}\n`);
        }
        for (const t of result.temporary ?? []) process.stdout.write(`temporary ${t.reference} ${t.state}${t.reason !== undefined ? `: ${t.reason}` : ''}\n`);
        if (dryRun) process.stdout.write('dry run: nothing was moved\n');
      }
      // As in the action: the promotion succeeded; a temporary tag left behind is cleanup's job.
      for (const t of result.temporary ?? []) {
        if (t.state === 'failed' || t.state === 'unsupported') process.stderr.write(`warning: temporary tag ${t.reference} was not deleted: ${t.reason ?? t.state}\n`);
      }
      return 0;
    } finally {
      await client.close();
    }
  },
};
