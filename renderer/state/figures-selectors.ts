/**
 * Selectors over the figures audit: the ledger rows of the open version (memoised, so React sees the
 * same array until an input changes), the filter applied to them, open conflicts, and what each source
 * gave to match against. Pure reads of the store; the figures slice holds the actions.
 */
import { sourceReadings } from '../../shared/figures/matching/audit';
import { buildLedger, type LedgerRow } from '../../shared/figures/matching/ledger';
import { patchLedger } from '../../shared/figures/matching/ledger-patch';
import type { SourceReading } from '../../shared/figures/matching/table-figures';
import type { FigureStatusDef } from '../../shared/figures/statuses';
import type { FigureLink } from '../db/figure-link-repository';
import type { FigureFilter } from './figures-slice';
import type { AppState } from './store';

/** True while a row's sources conflict and the auditor has not recorded which one is taken. */
export const isConflictOpen = (row: LedgerRow, links: readonly FigureLink[]): boolean =>
  row.conflict && !links.some((l) => l.annotationId === row.annotationId && l.taken === true);

/** What each attached source gave to match against, by source id. */
export function selectSourceReadings(state: AppState): Map<string, SourceReading> {
  const index = state.figureAudit?.index;
  if (!index) return noReadings;
  if (readingsMemo?.index !== index) readingsMemo = { index, readings: sourceReadings(index) };
  return readingsMemo.readings;
}
const noReadings = new Map<string, SourceReading>();
let readingsMemo: { index: unknown; readings: Map<string, SourceReading> } | null = null;

let figuresMemo: { list: readonly unknown[]; versionId: string; figures: AppState['annotationList'] } | null =
  null;

/** Ledger rows of the open version (memoised on the inputs' identities). */
let memo: { inputs: unknown[]; rows: LedgerRow[] } | null = null;
// One empty list, so a selector called twice without a ledger returns the same value (React's
// useSyncExternalStore loops forever on a fresh [] per call).
const noRows: LedgerRow[] = [];
export function selectLedgerRows(state: AppState): LedgerRow[] {
  const version = state.current?.version;
  if (!version || !state.figureAudit || state.figureVersionId !== version.id) return noRows;
  // The ledger reads only figure annotations: adding a highlight or a comment to a list of 5,000 must
  // not rebuild it (that rebuild dominated the add-one time). Records are replaced on change, so the
  // same figure objects in the same order mean the same rows.
  // Every subscriber runs this on every store change (a ledger key press too): filter the list once per
  // list, not 5,000 annotations per call.
  if (figuresMemo?.list !== state.annotationList || figuresMemo.versionId !== version.id)
    figuresMemo = {
      list: state.annotationList,
      versionId: version.id,
      figures: state.annotationList.filter((a) => a.body.kind === 'figure' && a.versionId === version.id),
    };
  const annotations = figuresMemo.figures;
  const inputs = [version.text, state.figureAudit, state.figureHeadings, ...annotations];
  if (memo && memo.inputs.length === inputs.length && memo.inputs.every((x, i) => x === inputs[i])) {
    return memo.rows;
  }
  // A status, note or bulk status change leaves every join in place: carry it over to the previous
  // rows (a rebuild of 6,500 rows cost ~10 ms per key press and re-rendered every drawn row).
  const sameBase =
    memo && memo.inputs[0] === inputs[0] && memo.inputs[1] === inputs[1] && memo.inputs[2] === inputs[2];
  const rows =
    (sameBase && patchLedger(memo!.rows, memo!.inputs.slice(3) as typeof annotations, annotations)) ||
    buildLedger(version.text, state.figureAudit, annotations, state.figureHeadings);
  memo = { inputs, rows };
  return rows;
}

/** Rows that pass the filter. */
export function filterLedger(
  rows: readonly LedgerRow[],
  filter: FigureFilter,
  legend: readonly FigureStatusDef[],
) {
  return rows.filter(
    (r) =>
      (!filter.status ||
        r.status === filter.status ||
        legend.find((s) => s.id === r.status)?.group === filter.status) &&
      (filter.unit === null || r.unit === filter.unit) &&
      (!filter.section || r.section === filter.section),
  );
}
