import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserInputError, type Diagnostic } from '../../../../src/core/diagnostics.js';
import {
  classifyFroms,
  fromEdges,
  imageNamedBy,
  type ClassifiedFroms,
  type ClassifyOptions,
} from '../../../../src/core/dockerfile/parents.js';
import { parseDockerfile } from '../../../../src/core/dockerfile/parse.js';

const FILE = 'images/app/Dockerfile';
const KNOWN = new Set(['base', 'base-notebook', 'kolla-toolbox', 'toolbox']);

function classify(text: string, options: Partial<ClassifyOptions> = {}, buildArgs?: Record<string, string>): ClassifiedFroms {
  const parsed = parseDockerfile(text, buildArgs === undefined ? { file: FILE } : { file: FILE, buildArgs });
  return classifyFroms(parsed, KNOWN, { prefix: '', ...options });
}

function diagnosticsOf(text: string, options: Partial<ClassifyOptions> = {}): Diagnostic[] {
  try {
    classify(text, options);
  } catch (error) {
    if (error instanceof UserInputError) return [...error.diagnostics];
    throw error;
  }
  throw new Error('expected a UserInputError');
}

describe('imageNamedBy (the matching rule)', () => {
  it.each([
    ['quay.io/x/kolla-base:1', 'kolla-', 'base'],
    ['ghcr.io/acme/base-notebook@sha256:' + 'a'.repeat(64), 'kolla-', 'base-notebook'],
    ['debian:12', 'kolla-', undefined],
    ['kolla/myprefix-base:master', 'myprefix-', 'base'],
    ['localhost:5000/base', '', 'base'],
    ['base', '', 'base'],
    ['registry.example.com:443/deep/ns/path/base-notebook:2024-01-01', '', 'base-notebook'],
    ['quay.io/x/notebook', '', undefined],
    ['quay.io/x/base-notebook-extra', '', undefined],
    // An image whose own name starts with the prefix is still found, pushed with or without it.
    ['kolla/kolla-kolla-toolbox:1', 'kolla-', 'kolla-toolbox'],
    ['kolla/kolla-toolbox:1', 'kolla-', 'toolbox'],
    ['kolla/kolla-toolbox:1', '', 'kolla-toolbox'],
  ])('%s with prefix "%s" → %s', (reference, prefix, expected) => {
    expect(imageNamedBy(reference, KNOWN, prefix)).toBe(expected);
  });

  it('finds an image whatever registry, namespaces, prefix, tag or digest it carries (property)', () => {
    const component = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    fc.assert(
      fc.property(
        fc.constantFrom(...KNOWN),
        fc.constantFrom('', 'kolla-', 'myprefix-'),
        fc.option(fc.constantFrom('quay.io', 'ghcr.io', 'localhost:5000', 'registry.example.com:8443'), { nil: undefined }),
        fc.array(component, { maxLength: 3 }),
        fc.option(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/), { nil: undefined }),
        fc.option(fc.stringMatching(/^[a-f0-9]{64}$/), { nil: undefined }),
        (image, prefix, registry, namespaces, tag, digest) => {
          const path = [...(registry === undefined ? [] : [registry]), ...namespaces, `${prefix}${image}`].join('/');
          const reference = `${path}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@sha256:${digest}`}`;
          // With a prefix, `kolla-toolbox` pushed as `kolla-kolla-toolbox` strips to `kolla-toolbox`;
          // `toolbox` pushed as `kolla-toolbox` strips to `toolbox`. Both are found as themselves.
          expect(imageNamedBy(reference, KNOWN, prefix)).toBe(image);
        },
      ),
    );
  });
});

describe('classifyFroms', () => {
  it('sorts FROMs into edges, external bases, stages and scratch', () => {
    const text = [
      'ARG TAG=master',
      'FROM kolla/kolla-base:${TAG} AS build',
      'FROM debian:12-slim AS tools',
      'FROM build AS final',
      'FROM scratch',
      'FROM ghcr.io/acme/base-notebook:1',
      'FROM docker.io/library/debian:12-slim',
    ].join('\n');
    const classified = classify(text, { prefix: 'kolla-' });
    expect(classified.origins.map((o) => [o.kind, o.kind === 'internal' ? o.image : o.kind === 'external' ? o.reference : o.kind === 'stage' ? o.stage : '-'])).toEqual([
      ['internal', 'base'],
      ['external', 'debian:12-slim'],
      ['stage', 'build'],
      ['scratch', '-'],
      ['internal', 'base-notebook'],
      ['external', 'docker.io/library/debian:12-slim'],
    ]);
    expect(classified.parentImages).toEqual(['base', 'base-notebook']);
    expect(classified.parents.map((p) => [p.image, p.from.location.line])).toEqual([
      ['base', 2],
      ['base-notebook', 6],
    ]);
    // The same base written twice (short and long form) is one external base.
    expect(classified.externalBases).toHaveLength(1);
    expect(classified.externalBases[0]).toMatchObject({
      reference: 'debian:12-slim',
      parsed: { registry: 'registry-1.docker.io', repository: 'library/debian', target: { kind: 'tag', tag: '12-slim' } },
      from: { location: { file: FILE, line: 3, column: 1 } },
    });
  });

  it('recognises the Kolla template form once rendered', () => {
    // {{ namespace }}/{{ image_prefix }}base:{{ tag }}
    expect(classify('FROM kolla/myprefix-base:master\n', { prefix: 'myprefix-' }).parentImages).toEqual(['base']);
  });

  it('makes an edge of an image of ours even when its registry and owner have no value', () => {
    const text = 'ARG REGISTRY\nARG OWNER\nFROM $REGISTRY/$OWNER/base-notebook\nFROM ${REGISTRY}/${OWNER}/base:${TAG}\n';
    const classified = classify(text);
    expect(classified.parentImages).toEqual(['base', 'base-notebook']);
    expect(classified.externalBases).toEqual([]);
  });

  it('also when those variables are not declared at all (passed only at build time)', () => {
    expect(classify('FROM $REGISTRY/$OWNER/base-notebook\n').parentImages).toEqual(['base-notebook']);
  });

  it('never masks a "/" or ":" inside an unresolved part into a literal name', () => {
    // `${TARGETARCH:-x/base}` is unknown as a whole: its "/base" is not a literal last component.
    expect(diagnosticsOf('FROM quay.io/${TARGETARCH:-x/base}\n')).toHaveLength(1);
  });

  it('treats a FROM naming the image being built as its upstream namesake', () => {
    const classified = classify('FROM base:12\n', { image: 'base' });
    expect(classified.parents).toEqual([]);
    expect(classified.parentImages).toEqual([]);
    expect(classified.externalBases.map((b) => b.reference)).toEqual(['base:12']);
  });

  it('reports an external base that cannot be resolved, naming the variable, why, and where', () => {
    const [diagnostic, ...rest] = diagnosticsOf('ARG REGISTRY\nFROM \\\n  $REGISTRY/debian:12\n');
    expect(rest).toEqual([]);
    expect(diagnostic?.location).toEqual({ file: FILE, line: 3, column: 3 });
    expect(diagnostic?.message).toContain('$REGISTRY has no value');
    expect(diagnostic?.message).toContain(`${FILE}:1:5`);
    expect(diagnostic?.hint).toContain('build-args');
  });

  it('explains an undeclared variable and a platform variable', () => {
    const [undeclared] = diagnosticsOf('FROM $BASE_IMAGE\n');
    expect(undeclared?.message).toContain('$BASE_IMAGE is not declared by an ARG before the first FROM');
    expect(undeclared?.hint).toContain('ARG BASE_IMAGE=');
    const [platform] = diagnosticsOf('FROM debian:$TARGETARCH\n');
    expect(platform?.message).toContain('$TARGETARCH is set by the builder');
  });

  it('keeps the message of ${VAR:?message}', () => {
    const [diagnostic] = diagnosticsOf('ARG BASE\nFROM ${BASE:?set BASE to the base image}\n');
    expect(diagnostic?.message).toContain('set BASE to the base image');
  });

  it('reports an invalid reference with its position, even for an image of ours', () => {
    const diagnostics = diagnosticsOf('ARG TAG=-bad\nFROM debian:$TAG\nFROM quay.io/x/base:-bad\nFROM Debian\n');
    expect(diagnostics.map((d) => [d.location?.line, d.location?.column])).toEqual([
      [2, 6],
      [3, 6],
      [4, 6],
    ]);
    expect(diagnostics[0]?.message).toContain('after substitution: debian:-bad');
    expect(diagnostics[0]?.message).toContain('is not a valid tag');
    expect(diagnostics[2]?.message).toContain('"Debian" is not a valid repository name component');
  });

  it('turns FROM lines naming our images into graph edges with their origin', () => {
    const classified = classify('FROM quay.io/x/base:1 AS a\nFROM base-notebook\nFROM base:2\n');
    expect(fromEdges('app', classified)).toEqual([
      { parent: 'base', child: 'app', origin: { kind: 'from', location: { file: FILE, line: 1, column: 1 }, reference: 'quay.io/x/base:1' } },
      { parent: 'base-notebook', child: 'app', origin: { kind: 'from', location: { file: FILE, line: 2, column: 1 }, reference: 'base-notebook' } },
      { parent: 'base', child: 'app', origin: { kind: 'from', location: { file: FILE, line: 3, column: 1 }, reference: 'base:2' } },
    ]);
  });
});
