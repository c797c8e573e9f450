/**
 * Which images a repository has, found from its files.
 *
 * Under the images folder, every folder holding a `Dockerfile` or `Dockerfile.j2` is an image
 * named after the folder. A folder without one only groups images (`images/ironic/ironic-api`
 * is `ironic-api`). An image folder inside another image's folder is a variant named
 * `<outer image>-<folder>` (`images/notebook/cuda12` is `notebook-cuda12`). A file belongs to
 * the innermost image folder that holds it.
 */
import { posix } from 'node:path';
import type { LoadedConfig } from './config/load.js';
import { isWithinDir, normalizeRepoPath } from './config/paths.js';
import { formatDataPath } from './config/positions.js';
import { closest } from './config/suggest.js';
import { UserInputError, type Diagnostic, type SourceLocation } from './diagnostics.js';

export interface DiscoveredImage {
  readonly name: string;
  /** The image folder, repository-relative with '/'. */
  readonly dir: string;
  /** Repository-relative path of its Dockerfile or Dockerfile.j2. */
  readonly dockerfile: string;
  /** Whether the Dockerfile is a Jinja2 template (Dockerfile.j2) to render before building. */
  readonly templated: boolean;
  /** For a variant, the image whose folder holds it. */
  readonly variantOf?: string;
}

/** The order of `localeCompare` (the default collator), without building it on every call. */
const compareText = new Intl.Collator().compare;

const DOCKERFILE = 'Dockerfile';
const TEMPLATE = 'Dockerfile.j2';

/** What a registry accepts as one component of a repository name (Docker's rule). */
const IMAGE_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

function startOf(file: string): SourceLocation {
  return { file, line: 1, column: 1 };
}

interface Folder {
  dockerfile?: string;
  template?: string;
}

/** Image folders and the Dockerfiles in them, from the file list. */
function collectFolders(files: readonly string[], imagesDir: string, configFile: string, diagnostics: Diagnostic[]): Map<string, Folder> {
  const folders = new Map<string, Folder>();
  for (const file of files) {
    // The name first, by hand: most files are not Dockerfiles, and a tree of thousands of images
    // made posix.basename/dirname on every file a visible part of detect.
    const slash = file.lastIndexOf('/');
    const base = file.slice(slash + 1);
    if (base !== DOCKERFILE && base !== TEMPLATE) continue;
    if (!isWithinDir(file, imagesDir)) continue;
    const folder = slash < 0 ? '.' : file.slice(0, slash);
    if (folder === imagesDir || (imagesDir === '.' && folder === '.')) {
      // At the repository root a Dockerfile is the repository's own, not one of its images.
      if (imagesDir !== '.') {
        diagnostics.push({
          message: `${file} is directly in the images folder, so it has no image name`,
          location: startOf(file),
          hint: `Move it into a folder named after the image (e.g. ${imagesDir}/<name>/${base}), or point images-dir in ${configFile} at another folder.`,
        });
      }
      continue;
    }
    let entry = folders.get(folder);
    if (!entry) folders.set(folder, (entry = {}));
    if (base === DOCKERFILE) entry.dockerfile = file;
    else entry.template = file;
  }
  return folders;
}

/**
 * The images under `imagesDir` (repository-relative; "." is the root), sorted by name.
 * `files` are repository-relative '/' paths; files outside the images folder are ignored.
 * Throws a `UserInputError` listing every folder problem: names two folders share, names a
 * registry would refuse, folders with both a Dockerfile and a Dockerfile.j2.
 */
