/**
 * Where a deployed service can be reached from the runner, so that checks say
 * `service: web, port: 8443` and nobody hard-codes host ports.
 *
 * A container port published on the host is reached there (a wildcard bind address means the
 * loopback address); one that is not published is reached on the container's own address,
 * which a Linux runner can route to.
 */
import { serviceEnvPrefix } from './env-names.js';

export interface PublishedPort {
  readonly containerPort: number;
  readonly protocol: string;
  /** As Docker reports it: "0.0.0.0", "::", "127.0.0.1", or "". */
  readonly hostIp: string;
  readonly hostPort: number;
}

export interface ServiceAddress {
  readonly service: string;
  /** The container's address on its (first) network, when it has one. */
  readonly containerIp?: string;
  readonly published: readonly PublishedPort[];
}

export interface Endpoint {
  readonly host: string;
  readonly port: number;
  readonly via: 'published port' | 'container address';
}

export type EndpointLookup = { readonly ok: true; readonly endpoint: Endpoint } | { readonly ok: false; readonly why: string };

function reachableHost(hostIp: string): string {
  if (hostIp === '' || hostIp === '0.0.0.0') return '127.0.0.1';
  if (hostIp === '::') return '::1';
  return hostIp;
}

function isIpv4(address: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(address);
}

/** The published binding of a TCP container port, IPv4 preferred. */
function publishedTcp(service: ServiceAddress, containerPort: number): PublishedPort | undefined {
  const bindings = service.published.filter((p) => p.containerPort === containerPort && p.protocol === 'tcp');
  return bindings.find((p) => isIpv4(reachableHost(p.hostIp))) ?? bindings[0];
}

export function endpointOf(service: ServiceAddress, containerPort: number): EndpointLookup {
  const published = publishedTcp(service, containerPort);
  if (published) return { ok: true, endpoint: { host: reachableHost(published.hostIp), port: published.hostPort, via: 'published port' } };
  if (service.containerIp) return { ok: true, endpoint: { host: service.containerIp, port: containerPort, via: 'container address' } };
  const ports = service.published.map((p) => `${p.containerPort}/${p.protocol}`);
  return {
    ok: false,
    why: `${service.service} neither publishes port ${containerPort} (it publishes ${ports.length > 0 ? ports.join(', ') : 'none'}) nor has a container address to reach it on`,
  };
}

/**
 * The environment a `run` check gets for the services: `SERVICE_<NAME>_HOST` (where its
 * published ports are), `SERVICE_<NAME>_PORT_<P>` (the host port of container port P),
 * `SERVICE_<NAME>_PORT` (its first published port) and `SERVICE_<NAME>_IP` (the container's
 * address).
 */
export function serviceEnvironment(services: readonly ServiceAddress[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const service of [...services].sort((a, b) => a.service.localeCompare(b.service))) {
    const prefix = serviceEnvPrefix(service.service);
    const tcp = service.published.filter((p) => p.protocol === 'tcp').sort((a, b) => a.containerPort - b.containerPort);
    const first = tcp.find((p) => isIpv4(reachableHost(p.hostIp))) ?? tcp[0];
    env[`${prefix}_HOST`] = first ? reachableHost(first.hostIp) : (service.containerIp ?? '127.0.0.1');
    if (first) env[`${prefix}_PORT`] = String(first.hostPort);
    for (const port of new Set(tcp.map((p) => p.containerPort))) {
      const binding = publishedTcp(service, port);
      if (binding) env[`${prefix}_PORT_${port}`] = String(binding.hostPort);
    }
    if (service.containerIp) env[`${prefix}_IP`] = service.containerIp;
  }
  return env;
}

/** The URL a request goes to: the service's endpoint for the URL's port, written into the URL. */
export function urlPort(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}
