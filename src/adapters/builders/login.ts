/**
 * Logging a builder's own tool in to a registry when credentials are given as inputs (the
 * alternative is docker/login-action before this step). The password goes on stdin, never
 * on the command line.
 */
import { isLoopbackHost } from '../../core/reference.js';
import { runChecked } from '../process/run.js';
import type { BuilderName } from './types.js';

export async function loginBuilder(
  builder: BuilderName,
  host: string,
  username: string,
  password: string,
  insecureRegistries: readonly string[] = [],
): Promise<void> {
  const insecure = isLoopbackHost(host) || insecureRegistries.includes(host) || insecureRegistries.includes(host.split(':')[0] ?? host);
  const args =
    builder === 'buildah'
      ? ['login', ...(insecure ? ['--tls-verify=false'] : []), '--username', username, '--password-stdin', host]
      : ['login', '--username', username, '--password-stdin', host];
  await runChecked(builder === 'buildah' ? 'buildah' : 'docker', args, { input: password }).catch((error: Error) => {
    // The message of a failed login never contains the password: it was only ever on stdin.
    throw new Error(`${builder} login to ${host} as ${username} failed: ${error.message.split('\n').slice(-2).join(' ')}`, { cause: error });
  });
}
