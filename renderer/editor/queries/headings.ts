/** The document's headings, for the outline. */
import type { Node } from 'prosemirror-model';

export interface HeadingEntry {
  /** Position of the heading's content start (a jump target). */
  pos: number;
  level: number;
  text: string;
}

/** Every heading in document order (headings inside lists or tables included). */
export function listHeadings(doc: Node): HeadingEntry[] {
  const headings: HeadingEntry[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'heading') {
      headings.push({ pos: pos + 1, level: node.attrs.level as number, text: node.textContent });
      return false;
    }
    return !node.isTextblock;
  });
  return headings;
}
