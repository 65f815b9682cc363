/**
 * Migration 1 → 2: documents gain `openedAt`, which orders the start screen's recent list. A document
 * imported under version 1 was last seen when it was last updated, so `openedAt` starts as `updatedAt`.
 * (Version 2 also adds the replies, sources and links tables; new tables need no data step.)
 */
import type { Transaction } from 'dexie';

/** Dexie upgrade function for version 2. */
export async function backfillOpenedAt(tx: Transaction): Promise<void> {
  await tx
    .table('documents')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      if (typeof row.openedAt !== 'string') {
        row.openedAt = typeof row.updatedAt === 'string' ? row.updatedAt : new Date(0).toISOString();
      }
    });
}
