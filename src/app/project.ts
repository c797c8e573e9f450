/**
 * Loading a repository's images: configuration, discovery, rendered Dockerfiles and the graph.
 *
 * This is where core meets the file system. Problems are collected across all images and
 * raised together, so that one run shows every mistake, and nothing is built after one.
 */
import { posix } from 'node:path';
import { join } from 'node:path';
import { UserInputError, type Diagnostic } from '../core/diagnostics.js';
import { loadImagesConfig, type LoadedConfig } from '../core/config/load.js';
import type { ImagesConfig } from '../core/config/types.js';
import { discoverImages, validateSettingsAgainstImages, type DiscoveredImage } from '../core/discovery.js';
import { parseDockerfile, type ParsedDockerfile } from '../core/dockerfile/parse.js';
import { classifyFroms, fromEdges, type ExternalBase, type InternalParent } from '../core/dockerfile/parents.js';
import { ImageGraph, type GraphEdge } from '../core/graph/index.js';
import { createTemplateRenderer, type TemplateRenderer, type TemplateSource } from '../core/template/index.js';
import type { ImageInputs } from '../core/plan/affected.js';
import { listFiles, readTextIfExists, readTextIfExistsSync } from '../adapters/fs/files.js';
import { loadTemplateExtensions } from '../adapters/template-extensions.js';
import { readFileSync } from 'node:fs';

export interface ProjectImage {
  readonly image: DiscoveredImage;
  readonly dockerfileText: string;
  readonly parsed: ParsedDockerfile;
  readonly externalBases: readonly ExternalBase[];
  /** Each FROM that names another image of this repository. */
  readonly parents: readonly InternalParent[];
  /** Repository-relative files read while rendering (templates, macros, the extensions module). */
  readonly templateInputs: readonly string[];
  readonly context: string;
}

export interface Project {
  readonly root: string;
  readonly loaded: LoadedConfig;
  readonly config: ImagesConfig;
  readonly images: ReadonlyMap<string, ProjectImage>;
  readonly graph: ImageGraph;
}

export interface LoadOptions {
  /** Repository root (absolute). */
  readonly root: string;
  /** images.yaml, relative to the root. */
  readonly configFile: string;
  /** The tag being built, as templates see it in `tag` and `image(name)`. */
  readonly tag?: string;
  /** Upstream source revisions by image and source name, when known (build time). */
  readonly sourceRevisions?: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** The configuration, when the caller has already read it. */
  readonly loaded?: LoadedConfig;
}

/** Reads images.yaml (absent → defaults) and validates it. */
export async function loadConfigFile(root: string, configFile: string): Promise<LoadedConfig> {
  const text = await readTextIfExists(join(root, configFile));
  return loadImagesConfig(text, configFile);
}

/** The reference another image of this repository has in this run, for `image(name)`. */
export function imageReference(config: ImagesConfig, name: string, tag: string): string {
  const repository = `${config.prefix}${name}`;
  return config.registry ? `${config.registry.replace(/\/+$/, '')}/${repository}:${tag}` : `${repository}:${tag}`;
}

/** A TemplateSource over the images folder that records every file it hands out. */
class RecordingSource implements TemplateSource {
  readonly read_: Set<string> = new Set();
  constructor(
    private readonly root: string,
    private readonly imagesDir: string,
  ) {}
  read(relativePath: string): string | undefined {
    const repoPath = posix.join(this.imagesDir, relativePath);
    try {
      const text = readFileSync(join(this.root, repoPath), 'utf8');
      this.read_.add(repoPath);
      return text;
    } catch {
      return undefined;
    }
  }
  take(): string[] {
    const files = [...this.read_].sort();
    this.read_.clear();
    return files;
  }
}

