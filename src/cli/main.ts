#!/usr/bin/env node
/**
 * The command line: the same library the actions run, for people debugging their pipeline
 * on their own machine. `image-actions <verb> --help` documents each verb.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UserInputError, formatDiagnostic } from '../core/diagnostics.js';
import { detectOutputs } from '../core/plan/outputs.js';
import { detect } from '../app/detect.js';
import { loadProject } from '../app/project.js';
import { Git } from '../adapters/git/git.js';
import { createRegistryClient } from '../app/registry.js';
import { runPromote } from '../app/promote-run.js';
import { promotedOutput } from '../app/promote.js';

/** A tested map (image → digest) read from a file given on the command line. */
function parseDigestMap(text: string, file: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not JSON (expected the smoke output tested: image → digest)`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${file}: expected a JSON object image → digest`);
  const map = new Map<string, string>();
  for (const [image, digest] of Object.entries(parsed)) {
    if (typeof digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(digest)) throw new Error(`${file}: "${image}" is not mapped to a sha256 digest`);
    map.set(image, digest);
  }
  return map;
}

interface Verb {
  readonly summary: string;
  readonly usage: string;
  readonly options: NonNullable<Parameters<typeof parseArgs>[0]>['options'];
  run(values: Record<string, string | boolean | string[] | undefined>, positionals: string[]): Promise<number>;
}

const COMMON = {
  root: { type: 'string', default: '.' },
  config: { type: 'string', default: 'images.yaml' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const COMMON_HELP = `  --root DIR        the repository (default .)
  --config FILE     images.yaml, relative to the root (default images.yaml)
  -h, --help        this help`;

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

async function defaultBase(git: Git): Promise<string | undefined> {
  const remote = await git.defaultRemote();
  const candidates = [...(remote ? [`refs/remotes/${remote}/HEAD`, `refs/remotes/${remote}/main`] : []), 'main', 'master'];
  for (const candidate of candidates) {
    const sha = await git.resolveCommit(candidate);
    if (sha) return sha;
  }
  return undefined;
}

const verbs: Record<string, Verb> = {
  plan: {
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
  },
  graph: {
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
  },
  promote: {
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
      const require = requireFile ? parseDigestMap(await readFile(requireFile, 'utf8'), requireFile) : undefined;
      const tags = values['tag'];
      const dryRun = values['dry-run'] === true;
      const client = createRegistryClient({ insecureRegistries: (values['insecure'] as string[] | undefined) ?? [] });
      try {
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
          log: (m) => process.stderr.write(`${m}\n`),
        });
        if (values['json'] === true) {
          process.stdout.write(`${JSON.stringify(promotedOutput(result.outcomes), null, 2)}\n`);
        } else {
          for (const o of result.outcomes) {
            process.stdout.write(`${o.image} ${o.digest}\n`);
            for (const t of o.tags) process.stdout.write(`  ${t.tag.padEnd(24)} ${t.state}\n`);
          }
          if (dryRun) process.stdout.write('dry run: nothing was moved\n');
        }
        return 0;
      } finally {
        await client.close();
      }
    },
  },
  render: {
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
  },
};

const LATER = ['build', 'smoke', 'cleanup', 'keep'];

function usage(): string {
  const lines = ['usage: image-actions <verb> [options]', '', 'verbs:'];
  for (const [name, verb] of Object.entries(verbs)) lines.push(`  ${name.padEnd(10)} ${verb.summary}`);
  lines.push('', `Run 'image-actions <verb> --help' for a verb's options.`);
  return lines.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (LATER.includes(name)) {
    process.stderr.write(`image-actions ${name}: not implemented in this version\n`);
    return 2;
  }
  const verb = verbs[name];
  if (!verb) {
    process.stderr.write(`image-actions: unknown verb "${name}"\n\n${usage()}\n`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: verb.options, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`image-actions ${name}: ${(error as Error).message}\n\n${verb.usage}\n`);
    return 2;
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values['help'] === true) {
    process.stdout.write(`${verb.usage}\n`);
    return 0;
  }
  try {
    return await verb.run(values, parsed.positionals);
  } catch (error) {
    if (error instanceof UserInputError) {
      for (const d of error.diagnostics) process.stderr.write(`error: ${formatDiagnostic(d)}\n`);
      return 1;
    }
    process.stderr.write(`image-actions ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
