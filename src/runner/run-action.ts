/**
 * The one wrapper every action entry point runs in: errors become annotations and
 * `core.setFailed`, user-input diagnostics land on their file and line.
 */
import * as core from '@actions/core';
import { UserInputError, formatDiagnostic } from '../core/diagnostics.js';

/** Emits each diagnostic as an error annotation on its file, line and column. */
export function annotate(error: UserInputError): void {
  for (const d of error.diagnostics) {
    const text = d.hint ? `${d.message}\n${d.hint}` : d.message;
    if (d.location) {
      core.error(text, {
        title: 'image-actions',
        file: d.location.file,
        startLine: d.location.line,
        startColumn: d.location.column,
      });
    } else {
      core.error(text, { title: 'image-actions' });
    }
  }
}

export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof UserInputError) {
      annotate(error);
      const count = error.diagnostics.length;
      core.setFailed(
        count === 1 && error.diagnostics[0]
          ? formatDiagnostic(error.diagnostics[0])
          : `${name}: ${count} problems in the configuration; see the annotations above. Nothing was built.`,
      );
    } else {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof Error && error.stack) core.debug(error.stack);
      core.setFailed(`${name}: ${message}`);
    }
  }
}

/** Thrown by the entry points of actions whose issue has not landed yet. */
export class NotImplementedError extends Error {
  constructor(action: string) {
    super(`the ${action} action is not implemented in this version of image-actions; pin a release that has it`);
    this.name = 'NotImplementedError';
  }
}
