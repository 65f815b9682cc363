/**
 * The changes view's data, derived once per pair of versions: rows of the paragraph diff, the marks of
 * annotations on changed text, and the stops N / P walk through (all changes, or only those that touch
 * annotations or figures).
 */
import type { Annotation } from '../../../shared/annotations/model';
import {
  diffDocuments,
  markChanges,
  type ChangeMarks,
  type ChangeRow,
  type MarkedAnnotation,
} from '../../../shared/anchoring/changes';
import type { ChangesSession } from '../../state/carry-slice';
import { carryOf } from './carry-text';

export interface ChangesModel {
  rows: ChangeRow[];
  marks: ChangeMarks[];
  /** Quotes of the annotations by id, for the marks' tooltips. */
  quotes: Map<string, string>;
  counts: { insert: number; delete: number; edit: number; move: number };
}

/** Placed annotations only: an orphan's offsets say nothing about where its text is. */
function placed(list: readonly Annotation[]): MarkedAnnotation[] {
  return list
    .filter((a) => carryOf(a)?.review !== 'orphan')
    .map((a) => ({ id: a.id, start: a.target.start, end: a.target.end, figure: a.body.kind === 'figure' }));
}

export function buildChangesModel(session: ChangesSession): ChangesModel {
  const { older, newer } = session;
  const rows = diffDocuments(older.text, newer.text);
  const marks = markChanges(
    rows,
    older.text,
    newer.text,
    placed(session.olderAnnotations),
    placed(session.newerAnnotations),
  );
  // A carried annotation and the one it came from mark the same passage: count the thread once.
  const carriedFrom = new Set(
    session.newerAnnotations
      .map((a) => a.meta.derivedFrom)
      .filter((id): id is string => typeof id === 'string'),
  );
  for (const mark of marks) {
    if (mark.annotationIds.length < 2) continue;
    const newer = new Set(
      session.newerAnnotations
        .filter((a) => mark.annotationIds.includes(a.id))
        .map((a) => a.meta.derivedFrom),
    );
    mark.annotationIds = mark.annotationIds.filter((id) => !(carriedFrom.has(id) && newer.has(id)));
  }
  const quotes = new Map<string, string>();
  for (const a of [...session.olderAnnotations, ...session.newerAnnotations])
    quotes.set(a.id, a.target.exact);
  const counts = { insert: 0, delete: 0, edit: 0, move: 0 };
  for (const row of rows) {
    if (row.kind === 'insert') counts.insert++;
    else if (row.kind === 'delete') counts.delete++;
    else if (row.kind === 'edit') counts.edit++;
    else if (row.kind === 'move-to') counts.move++;
  }
  return { rows, marks, quotes, counts };
}

/** Indices of the rows N / P stop at. */
export function changeStops(model: ChangesModel, onlyMarked: boolean): number[] {
  const stops: number[] = [];
  model.rows.forEach((row, k) => {
    if (row.kind === 'equal') return;
    const mark = model.marks[k]!;
    if (onlyMarked && mark.annotationIds.length === 0 && !mark.figure) return;
    stops.push(k);
  });
  return stops;
}
