/**
 * The reviewer's text selection in the read-only document, as plain-text offsets plus the rectangle to
 * place the toolbar at. It reads the DOM selection (a non-editable ProseMirror view does not track
 * selections in its state) and converts with the version's TextMap. Also: double-click selects the
 * whole sentence (a claim is usually one), and `selectSentence()` does the same from the keyboard.
 */
import { useCallback, useEffect, useState } from 'react';
import { sentenceAt } from '../../../shared/annotations/sentence';
import { posToTextOffset, textOffsetToPos } from '../../../shared/document/text-map';
import type { EditorHandle } from '../editor-handle';

export interface TextSelection {
  start: number;
  end: number;
  /** Bounding box of the selection in viewport coordinates. */
  rect: { left: number; top: number; bottom: number; right: number };
}

/** Reads the DOM selection when it lies inside the document; null otherwise or when collapsed. */
export function readSelection(handle: EditorHandle): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const root = handle.view.dom;
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  let from: number;
  let to: number;
  try {
    from = handle.view.posAtDOM(range.startContainer, range.startOffset);
    to = handle.view.posAtDOM(range.endContainer, range.endOffset);
  } catch {
    return null; // a DOM point ProseMirror does not map (e.g. inside a widget): no usable selection
  }
  const { textMap } = handle.context;
  let start = posToTextOffset(textMap, Math.min(from, to));
  let end = posToTextOffset(textMap, Math.max(from, to));
  // Do not anchor on the line breaks around a block selection.
  while (start < end && /\s/.test(textMap.text[start]!)) start++;
  while (end > start && /\s/.test(textMap.text[end - 1]!)) end--;
  if (end <= start) return null;
  const box = range.getBoundingClientRect();
  return { start, end, rect: { left: box.left, top: box.top, bottom: box.bottom, right: box.right } };
}

/** Selects plain-text offsets `start..end` in the DOM (so the toolbar and copy see it). */
export function selectTextRange(handle: EditorHandle, start: number, end: number): void {
  const { textMap } = handle.context;
  const from = handle.view.domAtPos(textOffsetToPos(textMap, start));
  const to = handle.view.domAtPos(textOffsetToPos(textMap, end));
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Selects the sentence around plain-text `offset`; false when the offset is on a blank line. */
export function selectSentenceAt(handle: EditorHandle, offset: number): boolean {
  const sentence = sentenceAt(handle.context.textMap.text, offset);
  if (!sentence) return false;
  selectTextRange(handle, sentence.start, sentence.end);
  return true;
}

/** The current selection inside the document, updated as the reviewer selects. */
export function useTextSelection(handle: EditorHandle | null): {
  selection: TextSelection | null;
  selectSentence(): boolean;
} {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  useEffect(() => {
    if (!handle) return;
    let frame = 0;
    const update = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSelection(readSelection(handle)));
    };
    const onDoubleClick = (event: MouseEvent): void => {
      const hit = handle.view.posAtCoords({ left: event.clientX, top: event.clientY });
      if (!hit) return;
      selectSentenceAt(handle, posToTextOffset(handle.context.textMap, hit.pos));
      update();
    };
    document.addEventListener('selectionchange', update);
    handle.view.dom.addEventListener('dblclick', onDoubleClick);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      handle.view.dom.removeEventListener('dblclick', onDoubleClick);
    };
  }, [handle]);

  const selectSentence = useCallback((): boolean => {
    if (!handle) return false;
    const current = readSelection(handle);
    const domSelection = window.getSelection();
    let offset = current?.start;
    if (offset === undefined && domSelection && domSelection.rangeCount > 0) {
      const range = domSelection.getRangeAt(0);
      if (!handle.view.dom.contains(range.startContainer)) return false;
      offset = posToTextOffset(
        handle.context.textMap,
        handle.view.posAtDOM(range.startContainer, range.startOffset),
      );
    }
    if (offset === undefined) return false;
    const done = selectSentenceAt(handle, offset);
    if (done) setSelection(readSelection(handle));
    return done;
  }, [handle]);

  return { selection, selectSentence };
}
