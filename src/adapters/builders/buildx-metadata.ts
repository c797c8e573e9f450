/**
 * The file `docker buildx build --metadata-file` writes: a JSON object whose
 * `containerimage.digest` is the digest of what was exported (pushed), a manifest or, with
 * attestations or several platforms, an index. `containerimage.descriptor` repeats it with
 * its media type; `image.name` lists the pushed names, comma-separated.
 *
 * Read by hand rather than through @docker/actions-toolkit: its `Build.resolveDigest` is this
 * one property lookup, and importing it bundles ~4.6 MB (handlebars, csv-parse, @actions/artifact
 * deps…) and creates a temporary directory as a side effect of `import`.
 */

export interface BuildxMetadata {
  /** `containerimage.digest`: what the registry stores under every pushed tag. */
  readonly digest: string;
  /** `containerimage.descriptor.mediaType`, when buildx reports it. */
  readonly mediaType?: string;
  /** `containerimage.config.digest`: the image ID, when present. */
  readonly configDigest?: string;
  /** `image.name` split on commas: the references buildx pushed (or named). */
  readonly names: readonly string[];
  /** `buildx.build.ref`: builder/node/build id, for `docker buildx history`. */
  readonly buildRef?: string;
}

const SHA256 = /^sha256:[a-f0-9]{64}$/;

export class BuildxMetadataError extends Error {
  constructor(file: string, reason: string) {
    super(`buildx metadata file ${file}: ${reason}`);
    this.name = 'BuildxMetadataError';
  }
}

function stringField(object: Record<string, unknown>, key: string): string | undefined {
  const value = object[key];
  return typeof value === 'string' ? value : undefined;
}

/** Parses the metadata file's text; `file` is only for messages. */
export function parseBuildxMetadata(text: string, file: string): BuildxMetadata {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new BuildxMetadataError(file, `not JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new BuildxMetadataError(file, 'expected a JSON object (buildx writes `null` when the build exported nothing)');
  }
  const object = parsed as Record<string, unknown>;
  const digest = stringField(object, 'containerimage.digest');
  if (digest === undefined) {
    throw new BuildxMetadataError(file, 'no "containerimage.digest": the build exported no image (was --push or --load given?)');
  }
  if (!SHA256.test(digest)) throw new BuildxMetadataError(file, `"containerimage.digest" is "${digest}", not a sha256 digest`);

  let mediaType: string | undefined;
  const descriptor = object['containerimage.descriptor'];
  if (typeof descriptor === 'object' && descriptor !== null) {
    const d = descriptor as Record<string, unknown>;
    const descriptorDigest = stringField(d, 'digest');
    if (descriptorDigest !== undefined && descriptorDigest !== digest) {
      throw new BuildxMetadataError(file, `"containerimage.descriptor" names ${descriptorDigest} but "containerimage.digest" is ${digest}`);
    }
    mediaType = stringField(d, 'mediaType');
  }
  const configDigest = stringField(object, 'containerimage.config.digest');
  const buildRef = stringField(object, 'buildx.build.ref');
  const names = (stringField(object, 'image.name') ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return {
    digest,
    names,
    ...(mediaType === undefined ? {} : { mediaType }),
    ...(configDigest === undefined ? {} : { configDigest }),
    ...(buildRef === undefined ? {} : { buildRef }),
  };
}