export async function loadProject(options: LoadOptions): Promise<Project> {
  const { root } = options;
  const loaded = options.loaded ?? (await loadConfigFile(root, options.configFile));
  const config = loaded.config;
  const imagesDir = config.imagesDir;
  const files = await listFiles(root, imagesDir);
  const discovered = discoverImages(files, imagesDir, options.configFile);
  validateSettingsAgainstImages(loaded, discovered);

  const diagnostics: Diagnostic[] = [];
  const source = new RecordingSource(root, imagesDir);
  let renderer: TemplateRenderer | undefined;
  let extensionsFile: string | undefined;
  const needsTemplates = discovered.some((i) => i.templated);
  if (needsTemplates) {
    const extensionsPath = config.template.extensions;
    const extensions = extensionsPath ? await loadTemplateExtensions(join(root, extensionsPath)) : undefined;
    extensionsFile = extensionsPath;
    renderer = createTemplateRenderer({
      source,
      ...(extensions ? { extensions } : {}),
      displayPath: (p: string) => posix.join(imagesDir, p),
    });
  }

  const tag = options.tag ?? 'latest';
  const known = new Set(discovered.map((i) => i.name));
  const images = new Map<string, ProjectImage>();
  const edges: GraphEdge[] = [];

  for (const image of discovered) {
    const settings = config.images[image.name];
    try {
      let text: string;
      let templateInputs: string[] = [];
      if (image.templated && renderer) {
        const revisions = options.sourceRevisions?.get(image.name) ?? {};
        const sources = Object.fromEntries(
          (settings?.sources ?? []).map((s) => [s.name, { url: s.url, ref: s.ref, revision: revisions[s.name] ?? s.ref }]),
        );
        source.take();
        text = renderer.render(posix.relative(imagesDir, image.dockerfile), {
          ...config.template.variables,
          registry: config.registry,
          prefix: config.prefix,
          tag,
          image_name: image.name,
          image: (name: string) => imageReference(config, name, tag),
          sources,
        });
        templateInputs = source.take();
        if (extensionsFile) templateInputs.push(extensionsFile);
      } else {
        // Read at once: one thread-pool round trip per Dockerfile is most of the load time of a large tree.
        text = readTextIfExistsSync(join(root, image.dockerfile)) ?? '';
      }
      const parsed = parseDockerfile(text, { file: image.dockerfile, buildArgs: settings?.buildArgs ?? {} });
      // `image` lets `images/debian` say FROM debian:12 and mean the upstream image, not itself.
      const classified = classifyFroms(parsed, known, { prefix: config.prefix, image: image.name });
      edges.push(...fromEdges(image.name, classified));
      for (const [index, dep] of (settings?.dependsOn ?? []).entries()) {
        edges.push({
          parent: dep,
          child: image.name,
          origin: { kind: 'depends-on', location: loaded.locate(['images', image.name, 'depends-on', index]) },
        });
      }
      images.set(image.name, {
        image,
        dockerfileText: text,
        parsed,
        externalBases: classified.externalBases,
        parents: classified.parents,
        templateInputs,
        context: settings?.context ?? image.dir,
      });
    } catch (error) {
      if (error instanceof UserInputError) diagnostics.push(...error.diagnostics);
      else throw error;
    }
  }
  if (diagnostics.length > 0) throw new UserInputError(diagnostics);

  const graph = ImageGraph.build([...known].sort(), edges);
  return { root, loaded, config, images, graph };
}

/** What the plan needs to know of each image to match changed paths. */
export function imageInputs(project: Project): ImageInputs[] {
  return [...project.images.values()].map((p) => ({
    name: p.image.name,
    dir: p.image.dir,
    ...(p.context !== p.image.dir ? { context: p.context } : {}),
    watch: project.config.images[p.image.name]?.watch ?? [],
    templateInputs: p.templateInputs,
  }));
}

/** The names of the repository's images, from the folders alone (no rendering). */
export async function discoverImageNames(root: string, loaded: LoadedConfig): Promise<string[]> {
  const files = await listFiles(root, loaded.config.imagesDir);
  const discovered = discoverImages(files, loaded.config.imagesDir, loaded.file);
  validateSettingsAgainstImages(loaded, discovered);
  return discovered.map((i) => i.name).sort();
}
