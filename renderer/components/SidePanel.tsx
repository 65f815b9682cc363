/**
 * The right side pane: one tab per registered feature tab (components/extensions.ts), resizable by
 * dragging its edge (or with the arrow keys on it), collapsible, and remembered in settings
 * (state/workspace-slice.ts). Tabs wrap onto a second row instead of being cut off, so no label is
 * clipped in any language however many features add tabs; they follow the ARIA tabs pattern (arrow
 * keys, Home/End, one tab stop). F6 / Ctrl+\ move focus between the document and the pane
 * (use-pane-focus-keys.ts).
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store';
import { rendererFeatures, sidePanelTabs } from './extensions';
import { SidePaneResizer } from './SidePaneResizer';

/** The toggle button is replaced by its opposite: keep keyboard focus on it rather than losing it. */
const focusAfterRender = (selector: string): void => {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
};

export function SidePanel() {
  const { t } = useTranslation();
  const tabs = sidePanelTabs();
  const { selected, select, width, collapsed, setCollapsed } = useAppStore(
    useShallow((state) => ({
      selected: state.sidePanelTab,
      select: state.setSidePanelTab,
      width: state.sidePaneWidth,
      collapsed: state.sidePaneCollapsed,
      setCollapsed: state.setSidePaneCollapsed,
    })),
  );
  const listRef = useRef<HTMLDivElement>(null);
  const active = tabs.find((tab) => tab.id === selected) ?? tabs[0];

  if (collapsed) {
    return (
      <aside
        className="tm-side-panel tm-side-panel-collapsed"
        aria-label={t('panel.label')}
        data-testid="side-panel"
        data-collapsed="true"
      >
        <button
          type="button"
          className="tm-icon-button tm-side-toggle"
          data-testid="side-panel-expand"
          aria-expanded="false"
          aria-label={t('workspace:pane.expand')}
          title={t('workspace:pane.expandTitle')}
          onClick={() => {
            void setCollapsed(false);
            focusAfterRender('[data-testid="side-panel-collapse"]');
          }}
        >
          «
        </button>
        {/* A feature opening its detail (an annotation's thread) expands the pane from here. */}
        <div hidden>
          {rendererFeatures.map((feature) =>
            feature.SidePanelDetail ? <feature.SidePanelDetail key={feature.id} /> : null,
          )}
        </div>
      </aside>
    );
  }

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number): void => {
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
    <aside
      className="tm-side-panel"
      aria-label={t('panel.label')}
      data-testid="side-panel"
      data-collapsed="false"
      style={{ ['--tm-side-width' as string]: `${width}px` }}
    >
      <SidePaneResizer />
      <div className="tm-tab-strip">
        <div ref={listRef} role="tablist" aria-label={t('panel.label')} className="tm-tabs">
          {tabs.map((tab, index) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`side-tab-${tab.id}`}
              aria-selected={tab.id === active?.id}
              aria-controls={`side-panel-${tab.id}`}
              tabIndex={tab.id === active?.id ? 0 : -1}
              className="tm-tab"
              data-testid={`side-tab-${tab.id}`}
              onClick={() => select(tab.id)}
              onKeyDown={(event) => onTabKeyDown(event, index)}
            >
              {t(tab.labelKey)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="tm-icon-button tm-side-toggle"
          data-testid="side-panel-collapse"
          aria-expanded="true"
          aria-label={t('workspace:pane.collapse')}
          title={t('workspace:pane.collapseTitle')}
          onClick={() => {
            void setCollapsed(true);
            focusAfterRender('[data-testid="side-panel-expand"]');
          }}
        >
          »
        </button>
      </div>
      <div className="tm-side-detail" data-testid="side-panel-detail">
        {rendererFeatures.map((feature) =>
          feature.SidePanelDetail ? <feature.SidePanelDetail key={feature.id} /> : null,
        )}
      </div>
      {active && (
        <div
          role="tabpanel"
          id={`side-panel-${active.id}`}
          aria-labelledby={`side-tab-${active.id}`}
          className="tm-tab-panel"
          data-testid={`side-panel-${active.id}`}
        >
          <active.Component />
        </div>
      )}
    </aside>
  );
}