export function discoverImages(files: readonly string[], imagesDir: string, configFile: string): DiscoveredImage[] {
  const normalized = normalizeRepoPath(imagesDir);
  const dir = normalized.ok ? normalized.path : imagesDir;
  const diagnostics: Diagnostic[] = [];
  const folders = collectFolders(files, dir, configFile, diagnostics);

  // Outer folders first, so that a variant's outer image is named before it. (Depths counted
  // once and one collator: splitting and localeCompare in the comparator cost ~20 ms on 2,000.)
  const depth = new Map([...folders.keys()].map((f) => [f, f.split('/').length]));
  const ordered = [...folders.keys()].sort((a, b) => (depth.get(a) ?? 0) - (depth.get(b) ?? 0) || compareText(a, b));
  const names = new Map<string, string>();
  const images: DiscoveredImage[] = [];
  for (const folder of ordered) {
    const entry = folders.get(folder) as Folder;
    const dockerfile = entry.template ?? (entry.dockerfile as string);
    if (entry.template && entry.dockerfile) {
      diagnostics.push({
        message: `${folder} holds both ${DOCKERFILE} and ${TEMPLATE}`,
        location: startOf(entry.template),
        hint: `Keep one: ${TEMPLATE} is rendered into the Dockerfile that is built, so a ${DOCKERFILE} beside it would never be used.`,
      });
    }
    let outer: string | undefined;
    for (let up = posix.dirname(folder); isWithinDir(up, dir) && up !== dir && up !== '.'; up = posix.dirname(up)) {
      if (folders.has(up)) {
        outer = up;
        break;
      }
    }
    const variantOf = outer === undefined ? undefined : names.get(outer);
    const base = posix.basename(folder);
    const name = variantOf === undefined ? base : `${variantOf}-${base}`;
    names.set(folder, name);
    if (!IMAGE_NAME.test(name)) {
      diagnostics.push({
        message: `the image name "${name}" (from the folder ${folder}) is not a valid repository name`,
        location: startOf(dockerfile),
        hint: 'Rename the folder: image names are lowercase letters and digits, with single . _ or - between them.',
      });
    }
    images.push({ name, dir: folder, dockerfile, templated: dockerfile === entry.template, ...(variantOf !== undefined ? { variantOf } : {}) });
  }

  const byName = new Map<string, DiscoveredImage[]>();
  for (const image of images) byName.set(image.name, [...(byName.get(image.name) ?? []), image]);
  for (const [name, sharing] of byName) {
    if (sharing.length < 2) continue;
    const [, second] = [...sharing].sort((a, b) => a.dir.localeCompare(b.dir));
    diagnostics.push({
      message: `${sharing.length === 2 ? 'two' : sharing.length} folders give the image name "${name}": ${sharing.map((i) => i.dir).sort().join(', ')}`,
      location: startOf((second as DiscoveredImage).dockerfile),
      hint: 'Rename one of the folders: an image is named after its folder, and a variant folder inside an image folder is named <outer image>-<folder>.',
    });
  }

  if (diagnostics.length > 0) throw new UserInputError(diagnostics);
  return images.sort((a, b) => compareText(a.name, b.name));
}

/** The image whose folder is the innermost one holding `path`, if any. */
export function imageOwningPath(images: readonly DiscoveredImage[], path: string): string | undefined {
  let owner: DiscoveredImage | undefined;
  for (const image of images) {
    if (isWithinDir(path, image.dir) && (!owner || image.dir.length > owner.dir.length)) owner = image;
  }
  return owner?.name;
}

function noSuchImage(name: string, known: readonly string[]): string {
  const match = closest(name, known);
  return match !== undefined ? `Did you mean "${match}"?` : '';
}

/**
 * Checks the settings of images.yaml against the images found: an entry for an image that does
 * not exist, a depends-on naming one, or an image depending on itself. Each at its place.
 */
export function validateSettingsAgainstImages(loaded: LoadedConfig, images: readonly DiscoveredImage[]): void {
  const known = images.map((i) => i.name);
  const knownSet = new Set(known);
  const { config } = loaded;
  const diagnostics: Diagnostic[] = [];
  for (const [name, settings] of Object.entries(config.images)) {
    if (!knownSet.has(name)) {
      const guess = noSuchImage(name, known);
      diagnostics.push({
        message: `${formatDataPath(['images', name])}: there is no image "${name}"`,
        location: loaded.locateKey(['images', name]),
        hint:
          guess ||
          `An image is a folder under ${config.imagesDir}/ holding a ${DOCKERFILE} or ${TEMPLATE}; add ${posix.join(config.imagesDir, name, DOCKERFILE)} or remove this entry.`,
      });
    }
    for (const [index, dependency] of settings.dependsOn.entries()) {
      const path = ['images', name, 'depends-on', index];
      if (dependency === name) {
        diagnostics.push({
          message: `${formatDataPath(path)}: "${name}" depends on itself`,
          location: loaded.locate(path),
          hint: 'Remove it: depends-on lists the images to build before this one.',
        });
      } else if (!knownSet.has(dependency)) {
        diagnostics.push({
          message: `${formatDataPath(path)}: there is no image "${dependency}"`,
          location: loaded.locate(path),
          hint: noSuchImage(dependency, known) || `Known images: ${known.join(', ')}.`,
        });
      }
    }
  }
  if (diagnostics.length > 0) throw new UserInputError(diagnostics);
}
