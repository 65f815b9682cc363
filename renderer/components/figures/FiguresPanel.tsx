/**
 * The Figures ledger tab: every figure of the draft with its value, sentence, status, sources and note,
 * filterable by status, unit and section, worked through by keyboard (↑/↓, `]` next unverified, a status
 * letter sets the status of every selected row, Enter edits the note, `+` links the active row to a
 * source (or attaches one when there are none yet), `*` adds the text selected in the document as a
 * figure). The
 * active row's details (proposals, mismatches, findings, indicator) are shown below the list.
 */
import { useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { statusById, statusByLetter } from '../../../shared/figures/statuses';
import { filterLedger, selectLedgerRows } from '../../state/figures-slice';
import { dismissedFilter, selectDismissedRows } from '../../state/figures-dismissed';
import { getAppStore, useAppStore } from '../../state/store';
import { AddFigureFromSelection } from './AddFigureFromSelection';
import { FigureLedgerList, type LedgerListHandle } from './FigureLedgerList';
import { FigureDetail } from './FigureDetail';
import { FigureLegend } from './FigureLegend';
import { statusLabel, unitLabel } from './status-label';
import './figures.css';

/** The unit filter's value for figures without a unit (counts); '' already means "all units". */
const noUnit = '(none)';

export function FiguresPanel() {
  const { t } = useTranslation('figures');
  const liveRows = useAppStore(selectLedgerRows);
  const dismissedRows = useAppStore(selectDismissedRows);
  const { legend, filter, selected } = useAppStore(
    useShallow((s) => ({ legend: s.figureLegend, filter: s.figureFilter, selected: s.selectedFigureKeys })),
  );
  const links = useAppStore((s) => s.figureLinks);
  const linkCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const l of links)
      if (l.state === 'accepted') counts.set(l.annotationId, (counts.get(l.annotationId) ?? 0) + 1);
    return counts;
  }, [links]);
  // "Not figures" lists the dismissed ones (to restore them); every other filter lists the live ledger.
  const showDismissed = filter.status === dismissedFilter;
  const rows = showDismissed ? dismissedRows : liveRows;
  const shown = useMemo(
    () => filterLedger(rows, showDismissed ? { ...filter, status: null } : filter, legend),
    [rows, filter, legend, showDismissed],
  );
  const units = useMemo(() => [...new Set(rows.map((r) => r.unit))].sort(), [rows]);
  const sections = useMemo(() => [...new Set(rows.map((r) => r.section))], [rows]);
  const listRef = useRef<LedgerListHandle>(null);
  const active = selected.at(-1) ?? null;
  const activeRow = shown.find((r) => r.key === active) ?? null;
  const store = getAppStore;

  const select = useCallback((key: string, additive: boolean, index?: number) => {
    // Scroll the list first, while the layout is clean: selecting changes the text's underlines, and
    // reading the list's geometry after that forced a layout of the whole document.
    if (index !== undefined) listRef.current?.scrollToIndex(index);
    const keys = getAppStore().getState().selectedFigureKeys;
    getAppStore()
      .getState()
      .selectFigures(additive ? [...keys.filter((k) => k !== key), key] : [key]);
  }, []);

  const move = (step: number, additive: boolean) => {
    if (shown.length === 0) return;
    const at = shown.findIndex((r) => r.key === active);
    const index = Math.min(shown.length - 1, Math.max(0, at < 0 ? 0 : at + step));
    select(shown[index]!.key, additive, index);
  };

  const nextUnverified = (step: number) => {
    const at = shown.findIndex((r) => r.key === active);
    for (let i = 1; i <= shown.length; i++) {
      const row = shown[(((at + step * i) % shown.length) + shown.length) % shown.length]!;
      if (statusById(legend, row.status).group === 'unverified')
        return select(row.key, false, shown.indexOf(row));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest('input, textarea, select, button')) return;
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    const handled = (() => {
      if (event.key === 'ArrowDown') return (move(1, event.shiftKey), true);
      if (event.key === 'ArrowUp') return (move(-1, event.shiftKey), true);
      if (event.key === 'PageDown') return (move(10, event.shiftKey), true);
      if (event.key === 'PageUp') return (move(-10, event.shiftKey), true);
      if (event.key === 'Home') return (move(-shown.length, event.shiftKey), true);
      if (event.key === 'End') return (move(shown.length, event.shiftKey), true);
      if (event.key === ']') return (nextUnverified(1), true);
      if (event.key === '[') return (nextUnverified(-1), true);
      if (event.key === '+') {
        const form = document.querySelector<HTMLElement>('[data-testid="figure-link-source"]');
        if (activeRow && form) form.focus();
        else void store().getState().attachSourceFromDialog();
        return true;
      }
      if (event.key === '*') {
        document.querySelector<HTMLElement>('[data-testid="figures-add-selection"]')?.click();
        return true;
      }
      if (event.key === 'Enter' && activeRow) {
        document.querySelector<HTMLTextAreaElement>('[data-testid="figure-note"]')?.focus();
        return true;
      }
      const status = event.key.length === 1 ? statusByLetter(legend, event.key) : undefined;
      if (status && selected.length > 0 && !showDismissed)
        return (void store().getState().setFigureStatus(selected, status.id), true);
      return false;
    })();
    if (handled) event.preventDefault();
  };

  return (
    <div className="tm-figures" data-testid="figures-panel" tabIndex={0} onKeyDown={onKeyDown}>
      <div className="tm-figures-toolbar">
        <select
          data-testid="figures-filter-status"
          aria-label={t('workspace:ledger.statusFilter')}
          value={filter.status ?? ''}
          onChange={(e) =>
            store()
              .getState()
              .setFigureFilter({ status: e.target.value || null })
          }
        >
          <option value="">{t('ledger.allStatuses')}</option>
          {legend.map((s) => (
            <option key={s.id} value={s.id}>
              {s.letter} · {statusLabel(t, s)}
            </option>
          ))}
          <option value={dismissedFilter}>
            {t('workspace:ledger.dismissedFilter', { count: dismissedRows.length })}
          </option>
        </select>
        <select
          data-testid="figures-filter-unit"
          aria-label={t('workspace:ledger.unitFilter')}
          value={filter.unit === null ? '' : filter.unit === '' ? noUnit : filter.unit}
          onChange={(e) =>
            store()
              .getState()
              .setFigureFilter({ unit: e.target.value === noUnit ? '' : e.target.value || null })
          }
        >
          <option value="">{t('ledger.allUnits')}</option>
          {units.map((u) => (
            <option key={u || noUnit} value={u || noUnit}>
              {u ? unitLabel(t, u) || u : t('workspace:ledger.noUnit')}
            </option>
          ))}
        </select>
        <select
          data-testid="figures-filter-section"
          aria-label={t('workspace:ledger.sectionFilter')}
          value={filter.section ?? ''}
          onChange={(e) =>
            store()
              .getState()
              .setFigureFilter({ section: e.target.value || null })
          }
        >
          <option value="">{t('ledger.allSections')}</option>
          {sections.map((s) => (
            <option key={s} value={s}>
              {s || t('coverage.untitled')}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="figures-attach-source"
          onClick={() => void store().getState().attachSourceFromDialog()}
        >
          {t('sources.attach')}
        </button>
        <AddFigureFromSelection />
      </div>
      <div className="tm-figures-meta">
        <span className="tm-figures-count" data-testid="figures-count">
          {t('ledger.count', { shown: shown.length, total: rows.length })}
          {selected.length > 1 ? ` · ${t('ledger.selected', { count: selected.length })}` : ''}
        </span>
        <FigureLegend legend={legend} keys={t('ledger.keys')} />
      </div>
      <FigureLedgerList
        rows={shown}
        selected={selected}
        active={activeRow ? activeRow.key : null}
        legend={legend}
        links={links}
        linkCount={linkCount}
        onSelect={select}
        handleRef={listRef}
      />
      {activeRow && <FigureDetail row={activeRow} dismissed={showDismissed} />}
    </div>
  );
}
