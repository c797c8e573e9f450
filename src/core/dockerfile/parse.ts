/**
 * The FROM lines of a rendered Dockerfile: every stage's base, with the ARGs declared before the
 * first FROM substituted the way Docker substitutes them.
 *
 * Scope of a FROM (as in Docker): the ARGs declared before the first FROM, each default expanded
 * with the ones before it, a build arg of the same name replacing the default; and the platform
 * variables (BUILDPLATFORM, TARGETARCH…) that the builder sets. An ARG after the first FROM
 * belongs to its stage and never reaches a FROM; neither does a build arg that no ARG declares.
 */
import { throwIfAny, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import {
  displayText,
  expandWord,
  ExpansionError,
  type Binding,
  type Piece,
  type UnresolvedVariable,
} from './expand.js';
import { readInstructions } from './instructions.js';
import type { LocatedText } from './located.js';
import { splitOnWhitespace, splitShellWords, type EscapeToken } from './words.js';

/** A stretch of `FromInstruction.reference` whose value is not known before the build. */
export interface UnresolvedPart {
  readonly start: number;
  readonly end: number;
  readonly causes: readonly UnresolvedVariable[];
}

export interface FromInstruction {
  /** The image argument as written, e.g. `${REGISTRY}/base:${TAG:-latest}`. */
  readonly written: string;
  /** After substitution; an unresolved part stays as it was written (see `unresolved`). */
  readonly reference: string;
  /** The parts of `reference` that could not be substituted; empty when it is fully known. */
  readonly unresolved: readonly UnresolvedPart[];
  /** `--platform=…` after substitution; a variable set by the builder stays as written. */
  readonly platform?: string;
  /** The `AS <name>` of this stage, lower-cased as Docker does. */
  readonly stageName?: string;
  /** 0-based index of the stage this FROM starts. */
  readonly stageIndex: number;
  /** The earlier stage this FROM builds on, when `reference` names one. */
  readonly baseStage?: { readonly name: string; readonly index: number };
  /** Where the FROM keyword is. */
  readonly location: SourceLocation;
  /** Where the image argument starts. */
  readonly referenceLocation: SourceLocation;
}

export interface ParsedDockerfile {
  readonly file: string;
  readonly froms: readonly FromInstruction[];
  /** Parser directives (`syntax`, `escape`, `check`), names lower-cased. */
  readonly directives: Readonly<Record<string, string>>;
  readonly escape: EscapeToken;
}

export interface ParseOptions {
  /** Repository-relative path, for diagnostics. */
  readonly file: string;
  /** Build args from the configuration; they replace the defaults of ARGs before the first FROM. */
  readonly buildArgs?: Readonly<Record<string, string>>;
}

/** Set by BuildKit for every build; a FROM may use them without declaring them. */
export const PLATFORM_VARIABLES: readonly string[] = [
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
];

const STAGE_NAME = /^[a-z][a-z0-9\-_.]*$/u;

function textBinding(text: string): Binding {
  return { kind: 'value', pieces: text === '' ? [] : [{ kind: 'text', text }] };
}

function buildArg(buildArgs: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  return buildArgs !== undefined && Object.hasOwn(buildArgs, name) ? buildArgs[name] : undefined;
}

/** Joins pieces into text, remembering where each unresolved piece landed. */
function layOut(pieces: readonly Piece[]): { text: string; unresolved: UnresolvedPart[] } {
  let text = '';
  const unresolved: UnresolvedPart[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      text += piece.text;
    } else {
      unresolved.push({ start: text.length, end: text.length + piece.written.length, causes: piece.causes });
      text += piece.written;
    }
  }
  return { text, unresolved };
}

class DockerfileParser {
  readonly diagnostics: Diagnostic[] = [];
  readonly scope = new Map<string, Binding>();
  readonly froms: FromInstruction[] = [];
  private readonly stages: { name: string | undefined }[] = [];

