/**
 * The plan as an ordered list of registry operations, safe to interrupt at any point.
 *
 * 1. Every `untag` first (tags to remove from manifests that stay), in tag order.
 * 2. Then every `delete-manifest`, each before whatever it points at: an index before its
 *    children, a referrer before its subject, a fallback-tagged manifest before the digest the
 *    tag names. Among the manifests free to go, an index that has untagged children to delete
 *    waits until nothing else is free, then ties go in digest order.
 *
 * Why this is safe: no step touches a manifest that stays or a tag that is kept, so a crash
 * after any step leaves every kept tag whole. And a re-run finishes the job: deleting the
 * pointing manifest first means what remains is still reachable from a tag the next plan sees
 * (a deleted image's signature is never left behind unnamed). The one exception is an untagged
 * child of a deleted index: after the index is gone no tag reaches it, and the next plan leaves
 * it alone; registries that refuse to delete a manifest an index still lists (ECR) make
 * index-first the only order that works, and the registry's own garbage collection removes it.
 * Such an index waits for everything else (e.g. the cosign `--recursive` signatures of its
 * children), so that a crash leaves no tag that names an orphan: the next plan would keep that
 * tag, since it cannot know the orphan was on its way out. (Only a fallback tag carried by a
 * child of that same index could still be caught so; signatures and referrer indexes are never
 * platform children.)
 *
 * A manifest is deleted by digest, which removes its tags with it; `tags` lists them for the
 * report (and for registries that must untag before deleting).
 */
import { compareText } from './model.js';
import type { RetentionPlan } from './plan.js';

export type RetentionStep =
  | { readonly kind: 'untag'; readonly tag: string; readonly digest: string }
  | { readonly kind: 'delete-manifest'; readonly digest: string; readonly tags: readonly string[] };

/** Inserts keeping `sorted` in code-point order. */
function insertSorted(sorted: string[], value: string): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareText(sorted[mid] as string, value) < 0) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, value);
}

export function orderedSteps(plan: RetentionPlan): RetentionStep[] {
  const untags: { kind: 'untag'; tag: string; digest: string }[] = [];
  for (const manifest of plan.manifests) {
    if (manifest.action !== 'untag-only') continue;
    for (const tag of manifest.deletedTags) untags.push({ kind: 'untag', tag, digest: manifest.digest });
  }
  untags.sort((a, b) => compareText(a.tag, b.tag));
  const steps: RetentionStep[] = [...untags];

  // Kahn's algorithm over "points at" among the manifests to delete.
  const doomed = new Map(plan.manifests.filter((m) => m.action === 'delete-manifest').map((m) => [m.digest, m]));
  const pointedAtBy = new Map<string, number>();
  for (const digest of doomed.keys()) pointedAtBy.set(digest, 0);
  for (const manifest of doomed.values()) {
    for (const target of manifest.refersTo) {
      if (doomed.has(target)) pointedAtBy.set(target, (pointedAtBy.get(target) ?? 0) + 1);
    }
  }
  const orphans = (digest: string): boolean =>
    (doomed.get(digest)?.children ?? []).some((c) => {
      const child = doomed.get(c);
      return child !== undefined && child.keptTags.length === 0 && child.deletedTags.length === 0;
    });
  const ready: string[] = [];
  const readyLast: string[] = [];
  const makeReady = (digest: string): void => insertSorted(orphans(digest) ? readyLast : ready, digest);
  for (const [digest, n] of pointedAtBy) if (n === 0) makeReady(digest);
  const done = new Set<string>();
  const emit = (digest: string): void => {
    const manifest = doomed.get(digest);
    if (!manifest || done.has(digest)) return;
    done.add(digest);
    steps.push({ kind: 'delete-manifest', digest, tags: manifest.deletedTags });
    for (const target of manifest.refersTo) {
      if (!doomed.has(target)) continue;
      const left = (pointedAtBy.get(target) ?? 0) - 1;
      pointedAtBy.set(target, left);
      if (left === 0) makeReady(target);
    }
  };
  const all = [...doomed.keys()].sort(compareText);
  for (;;) {
    while (ready.length > 0 || readyLast.length > 0) emit((ready.length > 0 ? ready : readyLast).shift() as string);
    // Content-addressed manifests cannot point at each other in a cycle; if the data has one
    // anyway, it is broken at its smallest digest rather than dropped from the plan.
    const stuck = all.find((d) => !done.has(d));
    if (stuck === undefined) break;
    emit(stuck);
  }
  return steps;
}
