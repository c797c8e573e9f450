/**
 * Tags whose names carry meaning for retention.
 *
 * - Exceptions, marked in the registry itself: `keep-<reason>` keeps a digest for good;
 *   `keep-until-<yyyymmdd>-<reason>` keeps it through that day (UTC), after which the tag is an
 *   ordinary tag that the rules decide.
 * - Referrer fallback tags: `sha256-<hex>` (the OCI referrers tag schema: an index listing the
 *   referrers of `sha256:<hex>`) and cosign's `sha256-<hex>.sig`, `.att`, `.sbom`.
 * - Build-key tags: `bk-<first 16 hex of the build key>`, which the build looks up to reuse an image.
 */
import { UserInputError } from '../diagnostics.js';
import { slugify } from '../slug.js';

export type ExceptionMarker =
  | {
      readonly kind: 'keep';
      readonly reason: string;
      /**
       * Set when the tag looks like `keep-until-…` but its date is not a real `yyyymmdd` date.
       * Such a tag is treated as a plain `keep-` tag: keeping too long beats deleting too soon.
       */
      readonly malformedUntil?: true;
    }
  | {
      readonly kind: 'keep-until';
      /** The last day protected, `yyyy-mm-dd`. */
      readonly until: string;
      /** The first instant no longer protected: the start of the next day, UTC. */
      readonly endsAt: Date;
      readonly reason?: string;
    };

const KEEP_UNTIL = /^keep-until-(\d{4})(\d{2})(\d{2})(?:-(.+))?$/;
const LOOKS_LIKE_KEEP_UNTIL = /^keep-until-\d/;
const KEEP = /^keep-(.+)$/;

/** A calendar date as UTC midnight, or undefined when it does not exist (20250230). */
function utcDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date : undefined;
}

/** The exception a tag marks, or undefined for any other tag. */
export function parseExceptionTag(tag: string): ExceptionMarker | undefined {
  const until = KEEP_UNTIL.exec(tag);
  if (until) {
    const [, y = '', m = '', d = '', reason] = until;
    const day = utcDate(Number(y), Number(m), Number(d));
    if (day) {
      const endsAt = new Date(day.getTime() + 24 * 60 * 60 * 1000);
      return { kind: 'keep-until', until: `${y}-${m}-${d}`, endsAt, ...(reason !== undefined ? { reason } : {}) };
    }
  }
  const keep = KEEP.exec(tag);
  if (!keep) return undefined;
  const reason = keep[1] ?? '';
  return LOOKS_LIKE_KEEP_UNTIL.test(tag) ? { kind: 'keep', reason, malformedUntil: true } : { kind: 'keep', reason };
}

/** Whether an exception protects its digest at `now`. */
export function exceptionActive(marker: ExceptionMarker, now: Date): boolean {
  return marker.kind === 'keep' || now.getTime() < marker.endsAt.getTime();
}

/**
 * The tag that marks an exception: `keep-<reason>`, or `keep-until-<yyyymmdd>-<reason>` when
 * `until` (`YYYY-MM-DD`) is given. The reason is slugged so that any text makes a valid tag.
 */
export function keepTagName(reason: string, until?: string): string {
  const slug = slugify(reason, 100);
  if (slug === '') {
    throw new UserInputError([{ message: `the keep reason "${reason}" has no letters or digits`, hint: 'Give a short reason, e.g. --reason customer-demo.' }]);
  }
  if (until === undefined) {
    if (/^until-\d/.test(slug)) {
      throw new UserInputError([{ message: `the keep reason "${reason}" would read as a keep-until date`, hint: 'Use --until YYYY-MM-DD for a dated exception, or start the reason with another word.' }]);
    }
    return `keep-${slug}`;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(until);
  if (!match || !utcDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new UserInputError([{ message: `invalid --until date "${until}"`, hint: 'Write a calendar date as YYYY-MM-DD, e.g. 2026-03-31.' }]);
  }
  return `keep-until-${match[1]}${match[2]}${match[3]}-${slug}`;
}

export type FallbackKind = 'referrers-index' | 'sig' | 'att' | 'sbom';

export interface FallbackTag {
  /** The digest the tag names, `sha256:<hex>`. */
  readonly subject: string;
  readonly kind: FallbackKind;
}

const FALLBACK = /^(sha256-[a-f0-9]{64}|sha512-[a-f0-9]{128})(?:\.(sig|att|sbom))?$/;

/** The digest a referrer fallback tag names, or undefined for any other tag. */
export function parseFallbackTag(tag: string): FallbackTag | undefined {
  const match = FALLBACK.exec(tag);
  if (!match) return undefined;
  const [, name = '', suffix] = match;
  const subject = name.replace('-', ':');
  return { subject, kind: suffix === 'sig' || suffix === 'att' || suffix === 'sbom' ? suffix : 'referrers-index' };
}

const BUILD_KEY_TAG = /^bk-[a-f0-9]{16}$/;

/** Whether a tag is a build-key tag. */
export function isBuildKeyTag(tag: string): boolean {
  return BUILD_KEY_TAG.test(tag);
}

/**
 * The build-key tag for a build key (the label may carry a `sha256:` prefix), or undefined when
 * the label is not a hex digest.
 */
export function buildKeyTag(buildKey: string): string | undefined {
  const hex = buildKey.trim().toLowerCase().replace(/^sha256:/, '');
  return /^[a-f0-9]{16,}$/.test(hex) ? `bk-${hex.slice(0, 16)}` : undefined;
}
