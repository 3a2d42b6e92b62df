import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest-results.json' }]],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Generous: Word, PDF and LEXIMIN tests share two cores with other processes in CI.
          testTimeout: 20_000,
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'component',
          environment: 'jsdom',
          // jsdom renders whole screens; on two busy cores one test can pass 15 s without hanging.
          testTimeout: 30_000,
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
