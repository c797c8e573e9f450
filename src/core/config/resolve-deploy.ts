/**
 * The `deploy:` section: how the images are deployed together, and the checks run on them.
 */
import { DEFAULT_CHECK_INTERVAL, DEFAULT_CHECK_RETRIES, DEFAULT_CHECK_TIMEOUT, DEFAULT_DEPLOY_TIMEOUT, DEFAULT_HTTP_STATUS } from './defaults.js';
import { duration } from './duration.js';
import type { DataPath } from './positions.js';
import { plainRecord, type Problems } from './problems.js';
import type { RawCheck, RawDeploy, RawHttpCheck, RawScalar } from './raw.js';
import type { CheckSpec, DeployConfig, Deployment, RunProgram } from './types.js';

export function resolveStringMap(
  problems: Problems,
  path: DataPath,
  raw: Readonly<Record<string, RawScalar>> | null | undefined,
): Readonly<Record<string, string>> {
  return plainRecord(Object.entries(raw ?? {}).map(([key, value]) => [key, problems.scalarText([...path, key], value)] as const));
}

function resolveDeployment(problems: Problems, raw: RawDeploy): Deployment {
  const path = ['deploy'];
  if (raw.compose !== undefined && raw.command !== undefined) {
    problems.atKey([...path, 'command'], 'deploy has both compose and command', 'Use one: compose files, or a command that deploys.');
  }
  if (raw.command === undefined) {
    for (const key of ['rewrite', 'teardown'] as const) {
      if (raw[key] !== undefined) {
        problems.atKey([...path, key], `${key} applies only to a deploy.command`, raw.compose !== undefined ? 'Compose deployments point services at the builds under test and are torn down with down -v by themselves; remove it.' : 'Add deploy.command, or remove it.');
      }
    }
  }
  if (raw.compose !== undefined) {
    const list = typeof raw.compose === 'string' ? [raw.compose] : raw.compose;
    const files = list.flatMap((file, i) => problems.repoPath(typeof raw.compose === 'string' ? [...path, 'compose'] : [...path, 'compose', i], file) ?? []);
    return { kind: 'compose', files };
  }
  if (raw.command !== undefined) {
    return {
      kind: 'command',
      command: raw.command,
      rewrite: raw.rewrite ?? [],
      ...(raw.teardown ? { teardown: raw.teardown } : {}),
    };
  }
  return { kind: 'none' };
}

/** Statuses that pass: numbers as given, a class such as "2xx" as its hundred codes; default any 2xx. */
function resolveStatuses(raw: RawHttpCheck['status']): number[] {
  const items = raw === undefined ? [DEFAULT_HTTP_STATUS] : Array.isArray(raw) ? raw : [raw as number | string];
  const statuses = new Set<number>();
  for (const item of items) {
    if (typeof item === 'number') {
      statuses.add(item);
    } else {
      const base = Number(item[0]) * 100;
      for (let code = base; code < base + 100; code++) statuses.add(code);
    }
  }
  return [...statuses].sort((a, b) => a - b);
}

function resolveRunProgram(problems: Problems, path: DataPath, raw: Extract<RawCheck, { type: 'run' }>): RunProgram | undefined {
  if (raw.script !== undefined && raw.command !== undefined) {
    problems.atKey([...path, 'command'], 'a run check has both script and command', 'Use one of them.');
    return undefined;
  }
  if (raw.script !== undefined) {
    const script = problems.repoPath([...path, 'script'], raw.script);
    return script === undefined ? undefined : { kind: 'script', path: script };
  }
  if (raw.command !== undefined) return { kind: 'command', argv: raw.command };
  problems.atValue(path, 'a run check needs script or command', 'Add script: <file of the repository>, or command: [program, args…].');
  return undefined;
}

