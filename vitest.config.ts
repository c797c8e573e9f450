import { defineConfig } from 'vitest/config';

// Two projects run in the one test command: pure unit tests, and integration tests that
// talk to real daemons (Docker, buildah, a CNCF registry, compose) started by the harness.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Unit tests first; projects with different worker counts must run in separate groups.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.itg.test.ts'],
          environment: 'node',
          globalSetup: ['test/harness/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Integration tests share one daemon and registry; keep concurrency modest on 2 cores.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
