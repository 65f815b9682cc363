/**
 * What the annotations slice derives from the version's records after each change: the list in text
 * order, reply lists by thread and the search index. Untouched parts keep their identity, so a key press
 * that changes one annotation does not redraw or re-sort the other 5,000.
 */
import { compareByPosition, updateSearchIndex } from '../../shared/annotations/filter';
import type { Change, RecordSet } from '../../shared/annotations/history';
import type { Annotation, Reply } from '../../shared/annotations/model';
import type { AppState } from './store';

function repliesIndex(replies: Iterable<Reply>): Map<string, Reply[]> {
  const byThread = new Map<string, Reply[]>();
  for (const reply of replies) {
    const list = byThread.get(reply.annotationId);
    if (list) list.push(reply);
    else byThread.set(reply.annotationId, [reply]);
  }
  for (const list of byThread.values()) list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return byThread;
}

/** Reply lists by thread; lists of untouched threads keep their identity. */
function threadReplies(records: RecordSet, previous: AppState | null): Map<string, Reply[]> {
  const repliesByAnnotation = new Map<string, Reply[]>();
  for (const [id, list] of repliesIndex(records.replies.values())) {
    const old = previous?.repliesByAnnotation.get(id);
    const same = old && old.length === list.length && old.every((reply, i) => reply === list[i]);
    repliesByAnnotation.set(id, same ? old : list);
  }
  return repliesByAnnotation;
}

/** Ids of the annotations `change` creates, updates or deletes. */
function touchedAnnotationIds(change: Change): string[] {
  switch (change.type) {
    case 'create':
    case 'delete':
      return [change.annotation.id];
    case 'update':
      return [change.after.id];
    case 'batch':
      return change.changes.flatMap(touchedAnnotationIds);
    default:
      return [];
  }
}

/** The updates of `change` when it only replaces annotations without moving them (else null). */
function inPlaceUpdates(change: Change | undefined): Map<string, Annotation> | null {
  if (!change) return null;
  const steps = change.type === 'batch' ? change.changes : [change];
  const updates = new Map<string, Annotation>();
  for (const step of steps) {
    if (step.type !== 'update') return null;
    const { before, after } = step;
    if (before.target.start !== after.target.start || before.target.end !== after.target.end) return null;
    updates.set(after.id, after);
  }
  return updates;
}

/**
 * Derived state after the records changed. Reply lists of untouched threads keep their identity. When
 * `change` only replaced annotations in place (a status letter, an edit), the list keeps its order and
 * only those entries are swapped: sorting 5,000 annotations again cost every key press.
 */
export function deriveAnnotationState(
  records: RecordSet,
  previous: AppState | null,
  change?: Change,
): Partial<AppState> {
  const updates = previous ? inPlaceUpdates(change) : null;
  const annotationList = updates
    ? previous!.annotationList.map((a) => updates.get(a.id) ?? a)
    : [...records.annotations.values()].sort(compareByPosition);
  const repliesByAnnotation = updates ? previous!.repliesByAnnotation : threadReplies(records, previous);
  const ids = change && previous ? touchedAnnotationIds(change) : null;
  return {
    annotationRecords: records,
    annotationRecordsDelta: ids ? { base: previous!.annotationRecords.annotations, ids } : null,
    annotationList,
    repliesByAnnotation,
    annotationSearchIndex: updateSearchIndex(
      previous?.annotationSearchIndex,
      annotationList,
      repliesByAnnotation,
    ),
  };
}

/** True when both sets hold the same records at the same `updatedAt`. */
export function sameRecords(a: RecordSet, b: RecordSet): boolean {
  const same = <T extends { id: string; updatedAt: string }>(
    x: ReadonlyMap<string, T>,
    y: ReadonlyMap<string, T>,
  ) =>
    x.size === y.size && [...x.values()].every((record) => y.get(record.id)?.updatedAt === record.updatedAt);
  return same(a.annotations, b.annotations) && same(a.replies, b.replies);
}
