/**
 * The review drawn into a printed PDF with embedded fonts (no second print): from the placeholder
 * links' rectangles, lays out each page's notes (margin first, then the foot band, which scales the
 * page content), moves the rectangles of scaled pages accordingly, writes the PDF review annotations
 * (./pdf-review-annotations.ts) at the final positions, and draws underlines, markers, notes, the
 * running header and the page numbers (./pdf-page-overlay.ts).
 */
import type { PDFDocument } from 'pdf-lib';
import { noteLines } from '../../../shared/export/margin-notes';
import {
  layoutPageNotes,
  minContentScale,
  mmToPt,
  noteStyle,
  scaleRect,
  type NoteInput,
  type PageNoteLayout,
} from '../../../shared/export/note-layout';
import type { PrintAnnotation } from '../../../shared/export/print-annotations';
import type { PrintDocument } from '../../../shared/export/print-document';
import { mergeLineFragments, type PageRects, type Rect } from '../../../shared/export/quads';
import type { NoteFonts } from './note-fonts';
import { attachOverlay, PageOverlay } from './pdf-page-overlay';
import { writeReviewAnnotations, type RawObjectSink, type WrittenAnnotation } from './pdf-review-annotations';

export interface DrawnReviewOptions {
  statusLabels: Record<string, string>;
  /** Running header: left and right parts; left out on the cover. */
  header: { title: string; draft: string };
  /** Note lines set ahead (./note-presets.ts); the same arrays key the layout's memo. */
  noteLines?: ReadonlyMap<PrintAnnotation, string[]>;
  /** Where the review annotations' objects are written (default: the pdf-lib context). */
  rawSink?: RawObjectSink;
}

const markerWidth = 4.6 * mmToPt;

/** A numbered marker in the left margin, at the top of its annotation's first line. */
interface Marker {
  number: number;
  colour: string;
  top: number;
}

