/**
 * Global setup of the integration project: refuse to run without the real daemons.
 * Integration tests never skip silently; they fail here and say what to install.
 * Registries are started per test file (see registry.ts), each on its own free loopback port.
 */
import { missingPrerequisites } from './prerequisites.js';

export default async function setup(): Promise<void> {
  const missing = await missingPrerequisites();
  if (missing.length > 0) {
    throw new Error(
      `Integration tests need real daemons and tools, and some are missing:\n${missing.join('\n')}\n` +
        'Run `npm test`, which installs and starts them (scripts/setup.sh).',
    );
  }
}
