/**
 * Tables turned into text (a budget table pasted from a spreadsheet or extracted from a PDF): rows of
 * cells split by tabs or runs of spaces, under a unit line (`單位：萬元`, `单位：亿元`, `單位：新臺幣千元`).
 * A bare number in such a cell states an amount in the table's unit, multiplier applied (`63,360` under
 * 单位：万元 → 633600000 元), or a percentage when its column header ends in `%` (`增长%`, `占比(%)`).
 * Cells in a code column (`科目编码`) are identifiers. Columns are matched from the right, since row
 * labels are indented or span a code column while the numbers stay aligned at the right.
 */
import type { Found } from './arabic';
import { CELL_SPLIT_RE, cellsOf, NUMERIC_CELL_RE, type Cell, type TableContext } from './table-cells';
import { countListCells } from './count-lists';
import { PERIOD_HEADER_CELL_RE, YEAR_CELL_RE } from './table-labelled-rows';
import { NOTE_CELL_RE, rowFigures, splitJoinedYearHeads } from './table-rows';
import {
  isCapitalsHeading,
  isGroupTitle,
  isSectionLine,
  labelContinuation,
  lineAbove,
  rowFollows,
  sectionUnit,
  withLabelWords,
} from './table-sections';
import { tableStarts } from './table-starts';
import { withTitleNoun } from './table-titles';
import { moneyNoteCellUnit, NO_UNIT, type TableUnit } from './table-units';

export type { TableContext } from './table-cells';

/**
 * A numeric cell of a table: its span, and its figure unless it is an identifier (a code column). The
 * scan takes these cells as they are; text cells of the same row are read as running text.
 */
export interface TableCell {
  start: number;
  end: number;
  figure?: Found;
}

/**
 * What any table the readers know has somewhere in the text, tested before any is looked for (most
 * documents have none). In two parts, so that 10 MB of running text pays for one short scan: the hints that
 * need a cell gap (a tab or two spaces) run only when the text has one at all, which prose often does not.
 */
