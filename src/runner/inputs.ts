/**
 * Typed action inputs. Each reader names the input in its error, so a wrong value in a
 * workflow file says which input and what it should look like.
 */
import * as core from '@actions/core';
import { parseList } from '../core/event/interpret.js';

export class InputError extends Error {
  constructor(input: string, problem: string) {
    super(`input "${input}": ${problem}`);
    this.name = 'InputError';
  }
}

export function stringInput(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

export function requiredInput(name: string): string {
  const value = stringInput(name);
  if (value === undefined) throw new InputError(name, 'is required');
  return value;
}

/** YAML 1.2 booleans as the runner documents them; anything else is an error, not `false`. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const value = stringInput(name);
  if (value === undefined) return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(name, `expected true or false, got "${value}"`);
}

export function integerInput(name: string, fallback: number, min = 1): number {
  const value = stringInput(name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InputError(name, `expected a whole number ≥ ${min}, got "${value}"`);
  return n;
}

/** A list given as a JSON array or separated by commas, spaces or newlines. */
export function listInput(name: string): string[] {
  const value = stringInput(name);
  if (value === undefined) return [];
  try {
    return parseList(value);
  } catch (error) {
    throw new InputError(name, error instanceof Error ? error.message : String(error));
  }
}

/** A secret input: masked in the log before anything else can print it. */
export function secretInput(name: string): string | undefined {
  const value = stringInput(name);
  if (value !== undefined) core.setSecret(value);
  return value;
}
