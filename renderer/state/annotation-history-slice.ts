/**
 * Undo/redo of annotation actions (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z). The stacks hold `Change`s; undoing
 * writes the inverse change through the same path as any action (IndexedDB first, then memory), so an
 * undone delete brings back the annotation and its replies with their ids. The history belongs to the
 * loaded version and is reset when another one is loaded.
 */
import {
  emptyHistory,
  recordChange,
  redoStep,
  undoStep,
  type Change,
  type History,
} from '../../shared/annotations/history';
import type { AppState, SliceCreator } from './store';

export interface AnnotationHistorySlice {
  annotationHistory: History;
  recordAnnotationChange(change: Change): void;
  /** Undoes the last annotation action; false when there is none or it could not be written. */
  undoAnnotation(): Promise<boolean>;
  redoAnnotation(): Promise<boolean>;
}

export const createAnnotationHistorySlice: SliceCreator<AnnotationHistorySlice> = () => (set, get) => {
  const step = async (which: typeof undoStep): Promise<boolean> => {
    const next = which(get().annotationHistory);
    if (!next) return false;
    // Move the stacks first so a second key press while writing takes the next step, not this one.
    set({ annotationHistory: next.history });
    const done = await get().commitAnnotationChange(next.apply, false);
    if (!done) set({ annotationHistory: emptyHistory });
    return done;
  };
  return {
    annotationHistory: emptyHistory,
    recordAnnotationChange(change) {
      set({ annotationHistory: recordChange(get().annotationHistory, change) });
    },
    undoAnnotation: () => step(undoStep),
    redoAnnotation: () => step(redoStep),
  };
};

/** Selector: whether there is something to undo / redo (for menus and buttons). */
export const selectCanUndoAnnotation = (state: AppState): boolean => state.annotationHistory.undo.length > 0;
export const selectCanRedoAnnotation = (state: AppState): boolean => state.annotationHistory.redo.length > 0;
