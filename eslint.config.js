// ESLint: typescript-eslint's recommended rules, and the layering rule of ARCHITECTURE.md:
// the pure core never imports adapters, the app layer, the runner, @actions/* or node I/O.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', 'examples/**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/adapters/**', '**/app/**', '**/runner/**', '**/actions/**', '**/cli/**'], message: 'src/core is pure: it never imports outer layers.' },
            { group: ['@actions/*'], message: 'src/core is pure: no @actions/* (use src/runner or src/adapters).' },
            { group: ['node:fs', 'node:fs/*', 'fs', 'node:child_process', 'child_process', 'node:net', 'node:http', 'node:https', 'undici'], message: 'src/core is pure: no I/O.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/core is pure: take values as parameters.' }, { name: 'fetch', message: 'src/core is pure: no network.' }],
    },
  },
);
