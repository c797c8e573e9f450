/**
 * The JSON Schema of images.yaml and its validator.
 *
 * The schema is a file of the repository (schema/images.schema.json) so that editors can use it
 * through `# yaml-language-server: $schema=...`; it is imported as JSON so that the ncc bundle
 * carries it. It is draft-07, the draft editors support best.
 *
 * The validator is compiled ahead of time (scripts/generate-schema-validator.ts, ajv standalone
 * code): compiling this schema with ajv at run time cost every process ~100 ms. It records the
 * schema it was made from; a schema edited without regenerating is refused here rather than
 * validated by the old rules.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import imagesSchema from '../../../schema/images.schema.json' with { type: 'json' };
import { SCHEMA_TEXT, validate as generatedValidate } from './schema-validator.generated.js';

export const IMAGES_SCHEMA: Readonly<Record<string, unknown>> = imagesSchema;

const validate = generatedValidate as unknown as ValidateFunction;
let checked = false;

/** Validates parsed YAML data; an empty list when it conforms. */
export function validateAgainstSchema(data: unknown): readonly ErrorObject[] {
  if (!checked) {
    // Its text, not a hash: JSON.stringify and a string comparison take ~0.2 ms; hashing took ~2.
    if (JSON.stringify(IMAGES_SCHEMA) !== SCHEMA_TEXT) {
      throw new Error(
        'schema/images.schema.json changed since src/core/config/schema-validator.generated.ts was generated: ' +
          'run `node scripts/generate-schema-validator.ts` (scripts/build.sh does it too)',
      );
    }
    checked = true;
  }
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
