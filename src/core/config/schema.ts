/**
 * The JSON Schema of images.yaml and its compiled validator.
 *
 * The schema is a file of the repository (schema/images.schema.json) so that editors can use it
 * through `# yaml-language-server: $schema=...`; it is imported as JSON so that the ncc bundle
 * carries it. It is draft-07, the draft editors support best.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import imagesSchema from '../../../schema/images.schema.json' with { type: 'json' };

export const IMAGES_SCHEMA: Readonly<Record<string, unknown>> = imagesSchema;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({
      allErrors: true,
      // Errors carry the failing schema and data, from which messages name allowed keys and found values.
      verbose: true,
      strict: true,
      // One key may hold a path or a list of paths; the schema says so with a list of types.
      allowUnionTypes: true,
    });
    // The message editors (vscode-json-languageservice) show for a failed pattern; the loader shows it too.
    ajv.addKeyword('patternErrorMessage');
    compiled = ajv.compile(IMAGES_SCHEMA);
  }
  return compiled;
}

/** Validates parsed YAML data; an empty list when it conforms. */
export function validateAgainstSchema(data: unknown): readonly ErrorObject[] {
  const validate = validator();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
