/** What every CLI verb is: its help, its options for node:util parseArgs, and its body. */
import type { parseArgs } from 'node:util';

export type VerbValues = Record<string, string | boolean | string[] | undefined>;

export interface Verb {
  readonly summary: string;
  readonly usage: string;
  readonly options: NonNullable<Parameters<typeof parseArgs>[0]>['options'];
  /** Resolves with the process exit code. */
  run(values: VerbValues, positionals: string[]): Promise<number>;
}

export const COMMON = {
  root: { type: 'string', default: '.' },
  config: { type: 'string', default: 'images.yaml' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const COMMON_HELP = `  --root DIR        the repository (default .)
  --config FILE     images.yaml, relative to the root (default images.yaml)
  -h, --help        this help`;

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
