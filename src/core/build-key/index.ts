/**
 * The build key: a SHA-256 that names everything an image's build depends on, so that an image
 * whose key is already in the registry (as tag `bk-<first 16 hex>`) need not be built again.
 *
 * The hash is taken over one canonical JSON document (see `buildKeyDocument`). JSON quotes and
 * escapes every string and brackets every list, so no two different inputs encode to the same
 * bytes by running into each other (as "ab"+"c" and "a"+"bc" would by concatenation). Sets are
 * sorted; the document names its recipe version, to be bumped whenever the recipe changes, so
 * keys made by an older recipe simply stop matching.
 *
 * Hashing is computation, not I/O: node:crypto is allowed in the pure core.
 */
import { createHash } from 'node:crypto';
import { compareNames } from '../graph/names.js';

/** One entry of the build context as the builder sees it (after `.dockerignore`). */
export interface ContextFile {
  /** Relative to the context root, `/`-separated, without `.` or `..` segments. */
  readonly path: string;
  /** File type and permission bits (`st_mode & (S_IFMT | 0o7777)`); never times or owners. */
  readonly mode: number;
  /** SHA-256 (64 lowercase hex) of a file's bytes, of a symlink's target text, of nothing for a directory. */
  readonly sha256: string;
}

export interface BuildKeyInputs {
  /**
   * The rendered Dockerfile as given to the builder: FROMs of this repository's images pinned to
   * `<repository>@<digest>`. Pinned, because a template's FROM may carry the run's tag
   * (`{{ image("base") }}`), which changes every run while what is built does not.
   */
  readonly dockerfile: string;
  /** The context's entries, in any order; each path once. */
  readonly context: readonly ContextFile[];
  /** Build args passed to the builder (name → value). */
  readonly buildArgs: Readonly<Record<string, string>>;
  /** The target stage; absent or empty means the last stage. */
  readonly target?: string | undefined;
  /** Target platforms, e.g. `linux/amd64`; order and repeats do not matter. Empty: the builder's own. */
  readonly platforms: readonly string[];
  /** Parent image name → the digest it is built on (`sha256:` + 64 hex). */
  readonly parentDigests: Readonly<Record<string, string>>;
  /** Source name → the upstream revision it was built from. */
  readonly sourceRevisions: Readonly<Record<string, string>>;
}

/** Names the recipe inside the hashed document; change it whenever the document changes shape. */
export const BUILD_KEY_VERSION = 'image-actions/build-key/v1';

/** The prefix of build-key tags. */
export const BUILD_KEY_TAG_PREFIX = 'bk-';

/** A tag made by `buildKeyTag`. */
export const BUILD_KEY_TAG_PATTERN = /^bk-[0-9a-f]{16}$/;

/** The recipe in words, for the README and `--help`. */
export const BUILD_KEY_RECIPE = `\
The build key is the SHA-256 of one canonical JSON document (recipe \`${BUILD_KEY_VERSION}\`) holding, in this order:

1. \`dockerfile\`: the SHA-256 of the rendered Dockerfile (UTF-8) as built, its parents' FROMs pinned to \`<repository>@<digest>\`
   (so a tag in a FROM, which changes every run, does not change the key);
2. \`context\`: every file, directory and symlink of the build context that \`.dockerignore\` lets through, as
   \`[path, mode, sha256]\` sorted by path. \`mode\` is the file type and permission bits (times and owners are left out);
   \`sha256\` hashes a file's contents, a symlink's target text, and nothing for a directory;
3. \`buildArgs\`: \`[name, value]\` pairs sorted by name;
4. \`target\`: the target stage, or \`null\` for the last stage;
5. \`platforms\`: sorted, without repeats;
6. \`parents\`: \`[parent image, digest]\` pairs sorted by parent, each parent at the digest it is built on;
7. \`sources\`: \`[source, revision]\` pairs sorted by source.

JSON quotes every string and brackets every list, so different inputs never encode to the same bytes.
An image whose key is in the registry as tag \`bk-<first 16 hex of the key>\` is retagged instead of rebuilt
(unless \`reuse: false\`). Not in the key: the builder, the time, labels, and the repository's own revision,
so a commit that changes nothing an image is built from does not rebuild it.`;

const SHA256_HEX = /^[0-9a-f]{64}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const MAX_MODE = 0o177777;

/**
 * The canonical document that is hashed. Exposed so that "why did this rebuild?" can be
 * answered by comparing two documents. Throws on malformed inputs (a bug in the caller, not
 * user input: digests and hashes come from our own adapters).
 */
export function buildKeyDocument(inputs: BuildKeyInputs): string {
  const document = {
    recipe: BUILD_KEY_VERSION,
    dockerfile: sha256Hex(inputs.dockerfile),
    context: canonicalContext(inputs.context),
    buildArgs: sortedPairs(inputs.buildArgs, 'build arg', () => undefined),
    target: inputs.target === undefined || inputs.target === '' ? null : inputs.target,
    platforms: [...new Set(inputs.platforms)].sort(compareNames),
    parents: sortedPairs(inputs.parentDigests, 'parent', (parent, digest) =>
      DIGEST.test(digest) ? undefined : `the digest of parent ${parent} must be sha256:<64 hex>, got ${JSON.stringify(digest)}`,
    ),
    sources: sortedPairs(inputs.sourceRevisions, 'source', () => undefined),
  };
  return JSON.stringify(document);
}

/** The build key: 64 lowercase hex. */
export function buildKey(inputs: BuildKeyInputs): string {
  return sha256Hex(buildKeyDocument(inputs));
}

/** The registry tag that marks an image built from `key`: `bk-` and the key's first 16 hex. */
export function buildKeyTag(key: string): string {
  if (!SHA256_HEX.test(key)) throw new TypeError(`a build key is 64 lowercase hex, got ${JSON.stringify(key)}`);
  return BUILD_KEY_TAG_PREFIX + key.slice(0, 16);
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function canonicalContext(context: readonly ContextFile[]): Array<[string, number, string]> {
  const seen = new Set<string>();
  for (const file of context) {
    if (!isCanonicalPath(file.path)) throw new TypeError(`context path must be relative, /-separated, without . or .. segments: ${JSON.stringify(file.path)}`);
    if (seen.has(file.path)) throw new TypeError(`context path listed twice: ${file.path}`);
    seen.add(file.path);
    if (!Number.isInteger(file.mode) || file.mode < 0 || file.mode > MAX_MODE) throw new TypeError(`mode of ${file.path} must be an st_mode integer, got ${file.mode}`);
    if (!SHA256_HEX.test(file.sha256)) throw new TypeError(`sha256 of ${file.path} must be 64 lowercase hex, got ${JSON.stringify(file.sha256)}`);
  }
  return [...context].sort((a, b) => compareNames(a.path, b.path)).map((file) => [file.path, file.mode, file.sha256]);
}

function isCanonicalPath(path: string): boolean {
  return path !== '' && path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

function sortedPairs(record: Readonly<Record<string, string>>, what: string, problem: (name: string, value: string) => string | undefined): Array<[string, string]> {
  const pairs = Object.entries(record);
  for (const [name, value] of pairs) {
    if (typeof value !== 'string') throw new TypeError(`${what} ${name} must be a string, got ${typeof value}`);
    const message = problem(name, value);
    if (message !== undefined) throw new TypeError(message);
  }
  return pairs.sort(([a], [b]) => compareNames(a, b));
}
