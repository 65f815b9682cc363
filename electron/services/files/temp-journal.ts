/**
 * A journal of the temporary files an atomic write has open, so a process killed between writing the
 * temporary file and renaming it over the target (power cut, crash, `kill -9`) does not leave a hidden
 * `.<name>.….tmp` beside the user's file for ever. Before a write creates its temporary file it records
 * it here (one small marker per write, named after the writing process); the marker goes once the write
 * ends, either way. At start-up the services sweep the markers of processes that are no longer running
 * and delete the temporaries they name. The journal lives in the OS temporary folder because main has
 * no other folder of its own that every host (Electron, CLI, test harness) shares.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Folder of the markers; `TICKMARK_TEMP_JOURNAL` overrides it (tests). */
export const journalDir = (): string =>
  process.env.TICKMARK_TEMP_JOURNAL ?? join(tmpdir(), 'tickmark-temp-journal');

/** Only names our atomic writes produce are ever deleted by a sweep, whatever a marker says. */
const temporaryName = /^\..+\.(tmp|part)$/;

interface Marker {
  pid: number;
  path: string;
}

/** Records `temporary` as being written by this process; the returned function forgets it. */
export async function noteTemporary(temporary: string): Promise<() => Promise<void>> {
  const dir = journalDir();
  const marker = join(dir, `${process.pid}-${randomBytes(6).toString('hex')}.json`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(marker, JSON.stringify({ pid: process.pid, path: temporary } satisfies Marker));
  } catch {
    // A journal that cannot be written must not stop the user's export; the write itself still works.
    return async () => undefined;
  }
  return () => rm(marker, { force: true }).catch(() => undefined);
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes the temporaries (and markers) left by writers that are no longer running; returns the
 * temporaries deleted. Markers of running processes are left alone: their writes are in flight.
 */
export async function sweepAbandonedTemporaries(): Promise<string[]> {
  const dir = journalDir();
  const entries = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const entry of entries) {
    if (!entry.endsWith('.json')) continue;
    const markerPath = join(dir, entry);
    let marker: Partial<Marker>;
    try {
      marker = JSON.parse(await readFile(markerPath, 'utf8')) as Partial<Marker>;
    } catch {
      // Half-written by a killed process: only the marker itself is left to remove.
      const pid = Number.parseInt(entry, 10);
      if (Number.isInteger(pid) && !isRunning(pid)) await rm(markerPath, { force: true });
      continue;
    }
    if (typeof marker.pid !== 'number' || typeof marker.path !== 'string' || isRunning(marker.pid)) continue;
    if (temporaryName.test(basename(marker.path))) {
      await rm(marker.path, { force: true }).catch(() => undefined);
      removed.push(marker.path);
    }
    await rm(markerPath, { force: true }).catch(() => undefined);
  }
  return removed;
}
