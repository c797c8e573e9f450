/**
 * The retention plan: what to delete and what to keep in one repository, and why, as a value.
 *
 * The plan is computed without I/O from a `RepositoryState`, printed the same way in a dry run
 * and a real run (`formatRetentionPlan`), and executed in the order of `orderedSteps`.
 *
 * How a tag is decided, first match wins:
 * 1. an active exception: `keep-<reason>`, or `keep-until-<yyyymmdd>-<reason>` through that day
 *    (UTC). An expired keep-until tag goes on to the rules like any tag, even when a protect glob
 *    such as `keep-*` matches it: the date written in the tag is the user's last word on it;
 * 2. a `protect` glob (never applied to a well-formed keep-until tag, see 1);
 * 3. a tag on a throwaway manifest (an untag a crash cut short) is deleted;
 * 4. what protection needs: the build-key tags (`bk-…`) of protected manifests, and the referrer
 *    fallback tags naming them, are kept so that reuse and verification keep working;
 * 5. the first rule whose glob matches; no rule: kept. A tag with no date is kept (never guessed).
 *    An attached fallback tag (one naming a digest of this repository) is no build and takes no
 *    keep-last slot: it stays while the digest it names stays, and goes with it when its first
 *    rule deletes anything at all (has older-than or keep-last) and it has a date. Where such
 *    tags keep each other's digests in a cycle, they all stay (never a deletion whose only
 *    ground is another deletion);
 * 6. any fallback tag naming a digest that stays is kept, whatever its rule said.
 *
 * A build-key tag is kept for protected manifests only; for others its rule decides (for the
 * SPEC example that means `bk-*` must come before `*-*`: the plan warns about shadowed rules).
 *
 * Which manifests stay ("needed"): every digest a kept tag points at, every untagged manifest no
 * tag reaches (not ours to judge: it may be pulled by digest), and everything those need
 * (index children, referrers, fallback-tagged manifests), transitively. A needed manifest is
 * never deleted; its deleted tags are removed as tags (`untag-only`). A manifest nothing needs is
 * deleted (`delete-manifest`): all its tags are being deleted, or it is untagged and only
 * deleted manifests reach it (the children and referrers of a deleted image).
 */
import { formatAge } from './duration.js';
import { makeDater, type Dated, type DateSource } from './age.js';
import { assertCompleteState, childrenOf, compareText, type ManifestInfo, type RepositoryState, type RetentionPolicy } from './model.js';
import { compilePolicy, type CompiledPolicy, type CompiledRule, type RuleRef } from './policy.js';
import { buildReferences, type NeedEdge, type References } from './references.js';
import { buildKeyTag, exceptionActive, isBuildKeyTag, parseExceptionTag, parseFallbackTag, type ExceptionMarker, type FallbackKind } from './tag-names.js';

export type { RuleRef } from './policy.js';

/** Why a tag is kept. */
export type KeepBasis =
  | { readonly kind: 'exception'; readonly marker: ExceptionMarker }
  | { readonly kind: 'protect'; readonly pattern: string }
  /** A build-key tag of a protected manifest (`of`). */
  | { readonly kind: 'build-key'; readonly of: string }
  /** A referrer fallback tag naming a manifest that stays. */
  | { readonly kind: 'referrer-tag'; readonly subject: string; readonly fallback: FallbackKind }
  | { readonly kind: 'no-rule' }
  | { readonly kind: 'no-date'; readonly rule: RuleRef }
  | { readonly kind: 'rule'; readonly rule: RuleRef; readonly verdict: 'keep-rule' | 'young' | 'within-keep-last' };

/** Why a tag is deleted. */
export type DeleteBasis =
  | { readonly kind: 'rule'; readonly rule: RuleRef; readonly verdict: 'older-than' | 'beyond-keep-last' | 'beyond-keep-last-and-older-than' }
  /** An attached fallback tag whose digest (`subject`) is deleted; `rule` is its first rule. */
  | { readonly kind: 'with-subject'; readonly rule: RuleRef; readonly subject: string }
  | { readonly kind: 'throwaway' };

