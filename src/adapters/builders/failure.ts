/**
 * Which Dockerfile line a failed build died on, read from the builder's own output, so that the
 * failure becomes an annotation on that line. Best effort: when the output does not say, or says
 * something that matches no single instruction, the answer is "unknown", never a guess.
 *
 * What each builder prints (as observed on real failures):
 * - legacy `docker build`: `Step 5/8 : RUN echo final &&     exit 3` before each instruction,
 *   counted over the whole file (ARGs before the first FROM included); the last one failed.
 *   Parse errors: `dockerfile parse error line 4: unknown instruction: FOO`.
 * - BuildKit (docker ≥ 23, buildx): a `Dockerfile:12` heading above a source excerpt. Older
 *   BuildKit (docker 20.10) only names the step: ` > [stage-1 1/1] RUN echo final &&     exit 3:`
 *   where the counter skips metadata-only instructions, so only the text can be matched; a base
 *   that cannot be pulled shows as ` > [internal] load metadata for 127.0.0.1:5000/x/base:1:`.
 * - buildah: `[2/2] STEP 3/3: RUN …` before each instruction (the stage counter skips unused
 *   stages, so it is only a hint), then `Error: building at STEP "RUN …": …`.
 * Continuation lines appear joined, backslash and newline removed, indentation kept.
 */
import { readInstructions, type Instruction } from '../../core/dockerfile/instructions.js';
import { parseReference } from '../../core/reference.js';

export type OutputDialect = 'legacy' | 'buildkit' | 'buildah';

/** What the output says about the failing step, before it is matched to the Dockerfile. */
export type FailedStep =
  | { readonly kind: 'line'; readonly line: number }
  | { readonly kind: 'step'; readonly text: string; readonly globalIndex?: number; readonly stage?: StageHint; readonly indexInStage?: number }
  | { readonly kind: 'base'; readonly reference: string };

/** A stage as the builder names it: by position (0-based) or by its `AS` name. */
export type StageHint = { readonly index: number } | { readonly name: string };

const LEGACY_STEP = /^Step (\d+)\/\d+ : (.+)$/;
const PARSE_ERROR_LINE = /dockerfile parse error (?:on )?line (\d+)/i;
// BuildKit's source excerpt heading: `Dockerfile:12` or `Dockerfile:11-13`, then a dashed rule.
const BUILDKIT_SOURCE_HEADING = /^(\S+):(\d+)(?:-\d+)?$/;
const DASHED_RULE = /^-{5,}$/;
const BUILDKIT_FAILED_VERTEX = /^\s*> \[([^\]]+)\] (.+):$/;
const BUILDKIT_VERTEX = /^#(\d+) \[([^\]]+)\] (.+)$/;
const BUILDKIT_VERTEX_ERROR = /^#(\d+) ERROR:/;
const LOAD_METADATA = /^load metadata for (\S+)$/;
const BUILDAH_STEP = /^(?:\[(\d+)\/\d+\] )?STEP (\d+)\/\d+: (.+)$/;
const BUILDAH_ERROR_STEP = /^Error: building at STEP "(.+?)": /;

function lastMatch(lines: readonly string[], pattern: RegExp): RegExpExecArray | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const match = pattern.exec(lines[i] as string);
    if (match) return match;
  }
  return undefined;
}

function parseErrorLine(lines: readonly string[]): FailedStep | undefined {
  const match = lastMatch(lines, PARSE_ERROR_LINE);
  return match ? { kind: 'line', line: Number(match[1]) } : undefined;
}

/** BuildKit's `[label]`: `2/3`, `stage-1 1/1`, `build 2/3`, `internal`, `linux/amd64 build 2/3`. */
function stageFromVertexLabel(label: string): StageHint | undefined {
  const words = label.trim().split(/\s+/);
  if (words.length < 2) return undefined;
  const name = words[words.length - 2] as string;
  const numbered = /^stage-(\d+)$/.exec(name);
  return numbered ? { index: Number(numbered[1]) } : { name };
}

function buildkitStep(label: string, text: string): FailedStep | undefined {
  if (label.trim() === 'internal') {
    const base = LOAD_METADATA.exec(text.trim());
    return base ? { kind: 'base', reference: base[1] as string } : undefined;
  }
  const stage = stageFromVertexLabel(label);
  return { kind: 'step', text, ...(stage === undefined ? {} : { stage }) };
}

function findBuildkitStep(lines: readonly string[]): FailedStep | undefined {
  for (let i = lines.length - 2; i >= 0; i--) {
    const heading = BUILDKIT_SOURCE_HEADING.exec(lines[i] as string);
    if (heading && DASHED_RULE.test(lines[i + 1] as string)) return { kind: 'line', line: Number(heading[2]) };
  }
  const failed = lastMatch(lines, BUILDKIT_FAILED_VERTEX);
  if (failed) return buildkitStep(failed[1] as string, failed[2] as string);
  // Without the summary block: the vertex that reported ERROR, by its number.
  const error = lastMatch(lines, BUILDKIT_VERTEX_ERROR);
  if (error) {
    for (const line of lines) {
      const vertex = BUILDKIT_VERTEX.exec(line);
      if (vertex && vertex[1] === error[1]) return buildkitStep(vertex[2] as string, vertex[3] as string);
    }
  }
  return parseErrorLine(lines);
}

