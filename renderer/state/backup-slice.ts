/**
 * File > Back up review… and File > Restore…: the whole database to one file (shared/backup format)
 * and back. The file goes through main (Save and Open dialogs, temp file + rename, size checked before
 * reading); this slice reads the tables, parses and validates the file before touching the database,
 * and restores in one transaction (renderer/db/backup-repository.ts: merge by id, newest wins). Outcomes
 * are kept as `backupResult` for the summary dialog, as codes and counts, not text.
 */
import {
  backupExtension,
  backupTables,
  readBackupFile,
  writeBackupFile,
  type BackupTable,
} from '../../shared/backup/backup-file';
import type { AppError } from '../../shared/result';
import { readBackupContents, restoreBackupContents, type RestoreSummary } from '../db/backup-repository';
import { classifyStorageError } from '../db/storage-errors';
import type { SliceCreator } from './store';

export type BackupAction = 'backup' | 'restore';

export type BackupResult =
  | { type: 'backed-up'; fileName: string; counts: Record<BackupTable, number> }
  | { type: 'restored'; fileName: string; summary: RestoreSummary }
  | { type: 'failed'; action: BackupAction; fileName: string | null; error: AppError };

export interface BackupSlice {
  backupBusy: BackupAction | null;
  backupResult: BackupResult | null;
  backUpReview(): Promise<void>;
  restoreBackup(): Promise<void>;
  closeBackupResult(): void;
}

/** `Tickmark backup 2026-12-01.tickmark-backup.json`: sorts by date in a folder. */
export function backupFileName(now: Date): string {
  return `Tickmark backup ${now.toISOString().slice(0, 10)}.${backupExtension}`;
}

export const createBackupSlice: SliceCreator<BackupSlice> = (services) => (set, get) => {
  const run = async (action: BackupAction, work: () => Promise<BackupResult | null>) => {
    if (get().backupBusy) return;
    set({ backupBusy: action, backupResult: null });
    try {
      const result = await work();
      if (result) set({ backupResult: result });
    } catch (error) {
      // A storage failure mid-restore (full disk, closed database): the transaction rolled back.
      set({
        backupResult: {
          type: 'failed',
          action,
          fileName: null,
          error: {
            code: 'internal',
            message: error instanceof Error ? error.message : String(error),
            detail: { storage: classifyStorageError(error) },
          },
        },
      });
    } finally {
      set({ backupBusy: null });
    }
  };

  return {
    backupBusy: null,
    backupResult: null,
    closeBackupResult() {
      set({ backupResult: null });
    },

    backUpReview: () =>
      run('backup', async () => {
        const contents = await readBackupContents(services.db);
        const now = services.now();
        const saved = await services.bridge.saveBackup(
          writeBackupFile(contents, { now }),
          backupFileName(now),
        );
        if (!saved.ok) return { type: 'failed', action: 'backup', fileName: null, error: saved.error };
        if (!saved.value) return null;
        const counts = Object.fromEntries(
          backupTables.map((table) => [table, contents[table].length]),
        ) as Record<BackupTable, number>;
        return { type: 'backed-up', fileName: saved.value.fileName, counts };
      }),

    restoreBackup: () =>
      run('restore', async () => {
        const opened = await services.bridge.openBackup();
        if (!opened.ok) return { type: 'failed', action: 'restore', fileName: null, error: opened.error };
        if (!opened.value) return null;
        const { fileName, text } = opened.value;
        // Everything is parsed and checked before the database is touched: a damaged file changes nothing.
        const read = readBackupFile(text);
        if (!read.ok) return { type: 'failed', action: 'restore', fileName, error: read.error };
        const summary = await restoreBackupContents(services.db, read.value.contents);
        await get().refreshRecent();
        const current = get().current;
        if (current) await get().loadAnnotations(current.version.id);
        return { type: 'restored', fileName, summary };
      }),
  };
};
