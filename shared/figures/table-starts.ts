/**
 * Where the tables of a text start, and in which unit: a unit line (`單位：萬元`, `(HK$ million)` ending
 * a title), a header naming a unit column (`指标  单位  …`), a header whose cells carry their own units
 * (`接獲申請（宗）`, `Flats`, `Cost (HK$ million)`), or a header row of money notes (`£000  £000`). The
 * rows under each are read in ./tables.ts.
 */
import { cellsOf, NUMERIC_CELL_RE, PERCENT_HEADER_RE, type Cell, type TableContext } from './table-cells';
import {
  englishColumnUnit,
  englishRowUnit,
  ENGLISH_UNIT_LINE_RE,
  HEADER_UNIT_RE,
  PLAIN_ENGLISH_UNIT_LINE_RE,
  countHeaderUnit,
  isMoneyUnit,
  labelNoun,
  labelUnit,
  moneyNoteCellUnit,
  NO_UNIT,
  parseEnglishUnit,
  PERCENT,
  parseUnit,
  type TableUnit,
} from './table-units';
import { labelledRowHeaders, YEAR_CELL_RE } from './table-labelled-rows';
import { thousandsRowHeaders } from './table-thousands';
import { titledParticipleHeaders } from './table-titles';

/** Where a table starts: a unit line (the table begins after it) or a header (the table begins there). */
export interface TableStart {
  index: number;
  unit: TableUnit;
  isHeader?: boolean;
}

