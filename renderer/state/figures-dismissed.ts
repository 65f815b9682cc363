/**
 * Figures the reviewer dismissed as "not a figure": kept as figure annotations with `dismissed`, left out
 * of the ledger, and listed on their own (the ledger's "Not figures" filter) so they can be restored.
 */
import { buildLedger, type LedgerRow } from '../../shared/figures/matching/ledger';
import type { AppState } from './store';

/** The status filter's value that lists dismissed figures instead of the ledger. */
export const dismissedFilter = '(dismissed)';

const noRows: LedgerRow[] = [];
let listMemo: { list: readonly unknown[]; versionId: string; dismissed: AppState['annotationList'] } | null =
  null;
let memo: { inputs: unknown[]; rows: LedgerRow[] } | null = null;

/** Ledger rows of the dismissed figures of the open version, in text order (memoised). */
export function selectDismissedRows(state: AppState): LedgerRow[] {
  const version = state.current?.version;
  if (!version || !state.figureAudit || state.figureVersionId !== version.id) return noRows;
  if (listMemo?.list !== state.annotationList || listMemo.versionId !== version.id)
    listMemo = {
      list: state.annotationList,
      versionId: version.id,
      dismissed: state.annotationList.filter(
        (a) => a.body.kind === 'figure' && a.body.dismissed && a.versionId === version.id,
      ),
    };
  const dismissed = listMemo.dismissed;
  if (dismissed.length === 0) return noRows;
  const inputs = [version.text, state.figureAudit, state.figureHeadings, ...dismissed];
  if (memo && memo.inputs.length === inputs.length && memo.inputs.every((x, i) => x === inputs[i])) {
    return memo.rows;
  }
  const ids = new Set(dismissed.map((a) => a.id));
  const rows = buildLedger(version.text, state.figureAudit, dismissed, state.figureHeadings, {
    withDismissed: true,
  }).filter((row) => row.annotationId !== null && ids.has(row.annotationId));
  memo = { inputs, rows };
  return rows;
}
