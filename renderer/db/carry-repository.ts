/**
 * Carrying a version's review to the next draft in IndexedDB: one `rw` transaction reads the previous
 * version's annotations, replies and figure source links, carries them (shared/anchoring), and writes
 * the new records, copied links and the carry-over report — so an import never leaves half a carry.
 * Reports live in the settings table under `carry.report.<versionId>` (no schema change). Reviewer
 * decisions on carried annotations (accept, orphan, re-anchor) are written here too.
 */
import {
  parseAnnotation,
  parseReply,
  type Annotation,
  type AnnotationTarget,
  type Reply,
} from '../../shared/annotations/model';
import { carryRecords, type CarryMeta, type CarryReport } from '../../shared/anchoring/carry-records';
import type { DocumentVersion } from '../../shared/model/document';
import type { AppDb } from './app-db';
import { figureLinkSchema } from './figure-link-repository';

export const carryReportKey = (versionId: string): string => `carry.report.${versionId}`;

export class CarryRepository {
  constructor(private readonly db: AppDb) {}

  /** The stored annotations of one version (the changes view marks those on changed text). */
  async annotationsOf(versionId: string): Promise<Annotation[]> {
    const rows = await this.db.annotations.where('versionId').equals(versionId).toArray();
    return rows.map((row) => parseAnnotation(row)).filter((a): a is Annotation => a !== null);
  }

  /** The previous version of `version` in its lineage, if any. */
  async previousVersion(version: DocumentVersion): Promise<DocumentVersion | undefined> {
    return this.db.versions
      .where('[documentId+number]')
      .equals([version.documentId, version.number - 1])
      .first();
  }

  /**
   * Carries `from`'s annotations onto `to` in one transaction and returns the report (null when `from`
   * had none). Running it twice for the same `to` does nothing the second time.
   */
  async carry(from: DocumentVersion, to: DocumentVersion, now: Date): Promise<CarryReport | null> {
    const { db } = this;
    return db.transaction('rw', [db.annotations, db.replies, db.links, db.settings], async () => {
      if (await db.settings.get(carryReportKey(to.id))) return null;
      const annotations: Annotation[] = [];
      for (const row of await db.annotations.where('versionId').equals(from.id).toArray()) {
        const parsed = parseAnnotation(row);
        if (parsed) annotations.push(parsed);
      }
      if (annotations.length === 0) return null;
      const ids = annotations.map((a) => a.id);
      const replies: Reply[] = (await db.replies.where('annotationId').anyOf(ids).toArray())
        .map((row) => parseReply(row))
        .filter((r): r is Reply => r !== null);
      const carried = carryRecords(
        { oldText: from.text, newText: to.text, toVersionId: to.id, annotations, replies },
        { now },
      );
      const links = (await db.links.where('annotationId').anyOf(ids).toArray())
        .map((row) => figureLinkSchema.safeParse(row))
        .flatMap((r) => (r.success ? [r.data] : []))
        .map((link) => ({
          ...link,
          id: crypto.randomUUID(),
          annotationId: carried.idMap.get(link.annotationId)!,
        }));
      await db.annotations.bulkAdd(carried.annotations);
      if (carried.replies.length > 0) await db.replies.bulkAdd(carried.replies);
      if (links.length > 0) await db.links.bulkAdd(links);
      await db.settings.put({ key: carryReportKey(to.id), value: carried.report });
      return carried.report;
    });
  }

  async report(versionId: string): Promise<CarryReport | null> {
    const row = await this.db.settings.get(carryReportKey(versionId));
    return (row?.value as CarryReport | undefined) ?? null;
  }

  /** Records the reviewer's decision on a carried annotation; `target` re-anchors it. */
  async review(
    id: string,
    review: CarryMeta['review'],
    target: AnnotationTarget | null,
    now: Date,
  ): Promise<void> {
    await this.db.transaction('rw', this.db.annotations, async () => {
      const annotation = parseAnnotation(await this.db.annotations.get(id));
      if (!annotation) throw new RangeError(`No valid annotation ${id} to review`);
      const carry = annotation.meta.carry as CarryMeta | undefined;
      if (!carry) throw new RangeError(`Annotation ${id} was not carried from an earlier draft`);
      const updated: Annotation = {
        ...annotation,
        target: target ?? annotation.target,
        updatedAt: now.toISOString(),
        meta: { ...annotation.meta, carry: { ...carry, review, ...(target ? { reanchored: true } : {}) } },
      };
      await this.db.annotations.put(updated);
    });
  }
}
