/**
 * Export > Annotated PDF, as a plain Node service the app, the CLI, the tests and the benches share:
 * lay out the print HTML (shared/export), print it with the injected Chromium, read back where each
 * annotation landed, replace the placeholder links with real PDF review annotations, stamp the margin
 * markers and notes, repair the text layer's ideographs, set the metadata, and hand back the bytes.
 * Progress is reported per stage; an AbortSignal cancels between (and during) the prints.
 */
import { PDFDocument } from 'pdf-lib';
import { reviewersOf } from '../../../shared/export/cover-appendix';
import { layoutMarginNotes, marginNotesHtml, type PlacedMark } from '../../../shared/export/margin-notes';
import type { PrintAnnotation } from '../../../shared/export/print-annotations';
import { fontStack } from '../../../shared/export/print-css';
import { buildPrintDocument, type PrintInput } from '../../../shared/export/print-document';
import { takeAnnotationLinks } from './pdf-links';
import { writeReviewAnnotations } from './pdf-review-annotations';
import { repairToUnicode } from './pdf-tounicode';
import type { PrintToPdf } from './print-to-pdf';

import { type ExportStage } from '../../../shared/export/export-stages';

export { exportStages, type ExportStage } from '../../../shared/export/export-stages';

export interface ExportProgress {
  stage: ExportStage;
  /** 0..1 over the whole export. */
  fraction: number;
}

export interface ExportDeps {
  printToPdf: PrintToPdf;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
}

export interface ExportedPdf {
  bytes: Uint8Array;
  pages: number;
  /** Annotations drawn on the pages. */
  highlighted: number;
  /** Annotations whose quote is not in the draft (listed in the appendix). */
  orphans: PrintAnnotation[];
  /** Annotations found in the text that printed nothing (e.g. only an image placeholder). */
  unprinted: PrintAnnotation[];
}

const abortError = (): Error => Object.assign(new Error('Export cancelled'), { name: 'AbortError' });
const check = (signal?: AbortSignal): void => {
  if (signal?.aborted) throw abortError();
};

export async function exportAnnotatedPdf(input: PrintInput, deps: ExportDeps): Promise<ExportedPdf> {
  const { signal } = deps;
  const report = (stage: ExportStage, fraction: number): void => deps.onProgress?.({ stage, fraction });
  report('laying-out', 0);
  const layout = buildPrintDocument(input);
  check(signal);
  const printed = await deps.printToPdf(
    { html: layout.html, headerTemplate: layout.headerTemplate, footerTemplate: layout.footerTemplate },
    signal,
  );
  check(signal);
  report('placing', 0.55);
  const pdf = await PDFDocument.load(printed, { updateMetadata: false });
  const links = takeAnnotationLinks(pdf);
  const statusLabels = input.statusLabels ?? {};
  const written = writeReviewAnnotations(pdf, layout.selection.placed, links, statusLabels);
  const marks: PlacedMark[] = written.map((w) => ({
    entry: layout.selection.placed[w.index]!,
    page: w.page,
    firstFragment: w.firstFragment,
  }));
  const pageHeight = pdf.getPage(0).getHeight();
  const notes = layoutMarginNotes(marks, layout.page, pageHeight, statusLabels);
  if (notes.length > 0) {
    const overlay = await deps.printToPdf(
      { html: marginNotesHtml(notes, layout.page, fontStack(layout.lang), layout.lang, statusLabels) },
      signal,
    );
    check(signal);
    const embedded = await pdf.embedPdf(
      overlay,
      notes.map((_, i) => i),
    );
    notes.forEach((pageNotes, i) => pdf.getPage(pageNotes.page).drawPage(embedded[i]!));
  }
  report('writing', 0.85);
  repairToUnicode(pdf);
  const reviewers = reviewersOf(layout.selection);
  const title = input.version.title || input.version.fileName;
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setAuthor(reviewers.join(', ') || 'Tickmark');
  pdf.setSubject(
    `Annotated review of draft ${input.version.number} (${input.version.fileName}, sha256 ${input.version.sha256})`,
  );
  pdf.setKeywords(['Tickmark', 'review', 'annotations']);
  pdf.setCreator('Tickmark');
  pdf.setProducer('Tickmark (Chromium print, pdf-lib annotations)');
  pdf.setLanguage(layout.lang);
  pdf.setCreationDate(input.exportedAt);
  pdf.setModificationDate(input.exportedAt);
  check(signal);
  const bytes = await pdf.save({ useObjectStreams: false });
  report('writing', 1);
  const printedIndices = new Set(written.map((w) => w.index));
  return {
    bytes,
    pages: pdf.getPageCount(),
    highlighted: written.length,
    orphans: layout.selection.orphans,
    unprinted: layout.selection.placed.filter((_, i) => !printedIndices.has(i)),
  };
}
