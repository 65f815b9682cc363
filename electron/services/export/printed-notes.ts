/**
 * The fallback for machines without a TrueType CJK font (./note-fonts.ts): the margin markers and
 * notes are printed by Chromium as a transparent overlay document, laid out from where each annotation
 * landed, and stamped onto the pages with pdf-lib. Slower (a second print) and without foot notes: a
 * crowded margin is set smaller and at worst names the notes that did not fit.
 */
import type { PDFDocument } from 'pdf-lib';
import { layoutMarginNotes, marginNotesHtml, type PlacedMark } from '../../../shared/export/margin-notes';
import { fontStack } from '../../../shared/export/print-css';
import type { PrintDocument } from '../../../shared/export/print-document';
import type { WrittenAnnotation } from './pdf-review-annotations';
import type { PrintToPdf } from './print-to-pdf';

export async function stampPrintedNotes(
  pdf: PDFDocument,
  layout: PrintDocument,
  written: readonly WrittenAnnotation[],
  statusLabels: Record<string, string>,
  printToPdf: PrintToPdf,
  signal?: AbortSignal,
): Promise<void> {
  const marks: PlacedMark[] = written.map((w) => ({
    entry: layout.selection.placed[w.index]!,
    page: w.page,
    firstFragment: w.firstFragment,
  }));
  const pageHeight = pdf.getPage(0).getHeight();
  const notes = layoutMarginNotes(marks, layout.page, pageHeight, statusLabels);
  if (notes.length === 0) return;
  const overlay = await printToPdf(
    { html: marginNotesHtml(notes, layout.page, fontStack(layout.lang), layout.lang, statusLabels) },
    signal,
  );
  if (signal?.aborted) throw Object.assign(new Error('Export cancelled'), { name: 'AbortError' });
  const embedded = await pdf.embedPdf(
    overlay,
    notes.map((_, i) => i),
  );
  notes.forEach((pageNotes, i) => pdf.getPage(pageNotes.page).drawPage(embedded[i]!));
}
