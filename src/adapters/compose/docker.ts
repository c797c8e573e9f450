/**
 * What smoke asks the Docker daemon about deployed containers, with the docker CLI: which
 * containers a compose project has (by its label, the same for compose v1 and v2), their
 * state, health, addresses and published ports, their logs, and commands run in them.
 */
import type { ContainerState, ContainerStatus, HealthStatus, PublishedPort, ServiceAddress } from '../../core/checks/index.js';
import { outputTail, runChild, type ChildResult } from '../checks/child.js';

export const PROJECT_LABEL = 'com.docker.compose.project';
export const SERVICE_LABEL = 'com.docker.compose.service';
const NUMBER_LABEL = 'com.docker.compose.container-number';
const CLI_TIMEOUT_MS = 60_000;

export class DockerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DockerError';
  }
}

export interface InspectedContainer {
  readonly id: string;
  readonly name: string;
  /** The compose service, or the container's name for containers outside compose. */
  readonly service: string;
  readonly number: number;
  readonly state: ContainerState;
  readonly address: ServiceAddress;
  readonly image: string;
}

async function docker(args: readonly string[], options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<ChildResult> {
  const result = await runChild('docker', args, { timeoutMs: options.timeoutMs ?? CLI_TIMEOUT_MS, ...(options.signal ? { signal: options.signal } : {}) });
  if (result.timedOut) throw new DockerError(`docker ${args[0]} did not answer within ${(options.timeoutMs ?? CLI_TIMEOUT_MS) / 1000} s`);
  return result;
}

async function checked(args: readonly string[], signal?: AbortSignal): Promise<string> {
  const result = await docker(args, signal ? { signal } : {});
  if (result.exitCode !== 0) throw new DockerError(`docker ${args.slice(0, 2).join(' ')} failed: ${outputTail(result)}`);
  return result.stdout;
}

const STATUSES: readonly ContainerStatus[] = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'];
const HEALTH: readonly HealthStatus[] = ['starting', 'healthy', 'unhealthy'];

interface RawInspect {
  Id?: string;
  Name?: string;
  RestartCount?: number;
  State?: { Status?: string; ExitCode?: number; Error?: string; OOMKilled?: boolean; Health?: { Status?: string } };
  Config?: { Labels?: Record<string, string> | null; Image?: string };
  NetworkSettings?: {
    Ports?: Record<string, { HostIp?: string; HostPort?: string }[] | null> | null;
    Networks?: Record<string, { IPAddress?: string }> | null;
  };
}

export function parseInspect(raw: RawInspect): InspectedContainer {
  const labels = raw.Config?.Labels ?? {};
  const name = (raw.Name ?? '').replace(/^\//, '');
  const service = labels[SERVICE_LABEL] ?? name;
  const status = STATUSES.find((s) => s === raw.State?.Status) ?? 'created';
  const health = HEALTH.find((h) => h === raw.State?.Health?.Status);
  const published: PublishedPort[] = [];
  for (const [key, bindings] of Object.entries(raw.NetworkSettings?.Ports ?? {})) {
    const [port, protocol] = key.split('/');
    for (const binding of bindings ?? []) {
      const hostPort = Number(binding.HostPort);
      if (Number.isInteger(hostPort) && hostPort > 0) published.push({ containerPort: Number(port), protocol: protocol ?? 'tcp', hostIp: binding.HostIp ?? '', hostPort });
    }
  }
  const containerIp = Object.values(raw.NetworkSettings?.Networks ?? {})
    .map((n) => n.IPAddress ?? '')
    .find((ip) => ip !== '');
  const state: ContainerState = {
    service,
    containerId: raw.Id ?? '',
    status,
    exitCode: raw.State?.ExitCode ?? 0,
    ...(health ? { health } : {}),
    restartCount: raw.RestartCount ?? 0,
    oomKilled: raw.State?.OOMKilled ?? false,
    ...(raw.State?.Error ? { error: raw.State.Error } : {}),
  };
  return {
    id: raw.Id ?? '',
    name,
    service,
    number: Number(labels[NUMBER_LABEL] ?? '1'),
    state,
    address: { service, ...(containerIp ? { containerIp } : {}), published },
    image: raw.Config?.Image ?? '',
  };
}

export async function inspectContainers(ids: readonly string[], signal?: AbortSignal): Promise<InspectedContainer[]> {
  if (ids.length === 0) return [];
  const text = await checked(['inspect', '--type', 'container', ...ids], signal);
  const list = JSON.parse(text) as RawInspect[];
  return list.map(parseInspect).sort((a, b) => a.service.localeCompare(b.service) || a.number - b.number);
}

/** Every container of a compose project, stopped ones included. */
export async function projectContainers(project: string, signal?: AbortSignal): Promise<InspectedContainer[]> {
  const ids = (await checked(['ps', '--all', '--quiet', '--no-trunc', '--filter', `label=${PROJECT_LABEL}=${project}`], signal)).split('\n').filter((l) => l.trim() !== '');
  return inspectContainers(ids, signal);
}

/** A container by name (deployments made by a command), or undefined. */
export async function containerByName(name: string, signal?: AbortSignal): Promise<InspectedContainer | undefined> {
  const result = await docker(['inspect', '--type', 'container', name], signal ? { signal } : {});
  if (result.exitCode !== 0) return undefined;
  const [first] = JSON.parse(result.stdout) as RawInspect[];
  return first ? parseInspect(first) : undefined;
}

/** Networks and volumes a compose project made (its label is on them too). */
export async function projectResources(project: string): Promise<{ containers: string[]; networks: string[]; volumes: string[] }> {
  const filter = ['--filter', `label=${PROJECT_LABEL}=${project}`];
  const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const [containers, networks, volumes] = await Promise.all([
    checked(['ps', '--all', '--quiet', ...filter]),
    checked(['network', 'ls', '--quiet', ...filter]),
    checked(['volume', 'ls', '--quiet', ...filter]),
  ]);
  return { containers: lines(containers), networks: lines(networks), volumes: lines(volumes) };
}

/**
 * A container's log, stdout and stderr in the order they were written (by Docker's
 * timestamps, which are then dropped); the last `tail` lines when given.
 */
export async function containerLogs(id: string, options: { tail?: number; signal?: AbortSignal } = {}): Promise<string> {
  const args = ['logs', '--timestamps', ...(options.tail !== undefined ? ['--tail', String(options.tail)] : []), id];
  const result = await docker(args, options.signal ? { signal: options.signal } : {});
  if (result.exitCode !== 0) throw new DockerError(`docker logs failed: ${outputTail(result)}`);
  const lines: { at: string; order: number; text: string }[] = [];
  let order = 0;
  for (const text of [result.stdout, result.stderr]) {
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const space = line.indexOf(' ');
      const stamp = space > 0 ? line.slice(0, space) : '';
      const isStamp = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(stamp);
      // RFC 3339 with trailing zeros of the fraction dropped: pad it, so that the text sorts as time.
      const at = isStamp ? stamp.replace(/(?:\.(\d+))?Z$/, (_m, fraction: string | undefined) => `.${(fraction ?? '').padEnd(9, '0')}Z`) : '';
      lines.push({ at, order: order++, text: isStamp ? line.slice(space + 1) : line });
    }
  }
  lines.sort((a, b) => (a.at === b.at ? a.order - b.order : a.at < b.at ? -1 : 1));
  const merged = lines.map((l) => l.text);
  return (options.tail !== undefined ? merged.slice(-options.tail) : merged).join('\n');
}

/** Runs a command in a running container, as the container's own user and environment. */
export async function execInContainer(id: string, argv: readonly string[], options: { timeoutMs: number; signal?: AbortSignal }): Promise<ChildResult> {
  return runChild('docker', ['exec', id, ...argv], { timeoutMs: options.timeoutMs, ...(options.signal ? { signal: options.signal } : {}) });
}
