/** JSON inputs: `tested` maps (image → digest) passed from one action to the next. */
import { parseTestedMap } from '../core/tested.js';
import { stringInput } from './inputs.js';

export function digestMapInput(name: string): Map<string, string> | undefined {
  const text = stringInput(name);
  return text === undefined ? undefined : parseTestedMap(text, `input "${name}"`);
}
