/**
 * Picking the builder: an explicit choice must work (or fail saying what to install); `auto`
 * takes the first of buildx, docker, buildah whose probe succeeds here, and says why it
 * passed over the others.
 */
import { BuildahBuilder } from './buildah.js';
import { BuildxBuilder } from './buildx.js';
import { DockerBuilder } from './docker.js';
import { BUILDER_NAMES, BuilderUnavailableError, type Builder, type BuilderName } from './types.js';

export type BuilderPreference = 'auto' | BuilderName;

export interface BuilderOptions {
  /** The docker CLI for the buildx and docker builders; `docker` from PATH by default. */
  readonly docker?: string;
  readonly buildah?: string;
  readonly env?: NodeJS.ProcessEnv;
}

export class NoUsableBuilderError extends Error {
  constructor(readonly reasons: readonly BuilderUnavailableError[]) {
    super(
      `no builder works here (auto tried ${BUILDER_NAMES.join(', ')}):\n` +
        reasons.map((r) => `- ${r.message}`).join('\n') +
        '\nInstall one of them; on GitHub-hosted Ubuntu runners buildx and buildah are already there.',
    );
    this.name = 'NoUsableBuilderError';
  }
}

/** Creates one builder by name, probing it (BuilderUnavailableError when it cannot work here). */
export function createBuilder(name: BuilderName, options: BuilderOptions = {}): Promise<Builder> {
  const docker = { ...(options.docker === undefined ? {} : { docker: options.docker }), ...(options.env === undefined ? {} : { env: options.env }) };
  switch (name) {
    case 'buildx':
      return BuildxBuilder.create(docker);
    case 'docker':
      return DockerBuilder.create(docker);
    case 'buildah':
      return BuildahBuilder.create({ ...(options.buildah === undefined ? {} : { buildah: options.buildah }), ...(options.env === undefined ? {} : { env: options.env }) });
  }
}

export async function selectBuilder(preference: BuilderPreference, log: (message: string) => void, options: BuilderOptions = {}): Promise<Builder> {
  if (preference !== 'auto') {
    const builder = await createBuilder(preference, options);
    log(`builder: ${builder.name} (as configured) — ${builder.description}`);
    return builder;
  }
  const passed: BuilderUnavailableError[] = [];
  for (const name of BUILDER_NAMES) {
    try {
      const builder = await createBuilder(name, options);
      const skipped = passed.length === 0 ? '' : `; passed over ${passed.map((p) => `${p.builder}: ${p.reason}`).join(', ')}`;
      log(`builder: ${builder.name} (auto: the first of ${BUILDER_NAMES.join(', ')} that works here) — ${builder.description}${skipped}`);
      return builder;
    } catch (error) {
      if (!(error instanceof BuilderUnavailableError)) throw error;
      passed.push(error);
    }
  }
  throw new NoUsableBuilderError(passed);
}
