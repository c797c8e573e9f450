/** `image-actions plan`: print the affected images, their waves and reasons. */
import { resolve } from 'node:path';
import { detectOutputs } from '../../core/plan/outputs.js';
import { detect } from '../../app/detect.js';
import { Git } from '../../adapters/git/git.js';
import { COMMON, COMMON_HELP, str, type Verb } from '../verb.js';

async function defaultBase(git: Git): Promise<string | undefined> {
  const remote = await git.defaultRemote();
  const candidates = [...(remote ? [`refs/remotes/${remote}/HEAD`, `refs/remotes/${remote}/main`] : []), 'main', 'master'];
  for (const candidate of candidates) {
    const sha = await git.resolveCommit(candidate);
    if (sha) return sha;
  }
  return undefined;
}

export const planVerb: Verb = {
  summary: 'print the affected images, their waves and reasons',
  usage: `image-actions plan [--base REF] [--head REF] [--all] [--json]

Compares merge-base(BASE, HEAD) .. HEAD (default: the default branch .. HEAD) and prints the
images that changed and every image built on them, in waves.
  --base REF        compare from this commit
  --head REF        compare up to this commit (default HEAD)
  --all             every image
  --json            print the detect action's outputs as one JSON object
${COMMON_HELP}`,
  options: { ...COMMON, base: { type: 'string' }, head: { type: 'string' }, all: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
  async run(values) {
    const root = resolve(str(values['root']) ?? '.');
    const git = new Git(root);
    const all = values['all'] === true;
    const headRef = str(values['head']) ?? 'HEAD';
    const head = (await git.resolveCommit(headRef)) ?? headRef;
    let base = str(values['base']);
    if (!all && base === undefined) {
      base = await defaultBase(git);
      if (base === undefined) throw new Error('cannot find a default branch to compare with: give --base REF, or --all');
    }
    const warnings: string[] = [];
    const result = await detect({
      root,
      configFile: str(values['config']) ?? 'images.yaml',
      context: { eventName: 'local', payload: {}, sha: head, ref: '', runId: 'local', now: new Date() },
      overrides: { all, images: [], ...(all || base === undefined ? {} : { base, head }) },
      warn: (m) => warnings.push(m),
      info: () => undefined,
    });
    for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
    const outputs = detectOutputs(result, result.project.graph, result.interpretation.temporaryTag);
    if (values['json'] === true) {
      const parsed = {
        images: JSON.parse(outputs.images),
        matrix: JSON.parse(outputs.matrix),
        waves: JSON.parse(outputs.waves),
        'wave-count': Number(outputs['wave-count']),
        reasons: JSON.parse(outputs.reasons),
        'temporary-tag': outputs['temporary-tag'],
        'has-changes': outputs['has-changes'] === 'true',
        graph: outputs.graph,
      };
      process.stdout.write(`${JSON.stringify(parsed, null, 2)}\n`);
      return 0;
    }
    const out: string[] = [];
    out.push(`${result.interpretation.description}`);
    out.push(`${result.images.length} of ${result.project.images.size} images affected, ${result.waves.length} waves, temporary tag ${outputs['temporary-tag']}`);
    result.waves.forEach((wave, i) => {
      out.push(`wave ${i + 1}:`);
      for (const image of wave) {
        out.push(`  ${image.padEnd(28)} ${(result.reasons.get(image) ?? []).join(', ')}  (critical path ${result.criticalPath.get(image) ?? 1})`);
      }
    });
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  },
};
