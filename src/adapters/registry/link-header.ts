/**
 * `Link` header parsing (RFC 8288), for the pagination of tag lists and catalogs:
 * `</v2/foo/tags/list?last=b&n=2>; rel="next"`. The target may be relative to the request URL
 * or absolute, and may itself contain commas and semicolons, so it is read up to its `>`.
 */

export interface Link {
  readonly target: string;
  /** Parameter names lowercased, values unquoted. */
  readonly params: Readonly<Record<string, string>>;
}

export function parseLinkHeader(header: string): Link[] {
  const links: Link[] = [];
  let pos = 0;
  const text = header;
  while (pos < text.length) {
    const open = text.indexOf('<', pos);
    if (open < 0) break;
    const close = text.indexOf('>', open + 1);
    if (close < 0) break;
    const target = text.slice(open + 1, close).trim();
    pos = close + 1;
    const params: Record<string, string> = {};
    // Parameters run until the comma that starts the next link (outside quotes).
    for (;;) {
      while (text[pos] === ' ' || text[pos] === '\t') pos++;
      if (text[pos] !== ';') break;
      pos++;
      while (text[pos] === ' ' || text[pos] === '\t') pos++;
      const nameStart = pos;
      while (pos < text.length && /[^=;,\s]/.test(text[pos] ?? '')) pos++;
      const name = text.slice(nameStart, pos).toLowerCase();
      while (text[pos] === ' ' || text[pos] === '\t') pos++;
      let value = '';
      if (text[pos] === '=') {
        pos++;
        while (text[pos] === ' ' || text[pos] === '\t') pos++;
        if (text[pos] === '"') {
          pos++;
          while (pos < text.length && text[pos] !== '"') {
            if (text[pos] === '\\') pos++;
            value += text[pos] ?? '';
            pos++;
          }
          pos++;
        } else {
          const valueStart = pos;
          while (pos < text.length && /[^;,\s]/.test(text[pos] ?? '')) pos++;
          value = text.slice(valueStart, pos);
        }
      }
      if (name !== '') params[name] = value;
    }
    links.push({ target, params });
    const comma = text.indexOf(',', pos);
    if (comma < 0) break;
    pos = comma + 1;
  }
  return links;
}

/** The `rel="next"` target resolved against the URL that answered, if there is one. */
export function nextPageUrl(header: string | undefined, base: URL): URL | undefined {
  if (header === undefined) return undefined;
  const next = parseLinkHeader(header).find((link) => (link.params['rel'] ?? '').split(/\s+/).includes('next'));
  return next === undefined ? undefined : new URL(next.target, base);
}
