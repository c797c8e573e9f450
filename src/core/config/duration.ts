/**
 * Durations as images.yaml writes them: a number of seconds, or units run together
 * ("500ms", "30s", "5m", "1h30m"); retention ages in hours, days or weeks ("12h", "7d", "6w").
 * The schema has already checked the shape; these turn it into milliseconds.
 */
import type { Duration } from './types.js';

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

// "ms" must be tried before "m".
const PART = /([0-9]+)(ms|s|m|h|d|w)/gy;

/** Parses a duration; undefined when the text is not one (the schema normally prevents that). */
export function parseDuration(value: string | number): Duration | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return undefined;
    return { text: `${value}s`, milliseconds: Math.round(value * 1000) };
  }
  PART.lastIndex = 0;
  let total = 0;
  let consumed = 0;
  for (let match = PART.exec(value); match; match = PART.exec(value)) {
    total += Number(match[1]) * (UNIT_MS[match[2] as string] as number);
    consumed = PART.lastIndex;
  }
  if (consumed === 0 || consumed !== value.length) return undefined;
  return { text: value, milliseconds: total };
}

/** A duration known to be valid (a default, or text the schema accepted). */
export function duration(value: string | number): Duration {
  const parsed = parseDuration(value);
  if (!parsed) throw new Error(`not a duration: ${String(value)}`);
  return parsed;
}
