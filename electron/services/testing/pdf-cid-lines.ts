/**
 * A PDF written line by line, the way Word's "Save as PDF" and many government typesetting tools do:
 * each line is its own text object at its own position, full lines are justified (CJK with character
 * spacing `Tc`, English by placing each word), paragraphs are marked only by a first-line indent (CJK)
 * or the space above them (English), and every page has a running header and a page number.
 *
 * The fonts are really embedded, as subsets: DroidSansFallbackFull for CJK and DejaVuSans for Latin
 * runs (DroidSansFallback has no usable Latin digits), through @pdf-lib/fontkit and the export's
 * NoteFonts, which splits text into runs by face and pads the subset's glyph records. Glyph ids are
 * written with Identity-H, so what the importer reads comes only from the ToUnicode maps pdf-lib writes,
 * as with Word's subsets: a glyph that the font shares between a radical and an ideograph is mapped
 * back to one of them, which the reader's radical repair must undo.
 */
import {
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  beginText,
  endText,
  moveText,
  setCharacterSpacing,
  setFontAndSize,
  showText,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import { findNoteFonts, NoteFonts } from '../export/note-fonts';
import type { FixtureDocument } from './pdf-documents';
import type { FixtureLayout } from './pdf-fixture-set';

const pageWidth = 595;
const pageHeight = 842;
const margin = 72;
const bodySize = 10.5;
const leading = 18;
const gutter = 24;
/** Space between table cells, in ems: tight, as bulletins set their 主要指标 tables (1–2 em). */
const defaultCellGapEm = 1.5;

interface Line {
  text: string;
  size: number;
  indent: number;
  justify: boolean;
  /** Cells of a table row at these x offsets from the column's left edge. */
  cells?: { text: string; offset: number }[];
  spaceBefore: number;
}

type Measure = (text: string, size: number) => number;

/** Breaks CJK text anywhere but inside a number or before closing punctuation. */
function wrapCjk(text: string, width: number, size: number, indent: number, measure: Measure): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const room = width - (lines.length === 0 ? indent : 0);
    let take = 0;
    while (take < rest.length && measure(rest.slice(0, take + 1), size) <= room) take++;
    const badBreak = (at: number): boolean =>
      (/[0-9A-Za-z.,%]/.test(rest[at]!) && /[0-9A-Za-z.,$]/.test(rest[at - 1]!)) ||
      /[，。；：、）,.;:)%]/.test(rest[at]!);
    while (take > 1 && take < rest.length && badBreak(take)) take--;
    lines.push(rest.slice(0, take));
    rest = rest.slice(take);
  }
  return lines;
}

