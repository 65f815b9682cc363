/**
 * One temporary folder per test run: every `mkdtemp(os.tmpdir())` of a test, fixture maker or harness
 * profile, and Chromium's own temporary files, land in it, because TMPDIR points there for the run
 * (workers inherit the environment, and Node's `os.tmpdir()` reads TMPDIR on every call); the run's
 * teardown removes it whole. Before this, each `npm test` left about 50 folders in /tmp.
 * Used by vitest.config.ts (globalSetup) and e2e/global-setup.ts.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';

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

/** Older than this, a profile or run folder belongs to no run still going (a soak takes under an hour). */
const abandonedAfterMs = 3 * 60 * 60 * 1000;

/**
 * Removes `tickmark-e2e-*` profiles and run folders that runs killed before their teardown (or harness
 * users from before profiles were cleaned up) left in the system temporary folder. Only old ones: other
 * runs on the same machine may be using recent ones.
 */
export function removeAbandonedProfiles(root: string, now = Date.now()): string[] {
  const removed: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith('tickmark-e2e-')) continue;
    const dir = path.join(root, entry.name);
    try {
      if (now - statSync(dir).mtimeMs < abandonedAfterMs) continue;
      rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
      removed.push(dir);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

/** Vitest globalSetup: the run's temporary root. */
export default function setup(): () => void {
  return useTempRoot('tickmark-unit-run-');
}
