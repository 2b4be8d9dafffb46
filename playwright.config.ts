import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// The e2e suite drives the built extension (.output/chrome-mv3) in Debian's Chromium; see tests/e2e/harness.ts. The
// conformance kit runs the adapters in plain fixture pages, in the same Chromium (Playwright cannot download its own).
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  forbidOnly: Boolean(process.env.CI),
  use: {
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
});
