/** `image-actions build`: build and push in dependency order. */
import { join, resolve } from 'node:path';
import { DirectoryCacheStore } from '../../adapters/cache/directory.js';
import { Git } from '../../adapters/git/git.js';
import { lsRemote } from '../../adapters/git/ls-remote.js';
import { durationsCacheKey, type BuildCacheSettings, type DurationsLocation } from '../../app/build-cache.js';
import { buildOutputs, describeFailure, parseBuildArgs, repositorySourceUrl, runBuild } from '../../app/build-run.js';
import { discoverImageNames, loadConfigFile } from '../../app/project.js';
import { createRegistryClient } from '../../app/registry.js';
import { COMMON, COMMON_HELP, str, strings, type Verb } from '../verb.js';

export const buildVerb: Verb = {
  summary: 'build and push images in dependency order, parents pinned by digest',
  usage: `image-actions build [IMAGE…] [--all] --tag T [--builder B] [--parallel N] [--no-reuse]
                   [--cache-dir DIR | --no-cache] [--cache-from SPEC] [--cache-to SPEC]

Builds the named images (or all) in dependency order, pushes each under --tag and its
build-key tag bk-<16 hex>, and reuses an image whose build key already exists.
  --tag T             the temporary tag to push under (required)
  --all               every image
  --builder B         auto, buildx, docker or buildah (default auto: the first that works)
  --parallel N        images built at once (default 2)
  --no-reuse          rebuild even when the build key exists
  --registry R        registry prefix (default registry of images.yaml)
  --insecure HOST     a registry reached over plain HTTP (repeatable; loopback always is)
  --build-arg K=V     an extra build argument (repeatable)
  --cache-dir DIR     keep docker's and buildah's layers and the build durations in DIR
                      between runs (what the GitHub cache does for the action)
  --no-cache          no layer cache, no buildx cache
  --cache-from SPEC   a buildx --cache-from spec, {image} and {repository} filled in
                      (repeatable; default type=registry,ref={repository}:buildcache)
  --cache-to SPEC     a buildx --cache-to spec (repeatable; default the same ref, mode=max)
  --json              print the build outputs as JSON
The source label is the origin remote's URL when it is an https URL.
Credentials come from the Docker config (docker login) or containers auth.json.
${COMMON_HELP}`,
  options: {
    ...COMMON,
    tag: { type: 'string' },
    all: { type: 'boolean', default: false },
    builder: { type: 'string', default: 'auto' },
    parallel: { type: 'string', default: '2' },
    'no-reuse': { type: 'boolean', default: false },
    registry: { type: 'string' },
    insecure: { type: 'string', multiple: true },
    'build-arg': { type: 'string', multiple: true },
    'cache-dir': { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    'cache-from': { type: 'string', multiple: true },
    'cache-to': { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
  },
  async run(values, positionals) {
    const tag = str(values['tag']);
    if (!tag) throw new Error('build needs --tag T (the temporary tag to push under)');
    const root = resolve(str(values['root']) ?? '.');
    const configFile = str(values['config']) ?? 'images.yaml';
    const builder = str(values['builder']) ?? 'auto';
    if (!['auto', 'buildx', 'docker', 'buildah'].includes(builder)) throw new Error(`--builder must be auto, buildx, docker or buildah, not "${builder}"`);
    const parallel = Number(str(values['parallel']) ?? '2');
    if (!Number.isInteger(parallel) || parallel < 1) throw new Error('--parallel takes a whole number ≥ 1');
    let images = positionals;
    if (values['all'] === true || images.length === 0) {
      if (images.length === 0 && values['all'] !== true) throw new Error('name the images to build, or give --all');
      images = await discoverImageNames(root, await loadConfigFile(root, configFile));
    }
    const insecure = strings(values['insecure']);
    const cacheDir = str(values['cache-dir']);
    if (cacheDir !== undefined && values['no-cache'] === true) throw new Error('--cache-dir and --no-cache contradict each other: give one');
    const store = cacheDir === undefined ? undefined : new DirectoryCacheStore(join(resolve(cacheDir), 'entries'));
    const work = cacheDir === undefined ? undefined : join(resolve(cacheDir), 'work');
    const cacheFrom = strings(values['cache-from']);
    const cacheTo = strings(values['cache-to']);
    const cache: BuildCacheSettings | undefined =
      values['no-cache'] === true
        ? undefined
        : {
            ...(store && work ? { layers: { store, workDir: join(work, 'layers') } } : { unavailable: 'give --cache-dir DIR to keep them between runs' }),
            ...(cacheFrom.length > 0 ? { buildxFrom: cacheFrom } : {}),
            ...(cacheTo.length > 0 ? { buildxTo: cacheTo } : {}),
            github: false,
            push: true,
          };
    // A new entry per run; the newest is restored (the store keeps the last few).
    const durations: DurationsLocation | undefined =
      store && work ? { store, workDir: join(work, 'durations'), saveKey: durationsCacheKey(String(Date.now()), String(process.pid)) } : undefined;
    const client = createRegistryClient({ insecureRegistries: insecure });
    const git = new Git(root);
    try {
      const sourceUrl = await repositorySourceUrl(root);
      const run = await runBuild({
        root,
        configFile,
        images,
        tag,
        builder: builder as 'auto',
        parallel,
        reuse: values['no-reuse'] !== true,
        push: true,
        extraBuildArgs: parseBuildArgs(strings(values['build-arg']).join('\n')),
        ...(str(values['registry']) ? { registry: str(values['registry'])! } : {}),
        insecureRegistries: insecure,
        revision: (await git.resolveCommit('HEAD')) ?? '',
        ...(sourceUrl ? { sourceUrl } : {}),
        client,
        lsRemote: (url, ref) => lsRemote(url, ref),
        ...(cache ? { cache } : {}),
        ...(durations ? { durations } : {}),
        log: {
          info: (m) => process.stderr.write(`${m}\n`),
          warn: (m) => process.stderr.write(`warning: ${m}\n`),
          notice: (m) => process.stderr.write(`notice: ${m}\n`),
          forImage: () => ({ line: () => undefined, close: () => undefined }),
        },
      });
      const outputs = buildOutputs(run);
      for (const [image, outcome] of run.outcomes) {
        if (outcome.status !== 'failed') continue;
        // The CLI does not stream builder output: a failure shows the builder's last lines.
        const failure = describeFailure(root, run, image, outcome.error);
        const tail = failure.logTail.slice(-20).map((text) => `  ${text}\n`).join('');
        process.stderr.write(`error: ${image}: ${failure.message}\n${tail === '' ? '' : `${image}: the builder's last lines:\n${tail}`}`);
      }
      if (values['json'] === true) {
        process.stdout.write(`${JSON.stringify(outputs, null, 2)}\n`);
      } else {
        for (const [image, outcome] of run.outcomes) {
          if (outcome.status === 'built') {
            process.stdout.write(`${image.padEnd(24)} ${outcome.result.status.padEnd(8)} ${outcome.result.ref} (${outcome.result.seconds.toFixed(1)} s)\n`);
          } else if (outcome.status === 'failed') {
            process.stdout.write(`${image.padEnd(24)} failed   ${describeFailure(root, run, image, outcome.error).message}\n`);
          } else {
            process.stdout.write(`${image.padEnd(24)} skipped  ${outcome.reason}\n`);
          }
        }
      }
      return outputs.failed.length > 0 ? 1 : 0;
    } finally {
      await client.close();
    }
  },
};
