/**
 * What the start screen shows per document besides its name: how many annotations it has, how many
 * comment threads are still open, and how many drafts are waiting. Read with the shared validators, so
 * a malformed row is not counted rather than breaking the list.
 */
import { parseAnnotation } from '../../shared/annotations/model';
import type { AppDb } from './app-db';

export interface DocumentStats {
  annotations: number;
  openThreads: number;
  drafts: number;
}

export class DocumentStatsRepository {
  constructor(private readonly db: AppDb) {}

  /** Stats of each of `documentIds` (zeros for one with nothing yet). */
  async statsByDocument(documentIds: readonly string[]): Promise<Map<string, DocumentStats>> {
    const stats = new Map<string, DocumentStats>(
      documentIds.map((id) => [id, { annotations: 0, openThreads: 0, drafts: 0 }]),
    );
    await this.db.transaction('r', this.db.annotations, this.db.drafts, async () => {
      await this.db.annotations
        .where('documentId')
        .anyOf([...documentIds])
        .each((row) => {
          const annotation = parseAnnotation(row);
          const entry = annotation && stats.get(annotation.documentId);
          if (!entry) return;
          entry.annotations++;
          if (annotation.body.kind === 'comment' && !annotation.body.resolved) entry.openThreads++;
        });
      await this.db.drafts
        .where('documentId')
        .anyOf([...documentIds])
        .each((row) => {
          const entry = stats.get(row.documentId);
          if (entry) entry.drafts++;
        });
    });
    return stats;
  }
}
