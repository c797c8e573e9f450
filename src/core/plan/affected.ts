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

/** The image whose folder is the innermost one holding `path`. */
function innermostOwner(path: string, images: readonly ImageInputs[]): string | undefined {
  let best: ImageInputs | undefined;
  for (const image of images) {
    if (isUnder(path, image.dir) && (!best || image.dir.length > best.dir.length)) best = image;
  }
  return best?.name;
}

/** Images that a changed path touches: its innermost folder, contexts, watch globs, template inputs. */
export function imagesTouchedBy(path: string, images: readonly ImageInputs[]): string[] {
  const touched = new Set<string>();
  const owner = innermostOwner(path, images);
  if (owner) touched.add(owner);
  for (const image of images) {
    if (image.context !== undefined && image.context !== image.dir && isUnder(path, image.context)) touched.add(image.name);
    if (image.templateInputs.includes(path)) touched.add(image.name);
    if (image.watch.length > 0 && picomatch.isMatch(path, image.watch as string[], { dot: true })) touched.add(image.name);
  }
  return [...touched].sort();
}

export function findAffected(graph: ImageGraph, images: readonly ImageInputs[], evidence: ChangeEvidence): AffectedImages {
  const reasons = new Map<string, Set<Reason>>();
  const add = (image: string, reason: Reason): void => {
    let set = reasons.get(image);
    if (!set) reasons.set(image, (set = new Set()));
    set.add(reason);
  };

  const pathOwners = new Map<string, string[]>();
  for (const path of evidence.changedPaths ?? []) {
    const touched = imagesTouchedBy(path, images);
    if (touched.length > 0) pathOwners.set(path, touched);
    for (const image of touched) add(image, 'path');
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
