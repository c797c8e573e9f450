/**
 * The typed, defaulted images.yaml: what the rest of the code reads.
 *
 * Keys are camelCase here (the file uses kebab-case). Every default is already applied, every
 * path is normalised to a repository-relative `/` path inside the repository, and every regular
 * expression is known to compile. Where the file allows a choice of shapes (one path or a list,
 * a script or a command, compose or a command), the type is a union that says which one was
 * given, so that no consumer has to re-check the combinations.
 */

export const BUILDER_NAMES = ['auto', 'buildx', 'docker', 'buildah'] as const;
export type BuilderName = (typeof BUILDER_NAMES)[number];

/** A span of time as the user wrote it (for messages) and in milliseconds (for timers). */
export interface Duration {
  /** As written, e.g. "5m"; a plain number of seconds is shown as "<n>s". */
  readonly text: string;
  readonly milliseconds: number;
}

/** An upstream repository an image is built from. */
export interface SourceRepo {
  /** The name templates use: `sources.<name>.revision`. Unique within the image. */
  readonly name: string;
  readonly url: string;
  /** Branch or tag whose moves rebuild the image; "HEAD" (the remote's default branch) unless set. */
  readonly ref: string;
}

export type StructureTests =
  /** container-structure-test YAML files, repository-relative. */
  | { readonly kind: 'files'; readonly files: readonly string[] }
  /** Tests written inline in images.yaml, in the container-structure-test format. */
  | { readonly kind: 'inline'; readonly spec: Readonly<Record<string, unknown>> };

export interface ImageSettings {
  readonly sources: readonly SourceRepo[];
  /** Globs of further paths whose change rebuilds the image. */
  readonly watch: readonly string[];
  /** Images that must be built first although no FROM line names them. */
  readonly dependsOn: readonly string[];
  /** Build arguments; numbers and booleans are kept as written ("3.10" stays "3.10"). */
  readonly buildArgs: Readonly<Record<string, string>>;
  /** Build context, repository-relative; absent means the image folder. */
  readonly context?: string;
  readonly target?: string;
  /** The image's own platforms, or `defaults.platforms`. */
  readonly platforms: readonly string[];
  readonly structureTests?: StructureTests;
}

export interface TemplateConfig {
  readonly variables: Readonly<Record<string, unknown>>;
  /** Repository-relative path of an ES module exporting filters and globals. */
  readonly extensions?: string;
}

export interface DefaultsConfig {
  readonly builder: BuilderName;
  readonly platforms: readonly string[];
}

export type TemporaryTagRule =
  /** The per-event rule: pr-<n>-<sha7>, mq-<sha7>, <branch>-<sha7>, nightly-<date>-<sha7>, … */
  | { readonly kind: 'default' }
  /** Tag characters and {placeholders}, filled in from the event. */
  | { readonly kind: 'pattern'; readonly pattern: string };

export interface TagsConfig {
  readonly temporary: TemporaryTagRule;
  /** Literal tags, {placeholder} patterns, and the keyword "semver". */
  readonly promote: readonly string[];
}

export type Deployment =
  | { readonly kind: 'none' }
  /** Compose files, repository-relative, in the order given. */
  | { readonly kind: 'compose'; readonly files: readonly string[] }
  | {
      readonly kind: 'command';
      /** argv; never run through a shell. */
      readonly command: readonly string[];
      /** Globs of files whose image references are rewritten in a temporary copy. */
      readonly rewrite: readonly string[];
      /** argv that removes the deployment. */
      readonly teardown?: readonly string[];
    };

