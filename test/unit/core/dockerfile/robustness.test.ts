/**
 * Whatever text a template renders, parsing either succeeds or fails with a `UserInputError`
 * whose every diagnostic points inside the file; and every position it reports is exact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../../../src/core/diagnostics.js';
import { classifyFroms } from '../../../../src/core/dockerfile/parents.js';
import { parseDockerfile } from '../../../../src/core/dockerfile/parse.js';
import { splitLines } from '../../../../src/core/dockerfile/instructions.js';

const FILE = 'images/x/Dockerfile';
const TOKENS = [
  'FROM ', 'from ', 'ARG ', 'RUN ', 'AS ', ' as ', '--platform=', '--pull ', 'scratch', 'base', 'quay.io/',
  'debian:12', 'kolla-', '/', ':', '@sha256:', 'a', 'B', '1', '$', '${', '}', ':-', ':+', '#', '##', '%', '=',
  'REG', 'TARGETARCH', '"', "'", '\\', '`', ' ', '\t', '\n', '\r\n', '# escape=`\n', '<<EOF', 'EOF', '<<-END', '\tEND',
];

/** Token soup: mostly broken Dockerfiles. */
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((tokens) => tokens.join(''));

/** Plausible Dockerfiles: ARG and FROM lines, comments, continuations breaking words anywhere. */
const imageWord = fc
  .array(fc.constantFrom('base', 'quay.io/', 'x/', 'kolla-', '$REG', '${REG:-q.io}/', '${B}', ':1', '@sha256:' + 'a'.repeat(64), 'debian'), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(''));
const line = fc.oneof(
  fc.tuple(fc.option(fc.constantFrom('linux/amd64', '$BUILDPLATFORM'), { nil: undefined }), imageWord, fc.option(fc.constantFrom('build', 'Base', 'a.b'), { nil: undefined })).map(
    ([platform, image, stage]) => `FROM ${platform === undefined ? '' : `--platform=${platform} `}${image}${stage === undefined ? '' : ` AS ${stage}`}`,
  ),
  fc.tuple(fc.constantFrom('REG', 'B', 'TARGETARCH'), fc.option(fc.constantFrom('', 'quay.io', '"x y"', '$REG'), { nil: undefined })).map(
    ([name, value]) => `ARG ${name}${value === undefined ? '' : `=${value}`}`,
  ),
  fc.constantFrom('# a comment', '', '   ', 'RUN echo hi', 'RUN <<EOF\nFROM inside\nEOF'),
);
const continued = fc.tuple(line, fc.nat(40), fc.constantFrom('\\\n', '\\  \n  ', '\\\n# c\n')).map(([text, at, breakWith]) =>
  text.startsWith('FROM') || text.startsWith('ARG') ? `${text.slice(0, at % (text.length + 1))}${breakWith}${text.slice(at % (text.length + 1))}` : text,
);
const plausible = fc.array(fc.oneof(line, continued), { minLength: 1, maxLength: 8 }).map((lines) => lines.join('\n'));

const dockerfileText = fc.oneof(tokenSoup, plausible);

describe('parseDockerfile on arbitrary text', () => {
  it('succeeds or throws a UserInputError located inside the file; reported positions are exact', () => {
    fc.assert(
      fc.property(dockerfileText, fc.dictionary(fc.constantFrom('REG', 'TARGETARCH', 'B'), fc.string({ maxLength: 8 })), (text, buildArgs) => {
        const lines = splitLines(text);
        try {
          const parsed = parseDockerfile(text, { file: FILE, buildArgs });
          for (const from of parsed.froms) {
            const line = lines[from.referenceLocation.line - 1] ?? '';
            expect(line[from.referenceLocation.column - 1]).toBe(from.written[0]);
            expect(lines[from.location.line - 1]?.[from.location.column - 1]?.toLowerCase()).toBe('f');
          }
          classifyFroms(parsed, new Set(['base', 'a']), { prefix: 'kolla-' });
        } catch (error) {
          expect(error).toBeInstanceOf(UserInputError);
          for (const diagnostic of (error as UserInputError).diagnostics) {
            expect(diagnostic.location?.file).toBe(FILE);
            expect(diagnostic.location?.line).toBeGreaterThanOrEqual(1);
            expect(diagnostic.location?.line).toBeLessThanOrEqual(Math.max(1, lines.length));
            expect(diagnostic.location?.column).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
