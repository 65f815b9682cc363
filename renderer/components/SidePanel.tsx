/** The right side panel: one tab per registered feature tab (components/extensions.ts). */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store';
import { sidePanelTabs } from './extensions';

export function SidePanel() {
  const { t } = useTranslation();
  const tabs = sidePanelTabs();
  const { selected, select } = useAppStore(
    useShallow((state) => ({ selected: state.sidePanelTab, select: state.setSidePanelTab })),
  );
  const active = tabs.find((tab) => tab.id === selected) ?? tabs[0];
  return (
    <aside className="tm-side-panel" aria-label={t('panel.label')} data-testid="side-panel">
      <div role="tablist" className="tm-tabs">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`side-tab-${tab.id}`}
            aria-selected={tab.id === active?.id}
            aria-controls={`side-panel-${tab.id}`}
            className="tm-tab"
            data-testid={`side-tab-${tab.id}`}
            onClick={() => select(tab.id)}
          >
            {t(tab.labelKey)}
          </button>
        ))}
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
