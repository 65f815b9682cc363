/**
 * Tables turned into text (a budget table pasted from a spreadsheet or extracted from a PDF): rows of
 * cells split by tabs or runs of spaces, under a unit line (`單位：萬元`, `单位：亿元`, `單位：新臺幣千元`).
 * A bare number in such a cell states an amount in the table's unit, multiplier applied (`63,360` under
 * 单位：万元 → 633600000 元), or a percentage when its column header ends in `%` (`增长%`, `占比(%)`).
 * Cells in a code column (`科目编码`) are identifiers. Columns are matched from the right, since row
 * labels are indented or span a code column while the numbers stay aligned at the right.
 */
import type { Found } from './arabic';
import { scaleDecimal } from './numerals';
import { matchUnitAt } from './units';
import {
  englishColumnUnit,
  ENGLISH_UNIT_LINE_RE,
  HEADER_UNIT_RE,
  labelUnit,
  moneyNoteCellUnit,
  NO_UNIT,
  parseEnglishUnit,
  parseUnit,
  PERCENT,
  type TableUnit,
} from './table-units';

/**
 * A numeric cell of a table: its span, and its figure unless it is an identifier (a code column). The
 * scan takes these cells as they are; text cells of the same row are read as running text.
 */
export interface TableCell {
  start: number;
  end: number;
  figure?: Found;
}

