/**
 * PDF → doc JSON: the text layer, page by page, with paragraphs rebuilt (see pdf-paragraphs.ts). Each
 * textblock records its page in the `page` attr so the reviewer and exports can cite it.
 */
import type { PmNodeJson } from '../../../shared/model/document';
import { AppFailure } from '../../../shared/result';
import { bodyFontSize, linesToParagraphs } from './pdf-paragraphs';
import { readPdfLines } from './pdf-reader';

export interface PdfPageParagraphs {
  page: number;
  paragraphs: { text: string; headingLevel: number }[];
}

/** Paragraphs per page; throws `empty-file` when the PDF has no text layer at all (a scan). */
export async function readPdfParagraphs(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ pageCount: number; pages: PdfPageParagraphs[] }> {
  const pages = await readPdfLines(fileName, bytes);
  const bodySize = bodyFontSize(pages);
  const result = pages.map(({ page, lines }) => ({ page, paragraphs: linesToParagraphs(lines, bodySize) }));
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

/** Builds the draft doc of a PDF and returns it with its page count. */
export async function pdfToDoc(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ doc: PmNodeJson; pages: number }> {
  const { pageCount, pages } = await readPdfParagraphs(fileName, bytes);
  const blocks: PmNodeJson[] = [];
  for (const { page, paragraphs } of pages) {
    for (const { text, headingLevel } of paragraphs) {
      blocks.push(
        headingLevel > 0
          ? { type: 'heading', attrs: { level: headingLevel, page }, content: [{ type: 'text', text }] }
          : { type: 'paragraph', attrs: { page }, content: [{ type: 'text', text }] },
      );
    }
  }
  return { doc: { type: 'doc', content: blocks }, pages: pageCount };
}
