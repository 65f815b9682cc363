/**
 * Updating ledger rows in place of a rebuild. A status letter, a note or a bulk status change replaces
 * a few figure annotations without moving them; `buildLedger` over a 1 MB draft (6,500 figures) then
 * redid every join, sentence and section for the sake of one row (about 10 ms per key press, plus a new
 * object for every row, so every drawn row re-rendered). `patchLedger` carries such changes over to the
 * previous rows: changed rows are new objects, all others keep their identity. It answers `null` when
 * the change could move a join (an annotation added elsewhere, removed, moved, dismissed or restored),
 * and the caller then rebuilds.
 */
import type { Annotation } from '../../annotations/model';
import type { LedgerRow } from './ledger';

type FigureBody = Extract<Annotation['body'], { kind: 'figure' }>;

const figureBody = (a: Annotation): FigureBody | null => (a.body.kind === 'figure' ? a.body : null);

/** The row as `buildLedger` would make it with `annotation` joined to it. */
function withAnnotation(row: LedgerRow, annotation: Annotation, body: FigureBody): LedgerRow {
  const next: LedgerRow = { ...row, status: body.status, note: body.note, annotationId: annotation.id };
  if (row.origin === 'manual') {
    next.value = body.value;
    next.unit = body.unit;
  }
  return next;
}

/**
 * The rows for `next` figure annotations, given the `rows` built for `previous` (both in the order the
 * ledger was given them), or null when only a rebuild can tell. Handles annotations replaced in place
 * (same id, same span, same dismissed flag) and annotations added on exactly one row that had none.
 */
export function patchLedger(
  rows: readonly LedgerRow[],
  previous: readonly Annotation[],
  next: readonly Annotation[],
): LedgerRow[] | null {
  const changed = new Map<string, Annotation>();
  const added: Annotation[] = [];
  let p = 0;
  for (const annotation of next) {
    const old = previous[p];
    if (old === annotation) {
      p++;
      continue;
    }
    const body = figureBody(annotation);
    if (!body || body.dismissed) return null;
    if (old && old.id === annotation.id) {
      const oldBody = figureBody(old);
      if (
        !oldBody ||
        oldBody.dismissed ||
        old.target.start !== annotation.target.start ||
        old.target.end !== annotation.target.end
      )
        return null;
      changed.set(annotation.id, annotation);
      p++;
    } else added.push(annotation);
  }
  if (p !== previous.length) return null; // something was removed
  if (changed.size === 0 && added.length === 0) return rows.slice();
  const addedAt = new Map<string, Annotation>();
  for (const annotation of added) {
    const key = `${annotation.target.start}:${annotation.target.end}`;
    if (addedAt.has(key)) return null;
    addedAt.set(key, annotation);
  }
  // An added annotation is joined the way buildLedger would only when it lies on exactly one row, that
  // row had no annotation, and no other annotation (a dismissed one is not in the rows) touches it.
  if (added.length > 0) {
    for (const annotation of added) {
      const { start, end } = annotation.target;
      const overlapping = rows.filter((r) => r.start < end && start < r.end);
      if (overlapping.length !== 1) return null;
      const row = overlapping[0]!;
      if (row.start !== start || row.end !== end || row.annotationId !== null) return null;
      if (next.some((a) => a !== annotation && a.target.start < end && start < a.target.end)) return null;
    }
  }
  return rows.map((row) => {
    const annotation = row.annotationId ? changed.get(row.annotationId) : addedAt.get(row.key);
    if (!annotation) return row;
    return withAnnotation(row, annotation, figureBody(annotation)!);
  });
}
