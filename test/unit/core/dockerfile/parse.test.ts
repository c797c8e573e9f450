import { describe, expect, it } from 'vitest';
import { UserInputError, type Diagnostic } from '../../../../src/core/diagnostics.js';
import { parseDockerfile, type ParseOptions } from '../../../../src/core/dockerfile/parse.js';

const FILE = 'images/app/Dockerfile';

function parse(text: string, buildArgs?: Record<string, string>) {
  const options: ParseOptions = buildArgs === undefined ? { file: FILE } : { file: FILE, buildArgs };
  return parseDockerfile(text, options);
}

function references(text: string, buildArgs?: Record<string, string>): string[] {
  return parse(text, buildArgs).froms.map((from) => from.reference);
}

function diagnosticsOf(text: string, buildArgs?: Record<string, string>): Diagnostic[] {
  try {
    parse(text, buildArgs);
  } catch (error) {
    if (error instanceof UserInputError) return [...error.diagnostics];
    throw error;
  }
  throw new Error('expected a UserInputError');
}

describe('parseDockerfile: FROM of every stage', () => {
  it('reads each FROM with stage names, indexes and locations', () => {
    const parsed = parse('FROM golang:1.22 AS build\nRUN go build\n\nfrom   alpine:3.20\nCOPY --from=build /app /app\n');
    expect(parsed.froms).toEqual([
      {
        written: 'golang:1.22',
        reference: 'golang:1.22',
        unresolved: [],
        stageName: 'build',
        stageIndex: 0,
        location: { file: FILE, line: 1, column: 1 },
        referenceLocation: { file: FILE, line: 1, column: 6 },
      },
      {
        written: 'alpine:3.20',
        reference: 'alpine:3.20',
        unresolved: [],
        stageIndex: 1,
        location: { file: FILE, line: 4, column: 1 },
        referenceLocation: { file: FILE, line: 4, column: 8 },
      },
    ]);
  });

  it('understands --platform, lower-cases stage names and accepts "as" in any case', () => {
    const [from] = parse('FROM --platform=$BUILDPLATFORM golang:1.22 as Builder\n').froms;
    expect(from).toMatchObject({ reference: 'golang:1.22', platform: '$BUILDPLATFORM', stageName: 'builder' });
  });

  it('substitutes ARGs in --platform and keeps builder variables as written', () => {
    const text = 'ARG PLATFORM=linux/arm64\nFROM --platform=${PLATFORM} a\nFROM --platform=${TARGETPLATFORM:-linux/amd64} b\n';
    expect(parse(text).froms.map((f) => f.platform)).toEqual(['linux/arm64', '${TARGETPLATFORM:-linux/amd64}']);
    expect(parse(text, { TARGETPLATFORM: 'linux/s390x' }).froms[1]?.platform).toBe('linux/s390x');
  });

  it('marks a FROM naming an earlier stage, matching case-insensitively, never a later one', () => {
    const parsed = parse('FROM base:1 AS deps\nFROM Deps AS build\nFROM later\nFROM x AS later\nFROM build\n');
    expect(parsed.froms.map((f) => f.baseStage)).toEqual([undefined, { name: 'deps', index: 0 }, undefined, undefined, { name: 'build', index: 1 }]);
  });

  it('a stage name shadowing an image name refers to the stage once declared', () => {
    const parsed = parse('FROM kolla/base:master AS base\nFROM base\n');
    expect(parsed.froms[1]?.baseStage).toEqual({ name: 'base', index: 0 });
  });

  it('reads FROM split over continuation lines, with comments in between', () => {
    const parsed = parse('FROM \\\n  # the builder\n  --platform=linux/amd64 \\\n  golang:1.22 \\\n  AS build\n');
    expect(parsed.froms[0]).toMatchObject({
      reference: 'golang:1.22',
      platform: 'linux/amd64',
      stageName: 'build',
      location: { line: 1, column: 1 },
      referenceLocation: { line: 4, column: 3 },
    });
  });

  it('honours # escape=` for continuations and keeps backslashes of Windows paths', () => {
    const text = '# escape=`\nARG BASE=mcr.microsoft.com/windows/servercore:ltsc2022\nFROM `\n  $BASE\nRUN dir C:\\\n';
    const parsed = parse(text);
    expect(parsed.directives).toEqual({ escape: '`' });
    expect(parsed.escape).toBe('`');
    expect(parsed.froms[0]).toMatchObject({ reference: 'mcr.microsoft.com/windows/servercore:ltsc2022', referenceLocation: { line: 4, column: 3 } });
  });

  it('reports parser directives', () => {
    expect(parse('# syntax=docker/dockerfile:1.7\nFROM a\n').directives).toEqual({ syntax: 'docker/dockerfile:1.7' });
  });

  it('ignores FROM lines inside heredocs', () => {
    expect(references('FROM a\nRUN <<EOF\nFROM b\nEOF\nFROM c\n')).toEqual(['a', 'c']);
  });

  it('takes FROM scratch as written', () => {
    expect(references('FROM scratch\nCOPY busybox /\n')).toEqual(['scratch']);
  });
});