function resolveCheck(problems: Problems, path: DataPath, raw: RawCheck, deployment: Deployment): CheckSpec | undefined {
  const common = {
    timeout: duration(raw.timeout ?? DEFAULT_CHECK_TIMEOUT),
    retries: raw.retries ?? DEFAULT_CHECK_RETRIES,
    interval: duration(raw.interval ?? DEFAULT_CHECK_INTERVAL),
  };
  const optionalRegex = <K extends string>(key: K, yamlKey: string, source: string | undefined): { [P in K]?: string } => {
    if (source === undefined) return {};
    const checked = problems.regex([...path, yamlKey], source);
    return (checked === undefined ? {} : { [key]: checked }) as { [P in K]?: string };
  };
  const optionalCa = (ca: string | undefined): { ca?: string } => {
    if (ca === undefined) return {};
    const checked = problems.repoPath([...path, 'ca'], ca);
    return checked === undefined ? {} : { ca: checked };
  };
  if ((raw.type === 'exec' || raw.type === 'logs') && deployment.kind === 'none') {
    problems.atValue([...path, 'service'], `an ${raw.type} check needs a deployment with services`, 'Add deploy.compose (or deploy.command), or use a run check.');
  }
  const service = (): { service?: string } => {
    if (!(raw.type === 'http' || raw.type === 'tcp' || raw.type === 'tls') || raw.service === undefined) return {};
    if (deployment.kind === 'none') {
      problems.atValue([...path, 'service'], `a ${raw.type} check names a service, but nothing is deployed`, 'Add deploy.compose (or deploy.command), or give the host and port.');
    }
    if (raw.type !== 'http' && raw.host !== undefined) {
      problems.atKey([...path, 'host'], `a ${raw.type} check has both host and service`, 'Use one: service (its published port is found) or host.');
    }
    return { service: raw.service };
  };

  switch (raw.type) {
    case 'http': {
      try {
        new URL(raw.url);
      } catch {
        problems.atValue([...path, 'url'], `${JSON.stringify(raw.url)} is not a valid URL`, 'Write a whole URL, e.g. http://localhost:8080/health.');
      }
      const method = raw.method ?? 'GET';
      return {
        type: 'http',
        name: raw.name ?? `http ${method === 'GET' ? '' : `${method} `}${raw.url}`,
        ...common,
        url: raw.url,
        method,
        headers: plainRecord(Object.entries(raw.headers ?? {})),
        status: resolveStatuses(raw.status),
        ...(raw['body-contains'] !== undefined ? { bodyContains: raw['body-contains'] } : {}),
        ...optionalRegex('bodyMatches', 'body-matches', raw['body-matches']),
        insecure: raw.insecure ?? false,
        ...optionalCa(raw.ca),
        ...service(),
      };
    }
    case 'tcp': {
      const host = raw.host ?? 'localhost';
      return { type: 'tcp', name: raw.name ?? `tcp ${raw.service ?? host}:${raw.port}`, ...common, host, port: raw.port, ...service() };
    }
    case 'tls': {
      const host = raw.host ?? 'localhost';
      return {
        type: 'tls',
        name: raw.name ?? `tls ${raw.service ?? host}:${raw.port}`,
        ...common,
        host,
        port: raw.port,
        serverName: raw['server-name'] ?? host,
        insecure: raw.insecure ?? false,
        ...optionalCa(raw.ca),
        ...service(),
      };
    }
    case 'exec':
      return {
        type: 'exec',
        name: raw.name ?? `exec ${raw.service}: ${raw.command.join(' ')}`,
        ...common,
        service: raw.service,
        command: raw.command,
        exitCode: raw['exit-code'] ?? 0,
        ...(raw['output-contains'] !== undefined ? { outputContains: raw['output-contains'] } : {}),
        ...optionalRegex('outputMatches', 'output-matches', raw['output-matches']),
      };
    case 'run': {
      const program = resolveRunProgram(problems, path, raw);
      if (!program) return undefined;
      return {
        type: 'run',
        name: raw.name ?? `run ${program.kind === 'script' ? program.path : program.argv.join(' ')}`,
        ...common,
        program,
        exitCode: raw['exit-code'] ?? 0,
        ...(raw['output-contains'] !== undefined ? { outputContains: raw['output-contains'] } : {}),
        ...optionalRegex('outputMatches', 'output-matches', raw['output-matches']),
      };
    }
    case 'logs': {
      const pattern = problems.regex([...path, 'pattern'], raw.pattern);
      if (pattern === undefined) return undefined;
      const absent = raw.absent ?? false;
      return {
        type: 'logs',
        name: raw.name ?? `logs ${raw.service}: ${absent ? 'no ' : ''}/${raw.pattern}/`,
        ...common,
        service: raw.service,
        pattern,
        absent,
      };
    }
  }
}

export function resolveDeploy(problems: Problems, raw: RawDeploy | null | undefined): DeployConfig {
  const deploy = raw ?? {};
  const deployment = resolveDeployment(problems, deploy);
  const checks: CheckSpec[] = [];
  const names = new Map<string, number>();
  for (const [index, rawCheck] of (deploy.checks ?? []).entries()) {
    const path = ['deploy', 'checks', index];
    const check = resolveCheck(problems, path, rawCheck, deployment);
    if (!check) continue;
    const earlier = names.get(check.name);
    if (earlier !== undefined) {
      problems.atValue(
        rawCheck.name !== undefined ? [...path, 'name'] : path,
        `two checks are named "${check.name}" (deploy.checks[${earlier}] and this one)`,
        'Give each check its own name, so that reports tell them apart.',
      );
    }
    names.set(check.name, index);
    checks.push(check);
  }
  return {
    deployment,
    env: resolveStringMap(problems, ['deploy', 'env'], deploy.env),
    timeout: duration(deploy.timeout ?? DEFAULT_DEPLOY_TIMEOUT),
    checks,
  };
}