function findLegacyStep(lines: readonly string[]): FailedStep | undefined {
  // A parse error happens before any step is printed, so it wins when present.
  const parse = parseErrorLine(lines);
  if (parse) return parse;
  const step = lastMatch(lines, LEGACY_STEP);
  return step ? { kind: 'step', globalIndex: Number(step[1]), text: step[2] as string } : undefined;
}

function findBuildahStep(lines: readonly string[]): FailedStep | undefined {
  const step = lastMatch(lines, BUILDAH_STEP);
  if (step) {
    return {
      kind: 'step',
      text: step[3] as string,
      indexInStage: Number(step[2]),
      ...(step[1] === undefined ? {} : { stage: { index: Number(step[1]) - 1 } }),
    };
  }
  const error = lastMatch(lines, BUILDAH_ERROR_STEP);
  return error ? { kind: 'step', text: error[1] as string } : parseErrorLine(lines);
}

/** Reads the failing step out of a failed build's output. */
export function findFailedStep(dialect: OutputDialect, lines: readonly string[]): FailedStep | undefined {
  switch (dialect) {
    case 'legacy':
      return findLegacyStep(lines);
    case 'buildkit':
      return findBuildkitStep(lines);
    case 'buildah':
      return findBuildahStep(lines);
  }
}

interface Stage {
  readonly index: number;
  readonly name?: string;
  readonly instructions: readonly Instruction[];
}

function splitStages(instructions: readonly Instruction[]): Stage[] {
  const stages: { index: number; name?: string; instructions: Instruction[] }[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'from') {
      const words = instruction.args.text.trim().split(/\s+/);
      const as = words.findIndex((w) => w.toLowerCase() === 'as');
      const name = as >= 0 ? words[as + 1]?.toLowerCase() : undefined;
      stages.push({ index: stages.length, ...(name === undefined ? {} : { name }), instructions: [instruction] });
    } else {
      stages[stages.length - 1]?.instructions.push(instruction);
    }
  }
  return stages;
}

function normalise(text: string): string {
  const collapsed = text.trim().replace(/\s+/g, ' ');
  const space = collapsed.indexOf(' ');
  const keyword = space < 0 ? collapsed : collapsed.slice(0, space);
  return keyword.toUpperCase() + (space < 0 ? '' : collapsed.slice(space));
}

function instructionText(instruction: Instruction): string {
  return normalise(`${instruction.keyword} ${instruction.args.text}`);
}

function lineOf(instruction: Instruction): number {
  return instruction.keywordLocation.line;
}

function stageOf(stages: readonly Stage[], hint: StageHint | undefined): Stage | undefined {
  if (hint === undefined) return undefined;
  if ('index' in hint) return stages[hint.index];
  const name = hint.name.toLowerCase();
  return stages.find((s) => s.name === name);
}

function locateStep(step: Extract<FailedStep, { kind: 'step' }>, instructions: readonly Instruction[]): number | undefined {
  const wanted = normalise(step.text);
  if (step.globalIndex !== undefined) {
    const byIndex = instructions[step.globalIndex - 1];
    if (byIndex && instructionText(byIndex) === wanted) return lineOf(byIndex);
  }
  const stages = splitStages(instructions);
  const stage = stageOf(stages, step.stage);
  if (stage && step.indexInStage !== undefined) {
    const byIndex = stage.instructions[step.indexInStage - 1];
    if (byIndex && instructionText(byIndex) === wanted) return lineOf(byIndex);
  }
  const matching = instructions.filter((i) => instructionText(i) === wanted);
  if (matching.length === 1) return lineOf(matching[0] as Instruction);
  if (stage) {
    const inStage = stage.instructions.filter((i) => instructionText(i) === wanted);
    if (inStage.length === 1) return lineOf(inStage[0] as Instruction);
  }
  return undefined;
}

function sameImage(a: string, b: string): boolean {
  try {
    const x = parseReference(a);
    const y = parseReference(b);
    return x.registry === y.registry && x.repository === y.repository && JSON.stringify(x.target) === JSON.stringify(y.target);
  } catch {
    return false;
  }
}

function locateBase(reference: string, instructions: readonly Instruction[]): number | undefined {
  const froms = instructions.filter((i) => {
    if (i.keyword !== 'from') return false;
    const image = i.args.text.trim().split(/\s+/).find((w) => !w.startsWith('--'));
    return image !== undefined && (image === reference || sameImage(image, reference));
  });
  return froms.length === 1 ? lineOf(froms[0] as Instruction) : undefined;
}

/** Maps a failing step to its 1-based line in the Dockerfile, when exactly one instruction fits. */
export function locateFailedStep(step: FailedStep, dockerfileText: string): number | undefined {
  const { instructions } = readInstructions(dockerfileText, 'Dockerfile');
  const lineCount = dockerfileText.split('\n').length;
  switch (step.kind) {
    case 'line':
      return step.line >= 1 && step.line <= lineCount ? step.line : undefined;
    case 'step':
      return locateStep(step, instructions);
    case 'base':
      return locateBase(step.reference, instructions);
  }
}

/** Both steps at once: the failing Dockerfile line named by a failed build's output, if any. */
export function failingDockerfileLine(dialect: OutputDialect, lines: readonly string[], dockerfileText: string): number | undefined {
  const step = findFailedStep(dialect, lines);
  return step === undefined ? undefined : locateFailedStep(step, dockerfileText);
}
