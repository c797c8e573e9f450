/**
 * A problem in a template, located in the template file where it is.
 *
 * The renderer's parts throw `TemplateFailure`; `index.ts` turns it into the
 * `UserInputError` the rest of the product understands, mapping the template's
 * name (relative to the images folder) to the path shown to the user.
 */

/** A 1-based place in a template, named relative to the images folder. */
export interface TemplatePosition {
  readonly template: string;
  readonly line: number;
  readonly column: number;
}

/**
 * - `syntax`: the template does not parse (Jinja2's TemplateSyntaxError / TemplateAssertionError);
 * - `undefined`: an undefined value was used in a way Jinja2 refuses (UndefinedError);
 * - `type`: an operation on values of the wrong type (Python's TypeError / ValueError);
 * - `not-found`: an include, import or extends names a template that does not exist;
 * - `extension`: a filter, test or global of the extensions module threw.
 */
export type TemplateFailureKind = 'syntax' | 'undefined' | 'type' | 'not-found' | 'extension';

export class TemplateFailure extends Error {
  readonly kind: TemplateFailureKind;
  readonly position: TemplatePosition | undefined;

  constructor(kind: TemplateFailureKind, message: string, position?: TemplatePosition) {
    super(message);
    this.name = 'TemplateFailure';
    this.kind = kind;
    this.position = position;
  }

  /** This failure, located at `position` unless it already knows where it happened. */
  at(position: TemplatePosition): TemplateFailure {
    return this.position ? this : new TemplateFailure(this.kind, this.message, position);
  }
}

/**
 * The failure inside an error thrown through nunjucks' runtime, which wraps errors
 * (`TemplateError` with a `cause`) as they cross template boundaries.
 */
export function findTemplateFailure(error: unknown): TemplateFailure | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 20 && current !== undefined && current !== null; depth++) {
    if (current instanceof TemplateFailure) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
