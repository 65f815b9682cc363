/**
 * The database side of File > Back up review… and File > Restore…: reads every table a backup holds in
 * one read transaction, and writes a backup back in one read-write transaction after planning it
 * (shared/backup/merge-plan.ts: merge by id, newest `updatedAt` wins). Either the whole restore lands or
 * none of it does (a full disk aborts the transaction and nothing already stored changes).
 */
import type { Table } from 'dexie';
import { backupTables, type BackupContents, type BackupTable } from '../../shared/backup/backup-file';
import { planTable, type Stamped, type TableSummary } from '../../shared/backup/merge-plan';
import type { AppDb } from './app-db';

/** What a restore did to each table. */
export type RestoreSummary = Record<BackupTable, TableSummary>;

// Tables by name through a plain Table type: Dexie's key-path typing of the nested doc JSON in
// documents/versions recurses without end (TS2615) when the typed tables are mixed in one list.
const tableOf = (db: AppDb, name: BackupTable) => db.table(name) as Table<Stamped, string>;

/** Every record a backup holds, read in one consistent snapshot. */
export async function readBackupContents(db: AppDb): Promise<BackupContents> {
  return db.transaction('r', [...backupTables], async () => {
    const rows = await Promise.all(backupTables.map((name) => tableOf(db, name).toArray()));
    // The rows are full records; their repositories validate them when the app reads them, and
    // readBackupFile validates them again on restore.
    return Object.fromEntries(
      backupTables.map((name, index) => [name, rows[index]]),
    ) as unknown as BackupContents;
  });
}

/** Merges `contents` into the database and says what it did. */
export async function restoreBackupContents(db: AppDb, contents: BackupContents): Promise<RestoreSummary> {
  return db.transaction('rw', [...backupTables], async () => {
    const summary = {} as RestoreSummary;
    for (const name of backupTables) {
      const table = tableOf(db, name);
      const incoming = contents[name] as unknown as Stamped[];
      const stored = await table.bulkGet(incoming.map((record) => record.id));
      const existing = new Map<string, string | undefined>();
      for (const record of stored) if (record) existing.set(record.id, record.updatedAt);
      const plan = planTable(incoming, existing);
      if (plan.write.length > 0) await table.bulkPut(plan.write);
      summary[name] = plan.summary;
    }
    await reconcileLineages(db, contents);
    return summary;
  });
}

/**
 * A document kept because the profile's copy is newer may still have gained versions from the backup
 * (or lost track of its newest one): its `latestVersionId` and `versionCount` are recomputed from the
 * versions now stored, so the start screen and "open latest draft" see every draft.
 */
async function reconcileLineages(db: AppDb, contents: BackupContents): Promise<void> {
  const documentIds = new Set<string>(contents.versions.map((version) => version.documentId));
  for (const document of contents.documents) documentIds.add(document.id);
  for (const documentId of documentIds) {
    const document = await db.documents.get(documentId);
    if (!document) continue;
    const versions = await db.versions.where('documentId').equals(documentId).toArray();
    if (versions.length === 0) continue;
    const latest = versions.reduce((best, version) => (version.number > best.number ? version : best));
    if (document.latestVersionId === latest.id && document.versionCount === versions.length) continue;
    await db.documents.update(documentId, { latestVersionId: latest.id, versionCount: versions.length });
  }
}