interface TagDecisionCommon {
  readonly tag: string;
  readonly digest: string;
  /** Milliseconds between the tag's date and the plan's `now`, when it has a date. */
  readonly ageMs?: number;
  /** The rule, protection or exception that decided, in a few words. */
  readonly decidedBy: string;
  /** Why, as a sentence for the report. */
  readonly why: string;
}

export type KeptTag = TagDecisionCommon & { readonly action: 'keep'; readonly basis: KeepBasis };
export type DeletedTag = TagDecisionCommon & { readonly action: 'delete'; readonly basis: DeleteBasis };
export type TagDecision = KeptTag | DeletedTag;

/** Why a manifest stays. */
export type NeedBasis =
  | { readonly kind: 'tag'; readonly tag: string }
  | { readonly kind: 'child'; readonly parent: string }
  | { readonly kind: 'referrer'; readonly subject: string }
  | { readonly kind: 'untagged-unreachable' };

interface ManifestDecisionCommon {
  readonly digest: string;
  readonly kind: ManifestInfo['kind'];
  readonly keptTags: readonly string[];
  readonly deletedTags: readonly string[];
  /** What this manifest points at (children, subject, digests named by its fallback tags). */
  readonly refersTo: readonly string[];
  /** An index's children (empty for other kinds). */
  readonly children: readonly string[];
  readonly size?: number;
  readonly why: string;
}

export type ManifestDecision =
  | (ManifestDecisionCommon & { readonly action: 'keep'; readonly neededBy: NeedBasis })
  | (ManifestDecisionCommon & { readonly action: 'untag-only'; readonly neededBy: NeedBasis })
  | (ManifestDecisionCommon & { readonly action: 'delete-manifest' });

export interface RetentionTotals {
  readonly tagsKept: number;
  readonly tagsDeleted: number;
  readonly manifestsKept: number;
  readonly manifestsUntagOnly: number;
  readonly manifestsDeleted: number;
  /** The sum of the sizes the registry reported for the deleted manifests. */
  readonly bytesFreed: number;
  /** How many deleted manifests had no reported size (so `bytesFreed` is a lower bound). */
  readonly manifestsWithoutSize: number;
}

export interface RetentionPlan {
  readonly repository: string;
  /** The instant ages were measured against, ISO 8601. */
  readonly now: string;
  /** One per tag, sorted by tag. */
  readonly tags: readonly TagDecision[];
  /** One per known manifest, sorted by digest. */
  readonly manifests: readonly ManifestDecision[];
  readonly totals: RetentionTotals;
  /** Things the user should look at, e.g. a rule that an earlier rule shadows. Sorted. */
  readonly warnings: readonly string[];
}

/** `sha256:0123456789ab`: enough to tell digests apart in a report. */
export function shortDigest(digest: string): string {
  const colon = digest.indexOf(':');
  return colon < 0 ? digest.slice(0, 12) : digest.slice(0, colon + 13);
}

const FALLBACK_NAMES: Readonly<Record<FallbackKind, string>> = {
  'referrers-index': 'referrers index tag',
  sig: 'signature tag',
  att: 'attestation tag',
  sbom: 'SBOM tag',
};

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function describeDate(dated: Dated, ageMs: number): string {
  const age = ageMs < 0 ? 'dated in the future' : `${formatAge(ageMs)} old`;
  const source = (s: DateSource): string => {
    switch (s.kind) {
      case 'registry':
        return 'registry date';
      case 'created':
        return 'created';
      case 'newest-child':
        return `newest child ${shortDigest(s.child)}`;
      case 'subject':
        return `dated by its subject ${shortDigest(s.subject)}`;
    }
  };
  return `${age} (${source(dated.source)})`;
}

function exceptionWords(marker: ExceptionMarker): { decidedBy: string; why: string } {
  if (marker.kind === 'keep-until') {
    return { decidedBy: `exception until ${marker.until}`, why: `keep-until tag: its digest is kept through ${marker.until} (UTC)` };
  }
  if (marker.malformedUntil) {
    return {
      decidedBy: 'exception',
      why: 'looks like keep-until-<yyyymmdd>- without a real date, so it counts as a plain keep- tag: its digest is kept',
    };
  }
  return { decidedBy: 'exception', why: `keep- tag (reason "${marker.reason}"): its digest is kept` };
}