export function drawReview(
  pdf: PDFDocument,
  layout: PrintDocument,
  links: Map<number, PageRects>,
  fonts: NoteFonts,
  options: DrawnReviewOptions,
): WrittenAnnotation[] {
  const pageCountBefore = pdf.getPageCount();
  const { placed } = layout.selection;
  const sizes = pdf.getPages().map((p) => p.getSize());

  // Notes per page, from where each annotation starts as printed.
  const byPage = new Map<number, NoteInput[]>();
  for (const [index, pages] of links) {
    const entry = placed[index];
    if (!entry || entry.annotation.kind === 'highlight') continue;
    const first = Math.min(...pages.keys());
    const firstFragment = mergeLineFragments(pages.get(first)!)[0]!;
    const lines = options.noteLines?.get(entry) ?? noteLines(entry, options.statusLabels, layout.labels);
    const list = byPage.get(first) ?? [];
    list.push({ entry, lines, firstFragment });
    byPage.set(first, list);
  }
  // Page by page, so that notes a crowded page's band cannot hold continue on the next page's band,
  // and after the last page on added notes pages (same numbers), instead of shrinking the text.
  const layouts = new Map<number, PageNoteLayout>();
  let carried: NoteInput[] = [];
  const lastPage = Math.max(-1, ...byPage.keys());
  for (let page = 0; page <= lastPage || carried.length > 0; page++) {
    if (page >= sizes.length) {
      const { width, height } = sizes[sizes.length - 1]!;
      pdf.addPage([width, height]);
      sizes.push({ width, height });
    }
    const notes = [...carried.map((n) => ({ ...n, carried: true })), ...(byPage.get(page) ?? [])];
    if (notes.length === 0) continue;
    // An added notes page has no text of its own: its band may take the whole page.
    const added = page >= pageCountBefore;
    const pageLayout = layoutPageNotes(
      page,
      notes,
      layout.page,
      sizes[page]!,
      fonts.measure,
      noteStyle,
      added ? 0 : minContentScale,
      layout.labels.continued,
    );
    layouts.set(page, pageLayout);
    carried = pageLayout.overflow;
    // An added page that could place nothing never will: give up rather than loop.
    if (added && pageLayout.margin.length + pageLayout.foot.length === 0) break;
  }
  const pageCount = pdf.getPageCount();

  // Move the rectangles of pages whose content is scaled for foot notes.
  for (const pages of links.values())
    for (const [page, rects] of pages) {
      const pageLayout = layouts.get(page);
      if (pageLayout && pageLayout.scale !== 1)
        pages.set(
          page,
          rects.map((r) => scaleRect(r, pageLayout)),
        );
    }
  const written = writeReviewAnnotations(
    pdf,
    placed,
    links,
    options.statusLabels,
    layout.labels,
    options.rawSink,
  );

  // Each page's furniture is drawn and attached before the next page's: its operators die young.
  const fragmentsByPage = Array.from({ length: pageCount }, () => [] as Array<[PrintAnnotation, Rect[]]>);
  for (const [index, pages] of links) {
    const entry = placed[index];
    if (!entry) continue;
    for (const [page, rects] of pages) fragmentsByPage[page]!.push([entry, mergeLineFragments(rects)]);
  }
  const markersByPage = Array.from({ length: pageCount }, () => new Map<number, Marker[]>());
  for (const w of written) {
    const entry = placed[w.index]!;
    const top = sizes[w.page]!.height - w.firstFragment[3];
    const rows = markersByPage[w.page]!;
    const key = Math.round(top / 3);
    const row = rows.get(key) ?? [];
    row.push({ number: entry.number, colour: entry.colour, top });
    rows.set(key, row);
  }
  for (let page = 0; page < pageCount; page++) {
    const overlay = new PageOverlay(fonts);
    const { width: W, height: H } = sizes[page]!;
    // Underlines, then markers (side by side when several start on one line).
    for (const [entry, fragments] of fragmentsByPage[page]!) overlay.underline(entry, fragments);
    for (const row of markersByPage[page]!.values())
      row
        .sort((a, b) => a.number - b.number)
        .forEach((m, slot) =>
          overlay.badge(
            m.number,
            m.colour,
            layout.page.left * mmToPt - 5 - markerWidth * (row.length - slot),
            m.top + 1,
            H,
            6,
            markerWidth - 1.5,
          ),
        );
    const pageLayout = layouts.get(page);
    if (pageLayout)
      overlay.notes(pageLayout, H, noteStyle, {
        left: layout.page.left * mmToPt,
        right: (layout.page.width - 7) * mmToPt,
      });
    // Running header (not on the cover) and page numbers.
    const left = layout.page.left * mmToPt;
    const right = W - (page < layout.leadingPages ? layout.page.left : layout.page.right) * mmToPt;
    if (page >= layout.leadingPages) {
      const baseline = H - 12 * mmToPt;
      const draftWidth = fonts.measure(options.header.draft, 7.5);
      overlay.text(options.header.draft, right - draftWidth, baseline, 7.5, '#555555');
      overlay.text(
        ellipsize(options.header.title, right - left - draftWidth - 20, fonts),
        left,
        baseline,
        7.5,
        '#555555',
      );
      overlay.line(left, baseline - 3.5, right, baseline - 3.5, '#bbbbbb', 0.4);
    }
    const folio = `${page + 1} / ${pageCount}`;
    const centre = (left + right) / 2;
    overlay.text(folio, centre - fonts.measure(folio, 7.5) / 2, 9 * mmToPt, 7.5, '#555555');
    attachOverlay(pdf, page, overlay.content, pageLayout ?? null, fonts);
  }
  return written;
}

function ellipsize(text: string, width: number, fonts: NoteFonts): string {
  if (fonts.measure(text, 7.5) <= width) return text;
  let cut = text;
  while (cut.length > 1 && fonts.measure(`${cut}…`, 7.5) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}
