import { mkdirSync, mkdtempSync, existsSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeAbandonedProfiles } from './test-temp-root';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('removeAbandonedProfiles', () => {
  it('removes old tickmark-e2e-* folders and leaves recent ones and everything else', () => {
    root = mkdtempSync(path.join(tmpdir(), 'tickmark-sweep-'));
    const now = Date.now();
    const make = (name: string, ageHours: number) => {
      const dir = path.join(root, name);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'Local State'), '{}');
      const when = new Date(now - ageHours * 3_600_000);
      utimesSync(dir, when, when);
      return dir;
    };
    const oldProfile = make('tickmark-e2e-abc123', 5);
    const oldRun = make('tickmark-e2e-run-xyz', 26);
    const recent = make('tickmark-e2e-def456', 0.5);
    const other = make('someone-else-9', 48);
    expect(removeAbandonedProfiles(root, now).sort()).toEqual([oldProfile, oldRun].sort());
    expect(existsSync(oldProfile)).toBe(false);
    expect(existsSync(oldRun)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });
});
