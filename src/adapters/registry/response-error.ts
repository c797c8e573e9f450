/**
 * Turns a registry's error answer into a `RegistryError`: the registry's code and message from
 * its `{"errors":[…]}` body (scrubbed of secrets), a code from the status when it gave none,
 * and a hint for the statuses whose fix is always the same.
 */
import { RegistryError, hintForStatus, parseRegistryErrorBody } from './errors.js';
import { isRetryableStatus } from './retry.js';
import type { Redactor } from './secret.js';
import { readBody, type TransportResponse } from './transport.js';

const ERROR_BODY_LIMIT = 64 * 1024;

export interface ErrorContext {
  readonly operation: string;
  readonly reference: string;
  readonly registry: string;
  /** HEAD answers have no body to read. */
  readonly method: string;
}

export async function registryErrorFrom(ctx: ErrorContext, res: TransportResponse, redactor: Redactor, extraHint?: string): Promise<RegistryError> {
  let body = '';
  if (ctx.method !== 'HEAD') {
    try {
      body = Buffer.from(await readBody(res.body, ERROR_BODY_LIMIT)).toString('utf8');
    } catch {
      await res.dump();
    }
  } else {
    await res.dump();
  }
  const entries = parseRegistryErrorBody(body);
  const code = entries[0]?.code ?? statusCode(res.status);
  const detail = redactor.redact(entries.map((e) => e.message).filter((m) => m !== '').join('; ') || defaultDetail(res.status, res.attempts));
  const hint = [hintForStatus(res.status, ctx.registry), extraHint].filter((h): h is string => h !== undefined).join(' ');
  return new RegistryError({
    operation: ctx.operation,
    reference: ctx.reference,
    status: res.status,
    code,
    detail: res.attempts > 1 && isRetryableStatus(res.status) && !detail.includes('attempts') ? `${detail} (after ${res.attempts} attempts)` : detail,
    ...(hint === '' ? {} : { hint }),
  });
}

function statusCode(status: number): string {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'DENIED';
    case 404:
      return 'NOT_FOUND';
    case 405:
      return 'UNSUPPORTED';
    case 429:
      return 'TOOMANYREQUESTS';
    default:
      return status >= 500 ? 'SERVER_ERROR' : 'UNEXPECTED_STATUS';
  }
}

function defaultDetail(status: number, attempts: number): string {
  const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
  if (isRetryableStatus(status)) return `the registry kept answering ${status}${tries}`;
  return `the registry answered ${status} without an error message`;
}
