/**
 * Sources attached to a document (statistical bulletins, spreadsheets, URLs with a pasted quote), kept
 * in the `sources` table with their extracted text, regions and sha256, so matching never needs the
 * original file again. Attaching the same file twice (same sha256) to one document returns the row
 * already there. Rows are validated on read; one bad row is skipped, never fatal.
 */
import { z } from 'zod';
import { importedSourceSchema, type ImportedSource } from '../../shared/model/source';
import type { AppDb, LinkRow } from './app-db';

export const sourceRecordSchema = importedSourceSchema.extend({
  id: z.string().min(1),
  documentId: z.string().min(1),
  addedAt: z.string(),
});
/** A stored source. */
export type SourceRecord = z.infer<typeof sourceRecordSchema>;

export class SourceRepository {
  constructor(private readonly db: AppDb) {}

  /** Sources of a document, oldest first. */
  async listByDocument(documentId: string): Promise<SourceRecord[]> {
    const rows = await this.db.sources.where('documentId').equals(documentId).toArray();
    return rows
      .map((row) => sourceRecordSchema.safeParse(row))
      .flatMap((r) => (r.success ? [r.data] : []))
      .sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  }

  /** Stores `source` for `documentId`, or returns the stored one with the same sha256. */
  async attach(
    documentId: string,
    source: ImportedSource,
    now: Date,
  ): Promise<{ record: SourceRecord; added: boolean }> {
    return this.db.transaction('rw', this.db.sources, async () => {
      const existing = (await this.listByDocument(documentId)).find((s) => s.sha256 === source.sha256);
      if (existing) return { record: existing, added: false };
      const record: SourceRecord = {
        ...source,
        id: crypto.randomUUID(),
        documentId,
        addedAt: now.toISOString(),
      };
      await this.db.sources.put(sourceRecordSchema.parse(record));
      return { record, added: true };
    });
  }

  /**
   * Removes a source and every link to it in one transaction, and returns both as they were, so an
   * undo can put them back exactly (`restore`). Null when there is no such source.
   */
  async remove(id: string): Promise<{ source: SourceRecord; links: LinkRow[] } | null> {
    return this.db.transaction('rw', this.db.sources, this.db.links, async () => {
      const row = await this.db.sources.get(id);
      const parsed = sourceRecordSchema.safeParse(row);
      if (!parsed.success) return null;
      const links = await this.db.links.where('sourceId').equals(id).toArray();
      await this.db.links.where('sourceId').equals(id).delete();
      await this.db.sources.delete(id);
      return { source: parsed.data, links };
    });
  }

  /**
   * Replaces source `oldId` by `next` in one transaction: `next` is attached (or the stored copy of the
   * same file is reused), the `moved` links — the old source's links re-pointed at the new file, with
   * their ids kept — are written, and the old source goes with the links that did not move. Returns the
   * new record, whether it was added, and the old source with *all* its links as they were, so an undo
   * can put everything back (`restore` overwrites the moved links by id). Null when `oldId` is gone.
   */
  async replace(
    oldId: string,
    documentId: string,
    next: ImportedSource,
    moved: readonly LinkRow[],
    now: Date,
  ): Promise<{
    record: SourceRecord;
    added: boolean;
    removed: { source: SourceRecord; links: LinkRow[] };
  } | null> {
    return this.db.transaction('rw', this.db.sources, this.db.links, async () => {
      const original = await this.db.links.where('sourceId').equals(oldId).toArray();
      const { record, added } = await this.attach(documentId, next, now);
      if (record.id === oldId) return null;
      await this.db.links.bulkPut(moved.map((l) => ({ ...l, sourceId: record.id })));
      const removed = await this.remove(oldId);
      if (!removed) throw new Error(`Source ${oldId} vanished while it was being replaced`);
      return { record, added, removed: { source: removed.source, links: original } };
    });
  }

  /** Puts back a source and its links as `remove` returned them (undo). */
  async restore(removed: { source: SourceRecord; links: LinkRow[] }): Promise<void> {
    await this.db.transaction('rw', this.db.sources, this.db.links, async () => {
      await this.db.sources.put(sourceRecordSchema.parse(removed.source));
      await this.db.links.bulkPut(removed.links);
    });
  }
}
