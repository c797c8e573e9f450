/** Why an image is rebuilt. An image may have several reasons; all are reported. */
export const REASONS = ['path', 'config', 'source', 'base', 'new', 'forced', 'dependency'] as const;
export type Reason = (typeof REASONS)[number];

export function sortReasons(reasons: Iterable<Reason>): Reason[] {
  const set = new Set(reasons);
  return REASONS.filter((r) => set.has(r));
}
