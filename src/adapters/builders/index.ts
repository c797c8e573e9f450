/** The builders' public surface: one interface, three tools, and the choice between them. */
export {
  BUILDER_NAMES,
  BuildFailedError,
  BuilderUnavailableError,
  LOG_TAIL_LINES,
  UnsupportedBuildRequestError,
  type BuildCache,
  type Builder,
  type BuilderName,
  type BuildOutcome,
  type BuildRequest,
  type LocalBuildOutcome,
  type PushedBuildOutcome,
} from './types.js';
export { createBuilder, NoUsableBuilderError, selectBuilder, type BuilderOptions, type BuilderPreference } from './select.js';
export { BuildxBuilder, probeBuildx, type BuildxProbe } from './buildx.js';
export { DockerBuilder, probeDocker, type DockerCliOptions, type DockerProbe } from './docker.js';
export { BuildahBuilder, probeBuildah, type BuildahOptions, type BuildahProbe } from './buildah.js';
export { parseBuildxMetadata, BuildxMetadataError, type BuildxMetadata } from './buildx-metadata.js';
export { failingDockerfileLine, findFailedStep, locateFailedStep, type FailedStep, type OutputDialect } from './failure.js';