/** Mutable state while planning; the result is frozen into plain arrays at the end. */
class Planner {
  readonly decisions = new Map<string, TagDecision>();
  /** Attached fallback tags left for `needed()`: their fate follows the digest they name. */
  private readonly attached: string[] = [];
  private readonly dater;
  private readonly refs: References;
  private readonly nowMs: number;

  constructor(
    private readonly state: RepositoryState,
    private readonly policy: CompiledPolicy,
    private readonly now: Date,
  ) {
    this.dater = makeDater(state);
    this.refs = buildReferences(state);
    this.nowMs = now.getTime();
  }

  private sortedTags(): string[] {
    return [...this.state.tags.keys()].sort(compareText);
  }

  private digestOf(tag: string): string {
    const digest = this.state.tags.get(tag);
    if (digest === undefined) throw new Error(`internal: unknown tag ${tag}`);
    return digest;
  }

  private keep(tag: string, basis: KeepBasis, decidedBy: string, why: string, ageMs?: number): void {
    const text = this.expiredNote(tag) + why;
    this.decisions.set(tag, { tag, digest: this.digestOf(tag), action: 'keep', basis, decidedBy, why: text, ...(ageMs !== undefined ? { ageMs } : {}) });
  }

  private remove(tag: string, basis: DeleteBasis, decidedBy: string, why: string, ageMs?: number): void {
    const text = this.expiredNote(tag) + why;
    this.decisions.set(tag, { tag, digest: this.digestOf(tag), action: 'delete', basis, decidedBy, why: text, ...(ageMs !== undefined ? { ageMs } : {}) });
  }

  /** A reader seeing `keep-until-…` decided by a rule should learn why at once. */
  private expiredNote(tag: string): string {
    const marker = parseExceptionTag(tag);
    return marker?.kind === 'keep-until' && !exceptionActive(marker, this.now) ? `exception expired after ${marker.until}, so the rules decide; ` : '';
  }

  /** Steps 1–3: exceptions, protect globs, throwaway manifests. */
  decideProtection(): void {
    for (const tag of this.sortedTags()) {
      const marker = parseExceptionTag(tag);
      if (marker && exceptionActive(marker, this.now)) {
        const words = exceptionWords(marker);
        this.keep(tag, { kind: 'exception', marker }, words.decidedBy, words.why);
        continue;
      }
      // A well-formed keep-until tag that expired is an ordinary tag: no glob protects it.
      const glob = marker?.kind === 'keep-until' ? undefined : this.policy.protectedBy(tag);
      if (glob !== undefined) {
        this.keep(tag, { kind: 'protect', pattern: glob }, `protect "${glob}"`, 'never deleted, nor is anything its digest needs');
        continue;
      }
      if (this.state.manifests.get(this.digestOf(tag))?.kind === 'throwaway') {
        this.remove(tag, { kind: 'throwaway' }, 'interrupted untag', 'points at a throwaway manifest left by an interrupted untag; finishing it');
      }
    }
  }

  /** Step 4: the build-key and fallback tags that protected manifests need. */
  decideProtectionNeeds(): void {
    const roots: string[] = [];
    for (const decision of this.decisions.values()) {
      if (decision.action === 'keep') roots.push(decision.digest);
    }
    const seen = new Set<string>();
    const queue = [...new Set(roots)].sort(compareText);
    const enqueue = (digest: string): void => {
      if (!seen.has(digest)) queue.push(digest);
    };
    while (queue.length > 0) {
      const digest = queue.shift() as string;
      if (seen.has(digest)) continue;
      seen.add(digest);
      const manifest = this.state.manifests.get(digest);
      const keyTag = manifest && manifest.kind !== 'throwaway' && manifest.buildKey !== undefined ? buildKeyTag(manifest.buildKey) : undefined;
      const buildKeyTags = new Set(this.refs.tagsOn(digest).filter(isBuildKeyTag));
      if (keyTag !== undefined && this.state.tags.has(keyTag)) buildKeyTags.add(keyTag);
      for (const tag of [...buildKeyTags].sort(compareText)) {
        if (this.decisions.has(tag)) continue;
        this.keep(tag, { kind: 'build-key', of: digest }, `build key of protected ${shortDigest(digest)}`, 'kept so that builds keep reusing it');
        enqueue(this.digestOf(tag));
      }
      for (const tag of this.refs.fallbackTagsNaming(digest)) {
        if (this.decisions.has(tag)) continue;
        this.keepAsReferrerTag(tag, digest, 'protected');
      }
      for (const edge of this.keptNeeds(digest)) enqueue(edge.digest);
    }
  }

