/** `image-actions graph`: the dependency graph. */
import { resolve } from 'node:path';
import { loadProject } from '../../app/project.js';
import { COMMON, COMMON_HELP, str, type Verb } from '../verb.js';

export const graphVerb: Verb = {
  summary: 'print the dependency graph of all images',
  usage: `image-actions graph [--format json|mermaid|dot]

  --format F        json: every image → sorted list of its parents (external bases left out);
                    mermaid or dot: a drawing (default mermaid)
${COMMON_HELP}`,
  options: { ...COMMON, format: { type: 'string', default: 'mermaid' } },
  async run(values) {
    const project = await loadProject({ root: resolve(str(values['root']) ?? '.'), configFile: str(values['config']) ?? 'images.yaml' });
    const format = str(values['format']) ?? 'mermaid';
    const graph = project.graph;
    let text: string;
    if (format === 'json') text = JSON.stringify(graph.toJSON(), null, 2);
    else if (format === 'mermaid') text = graph.toMermaid({ include: new Set(graph.nodes) });
    else if (format === 'dot') text = graph.toDot();
    else throw new Error(`--format must be json, mermaid or dot, not "${format}"`);
    process.stdout.write(`${text}\n`);
    return 0;
  },
};
