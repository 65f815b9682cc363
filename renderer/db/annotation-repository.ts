/**
 * Annotations and their reply threads in IndexedDB. Domain verbs only; every change is one `rw`
 * transaction over both tables (a deleted thread takes its replies with it, an undone delete brings
 * them back), so a crash mid-write leaves either the old or the new state, never half of it. Rows are
 * validated with the shared zod schemas when read: a row that does not parse (older app, devtools
 * edit) is reported and skipped, never allowed to hide the others.
 */
import { liveQuery, type Observable } from 'dexie';
import type { Change } from '../../shared/annotations/history';
import { parseAnnotation, parseReply, type Annotation, type Reply } from '../../shared/annotations/model';
import type { AppDb } from './app-db';

/** One version's annotations and the replies of their threads. */
export interface VersionAnnotations {
  annotations: Annotation[];
  replies: Reply[];
  /** Rows that failed validation (id and reason), skipped. */
  invalid: { id: string; reason: string }[];
}

const rowId = (row: unknown): string =>
  typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'string'
    ? (row as { id: string }).id
    : '?';

/** Repository over the `annotations` and `replies` tables. */
export class AnnotationRepository {
  /**
   * The rows the live view (`loadVersion` with `reuse`) last validated, by id. Every write of Tickmark stamps `updatedAt`, so a row
   * read again with the same `updatedAt` is the same record: the live view re-reads a version's 5,000
   * annotations after each write, and re-validating all of them with zod cost ~25 ms per key press.
   * Reusing the object also keeps its identity, so the store and the text's decorations see unchanged
   * records as unchanged.
   */
  private readonly validated = new Map<string, Annotation>();

  constructor(private readonly db: AppDb) {}

  /**
   * Every annotation of a version with the replies of its threads (validated; bad rows in `invalid`).
   * `reuse` lets rows whose `updatedAt` did not change skip validation (the live view only; opening a
   * version always validates every row).
   */
  async loadVersion(versionId: string, reuse = false): Promise<VersionAnnotations> {
    return this.db.transaction('r', this.db.annotations, this.db.replies, async () => {
      const invalid: VersionAnnotations['invalid'] = [];
      const annotations: Annotation[] = [];
      const seen = new Set<string>();
      for (const row of await this.db.annotations.where('versionId').equals(versionId).toArray()) {
        const id = rowId(row);
        const known = reuse ? this.validated.get(id) : undefined;
        const parsed =
          known && known.updatedAt === (row as { updatedAt?: unknown }).updatedAt
            ? known
            : parseAnnotation(row, (reason) => invalid.push({ id, reason }));
        if (!parsed) continue;
        annotations.push(parsed);
        this.validated.set(parsed.id, parsed);
        seen.add(parsed.id);
      }
      for (const id of this.validated.keys()) if (!seen.has(id)) this.validated.delete(id);
      const threadIds = annotations.filter((a) => a.kind === 'comment').map((a) => a.id);
      const replies: Reply[] = [];
      if (threadIds.length > 0) {
        for (const row of await this.db.replies.where('annotationId').anyOf(threadIds).toArray()) {
          const parsed = parseReply(row, (reason) => invalid.push({ id: rowId(row), reason }));
          if (parsed) replies.push(parsed);
        }
      }
      replies.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
      return { annotations, replies, invalid };
    });
  }

  /**
   * Emits after every committed change to a version's annotations or to any reply (in this window or
   * another), without reading the rows: the query only counts index entries, so following a version of
   * 5,000 annotations costs a count per write instead of reading and cloning every row. The caller reads
   * the version (`loadVersion`) when it has time.
   */
  observeVersionWrites(versionId: string): Observable<number> {
    return liveQuery(async () => {
      const [annotations, replies] = await Promise.all([
        this.db.annotations.where('versionId').equals(versionId).count(),
        this.db.replies.count(),
      ]);
      return annotations + replies;
    });
  }

  /** Live replies of one thread, oldest first. */
  observeThread(annotationId: string): Observable<Reply[]> {
    return liveQuery(async () => {
      const rows = await this.db.replies.where('annotationId').equals(annotationId).toArray();
      return rows
        .map((row) => parseReply(row))
        .filter((reply): reply is Reply => reply !== null)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    });
  }

