/**
 * Links between a figure (its annotation) and a place in a source, in the `links` table: proposals the
 * reviewer accepted or rejected, and links made by hand. Each link keeps the locator and quote, so the
 * source pane can open at that place without matching again.
 */
import { z } from 'zod';
import type { AppDb } from './app-db';

const locatorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('page'),
    page: z.number().int().positive(),
    label: z.string().min(1).optional(),
  }),
  z.object({ kind: z.literal('cell'), sheet: z.string(), cell: z.string() }),
  z.object({ kind: z.literal('text') }),
]);

export const figureLinkSchema = z.object({
  id: z.string().min(1),
  annotationId: z.string().min(1),
  sourceId: z.string().min(1),
  documentId: z.string().min(1),
  state: z.enum(['accepted', 'rejected']),
  /** Offsets of the linked passage in the source's text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  locator: locatorSchema,
  quote: z.string(),
  createdAt: z.string(),
  /** Who made the decision (the reviewer's name when it was made); older links have none. */
  by: z.string().optional(),
  /**
   * Set on the link of the source the auditor took when sources conflict on a figure; the conflict
   * stays open in the ledger and coverage until one link of the figure has it.
   */
  taken: z.boolean().optional(),
  /** Why that source was taken, in the auditor's words. */
  reason: z.string().optional(),
});
export type FigureLink = z.infer<typeof figureLinkSchema>;

export class FigureLinkRepository {
  constructor(private readonly db: AppDb) {}

  /** Links of the given annotations. */
  async listByAnnotations(annotationIds: readonly string[]): Promise<FigureLink[]> {
    if (annotationIds.length === 0) return [];
    const rows = await this.db.links
      .where('annotationId')
      .anyOf([...annotationIds])
      .toArray();
    return rows.map((r) => figureLinkSchema.safeParse(r)).flatMap((r) => (r.success ? [r.data] : []));
  }

  /** Links to a source (what removing it would take with it). */
  async listBySource(sourceId: string): Promise<FigureLink[]> {
    const rows = await this.db.links.where('sourceId').equals(sourceId).toArray();
    return rows.map((r) => figureLinkSchema.safeParse(r)).flatMap((r) => (r.success ? [r.data] : []));
  }

  /**
   * Records the auditor's decision on a conflict: `link` becomes the figure's taken source with its
   * reason, and any earlier taken link of the figure is no longer taken. One transaction.
   */
  async take(link: Omit<FigureLink, 'id' | 'taken'> & { reason: string }): Promise<FigureLink> {
    return this.db.transaction('rw', this.db.links, async () => {
      const previous = (await this.listByAnnotations([link.annotationId])).filter((l) => l.taken);
      for (const l of previous) {
        const { taken: _taken, reason: _reason, ...rest } = l;
        await this.db.links.put(figureLinkSchema.parse(rest));
      }
      return this.decide({ ...link, taken: true });
    });
  }

  /** Stores a link, replacing an earlier decision on the same source passage. */
  async decide(link: Omit<FigureLink, 'id'>): Promise<FigureLink> {
    return this.db.transaction('rw', this.db.links, async () => {
      const same = (await this.listByAnnotations([link.annotationId])).filter(
        (l) => l.sourceId === link.sourceId && l.start === link.start && l.end === link.end,
      );
      await this.db.links.bulkDelete(same.map((l) => l.id));
      const record = figureLinkSchema.parse({ ...link, id: crypto.randomUUID() });
      await this.db.links.put(record);
      return record;
    });
  }
}