describe('parseDockerfile: ARG substitution', () => {
  it('substitutes $VAR, ${VAR}, ${VAR:-default} and ${VAR:+x} from ARGs before the first FROM', () => {
    const text = [
      'ARG REGISTRY=quay.io',
      'ARG NAMESPACE="kolla"',
      'ARG TAG',
      'ARG MIRROR=',
      'FROM $REGISTRY/${NAMESPACE}/base:${TAG:-master}',
      'FROM ${MIRROR:+$MIRROR/}debian:12',
      'FROM ${REGISTRY:+$REGISTRY/}debian:12',
    ].join('\n');
    expect(references(text)).toEqual(['quay.io/kolla/base:master', 'debian:12', 'quay.io/debian:12']);
  });

  it('expands a default with the ARGs declared before it', () => {
    expect(references('ARG NS=acme\nARG IMAGE=ghcr.io/${NS}/base\nFROM $IMAGE\n')).toEqual(['ghcr.io/acme/base']);
  });

  it('lets build args from the configuration replace defaults, declared or not', () => {
    const text = 'ARG REGISTRY=quay.io\nARG TAG\nARG IMAGE=$REGISTRY/x\nFROM ${REGISTRY}/base:$TAG\nFROM $IMAGE\n';
    expect(references(text, { REGISTRY: 'ghcr.io', TAG: '2024.1' })).toEqual(['ghcr.io/base:2024.1', 'ghcr.io/x']);
  });

  it('does not expand a build arg value', () => {
    expect(references('ARG IMAGE\nFROM $IMAGE\n', { IMAGE: 'a$b' })).toEqual(['a$b']);
  });

  it('does not let a build arg reach FROM without an ARG before the first FROM', () => {
    const [from] = parse('FROM $REGISTRY/base\n', { REGISTRY: 'ghcr.io' }).froms;
    expect(from?.reference).toBe('$REGISTRY/base');
    expect(from?.unresolved).toEqual([{ start: 0, end: 9, causes: [{ name: 'REGISTRY', reason: 'not-declared' }] }]);
  });

  it('ignores ARGs inside a stage for later FROMs', () => {
    const parsed = parse('ARG V=1\nFROM a:$V\nARG V=2\nFROM b:$V\n');
    expect(parsed.froms.map((f) => f.reference)).toEqual(['a:1', 'b:1']);
  });

  it('re-declaring an ARG without a default takes its value away', () => {
    const [from] = parse('ARG V=1\nARG V\nFROM a:$V\n').froms;
    expect(from?.unresolved[0]?.causes).toEqual([{ name: 'V', reason: 'no-value', declaredAt: { file: FILE, line: 2, column: 5 } }]);
  });

  it('declares several ARGs on one line, quotes and escapes honoured', () => {
    expect(references('ARG A=x B="y z" C=\\$D\nFROM "$A:$C"\n')).toEqual(['x:$D']);
  });

  it('records unresolved parts with their place in the reference, as written', () => {
    const [from] = parse('ARG REGISTRY\nARG OWNER\nFROM ${REGISTRY}/${OWNER}/base-notebook:${TAG:-latest}\n').froms;
    expect(from?.reference).toBe('${REGISTRY}/${OWNER}/base-notebook:latest');
    expect(from?.unresolved.map((part) => [from.reference.slice(part.start, part.end), part.causes[0]?.name])).toEqual([
      ['${REGISTRY}', 'REGISTRY'],
      ['${OWNER}', 'OWNER'],
    ]);
  });

  it('leaves platform variables unresolved in an image name unless a build arg sets them', () => {
    expect(parse('FROM base-$TARGETARCH\n').froms[0]?.unresolved[0]?.causes).toEqual([{ name: 'TARGETARCH', reason: 'set-by-builder' }]);
    expect(references('FROM base-$TARGETARCH\n', { TARGETARCH: 'arm64' })).toEqual(['base-arm64']);
  });
});

