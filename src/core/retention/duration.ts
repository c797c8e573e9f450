/**
 * Retention durations (`older-than: 7d`) and the way ages are shown in a plan.
 *
 * One whole number and one unit: `30m`, `12h`, `7d`, `6w`. Months and years are refused on
 * purpose: their length varies, and a rotation that deletes a day early is an outage. A duration
 * keeps the text the user wrote, so that a plan says "older than 7d", not "older than 604800000".
 */
import { UserInputError, type SourceLocation } from '../diagnostics.js';

export interface Duration {
  readonly milliseconds: number;
  /** The text as written in the configuration, for reports. */
  readonly text: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

const UNITS: Readonly<Record<string, number>> = { m: MINUTE, h: HOUR, d: DAY, w: WEEK };

const DURATION = /^(\d+)([a-zA-Z]+)$/;

const HINT = 'Write a whole number and one unit: m (minutes), h (hours), d (days) or w (weeks), e.g. 7d, 12h, 6w.';

/**
 * Parses `7d`, `12h`, `6w`, `30m`. Throws a `UserInputError` naming the text (and where it was
 * found, when the caller knows) with what to write instead.
 */
export function parseDuration(text: string, location?: SourceLocation): Duration {
  const fail = (why: string, hint: string = HINT): never => {
    throw new UserInputError([{ message: `invalid duration "${text}": ${why}`, ...(location ? { location } : {}), hint }]);
  };
  const trimmed = text.trim();
  if (trimmed === '') return fail('it is empty');
  const match = DURATION.exec(trimmed);
  if (!match) return fail('expected a whole number followed by a unit');
  const [, amountText = '', unitText = ''] = match;
  const unit = UNITS[unitText];
  if (unit === undefined) {
    if (/^(mo|months?|M|y|years?)$/.test(unitText)) {
      return fail(`"${unitText}" (months or years) is not accepted because their length varies`, 'Use days instead, e.g. 180d for about six months, 365d for a year.');
    }
    return fail(`unknown unit "${unitText}"`);
  }
  const amount = Number(amountText);
  const milliseconds = amount * unit;
  if (!Number.isSafeInteger(milliseconds)) return fail('the number is too large');
  return { milliseconds, text: trimmed };
}

/**
 * An age for people: the two largest units, rounded down (`9d 4h`, `3h 12m`, `40s`).
 * Negative ages (a date in the future: clock skew) are shown as `in the future`.
 */
export function formatAge(milliseconds: number): string {
  if (milliseconds < 0) return 'in the future';
  const parts: string[] = [];
  let rest = milliseconds;
  for (const [unit, size] of [
    ['d', DAY],
    ['h', HOUR],
    ['m', MINUTE],
  ] as const) {
    const whole = Math.floor(rest / size);
    if (whole > 0 || parts.length > 0) parts.push(`${whole}${unit}`);
    rest -= whole * size;
    if (parts.length === 2) break;
  }
  if (parts.length === 0) return `${Math.floor(milliseconds / 1000)}s`;
  // "9d 0h" reads worse than "9d".
  return parts.filter((p, i) => i === 0 || !p.startsWith('0')).join(' ');
}