  /** Stages started so far, counting FROMs that had errors. */
  get stageCount(): number {
    return this.stages.length;
  }

  constructor(
    private readonly escape: EscapeToken,
    private readonly buildArgs: Readonly<Record<string, string>> | undefined,
  ) {
    for (const name of PLATFORM_VARIABLES) {
      const given = buildArg(buildArgs, name);
      this.scope.set(name, given === undefined ? { kind: 'set-by-builder' } : textBinding(given));
    }
  }

  /** Expands a word, turning a syntax error into a diagnostic at its exact place. */
  private expand(word: LocatedText, what: string): Piece[] | undefined {
    try {
      return expandWord(word.text, this.scope, this.escape);
    } catch (error) {
      if (!(error instanceof ExpansionError)) throw error;
      this.diagnostics.push({
        message: `cannot substitute variables in ${what} "${word.text}": ${error.message}`,
        location: word.locate(error.offset),
        hint: 'Write variables as $NAME or ${NAME}, optionally ${NAME:-default}; close every quote and brace.',
      });
      return undefined;
    }
  }

  declareArgs(args: LocatedText, location: SourceLocation): void {
    const words = splitShellWords(args, this.escape);
    if (words.length === 0) {
      this.diagnostics.push({ message: 'ARG needs a name', location, hint: 'Write ARG NAME or ARG NAME=default.' });
      return;
    }
    for (const word of words) {
      const equals = word.text.indexOf('=');
      const name = equals < 0 ? word.text : word.text.slice(0, equals);
      if (name === '') {
        this.diagnostics.push({
          message: `ARG "${word.text}" has no name`,
          location: word.locate(0),
          hint: 'Write ARG NAME or ARG NAME=default.',
        });
        continue;
      }
      // The default is expanded even when a build arg replaces it, as Docker does, so that a
      // broken default is reported whatever the build args are.
      const pieces = equals < 0 ? undefined : this.expand(word.slice(equals + 1), `the default of ARG ${name}`);
      const given = buildArg(this.buildArgs, name);
      if (given !== undefined) this.scope.set(name, textBinding(given));
      else if (equals < 0) this.scope.set(name, { kind: 'no-value', declaredAt: word.locate(0) });
      else if (pieces !== undefined) this.scope.set(name, { kind: 'value', pieces });
      else this.scope.delete(name);
    }
  }

