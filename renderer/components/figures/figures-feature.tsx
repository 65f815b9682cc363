/**
 * The figures audit as the renderer mounts it (components/extensions.ts): the Figures ledger, Sources
 * and Coverage tabs, the underline plugin for each opened version (clicks go to the store through a
 * callback; the plugin never imports it), and the sync overlay.
 */
import { createFigureUnderlinesPlugin } from '../../editor/plugins/figure-underlines';
import { getAppStore } from '../../state/store';
import type { RendererFeature } from '../extensions';
import { CoveragePanel } from './CoveragePanel';
import { FiguresPanel } from './FiguresPanel';
import { FiguresSync } from './FiguresSync';
import { SourcesPanel } from './SourcesPanel';

export const figuresFeature: RendererFeature = {
  id: 'figures',
  sidePanelTabs: [
    { id: 'figures', labelKey: 'figures:panel.title', order: 30, Component: FiguresPanel },
    { id: 'sources', labelKey: 'figures:panel.sources', order: 40, Component: SourcesPanel },
    { id: 'coverage', labelKey: 'figures:panel.coverage', order: 50, Component: CoveragePanel },
  ],
  editorPlugins: ({ textMap }) => [
    createFigureUnderlinesPlugin({
      textMap,
      onSelect(key, additive) {
        const state = getAppStore().getState();
        const keys = state.selectedFigureKeys;
        state.selectFigures(additive ? [...keys.filter((k) => k !== key), key] : [key]);
        if (state.sidePanelTab !== 'figures') state.setSidePanelTab('figures');
      },
    }),
  ],
  DocumentOverlay: FiguresSync,
};
