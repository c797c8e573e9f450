/**
 * Whole-process timing for benchmarks: warm-up, N counted runs, medians. Pairs are run
 * alternately (A B A B …) so that drift in the machine's speed hits both sides alike.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

export interface Command {
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly options?: SpawnSyncOptions;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs a command once and returns its wall time in milliseconds; fails on a non-zero exit. */
export function timeOnce(c: Command): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(c.command, [...c.args], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024, ...c.options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${c.label} exited with ${result.status}: ${String(result.stderr).slice(-2000)}`);
  }
  return ms;
}

/** Times each command `runs` times after `warmup` runs, interleaved; returns the samples. */
export function timeInterleaved(commands: readonly Command[], runs: number, warmup = 1): Map<string, number[]> {
  for (let i = 0; i < warmup; i++) for (const c of commands) timeOnce(c);
  const samples = new Map<string, number[]>(commands.map((c) => [c.label, []]));
  for (let i = 0; i < runs; i++) for (const c of commands) samples.get(c.label)!.push(timeOnce(c));
  return samples;
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

/** Prints a fixed-width table. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
