/**
 * Rebuilds paragraphs from a PDF's lines in reading order (pdf-layout.ts). A PDF only knows lines; a
 * paragraph ends where the next line is further down than the usual line spacing, where a line stops
 * short of its own column's right edge (not the page's), where the next line is indented, or where the
 * font size changes. A paragraph runs on across a column or page break when its last line filled the
 * column and the next column starts flush. Lines set clearly larger than the body text are headings,
 * table rows are paragraphs of their own.
 */
import { detectCjkScript, normaliseRadicals } from './cjk-radicals';
import type { PdfLine, PdfSegment } from './pdf-layout';
import { isCjk, joinLines, resolveLineEndHyphens } from './pdf-text-join';

export interface PdfParagraph {
  text: string;
  /** 0 for body text, else a heading level 1–3. */
  headingLevel: number;
}

export interface PdfPageParagraphs {
  page: number;
  /** The page number printed on the page (`3`, `iv`), when there is one. */
  label?: string;
  /** Paragraphs that start on this page (one that runs on to the next page belongs here). */
  paragraphs: PdfParagraph[];
}

export interface PdfPageSegments {
  page: number;
  /** Page width, for the right edge of a column too short to show it. */
  width: number;
  label?: string;
  segments: PdfSegment[];
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function headingLevelFor(fontSize: number, bodySize: number): number {
  if (bodySize <= 0) return 0;
  const ratio = fontSize / bodySize;
  if (ratio >= 1.8) return 1;
  if (ratio >= 1.4) return 2;
  if (ratio >= 1.2) return 3;
  return 0;
}

/** The font size most characters are set in, rounded to half points. */
export function bodyFontSize(lines: readonly PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, count] of weight) {
    if (count > bestWeight) {
      best = size;
      bestWeight = count;
    }
  }
  return best;
}

/** Usual distance between baselines of consecutive body lines in one segment. */
function usualLineSpacing(pages: readonly PdfPageSegments[], bodySize: number): number {
  const gaps: number[] = [];
  for (const { segments } of pages) {
    for (const { lines } of segments) {
      for (let i = 1; i < lines.length; i++) {
        const gap = lines[i - 1]!.y - lines[i]!.y;
        if (gap > 0 && Math.abs(lines[i]!.fontSize - bodySize) < bodySize * 0.15) gaps.push(gap);
      }
    }
  }
  return median(gaps) || bodySize * 1.5;
}

interface Placed {
  line: PdfLine;
  segment: PdfSegment;
  /** Right edge of the column the segment is in. */
  right: number;
  page: number;
}

/**
 * The right edge of each segment's column. A segment of three lines or more shows it (its furthest
 * line). A shorter one (a column's last lines, a page with one paragraph) takes the nearest edge at or
 * beyond its own among longer segments that start at the same left edge anywhere in the document
 * (columns repeat from page to page); failing that, the page's margins are assumed symmetric.
 */
function columnRights(pages: readonly PdfPageSegments[]): Map<PdfSegment, number> {
  const all = pages.flatMap(({ width, segments }) => segments.map((segment) => ({ width, segment })));
  const shown = all.filter(({ segment }) => segment.lines.length >= 3).map(({ segment }) => segment);
  const rights = new Map<PdfSegment, number>();
  for (const { width, segment } of all) {
    if (segment.lines.length >= 3) {
      rights.set(segment, segment.right);
      continue;
    }
    const em = segment.lines[0]?.fontSize ?? 10;
    const edges = shown
      .filter(
        (other) => Math.abs(other.left - segment.left) <= em * 2.5 && other.right >= segment.right - em * 0.5,
      )
      .map((other) => other.right);
    rights.set(
      segment,
      edges.length > 0 ? Math.min(...edges) : Math.max(segment.right, width - segment.left),
    );
  }
  return rights;
}

/** Whether a line stops short of its column's right edge, i.e. ends its paragraph. */
function endsShort(placed: Placed, next: PdfLine): boolean {
  const { line } = placed;
  const room = placed.right - line.right;
  const last = line.text.at(-1) ?? '';
  if (isCjk(last) || isCjk(next.text[0] ?? '')) return room > line.fontSize * 1.5;
  // Latin: the next line's first word would have fitted in the room left.
  const firstWord = /^\S+/.exec(next.text)?.[0].length ?? 1;
  return room > Math.max(line.fontSize * 1.5, (firstWord + 1) * line.fontSize * 0.55);
}

const indented = (line: PdfLine, segment: PdfSegment): boolean => line.x > segment.left + line.fontSize * 1.2;

function startsParagraph(
  previous: Placed,
  current: Placed,
  level: number,
  previousLevel: number,
  lineSpacing: number,
): boolean {
  const prev = previous.line;
  const line = current.line;
  if (line.cells || prev.cells) return true;
  if (level !== previousLevel) return true;
  if (Math.abs(line.fontSize - prev.fontSize) > prev.fontSize * 0.15) return true;
  const sameSegment = previous.segment === current.segment;
  if (level > 0) {
    // A heading wrapped over lines continues in the same column at heading line spacing.
    return !sameSegment || prev.y - line.y > line.fontSize * 1.8;
  }
  if (sameSegment) {
    const gap = prev.y - line.y;
    if (gap <= 0 || gap > Math.max(lineSpacing, line.fontSize) * 1.35) return true;
  }
  if (indented(line, current.segment) && !indented(prev, previous.segment)) return true;
  // Centred lines (a signature, a date) are short on both sides: they stand alone.
  if (!sameSegment && line.x > current.segment.left + line.fontSize * 0.5) return true;
  return endsShort(previous, line);
}

/**
 * Paragraphs of a document whose pages are given as segments in reading order. The document's script
 * decides how radical code points are read (cjk-radicals.ts).
 */
export function buildParagraphs(pages: readonly PdfPageSegments[]): PdfPageParagraphs[] {
  const allLines = pages.flatMap((p) => p.segments.flatMap((s) => s.lines));
  const bodySize = bodyFontSize(allLines);
  const lineSpacing = usualLineSpacing(pages, bodySize);
  const rights = columnRights(pages);
  const result: PdfPageParagraphs[] = pages.map(({ page, label }) =>
    label === undefined ? { page, paragraphs: [] } : { page, label, paragraphs: [] },
  );
  let current: { paragraph: PdfParagraph; last: Placed } | null = null;
  pages.forEach(({ page, segments }, pageIndex) => {
    for (const segment of segments) {
      for (const line of segment.lines) {
        const placed: Placed = { line, segment, page, right: rights.get(segment) ?? segment.right };
        const level = line.cells ? 0 : headingLevelFor(line.fontSize, bodySize);
        if (
          current &&
          !startsParagraph(current.last, placed, level, current.paragraph.headingLevel, lineSpacing)
        ) {
          current.paragraph.text = joinLines(current.paragraph.text, line.text);
          current.last = placed;
        } else {
          current = { paragraph: { text: line.text, headingLevel: level }, last: placed };
          result[pageIndex]!.paragraphs.push(current.paragraph);
        }
      }
    }
  });
  const texts = resolveLineEndHyphens(result.flatMap((p) => p.paragraphs.map((q) => q.text)));
  const script = detectCjkScript(texts.join(''));
  let index = 0;
  for (const page of result) {
    for (const paragraph of page.paragraphs) paragraph.text = normaliseRadicals(texts[index++]!, script);
  }
  return result;
}
