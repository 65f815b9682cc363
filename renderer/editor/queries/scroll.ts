/**
 * Scrolling the read-only view to a position. `tr.scrollIntoView()` does nothing in a non-editable view
 * unless the DOM selection is inside it (toolchain.md), so we measure the position with `coordsAtPos`
 * and scroll the nearest scrollable ancestor ourselves.
 */
import type { EditorView } from 'prosemirror-view';

function scrollParent(element: HTMLElement): HTMLElement {
  for (let node: HTMLElement | null = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/**
 * Scrolls so that `pos` sits at `fraction` of the container's height (0.25 = upper quarter, where the
 * eye expects a jump target). Throws RangeError for a position outside the doc.
 */
export function scrollToPos(view: EditorView, pos: number, fraction = 0.25): void {
  if (pos < 0 || pos > view.state.doc.content.size) {
    throw new RangeError(`Position ${pos} outside of document of size ${view.state.doc.content.size}`);
  }
  const container = scrollParent(view.dom);
  const target = view.coordsAtPos(pos);
  const box = container.getBoundingClientRect();
  const top = container === document.scrollingElement ? 0 : box.top;
  container.scrollTop += target.top - top - container.clientHeight * fraction;
}
