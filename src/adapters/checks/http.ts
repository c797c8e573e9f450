/**
 * The `http` check: one request, judged by status and body. With `service`, the request goes
 * to where that service publishes the URL's port, while the URL stays as written: its host is
 * the Host header and the name TLS verifies, like `curl --connect-to`.
 */
import { readFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { describeStatuses, endpointOf, failed, judgeHttp, passed, urlPort, type Verdict } from '../../core/checks/index.js';
import type { HttpCheck } from '../../core/config/types.js';
import { addressOf, attemptSignal, describeNetworkError, type CheckContext } from './context.js';

const BODY_LIMIT = 1024 * 1024;

function readBody(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      if (size < BODY_LIMIT) parts.push(chunk);
      size += chunk.length;
    });
    response.on('end', () => resolve(Buffer.concat(parts).toString('utf8').slice(0, BODY_LIMIT)));
    response.on('error', reject);
  });
}

export async function httpAttempt(check: HttpCheck, context: CheckContext): Promise<Verdict> {
  const url = new URL(check.url);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  let host = hostname;
  let port = urlPort(url);
  const signal = attemptSignal(context, check.timeout.milliseconds);
  if (check.service) {
    const found = endpointOf(await addressOf(context, check.service, signal), port);
    if (!found.ok) return failed(`${check.service} reachable on port ${port}`, found.why);
    host = found.endpoint.host;
    port = found.endpoint.port;
  }
  const where = check.service ? `${check.url} (${check.service} at ${host}:${port})` : check.url;
  const ca = check.ca ? await readFile(join(context.root, check.ca)) : undefined;
  const secure = url.protocol === 'https:';
  const request = secure ? httpsRequest : httpRequest;
  try {
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(
        {
          host,
          port,
          method: check.method,
          path: `${url.pathname}${url.search}`,
          headers: { host: url.host, ...check.headers },
          signal,
          agent: false,
          ...(secure
            ? { ...(isIP(hostname) ? {} : { servername: hostname }), rejectUnauthorized: !check.insecure, ...(ca ? { ca } : {}) }
            : {}),
        },
        resolve,
      );
      req.on('error', reject);
      req.end();
    });
    const body = check.method === 'HEAD' ? '' : await readBody(response);
    const verdict = judgeHttp(check, { status: response.statusCode ?? 0, body });
    return verdict.ok && check.service ? passed(`${verdict.detail} from ${check.service} at ${host}:${port}`) : verdict;
  } catch (error) {
    return failed(`status ${describeStatuses(check.status)} from ${where}`, `no response: ${describeNetworkError(error, check.timeout.milliseconds, where)}`);
  }
}
