/**
 * Independent statements of the retention rules, written from SPEC.md and issue 7 rather than
 * from the engine, for the property test to check the engine against; and a tiny registry
 * simulator that executes steps the way a registry does (deleting a manifest by digest removes
 * the tags that point at it).
 */
import picomatch from 'picomatch';
import type { RepositoryState, RetentionPolicy } from '../../../../src/core/retention/model.js';
import type { RetentionStep } from '../../../../src/core/retention/steps.js';

const DAY = 86_400_000;

const matchers = new Map<string, (tag: string) => boolean>();
/** picomatch, compiled once per glob: the property test asks the same few globs millions of times. */
function globMatch(tag: string, glob: string): boolean {
  let m = matchers.get(glob);
  if (!m) matchers.set(glob, (m = picomatch(glob)));
  return m(tag);
}

function keepUntilDate(tag: string): Date | 'malformed' | undefined {
  const m = /^keep-until-(\d{4})(\d{2})(\d{2})(?:-.+)?$/.exec(tag);
  if (!m) return /^keep-until-\d/.test(tag) ? 'malformed' : undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && date.getUTCFullYear() === y ? date : 'malformed';
}

/** A tag the policy says must never be deleted at `now`. */
export function mustKeep(tag: string, policy: RetentionPolicy, now: Date): boolean {
  const until = keepUntilDate(tag);
  if (until instanceof Date) return now.getTime() < until.getTime() + DAY;
  if (/^keep-.+/.test(tag)) return true;
  return policy.protect.some((glob) => globMatch(tag, glob));
}

export function firstRuleIndex(tag: string, policy: RetentionPolicy): number | undefined {
  const i = policy.rules.findIndex((r) => globMatch(tag, r.tags));
  return i < 0 ? undefined : i;
}

const real = (d: Date | undefined): d is Date => d !== undefined && Number.isFinite(d.getTime()) && d.getTime() > 0;

/** A manifest's own date: registry, config, or its newest child's own date. */
function ownDate(state: RepositoryState, digest: string, seen: ReadonlySet<string>): Date | undefined {
  if (seen.has(digest)) return undefined;
  const next = new Set(seen).add(digest);
  const registry = state.registryDates?.get(digest);
  if (real(registry)) return registry;
  const m = state.manifests.get(digest);
  if (!m || m.kind === 'throwaway') return undefined;
  if (real(m.created)) return m.created;
  if (m.kind !== 'index' || m.children.length === 0) return undefined;
  const runnable = m.children.filter((c) => ['image', 'index'].includes(state.manifests.get(c)?.kind ?? ''));
  const dates = (runnable.length > 0 ? runnable : m.children).map((c) => ownDate(state, c, next));
  return dates.every(real) ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;
}

/** The date SPEC gives a digest: its own, or for a referrer, its subject's; undefined if none. */
export function digestDate(state: RepositoryState, digest: string, seen: ReadonlySet<string> = new Set()): Date | undefined {
  const own = ownDate(state, digest, new Set());
  if (own || seen.has(digest)) return own;
  const m = state.manifests.get(digest);
  const subject = m && m.kind !== 'throwaway' ? m.subject : undefined;
  return subject !== undefined && state.manifests.has(subject) ? digestDate(state, subject, new Set(seen).add(digest)) : undefined;
}

export function fallbackSubject(tag: string): string | undefined {
  const m = /^sha256-([a-f0-9]{64})(?:\.(?:sig|att|sbom))?$/.exec(tag);
  return m ? `sha256:${m[1]}` : undefined;
}

/** A tag's date: its manifest's own; a fallback tag on a manifest with none, the named digest's. */
export function tagDate(state: RepositoryState, tag: string): Date | undefined {
  const digest = state.tags.get(tag)!;
  const own = ownDate(state, digest, new Set());
  if (own) return own;
  const named = fallbackSubject(tag);
  return named !== undefined && named !== digest && state.manifests.has(named) ? digestDate(state, named) : undefined;
}

/** The digest of this repository an attached fallback tag names (not its own), if any. */
export function attachedSubject(state: RepositoryState, tag: string): string | undefined {
  const named = fallbackSubject(tag);
  return named !== undefined && named !== state.tags.get(tag) && state.manifests.has(named) ? named : undefined;
}

/** Children and referrers (by subject), transitively: what a kept digest needs to work. */
export function neededClosure(state: RepositoryState, roots: Iterable<string>): Set<string> {
  const needed = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const d = queue.pop()!;
    if (needed.has(d) || !state.manifests.has(d)) continue;
    needed.add(d);
    const m = state.manifests.get(d)!;
    if (m.kind === 'index') queue.push(...m.children);
    for (const other of state.manifests.values()) if (other.kind !== 'throwaway' && other.subject === d) queue.push(other.digest);
  }
  return needed;
}

/**
 * Untagged manifests that no tag reaches (through children, referrers, or fallback tags naming
 * a reached digest): nobody can tell whether they are pulled by digest, so they are not ours.
 */
export function unreachableFromTags(state: RepositoryState): string[] {
  const reached = new Set<string>();
  const queue = [...state.tags.values()];
  while (queue.length > 0) {
    const d = queue.pop()!;
    if (reached.has(d) || !state.manifests.has(d)) continue;
    reached.add(d);
    const m = state.manifests.get(d)!;
    if (m.kind === 'index') queue.push(...m.children);
    for (const other of state.manifests.values()) if (other.kind !== 'throwaway' && other.subject === d) queue.push(other.digest);
    for (const [tag, target] of state.tags) if (fallbackSubject(tag) === d) queue.push(target);
  }
  return [...state.manifests.keys()].filter((d) => !reached.has(d));
}

/** Executes one step on a copy of the state, as a registry would. */
export function applyStep(state: RepositoryState, step: RetentionStep): RepositoryState {
  const tags = new Map(state.tags);
  const manifests = new Map(state.manifests);
  const registryDates = new Map(state.registryDates ?? []);
  if (step.kind === 'untag') {
    if (tags.get(step.tag) !== step.digest) throw new Error(`untag ${step.tag}: it does not point at ${step.digest}`);
    tags.delete(step.tag);
  } else {
    if (!manifests.has(step.digest)) throw new Error(`delete ${step.digest}: no such manifest`);
    manifests.delete(step.digest);
    registryDates.delete(step.digest);
    for (const [tag, digest] of state.tags) if (digest === step.digest) tags.delete(tag);
  }
  return { repository: state.repository, tags, manifests, registryDates };
}

/**
 * The middle of an untag on a registry that deletes only by digest: the tag was pointed at a
 * throwaway manifest, and the crash came before that manifest was deleted.
 */
export function halfUntag(state: RepositoryState, tag: string, throwawayDigest: string): RepositoryState {
  const tags = new Map(state.tags).set(tag, throwawayDigest);
  const manifests = new Map(state.manifests).set(throwawayDigest, { kind: 'throwaway', digest: throwawayDigest });
  return { ...state, tags, manifests };
}

export function applySteps(state: RepositoryState, steps: readonly RetentionStep[]): RepositoryState {
  return steps.reduce(applyStep, state);
}

/** Tags, and the manifests reachable from them: what users of the registry can see and pull. */
export function visible(state: RepositoryState): { tags: [string, string][]; reachable: string[] } {
  const tags = [...state.tags].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { tags, reachable: [...neededClosure(state, state.tags.values())].sort() };
}
