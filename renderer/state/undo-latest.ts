/**
 * Ctrl/Cmd+Z across the two undoable kinds of action: a source removal (figures slice) and annotation
 * actions (annotation history). The removal is undone first when it is the latest action, that is when
 * no annotation action was recorded after it; otherwise the last annotation action is.
 */
import type { AppState } from './store';

/** True when Ctrl/Cmd+Z should bring back the removed source rather than undo an annotation action. */
export const sourceRemovalIsLatest = (state: AppState): boolean =>
  state.removedSource !== null && (state.annotationHistory.undo.at(-1) ?? null) === state.removedSourceAfter;

/** Undoes the latest action of either kind; false when there was nothing to undo. */
export async function undoLatest(state: AppState): Promise<boolean> {
  if (sourceRemovalIsLatest(state)) {
    await state.undoRemoveSource();
    return true;
  }
  return state.undoAnnotation();
}
