/** `image-actions render`: rendered Dockerfiles. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadProject } from '../../app/project.js';
import { COMMON, COMMON_HELP, str, type Verb } from '../verb.js';

export const renderVerb: Verb = {
  summary: 'write the rendered Dockerfile of each image',
  usage: `image-actions render [IMAGE…] --out DIR [--tag TAG]

Writes DIR/<image>/Dockerfile for each named image, or for all.
  --out DIR         where to write (required)
  --tag TAG         the tag templates see (default latest)
${COMMON_HELP}`,
  options: { ...COMMON, out: { type: 'string' }, tag: { type: 'string', default: 'latest' } },
  async run(values, positionals) {
    const outDir = str(values['out']);
    if (!outDir) throw new Error('render needs --out DIR');
    const project = await loadProject({
      root: resolve(str(values['root']) ?? '.'),
      configFile: str(values['config']) ?? 'images.yaml',
      tag: str(values['tag']) ?? 'latest',
    });
    const names = positionals.length > 0 ? positionals : [...project.images.keys()].sort();
    const unknown = names.filter((n) => !project.images.has(n));
    if (unknown.length > 0) throw new Error(`no image named ${unknown.map((n) => `"${n}"`).join(', ')}; known: ${[...project.images.keys()].sort().join(', ')}`);
    for (const name of names) {
      const image = project.images.get(name);
      if (!image) continue;
      const dir = join(outDir, name);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'Dockerfile'), image.dockerfileText);
      process.stdout.write(`${join(dir, 'Dockerfile')}\n`);
    }
    return 0;
  },
};
