/**
 * From data the schema accepted to the typed, defaulted configuration. What a JSON Schema
 * cannot say is checked here, each problem at its place: paths that leave the repository,
 * regular expressions that do not compile, sources with the same name, retention rules that
 * limit nothing, and the combinations of deploy keys.
 */
import { DEFAULT_BUILDER, DEFAULT_IMAGES_DIR, DEFAULT_PLATFORMS, DEFAULT_RETENTION, DEFAULT_SOURCE_REF, DEFAULT_TAGS } from './defaults.js';
import { duration } from './duration.js';
import { plainRecord, type Problems } from './problems.js';
import type { RawConfig, RawImage, RawSource } from './raw.js';
import { resolveDeploy, resolveStringMap } from './resolve-deploy.js';
import type { ImageSettings, ImagesConfig, RetentionConfig, RetentionRule, SourceRepo, StructureTests, TagsConfig } from './types.js';

const SOURCE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** "https://github.com/theforeman/foreman.git" → "foreman". */
function nameFromUrl(url: string): string {
  const last = url.replace(/[/]+$/, '').split(/[/:]/).at(-1) ?? '';
  return last.replace(/\.git$/, '');
}

function resolveSources(problems: Problems, image: string, raw: readonly RawSource[]): SourceRepo[] {
  const sources: SourceRepo[] = [];
  const seen = new Map<string, number>();
  for (const [index, source] of raw.entries()) {
    const path = ['images', image, 'sources', index];
    const name = source.name ?? nameFromUrl(source.url);
    if (source.name === undefined && !SOURCE_NAME.test(name)) {
      problems.atValue([...path, 'url'], `cannot name this source after its URL ("${name}" is not a usable name)`, 'Add name: <name>; templates use it as sources.<name>.revision.');
      continue;
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      problems.atValue(
        source.name !== undefined ? [...path, 'name'] : [...path, 'url'],
        `two sources of "${image}" are named "${name}" (sources[${earlier}] and sources[${index}])`,
        'Give each source its own name: templates tell them apart by it (sources.<name>.revision).',
      );
      continue;
    }
    seen.set(name, index);
    sources.push({ name, url: source.url, ref: source.ref ?? DEFAULT_SOURCE_REF });
  }
  return sources;
}

function resolveStructureTests(problems: Problems, image: string, raw: RawImage['structure-tests']): StructureTests | undefined {
  const path = ['images', image, 'structure-tests'];
  if (raw === undefined) return undefined;
  if (typeof raw === 'string') {
    const file = problems.repoPath(path, raw);
    return file === undefined ? undefined : { kind: 'files', files: [file] };
  }
  if (Array.isArray(raw)) {
    const files = (raw as readonly string[]).flatMap((file, i) => problems.repoPath([...path, i], file) ?? []);
    return { kind: 'files', files };
  }
  return { kind: 'inline', spec: raw as Readonly<Record<string, unknown>> };
}

function resolveImage(problems: Problems, name: string, raw: RawImage, defaultPlatforms: readonly string[]): ImageSettings {
  const path = ['images', name];
  const context = raw.context === undefined ? undefined : problems.repoPath([...path, 'context'], raw.context);
  const structureTests = resolveStructureTests(problems, name, raw['structure-tests']);
  return {
    sources: resolveSources(problems, name, raw.sources ?? []),
    watch: raw.watch ?? [],
    dependsOn: raw['depends-on'] ?? [],
    buildArgs: resolveStringMap(problems, [...path, 'build-args'], raw['build-args']),
    ...(context !== undefined ? { context } : {}),
    ...(raw.target !== undefined ? { target: raw.target } : {}),
    platforms: raw.platforms ?? defaultPlatforms,
    ...(structureTests ? { structureTests } : {}),
  };
}

function resolveTags(raw: RawConfig['tags']): TagsConfig {
  const temporary = raw?.temporary;
  return {
    temporary: temporary === undefined || temporary === 'default' ? { kind: 'default' } : { kind: 'pattern', pattern: temporary },
    promote: raw?.promote ?? DEFAULT_TAGS.promote,
  };
}

function resolveRetention(problems: Problems, raw: RawConfig['retention']): RetentionConfig {
  const protect = raw?.protect ?? DEFAULT_RETENTION.protect;
  if (raw?.rules === undefined) return { rules: DEFAULT_RETENTION.rules, protect };
  const rules: RetentionRule[] = [];
  for (const [index, rule] of raw.rules.entries()) {
    if (rule['older-than'] === undefined && rule['keep-last'] === undefined) {
      problems.atValue(
        ['retention', 'rules', index],
        `the rule for "${rule.tags}" says neither older-than nor keep-last`,
        'Add older-than (e.g. 7d) to delete old tags, keep-last (e.g. 10) to keep the newest, or both; to never delete these tags, list them under retention.protect.',
      );
      continue;
    }
    rules.push({
      tags: rule.tags,
      ...(rule['older-than'] !== undefined ? { olderThan: duration(rule['older-than']) } : {}),
      ...(rule['keep-last'] !== undefined ? { keepLast: rule['keep-last'] } : {}),
    });
  }
  return { rules, protect };
}

export function resolveConfig(problems: Problems, raw: RawConfig): ImagesConfig {
  const imagesDir = problems.repoPath(['images-dir'], raw['images-dir'] ?? DEFAULT_IMAGES_DIR) ?? DEFAULT_IMAGES_DIR;
  const extensions = raw.template?.extensions === undefined ? undefined : problems.repoPath(['template', 'extensions'], raw.template.extensions);
  const platforms = raw.defaults?.platforms ?? DEFAULT_PLATFORMS;
  const images = plainRecord(
    Object.entries(raw.images ?? {}).map(([name, settings]) => [name, resolveImage(problems, name, settings ?? {}, platforms)] as const),
  );
  return {
    version: 1,
    registry: raw.registry ?? '',
    prefix: raw.prefix ?? '',
    imagesDir,
    template: {
      variables: raw.template?.variables ?? {},
      ...(extensions !== undefined ? { extensions } : {}),
    },
    defaults: { builder: raw.defaults?.builder ?? DEFAULT_BUILDER, platforms },
    images,
    tags: resolveTags(raw.tags),
    deploy: resolveDeploy(problems, raw.deploy),
    retention: resolveRetention(problems, raw.retention),
  };
}
