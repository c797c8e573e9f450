/** JSON inputs: `tested` maps (image → digest) passed from one action to the next. */
import { InputError, stringInput } from './inputs.js';

export function digestMapInput(name: string): Map<string, string> | undefined {
  const text = stringInput(name);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(name, 'is not JSON; pass the smoke action\'s tested output (a JSON map image → digest)');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(name, 'must be a JSON object mapping image names to digests');
  }
  const map = new Map<string, string>();
  for (const [image, digest] of Object.entries(parsed)) {
    if (typeof digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
      throw new InputError(name, `"${image}" maps to ${JSON.stringify(digest)}, not a sha256 digest`);
    }
    map.set(image, digest);
  }
  return map;
}