const UNIT_LINE_RE = /[單单]位\s*[：:]\s*([^\n）)]*)/g;
/** A unit line's text that names percentages: `%`, or a rate with `（%` (its bracket closes after the match). */
const PERCENT_UNIT_LINE_RE = /^(?:[\u3400-\u9fff]{0,8}[（(])?[%％]$/;
/** A table title that names money: expenditure, spending, revenue, budget, costs, appropriations, … */
const MONEY_TITLE_RE =
  /\b(?:expenditures?|spending|revenues?|budgets?|costs?|appropriations?|outlays?|receipts|funding|income|payments|grants|allocations?)\b/i;

export const UNIT_COLUMN_RE = /^(?:(?:計量|计量)?[單单]位|Units?(?: of measure(?:ment)?)?)$/i;
/** A unit-column header cell standing between cell gaps, as `tableStarts` looks for it. */
const UNIT_COLUMN_HEADER_RE =
  /(?:^|\t| {2})(?:(?:計量|计量)?[單单]位|Units?(?: of [Mm]easure(?:ment)?)?)(?:\t| {2,}|$)/gm;
/**
 * A header cell ending in a bracketed unit, then a cell gap or the line's end: Chinese (`接獲申請（宗）`) or
 * English with a money sign, `%` or a span (`FY2025 (S$)`, `Change (%)`, `Median wait (days)`).
 */
const BRACKETED_HEADER_CELL_RE =
  /(?:[\u3400-\u9fff][（(][^()（）\n]{1,6}|[A-Za-z0-9] ?[（(](?:(?:[A-Z]{1,2})?[$£€%]|days|weeks|months|hours|minutes))[)）](?=\t| {2,}|$)/gm;
/** A table's title ending in a bracketed Chinese unit (`表 1：廚餘收集及處理開支（百萬元）`), no sentence in it. */
const TITLE_NOTE_RE = /^(?:[^\n。，；]{0,39}[\u3400-\u9fff])?[（(]([^()（）\n]{1,8})[)）][ \t]*$/gm;

/** A Chinese header cell that names a rate of change or share, ending in its word for a percentage. */
const PERCENT_NAME_CELL_RE =
  /^[\u3400-\u9fff]{2,12}(?:百分率|百分比|增長率|增长率|[增升降跌]幅|比重|佔比|占比)$/;

/**
 * A header row naming its columns' units: three or more cells, no numbers, and at least two cells after
 * the first whose bracketed note is a unit (`（宗）`, `(萬人次)`) or a percentage (`(%)`).
 */
function isUnitHeader(cells: Cell[], dollars: string | undefined): boolean {
  if (cells.length < 3 || cells.some((c) => NUMERIC_CELL_RE.test(c.text))) return false;
  let named = 0;
  for (let k = 1; k < cells.length; k++) {
    const text = cells[k]!.text;
    // `宗數`, `人數`: a count of a measure word names its unit without a bracket.
    if (countHeaderUnit(text)) named++;
    // `價值按年變動百分率`: a column of percentages by its name, beside a bracketed unit.
    else if (PERCENT_NAME_CELL_RE.test(text)) named++;
    // `Audits`, `Audits on time` beside `On time (%)`: English headers naming what they count.
    else if (/^[A-Z][a-z]/.test(text) && englishColumnUnit(text, dollars)) named++;
    else if (!HEADER_UNIT_RE.test(text)) continue;
    else if (PERCENT_HEADER_RE.test(text) || labelUnit(text, NO_UNIT) || englishRowUnit(text, dollars))
      named++;
  }
  return named >= 2;
}

/** Unit lines of both kinds, and headers with a unit column or units of their own, in order of where they stand. */
export function tableStarts(text: string, context: TableContext): TableStart[] {
  const found: TableStart[] = [];
  UNIT_LINE_RE.lastIndex = 0;
  for (let m = UNIT_LINE_RE.exec(text); m; m = UNIT_LINE_RE.exec(text)) {
    // `單位：年增率（%）`, `单位：%`: a table of percentages, whatever rate it names.
    const unit = PERCENT_UNIT_LINE_RE.test(m[1]!) ? PERCENT : parseUnit(m[1]!);
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
    if (isUnitHeader(cellsOf(text, lineStart, lineEnd, context), context.dollars))
      found.push({ index: lineStart, unit: NO_UNIT, isHeader: true });
    BRACKETED_HEADER_CELL_RE.lastIndex = lineEnd;
  }
  TITLE_NOTE_RE.lastIndex = 0;
  for (let m = TITLE_NOTE_RE.exec(text); m; m = TITLE_NOTE_RE.exec(text)) {
    // A title's note in money or a multiple (`（百萬元）`, `（萬人次）`), or the note alone on its line, over a
    // header of three or more cells.
    const unit = parseUnit(m[1]!);
    if (!unit || (unit.exponent === 0 && !isMoneyUnit(unit.unit))) continue;
    // A header whose last cell ends in the note (`年度  申報宗數  平均每宗申報金額（元）`) is no title.
    const titleCells = cellsOf(text, m.index, m.index + m[0].length, context);
    if (titleCells.length >= 3 && !titleCells.some((c) => /\d/.test(c.text))) continue;
    const next = m.index + m[0].length + 1;
    let nextEnd = text.indexOf('\n', next);
    if (nextEnd < 0) nextEnd = text.length;
    if (cellsOf(text, next, nextEnd, context).length >= 3) found.push({ index: m.index, unit });
  }
  ENGLISH_UNIT_LINE_RE.lastIndex = 0;
  for (let m = ENGLISH_UNIT_LINE_RE.exec(text); m; m = ENGLISH_UNIT_LINE_RE.exec(text)) {
    // A note ends its line (a table title or a unit line), not a bracket inside a sentence.
    const lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) continue;
    const rest = text.slice(m.index + m[0].length, lineEnd);
    // `Phase  Buildings  Flats  Cost (HK$ million)`: a note inside a header cell is that column's (the last
    // cell's, or one followed by a cell gap: `Region  Number of schemes  Spending ($m)  Schemes meeting …`).
    const inCell = rest.trim() === '' || /^(?:\t| {2,})/.test(rest);
    if (!inCell) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (isEnglishUnitHeader(cellsOf(text, lineStart, lineEnd, context), context.dollars)) {
      found.push({ index: lineStart, unit: NO_UNIT, isHeader: true });
      continue;
    }
    if (rest.trim() !== '') continue;
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
  PLAIN_ENGLISH_UNIT_LINE_RE.lastIndex = 0;
  for (let m = PLAIN_ENGLISH_UNIT_LINE_RE.exec(text); m; m = PLAIN_ENGLISH_UNIT_LINE_RE.exec(text)) {
    ENGLISH_UNIT_LINE_RE.lastIndex = 0;
    const note = ENGLISH_UNIT_LINE_RE.exec(`(${m[1]!})`);
    const unit = note ? parseEnglishUnit(note, context.dollars) : undefined;
    if (unit) found.push({ index: m.index, unit });
  }
  // `Number of households` alone on its line over a header, or `(Number of cases)` under one: a table of counts
  // of that noun (starting at the header when the note stands under it).
  COUNT_NOTE_LINE_RE.lastIndex = 0;
  for (let m = COUNT_NOTE_LINE_RE.exec(text); m; m = COUNT_NOTE_LINE_RE.exec(text)) {
    const noun = labelNoun(m[1]!);
    if (!noun) continue;
    const unit = { exponent: 0, unit: noun };
    const above = m.index >= 2 ? text.lastIndexOf('\n', m.index - 2) + 1 : -1;
    const header = above >= 0 ? cellsOf(text, above, m.index - 1, context) : [];
    if (
      header.length >= 2 &&
      header.some((c) => YEAR_CELL_RE.test(c.text)) &&
      header.every((c) => !NUMERIC_CELL_RE.test(c.text) || YEAR_CELL_RE.test(c.text))
    )
      found.push({ index: above, unit, isHeader: true });
    else found.push({ index: m.index, unit });
  }
  // `Table 1: Patients starting treatment on time, by triage category (%)` over a header: a table of per cents.
  PERCENT_TITLE_RE.lastIndex = 0;
  for (let m = PERCENT_TITLE_RE.exec(text); m; m = PERCENT_TITLE_RE.exec(text)) {
    const next = m.index + m[0].length + 1;
    const nextEnd = text.indexOf('\n', next);
    const header = nextEnd > 0 ? cellsOf(text, next, nextEnd, context) : [];
    if (header.length >= 3 && !header.some((c) => NUMERIC_CELL_RE.test(c.text)))
      found.push({ index: m.index, unit: PERCENT });
  }
  DOLLARS_NOTE_RE.lastIndex = 0;
  // `Table 2: Budgetary performance summary (dollars)`: a title's note of whole dollars, no scale.
  for (let m = DOLLARS_NOTE_RE.exec(text); m; m = DOLLARS_NOTE_RE.exec(text))
    found.push({ index: m.index, unit: { exponent: 0, unit: context.dollars ?? 'USD' } });
  found.push(
    ...moneyNoteHeaders(text, context),
    ...thousandsRowHeaders(text, context),
    ...labelledRowHeaders(text, context),
    ...nounHeaders(text, context),
    ...percentLabelHeaders(text, context),
    ...titledParticipleHeaders(text, context),
  );
  return found.sort((a, b) => a.index - b.index);
}

/** A count note alone on its line (`Number of households`), the line after it a header with cell gaps. */
const COUNT_NOTE_LINE_RE = /^[ \t]*\(?Numbers? of ([a-z][a-z ]{2,40}?)\)?[ \t]*\n(?=[^\n]*(?:\t| {2,}))/gm;

/** A title ending in a note of per cents: `…, by triage category (%)`, `(per cent)`. */
const PERCENT_TITLE_RE = /^[^\s][^\n]*[A-Za-z] [(（](?:%|per ?cent)[)）][ \t]*$/gim;

/** `(dollars)`, `(in dollars)` ending a line: a table of whole dollars. */
const DOLLARS_NOTE_RE = /[(（](?:in )?dollars[)）][ \t]*$/gm;

/** A money note without brackets: `£000`, `$'000`, `HK$ million`, `£m`. */
const MONEY_NOTE = "[£$€] ?(?:'?000|thousand|million|billion|m|bn)(?![A-Za-z0-9])";
/**
 * A line with two or more money notes as cells (`£000  £000`, `2024/25 £000  2025/26 £000`), maybe ending in
 * the `%` of a change column (`£000  £000  £000  %`).
 */
const MONEY_NOTES_LINE_RE = new RegExp(
  `^[^\\n]*${MONEY_NOTE}(?:\\t| {2,})[^\\n]*${MONEY_NOTE}(?:(?:\\t| {2,})%)*[ \\t]*$`,
  'gmi',
);
/** A unit row's cell that is a percentage sign alone: the unit of a change column. */
const PERCENT_CELL_RE = /^%$/;
/** A line that is one money note alone (`             HK$ million` over a list of amounts): a unit line. */
const MONEY_NOTE_ALONE_RE = new RegExp(`^[ \\t]*(?:[A-Z]{1,2})?${MONEY_NOTE}[ \\t]*$`, 'gmi');

/**
 * Header rows whose cells carry a money note without brackets (`£000` under `Plan  Actual  Variance`):
 * the table under them is in that unit. A row of notes alone belongs to the header line above it; one
 * note alone on its line (`HK$ million` over a list of amounts) is a unit line.
 */
function moneyNoteHeaders(text: string, context: TableContext): TableStart[] {
  const found: TableStart[] = [];
  MONEY_NOTES_LINE_RE.lastIndex = 0;
  for (let m = MONEY_NOTES_LINE_RE.exec(text); m; m = MONEY_NOTES_LINE_RE.exec(text)) {
    const cells = cellsOf(text, m.index, m.index + m[0].length, context);
    const units = cells.map((c) => moneyNoteCellUnit(c.text, context.dollars));
    const unit = units.find((u) => u !== undefined);
    if (!unit || units.filter(Boolean).length < 2 || cells.some((c) => NUMERIC_CELL_RE.test(c.text)))
      continue;
    let index = m.index;
    if (units.every((u, k) => u || PERCENT_CELL_RE.test(cells[k]!.text)) && m.index > 0) {
      const above = text.lastIndexOf('\n', m.index - 2) + 1;
      const aboveCells = cellsOf(text, above, m.index - 1, context);
      if (aboveCells.length >= 2 && !aboveCells.some((c) => NUMERIC_CELL_RE.test(c.text))) index = above;
    }
    found.push({ index, unit, isHeader: true });
  }
  MONEY_NOTE_ALONE_RE.lastIndex = 0;
  for (let m = MONEY_NOTE_ALONE_RE.exec(text); m; m = MONEY_NOTE_ALONE_RE.exec(text)) {
    const unit = moneyNoteCellUnit(m[0].trim(), context.dollars);
    if (unit) found.push({ index: m.index, unit });
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

/** A line with two or more plural nouns as cells: `Contract Type   Invoices   Exceptions   Percent`. */
const NOUN_HEADER_LINE_RE =
  /^[^\n]*\b(?:[A-Za-z][a-z]+|[A-Z]{2,5})s(?:\t| {2,})[^\n]*\b(?:[A-Za-z][a-z]+|[A-Z]{2,5})s(?:\t| {2,}|[ \t]*$)[^\n]*$/gm;

/**
 * English tables with no note at all whose header names what each column counts (`Invoices`,
 * `Exceptions`): the header must stand over a row of a label and numbers.
 */
function nounHeaders(text: string, context: TableContext): TableStart[] {
  const found: TableStart[] = [];
  NOUN_HEADER_LINE_RE.lastIndex = 0;
  for (let m = NOUN_HEADER_LINE_RE.exec(text); m; m = NOUN_HEADER_LINE_RE.exec(text)) {
    const lineEnd = m.index + m[0].length;
    if (!isEnglishUnitHeader(cellsOf(text, m.index, lineEnd, context), context.dollars)) continue;
    let nextEnd = text.indexOf('\n', lineEnd + 1);
    if (nextEnd < 0) nextEnd = text.length;
    const next = cellsOf(text, lineEnd + 1, nextEnd, context);
    if (next.length >= 3 && next.slice(1).every((c) => NUMERIC_CELL_RE.test(c.text)))
      found.push({ index: m.index, unit: NO_UNIT, isHeader: true });
  }
  // `District   Project   Completion year   No. of flats`: a header that ends in a count of its noun.
  NUMBER_OF_HEADER_LINE_RE.lastIndex = 0;
  for (let m = NUMBER_OF_HEADER_LINE_RE.exec(text); m; m = NUMBER_OF_HEADER_LINE_RE.exec(text)) {
    const lineEnd = m.index + m[0].length;
    let nextEnd = text.indexOf('\n', lineEnd + 1);
    if (nextEnd < 0) nextEnd = text.length;
    const next = cellsOf(text, lineEnd + 1, nextEnd, context);
    if (next.length >= 2 && NUMERIC_CELL_RE.test(next[next.length - 1]!.text))
      found.push({ index: m.index, unit: NO_UNIT, isHeader: true });
  }
  INDENTED_NOUN_HEADER_RE.lastIndex = 0;
  for (let m = INDENTED_NOUN_HEADER_RE.exec(text); m; m = INDENTED_NOUN_HEADER_RE.exec(text)) {
    if (isIndentedNounHeader(text, m.index, m.index + m[0].length, context))
      found.push({ index: m.index, unit: NO_UNIT, isHeader: true });
  }
  return found;
}

const NUMBER_OF_HEADER_LINE_RE = /^[^\n\d]*(?:\t| {2,})(?:Number|No\.) of [a-z]+s[ \t]*$/gm;

/** A header that leaves its label column blank and opens with a count: `        Reports   Questioned`. */
const INDENTED_NOUN_HEADER_RE = /^[ \t]{8,}[A-Z][a-z]+s(?:\t| {2,})[^\n\d]*$/gm;

/**
 * An indented header whose first column counts a noun, over a row (within the next two lines, as a label
 * may wrap) of a label and a number under each header cell.
 */
function isIndentedNounHeader(
  text: string,
  lineStart: number,
  lineEnd: number,
  context: TableContext,
): boolean {
  const header = cellsOf(text, lineStart, lineEnd, context);
  if (header.length < 2 || !englishColumnUnit(header[0]!.text, context.dollars)) return false;
  for (let k = 0, from = lineEnd + 1; k < 2 && from < text.length; k++) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const row = cellsOf(text, from, end, context);
    if (row.length === header.length + 1) return row.slice(1).every((c) => NUMERIC_CELL_RE.test(c.text));
    from = end + 1;
  }
  return false;
}

/**
 * A row label that names a percentage (`Percentage of calls answered within 20 seconds   92   95`), maybe
 * wrapped onto an indented second line that holds the cells.
 */
const PERCENT_LABEL_RE = /^[ \t]*(?:percentage|proportion) of [^\n]*$/gim;

/**
 * Tables of targets or indicators with no unit note whose rows name percentages (`percentage of passport
 * applications` / `  processed within 10 working days   98   99.4`): the table starts at the header lines
 * above the first such row (words and years, `Target  2023  2024`, then `(Actual)  (Plan)`).
 */
function percentLabelHeaders(text: string, context: TableContext): TableStart[] {
  const found: TableStart[] = [];
  let after = 0;
  PERCENT_LABEL_RE.lastIndex = 0;
  for (let m = PERCENT_LABEL_RE.exec(text); m; m = PERCENT_LABEL_RE.exec(text)) {
    if (m.index < after) continue;
    // Only where the cells are bare numbers: a row whose cells carry `%` is read well as running text.
    const lineEnd = m.index + m[0].length;
    let row = cellsOf(text, m.index, lineEnd, context);
    if (row.length < 2) {
      const nextEnd = text.indexOf('\n', lineEnd + 1);
      row = cellsOf(text, lineEnd + 1, nextEnd < 0 ? text.length : nextEnd, context);
    }
    if (row.length < 2 || row.some((c) => c.text.includes('%'))) continue;
    let index = -1;
    for (let lineStart = m.index, k = 0; k < 3 && lineStart >= 2; k++) {
      const above = text.lastIndexOf('\n', lineStart - 2) + 1;
      const cells = cellsOf(text, above, lineStart - 1, context);
      if (cells.length < 2 || cells.some((c) => NUMERIC_CELL_RE.test(c.text) && !YEAR_CELL_RE.test(c.text)))
        break;
      index = lineStart = above;
    }
    if (index < 0) continue;
    found.push({ index, unit: NO_UNIT, isHeader: true });
    after = text.indexOf('\n\n', m.index);
    if (after < 0) break;
  }
  return found;
}
