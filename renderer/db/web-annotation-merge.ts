/**
 * Merging a Web Annotation file into one version in ONE `rw` transaction over annotations and replies:
 * the version's rows and the ids the file uses elsewhere are read, the pure planner
 * (shared/annotations/import-plan.ts) decides, and its rows are written — or, when the plan is an error
 * (another document, nothing representable), nothing is. A crash or a quota error mid-write rolls the
 * whole import back, so a version is never left half-merged. It also returns the import as one
 * undoable `Change` (a batch of creates and updates against the rows it read), which the store applies
 * to its records instead of reloading every annotation, and which Ctrl+Z inverts in one transaction.
 */
import type { Change } from '../../shared/annotations/history';
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

export interface MergedImport {
  plan: ImportPlan;
  /** What the import did, as one change: creates, then updates, then new and updated replies. */
  change: Extract<Change, { type: 'batch' }>;
}

/** The import as one change against the rows stored before it (`stored`). */
export function importChange(
  stored: { annotations: readonly Annotation[]; replies: readonly Reply[] },
  plan: Pick<ImportPlan, 'put' | 'putReplies'>,
): MergedImport['change'] {
  const before = new Map(stored.annotations.map((a) => [a.id, a]));
  const beforeReplies = new Map(stored.replies.map((r) => [r.id, r]));
  const changes: Change[] = [];
  for (const after of plan.put) {
    const old = before.get(after.id);
    changes.push(
      old ? { type: 'update', before: old, after } : { type: 'create', annotation: after, replies: [] },
    );
  }
  for (const after of plan.putReplies) {
    const old = beforeReplies.get(after.id);
    changes.push(old ? { type: 'update-reply', before: old, after } : { type: 'create-reply', reply: after });
  }
  return { type: 'batch', changes };
}

/** Runs `plan` over the version's stored state and writes its rows, all in one transaction. */
export async function mergeIntoVersion(
  db: AppDb,
  versionId: string,
  file: WebAnnotationFile,
  plan: (context: MergeContext) => Result<ImportPlan>,
): Promise<Result<MergedImport>> {
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
    return { ok: true, value: { plan: planned.value, change: importChange(stored, planned.value) } };
  });
}
