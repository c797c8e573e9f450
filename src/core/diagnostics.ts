/**
 * Errors that point at a place in a user's file.
 *
 * Every problem in user input (images.yaml, a template, a Dockerfile) becomes a
 * `Diagnostic`: what is wrong, where, and what to do. The runner turns each one
 * into a GitHub annotation on that line; the CLI prints it as `file:line:col`.
 */

/** A 1-based position in a file, relative to the repository root. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface Diagnostic {
  readonly message: string;
  /** Absent only when the problem has no single place (e.g. "no images found"). */
  readonly location?: SourceLocation;
  /** What the user should do about it. */
  readonly hint?: string;
}

/** An error carrying one or more diagnostics about user input. Nothing is built after one. */
export class UserInputError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'UserInputError';
    this.diagnostics = diagnostics;
  }
}

export function formatLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? `${formatLocation(d.location)}: ` : '';
  const hint = d.hint ? ` — ${d.hint}` : '';
  return `${where}${d.message}${hint}`;
}

/** Throws a `UserInputError` if any diagnostics were collected. */
export function throwIfAny(diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length > 0) throw new UserInputError(diagnostics);
}
