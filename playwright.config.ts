import { defineConfig } from '@playwright/test';

// The e2e suite drives the built extension (.output/chrome-mv3) in Debian's Chromium; see tests/e2e/harness.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  forbidOnly: Boolean(process.env.CI),
});
