/**
 * The parts of an OCI / Docker image config that metadata tests and command tests read, from the
 * config blob's JSON as the registry serves it.
 */
import { envListToMap } from './expand.js';

export interface ImageConfigView {
  readonly env: ReadonlyMap<string, string>;
  /** Undefined when the image sets none. */
  readonly entrypoint: readonly string[] | undefined;
  readonly cmd: readonly string[] | undefined;
  readonly workdir: string;
  readonly user: string;
  /** As the config keys them: "8080/tcp". */
  readonly exposedPorts: readonly string[];
  readonly volumes: readonly string[];
  readonly labels: ReadonlyMap<string, string>;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

function keys(value: unknown): string[] {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value).sort() : [];
}

export class ImageConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageConfigError';
  }
}

export function imageConfigView(json: unknown): ImageConfigView {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ImageConfigError('the image config is not a JSON object');
  const root = json as Record<string, unknown>;
  const raw = root['config'];
  const config = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const labels = new Map<string, string>();
  const rawLabels = config['Labels'];
  if (typeof rawLabels === 'object' && rawLabels !== null) {
    for (const [k, v] of Object.entries(rawLabels)) if (typeof v === 'string') labels.set(k, v);
  }
  const entrypoint = strings(config['Entrypoint']);
  const cmd = strings(config['Cmd']);
  return {
    env: envListToMap(strings(config['Env']) ?? []),
    entrypoint,
    cmd,
    workdir: typeof config['WorkingDir'] === 'string' ? config['WorkingDir'] : '',
    user: typeof config['User'] === 'string' ? config['User'] : '',
    exposedPorts: keys(config['ExposedPorts']),
    volumes: keys(config['Volumes']),
    labels,
  };
}
