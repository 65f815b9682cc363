import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run soak`: fault injection runs (e2e/soak/*.soak.ts), kept out of `npm test` and the e2e suite.
export default defineConfig({
  ...base,
  testMatch: '**/*.soak.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 180_000,
});