  /**
   * What a manifest that stays needs. A fallback tag already deleted (it points at a throwaway
   * manifest, an untag a crash cut short) names nothing any more, so its manifest is not needed.
   */
  private keptNeeds(digest: string): NeedEdge[] {
    return this.refs.needs(digest).filter((e) => e.kind !== 'referrer-tag' || this.decisions.get(e.tag)?.action !== 'delete');
  }

  /**
   * The digest an attached fallback tag names: one of this repository, not the tag's own.
   * Such a tag never borrows a date that could vanish mid-run (see age.ts), and never competes
   * with builds for keep-last slots, so a re-run after a crash decides as the first run did.
   */
  private attachedSubject(tag: string): string | undefined {
    const subject = parseFallbackTag(tag)?.subject;
    return subject !== undefined && subject !== this.digestOf(tag) && this.state.manifests.has(subject) ? subject : undefined;
  }

  /** Attached fallback tags that stay whatever happens to what they name. */
  private decideAttachedKeptAnyway(): void {
    for (const tag of this.attached) {
      const rule = this.policy.firstRule(tag);
      if (!rule) {
        this.keep(tag, { kind: 'no-rule' }, 'no rule', 'no rule matches this tag, so it is kept');
        continue;
      }
      const ref: RuleRef = { index: rule.index, label: rule.label };
      if (rule.rule.keepLast === undefined && rule.rule.olderThan === undefined) {
        this.keep(tag, { kind: 'rule', rule: ref, verdict: 'keep-rule' }, ref.label, 'this rule keeps every tag it matches');
      } else if (!this.dater.tag(tag, this.digestOf(tag))) {
        this.keep(tag, { kind: 'no-date', rule: ref }, ref.label, 'age unknown (no creation date, no registry date): kept, never guessed');
      }
    }
  }

  /** Attached fallback tags whose named digest is deleted go with it. */
  private decideAttachedLeft(): void {
    for (const tag of this.attached) {
      if (this.decisions.has(tag)) continue;
      const subject = this.attachedSubject(tag) as string;
      const rule = this.policy.firstRule(tag) as CompiledRule;
      const dated = this.dater.tag(tag, this.digestOf(tag)) as Dated;
      const ageMs = this.nowMs - dated.date.getTime();
      const kind = FALLBACK_NAMES[parseFallbackTag(tag)?.kind ?? 'referrers-index'];
      this.remove(
        tag,
        { kind: 'with-subject', rule: { index: rule.index, label: rule.label }, subject },
        rule.label,
        `${kind} of ${shortDigest(subject)}, which is deleted: it goes with it`,
        ageMs,
      );
    }
  }

  private keepAsReferrerTag(tag: string, subject: string, how: 'protected' | 'kept'): void {
    const fallback = parseFallbackTag(tag)?.kind ?? 'referrers-index';
    this.keep(
      tag,
      { kind: 'referrer-tag', subject, fallback },
      `referrer of ${how} ${shortDigest(subject)}`,
      `${FALLBACK_NAMES[fallback]} of a manifest that stays: kept with it`,
    );
  }

