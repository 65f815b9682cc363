/**
 * The right side pane: one tab per registered feature tab (components/extensions.ts), resizable by
 * dragging its edge (or with the arrow keys on it), collapsible, and remembered in settings
 * (state/workspace-slice.ts). The tab row never wraps or clips (SidePaneTabs.tsx: icons with the active
 * label when the labels do not fit) and follows the ARIA tabs pattern. F6 / Ctrl+\ move focus between
 * the document and the pane
 * (use-pane-focus-keys.ts).
 */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store';
import { rendererFeatures, sidePanelTabs } from './extensions';
import { SidePaneResizer } from './SidePaneResizer';
import { SidePaneTabs } from './SidePaneTabs';

/** The toggle button is replaced by its opposite: keep keyboard focus on it rather than losing it. */
const focusAfterRender = (selector: string): void => {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
};

export function SidePanel() {
  const { t } = useTranslation();
  const tabs = sidePanelTabs();
  const { selected, select, width, collapsed, setCollapsed, detailOpen, closeDetail } = useAppStore(
    useShallow((state) => ({
      selected: state.sidePanelTab,
      select: state.setSidePanelTab,
      width: state.sidePaneWidth,
      collapsed: state.sidePaneCollapsed,
      setCollapsed: state.setSidePaneCollapsed,
      detailOpen: state.annotationDialog !== null,
      closeDetail: state.openAnnotationDialog,
    })),
  );
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
        <SidePaneTabs
          tabs={tabs}
          activeId={active?.id}
          detailOpen={detailOpen}
          select={select}
          closeDetail={() => closeDetail(null)}
        />
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
