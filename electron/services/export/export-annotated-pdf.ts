/**
 * Export > Annotated PDF, as a plain Node service the app, the CLI, the tests and the benches share:
 * lay out the print HTML (shared/export), print it once with the injected Chromium, read back where
 * each annotation landed, replace the placeholder links with real PDF review annotations, draw the
 * underlines, markers, notes, header and page numbers with embedded fonts (./drawn-review.ts), repair
 * the text layer's ideographs, set the metadata, and append all that to the printed bytes as an
 * incremental update. Without usable .ttf fonts the notes are printed by Chromium as a second,
 * transparent document and stamped on (./printed-notes.ts), and the file is saved whole.
 * Progress is reported per stage; an AbortSignal cancels between (and during) the prints.
 */
import { PDFDocument } from 'pdf-lib';
import { reviewersOf } from '../../../shared/export/cover-appendix';
import type { PrintAnnotation } from '../../../shared/export/print-annotations';
import { buildPrintDocument, type PrintInput } from '../../../shared/export/print-document';
import { drawReview } from './drawn-review';
import { findNoteFonts, FontMetrics, NoteFonts, type NoteFontFiles } from './note-fonts';
import { notesLinesOf, presetNotes } from './note-presets';
import { openForIncrementalUpdate } from './pdf-incremental';
import { takeAnnotationLinks } from './pdf-links';
import {
  prepareReviewAnnotations,
  writeReviewAnnotations,
  type WrittenAnnotation,
} from './pdf-review-annotations';
import { repairToUnicode, repairToUnicodeStreams } from './pdf-tounicode';
import { stampPrintedNotes } from './printed-notes';
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
  /** Fonts to draw notes with; undefined = look on this machine, null = print the notes instead. */
  noteFonts?: NoteFontFiles | null;
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
  /** Wall and Node CPU time (ms) per stage: layout, print, read, fonts, annotate, tounicode, save. */
  timings: Record<string, number>;
}

const abortError = (): Error => Object.assign(new Error('Export cancelled'), { name: 'AbortError' });
const check = (signal?: AbortSignal): void => {
  if (signal?.aborted) throw abortError();
};

export async function exportAnnotatedPdf(input: PrintInput, deps: ExportDeps): Promise<ExportedPdf> {
  const { signal } = deps;
  const report = (stage: ExportStage, fraction: number): void => deps.onProgress?.({ stage, fraction });
  report('laying-out', 0);
  const timings: Record<string, number> = {};
  let lapStart = performance.now();
  let cpuStart = process.cpuUsage();
  const lap = (name: string): void => {
    const now = performance.now();
    const cpu = process.cpuUsage(cpuStart);
    timings[name] = (timings[name] ?? 0) + (now - lapStart);
    timings[`${name} cpu`] = (timings[`${name} cpu`] ?? 0) + (cpu.user + cpu.system) / 1000;
    lapStart = now;
    cpuStart = process.cpuUsage();
  };
  const fontFiles = deps.noteFonts === undefined ? findNoteFonts() : deps.noteFonts;
  const layout = buildPrintDocument(input, fontFiles !== null);
  check(signal);
  lap('layout');
  const printing = deps.printToPdf(
    fontFiles
      ? { html: layout.html }
      : { html: layout.html, headerTemplate: layout.headerTemplate, footerTemplate: layout.footerTemplate },
    signal,
  );
  // While Chromium prints, set every note at the widths a page can give it (this process is idle).
  const noteLines = fontFiles
    ? notesLinesOf(layout.selection.placed, layout.statusLabels, layout.labels)
    : null;
  const [printed] = await Promise.all([
    printing,
    fontFiles && noteLines
      ? presetNotes(noteLines, layout.page, FontMetrics.for(fontFiles).measure, signal)
      : null,
    prepareReviewAnnotations(layout.selection.placed, layout.statusLabels, layout.labels, signal),
  ]);
  check(signal);
  lap('print');
  report('placing', 0.55);
  // Only the structure is parsed and the changes are appended (an incremental update); anything but
  // the plain file Chromium writes is loaded and saved whole.
  const incremental = fontFiles ? openForIncrementalUpdate(printed) : null;
  const pdf = incremental?.pdf ?? (await PDFDocument.load(printed, { updateMetadata: false }));
  const links = takeAnnotationLinks(pdf, incremental?.links);
  lap('read');
  const statusLabels = layout.statusLabels;
  let written: WrittenAnnotation[];
  let fonts: NoteFonts | null = null;
  if (fontFiles) {
    fonts = await NoteFonts.embed(pdf, fontFiles);
    lap('fonts');
    written = drawReview(pdf, layout, links, fonts, {
      statusLabels,
      header: layout.header,
      ...(noteLines ? { noteLines } : {}),
      ...(incremental ? { rawSink: incremental.appendRaw } : {}),
    });
  } else {
    written = writeReviewAnnotations(pdf, layout.selection.placed, links, statusLabels, layout.labels);
    await stampPrintedNotes(pdf, layout, written, statusLabels, deps.printToPdf, signal);
  }
  check(signal);
  lap('annotate');
  report('writing', 0.85);
  if (incremental) repairToUnicodeStreams(pdf, incremental.toUnicode);
  else repairToUnicode(pdf);
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
  lap('tounicode');
  await fonts?.finish();
  lap('fonts');
  const bytes = incremental ? incremental.finish() : await pdf.save({ useObjectStreams: false });
  lap('save');
  report('writing', 1);
  const printedIndices = new Set(written.map((w) => w.index));
  return {
    bytes,
    pages: pdf.getPageCount(),
    highlighted: written.length,
    orphans: layout.selection.orphans,
    unprinted: layout.selection.placed.filter((_, i) => !printedIndices.has(i)),
    timings,
  };
}
