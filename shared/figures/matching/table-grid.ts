/**
 * Tables as grids of cells, rebuilt from what source extraction keeps: spreadsheet cells (one `cell`
 * region per non-empty cell, `Sheet!B7`, plus the sheet's merged ranges) and, for PDF, DOCX and text
 * sources, runs of lines that look like table rows (`地區生產總值  264.3  251.2`). Every cell keeps its
 * offsets into the source text, so a figure read from a table still points at its place in the source.
 * A merged range shows its text in every cell it covers, as a reader of the printed table sees it.
 */
import type { SourceRegion } from '../../model/source';

export interface GridCell {
  text: string;
  start: number;
  end: number;
  /** True when the text is shown here because a merged range covers this cell. */
  merged?: boolean;
}

export interface Grid {
  /** Sheet name, or `p. 3` / `table 2` for tables found in running text. */
  name: string;
  /** `rows[r][c]`, 0-based; holes are undefined. */
  rows: (GridCell | undefined)[][];
  /** Where a grid read from lines may have lost merges: headers are filled forward instead. */
  fromText: boolean;
}

/** A merged range of a sheet, `A1:C1` style. */
export interface SheetMerge {
  sheet: string;
  range: string;
}

/** `B7` → { row: 6, col: 1 }. */
export function decodeCell(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** 0 → `A`, 27 → `AB`. */
export function columnLetters(col: number): string {
  let out = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Grids of the spreadsheet cells in `regions`, one per sheet in order of first appearance. */
export function gridsFromCells(
  text: string,
  regions: readonly SourceRegion[],
  merges: readonly SheetMerge[] = [],
): Grid[] {
  const grids = new Map<string, Grid>();
  for (const region of regions) {
    if (region.kind !== 'cell') continue;
    const at = decodeCell(region.cell);
    if (!at) continue;
    let grid = grids.get(region.sheet);
    if (!grid) {
      grid = { name: region.sheet, rows: [], fromText: false };
      grids.set(region.sheet, grid);
    }
    const row = (grid.rows[at.row] ??= []);
    row[at.col] = { text: text.slice(region.start, region.end), start: region.start, end: region.end };
  }
  // A merge is filled only within the cells the sheet holds: a damaged file's `A1:XFD1048576` would
  // otherwise fill 17 billion cells (the importer's twin of this bug was found by the fuzzer).
  const extents = new Map<string, { rows: number; cols: number }>();
  for (const [name, grid] of grids) {
    let cols = -1;
    for (const row of grid.rows) if (row) cols = Math.max(cols, row.length - 1);
    extents.set(name, { rows: grid.rows.length - 1, cols });
  }
  for (const merge of merges) {
    const grid = grids.get(merge.sheet);
    const extent = extents.get(merge.sheet);
    const [from, to] = merge.range.split(':').map(decodeCell);
    if (!grid || !extent || !from || !to) continue;
    const origin = grid.rows[from.row]?.[from.col];
    if (!origin) continue;
    for (let r = from.row; r <= Math.min(to.row, extent.rows); r++) {
      for (let c = from.col; c <= Math.min(to.col, extent.cols); c++) {
        if (r === from.row && c === from.col) continue;
        const row = (grid.rows[r] ??= []);
        row[c] ??= { ...origin, merged: true };
      }
    }
  }
  return [...grids.values()];
}

/** A number as tables print it: `264.3`, `2,640`, `-10.21`, `4.9%`, `(12.5)` (negative), `△3.2`. */
export const tableNumber = /^[-+−△▲▼]?\(?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?%?$|^[-+−△▲▼]?\(?\d+(?:\.\d+)?\)?%?$/;

/** Tokens of a line: whitespace-separated, but `FY 2024-25` and `US$ 12` style pairs stay one token. */
function tokens(line: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const pattern = /FY\s?\d{2,4}(?:[-–/]\d{2,4})?|\S+/g;
  for (const m of line.matchAll(pattern)) out.push({ text: m[0], start: m.index });
  return out;
}

const isNumberToken = (t: string) => tableNumber.test(t.replace(/\s*\[[^\]]*\]$/, ''));
const isYearToken = (t: string) =>
  /^(?:FY\s?)?(?:19|20)\d\d(?:[-–/]\d{2,4})?(?:年度?|年末|年底)?$/.test(t) ||
  /^FY\s?\d{2}(?:[-–/]\d{2})?$/.test(t);

/**
 * Table-looking runs in running text (a PDF page, a DOCX, a TXT): a row is a line with a label and at
 * least one number after it, split at whitespace (`區內生產總值 億元 264 251.2`); a header is the line
 * just above the rows whose tokens name the value columns (years, `本年 上年`). Lines between rows
 * that hold notes (`單位：億元`) stay in the grid as one-cell rows, where the table reader looks for
 * them. Only runs of two or more rows become grids: one line with a number is prose.
 */
export function gridsFromLines(text: string, regions: readonly SourceRegion[] = []): Grid[] {
  const grids: Grid[] = [];
  const pages = regions.filter((r): r is Extract<SourceRegion, { kind: 'page' }> => r.kind === 'page');
  const pageAt = (offset: number) => pages.find((p) => offset >= p.start && offset <= p.end)?.page;
  let run: { cells: (GridCell | undefined)[]; lineStart: number }[] = [];
  let rowsInRun = 0;
  const flush = () => {
    if (rowsInRun >= 2) {
      const first = run[0]!.lineStart;
      const page = pageAt(first);
      grids.push({
        name: page ? `p. ${page}` : `table ${grids.length + 1}`,
        rows: run.map((r) => r.cells),
        fromText: true,
      });
    }
    run = [];
    rowsInRun = 0;
  };
  for (const { line, start } of tableLines(text)) {
    const toks = tokens(line);
    const firstNumber = toks.findIndex((t) => isNumberToken(t.text));
    const numbersAfter = firstNumber > 0 && toks.slice(firstNumber).every((t) => isNumberToken(t.text));
    const cell = (t: { text: string; start: number }): GridCell => ({
      text: t.text,
      start: start + t.start,
      end: start + t.start + t.text.length,
    });
    if (numbersAfter && line.length < 200) {
      // Label tokens joined into one cell (a label may contain spaces: `General Fund appropriations`).
      const labelTokens = toks.slice(0, firstNumber);
      const label: GridCell = {
        text: line.slice(labelTokens[0]!.start, labelTokens.at(-1)!.start + labelTokens.at(-1)!.text.length),
        start: start + labelTokens[0]!.start,
        end: start + labelTokens.at(-1)!.start + labelTokens.at(-1)!.text.length,
      };
      run.push({ cells: [label, ...toks.slice(firstNumber).map(cell)], lineStart: start });
      rowsInRun++;
      continue;
    }
    const isHeader =
      toks.length >= 2 && toks.filter((t) => isYearToken(t.text)).length >= 1 && line.length < 200;
    const isNote =
      /單位|单位|\bunits?\s*[:：]|\(in (?:millions|billions|thousands)/i.test(line) && line.length < 120;
    if ((isHeader || isNote) && rowsInRun === 0) {
      // A header or note opens (or continues) the run above its rows.
      if (run.length >= 3) run = [];
      const cells = isHeader
        ? toks.map(cell)
        : [{ text: line.trim(), start: start + line.indexOf(line.trim()), end: start + line.length }];
      // Header tokens are right-aligned over the value columns: leave the label column empty.
      run.push({ cells: isHeader ? [undefined, ...cells] : cells, lineStart: start });
      continue;
    }
    if (rowsInRun > 0 && toks.length > 0 && toks.length <= 3 && line.length < 40 && firstNumber < 0) {
      // A group heading inside a table (`按產業分`): keep the run going.
      run.push({ cells: [cell({ text: line.trim(), start: line.indexOf(line.trim()) })], lineStart: start });
      continue;
    }
    flush();
  }
  flush();
  return grids.map(alignHeaders);
}

/**
 * The text's lines, with a line that holds several table rows run together split between them. PDF
 * paragraph rebuilding joins CJK lines without a space, so `項目 2023年 2024年地方財政收入 91000 95000稅收收入
 * 60,000 62,500` is one line: a row ends where a number (or a year) is followed directly by a Chinese
 * label. Only lines with two or more space-separated numbers are split, so prose stays whole.
 */
function tableLines(text: string): { line: string; start: number }[] {
  const out: { line: string; start: number }[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    lineStart += line.length + 1;
    const spaced = line.match(/(?:^|\s)[-+]?\d[\d,]*(?:\.\d+)?%?(?=\s|$)/g)?.length ?? 0;
    if (spaced < 2) {
      out.push({ line, start });
      continue;
    }
    let from = 0;
    for (const m of line.matchAll(/(?<=\d%?|\d年度?)(?![年月日度號号])(?=[\u4e00-\u9fff])/g)) {
      if (m.index <= from) continue;
      // A year token glued to a label (`2024年地方`) ends the header; `年` stays with the year.
      out.push({ line: line.slice(from, m.index), start: start + from });
      from = m.index;
    }
    out.push({ line: line.slice(from), start: start + from });
  }
  return out;
}

/**
 * In a grid read from lines, a header row has one token per value column but no label cell; data rows
 * have a label and then values. Right-align each header to the widest data row, so header column k
 * sits over value column k.
 */
function alignHeaders(grid: Grid): Grid {
  const width = Math.max(0, ...grid.rows.filter((r) => r[0] !== undefined).map((r) => r.length));
  const rows = grid.rows.map((row) => {
    if (row[0] !== undefined) return row;
    const cells = row.filter((c): c is GridCell => c !== undefined);
    const aligned: (GridCell | undefined)[] = new Array<GridCell | undefined>(width).fill(undefined);
    const offset = Math.max(0, width - cells.length);
    cells.forEach((c, i) => (aligned[offset + i] = c));
    return aligned;
  });
  return { ...grid, rows };
}

type CellRegion = Extract<SourceRegion, { kind: 'cell' }>;

/** Cell regions sorted by start, for `overlapsCell`. */
export const sortedCells = (regions: readonly SourceRegion[]): CellRegion[] =>
  regions.filter((r): r is CellRegion => r.kind === 'cell').sort((a, b) => a.start - b.start);

/** True when `[start, end)` overlaps a cell of `cells` (sorted by start). */
function overlapsCell(cells: readonly CellRegion[], start: number, end: number): boolean {
  let low = 0;
  let high = cells.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cells[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  // Cells do not overlap each other, so ends are sorted too: the first ending after `start` decides.
  return low < cells.length && cells[low]!.start < end;
}

/** Lines of a note beside a table: short, and stating a unit or what the figures are. */
const noteLine =
  /單位|单位|\bunits?\b|\bin (?:millions|billions|thousands)|[(（]\s*(?:億|亿|萬|万|千)?元\s*[)）]/i;

/**
 * A table in a document (a DOCX table) states its unit in the paragraph above it (`單位：億元`,
 * `Table 3 (in millions of dollars)`) or in a note below it. Such lines, when they are not cells
 * themselves, become one-cell rows above and below the grid, where the table reader looks for notes.
 * Spreadsheets are all cells, so nothing is added to their grids.
 */
export function addNotesBeside(text: string, grids: readonly Grid[], cells: readonly CellRegion[]): Grid[] {
  return grids.map((grid) => {
    let first = Infinity;
    let last = -Infinity;
    for (const row of grid.rows)
      for (const cell of row ?? []) {
        if (!cell || cell.merged) continue;
        first = Math.min(first, cell.start);
        last = Math.max(last, cell.end);
      }
    if (!Number.isFinite(first)) return grid;
    const above: GridCell[] = [];
    let at = first;
    for (let n = 0; n < 2 && at > 0; n++) {
      const end = text.lastIndexOf('\n', at - 1);
      if (end < 0) break;
      const start = text.lastIndexOf('\n', end - 1) + 1;
      at = start;
      const line = text.slice(start, end);
      if (line.trim() === '') continue;
      if (overlapsCell(cells, start, end)) break;
      if (line.length < 120 && noteLine.test(line)) above.unshift({ text: line.trim(), start, end });
    }
    const below: GridCell[] = [];
    const next = text.indexOf('\n', last);
    if (next >= 0) {
      const start = next + 1;
      const endAt = text.indexOf('\n', start);
      const end = endAt < 0 ? text.length : endAt;
      const line = text.slice(start, end);
      if (line.length < 120 && noteLine.test(line) && !overlapsCell(cells, start, end)) {
        below.push({ text: line.trim(), start, end });
      }
    }
    if (above.length === 0 && below.length === 0) return grid;
    return { ...grid, rows: [...above.map((c) => [c]), ...grid.rows, ...below.map((c) => [c])] };
  });
}

/**
 * The text with every cell's characters turned into spaces (newlines kept), so tables written as
 * lines in the prose around a DOCX's real tables are still found; null when nothing but cells is there.
 */
export function textOutsideCells(text: string, cells: readonly CellRegion[]): string | null {
  // Spreadsheets are all cells: look before building a copy of a large text.
  const blank = (from: number, to: number) => /^\s*$/.test(text.slice(from, to));
  let at = 0;
  let outside = false;
  for (const cell of cells) {
    if (cell.start >= at && !blank(at, cell.start)) {
      outside = true;
      break;
    }
    at = Math.max(at, cell.end);
  }
  if (!outside && blank(at, text.length)) return null;
  const parts: string[] = [];
  at = 0;
  for (const cell of cells) {
    if (cell.start < at) continue;
    parts.push(text.slice(at, cell.start), text.slice(cell.start, cell.end).replace(/[^\n]/g, ' '));
    at = cell.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