  async get(id: string): Promise<Annotation | undefined> {
    const row = await this.db.annotations.get(id);
    return row ? (parseAnnotation(row) ?? undefined) : undefined;
  }

  /** Number of annotations of a version (used by the document list and tests). */
  async countByVersion(versionId: string): Promise<number> {
    return this.db.annotations.where('versionId').equals(versionId).count();
  }

  /**
   * Applies one reviewer action (or its inverse, for undo/redo) in a single transaction. Resolves once
   * IndexedDB has committed it: only then is the action acknowledged to the reviewer.
   */
  async applyChange(change: Change): Promise<void> {
    await this.db.transaction('rw', this.db.annotations, this.db.replies, () => this.applyInside(change));
  }

  /** Stores many annotations at once (seeding, import); one transaction. */
  async bulkPut(annotations: readonly Annotation[], replies: readonly Reply[] = []): Promise<void> {
    await this.db.transaction('rw', this.db.annotations, this.db.replies, async () => {
      await this.db.annotations.bulkPut([...annotations]);
      if (replies.length > 0) await this.db.replies.bulkPut([...replies]);
    });
  }

  private async applyInside(change: Change): Promise<void> {
    switch (change.type) {
      case 'create':
        await this.db.annotations.add(change.annotation);
        if (change.replies.length > 0) await this.db.replies.bulkAdd([...change.replies]);
        return;
      case 'delete':
        await this.db.replies.where('annotationId').equals(change.annotation.id).delete();
        await this.db.annotations.delete(change.annotation.id);
        return;
      case 'update':
        await this.db.annotations.put(change.after);
        return;
      case 'create-reply': {
        // A reply to a thread that is gone would be an orphan row nobody can see or delete.
        const thread = await this.db.annotations.get(change.reply.annotationId);
        if (!thread)
          throw new Error(`Cannot reply to annotation ${change.reply.annotationId}: it does not exist`);
        await this.db.replies.add(change.reply);
        return;
      }
      case 'delete-reply':
        await this.db.replies.delete(change.reply.id);
        return;
      case 'update-reply':
        await this.db.replies.put(change.after);
        return;
      case 'batch': {
        // Runs of one kind of step go to Dexie as one bulk call: an import (and its undo) is thousands
        // of creates or deletes, and one call each took seconds.
        const steps = change.changes;
        for (let i = 0; i < steps.length;) {
          let j = i + 1;
          while (j < steps.length && steps[j]!.type === steps[i]!.type && steps[i]!.type !== 'batch') j++;
          if (j - i > 1) await this.applyRun(steps.slice(i, j));
          else await this.applyInside(steps[i]!);
          i = j;
        }
        return;
      }
    }
  }

  /** Steps of one type (not batches), applied with bulk calls; same checks as one by one. */
  private async applyRun(run: readonly Change[]): Promise<void> {
    // The run is of one type (checked by the caller); the argument only names it for the cast.
    const of = <T extends Change['type']>(_type: T) => run as Array<Extract<Change, { type: T }>>;
    switch (run[0]!.type) {
      case 'create': {
        const steps = of('create');
        await this.db.annotations.bulkAdd(steps.map((s) => s.annotation));
        const replies = steps.flatMap((s) => s.replies);
        if (replies.length > 0) await this.db.replies.bulkAdd(replies);
        return;
      }
      case 'delete': {
        const ids = of('delete').map((s) => s.annotation.id);
        await this.db.replies.where('annotationId').anyOf(ids).delete();
        await this.db.annotations.bulkDelete(ids);
        return;
      }
      case 'update':
        await this.db.annotations.bulkPut(of('update').map((s) => s.after));
        return;
      case 'create-reply': {
        const replies = of('create-reply').map((s) => s.reply);
        const threads = [...new Set(replies.map((r) => r.annotationId))];
        const found = await this.db.annotations.bulkGet(threads);
        const missing = threads.find((_, i) => !found[i]);
        if (missing) throw new Error(`Cannot reply to annotation ${missing}: it does not exist`);
        await this.db.replies.bulkAdd(replies);
        return;
      }
      case 'delete-reply':
        await this.db.replies.bulkDelete(of('delete-reply').map((s) => s.reply.id));
        return;
      case 'update-reply':
        await this.db.replies.bulkPut(of('update-reply').map((s) => s.after));
        return;
      case 'batch':
        for (const step of run) await this.applyInside(step);
        return;
    }
  }
}