interface CheckBase {
  /** Given, or derived from the type and target (e.g. "http http://localhost:8080/"). */
  readonly name: string;
  /** Limit of one attempt. */
  readonly timeout: Duration;
  /** Attempts after the first that fails. */
  readonly retries: number;
  /** Wait between attempts. */
  readonly interval: Duration;
}

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export interface HttpCheck extends CheckBase {
  readonly type: 'http';
  readonly url: string;
  readonly method: HttpMethod;
  readonly headers: Readonly<Record<string, string>>;
  /** Statuses that pass; never empty. */
  readonly status: readonly number[];
  readonly bodyContains?: string;
  /** A JavaScript regular expression (known to compile). */
  readonly bodyMatches?: string;
  readonly insecure: boolean;
  /** Repository-relative PEM file of CA certificates. */
  readonly ca?: string;
  /**
   * A deployed service: the request goes to where its container port (the URL's port) is
   * published, the URL (Host header, TLS name) staying as written.
   */
  readonly service?: string;
}

export interface TcpCheck extends CheckBase {
  readonly type: 'tcp';
  readonly host: string;
  /** With `service`, the container port, connected to where it is published. */
  readonly port: number;
  /** A deployed service whose published `port` is connected to instead of host:port. */
  readonly service?: string;
}

export interface TlsCheck extends CheckBase {
  readonly type: 'tls';
  readonly host: string;
  readonly port: number;
  /** SNI name and the name verified in the certificate; the host unless set. */
  readonly serverName: string;
  readonly insecure: boolean;
  readonly ca?: string;
  /** A deployed service whose published `port` is connected to instead of host:port. */
  readonly service?: string;
}

interface OutputExpectations {
  readonly exitCode: number;
  readonly outputContains?: string;
  /** A JavaScript regular expression (known to compile). */
  readonly outputMatches?: string;
}

export interface ExecCheck extends CheckBase, OutputExpectations {
  readonly type: 'exec';
  readonly service: string;
  readonly command: readonly string[];
}

export type RunProgram =
  /** Repository-relative executable file. */
  | { readonly kind: 'script'; readonly path: string }
  | { readonly kind: 'command'; readonly argv: readonly string[] };

export interface RunCheck extends CheckBase, OutputExpectations {
  readonly type: 'run';
  readonly program: RunProgram;
}

export interface LogsCheck extends CheckBase {
  readonly type: 'logs';
  readonly service: string;
  /** A JavaScript regular expression (known to compile). */
  readonly pattern: string;
  /** When true, the pattern must NOT appear. */
  readonly absent: boolean;
}

export type CheckSpec = HttpCheck | TcpCheck | TlsCheck | ExecCheck | RunCheck | LogsCheck;
export type CheckType = CheckSpec['type'];

export interface DeployConfig {
  readonly deployment: Deployment;
  /** Environment of the deployment and the checks. */
  readonly env: Readonly<Record<string, string>>;
  /** How long bringing the deployment up may take. */
  readonly timeout: Duration;
  readonly checks: readonly CheckSpec[];
}

/**
 * One retention rule. At least one of `olderThan` and `keepLast` is set: a matching tag is
 * deleted when older than `olderThan` (if set) and not among the newest `keepLast` (if set).
 */
export interface RetentionRule {
  /** Glob matched against tag names. */
  readonly tags: string;
  readonly olderThan?: Duration;
  readonly keepLast?: number;
}

export interface RetentionConfig {
  /** In order; the first rule whose pattern matches a tag decides. */
  readonly rules: readonly RetentionRule[];
  /** Globs of tags never deleted (nor the digests they point to). */
  readonly protect: readonly string[];
}

export interface ImagesConfig {
  readonly version: 1;
  /** Push prefix, e.g. "ghcr.io/acme"; "" for local names. */
  readonly registry: string;
  readonly prefix: string;
  /** Repository-relative; "." is the repository root. */
  readonly imagesDir: string;
  readonly template: TemplateConfig;
  readonly defaults: DefaultsConfig;
  /**
   * Settings by image name, only for images the file mentions. A null-prototype record, so that
   * an image called e.g. "constructor" does not find Object's. Use `settingsFor` for any image.
   */
  readonly images: Readonly<Record<string, ImageSettings>>;
  readonly tags: TagsConfig;
  readonly deploy: DeployConfig;
  readonly retention: RetentionConfig;
}