const TABLE_HINT_RE =
  /[單单]位\s*[：:]|[單单]位(?:\t| {2,})|[（(][千百萬万億亿]*元[）)]|[(（][^()（）\n]*(?:thousand|million|billion|'000|[£$€] ?000|[£$€] ?(?:m|bn)(?=[)）]))[^()（）\n]*[)）]|[\u3400-\u9fff][（(][^()（）\n]{1,6}[)）](?:\t| {2,})|[£$€] ?'?000(?:\t| {2,})[^\n]*[£$€] ?'?000/i;
const UNIT_LINE_RE = /[單单]位\s*[：:]\s*([^\n）)]*)/g;
const CELL_SPLIT_RE = /\t+| {2,}/;
/**
 * A number in a cell; a sign belongs to it (`-6.3`, `+7.4` in a change column), and so do thousands
 * grouped by single spaces (`2 184`; columns are split by two or more).
 */
const NUMERIC_CELL_RE = /^[-−+]?(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:\.\d+)?$/;
/** An accountant's negative, `(975)`, `(4,478)`: read as one only in a column of money. */
const BRACKETED_CELL_RE = /^\((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)$/;
const isMoney = (unit: string): boolean => /^[A-Z]{3}$/.test(unit) || unit === '元';
/** A year, or a span of years, heading a column (`2024`, `2023-24`, `2023/24`): never a figure. */
const YEAR_CELL_RE = /^(?:1[89]|20)\d\d(?:[-–/](?:\d\d){1,2})?$/;
const CODE_HEADER_RE = /[编編][码碼号號]|代[码碼号號]|序[号號]|code|No\./i;
/** A change or share column: `增长%`, `按年變動(%)`, `% change`, `per cent`, `增減率`, `變動百分率`, `占比`, `增幅`. */
const PERCENT_HEADER_RE =
  /[%％]|per ?cent|百分[率比點点]|[增變变][減减动動長长]率|[佔占]比|比重|[增升降跌]幅|增速|[變变]幅/i;
interface Cell {
  start: number;
  text: string;
}

/**
 * What the table reader needs to know beyond the folded text: where an ideographic space stood before
 * the layout fold made it an ASCII one (Chinese tables split cells with one, `行政院\u30008,245,316\u30007,980,455`),
 * and the currency of the document's money, for a note that names none (`Expenditures (in thousands)`).
 */
export interface TableContext {
  /** True when the character at this index of the folded text was an ideographic space (U+3000). */
  wideSpaceAt?: (index: number) => boolean;
  /** The currency of the document's bare money signs (`$` → USD, or the one it declares; `£` → GBP). */
  money?: () => string | undefined;
  /** The currency the document declares its dollars to be (`CAD`), if it does. */
  dollars?: string;
}

/**
 * The line with every ideographic space marked as a tab, so one splits cells as a tab does; unless the
 * marked line reads as prose spaced around a number (`核定\u300048\u3000案`: a part that is a lone unit word).
 */
function markWideSpaces(line: string, lineStart: number, wideSpaceAt: (index: number) => boolean): string {
  let marked = '';
  let from = 0;
  for (let k = line.indexOf(' '); k >= 0; k = line.indexOf(' ', k + 1)) {
    if (!wideSpaceAt(lineStart + k)) continue;
    marked += `${line.slice(from, k)}\t`;
    from = k + 1;
  }
  if (from === 0) return line;
  marked += line.slice(from);
  const parts = marked.split(CELL_SPLIT_RE).map((part) => part.trim());
  if (parts.some((part) => part.length === 1 && matchUnitAt(part, 0) === part)) return line;
  return marked;
}

function cellsOf(text: string, lineStart: number, lineEnd: number, context: TableContext): Cell[] {
  const cells: Cell[] = [];
  const raw = text.slice(lineStart, lineEnd);
  // Split on the marked copy (same length, same offsets); cells keep the folded text.
  const line = context.wideSpaceAt ? markWideSpaces(raw, lineStart, context.wideSpaceAt) : raw;
  let k = 0;
  for (const part of line.split(CELL_SPLIT_RE)) {
    const at = line.indexOf(part, k);
    k = at + part.length;
    const trimmed = part.trim();
    if (trimmed) cells.push({ start: lineStart + at + part.indexOf(trimmed), text: trimmed });
  }
  return cells;
}

/** A table title that names money: expenditure, spending, revenue, budget, costs, appropriations, … */
const MONEY_TITLE_RE =
  /\b(?:expenditures?|spending|revenues?|budgets?|costs?|appropriations?|outlays?|receipts|funding|income|payments|grants|allocations?)\b/i;

const UNIT_COLUMN_RE = /^(?:計量|计量)?[單单]位$/;
/** A unit-column header cell standing between cell gaps, as `unitLines` looks for it. */
const UNIT_COLUMN_HEADER_RE = /(?:^|\t| {2})(?:計量|计量)?[單单]位(?:\t| {2,}|$)/gm;
/** A Chinese header cell ending in a bracketed unit, then a cell gap or the line's end. */
const BRACKETED_HEADER_CELL_RE = /[\u3400-\u9fff][（(][^()（）\n]{1,6}[)）](?=\t| {2,}|$)/gm;

/**
 * A header row naming its columns' units: three or more cells, no numbers, and at least two cells after
 * the first whose bracketed note is a unit (`（宗）`, `(萬人次)`) or a percentage (`(%)`).
 */
function isUnitHeader(cells: Cell[]): boolean {
  if (cells.length < 3 || cells.some((c) => NUMERIC_CELL_RE.test(c.text))) return false;
  let named = 0;
  for (let k = 1; k < cells.length; k++) {
    const text = cells[k]!.text;
    if (!HEADER_UNIT_RE.test(text)) continue;
    if (PERCENT_HEADER_RE.test(text) || labelUnit(text, NO_UNIT)) named++;
  }
  return named >= 2;
}

/** Unit lines of both kinds, and headers with a unit column or units of their own, in order of where they stand. */
function unitLines(
  text: string,
  context: TableContext,
): Array<{ index: number; unit: TableUnit; isHeader?: boolean }> {
  const found: Array<{ index: number; unit: TableUnit; isHeader?: boolean }> = [];
  UNIT_LINE_RE.lastIndex = 0;
  for (let m = UNIT_LINE_RE.exec(text); m; m = UNIT_LINE_RE.exec(text)) {
    const unit = parseUnit(m[1]!);
    if (unit) found.push({ index: m.index, unit });
  }
  UNIT_COLUMN_HEADER_RE.lastIndex = 0;
  for (let m = UNIT_COLUMN_HEADER_RE.exec(text); m; m = UNIT_COLUMN_HEADER_RE.exec(text)) {
    // `指标  单位  绝对数  比上年增长(%)`: a header naming a unit column; each row gives its own unit.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) lineEnd = text.length;
    const cells = cellsOf(text, lineStart, lineEnd, context);
    if (cells.length >= 3 && cells.some((c) => UNIT_COLUMN_RE.test(c.text))) {
      found.push({ index: lineStart, unit: NO_UNIT, isHeader: true });
    }
    UNIT_COLUMN_HEADER_RE.lastIndex = lineEnd;
  }
  BRACKETED_HEADER_CELL_RE.lastIndex = 0;
  for (let m = BRACKETED_HEADER_CELL_RE.exec(text); m; m = BRACKETED_HEADER_CELL_RE.exec(text)) {
    // `年度  接獲申請（宗）  批出個案（宗）  批出率(%)`: a header whose cells name their own units, with no
    // unit line; a column whose header names none is left to the running-text scan.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) lineEnd = text.length;
    if (isUnitHeader(cellsOf(text, lineStart, lineEnd, context)))
      found.push({ index: lineStart, unit: NO_UNIT, isHeader: true });
    BRACKETED_HEADER_CELL_RE.lastIndex = lineEnd;
  }
  ENGLISH_UNIT_LINE_RE.lastIndex = 0;
  for (let m = ENGLISH_UNIT_LINE_RE.exec(text); m; m = ENGLISH_UNIT_LINE_RE.exec(text)) {
    // A note ends its line (a table title or a unit line), not a bracket inside a sentence.
    const lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0 || text.slice(m.index + m[0].length, lineEnd).trim() !== '') continue;
    // `Phase  Buildings  Flats  Cost (HK$ million)`: a note inside the last header cell is that column's.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (isEnglishUnitHeader(cellsOf(text, lineStart, lineEnd, context), context.dollars)) {
      found.push({ index: lineStart, unit: NO_UNIT, isHeader: true });
      continue;
    }
    let unit = parseEnglishUnit(m, context.dollars);
    // `Program Expenditures (in thousands)`: a title that names money gives a note without a currency
    // the document's own (`$` → USD, or the dollars it declares).
    if (unit && unit.unit === '' && context.money) {
      const title = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
      const money = MONEY_TITLE_RE.test(title) ? context.money() : undefined;
      if (money) unit = { exponent: unit.exponent, unit: money };
    }
    if (unit) found.push({ index: m.index, unit });
  }
  found.push(...moneyNoteHeaders(text, context));
  return found.sort((a, b) => a.index - b.index);
}

