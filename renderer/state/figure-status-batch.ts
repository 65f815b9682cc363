/**
 * A status set on several ledger rows at once (a status letter on a Shift-selection, "apply to every
 * mention") is one change: one transaction and one undo step, not one per row. Rows the reviewer never
 * touched get their figure annotation created inside the same change.
 */
import type { Change } from '../../shared/annotations/history';
import {
  createAnnotation,
  updateAnnotationBody,
  type Annotation,
  type FigureBody,
} from '../../shared/annotations/model';
import { createTarget } from '../../shared/annotations/selectors';
import type { LedgerRow } from '../../shared/figures/matching/ledger';
import { initialFigureEvents, recordDecision } from './annotation-events';

/**
 * The body of a row's first figure annotation (a detected figure the reviewer had not touched is not
 * stored): the figure as detected, unverified, then `change`.
 */
export function newFigureBody(row: LedgerRow, change: Partial<FigureBody> = {}): FigureBody {
  return {
    kind: 'figure',
    status: 'unverified',
    note: '',
    origin: row.origin,
    value: row.value,
    unit: row.unit,
    dismissed: false,
    ...(row.high !== undefined ? { high: row.high } : {}),
    ...change,
  };
}

export interface StatusBatchContext {
  text: string;
  documentId: string;
  versionId: string;
  by: string;
  now: Date;
  annotations: ReadonlyMap<string, Annotation>;
}

/** The changes that give every row in `rows` the status `status` (rows already there are skipped). */
export function statusChanges(
  rows: readonly LedgerRow[],
  status: string,
  context: StatusBatchContext,
): Change[] {
  const at = context.now.toISOString();
  const changes: Change[] = [];
  for (const row of rows) {
    if (row.status === status) continue;
    const current = row.annotationId ? context.annotations.get(row.annotationId) : undefined;
    if (current && current.body.kind === 'figure') {
      const updated = updateAnnotationBody(current, { ...current.body, status }, { now: context.now });
      changes.push({
        type: 'update',
        before: current,
        after: recordDecision(current, updated, context.by, at),
      });
      continue;
    }
    if (row.annotationId) continue; // an annotation that is not loaded: leave it alone
    const body = newFigureBody(row, { status });
    const created = createAnnotation(
      {
        documentId: context.documentId,
        versionId: context.versionId,
        target: createTarget(context.text, row.start, row.end),
        body,
        author: context.by,
      },
      { now: context.now },
    );
    const annotation = { ...created, meta: { events: initialFigureEvents(created, context.by, at) } };
    changes.push({ type: 'create', annotation, replies: [] });
  }
  return changes;
}

/** One change for the lot: the single change itself, or a batch; null when nothing changes. */
export function asOneChange(changes: readonly Change[]): Change | null {
  if (changes.length === 0) return null;
  return changes.length === 1 ? changes[0]! : { type: 'batch', changes };
}
