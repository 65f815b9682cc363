/**
 * Keyboard reading and selecting in the read-only document: a visible caret and the editor keys
 * (arrows, Shift+arrows, Ctrl/Cmd+arrows by word or sentence, Home/End, Ctrl/Cmd+Home/End).
 *
 * Why not `contenteditable`: an editable view would give a native caret, but then an active Chinese
 * input method swallows the single-key shortcuts (T, C, S…) as composition, and composition input cannot
 * be cancelled — the text would no longer be guaranteed immutable. So the view stays non-editable and
 * this plugin moves the DOM selection with `Selection.modify` (which Chromium applies to any selection,
 * editable or not, with its own word and sentence breaking for CJK and Latin text) and draws the caret
 * itself as a fixed-position bar. ProseMirror reads the DOM selection into its state as usual.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

export const readOnlyCaretPluginKey = new PluginKey('readOnlyCaret');

type Granularity = 'character' | 'word' | 'sentence' | 'line' | 'lineboundary' | 'documentboundary';

/** What a key does to the selection: `null` when the key is not a caret key. */
export function caretMotion(event: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): { alter: 'move' | 'extend'; direction: 'forward' | 'backward'; granularity: Granularity } | null {
  if (event.altKey) return null;
  const mod = event.ctrlKey || event.metaKey;
  const alter = event.shiftKey ? 'extend' : 'move';
  switch (event.key) {
    case 'ArrowLeft':
      return { alter, direction: 'backward', granularity: mod ? 'word' : 'character' };
    case 'ArrowRight':
      return { alter, direction: 'forward', granularity: mod ? 'word' : 'character' };
    case 'ArrowUp':
      return { alter, direction: 'backward', granularity: mod ? 'sentence' : 'line' };
    case 'ArrowDown':
      return { alter, direction: 'forward', granularity: mod ? 'sentence' : 'line' };
    case 'Home':
      return { alter, direction: 'backward', granularity: mod ? 'documentboundary' : 'lineboundary' };
    case 'End':
      return { alter, direction: 'forward', granularity: mod ? 'documentboundary' : 'lineboundary' };
    default:
      return null;
  }
}

/** The DOM selection when both its ends are inside the view. */
function selectionIn(view: EditorView): Selection | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.focusNode || !selection.anchorNode) return null;
  if (!view.dom.contains(selection.focusNode) || !view.dom.contains(selection.anchorNode)) return null;
  return selection;
}

/** Puts a collapsed selection at the first text visible at the top of the view (where reading is). */
function placeCaretAtViewport(view: EditorView): Selection | null {
  const box = view.dom.getBoundingClientRect();
  const hit = view.posAtCoords({ left: box.left + 4, top: Math.max(box.top, 0) + 12 });
  const pos = hit ? hit.pos : 1;
  const { node, offset } = view.domAtPos(Math.min(pos, view.state.doc.content.size));
  const selection = view.dom.ownerDocument.getSelection();
  selection?.collapse(node, offset);
  return selection ? selectionIn(view) : null;
}

/** Viewport rectangle of the selection's focus (where the caret is drawn), or null. */
function focusRect(view: EditorView, selection: Selection): DOMRect | null {
  const range = view.dom.ownerDocument.createRange();
  range.setStart(selection.focusNode!, selection.focusOffset);
  range.collapse(true);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (rect && rect.height > 0) return rect;
  try {
    const coords = view.coordsAtPos(view.posAtDOM(selection.focusNode!, selection.focusOffset));
    return new DOMRect(coords.left, coords.top, 0, coords.bottom - coords.top);
  } catch {
    return null;
  }
}

/** Scrolls the nearest scrolling ancestor so that `rect` is visible with a margin. */
function revealRect(view: EditorView, rect: DOMRect): void {
  let container: HTMLElement | null = view.dom.parentElement;
  while (
    container &&
    !(
      container.scrollHeight > container.clientHeight &&
      /auto|scroll/.test(getComputedStyle(container).overflowY)
    )
  ) {
    container = container.parentElement;
  }
  if (!container) return;
  const box = container.getBoundingClientRect();
  const margin = 32;
  if (rect.top < box.top + margin) container.scrollTop -= box.top + margin - rect.top;
  else if (rect.bottom > box.bottom - margin) container.scrollTop += rect.bottom - (box.bottom - margin);
}

/** Creates the plugin: caret keys on keydown and a drawn caret while the view has focus. */
export function createReadOnlyCaretPlugin(): Plugin {
  return new Plugin({
    key: readOnlyCaretPluginKey,
    props: {
      handleDOMEvents: {
        keydown(view, event) {
          const motion = caretMotion(event);
          if (!motion || event.isComposing) return false;
          let selection = selectionIn(view);
          if (!selection) {
            selection = placeCaretAtViewport(view);
            if (!selection || motion.alter === 'move') {
              event.preventDefault();
              return true;
            }
          }
          selection.modify(motion.alter, motion.direction, motion.granularity);
          const rect = focusRect(view, selection);
          if (rect) revealRect(view, rect);
          event.preventDefault();
          return true;
        },
      },
    },
    view(view) {
      const caret = view.dom.ownerDocument.createElement('div');
      caret.className = 'tm-caret';
      caret.setAttribute('aria-hidden', 'true');
      caret.dataset.testid = 'document-caret';
      caret.hidden = true;
      view.dom.ownerDocument.body.appendChild(caret);
      let frame = 0;
      const draw = (): void => {
        frame = 0;
        // Focus first: reading the DOM selection of a 1 MB document costs milliseconds, and every
        // transaction (a ledger key press redrawing underlines) schedules a draw while the pane has focus.
        const focused = view.dom.ownerDocument.activeElement === view.dom;
        const selection = focused ? selectionIn(view) : null;
        const rect = selection ? focusRect(view, selection) : null;
        if (!rect) {
          caret.hidden = true;
          return;
        }
        caret.hidden = false;
        caret.style.left = `${Math.round(rect.left)}px`;
        caret.style.top = `${Math.round(rect.top)}px`;
        caret.style.height = `${Math.round(rect.height)}px`;
        // Restart the blink so the caret is solid right after it moved.
        caret.classList.remove('tm-caret-blink');
        void caret.offsetWidth;
        caret.classList.add('tm-caret-blink');
      };
      const schedule = (): void => {
        if (!frame) frame = requestAnimationFrame(draw);
      };
      const doc = view.dom.ownerDocument;
      doc.addEventListener('selectionchange', schedule);
      doc.addEventListener('scroll', schedule, true);
      view.dom.addEventListener('focus', schedule);
      view.dom.addEventListener('blur', schedule);
      window.addEventListener('resize', schedule);
      return {
        update: schedule,
        destroy() {
          cancelAnimationFrame(frame);
          doc.removeEventListener('selectionchange', schedule);
          doc.removeEventListener('scroll', schedule, true);
          view.dom.removeEventListener('focus', schedule);
          view.dom.removeEventListener('blur', schedule);
          window.removeEventListener('resize', schedule);
          caret.remove();
        },
      };
    },
  });
}
