/**
 * Reads back where Chromium put each annotated stretch: every placeholder /Link
 * (`https://annot.invalid/<indices>`) on every page, grouped by annotation index and page, and removes
 * those links from the pages so only the real review annotations remain. Links that are not ours are
 * left alone. Links the incremental reader already read from the bytes (`preRead`) are taken from
 * there, not parsed.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import { annotationLinkOrigin } from '../../../shared/export/doc-to-print-html';
import { parseAnnotationLink, type PageRects, type Rect } from '../../../shared/export/quads';

function rectOf(dict: PDFDict): Rect | null {
  const array = dict.lookupMaybe(PDFName.of('Rect'), PDFArray);
  if (!array || array.size() !== 4) return null;
  const n = array.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : NaN));
  if (n.some((v) => !Number.isFinite(v))) return null;
  return [Math.min(n[0]!, n[2]!), Math.min(n[1]!, n[3]!), Math.max(n[0]!, n[2]!), Math.max(n[1]!, n[3]!)];
}

function uriOf(dict: PDFDict): string | null {
  const action = dict.lookupMaybe(PDFName.of('A'), PDFDict);
  const uri = action?.lookup(PDFName.of('URI'));
  return uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : null;
}

/**
 * Collects the placeholder links of every page and removes them. Returns, per annotation index, its rectangles by page index in the order Chromium wrote them.
 */
export function takeAnnotationLinks(
  pdf: PDFDocument,
  preRead?: ReadonlyMap<PDFRef, { rect: Rect; uri: string }>,
): Map<number, PageRects> {
  const byAnnotation = new Map<number, PageRects>();
  pdf.getPages().forEach((page, pageIndex) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) return;
    const keep: PDFObject[] = [];
    for (const ref of annots.asArray()) {
      const known = ref instanceof PDFRef ? preRead?.get(ref) : undefined;
      const dict = known ? null : pdf.context.lookup(ref);
      const isLink =
        known !== undefined ||
        (dict instanceof PDFDict && dict.get(PDFName.of('Subtype')) === PDFName.of('Link'));
      const uri = known ? known.uri : dict instanceof PDFDict ? uriOf(dict) : null;
      const indices = isLink ? parseAnnotationLink(uri ?? '', annotationLinkOrigin) : null;
      const rect = known ? known.rect : indices && dict instanceof PDFDict ? rectOf(dict) : null;
      if (!indices || !rect) {
        keep.push(ref);
        continue;
      }
      for (const index of indices) {
        let pages = byAnnotation.get(index);
        if (!pages) byAnnotation.set(index, (pages = new Map()));
        let rects = pages.get(pageIndex);
        if (!rects) pages.set(pageIndex, (rects = []));
        rects.push(rect);
      }
      if (ref instanceof PDFRef) pdf.context.delete(ref);
    }
    page.node.set(PDFName.of('Annots'), pdf.context.obj(keep));
  });
  return byAnnotation;
}
