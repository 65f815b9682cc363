import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'threads',
    // One temporary folder per run, removed at the end (scripts/test-temp-root.ts).
    globalSetup: ['scripts/test-temp-root.ts'],
  },
});
