import { defineConfig } from '@playwright/test';

/** Debian's Chromium, never a downloaded browser; the flags keep it quiet on a machine without internet. */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  fullyParallel: false,
  workers: 2,
  // No retries: a test that fails now and then points at a bug (the last one was in the app).
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright-results.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'nl-NL',
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunch,
    trace: 'retain-on-failure',
  },
});
