/**
 * Small builders for registry states and policies in retention tests. Digests are real SHA-256
 * values of a name, so fallback tags (`sha256-<hex>.sig`) can name them as they would for real.
 */
import { createHash } from 'node:crypto';
import { duration as parseDuration } from '../../../../src/core/config/duration.js';
import type { ManifestInfo, RepositoryState, RetentionPolicy, RetentionRule } from '../../../../src/core/retention/model.js';

export const NOW = new Date('2025-06-15T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

export function digestOf(name: string): string {
  return `sha256:${createHash('sha256').update(name).digest('hex')}`;
}

/** The fallback tag naming a manifest: `sha256-<hex>` plus `.sig`/`.att`/`.sbom` if given. */
export function fallbackTag(name: string, suffix?: 'sig' | 'att' | 'sbom'): string {
  const base = digestOf(name).replace(':', '-');
  return suffix ? `${base}.${suffix}` : base;
}

export function daysAgo(days: number, from: Date = NOW): Date {
  return new Date(from.getTime() - days * DAY);
}

interface Common {
  /** Age in days relative to NOW, shorthand for `created`. */
  days?: number;
  created?: Date;
  buildKey?: string;
  subject?: string;
  size?: number;
}

export class StateBuilder {
  private readonly tags = new Map<string, string>();
  private readonly manifests = new Map<string, ManifestInfo>();
  private readonly registryDates = new Map<string, Date>();

  constructor(private readonly repository = 'registry.test/acme/foreman') {}

  private common(name: string, opts: Common) {
    const created = opts.created ?? (opts.days !== undefined ? daysAgo(opts.days) : undefined);
    return {
      digest: digestOf(name),
      ...(created ? { created } : {}),
      ...(opts.buildKey !== undefined ? { buildKey: opts.buildKey } : {}),
      ...(opts.subject !== undefined ? { subject: digestOf(opts.subject) } : {}),
      ...(opts.size !== undefined ? { size: opts.size } : {}),
    };
  }

  image(name: string, opts: Common = {}): this {
    this.manifests.set(digestOf(name), { kind: 'image', ...this.common(name, opts) });
    return this;
  }

  artifact(name: string, opts: Common = {}): this {
    this.manifests.set(digestOf(name), { kind: 'artifact', ...this.common(name, opts) });
    return this;
  }

  index(name: string, children: readonly string[], opts: Common = {}): this {
    this.manifests.set(digestOf(name), { kind: 'index', children: children.map(digestOf), ...this.common(name, opts) });
    return this;
  }

  throwaway(name: string): this {
    this.manifests.set(digestOf(name), { kind: 'throwaway', digest: digestOf(name) });
    return this;
  }

  tag(tag: string, name: string): this {
    this.tags.set(tag, digestOf(name));
    return this;
  }

  registryDate(name: string, date: Date): this {
    this.registryDates.set(digestOf(name), date);
    return this;
  }

  build(): RepositoryState {
    return {
      repository: this.repository,
      tags: new Map(this.tags),
      manifests: new Map(this.manifests),
      ...(this.registryDates.size > 0 ? { registryDates: new Map(this.registryDates) } : {}),
    };
  }
}

export interface RuleSpec {
  tags: string;
  olderThan?: string;
  keepLast?: number;
}

export function policy(rules: readonly RuleSpec[], protect: readonly string[] = []): RetentionPolicy {
  return {
    rules: rules.map(
      (r): RetentionRule => ({
        tags: r.tags,
        ...(r.olderThan !== undefined ? { olderThan: parseDuration(r.olderThan) } : {}),
        ...(r.keepLast !== undefined ? { keepLast: r.keepLast } : {}),
      }),
    ),
    protect,
  };
}

/** The rules and protect list of SPEC.md's example, as a user would write them. */
export const SPEC_POLICY = policy(
  [
    { tags: 'pr-*', olderThan: '7d' },
    { tags: 'mq-*', olderThan: '2d' },
    { tags: 'nightly-*', keepLast: 14 },
    { tags: 'main-*', olderThan: '180d' },
    { tags: '*-*', olderThan: '7d' },
    { tags: 'bk-*', olderThan: '30d' },
  ],
  ['latest', 'v*', '[0-9]*', 'keep-*'],
);
