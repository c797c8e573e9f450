/**
 * What each FROM builds on: an image of this repository (a graph edge), an external base, an
 * earlier stage of the same Dockerfile, or nothing (`scratch`).
 *
 * Matching rule. A reference names an image of this repository when the last path component of
 * its repository (registry, namespaces, tag and digest ignored), with the configured `prefix`
 * stripped when it starts with it, is a known image name. When stripping leaves no known name, the
 * unstripped component is tried, so an image whose own name starts with the prefix
 * (`kolla-toolbox` with prefix `kolla-`) is still found. Examples with images {base,
 * base-notebook} and prefix `kolla-`: `quay.io/x/kolla-base:1` → base;
 * `ghcr.io/acme/base-notebook@sha256:…` → base-notebook; `debian:12` → external.
 *
 * Because only the last component matters, a FROM whose registry or namespace comes from ARGs
 * without a value (`${REGISTRY}/${OWNER}/base-notebook`) is still an edge. A FROM whose image
 * name itself is unknown before the build, and that is not one of ours, is an error: its
 * external base could not be watched.
 *
 * A FROM naming the very image its Dockerfile builds (`images/debian` built `FROM debian:12`)
 * means the upstream image of that name: a build can never be its own parent.
 */
import { throwIfAny, formatLocation, type Diagnostic } from '../diagnostics.js';
import { formatReference, parseReference, ReferenceParseError, type ImageReference } from '../reference.js';
import type { GraphEdge } from '../graph/index.js';
import type { UnresolvedVariable } from './expand.js';
import type { FromInstruction, ParsedDockerfile, UnresolvedPart } from './parse.js';

export type BaseOrigin =
  | ({ readonly kind: 'internal' } & InternalParent)
  | ({ readonly kind: 'external' } & ExternalBase)
  | { readonly kind: 'stage'; readonly stage: string; readonly stageIndex: number; readonly from: FromInstruction }
  | { readonly kind: 'scratch'; readonly from: FromInstruction };

/** A FROM naming an image of this repository. */
export interface InternalParent {
  readonly image: string;
  readonly from: FromInstruction;
}

export interface ExternalBase {
  /** As substituted, e.g. `debian:12`. */
  readonly reference: string;
  /** Normalised: registry, repository and tag or digest. */
  readonly parsed: ImageReference;
  readonly from: FromInstruction;
}

export interface ClassifiedFroms {
  /** One per FROM, in file order. */
  readonly origins: readonly BaseOrigin[];
  /** Each FROM naming an image of this repository, in file order (an image may appear twice). */
  readonly parents: readonly InternalParent[];
  /** The images of this repository the Dockerfile builds on: sorted, without repeats. */
  readonly parentImages: readonly string[];
  /** External bases in file order, each reference once (by its normalised form). */
  readonly externalBases: readonly ExternalBase[];
}

export interface ClassifyOptions {
  /** The configured name prefix (`prefix:` in images.yaml), `""` for none. */
  readonly prefix: string;
  /** The image this Dockerfile builds: a FROM naming it is its upstream namesake, never an edge. */
  readonly image?: string;
}

/** Marks characters whose value is unknown, so that splitting never happens inside them. */
const UNKNOWN = '\uE000';

/** Start and end of the last path component of a reference's repository. */
function lastComponentRange(reference: string): { start: number; end: number } {
  const at = reference.indexOf('@');
  const name = at < 0 ? reference : reference.slice(0, at);
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const end = colon > slash ? colon : name.length;
  return { start: slash + 1, end };
}

/** The known image a repository's last path component names, with the prefix rule above. */
export function imageForComponent(component: string, known: ReadonlySet<string>, prefix: string): string | undefined {
  if (prefix !== '' && component.startsWith(prefix)) {
    const stripped = component.slice(prefix.length);
    if (known.has(stripped)) return stripped;
  }
  return known.has(component) ? component : undefined;
}

/** The image of this repository that a (fully known) reference names, if any. */
export function imageNamedBy(reference: string, known: ReadonlySet<string>, prefix: string): string | undefined {
  const { start, end } = lastComponentRange(reference);
  return imageForComponent(reference.slice(start, end), known, prefix);
}

/**
 * The last component of a FROM's reference, or undefined when part of it is unknown before the
 * build. Unknown parts are masked first so that a `/` or `:` inside `${X:-a/b}` cannot split.
 */
function literalLastComponent(reference: string, unresolved: readonly UnresolvedPart[]): string | undefined {
  let masked = reference;
  for (const part of unresolved) {
    masked = masked.slice(0, part.start) + UNKNOWN.repeat(part.end - part.start) + masked.slice(part.end);
  }
  const { start, end } = lastComponentRange(masked);
  const component = masked.slice(start, end);
  return component.includes(UNKNOWN) || component === '' ? undefined : component;
}

