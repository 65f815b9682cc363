/**
 * Page layout of a PDF's text: runs → rows → fragments (a row cut where the gap is wider than an em),
 * then reading order. Columns are found from gutters: x ranges that no narrow fragment crosses while
 * several fragments sit on each side. A fragment that crosses a gutter (a heading or a full-width
 * paragraph) spans the page and splits it into bands; inside a band the columns are read left to right,
 * each top to bottom. A band whose columns are row-aligned and not filled like text is a table: its rows
 * come out one per line, cells separated by a tab.
 */
import { joinRuns } from './pdf-text-join';
import type { PdfRun } from './pdf-reader';

/** Runs on one baseline with no gap wider than an em between them. */
export interface PdfFragment {
  runs: PdfRun[];
  x: number;
  right: number;
  y: number;
  fontSize: number;
}

/** One line in reading order (in a table, one row with its cells separated by tabs). */
export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  fontSize: number;
  /** A table row: its cells are separated by tabs and it is a paragraph of its own. */
  cells: boolean;
}

/** A stretch of lines read in order: one column of a band, a run of full-width lines, or a table. */
export interface PdfSegment {
  left: number;
  right: number;
  lines: PdfLine[];
}

const byReadingOrder = (a: { y: number; x: number }, b: { y: number; x: number }): number =>
  b.y - a.y || a.x - b.x;

/** Groups runs by baseline into rows (top to bottom), each sorted left to right. */
export function rowsOf<T extends { y: number; x: number; fontSize: number }>(items: readonly T[]): T[][] {
  const sorted = [...items].sort(byReadingOrder);
  const rows: { y: number; size: number; items: T[] }[] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row.y - item.y) <= Math.min(row.size, item.fontSize) * 0.4) {
      row.items.push(item);
      row.size = Math.max(row.size, item.fontSize);
    } else {
      rows.push({ y: item.y, size: item.fontSize, items: [item] });
    }
  }
  return rows.map((row) => row.items.sort((a, b) => a.x - b.x));
}

/**
 * Cuts each row of runs into fragments at gaps wider than an em, and at narrower gaps (half an em or
 * more) where a tight table's cells line up: a row with two or more such gaps, nearly all of them
 * with the next run starting (or the previous one ending) within half an em of a cell boundary in the
 * row above or below. Tables
 * set 1–2 ems apart (a bulletin's 主要指标) would otherwise run their cells together; justified text
 * rarely lines up two word gaps with the next line, and tableCells still wants the rows aligned.
 */
export function fragmentsOf(runs: readonly PdfRun[]): PdfFragment[] {
  const rows = rowsOf(runs);
  const cuts = rows.map((_, index) => alignedCuts(index, rows));
  const fragments: PdfFragment[] = [];
  rows.forEach((row, r) => {
    let current: PdfFragment | null = null;
    row.forEach((run, i) => {
      if (
        current &&
        !cuts[r]!.has(i) &&
        run.x - current.right <= Math.min(run.fontSize, current.fontSize) * 1.0
      ) {
        current.runs.push(run);
        current.right = Math.max(current.right, run.right);
        current.fontSize = Math.max(current.fontSize, run.fontSize);
      } else {
        current = { runs: [run], x: run.x, right: run.right, y: run.y, fontSize: run.fontSize };
        fragments.push(current);
      }
    });
  });
  return fragments;
}

/** Indices of runs in `row` after a gap of half an em or more. */
function boundaries(row: readonly PdfRun[]): number[] {
  const found: number[] = [];
  for (let i = 1; i < row.length; i++) {
    if (row[i]!.x - row[i - 1]!.right >= Math.min(row[i]!.fontSize, row[i - 1]!.fontSize) * 0.5)
      found.push(i);
  }
  return found;
}

/** The narrow gaps of a row that line up with cell boundaries of a neighbouring row (see fragmentsOf). */
function alignedCuts(index: number, rows: readonly (readonly PdfRun[])[]): Set<number> {
  const row = rows[index]!;
  const own = boundaries(row);
  if (own.length < 2) return new Set();
  const aligned = new Set<number>();
  for (const other of [rows[index - 1], rows[index + 1]]) {
    if (!other || Math.abs(other[0]!.y - row[0]!.y) > row[0]!.fontSize * 3) continue;
    const theirs = boundaries(other);
    if (theirs.length < 2) continue;
    const found = own.filter((i) =>
      theirs.some((j) => {
        const tolerance = row[i]!.fontSize / 2;
        return (
          Math.abs(row[i]!.x - other[j]!.x) <= tolerance ||
          Math.abs(row[i - 1]!.right - other[j - 1]!.right) <= tolerance
        );
      }),
    );
    // A table row's gaps are all cell boundaries; a justified line's word gaps line up only by chance.
    if (found.length >= 2 && found.length >= own.length * 0.75) for (const i of found) aligned.add(i);
  }
  return aligned;
}

