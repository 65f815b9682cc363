/**
 * Browser bundle for bench/backup.bench.ts: seeds N annotations into a real IndexedDB (Chromium), then
 * times File > Back up review… (read every table + write the file text) and File > Restore… (read the
 * text + merge into an empty and into a populated profile) beside a bare Dexie bulkPut of the same rows.
 */
import Dexie from 'dexie';
import { createAnnotation, createReply, type Annotation } from '../shared/annotations/model';
import { readBackupFile, writeBackupFile } from '../shared/backup/backup-file';
import { AppDb } from '../renderer/db/app-db';
import { readBackupContents, restoreBackupContents } from '../renderer/db/backup-repository';

const heap = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function makeRows(count: number): Annotation[] {
  const now = new Date('2026-11-24T10:00:00.000Z');
  return Array.from({ length: count }, (_, index) =>
    createAnnotation(
      {
        documentId: 'doc-1',
        versionId: 'ver-1',
        target: {
          start: index,
          end: index + 6,
          exact: '全年增長百分',
          prefix: '報告指出，',
          suffix: '，好於預期。',
        },
        body:
          index % 3 === 0
            ? { kind: 'comment', text: `第${index}條意見：數據來源？`, resolved: false }
            : { kind: 'highlight' },
        author: '陳審閱',
      },
      { id: `a-${String(index).padStart(7, '0')}`, now },
    ),
  );
}

async function run(count: number) {
  const rows = makeRows(count);
  const replies = rows
    .filter((_, index) => index % 30 === 0)
    .map((row, index) =>
      createReply({ annotationId: row.id, author: '李', text: '統計公報' }, { id: `r-${index}` }),
    );

  const bare = new Dexie('bench-bare');
  bare.version(1).stores({ annotations: 'id, versionId, documentId, kind, updatedAt' });
  const heapBeforeBulkPut = heap();
  let start = performance.now();
  await bare.table('annotations').bulkPut(rows);
  const bulkPutMs = performance.now() - start;
  const bulkPutHeapMegabytes = megabytes(heap() - heapBeforeBulkPut);
  bare.close();

  const source = new AppDb('bench-source');
  await source.annotations.bulkPut(rows as never);
  await source.replies.bulkPut(replies as never);

  const heapBefore = heap();
  start = performance.now();
  const text = writeBackupFile(await readBackupContents(source), { appVersion: 'bench' });
  const backupMs = performance.now() - start;
  const heapAfterBackup = heap();
  source.close();

  const empty = new AppDb('bench-empty');
  start = performance.now();
  const parsed = readBackupFile(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const intoEmpty = await restoreBackupContents(empty, parsed.value.contents);
  const restoreEmptyMs = performance.now() - start;
  const heapAfterRestore = heap();

  start = performance.now();
  const again = readBackupFile(text);
  if (!again.ok) throw new Error(again.error.message);
  const intoPopulated = await restoreBackupContents(empty, again.value.contents);
  const restorePopulatedMs = performance.now() - start;
  const stored = await empty.annotations.count();
  empty.close();
  return {
    count,
    bulkPutMs,
    backupMs,
    restoreEmptyMs,
    restorePopulatedMs,
    fileMegabytes: megabytes(text.length),
    backupHeapMegabytes: megabytes(heapAfterBackup - heapBefore),
    restoreHeapMegabytes: megabytes(heapAfterRestore - heapBefore),
    bulkPutHeapMegabytes,
    added: intoEmpty.annotations.added,
    keptOnSecondRestore: intoPopulated.annotations.kept,
    stored,
  };
}

(window as unknown as { __backupBench: typeof run }).__backupBench = run;
