/** Name order used everywhere in the graph: by UTF-16 code units, independent of the locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
