/**
 * Remembers where the reviewer is in the open document — the draft, the side-pane tab and the text
 * offset at the top of the view — so the start screen's "Continue" (and Enter there) resumes exactly
 * there after a relaunch. When a document was opened by "Continue", scrolls it back to that offset.
 * Written when the tab changes and a moment after scrolling stops, never on every scroll event.
 */
import { useEffect } from 'react';
import { posToTextOffset, textOffsetToPos } from '../../shared/document/text-map';
import { scrollToPos } from '../editor/queries/scroll';
import { getAppStore } from '../state/store';
import type { EditorHandle } from './editor-handle';

/**
 * Plain-text offset of the first text at the top of the visible part of the document, and how far that
 * text's line is below the top (the text offset survives a changed zoom or window; the shift makes
 * an unchanged one come back to the pixel).
 */
function topPlace(handle: EditorHandle, scroller: HTMLElement): { offset: number; shift: number } {
  const box = scroller.getBoundingClientRect();
  const dom = handle.view.dom.getBoundingClientRect();
  const hit = handle.view.posAtCoords({ left: dom.left + 8, top: Math.max(box.top, dom.top) + 8 });
  if (!hit) return { offset: 0, shift: 0 };
  return {
    offset: posToTextOffset(handle.context.textMap, hit.pos),
    shift: Math.round(handle.view.coordsAtPos(hit.pos).top - box.top),
  };
}

export function useSessionMemory(handle: EditorHandle | null, documentId: string): void {
  useEffect(() => {
    if (!handle) return;
    const scroller = handle.view.dom.closest<HTMLElement>('[data-testid="document-scroll"]');
    if (!scroller) return;
    const store = getAppStore();
    const pending = store.getState().takePendingScrollOffset();
    let restoring = pending !== null;
    const restore = (): void => {
      if (!pending) return;
      const { textMap } = handle.context;
      scrollToPos(handle.view, textOffsetToPos(textMap, Math.min(pending.offset, textMap.text.length)), 0);
      scroller.scrollTop -= pending.shift;
    };
    restore();
    // Lines move once the fonts have loaded and the features have drawn: place the view again then.
    let frame = 0;
    void document.fonts.ready.then(() => {
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          restore();
          restoring = false;
        });
      });
    });
    const remember = (): void => {
      if (restoring) return;
      const state = store.getState();
      // Best effort: where the reader was is not worth an error (or an unhandled rejection) when the
      // storage is full; the next scroll tries again.
      state
        .rememberSession({
          documentId,
          versionId: handle.context.version.id,
          tab: state.sidePanelTab,
          ...topPlace(handle, scroller),
        })
        .catch(() => undefined);
    };
    let timer = 0;
    const onScroll = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(remember, 400);
    };
    remember();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.sidePanelTab !== previous.sidePanelTab) remember();
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      scroller.removeEventListener('scroll', onScroll);
      unsubscribe();
    };
  }, [handle, documentId]);
}
