/**
 * Writes to the figures ledger's rows, one after another per row: the first write creates the row's
 * figure annotation (a detected figure the reviewer has not touched is not stored), and a second write
 * (a note saved on Enter and again on blur) must see it rather than create another.
 */
import type { StoreApi } from 'zustand';
import type { Annotation, FigureBody } from '../../shared/annotations/model';
import type { LedgerRow } from '../../shared/figures/matching/ledger';
import { newFigureBody } from './figure-status-batch';
import { selectLedgerRows } from './figures-selectors';
import type { AppState } from './store';

export interface RowWrites {
  /**
   * Applies `change` (given the row as it is when the write runs; null for nothing) to the row's
   * annotation, creating it first if needed; resolves to the annotation, or null.
   */
  touch(key: string, change: (row: LedgerRow) => Partial<FigureBody> | null): Promise<Annotation | null>;
  /** Resolves once the writes already queued on the row have landed. */
  settled(key: string): Promise<unknown>;
}

export function createRowWrites(get: StoreApi<AppState>['getState']): RowWrites {
  const pending = new Map<string, Promise<unknown>>();
  const rowByKey = (key: string) => selectLedgerRows(get()).find((r) => r.key === key);

  /** The annotation of a row, created with `body` changes on first touch. */
  const ensureAnnotation = async (
    row: LedgerRow,
    change: Partial<FigureBody>,
  ): Promise<Annotation | null> => {
    if (row.annotationId) {
      const current = get().annotationList.find((a) => a.id === row.annotationId);
      if (!current || current.body.kind !== 'figure') return null;
      const body: FigureBody = { ...current.body, ...change };
      return (await get().updateAnnotation(current.id, body)) ? { ...current, body } : null;
    }
    return get().addAnnotation({ start: row.start, end: row.end }, newFigureBody(row, change));
  };

  return {
    touch(key, change) {
      const run = (pending.get(key) ?? Promise.resolve()).then(async () => {
        const row = rowByKey(key);
        const body = row ? change(row) : null;
        return row && body ? ensureAnnotation(row, body) : null;
      });
      pending.set(
        key,
        run.catch(() => undefined),
      );
      return run;
    },
    settled: (key) => pending.get(key) ?? Promise.resolve(),
  };
}
