/**
 * What every builder (buildx, classic docker, buildah) is asked to do and what it answers, so
 * that the build use case can schedule images without knowing which tool builds them.
 */

export type BuilderName = 'buildx' | 'docker' | 'buildah';
export const BUILDER_NAMES: readonly BuilderName[] = ['buildx', 'docker', 'buildah'];

/**
 * Where a build may take cached layers from, and where it leaves them. The layers of the docker
 * and buildah builders are kept between runs by the caller (src/app/build-cache.ts), which
 * loads them into the builder's own store first; buildx has remote caches of its own.
 */
export interface BuildCache {
  /**
   * buildx: `--cache-from` specs, e.g. `type=gha,scope=base` or `type=registry,ref=…`.
   * docker: `--cache-from` image references, local images the caller loaded. buildah: unused.
   */
  readonly from?: readonly string[];
  /** buildx `--cache-to` specs. docker and buildah: unused. */
  readonly to?: readonly string[];
  /**
   * docker with BuildKit: write the inline cache metadata into the image
   * (`BUILDKIT_INLINE_CACHE=1`), without which BuildKit cannot use the image as a cache source
   * in a later run. The legacy builder needs nothing: it matches the image's history.
   */
  readonly inline?: boolean;
}

export interface BuildRequest {
  /** The image's name in the project, for logs and errors. */
  readonly image: string;
  /** Absolute path of the build context; builders never write into it. */
  readonly contextDir: string;
  /** Absolute path of the Dockerfile to build, usually a generated one outside the context. */
  readonly dockerfile: string;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly target?: string;
  /** `os/arch[/variant]`, e.g. `linux/amd64`. Empty means the builder's own platform. */
  readonly platforms: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  /** Full references, e.g. `127.0.0.1:5000/acme/base:pr-1-abc1234`. At least one. */
  readonly tags: readonly string[];
  readonly push: boolean;
  /** Registry hosts (`host[:port]`) reached over plain HTTP. Loopback hosts always are. */
  readonly insecureRegistries?: readonly string[];
  readonly cache?: BuildCache;
  /** Receives the builder's output, one line at a time, as it comes. */
  readonly onLog: (line: string) => void;
}

interface OutcomeCommon {
  readonly image: string;
  readonly builder: BuilderName;
  readonly durationMs: number;
  /** The last lines of the builder's output (at most LOG_TAIL_LINES). */
  readonly logTail: readonly string[];
}

/** Pushed: the digest is the one the registry stores under every tag (a manifest or an index). */
export interface PushedBuildOutcome extends OutcomeCommon {
  readonly pushed: true;
  readonly digest: string;
}

/**
 * Not pushed (`push: false`): the image exists only in the builder's local store, known by its
 * image ID (the config digest), which is not a registry digest and must never be used as one.
 */
export interface LocalBuildOutcome extends OutcomeCommon {
  readonly pushed: false;
  readonly imageId: string;
}

export type BuildOutcome = PushedBuildOutcome | LocalBuildOutcome;

export interface Builder {
  readonly name: BuilderName;
  /** One line on how this builder works here, e.g. `docker (legacy builder: BuildKit needs buildx)`. */
  readonly description: string;
  build(request: BuildRequest): Promise<BuildOutcome>;
}

/** How many trailing output lines an outcome or a failure keeps. */
export const LOG_TAIL_LINES = 30;

/** The build (or its push) failed: the builder's own last words, and where in the Dockerfile when it said. */
export class BuildFailedError extends Error {
  readonly image: string;
  readonly builder: BuilderName;
  readonly logTail: readonly string[];
  /** The Dockerfile that was built (the `dockerfile` of the request). */
  readonly dockerfile: string;
  /** 1-based line of the failing instruction in `dockerfile`, when the builder's output names it. */
  readonly dockerfileLine?: number;
  readonly phase: 'build' | 'push';

  constructor(details: {
    image: string;
    builder: BuilderName;
    phase: 'build' | 'push';
    reason: string;
    logTail: readonly string[];
    dockerfile: string;
    dockerfileLine?: number | undefined;
  }) {
    const where = details.dockerfileLine === undefined ? '' : ` at ${details.dockerfile}:${details.dockerfileLine}`;
    super(`${details.builder} failed to ${details.phase} ${details.image}${where}: ${details.reason}`);
    this.name = 'BuildFailedError';
    this.image = details.image;
    this.builder = details.builder;
    this.phase = details.phase;
    this.logTail = details.logTail;
    this.dockerfile = details.dockerfile;
    if (details.dockerfileLine !== undefined) this.dockerfileLine = details.dockerfileLine;
  }
}

/** The requested builder cannot work on this machine; the message says what to install or change. */
export class BuilderUnavailableError extends Error {
  constructor(
    readonly builder: BuilderName,
    readonly reason: string,
    readonly hint: string,
  ) {
    super(`the ${builder} builder is not usable here: ${reason}. ${hint}`);
    this.name = 'BuilderUnavailableError';
  }
}

/** The request asks for something this builder cannot do (e.g. several platforms with classic docker). */
export class UnsupportedBuildRequestError extends Error {
  constructor(
    readonly builder: BuilderName,
    readonly image: string,
    reason: string,
  ) {
    super(`${builder} cannot build ${image}: ${reason}`);
    this.name = 'UnsupportedBuildRequestError';
  }
}
