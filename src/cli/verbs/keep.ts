/** `image-actions keep` and `unkeep`: mark a build as an exception to the rotation, or unmark it. */
import { resolve } from 'node:path';
import { runKeep, runUnkeep } from '../../app/cleanup/keep.js';
import { loadConfigFile } from '../../app/project.js';
import { createRegistryClient } from '../../app/registry.js';
import { DELETER_ENVIRONMENT_HELP, deleterFromEnvironment } from '../deleter.js';
import { COMMON, COMMON_HELP, str, strings, type Verb } from '../verb.js';

function oneTarget(positionals: readonly string[], verb: string): string {
  if (positionals.length !== 1) throw new Error(`${verb} needs exactly one build, as <image>@<tag> or <image>@sha256:<digest> (got ${positionals.length})`);
  return positionals[0] as string;
}

export const keepVerb: Verb = {
  summary: 'mark a build as kept: adds a keep-<reason> (or keep-until-<date>-<reason>) tag',
  usage: `image-actions keep <image>@<tag|digest> --reason R [--until YYYY-MM-DD]

Adds the tag keep-<reason> (with --until: keep-until-<yyyymmdd>-<reason>) to the build, by
putting its manifest unchanged under the new tag: the digest stays, no layer moves. Cleanup
never deletes a digest that carries an active keep tag. The registry itself shows the
exception; \`image-actions unkeep\` removes it.
  --reason R        why (becomes part of the tag: letters, digits, - . _)
  --until DATE      the last day to keep it, YYYY-MM-DD (UTC); after it the rules decide again
  --registry R      registry prefix (default registry of images.yaml)
  --insecure HOST   a registry reached over plain HTTP (repeatable; loopback always is)
Credentials come from the Docker config (docker login) or containers auth.json.
${COMMON_HELP}`,
  options: {
    ...COMMON,
    reason: { type: 'string' },
    until: { type: 'string' },
    registry: { type: 'string' },
    insecure: { type: 'string', multiple: true },
  },
  async run(values, positionals) {
    const target = oneTarget(positionals, 'keep');
    const reason = str(values['reason']);
    if (reason === undefined) throw new Error('keep needs --reason R (why this build is kept; it becomes part of the tag)');
    const until = str(values['until']);
    const registry = str(values['registry']);
    const client = createRegistryClient({ insecureRegistries: strings(values['insecure']) });
    try {
      const result = await runKeep({
        root: resolve(str(values['root']) ?? '.'),
        configFile: str(values['config']) ?? 'images.yaml',
        target,
        reason,
        ...(until !== undefined ? { until } : {}),
        ...(registry !== undefined ? { registry } : {}),
        client,
        log: (m) => process.stderr.write(`${m}\n`),
      });
      process.stdout.write(`${result.repository}:${result.tag} ${result.digest} ${result.state}\n`);
      return 0;
    } finally {
      await client.close();
    }
  },
};

export const unkeepVerb: Verb = {
  summary: 'remove the keep- tags of a build, so the rotation decides it again',
  usage: `image-actions unkeep <image>@<tag|digest> [--reason R]

Removes the keep-<reason> and keep-until-<date>-<reason> tags pointing at the build's digest
(only those with --reason R when given). The build and its other tags stay; the next cleanup
decides it by the rules.
  --reason R        only the keep tags with this reason
  --registry R      registry prefix (default registry of images.yaml)
  --insecure HOST   a registry reached over plain HTTP (repeatable; loopback always is)
Credentials come from the Docker config (docker login) or containers auth.json.
${DELETER_ENVIRONMENT_HELP}
${COMMON_HELP}`,
  options: {
    ...COMMON,
    reason: { type: 'string' },
    registry: { type: 'string' },
    insecure: { type: 'string', multiple: true },
  },
  async run(values, positionals) {
    const target = oneTarget(positionals, 'unkeep');
    const root = resolve(str(values['root']) ?? '.');
    const configFile = str(values['config']) ?? 'images.yaml';
    const reason = str(values['reason']);
    const registry = str(values['registry']) ?? (await loadConfigFile(root, configFile)).config.registry;
    const client = createRegistryClient({ insecureRegistries: strings(values['insecure']) });
    try {
      const deleter = deleterFromEnvironment(registry, client);
      const result = await runUnkeep({
        root,
        configFile,
        target,
        ...(reason !== undefined ? { reason } : {}),
        ...(registry ? { registry } : {}),
        client,
        deleter,
        log: (m) => process.stderr.write(`${m}\n`),
      });
      for (const tag of result.removed) process.stdout.write(`${result.repository}:${tag} removed\n`);
      for (const u of result.unsupported) process.stdout.write(`${result.repository}:${u.tag} not removed: ${u.reason}\n`);
      if (result.removed.length === 0 && result.unsupported.length === 0) process.stdout.write(`${result.repository}@${result.digest} has no keep tag\n`);
      return result.unsupported.length > 0 ? 1 : 0;
    } finally {
      await client.close();
    }
  },
};
