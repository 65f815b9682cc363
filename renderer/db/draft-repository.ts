/**
 * Drafts: what a reviewer typed and has not saved yet — a new comment or claim on a selected range, a
 * reply, changes to an existing annotation's fields. Kept in the `drafts` table (schema version 3) until
 * the reviewer saves or explicitly discards, so closing the pane, Escape or a crash loses nothing. Rows
 * are validated on read; one that no longer parses is skipped, not fatal.
 */
import { z } from 'zod';
import { annotationBodySchema } from '../../shared/annotations/model';
import type { AppDb } from './app-db';

export const draftSchema = z.object({
  key: z.string().min(1),
  documentId: z.string().min(1),
  versionId: z.string().min(1),
  /** The annotation it belongs to; null for one not created yet. */
  annotationId: z.string().nullable(),
  /**
   * A reply's or comment's text, the fields of a claim or figure, or a small form's named text fields
   * (the "add as figure" value and unit, a URL source's address and quote).
   */
  value: z.union([
    z.object({ text: z.string() }),
    z.object({ body: annotationBodySchema }),
    z.object({ fields: z.record(z.string(), z.string()) }),
  ]),
  updatedAt: z.string(),
});
export type Draft = z.infer<typeof draftSchema>;

/** Key of the draft for a new annotation of `kind` on `start..end` of a version. */
export const newAnnotationDraftKey = (versionId: string, kind: string, start: number, end: number): string =>
  `new:${versionId}:${kind}:${start}-${end}`;
/** Key of the draft of changes to an existing annotation's fields. */
export const editDraftKey = (annotationId: string): string => `edit:${annotationId}`;
/** Key of the draft of the "add as figure" form on `start..end` of a version. */
export const addFigureDraftKey = (versionId: string, start: number, end: number): string =>
  `add-figure:${versionId}:${start}-${end}`;
/** Key of the draft of the URL-source form of a version. */
export const urlSourceDraftKey = (versionId: string): string => `url-source:${versionId}`;
/** Key of the draft reply of a thread. */
export const replyDraftKey = (annotationId: string): string => `reply:${annotationId}`;

/** Repository over the `drafts` table. */
export class DraftRepository {
  constructor(private readonly db: AppDb) {}

  /** Every valid draft of a version. */
  async listByVersion(versionId: string): Promise<Draft[]> {
    const rows = await this.db.drafts.where('versionId').equals(versionId).toArray();
    return rows.flatMap((row) => {
      const parsed = draftSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Number of drafts per document id (start screen). */
  async countByDocument(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    await this.db.drafts.each((row) => counts.set(row.documentId, (counts.get(row.documentId) ?? 0) + 1));
    return counts;
  }

  async put(draft: Draft): Promise<void> {
    await this.db.drafts.put(draftSchema.parse(draft));
  }

  async remove(key: string): Promise<void> {
    await this.db.drafts.delete(key);
  }
}