describe('parseDockerfile: errors', () => {
  it('reports a syntax error in a substitution at its exact position', () => {
    const [diagnostic] = diagnosticsOf('ARG A=1\nFROM \\\n  quay.io/${A\n');
    expect(diagnostic?.message).toContain('missing "}"');
    expect(diagnostic?.location).toEqual({ file: FILE, line: 3, column: 11 });
    expect(diagnostic?.hint).toBeTruthy();
  });

  it('reports a syntax error in an ARG default', () => {
    const [diagnostic] = diagnosticsOf('ARG A=${B\nFROM a\n');
    expect(diagnostic?.message).toContain('ARG A');
    expect(diagnostic?.location).toEqual({ file: FILE, line: 1, column: 7 });
  });

  it('reports an image that substitutes to nothing', () => {
    const [diagnostic] = diagnosticsOf('ARG IMAGE=\nFROM $IMAGE\n');
    expect(diagnostic?.message).toContain('empty');
    expect(diagnostic?.location).toEqual({ file: FILE, line: 2, column: 6 });
  });

  it('reports unknown flags, --platform without a value and a repeated --platform', () => {
    const diagnostics = diagnosticsOf('FROM --pull=always a\nFROM --platform b\nFROM --platform=x --platform=y c\n');
    expect(diagnostics.map((d) => [d.message, d.location?.line, d.location?.column])).toEqual([
      ['FROM does not accept the flag --pull', 1, 6],
      ['--platform needs a value', 2, 6],
      ['--platform is given twice', 3, 19],
    ]);
  });

  it('reports a FROM with a wrong number of words and a bad stage name', () => {
    const diagnostics = diagnosticsOf('FROM\nFROM a b\nFROM a AS 1x\nFROM a AS\n');
    expect(diagnostics.map((d) => [d.message, d.location?.line, d.location?.column])).toEqual([
      ['FROM names no image', 1, 1],
      ['FROM "a b" is not "FROM <image> [AS <name>]"', 2, 6],
      ['"1x" is not a valid stage name', 3, 11],
      ['FROM "a AS" is not "FROM <image> [AS <name>]"', 4, 6],
    ]);
  });

  it('reports an instruction before the first FROM, and a Dockerfile without FROM', () => {
    expect(diagnosticsOf('ARG A=1\nRUN echo\nFROM a\n').map((d) => [d.message, d.location?.line])).toEqual([
      ['RUN comes before the first FROM', 2],
    ]);
    expect(diagnosticsOf('# just a comment\nARG A=1\n').map((d) => d.message)).toEqual(['the Dockerfile has no FROM instruction']);
  });

  it('collects every problem of a file in one error, in file order', () => {
    const error = (() => {
      try {
        parse('FROM a AS 9\nFROM ${\n');
      } catch (e) {
        return e as UserInputError;
      }
      throw new Error('expected an error');
    })();
    expect(error.diagnostics.map((d) => d.location?.line)).toEqual([1, 2]);
    expect(error.message).toContain(`${FILE}:1:11`);
    expect(error.message).toContain(`${FILE}:2:6`);
  });
});
