/**
 * Whole-process timing for benchmarks: warm-up, N counted runs, medians. Pairs are run
 * alternately (A B A B …) so that drift in the machine's speed hits both sides alike.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { join } from 'node:path';

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

/**
 * Runs a command that times its own work and prints it as JSON (`{"ms": …}`) on its last line
 * of output; returns that time, not the process's wall time.
 */
export function reportedOnce(c: Command): number {
  const result = spawnSync(c.command, [...c.args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024, ...c.options });
  if (result.status !== 0) throw new Error(`${c.label} exited with ${result.status}: ${String(result.stderr).slice(-2000)}`);
  const last = String(result.stdout).trim().split('\n').at(-1) ?? '';
  const ms = (JSON.parse(last) as { ms?: unknown }).ms;
  if (typeof ms !== 'number') throw new Error(`${c.label} printed no {"ms": …} line: ${last.slice(0, 200)}`);
  return ms;
}

/**
 * Times each command `runs` times after `warmup` runs, interleaved; returns the samples. A
 * command with `reported: true` is measured by the time it prints itself (reportedOnce).
 */
export function timeInterleaved(commands: readonly (Command & { readonly reported?: boolean })[], runs: number, warmup = 1): Map<string, number[]> {
  const once = (c: Command & { readonly reported?: boolean }): number => (c.reported ? reportedOnce(c) : timeOnce(c));
  for (let i = 0; i < warmup; i++) for (const c of commands) once(c);
  const samples = new Map<string, number[]>(commands.map((c) => [c.label, []]));
  for (let i = 0; i < runs; i++) for (const c of commands) samples.get(c.label)!.push(once(c));
  return samples;
}

export function formatMs(ms: number): string {
  if (ms >= 60_000) return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
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

/**
 * A bundle's path: `dist/<name>/index.js` of this checkout, or of the folder in BENCH_DIST (to
 * compare two builds, e.g. before and after a change: BENCH_DIST=/tmp/old-dist bench/run detect).
 */
export function bundlePath(name: string): string {
  const dist = process.env['BENCH_DIST'] || join(import.meta.dirname, '../../dist');
  return join(dist, name, 'index.js');
}
