import { describe, expect, it } from 'vitest';
import { readInstructions, splitLines } from '../../../../src/core/dockerfile/instructions.js';

const FILE = 'images/app/Dockerfile';

function summary(text: string): { keyword: string; args: string; line: number; column: number }[] {
  return readInstructions(text, FILE).instructions.map((i) => ({
    keyword: i.keyword,
    args: i.args.text,
    line: i.keywordLocation.line,
    column: i.keywordLocation.column,
  }));
}

describe('splitLines', () => {
  it('drops a byte-order mark, CR of CRLF endings and the empty line after a final newline', () => {
    expect(splitLines('\uFEFFFROM a\r\nRUN b\r\n')).toEqual(['FROM a', 'RUN b']);
    expect(splitLines('FROM a\n\n')).toEqual(['FROM a', '']);
  });
});

describe('readInstructions', () => {
  it('reads keywords case-insensitively with their positions, skipping blank lines', () => {
    expect(summary('from debian:12\n\n  Run echo hi  \n')).toEqual([
      { keyword: 'from', args: 'debian:12', line: 1, column: 1 },
      { keyword: 'run', args: 'echo hi', line: 3, column: 3 },
    ]);
  });

  it('joins continuation lines with nothing in between, keeping their indentation', () => {
    const [from, run] = summary('FROM \\\n  debian:12 \\\n  AS build\nRUN a && \\\n    b\n');
    expect(from).toEqual({ keyword: 'from', args: 'debian:12   AS build', line: 1, column: 1 });
    expect(run?.args).toBe('a &&     b');
  });

  it('allows blanks after the continuation character and joins a word split over lines', () => {
    expect(summary('FROM deb\\  \nian:12\n')[0]?.args).toBe('debian:12');
  });

  it('skips comment lines and blank lines inside a continued instruction', () => {
    const text = 'FROM \\\n# the base\n   # indented comment\n\n  debian:12\n';
    expect(summary(text)).toEqual([{ keyword: 'from', args: 'debian:12', line: 1, column: 1 }]);
  });

  it('never continues a comment line, even one ending with the escape character', () => {
    expect(summary('# a comment \\\nFROM a\n')).toEqual([{ keyword: 'from', args: 'a', line: 2, column: 1 }]);
  });

  it('maps every character of a continued instruction back to its line and column', () => {
    const [from] = readInstructions('FROM \\\n    --platform=linux/arm64 \\\n  debian:12\n', FILE).instructions;
    const args = from?.args;
    expect(args?.text).toBe('--platform=linux/arm64   debian:12');
    expect(args?.locate(0)).toEqual({ file: FILE, line: 2, column: 5 });
    expect(args?.locate(args.text.indexOf('debian'))).toEqual({ file: FILE, line: 3, column: 3 });
  });

  it('reads parser directives at the top only', () => {
    const result = readInstructions('# syntax=docker/dockerfile:1\n#  Escape = ` \n# check=skip=all\nFROM a\n# escape=\\\n', FILE);
    expect(result.directives).toEqual({ syntax: 'docker/dockerfile:1', escape: '`', check: 'skip=all' });
    expect(result.escape).toBe('`');
  });

  it('stops reading directives at a blank line, another comment or an unknown directive', () => {
    expect(readInstructions('\n# escape=`\nFROM a\n', FILE).directives).toEqual({});
    expect(readInstructions('# hello\n# escape=`\nFROM a\n', FILE).directives).toEqual({});
    expect(readInstructions('# foo=bar\n# escape=`\nFROM a\n', FILE).directives).toEqual({});
    expect(readInstructions('FROM a\n# escape=`\n', FILE).escape).toBe('\\');
  });

  it('uses the backtick as continuation character under # escape=`, and \\ becomes literal', () => {
    const text = '# escape=`\nFROM `\n  mcr.microsoft.com/windows/servercore:ltsc2022\nRUN copy C:\\a C:\\b\n';
    expect(summary(text)).toEqual([
      { keyword: 'from', args: '  mcr.microsoft.com/windows/servercore:ltsc2022'.trim(), line: 2, column: 1 },
      { keyword: 'run', args: 'copy C:\\a C:\\b', line: 4, column: 1 },
    ]);
  });

  it('reports an invalid escape directive and a repeated directive at their lines', () => {
    const result = readInstructions('# escape=x\n# escape=`\nFROM a\n', FILE);
    expect(result.diagnostics.map((d) => [d.message, d.location?.line])).toEqual([
      ['invalid escape directive "x"', 1],
      ['the "escape" parser directive is given twice', 2],
    ]);
  });

  it('skips heredoc bodies of RUN, COPY and ADD, so a FROM inside one is not an instruction', () => {
    const text = [
      'FROM a',
      'RUN <<EOF',
      'FROM not-an-instruction',
      'EOF',
      'COPY <<-"END" /etc/x',
      '\tFROM also-not',
      '\tEND',
      'RUN cat <<ONE 3<<TWO',
      'FROM one',
      'ONE',
      'FROM two',
      'TWO',
      'FROM b',
    ].join('\n');
    expect(summary(text).map((i) => [i.keyword, i.args])).toEqual([
      ['from', 'a'],
      ['run', '<<EOF'],
      ['copy', '<<-"END" /etc/x'],
      ['run', 'cat <<ONE 3<<TWO'],
      ['from', 'b'],
    ]);
  });

  it('does not take a quoted "<<EOF" or a heredoc of another instruction for a heredoc', () => {
    expect(summary('FROM a\nRUN echo "<<EOF"\nLABEL x=<<EOF\nFROM b\n').map((i) => i.keyword)).toEqual(['from', 'run', 'label', 'from']);
  });

  it('reports a heredoc that is never closed', () => {
    const result = readInstructions('FROM a\nRUN <<EOF\necho\n', FILE);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ message: expect.stringContaining('<<EOF'), location: { file: FILE, line: 2, column: 1 } }),
    ]);
  });
});