export const fragmentText = (fragment: PdfFragment): string => joinRuns(fragment.runs);

/** x positions of the gutters between columns, left to right. */
export function findGutters(fragments: readonly PdfFragment[]): number[] {
  if (fragments.length < 6) return [];
  const left = Math.min(...fragments.map((f) => f.x));
  const right = Math.max(...fragments.map((f) => f.right));
  const width = right - left;
  if (width <= 0) return [];
  // Full-width lines (single-column passages) cannot show a gutter: only narrow fragments vote.
  const narrow = fragments.filter((f) => f.right - f.x < width * 0.6);
  const em = median(fragments.map((f) => f.fontSize));
  const gutters: number[] = [];
  let bandStart: number | null = null;
  const step = Math.max(1, em / 4);
  const closeBand = (end: number): void => {
    if (bandStart === null) return;
    const start = bandStart;
    bandStart = null;
    if (end - start < em * 0.8) return;
    // Rows, not fragments, vote: one loose justified line breaks into many fragments at its word
    // gaps and would otherwise show a gutter of its own.
    const rowsOn = (side: PdfFragment[]): number => new Set(side.map((f) => Math.round(f.y))).size;
    const leftSide = rowsOn(narrow.filter((f) => f.right <= start + step));
    const rightSide = rowsOn(narrow.filter((f) => f.x >= end - step));
    if (leftSide >= 3 && rightSide >= 3) gutters.push((start + end) / 2);
  };
  for (let x = left + em * 3; x <= right - em * 3; x += step) {
    const crossing = narrow.filter((f) => f.x < x && f.right > x).length;
    const sides = Math.min(narrow.filter((f) => f.right <= x).length, narrow.filter((f) => f.x >= x).length);
    // A heading or two may cross a gutter (they are what spans the columns).
    const open = crossing <= Math.max(1, Math.floor(sides * 0.1));
    if (open && bandStart === null) bandStart = x;
    if (!open) closeBand(x);
  }
  closeBand(right - em * 3);
  return gutters;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

const lineOf = (fragments: readonly PdfFragment[], separator: 'space' | 'tab'): PdfLine => {
  const runs = fragments.flatMap((f) => f.runs);
  const text =
    separator === 'tab'
      ? fragments.map((f) => joinRuns(f.runs)).join('\t')
      : joinRuns([...runs].sort((a, b) => a.x - b.x));
  return {
    text,
    x: Math.min(...fragments.map((f) => f.x)),
    right: Math.max(...fragments.map((f) => f.right)),
    y: fragments[0]!.y,
    fontSize: Math.max(...fragments.map((f) => f.fontSize)),
    cells: separator === 'tab',
  };
};

/**
 * Fragments read as one column: rows top to bottom. A row of table cells (`cells`), or with a gap of
 * 1.5 em or more, is a table row.
 */
function plainSegment(
  fragments: readonly PdfFragment[],
  cells: ReadonlySet<PdfFragment> = new Set(),
): PdfSegment {
  const lines = rowsOf(fragments).map((row) => {
    const wide = row.some(
      (f, i) =>
        i > 0 &&
        (cells.has(f) || f.x - row[i - 1]!.right >= Math.min(f.fontSize, row[i - 1]!.fontSize) * 1.5),
    );
    return lineOf(row, wide ? 'tab' : 'space');
  });
  return segmentOf(lines);
}

/**
 * Fragments of table rows: rows of three or more fragments, all narrower than a column of text (twelve
 * ems), whose cells line up (left or right edges within half an em) with a neighbouring such row.
 * Justified lines with wide word spaces break into fragments too, but theirs never line up. Table rows
 * are read whole, across any gutter.
 */
function tableCells(fragments: readonly PdfFragment[]): Set<PdfFragment> {
  const rows = rowsOf(fragments);
  const candidate = rows.map((row) => row.length >= 3 && row.every((f) => f.right - f.x < f.fontSize * 12));
  const aligned = (a: readonly PdfFragment[], b: readonly PdfFragment[]): boolean => {
    const em = a[0]!.fontSize / 2;
    const lefts = a.filter((f) => b.some((g) => Math.abs(f.x - g.x) <= em)).length;
    const rights = a.filter((f) => b.some((g) => Math.abs(f.right - g.right) <= em)).length;
    return Math.max(lefts, rights) >= 2;
  };
  const cells = new Set<PdfFragment>();
  rows.forEach((row, i) => {
    if (!candidate[i]) return;
    const neighbour = [i - 1, i + 1].some((j) => candidate[j] === true && aligned(row, rows[j]!));
    if (neighbour) for (const f of row) cells.add(f);
  });
  return cells;
}

function segmentOf(lines: PdfLine[]): PdfSegment {
  return {
    left: Math.min(...lines.map((l) => l.x)),
    right: Math.max(...lines.map((l) => l.right)),
    lines,
  };
}

/**
 * Whether the columns of a band form a table: rows aligned across columns, and some column not filled
 * the way justified or wrapped text fills its width.
 */
function isTable(columns: readonly PdfFragment[][]): boolean {
  const present = columns.filter((c) => c.length > 0);
  if (present.length < 2) return false;
  const rows = rowsOf(present.flat());
  const shared = rows.filter((row) => new Set(row.map((f) => columnIndex(present, f))).size > 1).length;
  if (shared < Math.max(2, rows.length * 0.6)) return false;
  return present.some((column) => {
    const right = Math.max(...column.map((f) => f.right));
    const left = Math.min(...column.map((f) => f.x));
    const em = median(column.map((f) => f.fontSize));
    const full = column.filter((f) => f.right >= right - em * 1.5 && f.x <= left + em * 2.5).length;
    return full < column.length * 0.5 || right - left < em * 8;
  });
}

const columnIndex = (columns: readonly PdfFragment[][], fragment: PdfFragment): number =>
  columns.findIndex((column) => column.includes(fragment));

/**
 * Gutters the document shows on most of its pages that found any, for pages too short to show them
 * (a last page with two lines per column): each is kept where no more than one fragment crosses it on
 * the page at hand.
 */
export function documentGutters(perPage: readonly number[][], em: number): number[] {
  const pagesWith = perPage.filter((gutters) => gutters.length > 0);
  const counted: { x: number; pages: number }[] = [];
  for (const gutters of pagesWith) {
    for (const x of gutters) {
      const known = counted.find((c) => Math.abs(c.x - x) <= em * 2);
      if (known) known.pages++;
      else counted.push({ x, pages: 1 });
    }
  }
  return counted.filter((c) => c.pages * 2 > pagesWith.length).map((c) => c.x);
}

function usableGutters(fragments: readonly PdfFragment[], candidates: readonly number[]): number[] {
  return candidates.filter((g) => {
    const crossing = fragments.filter((f) => f.x < g && f.right > g).length;
    const left = fragments.some((f) => f.right <= g);
    const right = fragments.some((f) => f.x >= g);
    return crossing <= 1 && left && right;
  });
}

/** A page's fragments in reading order, as segments; `fallbackGutters` from documentGutters. */
export function layoutPage(
  fragments: readonly PdfFragment[],
  fallbackGutters: readonly number[] = [],
): PdfSegment[] {
  if (fragments.length === 0) return [];
  const found = findGutters(fragments);
  const gutters = found.length > 0 ? found : usableGutters(fragments, fallbackGutters);
  const cells = tableCells(fragments);
  if (gutters.length === 0) return [plainSegment(fragments, cells)];
  const spans = (f: PdfFragment): boolean => cells.has(f) || gutters.some((g) => f.x < g && f.right > g);
  const segments: PdfSegment[] = [];
  let band: PdfFragment[] = [];
  let spanning: PdfFragment[] = [];
  const flushBand = (): void => {
    if (band.length === 0) return;
    const columns: PdfFragment[][] = Array.from({ length: gutters.length + 1 }, () => []);
    for (const f of band) columns[gutters.filter((g) => f.x >= g).length]!.push(f);
    if (isTable(columns)) {
      const lines = rowsOf(band).map((row) => lineOf(row, row.length > 1 ? 'tab' : 'space'));
      segments.push(segmentOf(lines));
    } else {
      for (const column of columns) if (column.length > 0) segments.push(plainSegment(column));
    }
    band = [];
  };
  const flushSpanning = (): void => {
    if (spanning.length > 0) segments.push(plainSegment(spanning, cells));
    spanning = [];
  };
  for (const fragment of [...fragments].sort(byReadingOrder)) {
    if (spans(fragment)) {
      flushBand();
      spanning.push(fragment);
    } else {
      flushSpanning();
      band.push(fragment);
    }
  }
  flushBand();
  flushSpanning();
  return segments;
}
