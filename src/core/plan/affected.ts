/**
 * Which images a change affects, and why.
 *
 * Direct reasons come from evidence (changed paths, the config diff, forced names, and the
 * upstream checks of sources and bases). Every descendant of an affected image is affected
 * too, with reason `dependency`: a child built FROM a rebuilt parent must be rebuilt on it.
 */
import picomatch from 'picomatch';
import type { ImageGraph } from '../graph/index.js';
import { sortReasons, type Reason } from './reasons.js';

/** What of the repository each image is built from, for matching changed paths. */
export interface ImageInputs {
  readonly name: string;
  /** The image folder, repository-relative. */
  readonly dir: string;
  /** The build context when it is not the image folder, repository-relative. */
  readonly context?: string;
  /** Extra globs whose change rebuilds the image (`watch:`). */
  readonly watch: readonly string[];
  /** Files outside the folder the template read while rendering (includes, macros, extensions). */
  readonly templateInputs: readonly string[];
}

export interface ChangeEvidence {
  /** Repository-relative paths changed by the compared range. */
  readonly changedPaths?: readonly string[];
  /** Images whose settings changed; `global` when a build-affecting global key changed. */
  readonly config?: { readonly globalChanged: boolean; readonly changedImages: ReadonlySet<string> };
  /** Images named by the user, or all. */
  readonly forced?: ReadonlySet<string> | 'all';
  /** Reasons found by checking upstream sources, external bases and the registry. */
  readonly upstream?: ReadonlyMap<string, readonly Reason[]>;
}

export interface AffectedImages {
  /** Affected images in dependency order. */
  readonly images: readonly string[];
  readonly reasons: ReadonlyMap<string, readonly Reason[]>;
  /** For each changed path, the images it touched (for explaining a plan). */
  readonly pathOwners: ReadonlyMap<string, readonly string[]>;
}

function isUnder(path: string, dir: string): boolean {
  return dir === '' || dir === '.' || path === dir || path.startsWith(`${dir}/`);
}

/** `path` and every folder above it, then the root in both spellings: the dirs that can hold it. */
function holders(path: string): string[] {
  const out = [path];
  for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) out.push(path.slice(0, at));
  out.push('.', '');
  return out;
}

/**
 * Which images a changed path touches, for many paths: the images are indexed once, so that a
 * range of thousands of changed paths over thousands of images is not paths × images (it was
 * the largest part of detect on a long range).
 */
export class TouchIndex {
  /** The first image (by position) of each folder, with its position. */
  private readonly byDir = new Map<string, { readonly name: string; readonly position: number }>();
  private readonly withContext: readonly { readonly name: string; readonly context: string }[];
  private readonly byTemplateInput = new Map<string, string[]>();
  private readonly watchers: readonly { readonly name: string; readonly matches: (path: string) => boolean }[];

  constructor(images: readonly ImageInputs[]) {
    images.forEach((image, position) => {
      if (!this.byDir.has(image.dir)) this.byDir.set(image.dir, { name: image.name, position });
      for (const input of image.templateInputs) {
        const names = this.byTemplateInput.get(input);
        if (names) names.push(image.name);
        else this.byTemplateInput.set(input, [image.name]);
      }
    });
    this.withContext = images.flatMap((i) => (i.context !== undefined && i.context !== i.dir ? [{ name: i.name, context: i.context }] : []));
    this.watchers = images
      .filter((i) => i.watch.length > 0)
      .map((i) => ({ name: i.name, matches: picomatch(i.watch as string[], { dot: true }) }));
  }

  /** The image whose folder is the innermost one holding `path` (the longest; the first on a tie). */
  private innermostOwner(path: string): string | undefined {
    let best: { readonly name: string; readonly position: number; readonly length: number } | undefined;
    for (const dir of holders(path)) {
      const owner = this.byDir.get(dir);
      if (owner && (!best || dir.length > best.length || (dir.length === best.length && owner.position < best.position))) {
        best = { ...owner, length: dir.length };
      }
    }
    return best?.name;
  }

  /** Images that a changed path touches: its innermost folder, contexts, watch globs, template inputs. */
  touchedBy(path: string): string[] {
    const touched = new Set<string>();
    const owner = this.innermostOwner(path);
    if (owner) touched.add(owner);
    for (const { name, context } of this.withContext) if (isUnder(path, context)) touched.add(name);
    for (const name of this.byTemplateInput.get(path) ?? []) touched.add(name);
    for (const { name, matches } of this.watchers) if (matches(path)) touched.add(name);
    return [...touched].sort();
  }
}

/** Images that a changed path touches (one path; findAffected indexes the images once for many). */
export function imagesTouchedBy(path: string, images: readonly ImageInputs[]): string[] {
  return new TouchIndex(images).touchedBy(path);
}

export function findAffected(graph: ImageGraph, images: readonly ImageInputs[], evidence: ChangeEvidence): AffectedImages {
  const reasons = new Map<string, Set<Reason>>();
  const add = (image: string, reason: Reason): void => {
    let set = reasons.get(image);
    if (!set) reasons.set(image, (set = new Set()));
    set.add(reason);
  };

  const pathOwners = new Map<string, string[]>();
  const changedPaths = evidence.changedPaths ?? [];
  if (changedPaths.length > 0) {
    const index = new TouchIndex(images);
    for (const path of changedPaths) {
      const touched = index.touchedBy(path);
      if (touched.length > 0) pathOwners.set(path, touched);
      for (const image of touched) add(image, 'path');
    }
  }
  if (evidence.config) {
    const changed = evidence.config.globalChanged ? images.map((i) => i.name) : [...evidence.config.changedImages];
    for (const image of changed) if (graph.has(image)) add(image, 'config');
  }
  if (evidence.forced === 'all') {
    for (const image of images) add(image.name, 'forced');
  } else if (evidence.forced) {
    for (const image of evidence.forced) add(image, 'forced');
  }
  for (const [image, upstreamReasons] of evidence.upstream ?? []) {
    for (const reason of upstreamReasons) add(image, reason);
  }

  for (const descendant of graph.descendants(reasons.keys())) {
    if (!reasons.has(descendant)) add(descendant, 'dependency');
  }
  // A directly affected image whose parent is also affected still carries `dependency`:
  // the summary should say that it would be rebuilt for its parent alone.
  for (const image of reasons.keys()) {
    if (graph.parents(image).some((p) => reasons.has(p))) add(image, 'dependency');
  }

  const affected = new Set(reasons.keys());
  const ordered = graph.topologicalOrder(affected);
  return {
    images: ordered,
    reasons: new Map(ordered.map((image) => [image, sortReasons(reasons.get(image) ?? [])])),
    pathOwners,
  };
}
