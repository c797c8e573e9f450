/**
 * The outputs of detect, as the strings GitHub Actions passes between jobs.
 */
import type { ImageGraph } from '../graph/index.js';
import type { Reason } from './reasons.js';

/** GitHub runs at most 256 jobs from one matrix. */
export const MATRIX_JOB_LIMIT = 256;

export interface DetectOutputs {
  readonly images: string;
  readonly matrix: string;
  readonly waves: string;
  readonly 'wave-count': string;
  readonly reasons: string;
  readonly 'temporary-tag': string;
  readonly 'has-changes': string;
  readonly graph: string;
}

export interface PlanResult {
  readonly images: readonly string[];
  readonly reasons: ReadonlyMap<string, readonly Reason[]>;
  readonly waves: readonly (readonly string[])[];
  readonly criticalPath: ReadonlyMap<string, number>;
}

/** The Mermaid drawing of the affected images, with their unaffected parents greyed. */
export function affectedMermaid(graph: ImageGraph, affected: readonly string[]): string {
  const include = new Set(affected);
  const greyed = new Set<string>();
  for (const image of affected) {
    for (const parent of graph.parents(image)) {
      if (!include.has(parent)) greyed.add(parent);
    }
  }
  return graph.toMermaid({ include, greyed });
}

export function detectOutputs(plan: PlanResult, graph: ImageGraph, temporaryTag: string | undefined): DetectOutputs {
  const waveOf = new Map<string, number>();
  plan.waves.forEach((wave, index) => wave.forEach((image) => waveOf.set(image, index + 1)));
  const include = plan.images.map((image) => ({
    image,
    wave: waveOf.get(image) ?? 0,
    reason: (plan.reasons.get(image) ?? []).join(','),
  }));
  return {
    images: JSON.stringify(plan.images),
    matrix: JSON.stringify({ include }),
    waves: JSON.stringify(plan.waves),
    'wave-count': String(plan.waves.length),
    reasons: JSON.stringify(Object.fromEntries(plan.images.map((i) => [i, plan.reasons.get(i) ?? []]))),
    'temporary-tag': temporaryTag ?? '',
    'has-changes': String(plan.images.length > 0),
    graph: affectedMermaid(graph, plan.images),
  };
}

/** Waves wider than one matrix can run; the `waves` output keeps them whole for single-job builds. */
export function oversizedWaves(waves: readonly (readonly string[])[]): { wave: number; size: number }[] {
  return waves.flatMap((wave, index) => (wave.length > MATRIX_JOB_LIMIT ? [{ wave: index + 1, size: wave.length }] : []));
}
