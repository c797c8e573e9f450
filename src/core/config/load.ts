/**
 * Loading images.yaml: parse with positions, validate against the JSON Schema, apply the
 * defaults, and check what a schema cannot. Every problem found is reported at once, each at
 * its file, line and column; nothing is built after one.
 *
 * The checks that need well-typed data run on what is left once the values the schema rejected
 * are taken out, so that one run reports both kinds of problem.
 */
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { UserInputError, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import { YamlLocator, type DataPath } from './positions.js';
import { Problems } from './problems.js';
import type { RawConfig } from './raw.js';
import { resolveConfig } from './resolve.js';
import { pruneRejected } from './prune.js';
import { byPosition, schemaDiagnostics } from './schema-errors.js';
import { validateAgainstSchema } from './schema.js';
import type { ImagesConfig } from './types.js';

export interface LoadedConfig {
  readonly config: ImagesConfig;
  /** images.yaml, repository-relative, as messages name it. */
  readonly file: string;
  /** Where the value at `path` is written; the nearest written ancestor, or the file's start. */
  locate(path: DataPath): SourceLocation;
  /** Where the key at the end of `path` is written (for "this entry should not be here"); else as `locate`. */
  locateKey(path: DataPath): SourceLocation;
}

// A file of a few kilobytes never needs more; a "billion laughs" of aliases stops here.
const MAX_ALIAS_COUNT = 1000;

function loaded(config: ImagesConfig, file: string, locator: YamlLocator): LoadedConfig {
  return {
    config,
    file,
    locate: (path) => locator.locate(path),
    locateKey: (path) => locator.locateKey(path),
  };
}

function syntaxDiagnostic(error: YAMLError, file: string): Diagnostic {
  const [start] = error.linePos ?? [];
  // yaml appends " at line L, column C:" and a code frame; the location says that already.
  const message = error.message.split(/ at line \d+, column \d+/)[0]?.trim() ?? error.message;
  return {
    message: `invalid YAML: ${message}`,
    location: { file, line: start?.line ?? 1, column: start?.col ?? 1 },
    hint: 'Fix the YAML syntax (indentation, quotes, brackets) at this place.',
  };
}

/** Parses and validates images.yaml; `text` undefined (no file) or empty gives every default. */
export function loadImagesConfig(text: string | undefined, file: string): LoadedConfig {
  if (text === undefined) {
    // No file: the defaults, built fresh (as for an empty file) so that no two loads share objects.
    const locator = new YamlLocator(file, undefined, undefined);
    return loaded(resolveConfig(new Problems(locator), {}), file, locator);
  }

  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, merge: true, prettyErrors: true });
  const locator = new YamlLocator(file, document, lineCounter);
  if (document.errors.length > 0) throw new UserInputError(document.errors.map((e) => syntaxDiagnostic(e, file)));

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    throw new UserInputError([
      {
        message: `cannot read the YAML: ${error instanceof Error ? error.message : String(error)}`,
        location: { file, line: 1, column: 1 },
        hint: 'Use fewer aliases (*name) or none.',
      },
    ]);
  }

  const schemaErrors = validateAgainstSchema(data);
  const problems = new Problems(locator);
  if (schemaErrors.length === 0) {
    const config = resolveConfig(problems, data as RawConfig);
    if (problems.diagnostics.length === 0) return loaded(config, file, locator);
  } else {
    const accepted = pruneRejected(data, schemaErrors, validateAgainstSchema);
    if (accepted) resolveConfig(problems, accepted as RawConfig);
  }
  const diagnostics = [...schemaDiagnostics(schemaErrors, data, locator), ...problems.diagnostics];
  throw new UserInputError(diagnostics.sort(byPosition));
}
