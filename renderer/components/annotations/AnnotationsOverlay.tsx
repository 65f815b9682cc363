/**
 * Everything the annotations feature mounts over the open document: the decoration sync, the selection
 * toolbar, the list of annotations under the pointer, the delete confirmation and
 * the one-time name prompt, plus the keyboard shortcuts (use-annotation-shortcuts.ts).
 */
import { useShallow } from 'zustand/react/shallow';
import { isUnresolved, nextAnnotation } from '../../../shared/annotations/navigate';
import { posToTextOffset } from '../../../shared/document/text-map';
import { getAppStore, useAppStore } from '../../state/store';
import { useEditorHandle, type EditorHandle } from '../editor-handle';
import { ConfirmDeleteDialog, NamePromptDialog } from './ConfirmDialogs';
import { OverlapPopover } from './OverlapPopover';
import { SelectionToolbar, type ToolbarAction } from './SelectionToolbar';
import { scrollToAnnotation, useAnnotationSync } from './use-annotation-sync';
import { useAnnotationShortcuts } from './use-annotation-shortcuts';
import { readSelection, useTextSelection } from './use-text-selection';
import { undoLatest } from '../../state/undo-latest';

/** Plain-text offset at the top of the visible part of the document (where "next" starts from). */
function viewportOffset(handle: EditorHandle): number {
  const box = handle.view.dom.getBoundingClientRect();
  const hit = handle.view.posAtCoords({ left: box.left + 24, top: Math.max(box.top, 0) + 8 });
  return hit ? posToTextOffset(handle.context.textMap, hit.pos) : 0;
}

/** Selects an annotation, scrolls it into view and flashes it (the selected style animates on entry). */
export function goToAnnotation(handle: EditorHandle, id: string): void {
  const state = getAppStore().getState();
  const annotation = state.annotationRecords.annotations.get(id);
  if (!annotation) return;
  // Re-selecting restarts the flash; another annotation is selected in one step (each step redraws the
  // text's annotation decorations).
  if (state.selectedAnnotationId === id) state.selectAnnotation(null);
  state.selectAnnotation(id);
  scrollToAnnotation(handle, annotation);
}

/** Starts the toolbar's action on the current selection; false when there is no selection. */
export function runToolbarAction(handle: EditorHandle, action: ToolbarAction): boolean {
  const selection = readSelection(handle);
  if (!selection) return false;
  const state = getAppStore().getState();
  const range = { start: selection.start, end: selection.end };
  state.withReviewerName(() => {
    const now = getAppStore().getState();
    if (action === 'highlight') void now.addAnnotation(range, { kind: 'highlight' });
    else now.openAnnotationDialog({ mode: 'new', kind: action, ...range });
  });
  window.getSelection()?.removeAllRanges();
  return true;
}

export function AnnotationsOverlay() {
  const handle = useEditorHandle();
  useAnnotationSync(handle);
  const { selection, selectSentence } = useTextSelection(handle);
  const { blocked } = useAppStore(
    useShallow((state) => ({
      blocked:
        state.annotationDialog !== null || state.namePromptPending !== null || state.deletePendingId !== null,
    })),
  );

  useAnnotationShortcuts({
    action: (kind) => (handle ? runToolbarAction(handle, kind) : false),
    selectSentence,
    move(direction, unresolvedOnly) {
      if (!handle) return;
      const state = getAppStore().getState();
      const target = nextAnnotation(
        state.annotationList,
        state.selectedAnnotationId,
        direction,
        unresolvedOnly ? isUnresolved : undefined,
        viewportOffset(handle),
      );
      if (target) goToAnnotation(handle, target.id);
    },
    open() {
      const state = getAppStore().getState();
      if (!state.selectedAnnotationId) return false;
      state.openAnnotationDialog({ mode: 'edit', id: state.selectedAnnotationId });
      return true;
    },
    remove() {
      const state = getAppStore().getState();
      if (!state.selectedAnnotationId) return false;
      state.requestDeleteAnnotation(state.selectedAnnotationId);
      return true;
    },
    escape() {
      const state = getAppStore().getState();
      if (state.annotationOverlap) state.showAnnotationOverlap(null);
      else if (state.selectedAnnotationId) state.selectAnnotation(null);
      else return false;
      return true;
    },
    undo: () => void undoLatest(getAppStore().getState()),
    redo: () => void getAppStore().getState().redoAnnotation(),
  });

  if (!handle) return null;
  return (
    <>
      {selection && !blocked && (
        <SelectionToolbar selection={selection} onAction={(action) => runToolbarAction(handle, action)} />
      )}
      <OverlapPopover />
      <ConfirmDeleteDialog />
      <NamePromptDialog />
    </>
  );
}
