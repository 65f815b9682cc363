/**
 * Browser bundle for the Web Annotation import bench's baseline: a bare Dexie database with the app's
 * annotation and reply tables, and one `bulkPut` of given rows in one transaction — what the import
 * writes, without reading, planning, anchoring or reloading anything.
 */
import Dexie from 'dexie';
import { schemaV2 } from '../renderer/db/app-db';

const db = new Dexie('tickmark-bench-bare-bulkput');
db.version(1).stores({ annotations: schemaV2.annotations, replies: schemaV2.replies });

async function bareBulkPut(annotations: unknown[], replies: unknown[]): Promise<number> {
  await db.table('annotations').clear();
  await db.table('replies').clear();
  const start = performance.now();
  await db.transaction('rw', db.table('annotations'), db.table('replies'), async () => {
    await db.table('annotations').bulkPut(annotations);
    await db.table('replies').bulkPut(replies);
  });
  return performance.now() - start;
}

(window as unknown as { __bareBulkPut: typeof bareBulkPut }).__bareBulkPut = bareBulkPut;