function describeCause(cause: UnresolvedVariable): string {
  const required = cause.message === undefined ? '' : ` (${cause.message})`;
  switch (cause.reason) {
    case 'no-value': {
      const where = cause.declaredAt ? ` at ${formatLocation(cause.declaredAt)}` : '';
      return `$${cause.name} has no value: ARG ${cause.name}${where} has no default and no build arg sets it${required}`;
    }
    case 'not-declared':
      return `$${cause.name} is not declared by an ARG before the first FROM${required}`;
    case 'set-by-builder':
      return `$${cause.name} is set by the builder for each target platform${required}`;
  }
}

function hintFor(causes: readonly UnresolvedVariable[]): string {
  const hints = new Set<string>();
  for (const cause of causes) {
    switch (cause.reason) {
      case 'no-value':
        hints.add(`give ARG ${cause.name} a default (ARG ${cause.name}=…) or set ${cause.name} under build-args in images.yaml`);
        break;
      case 'not-declared':
        hints.add(`declare ARG ${cause.name}=… before the first FROM (a FROM sees only ARGs declared before the first FROM)`);
        break;
      case 'set-by-builder':
        hints.add(`name the base without $${cause.name}, or set ${cause.name} under build-args in images.yaml`);
        break;
    }
  }
  const list = [...hints].join('; ');
  return `To fix it, ${list}. If it is an image of this repository, keep its name literal (e.g. \${REGISTRY}/base:\${TAG}) so it is recognised.`;
}

function unresolvedDiagnostic(from: FromInstruction): Diagnostic {
  const causes: UnresolvedVariable[] = [];
  for (const part of from.unresolved) {
    for (const cause of part.causes) {
      if (!causes.some((c) => c.name === cause.name && c.reason === cause.reason)) causes.push(cause);
    }
  }
  const why = causes.length > 0 ? causes.map(describeCause).join('; ') : 'a variable in it has no known value';
  return {
    message: `cannot tell which image FROM ${from.written} builds on: ${why}`,
    location: from.referenceLocation,
    hint: hintFor(causes),
  };
}

function invalidReferenceDiagnostic(from: FromInstruction, error: ReferenceParseError): Diagnostic {
  const substituted = from.reference === from.written ? '' : ` (after substitution: ${from.reference})`;
  return {
    message: `FROM ${from.written}${substituted}: ${error.message}`,
    location: from.referenceLocation,
    hint: 'Write the image as [registry/][namespace/]name[:tag][@sha256:digest], in lowercase.',
  };
}

/**
 * Sorts every FROM of a parsed Dockerfile into edges, external bases, stages and scratch.
 * Throws `UserInputError` for a FROM whose image cannot be known or is not a valid reference.
 */
export function classifyFroms(parsed: ParsedDockerfile, known: ReadonlySet<string>, options: ClassifyOptions): ClassifiedFroms {
  const origins: BaseOrigin[] = [];
  const diagnostics: Diagnostic[] = [];

  for (const from of parsed.froms) {
    if (from.baseStage !== undefined) {
      origins.push({ kind: 'stage', stage: from.baseStage.name, stageIndex: from.baseStage.index, from });
      continue;
    }
    const resolved = from.unresolved.length === 0;
    if (resolved && from.reference === 'scratch') {
      origins.push({ kind: 'scratch', from });
      continue;
    }

    const component = literalLastComponent(from.reference, from.unresolved);
    const matched = component === undefined ? undefined : imageForComponent(component, known, options.prefix);
    const image = matched !== undefined && matched !== options.image ? matched : undefined;

    if (!resolved) {
      // A registry or tag we cannot know does not matter for an image we build ourselves: the
      // builder rewrites that FROM to the digest it just built.
      if (image !== undefined) origins.push({ kind: 'internal', image, from });
      else diagnostics.push(unresolvedDiagnostic(from));
      continue;
    }

    let parsedReference: ImageReference;
    try {
      parsedReference = parseReference(from.reference);
    } catch (error) {
      if (!(error instanceof ReferenceParseError)) throw error;
      diagnostics.push(invalidReferenceDiagnostic(from, error));
      continue;
    }
    if (image !== undefined) origins.push({ kind: 'internal', image, from });
    else origins.push({ kind: 'external', reference: from.reference, parsed: parsedReference, from });
  }

  throwIfAny(diagnostics);

  const parents = origins.flatMap((o): InternalParent[] => (o.kind === 'internal' ? [{ image: o.image, from: o.from }] : []));
  const parentImages = [...new Set(parents.map((p) => p.image))].sort();
  const externalBases: ExternalBase[] = [];
  const seen = new Set<string>();
  for (const origin of origins) {
    if (origin.kind !== 'external') continue;
    const key = formatReference(origin.parsed);
    if (seen.has(key)) continue;
    seen.add(key);
    externalBases.push({ reference: origin.reference, parsed: origin.parsed, from: origin.from });
  }
  return { origins, parents, parentImages, externalBases };
}

/** The graph edges a Dockerfile's FROM lines make: one per FROM naming an image of ours. */
export function fromEdges(child: string, classified: ClassifiedFroms): GraphEdge[] {
  return classified.parents.map((parent) => ({
    parent: parent.image,
    child,
    origin: { kind: 'from', location: parent.from.location, reference: parent.from.written },
  }));
}