const TABLE_HINT_RE =
  /[單单]位\s*[：:]|[（(][千百萬万億亿]*元[）)]|[（(][千百萬万億亿]+[^()（）\n]{0,4}[)）][ \t]*\n|[(（][^()（）\n]*(?:thousand|million|billion|'000|[£$€] ?000|[£$€] ?(?:m|bn)(?=[)）]))[^()（）\n]*[)）]|\n[ \t]*(?:[A-Z]{1,2})?[£$€] ?(?:'?000|thousand|million|billion|m|bn)[ \t]*(?:\n|$)|\((?:in )?dollars\)[ \t]*\n/i;
/** A money note without brackets ending a line (`Millions of Dollars`): apart, as one more alternative above triples its scan. */
const PLAIN_NOTE_HINT_RE =
  /(?:thousands|millions|billions) of (?:Hong Kong |US )?(?:dollars|pounds|euros)[ \t]*\n|(?:dollars|pounds|euros) in (?:thousands|millions|billions)[ \t]*\n/i;
const GAP_TABLE_HINT_RE =
  /(?:[單单]位|\bUnits?(?: of measure(?:ment)?)?)(?:\t| {2,})|[a-z0-9] ?[（(](?:(?:[A-Z]{1,2})?[$£€]|%)[)）](?:\t| {2,})|[\u3400-\u9fff][（(][^()（）\n]{1,6}[)）](?:\t| {2,})|[£$€] ?(?:'?000|thousand|million|billion|m|bn)(?:\t| {2,})[^\n]*[£$€] ?(?:'?000|thousand|million|billion|m|bn)|[a-z]s(?:\t| {2,})[a-z]+s(?:\t| {2,}|\n)|[a-z](?:\t| {2,})\d[\d,]*[ \t]*\n|\n[ \t]{8,}[a-z]+s(?:\t| {2,})|[a-z](?:\t| {2,})[\d,.]+(?:\t| {2,})\d|(?:^|\n)Numbers? of [^\n]*(?:(?:\t| {2,})\d|\n[^\n]*(?:\t| {2,}))|[a-z] [(（](?:%|per ?cent)[)）][ \t]*\n|(?:\t| {2,})(?:Number|No\.) of [a-z]+s[ \t]*\n/i;
const mayHoldTable = (text: string): boolean =>
  TABLE_HINT_RE.test(text) ||
  PLAIN_NOTE_HINT_RE.test(text) ||
  ((text.includes('\t') || text.includes('  ')) && GAP_TABLE_HINT_RE.test(text));
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

/**
 * A label then nothing but amounts (`486.2`, `800,140`, `36   57   131`): a row of the table, not its header (a
 * header's years, or a year a line break cut, `202`, are none).
 */
const RULE_LINE_RE = /^(?:-{3,}|={3,}|_{3,})(?:[ \t]+(?:-{3,}|={3,}|_{3,}))*$/;
const HEADER_YEAR_LIKE_RE = /^(?:\d{4}|(?:19|20)\d{0,2})$/;
function isAmountRow(cells: Cell[]): boolean {
  return (
    !NUMERIC_CELL_RE.test(cells[0]!.text) &&
    // (`Total nonfarm   36   57   131`: whole numbers too, when none could be a year of a header, whole or cut.)
    cells
      .slice(1)
      .every(
        (c) => NUMERIC_CELL_RE.test(c.text) && (/[.,]/.test(c.text) || !HEADER_YEAR_LIKE_RE.test(c.text)),
      )
  );
}

/** A year alone on a header line, over the periods of the header below (`114 年`, `2025`, `FY 2025-26`). */
const LONE_PERIOD_LINE_RE =
  /^[ \t]*(?:\d{2,4} ?年度?|(?:19|20)\d\d(?:[-–/]\d{2,4})?|FY ?\d{4}(?:[-–/]\d{2,4})?)[ \t]*$/;

/**
 * A row of money notes and `%` alone (`£000  £000  £000  %`), or of `'000` and money signs (`'000  €  €  %`):
 * the units of the header above it.
 */
const UNIT_NOTE_CELL_RE = /^(?:%|'000|[€£$])$/;
function isUnitRow(cells: Cell[], dollars: string | undefined): boolean {
  return cells.every(
    (c) => UNIT_NOTE_CELL_RE.test(c.text) || moneyNoteCellUnit(c.text, dollars) !== undefined,
  );
}

/** A row of period notes alone (`(Actual)  (Actual)  (Plan)`) under a header: part of the header. */
function isPeriodNoteRow(cells: Cell[]): boolean {
  return cells.every((c) => c.text.startsWith('(') && PERIOD_HEADER_CELL_RE.test(c.text));
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

/**
 * The header of a financial statement's table set above its unit row (`Note  2024  2023` over `€'000
 * €'000`): the line above the unit line, when it has a `Note` column; else undefined.
 */
function noteHeaderAbove(text: string, index: number, context: TableContext): Cell[] | undefined {
  const unitLineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (unitLineStart < 2) return undefined;
  const aboveStart = text.lastIndexOf('\n', unitLineStart - 2) + 1;
  const cells = cellsOf(text, aboveStart, unitLineStart - 1, context);
  return cells.length >= 2 && cells.some((c) => NOTE_CELL_RE.test(c.text)) ? cells : undefined;
}

/** Numbers in a header row (years) as cells without a figure, so the scan does not read them. */
function headerCells(cells: Cell[]): TableCell[] {
  return cells
    .filter((c) => NUMERIC_CELL_RE.test(c.text) || YEAR_CELL_RE.test(c.text))
    .map((c) => ({ start: c.start, end: c.start + c.text.length }));
}

/**
 * Every numeric cell of every table in `text` (under a unit line, a header that names units or counts), and
 * of every list of counts (./count-lists.ts), in order.
 */
export function readTables(text: string, context: TableContext = {}): TableCell[] {
  if (!mayHoldTable(text)) return [];
  const rows = readTablesUnderStarts(text, context);
  const lists = countListCells(text);
  if (lists.length === 0) return rows;
  // Lists of counts (./count-lists.ts) where no table above already took their lines.
  const taken = (cell: { start: number; end: number }): boolean =>
    rows.some((row) => row.start < cell.end && cell.start < row.end);
  const extra = lists
    .filter((cell) => !taken(cell))
    .map(({ start, end, value, unit }) => ({ start, end, figure: { start, end, value, unit } }));
  return [...rows, ...extra].sort((a, b) => a.start - b.start);
}

function readTablesUnderStarts(text: string, context: TableContext): TableCell[] {
  const rows: TableCell[] = [];
  let done = 0;
  for (const { index, unit, isHeader } of tableStarts(text, context)) {
    if (index < done) continue;
    let lineStart: number;
    if (isHeader) lineStart = index;
    else {
      lineStart = text.indexOf('\n', index);
      if (lineStart < 0) break;
      lineStart = skipNotes(text, lineStart + 1);
    }
    const noteHeader = noteHeaderAbove(text, index, context);
    let header: Cell[] | undefined = noteHeader;
    let width = 0;
    let wrapped = '';
    let dataRows = 0;
    let rowUnit: TableUnit | undefined;
    let tableUnit = unit;
    // A unit note under a section heading (`EMPLOYMENT BY SELECTED INDUSTRY` / `(Over-the-month change, in
    // thousands)`) holds for that section only: the next heading starts rows with no unit of the table's.
    const sectionNote = !isHeader && isCapitalsHeading(lineAbove(text, index));
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const cells = cellsOf(text, lineStart, lineEnd, context);
      if (cells.length < 2 && !header && LONE_PERIOD_LINE_RE.test(text.slice(lineStart, lineEnd))) {
        // `114 年` spanning the months of the header below it: part of the header, no row.
        rows.push(...headerCells(cells));
        lineStart = lineEnd + 1;
        continue;
      }
      // `                Governmental Activities` centred over the header's columns: a group title, no row.
      if (cells.length === 1 && !header && isGroupTitle(text, lineStart, lineEnd, context)) {
        lineStart = lineEnd + 1;
        continue;
      }
      // `(Number of cases)` between the header and the first row: the table's unit note, no row.
      if (
        cells.length < 2 &&
        header &&
        !dataRows &&
        NOTE_LINE_RE.test(text.slice(lineStart, lineEnd).trim())
      ) {
        lineStart = lineEnd + 1;
        continue;
      }
      const lineText = cells.length < 2 && header ? text.slice(lineStart, lineEnd).trim() : '';
      // `                 -------` over a sub-total: a rule under a column, no row and no end of the table.
      if (lineText && RULE_LINE_RE.test(lineText)) {
        lineStart = lineEnd + 1;
        continue;
      }
      const switched = lineText
        ? (sectionUnit(lineText, context.dollars) ??
          (sectionNote && isCapitalsHeading(lineText) ? NO_UNIT : undefined))
        : undefined;
      // (Not a row label wrapped onto an indented line: `Percentage of schools` / `  funded   88.2`.)
      if (
        switched &&
        !/^[ \t]{2,}\S/.test(text.slice(lineEnd + 1, lineEnd + 4)) &&
        rowFollows(text, lineEnd, width, context)
      ) {
        tableUnit = switched;
        rowUnit = undefined;
        lineStart = lineEnd + 1;
        continue;
      }
      if (cells.length < 2) {
        // A blank line or running text ends the table; a section line (`Quantity`, `Cost`) over more rows does not.
        if (!header || !isSectionLine(text, lineStart, lineEnd, width, context)) break;
        // A row label's first line, wrapped over the row: its words are the label's too.
        wrapped = text.slice(lineStart, lineEnd).trim();
        lineStart = lineEnd + 1;
        continue;
      }
      // A row of amounts straight under a unit line (`(a) Hardware   486.2`) has no header above it.
      if (!header && !isHeader && isAmountRow(cells)) header = [];
      const periodNotes = header !== undefined && isPeriodNoteRow(cells);
      if (!header || periodNotes || isYearRow(cells) || isUnitRow(cells, context.dollars)) {
        const heads = splitJoinedYearHeads(cells);
        header = header ? mergeHeaders(header, heads) : withTitleNoun(text, lineStart, heads);
        rows.push(...headerCells(cells));
      } else {
        // (`2.a Property crime rate (per   3,904` / `    100,000 population)`: the label goes on under the row.)
        const more = NUMERIC_CELL_RE.test(cells[0]!.text)
          ? undefined
          : labelContinuation(text, lineEnd, cells[0]!.text);
        const labelled = more ? withLabelWords(cells, more.words) : cells;
        const row = rowFigures(labelled, header, tableUnit, context.dollars, wrapped, rowUnit);
        rows.push(...row.found);
        rowUnit = row.rowUnit;
        if (more) {
          // (A rate's round base, `(per` / `100,000 population)`, is no figure.)
          const base = /\bper$/.test(cells[0]!.text) ? /\d[\d,]*/.exec(more.words) : null;
          if (base) {
            const start = text.indexOf(base[0], lineEnd + 1);
            rows.push({ start, end: start + base[0].length });
          }
          lineEnd = more.end;
        }
        dataRows++;
      }
      wrapped = '';
      // Under a `Note  2025  2024` header the unit row (`$'000  $'000`) is narrower than the rows, and a row
      // of period notes (`(Actual)  (Plan)`) under `Target  2023  2024` than the header it joins.
      width = Math.max(cells.length, noteHeader?.length ?? 0, periodNotes ? header.length : 0);
      lineStart = lineEnd + 1;
    }
    done = lineStart;
  }
  return rows;
}