/** Breaks English text at spaces; the space stays out of both lines. */
function wrapWords(text: string, width: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function linesOf(document: FixtureDocument, columnWidth: number, measure: Measure): Line[] {
  const english = document.lang === 'en';
  const wrap = (text: string, size: number, indent: number): string[] =>
    english ? wrapWords(text, columnWidth, size, measure) : wrapCjk(text, columnWidth, size, indent, measure);
  const lines: Line[] = [];
  for (const block of document.blocks) {
    if (block.kind === 'heading') {
      wrap(block.text, 14, 0).forEach((text, i) =>
        lines.push({ text, size: 14, indent: 0, justify: false, spaceBefore: i === 0 ? 10 : 0 }),
      );
    } else if (block.kind === 'paragraph') {
      const indent = english ? 0 : bodySize * 2;
      const wrapped = wrap(block.text, bodySize, indent);
      wrapped.forEach((text, i) =>
        lines.push({
          text,
          size: bodySize,
          indent: i === 0 ? indent : 0,
          justify: i < wrapped.length - 1,
          spaceBefore: english && i === 0 ? 6 : 0,
        }),
      );
    } else {
      // Each column as wide as its widest cell plus a gap of 1–2 em: cells sit close together. A table
      // wider than the text column is set smaller, as typesetters do, so it never runs into the gutter.
      const gapEm = document.tableGapEm ?? defaultCellGapEm;
      const natural = block.rows[0]!.map((_, c) =>
        Math.max(...block.rows.map((row) => measure(row[c] ?? '', bodySize))),
      );
      const fullWidth = natural.reduce((sum, w) => sum + w, 0) + gapEm * bodySize * (natural.length - 1);
      const size = Math.max(7, bodySize * Math.min(1, columnWidth / fullWidth));
      const scale = size / bodySize;
      const offsets = natural.map((_, c) =>
        natural.slice(0, c).reduce((sum, w) => sum + (w + gapEm * bodySize) * scale, 0),
      );
      for (const row of block.rows) {
        lines.push({
          text: row.join(' '),
          size,
          indent: 0,
          justify: false,
          spaceBefore: 0,
          cells: row.map((text, i) => ({ text, offset: offsets[i] ?? 0 })),
        });
      }
    }
  }
  return lines;
}

/** The document as a PDF placed line by line, in one or two columns, with embedded subset fonts. */
export async function writeCidLinePdf(document: FixtureDocument, layout: FixtureLayout): Promise<Uint8Array> {
  const files = findNoteFonts({});
  if (!files)
    throw new Error(
      'DroidSansFallbackFull.ttf and DejaVuSans.ttf are needed (apt-get install fonts-droid-fallback fonts-dejavu-core)',
    );
  const pdf = await PDFDocument.create();
  const fonts = await NoteFonts.embed(pdf, { ...files, latinBold: null });
  const measure: Measure = (text, size) => fonts.measure(text, size);
  const english = document.lang === 'en';

  /** One line of text as runs of one face each, with character spacing. */
  const draw = (page: PDFPage, text: string, x: number, y: number, size: number, spacing = 0): void => {
    const operators: PDFOperator[] = [beginText(), setCharacterSpacing(spacing), moveText(x, y)];
    for (const run of fonts.shape(text))
      operators.push(setFontAndSize(run.name, size), showText(PDFHexString.of(run.hex.slice(1, -1))));
    page.pushOperators(...operators, endText());
  };
  /** An English line justified as word processors do: each word placed, the spare room between words. */
  const drawWords = (
    page: PDFPage,
    text: string,
    x: number,
    y: number,
    size: number,
    width: number,
  ): void => {
    const words = text.split(' ');
    const spare = (width - measure(text, size)) / Math.max(1, words.length - 1);
    let at = x;
    words.forEach((word, i) => {
      const shown = i < words.length - 1 ? `${word} ` : word;
      draw(page, shown, at, y, size);
      at += measure(shown, size) + spare;
    });
  };

  const columns = layout === 'two-columns' ? 2 : 1;
  const columnWidth = (pageWidth - 2 * margin - (columns - 1) * gutter) / columns;
  const top = pageHeight - margin;
  let page: PDFPage;
  let pageNumber = 0;
  let column = 0;
  const newPage = (): PDFPage => {
    const next = pdf.addPage([pageWidth, pageHeight]);
    for (const name of ['TmC', 'TmL'] as const)
      next.node.setFontDictionary(PDFName.of(name), fonts.fontOf(name).ref);
    pageNumber++;
    const header = document.title;
    draw(next, header, pageWidth - margin - measure(header, 9), pageHeight - 40, 9);
    const footer = english ? `${pageNumber}` : `- ${pageNumber} -`;
    draw(next, footer, (pageWidth - measure(footer, 9)) / 2, 36, 9);
    column = 0;
    return next;
  };
  page = newPage();
  const title = document.title;
  draw(page, title, (pageWidth - measure(title, 18)) / 2, top - 18, 18);
  let y = top - 18 - 30;
  let columnTop = y;
  for (const line of linesOf(document, columnWidth, measure)) {
    y -= line.spaceBefore;
    if (y < margin) {
      column++;
      if (column >= columns) {
        page = newPage();
        columnTop = top - bodySize;
      }
      y = columnTop;
    }
    const left = margin + column * (columnWidth + gutter);
    if (line.cells) {
      for (const cell of line.cells) draw(page, cell.text, left + cell.offset, y, line.size);
    } else if (english && line.justify) {
      drawWords(page, line.text, left + line.indent, y, line.size, columnWidth - line.indent);
    } else {
      const natural = measure(line.text, line.size);
      const chars = [...line.text].length;
      const spacing = line.justify && chars > 1 ? (columnWidth - line.indent - natural) / (chars - 1) : 0;
      draw(page, line.text, left + line.indent, y, line.size, Math.max(0, spacing));
    }
    y -= line.size <= bodySize ? (leading * line.size) / bodySize : line.size * 1.6;
  }
  await fonts.finish();
  tagSubsets(pdf);
  return pdf.save();
}

/**
 * pdf-lib names a subset `DejaVuSans-1234`; Word and every other subsetter write the PDF convention,
 * six capitals and a plus (`ABCDEF+DejaVuSans`), which is how readers (pdffonts' `sub` column, pdf.js)
 * know a font is a subset. The names are rewritten that way.
 */
function tagSubsets(pdf: PDFDocument): void {
  const tags = new Map<string, string>();
  const tagged = (name: string): string => {
    const base = name.replace(/^\//, '').replace(/-\d+$/, '');
    let tag = tags.get(base);
    if (!tag)
      tags.set(
        base,
        (tag = String.fromCharCode(...[...'AAAAAA'].map((_, i) => 65 + ((tags.size * 7 + i) % 26)))),
      );
    return `${tag}+${base}`;
  };
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    for (const key of ['BaseFont', 'FontName']) {
      const name = object.get(PDFName.of(key));
      if (name instanceof PDFName && /-\d+$/.test(name.asString()))
        object.set(PDFName.of(key), PDFName.of(tagged(name.asString())));
    }
  }
}
