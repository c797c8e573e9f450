/**
 * `RegistryError`: every failure of a registry operation, saying which operation, on which
 * reference, the HTTP status, the registry's own error code and message, and what to do.
 */

/** Codes the client itself assigns when the registry gave none (or never answered). */
export type ClientErrorCode =
  | 'NETWORK'
  | 'REQUEST_FAILED'
  | 'TIMEOUT'
  | 'DIGEST_MISMATCH'
  | 'SIZE_MISMATCH'
  | 'INVALID_MANIFEST'
  | 'TOO_LARGE'
  | 'UNEXPECTED_STATUS'
  | 'NO_CREDENTIALS'
  | 'TOKEN_FAILED'
  | 'CREDENTIAL_HELPER'
  | 'RETRY_BUDGET';

export interface RegistryErrorInit {
  /** What the client was doing, e.g. `get manifest`, `upload blob`. */
  readonly operation: string;
  /** The reference or repository it was doing it to, e.g. `127.0.0.1:5000/foo:latest`. */
  readonly reference: string;
  readonly status?: number;
  /** The registry's error code (`MANIFEST_UNKNOWN`, `DENIED`…) or a client code. */
  readonly code: string;
  /** The registry's own message, or a description of what went wrong. */
  readonly detail: string;
  readonly hint?: string;
  readonly cause?: unknown;
}

export class RegistryError extends Error {
  readonly operation: string;
  readonly reference: string;
  readonly status: number | undefined;
  readonly code: string;
  readonly detail: string;
  readonly hint: string | undefined;

  constructor(init: RegistryErrorInit) {
    super(formatRegistryError(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'RegistryError';
    this.operation = init.operation;
    this.reference = init.reference;
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.hint = init.hint;
  }
}

function formatRegistryError(init: RegistryErrorInit): string {
  const status = init.status === undefined ? '' : `HTTP ${init.status} `;
  const detail = init.detail === '' ? '' : `: ${init.detail.replace(/\.$/, '')}`;
  const hint = init.hint === undefined ? '' : ` ${init.hint}`;
  return `${init.operation} ${init.reference} failed: ${status}${init.code}${detail}.${hint}`;
}

export interface RegistryErrorEntry {
  readonly code: string;
  readonly message: string;
}

/**
 * The `{"errors":[{"code","message","detail"}]}` body of the distribution spec. Bodies that are
 * not of that shape (an HTML page from a proxy, plain text) give one entry with their first line.
 */
export function parseRegistryErrorBody(body: string): RegistryErrorEntry[] {
  const text = body.trim();
  if (text === '') return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (isRecord(parsed) && Array.isArray(parsed['errors'])) {
      return parsed['errors'].filter(isRecord).map((e) => ({
        code: typeof e['code'] === 'string' ? e['code'] : 'UNKNOWN',
        message: typeof e['message'] === 'string' ? e['message'] : '',
      }));
    }
    // Token servers answer `{"details": "..."}` or OAuth2 `{"error": "...", "error_description": "..."}`.
    if (isRecord(parsed)) {
      const message = [parsed['details'], parsed['error_description'], parsed['message']].find((v) => typeof v === 'string');
      const code = typeof parsed['error'] === 'string' ? parsed['error'] : 'UNKNOWN';
      if (message !== undefined || code !== 'UNKNOWN') return [{ code, message: typeof message === 'string' ? message : '' }];
    }
  } catch {
    // Not JSON: fall through to the first line of text.
  }
  const firstLine = (text.split('\n')[0] ?? '').replace(/<[^>]*>/g, '').trim().slice(0, 200);
  return firstLine === '' ? [] : [{ code: 'UNKNOWN', message: firstLine }];
}

/** A hint for the statuses whose fix is always the same. */
export function hintForStatus(status: number, registry: string): string | undefined {
  switch (status) {
    case 401:
      return `Check the credentials for ${registry}: pass username/password inputs, run docker/login-action, or add them to the Docker config or containers auth.json.`;
    case 403:
      return `The credentials for ${registry} are valid but lack the permission this needs (pull, or pull and push).`;
    case 429:
      return `${registry} is rate-limiting this client; retry later or authenticate to get a higher limit.`;
    default:
      return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
