/**
 * A small token server for distribution's `auth.token` mode, so that the Bearer flow in tests is
 * the real one: the registry challenges, the client asks this issuer for a token with scopes,
 * and the registry verifies the JWT against the certificate in its `rootcertbundle`.
 *
 * Distribution 2.8 (registry/auth/token) finds the signing key from the JWT header: `x5c` (a
 * certificate chain it verifies against the root bundle), `jwk`, or `kid` (a libtrust key id).
 * We send `x5c` with the self-signed certificate itself, which is also the whole root bundle.
 * The key is made at test time with node:crypto; the certificate with `openssl req -x509`.
 *
 * Every token request is recorded (scopes, account, grant) so tests can assert exact scopes.
 */
import { execFile } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type TokenAlgorithm = 'ES256' | 'RS256';

export interface GrantedAccess {
  readonly type: string;
  readonly name: string;
  readonly actions: readonly string[];
}

export interface TokenRequestRecord {
  readonly method: 'GET' | 'POST';
  readonly grant: 'anonymous' | 'basic' | 'refresh_token';
  readonly account: string | undefined;
  readonly service: string | undefined;
  /** The `scope` values exactly as the client sent them. */
  readonly scopes: readonly string[];
  readonly status: number;
  readonly granted: readonly GrantedAccess[];
}

export interface TokenIssuer {
  /** `http://127.0.0.1:PORT/token`: the `realm` the registry sends in its challenge. */
  readonly realm: string;
  readonly service: string;
  readonly issuer: string;
  /** The PEM certificate the registry trusts (its `rootcertbundle`). */
  readonly certificatePath: string;
  readonly requests: readonly TokenRequestRecord[];
  /** Every token handed out, so tests can check that none reaches a log. */
  readonly issuedTokens: readonly string[];
  clearRequests(): void;
  stop(): Promise<void>;
}

export interface TokenIssuerOptions {
  /** A directory for the key and certificate. */
  readonly dir: string;
  /** username → password. */
  readonly users: Readonly<Record<string, string>>;
  /** refresh token → username, for the OAuth2 `refresh_token` grant (identity tokens). */
  readonly refreshTokens?: Readonly<Record<string, string>>;
  readonly algorithm?: TokenAlgorithm;
  /** Anonymous clients get `pull` on every repository. Default true. */
  readonly anonymousPull?: boolean;
  readonly expiresInSeconds?: number;
  readonly service?: string;
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** `repository:name:pull,push` → parts. The name may contain `:`, so split at the ends. */
function parseScope(scope: string): GrantedAccess | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first < 0 || last <= first) return undefined;
  return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions: scope.slice(last + 1).split(',').filter((a) => a !== '') };
}

async function makeKeyAndCertificate(dir: string, algorithm: TokenAlgorithm, subject: string): Promise<{ key: KeyObject; certificatePath: string; certificateDer: Buffer }> {
  const pair = algorithm === 'ES256' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPath = join(dir, 'token-issuer.key');
  const certificatePath = join(dir, 'token-issuer.crt');
  await writeFile(keyPath, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  await run('openssl', ['req', '-x509', '-new', '-key', keyPath, '-subj', `/CN=${subject}`, '-days', '2', '-sha256', '-out', certificatePath]);
  const pem = await readFile(certificatePath, 'utf8');
  const body = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  return { key: createPrivateKey(await readFile(keyPath)), certificatePath, certificateDer: Buffer.from(body, 'base64') };
}

export async function startTokenIssuer(options: TokenIssuerOptions): Promise<TokenIssuer> {
  const algorithm = options.algorithm ?? 'ES256';
  const service = options.service ?? 'image-actions-test-registry';
  const issuer = 'image-actions-test-issuer';
  const expiresIn = options.expiresInSeconds ?? 300;
  const anonymousPull = options.anonymousPull ?? true;
  const { key, certificatePath, certificateDer } = await makeKeyAndCertificate(options.dir, algorithm, issuer);
  const requests: TokenRequestRecord[] = [];
  const issuedTokens: string[] = [];

  const signToken = (subject: string, access: readonly GrantedAccess[]): string => {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: algorithm, x5c: [certificateDer.toString('base64')] };
    const claims = { iss: issuer, sub: subject, aud: service, exp: now + expiresIn, nbf: now - 5, iat: now, jti: randomBytes(12).toString('hex'), access };
    const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    // JWS ES256 signatures are r||s (IEEE P1363), not DER; libtrust verifies exactly that form.
    const signature = algorithm === 'ES256' ? sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }) : sign('sha256', Buffer.from(input), key);
    return `${input}.${base64url(signature)}`;
  };

  const grant = (account: string | undefined, scopes: readonly string[]): GrantedAccess[] =>
    scopes
      .map(parseScope)
      .filter((s): s is GrantedAccess => s !== undefined)
      .map((s) => ({ ...s, actions: account !== undefined ? s.actions : anonymousPull ? s.actions.filter((a) => a === 'pull') : [] }));

  const answer = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://issuer');
    if (url.pathname !== '/token') return answer(res, 404, { details: 'not found' });
    if (req.method === 'GET') {
      const scopes = url.searchParams.getAll('scope');
      const svc = url.searchParams.get('service') ?? undefined;
      const header = req.headers.authorization;
      let account: string | undefined;
      let kind: TokenRequestRecord['grant'] = 'anonymous';
      if (header !== undefined) {
        kind = 'basic';
        const match = /^Basic (.+)$/i.exec(header);
        const decoded = match ? Buffer.from(match[1] ?? '', 'base64').toString('utf8') : '';
        const colon = decoded.indexOf(':');
        const user = decoded.slice(0, colon);
        const password = decoded.slice(colon + 1);
        if (colon < 0 || options.users[user] === undefined || options.users[user] !== password) {
          requests.push({ method: 'GET', grant: kind, account: user || undefined, service: svc, scopes, status: 401, granted: [] });
          res.setHeader('www-authenticate', 'Basic realm="token"');
          return answer(res, 401, { details: 'invalid username or password' });
        }
        account = user;
      }
      const granted = grant(account, scopes);
      const token = signToken(account ?? '', granted);
      issuedTokens.push(token);
      requests.push({ method: 'GET', grant: kind, account, service: svc, scopes, status: 200, granted });
      return answer(res, 200, { token, access_token: token, expires_in: expiresIn, issued_at: new Date().toISOString() });
    }
    if (req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const scopes = (form.get('scope') ?? '').split(' ').filter((s) => s !== '');
      const svc = form.get('service') ?? undefined;
      const refresh = form.get('refresh_token') ?? '';
      const account = form.get('grant_type') === 'refresh_token' ? options.refreshTokens?.[refresh] : undefined;
      if (account === undefined) {
        requests.push({ method: 'POST', grant: 'refresh_token', account: undefined, service: svc, scopes, status: 401, granted: [] });
        return answer(res, 401, { error: 'invalid_grant', error_description: 'unknown refresh token' });
      }
      const granted = grant(account, scopes);
      const token = signToken(account, granted);
      issuedTokens.push(token);
      requests.push({ method: 'POST', grant: 'refresh_token', account, service: svc, scopes, status: 200, granted });
      return answer(res, 200, { access_token: token, expires_in: expiresIn, scope: scopes.join(' ') });
    }
    return answer(res, 405, { details: 'method not allowed' });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => answer(res, 500, { details: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certificatePath,
    requests,
    issuedTokens,
    clearRequests: () => {
      requests.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
