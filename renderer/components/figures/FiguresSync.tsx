/**
 * Keeps the editor in step with the figures ledger: loads the audit when a version opens (after its
 * annotations, which carry the reviewer's decisions), sends the underlines to the plugin when rows,
 * statuses or the selection change, and scrolls to and flashes the active row when it changes.
 */
import { useEffect, useRef } from 'react';
import { textOffsetToPos } from '../../../shared/document/text-map';
import { statusById } from '../../../shared/figures/statuses';
import { figureUnderlinesKey, type FigureUnderline } from '../../editor/plugins/figure-underlines';
import { scrollToPos } from '../../editor/queries/scroll';
import type { LedgerRow } from '../../../shared/figures/matching/ledger';
import { selectLedgerRows } from '../../state/figures-slice';
import { getAppStore, useAppStore } from '../../state/store';
import { useEditorHandle } from '../editor-handle';

export function FiguresSync() {
  const handle = useEditorHandle();
  const versionId = handle?.context.version.id;
  const annotationVersionId = useAppStore((s) => s.annotationVersionId);
  const lastActive = useRef<string | null>(null);

  useEffect(() => {
    if (versionId && annotationVersionId === versionId) void getAppStore().getState().loadFigures();
  }, [versionId, annotationVersionId]);

  useEffect(() => {
    if (!handle) return;
    const store = getAppStore();
    // What was last sent: a change to non-figure annotations leaves all three as they were, and then
    // there is nothing to send (rebuilding thousands of underlines cost every annotation added).
    let sent: unknown[] = [];
    // The underline last sent for each row object: a key press changes one or two rows (the others keep
    // their identity, see patchLedger), so the plugin compares identical objects for the other 6,000.
    let underlines = new WeakMap<LedgerRow, FigureUnderline>();
    const push = () => {
      const state = store.getState();
      const rows = selectLedgerRows(state);
      const inputs = [rows, state.selectedFigureKeys, state.figureLegend];
      if (inputs.every((x, i) => x === sent[i])) return;
      if (state.figureLegend !== sent[2]) underlines = new WeakMap();
      sent = inputs;
      const selected = new Set(state.selectedFigureKeys);
      const figures: FigureUnderline[] = rows.map((row) => {
        const known = underlines.get(row);
        if (known && known.selected === selected.has(row.key)) return known;
        const status = statusById(state.figureLegend, row.status);
        const underline: FigureUnderline = {
          key: row.key,
          start: row.start,
          end: row.end,
          colour: status.colour,
          style: status.underline,
          letter: status.letter,
          selected: selected.has(row.key),
          flagged: row.mismatches.length > 0 || row.findings.length > 0,
        };
        underlines.set(row, underline);
        return underline;
      });
      handle.view.dispatch(handle.view.state.tr.setMeta(figureUnderlinesKey, { type: 'set', figures }));
      const active = state.selectedFigureKeys.at(-1) ?? null;
      if (active && active !== lastActive.current) {
        const row = rows.find((r) => r.key === active);
        if (row) {
          const pos = textOffsetToPos(handle.context.textMap, row.start);
          scrollToPos(handle.view, pos, 0.3);
          const dom = handle.view.dom.querySelector(`[data-figure-key="${active}"]`);
          dom?.classList.remove('tm-figure-flash');
          void (dom as HTMLElement | null)?.offsetWidth;
          dom?.classList.add('tm-figure-flash');
        }
      }
      lastActive.current = active;
    };
    push();
    return store.subscribe((state, previous) => {
      if (
        state.figureAudit !== previous.figureAudit ||
        state.annotationList !== previous.annotationList ||
        state.selectedFigureKeys !== previous.selectedFigureKeys ||
        state.figureLegend !== previous.figureLegend
      )
        push();
    });
  }, [handle]);

  return null;
}