  /** Step 5: the rules, for every tag not yet decided. */
  decideByRules(): void {
    const byRule = new Map<CompiledRule, string[]>();
    for (const tag of this.sortedTags()) {
      if (this.decisions.has(tag)) continue;
      if (this.attachedSubject(tag) !== undefined) {
        this.attached.push(tag);
        continue;
      }
      const rule = this.policy.firstRule(tag);
      if (!rule) {
        this.keep(tag, { kind: 'no-rule' }, 'no rule', 'no rule matches this tag, so it is kept');
        continue;
      }
      const list = byRule.get(rule);
      if (list) list.push(tag);
      else byRule.set(rule, [tag]);
    }
    for (const [rule, tags] of byRule) this.applyRule(rule, tags);
  }

  private applyRule(compiled: CompiledRule, tags: readonly string[]): void {
    const ref: RuleRef = { index: compiled.index, label: compiled.label };
    const { keepLast, olderThan } = compiled.rule;
    const dated: { tag: string; dated: Dated; ageMs: number }[] = [];
    for (const tag of tags) {
      const d = this.dater.tag(tag, this.digestOf(tag));
      if (!d) {
        this.keep(tag, { kind: 'no-date', rule: ref }, ref.label, "age unknown (no creation date, no registry date): kept, never guessed");
        continue;
      }
      dated.push({ tag, dated: d, ageMs: this.nowMs - d.date.getTime() });
    }
    if (keepLast === undefined && olderThan === undefined) {
      for (const t of dated) this.keep(t.tag, { kind: 'rule', rule: ref, verdict: 'keep-rule' }, ref.label, 'this rule keeps every tag it matches', t.ageMs);
      return;
    }
    // Newest first; equal ages in tag order, so the ranking never depends on input order.
    dated.sort((a, b) => a.ageMs - b.ageMs || compareText(a.tag, b.tag));
    dated.forEach((t, i) => {
      const rank = `${ordinal(i + 1)} newest of the ${dated.length} dated tags this rule decides`;
      const within = keepLast !== undefined && i < keepLast;
      const old = olderThan !== undefined && t.ageMs > olderThan.milliseconds;
      const age = describeDate(t.dated, t.ageMs);
      if (within) {
        this.keep(t.tag, { kind: 'rule', rule: ref, verdict: 'within-keep-last' }, ref.label, `${rank}, within keep-last ${keepLast}`, t.ageMs);
      } else if (olderThan !== undefined && !old) {
        const beyond = keepLast !== undefined ? `${rank}, beyond keep-last ${keepLast}, but ` : '';
        this.keep(t.tag, { kind: 'rule', rule: ref, verdict: 'young' }, ref.label, `${beyond}${age}, not older than ${olderThan.text}`, t.ageMs);
      } else if (olderThan === undefined) {
        this.remove(t.tag, { kind: 'rule', rule: ref, verdict: 'beyond-keep-last' }, ref.label, `${rank}, beyond keep-last ${keepLast}`, t.ageMs);
      } else if (keepLast === undefined) {
        this.remove(t.tag, { kind: 'rule', rule: ref, verdict: 'older-than' }, ref.label, `${age}, older than ${olderThan.text}`, t.ageMs);
      } else {
        this.remove(t.tag, { kind: 'rule', rule: ref, verdict: 'beyond-keep-last-and-older-than' }, ref.label, `${rank}, beyond keep-last ${keepLast}, and ${age}, older than ${olderThan.text}`, t.ageMs);
      }
    });
  }

  /**
   * Step 6 and the manifests: walks everything that stays from its roots, keeping the fallback
   * tags of each manifest that stays. Returns why each needed manifest stays.
   */
  needed(): Map<string, NeedBasis> {
    this.decideAttachedKeptAnyway();
    const orphans = this.unreachableUntagged();
    // Attached tags stay while what they name stays, and what they name may stay only thanks to
    // them (a nonsense cycle, but data can hold one). So start with all of them kept and let go
    // of those whose digest nothing else keeps, until none is let go: the largest consistent
    // choice, never a deletion whose only ground is another deletion.
    let pending = this.attached.filter((t) => !this.decisions.has(t));
    let needed = this.closure(pending, orphans);
    for (;;) {
      const stay = pending.filter((t) => needed.has(this.attachedSubject(t) as string));
      if (stay.length === pending.length) break;
      pending = stay;
      needed = this.closure(pending, orphans);
    }
    for (const digest of needed.keys()) {
      for (const tag of this.refs.fallbackTagsNaming(digest)) {
        if (this.overridable(tag)) this.keepAsReferrerTag(tag, digest, 'kept');
      }
    }
    this.decideAttachedLeft();
    return needed;
  }

