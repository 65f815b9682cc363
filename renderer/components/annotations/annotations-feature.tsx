/**
 * The annotations feature as the renderer mounts it (components/extensions.ts): the "Annotations" side
 * panel tab, the annotation form shown in the side pane, the decoration plugin for each opened version (with callbacks into the store — the plugin
 * itself never imports it), and the overlay with toolbar, dialogs and shortcuts.
 */
import { createAnnotationDecorationsPlugin } from '../../editor/plugins/annotation-decorations';
import { getAppStore } from '../../state/store';
import type { RendererFeature } from '../extensions';
import { AnnotationDetail } from './AnnotationDetail';
import { AnnotationsOverlay } from './AnnotationsOverlay';
import { AnnotationsPanel } from './AnnotationsPanel';
import './annotations.css';

export const annotationsFeature: RendererFeature = {
  id: 'annotations',
  sidePanelTabs: [
    { id: 'annotations', labelKey: 'annotations:panel.title', order: 20, Component: AnnotationsPanel },
  ],
  editorPlugins: ({ textMap }) => [
    createAnnotationDecorationsPlugin({
      textMap,
      onClick(ids, event) {
        const state = getAppStore().getState();
        state.selectAnnotation(ids[0] ?? null);
        // One annotation opens at once, beside the text; overlapping ones are listed first.
        // A figure's details are the Figures ledger's, which the same click selects (figures feature).
        const single = ids.length === 1 ? state.annotationRecords.annotations.get(ids[0]!) : undefined;
        if (single && single.kind !== 'figure') {
          state.showAnnotationOverlap(null);
          state.openAnnotationDialog({ mode: 'edit', id: single.id });
          return;
        }
        state.showAnnotationOverlap({ ids, x: event.clientX, y: event.clientY, pinned: true });
      },
      onHover(ids, event) {
        const state = getAppStore().getState();
        state.hoverAnnotations(ids);
        if (state.annotationOverlap?.pinned) return;
        state.showAnnotationOverlap(
          ids.length > 0 ? { ids, x: event.clientX, y: event.clientY, pinned: false } : null,
        );
      },
    }),
  ],
  SidePanelDetail: AnnotationDetail,
  DocumentOverlay: AnnotationsOverlay,
};
