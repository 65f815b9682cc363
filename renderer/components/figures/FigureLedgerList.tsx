/**
 * The ledger's rows, virtualised (@tanstack/react-virtual): only the rows in view (and a few either
 * side) are in the DOM, so a key press on a 1 MB draft with 6,500 figures re-renders a dozen rows, not
 * all of them (it took 160–260 ms when every row was drawn). Rows have one fixed height, so the
 * virtualiser never measures. The list stays an ARIA listbox: the active row is always rendered (it is
 * scrolled into the window first) so `aria-activedescendant` points at an element, and each option
 * carries its position in the whole list (`aria-posinset` / `aria-setsize`).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { LedgerRow } from '../../../shared/figures/matching/ledger';
import { statusById, type FigureStatusDef } from '../../../shared/figures/statuses';
import type { FigureLink } from '../../db/figure-link-repository';
import { isConflictOpen } from '../../state/figures-slice';
import { LinkIcon } from '../icons';
import { formatValue, statusLabel } from './status-label';

/** Height of one row in px: a value line and a sentence line (figures.css sets the same). */
export const ledgerRowHeight = 44;

export interface LedgerListHandle {
  /** Scrolls the list so the row at `index` is in view (nearest edge). */
  scrollToIndex(index: number): void;
}

interface RowProps {
  row: LedgerRow;
  position: number;
  total: number;
  top: number;
  selected: boolean;
  legend: readonly FigureStatusDef[];
  links: readonly FigureLink[];
  linkCount: number;
  t: TFunction<'figures'>;
  onSelect(key: string, additive: boolean): void;
}

const LedgerRowView = memo(function LedgerRowView({
  row,
  position,
  total,
  top,
  selected,
  legend,
  links,
  linkCount,
  t,
  onSelect,
}: RowProps) {
  const status = statusById(legend, row.status);
  const conflictOpen = isConflictOpen(row, links);
  return (
    <div
      id={`figure-row-${row.key}`}
      data-testid="figure-row"
      data-key={row.key}
      data-status={row.status}
      data-flagged={row.mismatches.length > 0 || row.findings.length > 0}
      data-conflict={conflictOpen ? 'open' : row.conflict ? 'decided' : undefined}
      role="option"
      aria-selected={selected}
      aria-posinset={position + 1}
      aria-setsize={total}
      className={`tm-figure-row${selected ? ' tm-figure-row-selected' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={(e) => onSelect(row.key, e.shiftKey || e.metaKey || e.ctrlKey)}
    >
      <span className="tm-figure-letter" style={{ background: status.colour }} title={statusLabel(t, status)}>
        {status.letter}
      </span>
      <span className="tm-figure-text">{row.text}</span>
      <span className="tm-figure-value">{formatValue(row.value, row.unit, row.high, t)}</span>
      <span className="tm-figure-flags">
        {row.matches.length > 0 && <span title={t('match.proposals')}>⇄{row.matches.length}</span>}
        {linkCount > 0 && (
          <span data-testid="figure-row-links" title={t('link.title')}>
            <LinkIcon />
            {linkCount}
          </span>
        )}
        {conflictOpen ? (
          <span
            className="tm-figure-warn tm-figure-conflict"
            data-testid="figure-row-conflict"
            title={t('sources:conflict.badge')}
          >
            ⚠≠
          </span>
        ) : (
          row.mismatches.length > 0 && <span className="tm-figure-warn">≠</span>
        )}
        {row.findings.length > 0 && <span className="tm-figure-warn">!</span>}
        {row.note && <span title={row.note}>✎</span>}
      </span>
      <span className="tm-figure-sentence">{row.sentence}</span>
    </div>
  );
});

export interface FigureLedgerListProps {
  rows: readonly LedgerRow[];
  selected: readonly string[];
  active: string | null;
  legend: readonly FigureStatusDef[];
  links: readonly FigureLink[];
  linkCount: ReadonlyMap<string, number>;
  onSelect(key: string, additive: boolean): void;
  handleRef: Ref<LedgerListHandle>;
}

export function FigureLedgerList({
  rows,
  selected,
  active,
  legend,
  links,
  linkCount,
  onSelect,
  handleRef,
}: FigureLedgerListProps) {
  const { t } = useTranslation('figures');
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ledgerRowHeight,
    overscan: 8,
    // Stable between renders of one list: a new function re-measures all 6,500 rows (tanstack memo).
    getItemKey: useCallback((index: number) => rows[index]!.key, [rows]),
  });
  useImperativeHandle(handleRef, () => ({
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  }));
  // A row chosen elsewhere (the text, a filter change) is brought into the window. The ledger's own keys
  // scroll before they select (handleRef), while the layout is clean; here a row already in view is left
  // alone, since reading the list's geometry after the text's underlines changed forces a layout of the
  // whole document (that was most of a key press on a 1 MB draft).
  const activeIndex = active ? rows.findIndex((r) => r.key === active) : -1;
  useEffect(() => {
    if (activeIndex < 0) return;
    const items = virtualizer.getVirtualItems();
    const inView = items.length > 2 && activeIndex > items[0]!.index && activeIndex < items.at(-1)!.index;
    if (!inView) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);
  const selectedSet = new Set(selected);

  return (
    <div
      className="tm-figures-list"
      ref={scrollRef}
      role="listbox"
      aria-multiselectable
      aria-label={t('workspace:ledger.listLabel')}
      tabIndex={0}
      aria-activedescendant={activeIndex >= 0 ? `figure-row-${active}` : undefined}
      data-testid="figures-list"
    >
      {rows.length === 0 && <p className="tm-figures-empty">{t('ledger.empty')}</p>}
      <div className="tm-figures-spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <LedgerRowView
              key={item.key}
              row={row}
              position={item.index}
              total={rows.length}
              top={item.start}
              selected={selectedSet.has(row.key)}
              legend={legend}
              links={links}
              linkCount={row.annotationId ? (linkCount.get(row.annotationId) ?? 0) : 0}
              t={t}
              onSelect={onSelect}
            />
          );
        })}
      </div>
    </div>
  );
}
