/**
 * The annotations feature's part of the side pane (RendererFeature.SidePanelDetail): the open
 * annotation's form, keyed so each annotation starts fresh. While it is open the pane is expanded, the
 * quote is marked in the text (pending-quote plugin) and the selected annotation is highlighted; choosing
 * another tab closes it.
 */
import { useEffect, useRef } from 'react';
import { textOffsetToPos } from '../../../shared/document/text-map';
import { clearPendingQuote, setPendingQuote } from '../../editor/plugins/pending-quote';
import { getAppStore, useAppStore } from '../../state/store';
import { useEditorHandle } from '../editor-handle';
import { AnnotationDialog } from './AnnotationDialog';

export function AnnotationDetail() {
  const handle = useEditorHandle();
  const dialog = useAppStore((state) => state.annotationDialog);
  const tab = useAppStore((state) => state.sidePanelTab);
  const openedOnTab = useRef(tab);

  // Open: expand a collapsed pane; remember the tab so that choosing another one closes the form.
  useEffect(() => {
    if (!dialog) return;
    openedOnTab.current = getAppStore().getState().sidePanelTab;
    const state = getAppStore().getState();
    if (state.sidePaneCollapsed) void state.setSidePaneCollapsed(false);
  }, [dialog]);
  useEffect(() => {
    if (tab !== openedOnTab.current && getAppStore().getState().annotationDialog) {
      getAppStore().getState().openAnnotationDialog(null);
    }
    openedOnTab.current = tab;
  }, [tab]);

  // The open version's drafts, read before any form opens.
  const versionId = handle?.context.version.id;
  useEffect(() => {
    if (versionId) void getAppStore().getState().loadDrafts(versionId);
  }, [versionId]);

  // Mark the quote of a new annotation (an existing one is marked as the selected annotation).
  useEffect(() => {
    if (!handle || dialog?.mode !== 'new') return;
    const { textMap } = handle.context;
    const from = textOffsetToPos(textMap, dialog.start);
    const to = textOffsetToPos(textMap, dialog.end);
    if (from < to) setPendingQuote(from, to)(handle.view.state, handle.view.dispatch);
    return () => void clearPendingQuote(handle.view.state, handle.view.dispatch);
  }, [handle, dialog]);

  if (!dialog) return null;
  const key = dialog.mode === 'edit' ? dialog.id : `${dialog.kind}:${dialog.start}`;
  return <AnnotationDialog key={key} />;
}
