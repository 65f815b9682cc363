/**
 * F6 (as in Word, Acrobat and browsers) and Ctrl/Cmd+\ move focus between the document and the side
 * pane; going to a collapsed pane opens it first. Ctrl/Cmd+Shift+\ collapses or opens the pane.
 * Mounted by DocumentWorkspace while a document is open.
 */
import { useEffect } from 'react';
import { getAppStore } from '../state/store';

/** The two places focus cycles between. */
const documentView = (): HTMLElement | null => document.querySelector<HTMLElement>('.tm-document');
const sidePane = (): HTMLElement | null => document.querySelector<HTMLElement>('[data-testid="side-panel"]');

/** Focuses the pane's selected tab (or its expand button while collapsed). */
function focusPane(): void {
  const pane = sidePane();
  pane
    ?.querySelector<HTMLElement>('[role=tab][aria-selected=true], [data-testid="side-panel-expand"]')
    ?.focus();
}

/** What a key press asks for: move focus, toggle the pane, or nothing. */
export function paneKeyAction(event: {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): 'cycle' | 'toggle' | null {
  if (event.altKey) return null;
  const mod = event.ctrlKey || event.metaKey;
  if (event.key === 'F6' && !mod) return 'cycle';
  if (mod && event.code === 'Backslash') return event.shiftKey ? 'toggle' : 'cycle';
  return null;
}

export function usePaneFocusKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const action = paneKeyAction(event);
      if (!action || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      const state = getAppStore().getState();
      const inPane = sidePane()?.contains(document.activeElement) ?? false;
      if (action === 'toggle') {
        const collapse = !state.sidePaneCollapsed;
        void state.setSidePaneCollapsed(collapse);
        if (collapse) documentView()?.focus({ preventScroll: true });
        else requestAnimationFrame(focusPane);
        return;
      }
      if (inPane) {
        documentView()?.focus({ preventScroll: true });
      } else if (state.sidePaneCollapsed) {
        void state.setSidePaneCollapsed(false);
        requestAnimationFrame(focusPane);
      } else {
        focusPane();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
