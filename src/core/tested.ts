/**
 * The `tested` map smoke hands to promote (image → digest), as JSON text. Parsed in one place
 * for the action input and the CLI file alike.
 */
const DIGEST = /^sha256:[0-9a-f]{64}$/;

export class TestedMapError extends Error {
  constructor(where: string, problem: string) {
    super(`${where}: ${problem}`);
    this.name = 'TestedMapError';
  }
}

export function parseTestedMap(text: string, where: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new TestedMapError(where, "is not JSON; pass the smoke action's tested output (a JSON map image → digest)");
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TestedMapError(where, 'must be a JSON object mapping image names to digests');
  }
  const map = new Map<string, string>();
  for (const [image, digest] of Object.entries(parsed)) {
    if (typeof digest !== 'string' || !DIGEST.test(digest)) {
      throw new TestedMapError(where, `"${image}" maps to ${JSON.stringify(digest)}, not a sha256 digest`);
    }
    map.set(image, digest);
  }
  return map;
}
