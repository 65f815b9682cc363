/**
 * Merging a Web Annotation file into one version in ONE `rw` transaction over annotations and replies:
 * the version's rows and the ids the file uses elsewhere are read, the pure planner
 * (shared/annotations/import-plan.ts) decides, and its rows are written — or, when the plan is an error
 * (another document, nothing representable), nothing is. A crash or a quota error mid-write rolls the
 * whole import back, so a version is never left half-merged.
 */
import type { Annotation, Reply } from '../../shared/annotations/model';
import type { ImportPlan } from '../../shared/annotations/import-plan';
import type { WebAnnotationFile } from '../../shared/annotations/w3c-incoming';
import type { Result } from '../../shared/result';
import { AnnotationRepository } from './annotation-repository';
import type { AppDb } from './app-db';

/** What the planner gets from the database, read inside the import's transaction. */
export interface MergeContext {
  annotations: readonly Annotation[];
  replies: readonly Reply[];
  /** Ids of the file's records that are stored for another version. */
  idsElsewhere: ReadonlySet<string>;
}

/** Runs `plan` over the version's stored state and writes its rows, all in one transaction. */
export async function mergeIntoVersion(
  db: AppDb,
  versionId: string,
  file: WebAnnotationFile,
  plan: (context: MergeContext) => Result<ImportPlan>,
): Promise<Result<ImportPlan>> {
  return db.transaction('rw', db.annotations, db.replies, async () => {
    const stored = await new AnnotationRepository(db).loadVersion(versionId);
    const mine = new Set(stored.annotations.map((a) => a.id));
    const annotationIds = file.annotations.map((a) => a.id);
    const replyIds = file.replies.map((r) => r.id);
    const idsElsewhere = new Set<string>();
    for (const row of await db.annotations.bulkGet(annotationIds)) {
      if (row && row.versionId !== versionId) idsElsewhere.add(row.id);
    }
    for (const row of await db.replies.bulkGet(replyIds)) {
      if (row && !mine.has(row.annotationId)) idsElsewhere.add(row.id);
    }
    const planned = plan({ annotations: stored.annotations, replies: stored.replies, idsElsewhere });
    if (!planned.ok) return planned;
    if (planned.value.put.length > 0) await db.annotations.bulkPut(planned.value.put);
    if (planned.value.putReplies.length > 0) await db.replies.bulkPut(planned.value.putReplies);
    return planned;
  });
}