/** A line with two or more money notes as cells (`£000  £000`, `2024/25 £000  2025/26 £000`). */
const MONEY_NOTES_LINE_RE = /^[^\n]*[£$€] ?'?000(?:\t| {2,})[^\n]*[£$€] ?'?000[ \t]*$/gm;

/**
 * Header rows whose cells carry a money note without brackets (`£000` under `Plan  Actual  Variance`):
 * the table under them is in that unit. A row of notes alone belongs to the header line above it.
 */
function moneyNoteHeaders(
  text: string,
  context: TableContext,
): Array<{ index: number; unit: TableUnit; isHeader: true }> {
  const found: Array<{ index: number; unit: TableUnit; isHeader: true }> = [];
  MONEY_NOTES_LINE_RE.lastIndex = 0;
  for (let m = MONEY_NOTES_LINE_RE.exec(text); m; m = MONEY_NOTES_LINE_RE.exec(text)) {
    const cells = cellsOf(text, m.index, m.index + m[0].length, context);
    const units = cells.map((c) => moneyNoteCellUnit(c.text, context.dollars));
    const unit = units.find((u) => u !== undefined);
    if (!unit || units.filter(Boolean).length < 2 || cells.some((c) => NUMERIC_CELL_RE.test(c.text)))
      continue;
    let index = m.index;
    if (units.every(Boolean) && m.index > 0) {
      const above = text.lastIndexOf('\n', m.index - 2) + 1;
      const aboveCells = cellsOf(text, above, m.index - 1, context);
      if (aboveCells.length >= 2 && !aboveCells.some((c) => NUMERIC_CELL_RE.test(c.text))) index = above;
    }
    found.push({ index, unit, isHeader: true });
  }
  return found;
}

/**
 * An English header row naming its columns' units: three or more cells, no numbers, and at least two
 * after the first that name a count (`Flats`, `SDUs`) or carry a unit note (`Cost (HK$ million)`).
 */
function isEnglishUnitHeader(cells: Cell[], dollars: string | undefined): boolean {
  if (cells.length < 3 || cells.some((c) => NUMERIC_CELL_RE.test(c.text))) return false;
  return cells.slice(1).filter((c) => englishColumnUnit(c.text, dollars)).length >= 2;
}

/**
 * Where the table under a unit line begins: blank lines and further notes (`單位：百萬港元` then
 * `(HK$ million)` on its own line, the same unit in English) stand between a unit line and its table.
 * At most three such lines, so a unit line in a sentence does not reach a table further down.
 */
function skipNotes(text: string, lineStart: number): number {
  for (let skipped = 0; skipped < 3 && lineStart < text.length; skipped++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    if (line !== '' && !(NOTE_LINE_RE.test(line) && !CELL_SPLIT_RE.test(line))) return lineStart;
    lineStart = lineEnd + 1;
  }
  return lineStart;
}

