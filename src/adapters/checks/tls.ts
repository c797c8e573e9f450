/**
 * The `tls` check: a handshake with the server name in SNI, and a certificate that is valid for
 * that name and trusted (by the system's roots, or the `ca` file's), unless `insecure: true`.
 * It reports the protocol, cipher and expiry date either way.
 *
 * The handshake is completed without Node's built-in rejection, and trust and name are judged
 * after it, so that a failure says which of the two failed and what the certificate says.
 */
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { checkServerIdentity, connect, type PeerCertificate, type TLSSocket } from 'node:tls';
import { failed, passed, type Verdict } from '../../core/checks/index.js';
import type { TlsCheck } from '../../core/config/types.js';
import { attemptSignal, checkTarget, describeNetworkError, type CheckContext } from './context.js';

function names(cert: PeerCertificate): string {
  const subject = cert.subject?.CN ? `CN=${cert.subject.CN}` : 'no CN';
  const alt = cert.subjectaltname ? `, ${cert.subjectaltname}` : '';
  return `${subject}${alt}`;
}

function expiry(cert: PeerCertificate): string {
  const date = new Date(cert.valid_to);
  return Number.isNaN(date.getTime()) ? cert.valid_to : date.toISOString().slice(0, 10);
}

export async function tlsAttempt(check: TlsCheck, context: CheckContext): Promise<Verdict> {
  const signal = attemptSignal(context, check.timeout.milliseconds);
  const target = await checkTarget(check, context, signal);
  if (!target.ok) return target.verdict;
  const { host, port, where } = target;
  const ca = check.ca ? await readFile(join(context.root, check.ca)) : undefined;
  let socket: TLSSocket | undefined;
  try {
    socket = await new Promise<TLSSocket>((resolve, reject) => {
      const s = connect({
        host,
        port,
        ...(isIP(check.serverName) ? {} : { servername: check.serverName }),
        rejectUnauthorized: false,
        ...(ca ? { ca } : {}),
      });
      const onAbort = (): void => {
        s.destroy();
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      s.once('secureConnect', () => {
        signal.removeEventListener('abort', onAbort);
        resolve(s);
      });
      s.once('error', (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      });
    });
    const cert = socket.getPeerCertificate();
    const protocol = socket.getProtocol() ?? 'unknown protocol';
    const cipher = socket.getCipher()?.name ?? 'unknown cipher';
    const facts = `${protocol}, ${cipher}, certificate ${names(cert)}, expires ${expiry(cert)}`;
    if (check.insecure) {
      const caveat = socket.authorized ? '' : ` (not verified: ${String(socket.authorizationError)})`;
      return passed(`${facts}${caveat}`);
    }
    // Node folds a name mismatch into authorizationError once the chain verified; the name is
    // judged on its own below, so that the message says which of the two failed.
    const chainError = socket.authorized ? undefined : String(socket.authorizationError);
    if (chainError !== undefined && chainError !== 'ERR_TLS_CERT_ALTNAME_INVALID') {
      return failed(`a certificate trusted by ${check.ca ?? 'the system roots'}`, `${chainError}: ${facts}`);
    }
    const identity = checkServerIdentity(check.serverName, cert);
    if (identity) return failed(`a certificate valid for ${check.serverName}`, `${identity.message} (${facts})`);
    return passed(facts);
  } catch (error) {
    return failed(`a TLS handshake with ${where} for ${check.serverName}`, describeNetworkError(error, check.timeout.milliseconds, where));
  } finally {
    socket?.destroy();
  }
}
