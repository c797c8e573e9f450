/** `image-actions cleanup`: rotate old tags by the retention rules of images.yaml. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserInputError } from '../../core/diagnostics.js';
import { parseList } from '../../core/event/interpret.js';
import { cleanupFailures, deletedOutput, keptOutput, runCleanup, type CleanupResult } from '../../app/cleanup/run.js';
import { loadConfigFile } from '../../app/project.js';
import { createRegistryClient } from '../../app/registry.js';
import { cleanupSummaryMarkdown } from '../../report/cleanup-summary.js';
import { DELETER_ENVIRONMENT_HELP, deleterFromEnvironment } from '../deleter.js';
import { COMMON, COMMON_HELP, str, strings, type Verb } from '../verb.js';

function printResult(result: CleanupResult): void {
  const out = (line: string): boolean => process.stdout.write(`${line}\n`);
  for (const image of result.images) {
    const verb = result.dryRun ? 'to delete' : 'deleted';
    const notDone = image.failed.length + image.unsupported.length + image.skipped.length;
    out(
      `${image.image} (${image.repository}): ${image.status}` +
        (image.message !== undefined ? `: ${image.message}` : `; ${image.deletedTags.length} tag(s) and ${image.deletedDigests.length} manifest(s) ${verb}, ${image.keptTags.length} kept${notDone > 0 ? `, ${notDone} not done` : ''}`),
    );
    for (const t of image.deletedTags) out(`  ${result.dryRun ? 'would delete' : 'deleted'}  ${t.tag}  (${t.decidedBy})`);
    for (const f of [...image.failed, ...image.unsupported, ...image.skipped]) out(`  not done  ${f.operation} ${f.tags.join(', ') || f.digest}: ${f.reason}`);
  }
  const deletedAny = result.images.some((i) => i.deletedDigests.length > 0);
  if (result.storageNote !== undefined && !result.dryRun && deletedAny) out(`note: ${result.storageNote}`);
  if (result.dryRun) out('dry run: nothing was deleted');
}

/**
 * `--as-of`: ages measured against a later instant. Only the future is accepted: an earlier
 * "now" would make a `keep-until` tag that has expired look active, which no rotation needs.
 */
function parseAsOf(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const when = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(when.getTime())) {
    throw new UserInputError([{ message: `--as-of "${text}" is not a date`, hint: 'Write YYYY-MM-DD (midnight UTC) or an ISO 8601 instant such as 2027-01-31T12:00:00Z.' }]);
  }
  if (when.getTime() < Date.now() - 60_000) {
    throw new UserInputError([{ message: `--as-of ${when.toISOString()} is in the past`, hint: 'Give a date from today on: --as-of previews a later rotation.' }]);
  }
  return when;
}

export const cleanupVerb: Verb = {
  summary: 'delete old tags by the retention rules, never what a kept tag needs',
  usage: `image-actions cleanup [IMAGE…] [--images a,b] [--dry-run] [--registry R] [--json]

Plans each image's retention (retention: in images.yaml) from what its repository holds and
carries the plan out: tags are removed, and manifests deleted only when no kept tag needs them.
The plan (every tag, the rule that decided it, and the steps in order) goes to stderr, the same
in a dry run as in a real run; what was done goes to stdout. Exits 1 when a deletion failed
(a re-run finishes what is left).
  --images a,b      images to clean (default all; names may also be given as arguments)
  --dry-run         print the plan; delete nothing
  --registry R      registry prefix (default registry of images.yaml)
  --insecure HOST   a registry reached over plain HTTP (repeatable; loopback always is)
  --as-of WHEN      measure ages as of this date (YYYY-MM-DD or an ISO 8601 instant) instead of
                    now, to preview what a later rotation will delete; must not be in the past
  --json            print the deleted and kept outputs as JSON
  --summary FILE    also write the Markdown summary to FILE
Credentials come from the Docker config (docker login) or containers auth.json.
${DELETER_ENVIRONMENT_HELP}
${COMMON_HELP}`,
  options: {
    ...COMMON,
    images: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean', default: false },
    registry: { type: 'string' },
    insecure: { type: 'string', multiple: true },
    'as-of': { type: 'string' },
    json: { type: 'boolean', default: false },
    summary: { type: 'string' },
  },
  async run(values, positionals) {
    const root = resolve(str(values['root']) ?? '.');
    const configFile = str(values['config']) ?? 'images.yaml';
    const registry = str(values['registry']) ?? (await loadConfigFile(root, configFile)).config.registry;
    const images = [...strings(values['images']).flatMap((v) => parseList(v)), ...positionals];
    const dryRun = values['dry-run'] === true;
    const asOf = parseAsOf(str(values['as-of']));
    const client = createRegistryClient({ insecureRegistries: strings(values['insecure']) });
    try {
      const deleter = deleterFromEnvironment(registry, client);
      const result = await runCleanup({
        root,
        configFile,
        images,
        ...(registry ? { registry } : {}),
        dryRun,
        ...(asOf ? { now: asOf } : {}),
        client,
        deleter,
        log: (m) => process.stderr.write(`${m}\n`),
        group: async (title, body) => {
          process.stderr.write(`── ${title}\n`);
          return body();
        },
      });
      if (values['json'] === true) {
        process.stdout.write(`${JSON.stringify({ deleted: deletedOutput(result), kept: keptOutput(result) }, null, 2)}\n`);
      } else {
        printResult(result);
      }
      const summary = str(values['summary']);
      if (summary) await writeFile(summary, cleanupSummaryMarkdown(result));
      const failures = cleanupFailures(result);
      for (const f of failures) process.stderr.write(`error: ${f}\n`);
      return failures.length > 0 ? 1 : 0;
    } finally {
      await client.close();
    }
  },
};