  /**
   * Whether a fallback tag naming a digest that stays is kept with it: yes when undecided (an
   * attached tag) or decided by a rule; a protection or exception already keeps it, and a tag
   * on a throwaway manifest no longer names anything (finishing that untag is right).
   */
  private overridable(tag: string): boolean {
    const decision = this.decisions.get(tag);
    if (decision === undefined) return true;
    if (decision.action === 'delete') return decision.basis.kind === 'rule';
    return decision.basis.kind === 'no-rule' || decision.basis.kind === 'no-date' || decision.basis.kind === 'rule';
  }

  /**
   * Everything that stays, from its roots: kept tags (and the attached tags still presumed
   * kept), and untagged manifests no tag reaches; then what those need, transitively, including
   * the manifests behind the fallback tags naming them (which are kept with them).
   */
  private closure(presumedKept: readonly string[], orphans: readonly string[]): Map<string, NeedBasis> {
    const presumed = new Set(presumedKept);
    const needed = new Map<string, NeedBasis>();
    const queue: string[] = [];
    const reach = (digest: string, basis: NeedBasis): void => {
      if (needed.has(digest)) return;
      needed.set(digest, basis);
      queue.push(digest);
    };
    for (const tag of this.sortedTags()) {
      if (this.decisions.get(tag)?.action === 'keep' || presumed.has(tag)) reach(this.digestOf(tag), { kind: 'tag', tag });
    }
    for (const digest of orphans) reach(digest, { kind: 'untagged-unreachable' });
    while (queue.length > 0) {
      const digest = queue.shift() as string;
      for (const edge of this.refs.needs(digest)) {
        switch (edge.kind) {
          case 'child':
            reach(edge.digest, { kind: 'child', parent: digest });
            break;
          case 'referrer':
            reach(edge.digest, { kind: 'referrer', subject: digest });
            break;
          case 'referrer-tag':
            if (this.decisions.get(edge.tag)?.action === 'keep' || this.overridable(edge.tag)) reach(edge.digest, { kind: 'tag', tag: edge.tag });
            break;
        }
      }
    }
    return needed;
  }

  /** Untagged manifests that no tagged manifest reaches: not ours to judge, so they stay. */
  private unreachableUntagged(): string[] {
    const reached = new Set<string>();
    const queue = [...new Set(this.state.tags.values())];
    while (queue.length > 0) {
      const digest = queue.pop() as string;
      if (reached.has(digest)) continue;
      reached.add(digest);
      for (const edge of this.refs.needs(digest)) queue.push(edge.digest);
    }
    return [...this.state.manifests.keys()].filter((d) => !reached.has(d)).sort(compareText);
  }

  manifestDecisions(needed: ReadonlyMap<string, NeedBasis>): ManifestDecision[] {
    const result: ManifestDecision[] = [];
    for (const digest of [...this.state.manifests.keys()].sort(compareText)) {
      const manifest = this.state.manifests.get(digest) as ManifestInfo;
      const tags = this.refs.tagsOn(digest);
      const keptTags = tags.filter((t) => this.decisions.get(t)?.action === 'keep');
      const deletedTags = tags.filter((t) => this.decisions.get(t)?.action === 'delete');
      const common = {
        digest,
        kind: manifest.kind,
        keptTags,
        deletedTags,
        refersTo: this.refs.refersTo(digest),
        children: [...childrenOf(manifest)].sort(compareText),
        ...(manifest.size !== undefined ? { size: manifest.size } : {}),
      };
      const basis = needed.get(digest);
      if (basis) {
        const because = needWords(basis);
        if (deletedTags.length > 0) {
          result.push({ ...common, action: 'untag-only', neededBy: basis, why: `${because}: its other tags are removed as tags, the manifest stays` });
        } else {
          result.push({ ...common, action: 'keep', neededBy: basis, why: because });
        }
      } else {
        if (keptTags.length > 0) throw new Error(`internal: ${digest} has kept tags but is not needed`);
        const why =
          tags.length > 0
            ? 'all its tags are deleted and nothing that stays needs it'
            : `untagged, and reached only through deleted manifests (${this.deletedParents(digest, needed).map(shortDigest).join(', ')})`;
        result.push({ ...common, action: 'delete-manifest', why });
      }
    }
    return result;
  }

