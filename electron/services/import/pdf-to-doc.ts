/**
 * PDF → doc JSON: the text layer read in reading order with page furniture left out (pdf-layout.ts,
 * pdf-furniture.ts) and paragraphs rebuilt across line, column and page breaks (pdf-paragraphs.ts).
 * Each textblock records the page it starts on in the `page` attr so the reviewer and exports can cite
 * it. Drafts and sources share this reader.
 */
import type { PmNodeJson } from '../../../shared/model/document';
import { AppFailure } from '../../../shared/result';
import { findFurniture } from './pdf-furniture';
import { documentGutters, findGutters, fragmentsOf, layoutPage } from './pdf-layout';
import { buildParagraphs, type PdfPageParagraphs } from './pdf-paragraphs';
import { readPdfRuns, type PdfPageProgress, type PdfPageRuns } from './pdf-reader';

export type { PdfPageParagraphs } from './pdf-paragraphs';

/** Text items of every page → paragraphs per page, furniture out, page labels kept. */
export function paragraphsOfPages(pages: readonly PdfPageRuns[]): PdfPageParagraphs[] {
  const fragmented = pages.map(({ page, width, height, runs }) => ({
    page,
    width,
    height,
    fragments: fragmentsOf(runs),
  }));
  const { removed, labels } = findFurniture(fragmented);
  const bodies = fragmented.map(({ fragments }) => fragments.filter((f) => !removed.has(f)));
  const sizes = bodies.flat().map((f) => f.fontSize);
  const em = sizes.length > 0 ? sizes.reduce((a, b) => a + b, 0) / sizes.length : 10;
  const fallback = documentGutters(bodies.map(findGutters), em);
  return buildParagraphs(
    fragmented.map(({ page, width }, index) => {
      const label = labels.get(page);
      const segments = layoutPage(bodies[index]!, fallback);
      return label === undefined ? { page, width, segments } : { page, width, label, segments };
    }),
  );
}

/** Paragraphs per page; throws `empty-file` when the PDF has no text layer at all (a scan). */
export async function readPdfParagraphs(
  fileName: string,
  bytes: Uint8Array,
  onPage?: PdfPageProgress,
): Promise<{ pageCount: number; pages: PdfPageParagraphs[] }> {
  const pages = await readPdfRuns(fileName, bytes, onPage);
  const result = paragraphsOfPages(pages);
  if (result.every((page) => page.paragraphs.length === 0)) {
    throw new AppFailure(
      'empty-file',
      `"${fileName}" has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images, ` +
        'probably a scan): run OCR on it first, then import the OCR output.',
      { fileName, pages: pages.length },
    );
  }
  return { pageCount: pages.length, pages: result };
}

/**
 * Builds the draft doc of a PDF and returns it with its page count and the page labels recognised in
 * its furniture (page number → the label printed on it, `7`, `iv`).
 */
export async function pdfToDoc(
  fileName: string,
  bytes: Uint8Array,
  onPage?: PdfPageProgress,
): Promise<{ doc: PmNodeJson; pages: number; labels: Map<number, string> }> {
  const { pageCount, pages } = await readPdfParagraphs(fileName, bytes, onPage);
  const blocks: PmNodeJson[] = [];
  const labels = new Map<number, string>();
  for (const { page, label, paragraphs } of pages) {
    if (label !== undefined) labels.set(page, label);
    for (const { text, headingLevel } of paragraphs) {
      blocks.push(
        headingLevel > 0
          ? { type: 'heading', attrs: { level: headingLevel, page }, content: [{ type: 'text', text }] }
          : { type: 'paragraph', attrs: { page }, content: [{ type: 'text', text }] },
      );
    }
  }
  return { doc: { type: 'doc', content: blocks }, pages: pageCount, labels };
}
