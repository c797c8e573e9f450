/**
 * Removing what the schema rejected, so that the checks the schema cannot make still run on the
 * rest of the file and one run reports every problem, not the schema's first.
 *
 * A rejected value is removed with the key holding it. Inside a list the whole list goes: taking
 * out one item would shift the indexes of the others, and the positions reported for them.
 * Every key the schema requires is inside a list item, so removing a key never leaves a required
 * one missing outside a list; the loop re-validates anyway and gives up after a few rounds.
 */
import type { ErrorObject } from 'ajv';
import type { DataPath } from './positions.js';
import { schemaErrorPaths } from './schema-errors.js';

const MAX_ROUNDS = 10;

/** The part of `path` to cut: up to (not into) the first list. */
function cutPoint(path: DataPath): DataPath {
  const firstIndex = path.findIndex((segment) => typeof segment === 'number');
  return firstIndex === -1 ? path : path.slice(0, firstIndex);
}

function removeAt(data: Record<string, unknown>, path: DataPath): void {
  let node: unknown = data;
  for (const segment of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string, unknown>)[String(segment)];
  }
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) delete (node as Record<string, unknown>)[String(path.at(-1))];
}

/**
 * A copy of `data` without what the schema rejected, that the schema accepts; undefined when
 * nothing sensible is left to check (the whole file was of the wrong shape).
 */
export function pruneRejected(
  data: unknown,
  errors: readonly ErrorObject[],
  validate: (data: unknown) => readonly ErrorObject[],
): Record<string, unknown> | undefined {
  const current: unknown = structuredClone(data);
  let remaining = errors;
  for (let round = 0; round < MAX_ROUNDS && remaining.length > 0; round++) {
    const cuts = schemaErrorPaths(remaining, current).map(cutPoint);
    if (cuts.some((cut) => cut.length === 0)) return undefined;
    for (const cut of cuts) removeAt(current as Record<string, unknown>, cut);
    remaining = validate(current);
  }
  return remaining.length === 0 ? (current as Record<string, unknown>) : undefined;
}
