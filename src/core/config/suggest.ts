/**
 * "Did you mean" for names the user mistyped: keys of images.yaml, image names.
 */
import { distance } from 'fastest-levenshtein';

/** Case, `_` and `-` are the commonest slips (dependsOn, depends_on for depends-on). */
function fold(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

/**
 * The candidate closest to `name`, when it is close enough to be a likely typo: the same name
 * but for case and separators, or within an edit distance of a third of its length (at least 2,
 * so that a swap of two letters is caught) and less than the length of either name (so that
 * short names are not "corrected" into unrelated ones).
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const folded = fold(name);
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const other = fold(candidate);
    const edits = other === folded ? 0 : distance(folded, other);
    if (edits > limit || (edits > 0 && edits >= Math.min(folded.length, other.length))) continue;
    // The same name but for case or separators beats any real edit.
    const score = other === folded ? -1 : edits;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** A hint sentence: "Did you mean "x"?" when one is close, else the list of what is allowed. */
export function didYouMean(name: string, candidates: readonly string[], allowedLabel: string): string {
  const match = closest(name, candidates);
  if (match !== undefined) return `Did you mean "${match}"?`;
  if (candidates.length === 0) return '';
  return `${allowedLabel}: ${candidates.join(', ')}.`;
}