/** A line that is only a unit note: `(HK$ million)`, `（單位：萬元）`, `('000)`. */
const NOTE_LINE_RE = /^(?:[(（][^()（）]*[)）]|[（(]?[單单]位\s*[：:][^\n]*)$/;

/**
 * A header row of years (`2022  2023  2024`): every numeric cell a year, rising; or a row of years alone
 * under a header of months (`September  October` over `2025  2025`), where a year may repeat.
 */
function isYearRow(cells: Cell[]): boolean {
  const years = cells.filter((c) => NUMERIC_CELL_RE.test(c.text) || YEAR_CELL_RE.test(c.text));
  if (years.length < 2 || !years.every((c) => YEAR_CELL_RE.test(c.text))) return false;
  const repeats = years.length === cells.length;
  const starts = years.map((c) => Number(c.text.slice(0, 4)));
  return starts.every((y, k) => {
    const step = k === 0 ? 1 : y - starts[k - 1]!;
    return (step > 0 || (repeats && step === 0)) && step <= 10;
  });
}

/** Header cells right-aligned into one header, texts of each column joined (`2024 % change`). */
function mergeHeaders(a: Cell[], b: Cell[]): Cell[] {
  const width = Math.max(a.length, b.length);
  const merged: Cell[] = [];
  for (let k = 0; k < width; k++) {
    const x = a[a.length - width + k];
    const y = b[b.length - width + k];
    merged.push({ start: (x ?? y)!.start, text: [x?.text, y?.text].filter(Boolean).join(' ') });
  }
  return merged;
}

/** Numbers in a header row (years) as cells without a figure, so the scan does not read them. */
function headerCells(cells: Cell[]): TableCell[] {
  return cells
    .filter((c) => NUMERIC_CELL_RE.test(c.text) || YEAR_CELL_RE.test(c.text))
    .map((c) => ({ start: c.start, end: c.start + c.text.length }));
}

/** Every numeric cell of every table with a unit line in `text`, in order. */
export function readTables(text: string, context: TableContext = {}): TableCell[] {
  if (!TABLE_HINT_RE.test(text)) return [];
  const rows: TableCell[] = [];
  let done = 0;
  for (const { index, unit, isHeader } of unitLines(text, context)) {
    if (index < done) continue;
    let lineStart: number;
    if (isHeader) lineStart = index;
    else {
      lineStart = text.indexOf('\n', index);
      if (lineStart < 0) break;
      lineStart = skipNotes(text, lineStart + 1);
    }
    let header: Cell[] | undefined;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const cells = cellsOf(text, lineStart, lineEnd, context);
      if (cells.length < 2) break; // a blank line or running text ends the table
      if (!header || isYearRow(cells)) {
        header = header ? mergeHeaders(header, cells) : cells;
        rows.push(...headerCells(cells));
      } else rows.push(...rowFigures(cells, header, unit, context.dollars));
      lineStart = lineEnd + 1;
    }
    done = lineStart;
  }
  return rows;
}

function rowFigures(cells: Cell[], header: Cell[], unit: TableUnit, dollars?: string): TableCell[] {
  const found: TableCell[] = [];
  const isNumber = (text: string): boolean => NUMERIC_CELL_RE.test(text) || BRACKETED_CELL_RE.test(text);
  const first = cells.findIndex((c) => isNumber(c.text));
  // The row's own unit: in a unit column (`亿元`, `万吨`, `%`), or in a note at the end of its label.
  const unitColumn = header.findIndex((c) => UNIT_COLUMN_RE.test(c.text));
  const named = unitColumn >= 0 ? cells[cells.length - (header.length - unitColumn)] : undefined;
  const rowUnit =
    (named && !NUMERIC_CELL_RE.test(named.text) ? parseUnit(named.text) : undefined) ??
    (first > 0 ? labelUnit(cells[first - 1]!.text, unit) : undefined);
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    if (!isNumber(cell.text)) continue;
    const head = header[header.length - (cells.length - k)]?.text ?? '';
    const end = cell.start + cell.text.length;
    if (CODE_HEADER_RE.test(head)) {
      found.push({ start: cell.start, end });
      continue;
    }
    const bracketed = cell.text[0] === '(';
    const negative = bracketed || cell.text[0] === '-' || cell.text[0] === '−';
    const digits = (
      negative || cell.text[0] === '+' ? cell.text.slice(1, bracketed ? -1 : undefined) : cell.text
    ).replace(/ /g, '');
    // A change column holds percentages whatever the row; then a unit note of the row's own label
    // (`入館人次(萬)`, `訂場時數(萬小時)`), then of the column's header (Chinese or English), then the
    // table's unit line.
    const cellUnit = PERCENT_HEADER_RE.test(head)
      ? PERCENT
      : (rowUnit ??
        labelUnit(head, unit) ??
        // An English header's own noun or note, in a table without a unit line (`Flats`, `Cost (HK$ million)`).
        (unit === NO_UNIT ? englishColumnUnit(head, dollars) : undefined) ??
        unit);
    // A table without a unit line: a cell with no unit of its own is left to the running-text scan.
    if (cellUnit === NO_UNIT || (bracketed && !isMoney(cellUnit.unit))) continue;
    const value = scaleDecimal(digits, cellUnit.exponent);
    const figure = { start: cell.start, end, value: negative ? -value : value, unit: cellUnit.unit };
    found.push({ start: cell.start, end, figure });
  }
  return found;
}
