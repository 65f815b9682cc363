import { defineConfig } from '@playwright/test';

// Every spec starts the app through e2e/harness.ts (Electron when installed, else Debian's Chromium with
// the real services behind window.tickmark). globalSetup builds the renderer when it is missing or stale.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  // Two cores: more workers only make each Chromium slower.
  workers: 2,
  // One retry on CI only: a test that passes on retry is reported as flaky in the output, not hidden. Two
  // specs (annotations overlap, workspace threads) showed timing races on a loaded machine.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    headless: true,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