  addFrom(args: LocatedText, location: SourceLocation): void {
    const stageIndex = this.stages.length;
    const words = splitOnWhitespace(args);
    let platformWord: LocatedText | undefined;
    let k = 0;
    let flagsOk = true;
    for (; k < words.length; k += 1) {
      const word = words[k] as LocatedText;
      if (!word.text.startsWith('--')) break;
      if (word.text === '--') {
        k += 1;
        break;
      }
      const equals = word.text.indexOf('=');
      const flag = equals < 0 ? word.text.slice(2) : word.text.slice(2, equals);
      if (flag !== 'platform') {
        flagsOk = false;
        this.diagnostics.push({
          message: `FROM does not accept the flag --${flag}`,
          location: word.locate(0),
          hint: 'FROM takes only --platform=<os/arch>; remove the flag.',
        });
      } else if (equals < 0) {
        flagsOk = false;
        this.diagnostics.push({
          message: '--platform needs a value',
          location: word.locate(0),
          hint: 'Write --platform=linux/amd64 (with "=", no space).',
        });
      } else if (platformWord !== undefined) {
        flagsOk = false;
        this.diagnostics.push({
          message: '--platform is given twice',
          location: word.locate(0),
          hint: 'Keep one --platform flag.',
        });
      } else {
        platformWord = word.slice(equals + 1);
      }
    }

    const rest = words.slice(k);
    const image = rest[0];
    const hasStageName = rest.length === 3 && rest[1]?.text.toLowerCase() === 'as';
    if (image === undefined || (rest.length !== 1 && !hasStageName)) {
      this.stages.push({ name: undefined });
      this.diagnostics.push({
        message: image === undefined ? 'FROM names no image' : `FROM "${args.text}" is not "FROM <image> [AS <name>]"`,
        location: image?.locate(0) ?? location,
        hint: 'Write FROM [--platform=<platform>] <image> [AS <stage-name>].',
      });
      return;
    }

    let stageName: string | undefined;
    const stageWord = hasStageName ? rest[2] : undefined;
    if (stageWord !== undefined) {
      stageName = stageWord.text.toLowerCase();
      if (!STAGE_NAME.test(stageName)) {
        this.diagnostics.push({
          message: `"${stageWord.text}" is not a valid stage name`,
          location: stageWord.locate(0),
          hint: 'A stage name starts with a letter and holds only letters, digits, "-", "_" and ".".',
        });
      }
    }
    const earlierStages = [...this.stages];
    this.stages.push({ name: stageName });

    const platformPieces = platformWord === undefined ? undefined : this.expand(platformWord, '--platform');
    const pieces = this.expand(image, 'the image of FROM');
    if (!flagsOk || pieces === undefined || (platformWord !== undefined && platformPieces === undefined)) return;

    const { text: reference, unresolved } = layOut(pieces);
    if (reference === '') {
      this.diagnostics.push({
        message: `the image of FROM "${image.text}" is empty once its variables are substituted`,
        location: image.locate(0),
        hint: 'Give the ARG it uses a non-empty default, or set it under build-args in images.yaml.',
      });
      return;
    }

    let baseStage: { name: string; index: number } | undefined;
    if (unresolved.length === 0) {
      const wanted = reference.toLowerCase();
      // Docker looks a base up among the stages declared before this one; the latest wins.
      for (let index = earlierStages.length - 1; index >= 0; index -= 1) {
        if (earlierStages[index]?.name === wanted) {
          baseStage = { name: wanted, index };
          break;
        }
      }
    }

    this.froms.push({
      written: image.text,
      reference,
      unresolved,
      ...(platformPieces === undefined ? {} : { platform: displayText(platformPieces) }),
      ...(stageName === undefined ? {} : { stageName }),
      stageIndex,
      ...(baseStage === undefined ? {} : { baseStage }),
      location,
      referenceLocation: image.locate(0),
    });
  }
}

/**
 * Parses the FROM instructions of a rendered Dockerfile. Throws `UserInputError` listing every
 * problem found (bad syntax, instructions before the first FROM, no FROM at all).
 */
export function parseDockerfile(text: string, options: ParseOptions): ParsedDockerfile {
  const lines = readInstructions(text, options.file);
  const parser = new DockerfileParser(lines.escape, options.buildArgs);
  const diagnostics: Diagnostic[] = [...lines.diagnostics];
  let misplaced = false;

  for (const instruction of lines.instructions) {
    if (instruction.keyword === 'from') {
      parser.addFrom(instruction.args, instruction.keywordLocation);
    } else if (parser.stageCount === 0 && !misplaced) {
      if (instruction.keyword === 'arg') {
        parser.declareArgs(instruction.args, instruction.keywordLocation);
      } else {
        misplaced = true;
        diagnostics.push({
          message: `${instruction.keyword.toUpperCase()} comes before the first FROM`,
          location: instruction.keywordLocation,
          hint: 'Only ARG (and comments or parser directives) may come before the first FROM; start the stage with FROM <image>.',
        });
      }
    }
  }

  if (lines.instructions.every((instruction) => instruction.keyword !== 'from')) {
    diagnostics.push({
      message: 'the Dockerfile has no FROM instruction',
      location: { file: options.file, line: 1, column: 1 },
      hint: 'Start it with FROM <image> (or FROM scratch).',
    });
  }
  diagnostics.push(...parser.diagnostics);
  throwIfAny(sortDiagnostics(diagnostics));

  return { file: options.file, froms: parser.froms, directives: lines.directives, escape: lines.escape };
}

function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
}
