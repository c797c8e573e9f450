/**
 * Running the TypeScript sources (src/, test/harness/) from a bench, without a build.
 *
 * The sources use `.js` import specifiers (TypeScript's NodeNext convention), which Node's type
 * stripping cannot resolve to the `.ts` files: a resolve hook maps them. Some sources use
 * parameter properties, which only `--experimental-transform-types` runs; a bench that needs
 * those calls `needTransformTypes()` first, which runs the same script again with the flag when
 * it is missing (so `node bench/<name>.ts` works either way).
 */
import { spawnSync } from 'node:child_process';
import { registerHooks } from 'node:module';

let registered = false;

/** Lets `import('…/src/x.js')` find `src/x.ts`. Call before importing any source. */
export function useSources(): void {
  if (registered) return;
  registered = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      try {
        return nextResolve(specifier, context);
      } catch (error) {
        if (specifier.startsWith('.') && specifier.endsWith('.js')) return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
        throw error;
      }
    },
  });
}

/** Re-runs this process with `--experimental-transform-types` unless it has it; then exits with its code. */
export function needTransformTypes(): void {
  if ((process.features as { typescript?: unknown }).typescript === 'transform') return;
  const result = spawnSync(process.execPath, ['--experimental-transform-types', '--no-warnings', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
