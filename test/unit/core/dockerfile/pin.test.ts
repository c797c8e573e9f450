import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../../src/core/dockerfile/parse.js';
import { pinFroms, PinError } from '../../../../src/core/dockerfile/pin.js';

const digest = `sha256:${'a'.repeat(64)}`;

describe('pinFroms', () => {
  it('rewrites only the pinned FROMs and keeps everything else byte for byte', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      'ARG REGISTRY=ghcr.io/acme',
      'FROM --platform=$BUILDPLATFORM ${REGISTRY}/base:latest AS build',
      'RUN echo hi',
      'FROM debian:12',
      'COPY --from=build /x /x',
      '',
    ].join('\n');
    const parsed = parseDockerfile(text, { file: 'images/app/Dockerfile' });
    const pinned = pinFroms(text, new Map([[parsed.froms[0]!, `127.0.0.1:5000/acme/base@${digest}`]]));
    expect(pinned).toBe(text.replace('${REGISTRY}/base:latest', `127.0.0.1:5000/acme/base@${digest}`));
  });

  it('pins several FROMs in one file', () => {
    const text = 'FROM a:1 AS one\nFROM b:2\n';
    const parsed = parseDockerfile(text, { file: 'Dockerfile' });
    const pinned = pinFroms(text, new Map([[parsed.froms[0]!, `r/a@${digest}`], [parsed.froms[1]!, `r/b@${digest}`]]));
    expect(pinned).toBe(`FROM r/a@${digest} AS one\nFROM r/b@${digest}\n`);
  });

  it('refuses a reference split by a line continuation', () => {
    const text = 'FROM \\\n  base:latest\n';
    const parsed = parseDockerfile(text, { file: 'Dockerfile' });
    // The reference itself is on one line here, so this pins fine:
    expect(pinFroms(text, new Map([[parsed.froms[0]!, `r/base@${digest}`]]))).toBe(`FROM \\\n  r/base@${digest}\n`);
    const split = 'FROM base\\\n:latest\n';
    const parsedSplit = parseDockerfile(split, { file: 'Dockerfile' });
    expect(() => pinFroms(split, new Map([[parsedSplit.froms[0]!, `r/base@${digest}`]]))).toThrow(PinError);
  });
});
