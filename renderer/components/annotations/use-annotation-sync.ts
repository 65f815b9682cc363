/**
 * Keeps the editor's annotation decorations in step with the store: loads the open version's
 * annotations, sends only what changed to the plugin, mirrors the selected and hovered annotations, and
 * scrolls to an annotation when it is selected from the panel or by keyboard.
 */
import { useEffect, useRef } from 'react';
import type { Annotation } from '../../../shared/annotations/model';
import { textOffsetToPos } from '../../../shared/document/text-map';
import { annotationDecorationsKey, annotationMeta } from '../../editor/plugins/annotation-decorations';
import { scrollToPos } from '../../editor/queries/scroll';
import { getAppStore } from '../../state/store';
import type { EditorHandle } from '../editor-handle';
import { diffMarks } from './annotation-marks';

/** Scrolls the document so that `annotation` sits in the upper third of the pane. */
export function scrollToAnnotation(handle: EditorHandle, annotation: Annotation): void {
  const { textMap } = handle.context;
  if (annotation.target.start > textMap.text.length) return;
  scrollToPos(handle.view, textOffsetToPos(textMap, annotation.target.start), 0.3);
}

export function useAnnotationSync(handle: EditorHandle | null): void {
  const drawn = useRef<ReadonlyMap<string, Annotation>>(new Map());
  const versionId = handle?.context.version.id;

  useEffect(() => {
    if (!handle || !versionId) return;
    const store = getAppStore();
    drawn.current = new Map();
    const push = (): void => {
      const state = store.getState();
      if (state.annotationVersionId !== versionId) return;
      const plugin = annotationDecorationsKey.getState(handle.view.state);
      if (!plugin) return;
      const records = state.annotationRecords.annotations;
      if (records !== drawn.current) {
        // After the reviewer's own change the store says which records it touched: compare only those.
        const delta = state.annotationRecordsDelta;
        const only = delta && delta.base === drawn.current ? delta.ids : undefined;
        for (const meta of diffMarks(drawn.current, records, only))
          annotationMeta(meta)(handle.view.state, handle.view.dispatch);
        drawn.current = records;
      }
      if (plugin.selectedId !== state.selectedAnnotationId) {
        annotationMeta({ type: 'select', id: state.selectedAnnotationId })(
          handle.view.state,
          handle.view.dispatch,
        );
      }
      const hovered = state.hoveredAnnotationIds;
      const now = annotationDecorationsKey.getState(handle.view.state)!.hoveredIds;
      if (now.length !== hovered.length || now.some((id, i) => id !== hovered[i])) {
        annotationMeta({ type: 'hover', ids: hovered })(handle.view.state, handle.view.dispatch);
      }
    };
    const unsubscribe = store.subscribe(push);
    // Always read from IndexedDB when a version is (re)opened: another window or an import may have
    // written to it since it was last shown. Until then, draw what is in memory for this version.
    push();
    void store.getState().loadAnnotations(versionId);
    // …and keep following it while it is open (live view: other windows, imports).
    const stopFollowing = store.getState().followAnnotationsInDb(versionId);
    return () => {
      stopFollowing();
      unsubscribe();
    };
  }, [handle, versionId]);
}
