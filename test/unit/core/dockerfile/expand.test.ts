import { describe, expect, it } from 'vitest';
import {
  displayText,
  expandWord,
  ExpansionError,
  knownText,
  type Binding,
  type Piece,
  type Scope,
} from '../../../../src/core/dockerfile/expand.js';

const AT = { file: 'Dockerfile', line: 1, column: 1 };

function value(text: string): Binding {
  return { kind: 'value', pieces: text === '' ? [] : [{ kind: 'text', text }] };
}

const scope: Scope = new Map<string, Binding>([
  ['REGISTRY', value('quay.io')],
  ['EMPTY', value('')],
  ['PATHY', value('a/b/c.tar.gz')],
  ['NOVALUE', { kind: 'no-value', declaredAt: AT }],
  ['TARGETARCH', { kind: 'set-by-builder' }],
  ['PARTIAL', { kind: 'value', pieces: [{ kind: 'unresolved', written: '$NOVALUE', causes: [{ name: 'NOVALUE', reason: 'no-value' }] }, { kind: 'text', text: '/base' }] }],
  ['ONLYUNKNOWN', { kind: 'value', pieces: [{ kind: 'unresolved', written: '$NOVALUE', causes: [{ name: 'NOVALUE', reason: 'no-value' }] }] }],
]);

function expand(text: string, escape: '\\' | '`' = '\\'): Piece[] {
  return expandWord(text, scope, escape);
}

function known(text: string): string | undefined {
  return knownText(expand(text));
}

describe('expandWord: known values', () => {
  it.each([
    ['$REGISTRY/base', 'quay.io/base'],
    ['${REGISTRY}/base', 'quay.io/base'],
    ['${REGISTRY}base', 'quay.iobase'],
    ['${REGISTRY:-docker.io}', 'quay.io'],
    ['${UNDECLARED:-docker.io}/x', 'docker.io/x'],
    ['${EMPTY:-docker.io}/x', 'docker.io/x'],
    ['${EMPTY-docker.io}x', 'x'],
    ['${UNDECLARED-docker.io}', 'docker.io'],
    ['${NOVALUE:-docker.io}', 'docker.io'],
    ['${REGISTRY:+mirror}', 'mirror'],
    ['${EMPTY:+mirror}x', 'x'],
    ['${EMPTY+mirror}', 'mirror'],
    ['${UNDECLARED:+mirror}x', 'x'],
    ['${UNDECLARED+mirror}x', 'x'],
    ['${NOVALUE:+mirror}x', 'x'],
    ['${NOVALUE+mirror}', 'mirror'],
    ['${TARGETARCH+set}', 'set'],
    ['${UNDECLARED:-${REGISTRY}/lib}', 'quay.io/lib'],
    ['${PATHY#*/}', 'b/c.tar.gz'],
    ['${PATHY##*/}', 'c.tar.gz'],
    ['${PATHY%.*}', 'a/b/c.tar'],
    ['${PATHY%%.*}', 'a/b/c'],
    ['${PATHY/\\//-}', 'a-b/c.tar.gz'],
    ['${PATHY//\\//-}', 'a-b-c.tar.gz'],
    ['${PATHY/?/X}', 'X/b/c.tar.gz'],
    ['${REGISTRY:?must be set}', 'quay.io'],
    ['${PARTIAL:-x}', '$NOVALUE/base'],
  ])('%s → %s', (input, expected) => {
    expect(displayText(expand(input))).toBe(expected);
  });

  it('removes quotes, expanding inside double quotes only', () => {
    expect(known(`"$REGISTRY"/'$REGISTRY'`)).toBe('quay.io/$REGISTRY');
  });

  it('takes an escaped $ literally, with \\ or with ` under # escape=`', () => {
    expect(known('\\$REGISTRY')).toBe('$REGISTRY');
    expect(known('\\${REGISTRY}')).toBe('${REGISTRY}');
    expect(knownText(expand('`$REGISTRY', '`'))).toBe('$REGISTRY');
    expect(knownText(expand('C:\\x', '`'))).toBe('C:\\x');
    expect(known('"a\\"b"')).toBe('a"b');
  });

  it('keeps a $ that starts no name', () => {
    expect(known('a$')).toBe('a$');
    expect(known('a$/b')).toBe('a$/b');
  });
});

describe('expandWord: values not known before the build', () => {
  it('leaves a bare variable without a value unresolved, as written, with the reason', () => {
    expect(expand('${NOVALUE}/$UNDECLARED/base-$TARGETARCH')).toEqual([
      { kind: 'unresolved', written: '${NOVALUE}', causes: [{ name: 'NOVALUE', reason: 'no-value', declaredAt: AT }] },
      { kind: 'text', text: '/' },
      { kind: 'unresolved', written: '$UNDECLARED', causes: [{ name: 'UNDECLARED', reason: 'not-declared' }] },
      { kind: 'text', text: '/base-' },
      { kind: 'unresolved', written: '$TARGETARCH', causes: [{ name: 'TARGETARCH', reason: 'set-by-builder' }] },
    ]);
  });

  it('leaves a modifier unresolved when its outcome depends on an unknown value', () => {
    expect(expand('${TARGETARCH:-amd64}')).toEqual([
      { kind: 'unresolved', written: '${TARGETARCH:-amd64}', causes: [{ name: 'TARGETARCH', reason: 'set-by-builder' }] },
    ]);
    expect(expand('${ONLYUNKNOWN:+x}')).toEqual([
      { kind: 'unresolved', written: '${ONLYUNKNOWN:+x}', causes: [{ name: 'NOVALUE', reason: 'no-value' }] },
    ]);
    expect(displayText(expand('${NOVALUE-x}'))).toBe('${NOVALUE-x}');
    expect(knownText(expand('${NOVALUE#x}'))).toBeUndefined();
  });

  it('carries the unresolved parts of an ARG value into the word that uses it', () => {
    expect(expand('$PARTIAL:1')).toEqual([
      { kind: 'unresolved', written: '$NOVALUE', causes: [{ name: 'NOVALUE', reason: 'no-value' }] },
      { kind: 'text', text: '/base:1' },
    ]);
  });

  it('keeps the message of a ${VAR:?message} that would fail', () => {
    expect(expand('${NOVALUE:?set NOVALUE}')).toEqual([
      {
        kind: 'unresolved',
        written: '${NOVALUE:?set NOVALUE}',
        causes: [{ name: 'NOVALUE', reason: 'no-value', declaredAt: AT, message: 'set NOVALUE' }],
      },
    ]);
    expect(expand('${UNDECLARED?}')).toEqual([
      { kind: 'unresolved', written: '${UNDECLARED?}', causes: [{ name: 'UNDECLARED', reason: 'not-declared', message: 'is not allowed to be unset' }] },
    ]);
  });
});

describe('expandWord: syntax errors', () => {
  it.each([
    ['x${REGISTRY', 'missing "}"', 1],
    ['${}', 'bad substitution', 0],
    ['ab${:-x}', 'bad substitution', 2],
    ['${REGISTRY!x}', 'unsupported modifier "!"', 0],
    ['${REGISTRY:=x}', 'unsupported modifier ":="', 0],
    ["a'b", 'a single quote is never closed', 1],
    ['"ab', 'a double quote is never closed', 0],
    ['${PATHY/a}', 'missing "/"', 0],
    ['${PATHY#\\a}', 'invalid escape', 0],
  ])('%s fails with %s at offset %d', (input, message, offset) => {
    let caught: unknown;
    try {
      expand(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExpansionError);
    expect((caught as ExpansionError).message).toContain(message);
    expect((caught as ExpansionError).offset).toBe(offset);
  });
});
