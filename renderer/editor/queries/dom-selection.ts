/**
 * Keeps a reviewer's text selection alive across background transactions. ProseMirror reads a DOM
 * selection into its state only when its `selectionchange` task runs; a transaction dispatched before
 * that (a decoration update after an annotation was saved, the figures ledger loading) makes the view
 * write its stale state selection back to the DOM, and the reviewer's selection vanishes. Adopting the
 * live DOM selection first closes that window. Drafts are read-only, so positions never shift.
 */
import { TextSelection, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** The DOM selection as document positions, or null when it is not inside the view. */
export function readDomSelection(view: EditorView): { anchor: number; head: number } | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    return {
      anchor: view.posAtDOM(selection.anchorNode, selection.anchorOffset),
      head: view.posAtDOM(selection.focusNode, selection.focusOffset),
    };
  } catch {
    return null; // a DOM point ProseMirror does not map (inside a widget): leave the selection alone
  }
}

/** Makes `tr` carry the live DOM selection when it does not set a selection of its own. */
export function adoptDomSelection(view: EditorView, tr: Transaction): Transaction {
  if (tr.selectionSet || tr.docChanged) return tr;
  const live = readDomSelection(view);
  const current = view.state.selection;
  if (!live || (live.anchor === current.anchor && live.head === current.head)) return tr;
  return tr.setSelection(TextSelection.create(tr.doc, live.anchor, live.head));
}

/**
 * Runs `apply` (the state update for `tr`) and then puts back a DOM selection it disturbed. A redraw of
 * the decorations around the selection (a highlight's write landing, a figure status changing)
 * replaces the text nodes the DOM range points into, and the browser then moves its ends to the
 * parent, onto neighbouring text. A non-editable view does not write its own selection back, so we do
 * — unless `tr` sets a selection of its own, which is then the one meant.
 */
export function keepDomSelection(view: EditorView, tr: Transaction, apply: () => void): void {
  if (tr.selectionSet) {
    apply();
    return;
  }
  const before = readDomSelection(view);
  apply();
  if (!before || before.anchor === before.head) return;
  const after = readDomSelection(view);
  if (after && after.anchor === before.anchor && after.head === before.head) return;
  const size = view.state.doc.content.size;
  if (Math.max(before.anchor, before.head) > size) return;
  const anchor = view.domAtPos(before.anchor);
  const head = view.domAtPos(before.head);
  view.dom.ownerDocument.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, head.node, head.offset);
}

/** Selects document positions `from..to` in the DOM (the view then reads it like a reviewer's drag). */
export function selectDocumentRange(view: EditorView, from: number, to: number): void {
  const size = view.state.doc.content.size;
  if (from < 0 || to > size || from > to) {
    throw new RangeError(`Range ${from}..${to} outside of document of size ${size}`);
  }
  const start = view.domAtPos(from);
  const end = view.domAtPos(to);
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection) return;
  selection.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
}
