/**
 * How ages are shown in a retention plan. Retention durations themselves (`older-than: 7d`) are
 * the configuration's `Duration` (src/core/config/duration.ts); the schema checks their shape.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

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
