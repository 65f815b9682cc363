/**
 * Page labels of an imported PDF as text offsets: the page numbers printed in its footers or headers
 * (`7`, `iv`, `- 7 -` → `7`) are furniture and left out of the text, but a reviewer cites "p. 7", not
 * "the ninth sheet of the file". Each entry says where in the draft's plain text the first paragraph
 * starting on a labelled page begins, so `pageLabelAt` (shared/document/page-labels.ts) answers for
 * any offset.
 */
import { Node } from 'prosemirror-model';
import { buildTextMap, documentSchema } from '../../../shared/document';
import type { PageLabel } from '../../../shared/document/page-labels';
import type { PmNodeJson } from '../../../shared/model/document';

/** One entry per labelled page that has a paragraph starting on it, in text order. */
export function pageLabelsOf(doc: PmNodeJson, labels: ReadonlyMap<number, string>): PageLabel[] {
  const node = Node.fromJSON(documentSchema, doc);
  const { segments } = buildTextMap(node);
  const entries: PageLabel[] = [];
  let index = 0;
  let lastPage: number | null = null;
  node.descendants((child) => {
    if (!child.isTextblock) return true;
    const segment = segments[index++]!;
    const page = child.attrs.page as number | null;
    if (page !== null && page !== lastPage) {
      lastPage = page;
      const label = labels.get(page);
      if (label !== undefined) entries.push({ offset: segment.textStart, page, label });
    }
    return false;
  });
  return entries;
}
