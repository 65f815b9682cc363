/**
 * The side pane's tab row (ARIA tabs: arrow keys, Home/End, one tab stop). It never wraps and never
 * clips a label: the full labels are measured in a hidden copy of the row, and when they do not fit in
 * one row (Chinese at 1024 px, a narrow pane, more feature tabs) the row turns compact: each tab shows
 * its icon, the active tab its icon and label (or, in the narrowest pane, its icon only), and every tab
 * keeps its label as its accessible name and tooltip. While a detail (a thread, a claim, a figure annotation) covers the tab's content, no tab is
 * shown as selected: the active tab is drawn outlined ("behind the detail"), and choosing it again
 * closes the detail.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SidePanelTab } from './extensions';
import { SideTabIcon } from './side-tab-icons';

/** How the tabs are drawn: full labels, icons with the active tab's label, or icons only. */
type Fit = 'labels' | 'active-label' | 'icons';

export interface SidePaneTabsProps {
  tabs: readonly SidePanelTab[];
  activeId: string | undefined;
  /** A detail covers the active tab's panel. */
  detailOpen: boolean;
  select(id: string): void;
  closeDetail(): void;
}

export function SidePaneTabs({ tabs, activeId, detailOpen, select, closeDetail }: SidePaneTabsProps) {
  const { t, i18n } = useTranslation();
  const listRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const measureCompactRef = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<Fit>('labels');
  const labels = tabs.map((tab) => t(tab.labelKey));
  const compact = fit !== 'labels';

  // The widest form that fits the row: all labels, icons with the active label, or icons only (the
  // narrowest pane). Measured again when the pane is resized, the language changes or tabs change.
  useLayoutEffect(() => {
    const list = listRef.current;
    const full = measureRef.current;
    const iconsAndActive = measureCompactRef.current;
    if (!list || !full || !iconsAndActive) return;
    const check = (): void => {
      const room = list.clientWidth + 0.5;
      setFit(
        full.scrollWidth <= room ? 'labels' : iconsAndActive.scrollWidth <= room ? 'active-label' : 'icons',
      );
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(list);
    return () => observer.disconnect();
  }, [labels.join('\u0000'), i18n.language, activeId]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    select(tabs[next]!.id);
    listRef.current?.querySelectorAll<HTMLButtonElement>('[role=tab]')[next]?.focus();
  };

  return (
    <div className="tm-tabs-frame">
      <div ref={measureRef} className="tm-tabs tm-tabs-measure" aria-hidden="true">
        {labels.map((label, i) => (
          <span key={tabs[i]!.id} className="tm-tab">
            {label}
          </span>
        ))}
      </div>
      <div ref={measureCompactRef} className="tm-tabs tm-tabs-compact tm-tabs-measure" aria-hidden="true">
        {tabs.map((tab, i) => (
          <span key={tab.id} className="tm-tab">
            <SideTabIcon id={tab.id} label={labels[i]!} />
            {tab.id === activeId && <span className="tm-tab-label">{labels[i]}</span>}
          </span>
        ))}
      </div>
      <div
        ref={listRef}
        role="tablist"
        aria-label={t('panel.label')}
        className={`tm-tabs${compact ? ' tm-tabs-compact' : ''}`}
        data-fit={fit}
        data-detail-open={detailOpen}
        data-testid="side-tabs"
      >
        {tabs.map((tab, index) => {
          const active = tab.id === activeId;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`side-tab-${tab.id}`}
              aria-selected={active && !detailOpen}
              aria-controls={`side-panel-${tab.id}`}
              aria-label={compact ? labels[index] : undefined}
              title={compact ? labels[index] : undefined}
              tabIndex={active ? 0 : -1}
              className={`tm-tab${active && detailOpen ? ' tm-tab-behind' : ''}`}
              data-testid={`side-tab-${tab.id}`}
              onClick={() => (active && detailOpen ? closeDetail() : select(tab.id))}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {compact && <SideTabIcon id={tab.id} label={labels[index]!} />}
              {(fit === 'labels' || (fit === 'active-label' && active)) && (
                <span className="tm-tab-label">{labels[index]}</span>
              )}
            </button>
          );
        })}
      </div>
    </div>
  );
}
