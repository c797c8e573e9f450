/**
 * Promotion: the tested build of each image gets its final tags by moving manifests only.
 *
 * - Same repository: one manifest GET, then per tag a HEAD (to leave a tag already at the
 *   digest alone) and a PUT of the original bytes. No blob is read.
 * - Another repository of the same registry: blobs are mounted, then manifests PUT.
 * - Another registry: only the blobs the target lacks are copied, then manifests PUT.
 *
 * Every source manifest is read, and `require` checked, before any tag moves: a failed
 * check promotes nothing. A re-run after an interruption completes the remaining tags.
 */
import { formatReference, parseReference, withDigest, withTag, type ImageReference } from '../core/reference.js';
import { RegistryError, type Manifest, type RegistryClient } from '../adapters/registry/index.js';
import { Semaphore } from '../adapters/registry/semaphore.js';

export interface PromotionPlanItem {
  readonly image: string;
  /** The build under its temporary tag. */
  readonly source: ImageReference;
  /** The repository the final tags go to (usually the source's). */
  readonly target: ImageReference;
  readonly tags: readonly string[];
}

export type TagState = 'new' | 'unchanged' | 'would-move';

export interface PromotionOutcome {
  readonly image: string;
  readonly digest: string;
  readonly repository: string;
  readonly tags: readonly { readonly tag: string; readonly state: TagState }[];
  readonly blobs: { readonly copied: number; readonly mounted: number };
}

export class PromotionRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PromotionRefused';
  }
}

export interface PromoteOptions {
  readonly dryRun: boolean;
  /** image → digest that smoke tested; each temporary tag must still point at it. */
  readonly require?: ReadonlyMap<string, string>;
  /** Skip (and report) images that have no build under the temporary tag, instead of failing. */
  readonly skipMissing?: boolean;
  readonly log: (message: string) => void;
}

function sameRepository(a: ImageReference, b: ImageReference): boolean {
  return a.registry === b.registry && a.repository === b.repository;
}

/** Reads every source manifest and checks `require`; throws before anything moves. */
async function readSources(
  client: RegistryClient,
  plan: readonly PromotionPlanItem[],
  options: PromoteOptions,
): Promise<Map<string, Manifest>> {
  const { require } = options;
  const manifests = new Map<string, Manifest>();
  const mismatches: string[] = [];
  await Promise.all(
    plan.map(async (item) => {
      let manifest: Manifest;
      try {
        manifest = await client.getManifest(item.source);
      } catch (error) {
        const tested = require?.has(item.image) ?? false;
        if (options.skipMissing && !tested && error instanceof RegistryError && error.status === 404) {
          options.log(`${item.image}: no build under ${formatReference(item.source)}; not promoted`);
          return;
        }
        throw error;
      }
      manifests.set(item.image, manifest);
      const tested = require?.get(item.image);
      if (tested !== undefined && tested !== manifest.digest) {
        mismatches.push(
          `${item.image}: ${formatReference(item.source)} now points at ${manifest.digest}, but smoke tested ${tested}`,
        );
      }
    }),
  );
  if (require) {
    for (const image of require.keys()) {
      if (!plan.some((p) => p.image === image)) mismatches.push(`${image}: tested, but not in the images to promote`);
    }
  }
  if (mismatches.length > 0) {
    throw new PromotionRefused(
      `nothing was promoted: the tested digests no longer match.\n${mismatches.sort().join('\n')}\n` +
        'The temporary tag was pushed again after the tests ran. Re-run the pipeline so that smoke tests what is promoted.',
    );
  }
  return manifests;
}

/**
 * Images promoted at once. Each image's tags move one after another (writes to one repository
 * are not raced against each other); different images, different repositories, go in parallel,
 * so a run costs a few round trips per tag rather than one per tag of every image. The client
 * still bounds the requests in flight per registry.
 */
const IMAGES_AT_ONCE = 8;

/** Moves one image's tags; the manifest has been read (and checked) already. */
async function promoteImage(client: RegistryClient, item: PromotionPlanItem, manifest: Manifest, options: PromoteOptions): Promise<PromotionOutcome> {
  const tags: { tag: string; state: TagState }[] = [];
  let copied = 0;
  let mounted = 0;
  let contentPresent = sameRepository(item.source, item.target);
  // Where every tag points now, asked together (reads only); the writes below follow, one by
  // one, once all reads are done: distribution's storage rewrites a manifest's revision link on
  // each PUT, and a read of the same repository at that instant can fail.
  const current = await Promise.all(item.tags.map((tag) => client.headManifest(withTag(item.target, tag))));
  for (const [i, tag] of item.tags.entries()) {
    const destination = withTag(item.target, tag);
    if (current[i]?.digest === manifest.digest) {
      tags.push({ tag, state: 'unchanged' });
      continue;
    }
    if (options.dryRun) {
      tags.push({ tag, state: 'would-move' });
      continue;
    }
    if (!contentPresent) {
      // The first tag in another repository brings the blobs (mounted or copied) and children.
      // Copied by digest, not by the temporary tag: the tag may have moved since it was read
      // (and `require` checked), and what was checked is what must land.
      const result = await client.copyImage(withDigest(item.source, manifest.digest), destination);
      copied += result.blobs.copied.length;
      mounted += result.blobs.mounted.length;
      contentPresent = true;
    } else {
      await client.putManifest(destination, manifest);
    }
    tags.push({ tag, state: 'new' });
    options.log(`${item.image}: ${tag} → ${manifest.digest.slice(0, 19)}`);
  }
  return {
    image: item.image,
    digest: manifest.digest,
    repository: `${item.target.registry}/${item.target.repository}`,
    tags,
    blobs: { copied, mounted },
  };
}

export async function promote(
  client: RegistryClient,
  plan: readonly PromotionPlanItem[],
  options: PromoteOptions,
): Promise<PromotionOutcome[]> {
  const manifests = await readSources(client, plan, options);
  const limit = new Semaphore(IMAGES_AT_ONCE);
  const work = plan.flatMap((item) => {
    const manifest = manifests.get(item.image);
    return manifest ? [limit.run(() => promoteImage(client, item, manifest, options))] : [];
  });
  // Every image runs to its end before a failure is reported, so nothing is still moving tags
  // behind the error; a re-run completes what failed.
  const settled = await Promise.allSettled(work);
  const failed = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed.length > 0) {
    for (const f of failed.slice(1)) options.log(`also failed: ${f.reason instanceof Error ? f.reason.message : String(f.reason)}`);
    throw failed[0]!.reason;
  }
  return settled.map((s) => (s as PromiseFulfilledResult<PromotionOutcome>).value);
}

/** The output `promoted`: image → digest → tags (all of them, moved now or already there). */
export function promotedOutput(outcomes: readonly PromotionOutcome[]): Record<string, Record<string, string[]>> {
  return Object.fromEntries(outcomes.map((o) => [o.image, { [o.digest]: o.tags.map((t) => t.tag) }]));
}

/** `<registry>/<prefix><name>:<tag>` as a reference. */
export function imageRef(registry: string, prefix: string, name: string, tag: string): ImageReference {
  return parseReference(`${registry.replace(/\/+$/, '')}/${prefix}${name}:${tag}`);
}
