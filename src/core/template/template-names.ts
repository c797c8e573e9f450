/**
 * Template names: paths relative to the images folder, `/`-separated, as Jinja2's
 * FileSystemLoader reads them (`split_template_path`): empty and `.` segments are
 * ignored, and a `..` segment is refused, so no template can leave the images folder.
 */

/** The canonical form of a template name, or `undefined` when it would leave the folder. */
export function normalizeTemplateName(name: string): string | undefined {
  const segments: string[] = [];
  for (const segment of name.split('/')) {
    if (segment === '..') return undefined;
    if (segment && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}
