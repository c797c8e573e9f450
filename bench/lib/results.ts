/**
 * The figures a benchmark hands to the combined table (bench/report.ts).
 *
 * Each bench still prints its own detail; for the one table at the end it also writes every
 * headline figure as a JSON file into the folder named by `BENCH_RESULTS_DIR` (bench/run makes
 * one per run). Without that variable nothing is written, so a bench run alone just prints.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How a value prints: `ms` as ms or s, `count` as a whole number, `bytes` with a unit, `ratio` as N×. */
export type Unit = 'ms' | 'count' | 'bytes' | 'ratio';

export interface Figure {
  /** The bench that measured it: plan, detect, start, schedule, reuse, promote, cleanup. */
  readonly bench: string;
  /** What was measured, short enough for a table cell. */
  readonly name: string;
  /** The median of the measured runs (or the count, for deterministic counts). */
  readonly median: number;
  readonly unit: Unit;
  /** What the figure is compared with, measured in the same run. */
  readonly comparison?: { readonly label: string; readonly median: number; readonly unit?: Unit };
  /**
   * The ratio the goal is stated in. Default: median ÷ comparison. Benches whose goal reads
   * "N× faster" or "N× fewer" give comparison ÷ median and say so in `ratioLabel`; `null`
   * when no ratio means anything (0 bytes against some).
   */
  readonly ratio?: number | null;
  readonly ratioLabel?: string;
  /** Prints the ratio as a percentage (re-run / first build) instead of N×. */
  readonly ratioAsPercent?: boolean;
  /** `met: null` when the figure is reported without a goal of its own. */
  readonly goal: { readonly text: string; readonly met: boolean | null };
  /** Anything the reader needs to judge the figure (extrapolated, floor, …). */
  readonly note?: string;
}

export interface RecordedFigure extends Figure {
  /** Milliseconds since the epoch plus a sequence number: the table keeps the order of measurement. */
  readonly order: number;
}

let sequence = 0;

/** Writes one figure for the combined table; a no-op when BENCH_RESULTS_DIR is not set. */
export function recordFigure(figure: Figure): void {
  const dir = process.env['BENCH_RESULTS_DIR'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  sequence += 1;
  const order = Date.now() * 1000 + sequence;
  const recorded: RecordedFigure = { ...figure, order };
  writeFileSync(join(dir, `${order}-${figure.bench}-${process.pid}.json`), `${JSON.stringify(recorded, null, 2)}\n`);
}

/** The ratio a figure's goal is judged on. */
export function ratioOf(figure: Figure): number | undefined {
  if (figure.ratio === null) return undefined;
  if (figure.ratio !== undefined) return figure.ratio;
  if (!figure.comparison || figure.comparison.median === 0) return undefined;
  return figure.median / figure.comparison.median;
}
