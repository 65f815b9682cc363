/**
 * A PDF written line by line, the way Word's "Save as PDF" and many government typesetting tools do:
 * each line is its own text object at its own position, full lines are justified with character
 * spacing (`Tc`), paragraphs are marked only by a two-character first-line indent, and every page has
 * a running header and a `- N -` page number.
 *
 * The font is a non-embedded CJK CID font with a predefined UCS-2 CMap (STSong-Light / UniGB-UCS2-H for
 * Simplified, MSung-Light / UniCNS-UCS2-H for Traditional), which pdf.js reads with its bundled CMaps.
 * An embedded Noto CJK font would be closer to Word, but pdf-lib embeds custom fonts only through
 * @pdf-lib/fontkit, which is not installed, and the system's Noto CJK fonts are .ttc collections that
 * pdf-lib cannot embed anyway (toolchain.md). The text layer — what the importer reads — is the same.
 */
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  beginText,
  endText,
  moveText,
  setCharacterSpacing,
  setFontAndSize,
  showText,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { FixtureDocument } from './pdf-documents';
import type { FixtureLayout } from './pdf-fixture-set';

const pageWidth = 595;
const pageHeight = 842;
const margin = 72;
const bodySize = 10.5;
const leading = 18;
const gutter = 24;

/** CIDs 1–95 (ASCII) are half-width; everything else these fonts set (quotes and dashes too) is full. */
const isWide = (char: string): boolean => char.charCodeAt(0) > 0x7e;
const widthOf = (text: string, size: number): number =>
  [...text].reduce((sum, char) => sum + (isWide(char) ? 1 : 0.5), 0) * size;

function ucs2(text: string): PDFHexString {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return PDFHexString.of(hex);
}

function cidFont(pdf: PDFDocument, script: 'zh-Hans' | 'zh-Hant'): PDFRef {
  const [baseFont, ordering, cmap] =
    script === 'zh-Hans' ? ['STSong-Light', 'GB1', 'UniGB-UCS2-H'] : ['MSung-Light', 'CNS1', 'UniCNS-UCS2-H'];
  const descriptor = pdf.context.register(
    pdf.context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: 6,
      FontBBox: [-25, -254, 1000, 880],
      ItalicAngle: 0,
      Ascent: 880,
      Descent: -120,
      CapHeight: 880,
      StemV: 93,
    }),
  );
  const descendant = pdf.context.register(
    pdf.context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType0',
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of(ordering), Supplement: 2 },
      FontDescriptor: descriptor,
      DW: 1000,
      // CIDs 1–95 of both collections are the half-width Latin set.
      W: [1, 95, 500],
    }),
  );
  return pdf.context.register(
    pdf.context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: `${baseFont}-${cmap}`,
      Encoding: cmap,
      DescendantFonts: [descendant],
    }),
  );
}

interface Line {
  text: string;
  size: number;
  indent: number;
  justify: boolean;
  /** Cells of a table row at these x offsets from the column's left edge. */
  cells?: { text: string; offset: number }[];
  centred?: boolean;
  spaceBefore: number;
}

function wrap(text: string, width: number, size: number, indent: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const room = width - (lines.length === 0 ? indent : 0);
    let take = 0;
    while (take < rest.length && widthOf(rest.slice(0, take + 1), size) <= room) take++;
    // Keep a number whole and never start a line with closing punctuation.
    while (take > 1 && take < rest.length && /[0-9.,%]/.test(rest[take]!) && /[0-9.,]/.test(rest[take - 1]!))
      take--;
    while (take > 1 && take < rest.length && /[，。；：、）,.;:)%]/.test(rest[take]!)) take--;
    lines.push(rest.slice(0, take));
    rest = rest.slice(take);
  }
  return lines;
}

function linesOf(document: FixtureDocument, columnWidth: number): Line[] {
  const lines: Line[] = [];
  for (const block of document.blocks) {
    if (block.kind === 'heading') {
      wrap(block.text, columnWidth, 14, 0).forEach((text, i) =>
        lines.push({ text, size: 14, indent: 0, justify: false, spaceBefore: i === 0 ? 10 : 0 }),
      );
    } else if (block.kind === 'paragraph') {
      const wrapped = wrap(block.text, columnWidth, bodySize, bodySize * 2);
      wrapped.forEach((text, i) =>
        lines.push({
          text,
          size: bodySize,
          indent: i === 0 ? bodySize * 2 : 0,
          justify: i < wrapped.length - 1,
          spaceBefore: 0,
        }),
      );
    } else {
      const offsets = [0, columnWidth * 0.42, columnWidth * 0.58, columnWidth * 0.78];
      for (const row of block.rows) {
        lines.push({
          text: row.join(' '),
          size: bodySize,
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

function drawText(
  page: PDFPage,
  font: string,
  text: string,
  x: number,
  y: number,
  size: number,
  spacing = 0,
): void {
  page.pushOperators(
    beginText(),
    setFontAndSize(font, size),
    setCharacterSpacing(spacing),
    moveText(x, y),
    showText(ucs2(text)),
    endText(),
  );
}

/** The document as a PDF placed line by line, in one or two columns. */
export async function writeCidLinePdf(document: FixtureDocument, layout: FixtureLayout): Promise<Uint8Array> {
  if (document.lang === 'en') throw new RangeError(`CID line fixtures are CJK only, not ${document.lang}`);
  const pdf = await PDFDocument.create();
  const fontRef = cidFont(pdf, document.lang);
  const columns = layout === 'two-columns' ? 2 : 1;
  const columnWidth = (pageWidth - 2 * margin - (columns - 1) * gutter) / columns;
  const top = pageHeight - margin;
  let page: PDFPage;
  let pageNumber = 0;
  let column = 0;
  const newPage = (): PDFPage => {
    const next = pdf.addPage([pageWidth, pageHeight]);
    next.node.setFontDictionary(PDFName.of('F1'), fontRef);
    pageNumber++;
    const header = document.title;
    drawText(next, 'F1', header, pageWidth - margin - widthOf(header, 9), pageHeight - 40, 9);
    const footer = `- ${pageNumber} -`;
    drawText(next, 'F1', footer, (pageWidth - widthOf(footer, 9)) / 2, 36, 9);
    column = 0;
    return next;
  };
  page = newPage();
  const title = document.title;
  drawText(page, 'F1', title, (pageWidth - widthOf(title, 18)) / 2, top - 18, 18);
  let y = top - 18 - 30;
  let columnTop = y;
  for (const line of linesOf(document, columnWidth)) {
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
      for (const cell of line.cells) drawText(page, 'F1', cell.text, left + cell.offset, y, line.size);
    } else {
      const natural = widthOf(line.text, line.size);
      const chars = line.text.length;
      const spacing = line.justify && chars > 1 ? (columnWidth - line.indent - natural) / (chars - 1) : 0;
      drawText(page, 'F1', line.text, left + line.indent, y, line.size, Math.max(0, spacing));
    }
    y -= line.size === bodySize ? leading : line.size * 1.6;
  }
  return pdf.save();
}
