/**
 * Marking exceptions in the registry itself: `keep` adds a `keep-<reason>` (or
 * `keep-until-<yyyymmdd>-<reason>`) tag to a build, `unkeep` takes such tags off it again.
 *
 * `keep` PUTs the manifest's own bytes under the new tag, so the digest is the same and no
 * layer moves. A keep tag's name is unique in a repository, so putting it on another build
 * would silently take the protection off the first one: that is refused. `unkeep` removes the
 * tags with the deleter's untag, which never deletes the manifest.
 */
import { UserInputError } from '../../core/diagnostics.js';
import { formatReference, parseReference, ReferenceParseError, withTag, type ImageReference } from '../../core/reference.js';
import { keepTagName, parseExceptionTag } from '../../core/retention/tag-names.js';
import type { RegistryClient, RepositoryRef } from '../../adapters/registry/index.js';
import { mapWithLimit } from '../../adapters/registry/semaphore.js';
import type { DeletionOutcome, RegistryDeleter } from '../../adapters/deletion/types.js';
import { loadConfigFile } from '../project.js';
import { imageRepository, registryPrefix, selectImages } from './images.js';

interface TargetRequest {
  readonly root: string;
  readonly configFile: string;
  /** `<image>@<tag>` or `<image>@sha256:…`, the image named as in images.yaml. */
  readonly target: string;
  /** Registry prefix; default `registry` of images.yaml. */
  readonly registry?: string;
  readonly client: RegistryClient;
  readonly log: (message: string) => void;
}

export interface KeepRequest extends TargetRequest {
  readonly reason: string;
  /** `YYYY-MM-DD`: the last day kept. */
  readonly until?: string;
}

export interface KeepResult {
  readonly image: string;
  readonly repository: string;
  readonly digest: string;
  readonly tag: string;
  /** `added`, or `unchanged` when the tag was already on this digest. */
  readonly state: 'added' | 'unchanged';
}

export interface UnkeepRequest extends TargetRequest {
  readonly deleter: RegistryDeleter;
  /** Only the keep tags with this reason; default all of the digest's. */
  readonly reason?: string;
}

export interface UnkeepResult {
  readonly image: string;
  readonly repository: string;
  readonly digest: string;
  readonly removed: readonly string[];
  /** Keep tags the registry could not remove, with its reason. */
  readonly unsupported: readonly { readonly tag: string; readonly reason: string }[];
}

interface ResolvedTarget {
  readonly image: string;
  readonly repo: RepositoryRef;
  readonly ref: ImageReference;
}

const TARGET_HINT = 'Name a build as <image>@<tag> or <image>@sha256:<digest>, the image as images.yaml names it, e.g. app@pr-12-abc1234.';

async function resolveTarget(request: TargetRequest): Promise<ResolvedTarget> {
  const at = request.target.indexOf('@');
  const image = at < 0 ? '' : request.target.slice(0, at);
  const what = at < 0 ? '' : request.target.slice(at + 1);
  if (image === '' || what === '') {
    throw new UserInputError([{ message: `"${request.target}" does not name a build`, hint: TARGET_HINT }]);
  }
  const loaded = await loadConfigFile(request.root, request.configFile);
  await selectImages(request.root, loaded, [image]);
  const repo = imageRepository(registryPrefix(loaded, request.registry), loaded.config.prefix, image);
  const base = `${repo.registry}/${repo.repository}`;
  let ref: ImageReference;
  try {
    // A tag cannot hold a colon; a digest always does.
    ref = parseReference(what.includes(':') ? `${base}@${what}` : `${base}:${what}`);
  } catch (error) {
    if (error instanceof ReferenceParseError) throw new UserInputError([{ message: error.message, hint: TARGET_HINT }]);
    throw error;
  }
  return { image, repo, ref };
}

export async function runKeep(request: KeepRequest): Promise<KeepResult> {
  // Validated before the registry is asked anything.
  const tag = keepTagName(request.reason, request.until);
  const { image, repo, ref } = await resolveTarget(request);
  const manifest = await request.client.getManifest(ref);
  const repository = `${repo.registry}/${repo.repository}`;
  const existing = await request.client.headManifest(withTag(ref, tag));
  if (existing?.digest === manifest.digest) {
    request.log(`${repository}:${tag} already marks ${manifest.digest}`);
    return { image, repository, digest: manifest.digest, tag, state: 'unchanged' };
  }
  if (existing) {
    throw new UserInputError([
      {
        message: `${repository}:${tag} already marks another build, ${existing.digest}; moving it would drop that exception`,
        hint: `Give a different --reason, or remove that exception first with: image-actions unkeep ${image}@${existing.digest}`,
      },
    ]);
  }
  const stored = await request.client.putManifest(withTag(ref, tag), manifest);
  request.log(`${repository}:${tag} → ${stored} (${formatReference(ref)})`);
  return { image, repository, digest: stored, tag, state: 'added' };
}

/** How many keep tags are looked up at once. */
const LOOKUPS_AT_ONCE = 8;

export async function runUnkeep(request: UnkeepRequest): Promise<UnkeepResult> {
  const wanted = request.reason === undefined ? undefined : keepTagName(request.reason).slice('keep-'.length);
  const { image, repo, ref } = await resolveTarget(request);
  const repository = `${repo.registry}/${repo.repository}`;
  const head = await request.client.headManifest(ref);
  if (!head) {
    throw new UserInputError([{ message: `${formatReference(ref)} does not exist in the registry`, hint: TARGET_HINT }]);
  }
  const digest = head.digest;
  const candidates = (await request.client.listTags(repo)).filter((tag) => {
    const marker = parseExceptionTag(tag);
    return marker !== undefined && (wanted === undefined || marker.reason === wanted);
  });
  const pointing = await mapWithLimit(candidates.sort(), LOOKUPS_AT_ONCE, async (tag) =>
    (await request.client.headManifest(withTag(ref, tag)))?.digest === digest ? tag : undefined,
  );
  const tags = pointing.filter((t): t is string => t !== undefined);
  if (tags.length === 0) {
    request.log(`${repository}@${digest} has no keep tag${wanted !== undefined ? ` with reason "${wanted}"` : ''}: nothing to remove`);
    return { image, repository, digest, removed: [], unsupported: [] };
  }
  const removed: string[] = [];
  const unsupported: { tag: string; reason: string }[] = [];
  for (const tag of tags) {
    const outcome: DeletionOutcome = await request.deleter.untag(repo, tag, digest);
    if (outcome.status === 'unsupported') {
      unsupported.push({ tag, reason: outcome.reason });
      request.log(`${repository}:${tag} could not be removed: ${outcome.reason}`);
    } else {
      removed.push(tag);
      request.log(`${repository}:${tag} removed from ${digest}`);
    }
  }
  return { image, repository, digest, removed, unsupported };
}
