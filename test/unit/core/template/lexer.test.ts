/**
 * Jinja2's lexing (lexer.ts): source normalisation, whitespace control, literals, positions.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSource, tokenize, type Token } from '../../../../src/core/template/lexer.js';

const kinds = (source: string): string[] => tokenize(source).map((t) => `${t.type}${t.type === 'data' || t.type === 'name' || t.type === 'string' ? `:${String(t.value)}` : ''}`);
const values = (source: string): Array<Token['value']> => tokenize(source).filter((t) => ['string', 'integer', 'float'].includes(t.type)).map((t) => t.value);

describe('normalizeSource', () => {
  it('drops exactly one trailing newline and turns CRLF and CR into LF', () => {
    expect(normalizeSource('a\n')).toBe('a');
    expect(normalizeSource('a\n\n')).toBe('a\n');
    expect(normalizeSource('a\r\nb\r\n')).toBe('a\nb');
    expect(normalizeSource('a\rb')).toBe('a\nb');
    expect(normalizeSource('')).toBe('');
  });
});

describe('tokenize', () => {
  it('splits text and tags', () => {
    expect(kinds('FROM {{ base }}:{% if x %}y{% endif %}')).toEqual([
      'data:FROM ',
      'variable_begin',
      'name:base',
      'variable_end',
      'data::',
      'block_begin',
      'name:if',
      'name:x',
      'block_end',
      'data:y',
      'block_begin',
      'name:endif',
      'block_end',
      'eof',
    ]);
  });

  it('strips whitespace, newlines included, on the side of a -', () => {
    expect(kinds('a \n {%- if x -%} \n b {{- y -}}\n c {#- z -#} \nd')).toEqual([
      'data:a',
      'block_begin',
      'name:if',
      'name:x',
      'block_end',
      'data:b',
      'variable_begin',
      'name:y',
      'variable_end',
      'data:c',
      'data:d',
      'eof',
    ]);
  });

  it('keeps whitespace around tags otherwise (trim_blocks and lstrip_blocks are off)', () => {
    expect(kinds('  {% if x %}\n')).toEqual(['data:  ', 'block_begin', 'name:if', 'name:x', 'block_end', 'data:\n', 'eof']);
  });

  it('treats raw blocks as text', () => {
    expect(kinds('{% raw %}{{ x }}{% endraw %}')).toEqual(['data:{{ x }}', 'eof']);
  });

  it('decodes Python string escapes, keeping unknown ones', () => {
    expect(values(String.raw`{{ 'a\nb' "q\"" 'x\d' '\x41\101\u00e9' 'line\
next' }}`)).toEqual(['a\nb', 'q"', 'x\\d', 'AAé', 'linenext']);
  });

  it("reads Python's numbers", () => {
    expect(values('{{ 42 0x1F 0o17 0b101 1_000 1.5 1e3 2.5E-1 0 }}')).toEqual([42, 31, 15, 5, 1000, 1.5, 1000, 0.25, 0]);
    expect(tokenize('{{ 1.0 }}').find((t) => t.type === 'float')?.isFloat).toBe(true);
  });

  it('keeps braces balanced inside a tag', () => {
    expect(kinds("{{ {'a': {'b': 1}}}}").filter((k) => k === 'variable_end')).toHaveLength(1);
  });

  it('gives 1-based lines and columns', () => {
    const tokens = tokenize('ab\n  {{ x.y }}\n{% if z %}');
    const at = (t: Token) => `${t.type}@${t.line}:${t.column}`;
    expect(tokens.map(at)).toEqual([
      'data@1:1',
      'variable_begin@2:3',
      'name@2:6',
      'dot@2:7',
      'name@2:8',
      'variable_end@2:10',
      'data@2:12',
      'block_begin@3:1',
      'name@3:4',
      'name@3:7',
      'block_end@3:9',
      'eof@3:9',
    ]);
  });

  it('turns a lexing error into an error token that the parser raises when it reaches it', () => {
    const tokens = tokenize('ok {{ @ }}');
    expect(tokens[tokens.length - 1]).toMatchObject({ type: 'error', value: 'unexpected char "@" at 6', line: 1, column: 7 });
  });
});
