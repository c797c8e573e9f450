/**
 * An image's file system as its layers build it, without extracting anything: the metadata of
 * every path after each layer's tar is applied in order, with OCI whiteouts (`.wh.<name>`
 * deletes a path of the layers below, `.wh..wh..opq` empties a directory of them).
 *
 * File content is not kept here. Each regular file knows which layer (and which entry of it)
 * holds its bytes, so that a reader fetches only the layers that content tests need.
 */
import type { TarEntry, TarEntryType } from './tar.js';

export type NodeType = Exclude<TarEntryType, 'hardlink'>;

/** Where a regular file's bytes are: an entry of a layer (a hard link's are its target's). */
export interface ContentLocation {
  readonly layer: number;
  readonly entryPath: string;
}

export interface FsNode {
  readonly type: NodeType;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  /** A symlink's target, as written. */
  readonly linkname: string;
  /** The layer whose entry gave this node its metadata. */
  readonly layer: number;
  /** The newest layer that wrote this path or something below it (whiteouts spare those). */
  readonly seen: number;
  readonly content?: ContentLocation;
}

export type Lookup =
  | { readonly kind: 'found'; readonly path: string; readonly node: FsNode }
  | { readonly kind: 'missing'; readonly path: string; readonly why: string };

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
const MAX_SYMLINKS = 40;

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

function components(path: string): string[] {
  return path.split('/').filter((c) => c !== '' && c !== '.');
}

/** The absolute form a message shows: "/etc/passwd", "/" for the root. */
export function displayPath(path: string): string {
  return `/${path}`;
}

export class ImageFilesystem {
  readonly #nodes = new Map<string, FsNode>();
  readonly #children = new Map<string, Set<string>>();

  constructor() {
    this.#nodes.set('', { type: 'directory', mode: 0o755, uid: 0, gid: 0, size: 0, linkname: '', layer: -1, seen: -1 });
    this.#children.set('', new Set());
  }

  /** Applies one entry of layer `layer` (layers are applied in order, from 0). */
  apply(entry: TarEntry, layer: number): void {
    const base = baseOf(entry.path);
    const dir = parentOf(entry.path);
    if (base === OPAQUE) {
      const node = this.#nodes.get(dir);
      if (node?.type === 'directory') this.#pruneChildren(dir, layer);
      return;
    }
    if (base.startsWith(WHITEOUT)) {
      this.#whiteout(join(dir, base.slice(WHITEOUT.length)), layer);
      return;
    }
    if (entry.path === '') {
      const root = this.#nodes.get('') as FsNode;
      this.#nodes.set('', { ...root, mode: entry.mode, uid: entry.uid, gid: entry.gid, layer, seen: layer });
      return;
    }
    this.#ensureParents(dir, layer);
    const existing = this.#nodes.get(entry.path);
    if (existing && existing.type === 'directory' && entry.type !== 'directory') this.#remove(entry.path);
    let node: FsNode;
    if (entry.type === 'hardlink') {
      const target = this.#nodes.get(entry.linkname.replace(/^\.?\/+/, '').replace(/\/+$/, ''));
      node = target
        ? { ...target, layer, seen: layer }
        : { type: 'file', mode: entry.mode, uid: entry.uid, gid: entry.gid, size: 0, linkname: '', layer, seen: layer };
    } else {
      node = {
        type: entry.type,
        mode: entry.mode,
        uid: entry.uid,
        gid: entry.gid,
        size: entry.type === 'file' ? entry.size : 0,
        linkname: entry.type === 'symlink' ? entry.linkname : '',
        layer,
        seen: layer,
        ...(entry.type === 'file' ? { content: { layer, entryPath: entry.path } } : {}),
      };
    }
    this.#nodes.set(entry.path, node);
    this.#children.get(dir)?.add(base);
    if (node.type === 'directory' && !this.#children.has(entry.path)) this.#children.set(entry.path, new Set());
  }

  /** The node at `path` itself (a symlink is not followed; symlinks in its parents are). */
  lstat(path: string): Lookup {
    return this.#resolve(path, false);
  }

  /** The node `path` leads to, following symlinks all the way. */
  stat(path: string): Lookup {
    return this.#resolve(path, true);
  }

  /** Names in a directory (after following symlinks), sorted; undefined when it is not one. */
  readdir(path: string): string[] | undefined {
    const found = this.stat(path);
    if (found.kind !== 'found' || found.node.type !== 'directory') return undefined;
    return [...(this.#children.get(found.path) ?? [])].sort();
  }

  /** Number of paths, the root included. */
  get size(): number {
    return this.#nodes.size;
  }

  #resolve(path: string, followLast: boolean): Lookup {
    const queue = components(path);
    let current = '';
    let links = 0;
    while (queue.length > 0) {
      const name = queue.shift() as string;
      if (name === '..') {
        current = parentOf(current);
        continue;
      }
      const candidate = join(current, name);
      const node = this.#nodes.get(candidate);
      if (!node) return { kind: 'missing', path: candidate, why: `${displayPath(candidate)} does not exist` };
      if (node.type === 'symlink' && (queue.length > 0 || followLast)) {
        if (++links > MAX_SYMLINKS) return { kind: 'missing', path: candidate, why: `too many levels of symbolic links at ${displayPath(candidate)}` };
        if (node.linkname.startsWith('/')) current = '';
        queue.unshift(...components(node.linkname));
        continue;
      }
      if (queue.length > 0 && node.type !== 'directory') return { kind: 'missing', path: candidate, why: `${displayPath(candidate)} is not a directory` };
      current = candidate;
    }
    return { kind: 'found', path: current, node: this.#nodes.get(current) as FsNode };
  }

  #ensureParents(dir: string, layer: number): void {
    if (dir === '') return;
    const existing = this.#nodes.get(dir);
    if (existing && existing.type === 'directory') {
      this.#touch(dir, layer);
      return;
    }
    if (existing) this.#remove(dir);
    this.#ensureParents(parentOf(dir), layer);
    // A directory the layer implies but does not list, as tar extraction creates it.
    this.#nodes.set(dir, { type: 'directory', mode: 0o755, uid: 0, gid: 0, size: 0, linkname: '', layer, seen: layer });
    this.#children.set(dir, new Set());
    this.#children.get(parentOf(dir))?.add(baseOf(dir));
  }

  #touch(path: string, layer: number): void {
    for (let p = path; ; p = parentOf(p)) {
      const node = this.#nodes.get(p);
      if (node && node.seen < layer) this.#nodes.set(p, { ...node, seen: layer });
      if (p === '') return;
    }
  }

  #whiteout(path: string, layer: number): void {
    const node = this.#nodes.get(path);
    if (!node) return;
    if (node.seen < layer) this.#remove(path);
    else if (node.type === 'directory') this.#pruneChildren(path, layer);
  }

  /** Removes what layers below `layer` put in `dir`, keeping what `layer` itself wrote. */
  #pruneChildren(dir: string, layer: number): void {
    for (const name of [...(this.#children.get(dir) ?? [])]) this.#whiteout(join(dir, name), layer);
  }

  #remove(path: string): void {
    for (const name of this.#children.get(path) ?? []) this.#remove(join(path, name));
    this.#children.delete(path);
    this.#nodes.delete(path);
    this.#children.get(parentOf(path))?.delete(baseOf(path));
  }
}
