/**
 * The shape of images.yaml as written (kebab-case keys), once the JSON Schema has accepted it.
 * Mirrors schema/images.schema.json; sections may be null (an empty `key:` means `{}`).
 */

type Maybe<T> = T | null | undefined;

export type RawScalar = string | number | boolean;
export type RawDuration = string | number;

export interface RawSource {
  readonly name?: string;
  readonly url: string;
  readonly ref?: string;
}

export interface RawImage {
  readonly sources?: readonly RawSource[];
  readonly watch?: readonly string[];
  readonly 'depends-on'?: readonly string[];
  readonly 'build-args'?: Maybe<Readonly<Record<string, RawScalar>>>;
  readonly context?: string;
  readonly target?: string;
  readonly platforms?: readonly string[];
  readonly 'structure-tests'?: string | readonly string[] | Readonly<Record<string, unknown>>;
}

interface RawCheckBase {
  readonly name?: string;
  readonly timeout?: RawDuration;
  readonly retries?: number;
  readonly interval?: RawDuration;
}

interface RawOutputExpectations {
  readonly 'exit-code'?: number;
  readonly 'output-contains'?: string;
  readonly 'output-matches'?: string;
}

export interface RawHttpCheck extends RawCheckBase {
  readonly type: 'http';
  readonly url: string;
  readonly method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
  readonly headers?: Readonly<Record<string, string>>;
  readonly status?: number | string | readonly (number | string)[];
  readonly 'body-contains'?: string;
  readonly 'body-matches'?: string;
  readonly insecure?: boolean;
  readonly ca?: string;
  readonly service?: string;
}

export interface RawTcpCheck extends RawCheckBase {
  readonly type: 'tcp';
  readonly host?: string;
  readonly port: number;
  readonly service?: string;
}

export interface RawTlsCheck extends RawCheckBase {
  readonly type: 'tls';
  readonly host?: string;
  readonly port: number;
  readonly 'server-name'?: string;
  readonly insecure?: boolean;
  readonly ca?: string;
  readonly service?: string;
}

export interface RawExecCheck extends RawCheckBase, RawOutputExpectations {
  readonly type: 'exec';
  readonly service: string;
  readonly command: readonly string[];
}

export interface RawRunCheck extends RawCheckBase, RawOutputExpectations {
  readonly type: 'run';
  readonly script?: string;
  readonly command?: readonly string[];
}

export interface RawLogsCheck extends RawCheckBase {
  readonly type: 'logs';
  readonly service: string;
  readonly pattern: string;
  readonly absent?: boolean;
}

export type RawCheck = RawHttpCheck | RawTcpCheck | RawTlsCheck | RawExecCheck | RawRunCheck | RawLogsCheck;

export interface RawDeploy {
  readonly compose?: string | readonly string[];
  readonly command?: readonly string[];
  readonly rewrite?: readonly string[];
  readonly teardown?: readonly string[];
  readonly env?: Maybe<Readonly<Record<string, RawScalar>>>;
  readonly timeout?: RawDuration;
  readonly checks?: readonly RawCheck[];
}

export interface RawRetentionRule {
  readonly tags: string;
  readonly 'older-than'?: string;
  readonly 'keep-last'?: number;
}

export interface RawConfig {
  readonly version?: 1;
  readonly registry?: string;
  readonly prefix?: string;
  readonly 'images-dir'?: string;
  readonly template?: Maybe<{ readonly variables?: Maybe<Readonly<Record<string, unknown>>>; readonly extensions?: string }>;
  readonly defaults?: Maybe<{ readonly builder?: 'auto' | 'buildx' | 'docker' | 'buildah'; readonly platforms?: readonly string[] }>;
  readonly images?: Maybe<Readonly<Record<string, Maybe<RawImage>>>>;
  readonly tags?: Maybe<{ readonly temporary?: string; readonly promote?: readonly string[] }>;
  readonly deploy?: Maybe<RawDeploy>;
  readonly retention?: Maybe<{ readonly rules?: readonly RawRetentionRule[]; readonly protect?: readonly string[] }>;
}
