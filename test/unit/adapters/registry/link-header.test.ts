import { describe, expect, it } from 'vitest';
import { nextPageUrl, parseLinkHeader } from '../../../../src/adapters/registry/link-header.js';

describe('Link header', () => {
  it('reads a distribution next-page link, relative to the URL that answered', () => {
    const base = new URL('http://127.0.0.1:5000/v2/team/app/tags/list?n=2');
    const next = nextPageUrl('</v2/team/app/tags/list?last=b&n=2>; rel="next"', base);
    expect(next?.href).toBe('http://127.0.0.1:5000/v2/team/app/tags/list?last=b&n=2');
  });

  it('follows an absolute target on another host as it is', () => {
    const next = nextPageUrl('<https://cdn.example.com/v2/x/tags/list?last=z>; rel=next', new URL('https://reg.example.com/v2/x/tags/list'));
    expect(next?.href).toBe('https://cdn.example.com/v2/x/tags/list?last=z');
  });

  it('parses several links with commas and semicolons inside the target', () => {
    const links = parseLinkHeader('</a?x=1,2;3>; rel="prev"; title="a, b", </b>; rel="next"');
    expect(links).toEqual([
      { target: '/a?x=1,2;3', params: { rel: 'prev', title: 'a, b' } },
      { target: '/b', params: { rel: 'next' } },
    ]);
  });

  it('finds "next" among several relation types, and nothing when there is none', () => {
    const base = new URL('http://r/v2/x/tags/list');
    expect(nextPageUrl('</v2/x/tags/list?last=q>; rel="last next"', base)?.searchParams.get('last')).toBe('q');
    expect(nextPageUrl('</v2/x/tags/list?last=q>; rel="prev"', base)).toBeUndefined();
    expect(nextPageUrl(undefined, base)).toBeUndefined();
    expect(nextPageUrl('garbage', base)).toBeUndefined();
  });
});