  /** The deleted manifests that need an untagged deleted one, for its report line. */
  private deletedParents(digest: string, needed: ReadonlyMap<string, NeedBasis>): string[] {
    return this.refs.neededBy(digest).filter((parent) => !needed.has(parent));
  }
}

function needWords(basis: NeedBasis): string {
  switch (basis.kind) {
    case 'tag':
      return `kept tag ${basis.tag} points at it`;
    case 'child':
      return `child of kept index ${shortDigest(basis.parent)}`;
    case 'referrer':
      return `referrer of kept ${shortDigest(basis.subject)}`;
    case 'untagged-unreachable':
      return 'untagged and reached by no tag: not ours to judge (it may be pulled by digest), left alone';
  }
}

/**
 * A rule that matches tags but decides none of them, because an earlier rule matches them first
 * (SPEC's example puts `*-*` before `bk-*`, so `bk-*` never decides): almost always a mistake in
 * the order of the rules, and invisible without this note.
 */
function shadowedRuleWarnings(state: RepositoryState, policy: CompiledPolicy): string[] {
  const warnings: string[] = [];
  const tags = [...state.tags.keys()].sort(compareText);
  const first = new Map(tags.map((t) => [t, policy.firstRule(t)?.index]));
  for (const rule of policy.rules) {
    const matched = tags.filter((t) => rule.matches(t));
    if (matched.length === 0 || matched.some((t) => first.get(t) === rule.index)) continue;
    const takers = [...new Set(matched.map((t) => first.get(t) as number))].sort((a, b) => a - b);
    const by = takers.map((i) => policy.rules[i]?.label ?? `rule ${i + 1}`).join(', ');
    warnings.push(`${rule.label} decides no tag: the ${matched.length} tag(s) it matches (e.g. ${matched[0]}) are matched first by ${by}; move it up if it should decide them`);
  }
  return warnings;
}

/**
 * Plans the retention of one repository at `now`. Throws `UserInputError` for an invalid policy
 * and `IncompleteStateError` when the state names manifests it does not describe.
 */
export function planRetention(state: RepositoryState, policy: RetentionPolicy, now: Date): RetentionPlan {
  if (!Number.isFinite(now.getTime())) throw new Error('planRetention: `now` is not a valid date');
  assertCompleteState(state);
  const compiled = compilePolicy(policy);
  const planner = new Planner(state, compiled, now);
  planner.decideProtection();
  planner.decideProtectionNeeds();
  planner.decideByRules();
  const needed = planner.needed();
  const manifests = planner.manifestDecisions(needed);
  const tags = [...planner.decisions.values()].sort((a, b) => compareText(a.tag, b.tag));

  const warnings = shadowedRuleWarnings(state, compiled);
  const deleted = manifests.filter((m) => m.action === 'delete-manifest');
  const totals: RetentionTotals = {
    tagsKept: tags.filter((t) => t.action === 'keep').length,
    tagsDeleted: tags.filter((t) => t.action === 'delete').length,
    manifestsKept: manifests.filter((m) => m.action === 'keep').length,
    manifestsUntagOnly: manifests.filter((m) => m.action === 'untag-only').length,
    manifestsDeleted: deleted.length,
    bytesFreed: deleted.reduce((sum, m) => sum + (m.size ?? 0), 0),
    manifestsWithoutSize: deleted.filter((m) => m.size === undefined).length,
  };
  return { repository: state.repository, now: now.toISOString(), tags, manifests, totals, warnings };
}
