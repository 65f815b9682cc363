/**
 * One temporary folder per test run: every `mkdtemp(os.tmpdir())` of a test, fixture maker or harness
 * profile, and Chromium's own temporary files, land in it, because TMPDIR points there for the run
 * (workers inherit the environment, and Node's `os.tmpdir()` reads TMPDIR on every call); the run's
 * teardown removes it whole. Before this, each `npm test` left about 50 folders in /tmp.
 * Used by vitest.config.ts (globalSetup) and e2e/global-setup.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Points TMPDIR at a new folder and returns the teardown that removes it and restores TMPDIR. */
export function useTempRoot(prefix: string): () => void {
  const previous = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  const root = mkdtempSync(join(tmpdir(), prefix));
  process.env.TMPDIR = root;
  process.env.TMP = root;
  process.env.TEMP = root;
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}

/** Vitest globalSetup: the run's temporary root. */
export default function setup(): () => void {
  return useTempRoot('tickmark-unit-run-');
}
