import { globSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Tests that start other processes (the CLI, the browser-mode host, Chromium, worker threads) or
 * replace a module with vi.mock. They run in their own project with the default isolation: a
 * fresh module graph per file, so a mocked `electron` or `node:fs/promises` never reaches another
 * file, and their long waits do not hold up the fast files.
 */
const processTests = [
  'tests/unit/cli/process.test.ts',
  'tests/unit/cli/write-failure.test.ts',
  'tests/unit/electron/**/*.test.ts',
  'tests/unit/export/docx.test.ts',
  'tests/unit/export/pdf.test.ts',
  'tests/unit/host/crash.test.ts',
  'tests/unit/loting/worker.test.ts',
];

// A renamed file would silently fall back into the shared, unisolated node project.
for (const pattern of processTests) {
  if (globSync(pattern, { cwd: import.meta.dirname }).length === 0) {
    throw new Error(`vitest.config.ts: no test file matches '${pattern}'; was it renamed? Update processTests.`);
  }
}

/** The renderer imports shared/ as @shared/… (as in electron.vite.config.ts); every project resolves it. */
const resolveShared = { alias: { '@shared': resolve(import.meta.dirname, 'shared') } };

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest-results.json' }]],
    projects: [
      {
        resolve: resolveShared,
        test: {
          name: 'node',
          environment: 'node',
          // One module graph per worker instead of per file: importing shared/ and main/ again for
          // every file cost more than the tests themselves. Shared fixtures are frozen (setup file)
          // so one file cannot change what the next one sees.
          isolate: false,
          setupFiles: ['tests/support/shared-worker-setup.ts'],
          unstubGlobals: true,
          unstubEnvs: true,
          // Generous: Word, PDF and LEXIMIN tests share two cores with other processes in CI.
          testTimeout: 20_000,
          include: ['tests/unit/**/*.test.ts'],
          exclude: processTests,
        },
      },
      {
        resolve: resolveShared,
        test: {
          name: 'process',
          environment: 'node',
          // Child processes and Chromium start slowly on two busy cores.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          include: processTests,
        },
      },
      {
        resolve: resolveShared,
        test: {
          name: 'component',
          environment: 'jsdom',
          // One jsdom and one module graph per worker, like the node project: setting up jsdom and
          // importing React, React Flow and the features again for every file took half the time.
          isolate: false,
          unstubGlobals: true,
          unstubEnvs: true,
          // jsdom renders whole screens; on two busy cores one test can pass 15 s without hanging.
          testTimeout: 30_000,
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/support/shared-worker-setup.ts', 'tests/component/setup.ts'],
        },
      },
    ],
  },
});
