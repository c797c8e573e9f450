/**
 * The services a compose project runs, read from `compose config` (the files merged, variables
 * interpolated): which image each names, and which are one-shots that another service waits
 * to complete (`depends_on: {x: {condition: service_completed_successfully}}`), so that their
 * exiting 0 is not a failure. Services outside the active profiles, or scaled to zero, are
 * not started by `up` and are not waited for.
 */
import { parse } from 'yaml';

export interface ComposeService {
  readonly name: string;
  readonly image?: string;
  /** Services another one waits for with `condition: service_completed_successfully`. */
  readonly oneShot: boolean;
}

interface RawService {
  image?: unknown;
  profiles?: unknown;
  scale?: unknown;
  deploy?: { replicas?: unknown } | null;
  depends_on?: unknown;
}

/** The services of `compose config` output that `up` starts. */
export function servicesOfConfig(text: string, activeProfiles: readonly string[]): ComposeService[] {
  const model = (parse(text) ?? {}) as { services?: Record<string, RawService | null> };
  const services = Object.entries(model.services ?? {});
  const completed = new Set<string>();
  for (const [, raw] of services) {
    const deps = raw?.depends_on;
    if (deps && typeof deps === 'object' && !Array.isArray(deps)) {
      for (const [dep, condition] of Object.entries(deps as Record<string, { condition?: string } | null>)) {
        if (condition?.condition === 'service_completed_successfully') completed.add(dep);
      }
    }
  }
  return services
    .filter(([, raw]) => {
      const profiles = Array.isArray(raw?.profiles) ? (raw.profiles as unknown[]).map(String) : [];
      const replicas = raw?.deploy?.replicas ?? raw?.scale;
      return (profiles.length === 0 || profiles.some((p) => activeProfiles.includes(p))) && replicas !== 0;
    })
    .map(([name, raw]) => ({ name, ...(typeof raw?.image === 'string' ? { image: raw.image } : {}), oneShot: completed.has(name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

