/**
 * Keyboard shortcuts for annotating, active while a document is open and focus is not in a text field
 * or dialog. Single keys (as in other review tools) avoid Ctrl+F / Ctrl+O / zoom, which the app owns:
 *
 * | key | action |
 * | --- | --- |
 * | T / C / F / H | tag claim / comment / mark as figure / highlight the selection |
 * | S | select the whole sentence at the selection |
 * | J / K | next / previous annotation |
 * | U | next unresolved comment |
 * | Enter | open the selected annotation (thread) |
 * | Delete / Backspace | delete the selected annotation (asks first) |
 * | Escape | close the list under the pointer, then deselect |
 * | Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y | undo / redo annotation actions |
 */
import { useEffect, useRef } from 'react';

export interface AnnotationShortcutHandlers {
  action(kind: 'claim' | 'comment' | 'figure' | 'highlight'): boolean;
  selectSentence(): boolean;
  move(direction: 1 | -1, unresolvedOnly: boolean): void;
  open(): boolean;
  remove(): boolean;
  escape(): boolean;
  undo(): void;
  redo(): void;
}

const isTextField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Resolves a key event to a handler call; true when it was one of ours. */
export function dispatchShortcut(event: KeyboardEvent, handlers: AnnotationShortcutHandlers): boolean {
  if (event.isComposing || event.altKey) return false;
  const key = event.key.toLowerCase();
  const mod = event.ctrlKey || event.metaKey;
  if (mod) {
    if (key === 'z' && !event.shiftKey) handlers.undo();
    else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) handlers.redo();
    else return false;
    return true;
  }
  if (event.shiftKey && key !== 'enter') return false;
  switch (key) {
    case 't':
      return handlers.action('claim');
    case 'c':
      return handlers.action('comment');
    case 'f':
      return handlers.action('figure');
    case 'h':
      return handlers.action('highlight');
    case 's':
      return handlers.selectSentence();
    case 'j':
      handlers.move(1, false);
      return true;
    case 'k':
      handlers.move(-1, false);
      return true;
    case 'u':
      handlers.move(1, true);
      return true;
    case 'enter':
      return handlers.open();
    case 'delete':
    case 'backspace':
      return handlers.remove();
    case 'escape':
      return handlers.escape();
    default:
      return false;
  }
}

/** Installs the shortcuts on the window for as long as the component is mounted. */
export function useAnnotationShortcuts(handlers: AnnotationShortcutHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTextField(event.target)) return;
      // A modal dialog owns the keyboard (Escape, Enter on its buttons).
      if (document.querySelector('dialog[open]')) return;
      // So does the annotation form in the side pane (its buttons must not act on the document).
      if (event.target instanceof Element && event.target.closest('.tm-pane-section')) return;
      if (dispatchShortcut(event, ref.current)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
