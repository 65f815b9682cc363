/**
 * Page labels stored with an imported PDF version: where in the plain text a labelled page's first
 * paragraph begins, the page's number in the file, and the label printed on it. Lets the app and the
 * exports cite a passage the way the document does ("p. 7") rather than by sheet index.
 */
import { z } from 'zod';

export const pageLabelSchema = z.object({
  /** Plain-text offset of the first paragraph that starts on the page. */
  offset: z.number().int().nonnegative(),
  /** 1-based page in the PDF file. */
  page: z.number().int().positive(),
  /** The page number printed on it, as printed (`7`, `iv`). */
  label: z.string().min(1),
});
export type PageLabel = z.infer<typeof pageLabelSchema>;

/**
 * The label of the page holding `offset`: the last entry at or before it. Null before the first
 * labelled page, or when the version has no labels (not a PDF, or a PDF without page numbers).
 */
export function pageLabelAt(labels: readonly PageLabel[] | undefined, offset: number): string | null {
  if (!labels || labels.length === 0 || offset < labels[0]!.offset) return null;
  let low = 0;
  let high = labels.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (labels[mid]!.offset <= offset) low = mid;
    else high = mid - 1;
  }
  return labels[low]!.label;
}

/** "p. 7" for a passage at `offset`, or null when the page is not known. */
export function pageCitationAt(labels: readonly PageLabel[] | undefined, offset: number): string | null {
  const label = pageLabelAt(labels, offset);
  return label === null ? null : `p. ${label}`;
}
