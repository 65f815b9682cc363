/**
 * Tables with no unit line whose row labels name their units (`可供應客房(間)`, `Spending (£m)`, `Benefit
 * payments ($ millions)`, `Number of staff`), or whose rows are per cents under a header of measures: where such a
 * table starts, at its header (or under a heading such as `Key Indicators`). A label may wrap: its note on the
 * indented line under its cells, or its first words on the line above an indented row.
 */
import {
  cellsOf,
  NUMERIC_CELL_RE,
  PERCENT_HEADER_RE,
  qualifiedCell,
  type Cell,
  type TableContext,
} from './table-cells';
import { labelContinuation, withLabelWords } from './table-sections';
import type { TableStart } from './table-starts';
import { englishRowUnit, HEADER_UNIT_RE, labelUnit, NO_UNIT, numberOfRowUnit } from './table-units';

/** A year, or a span of years, heading a column (`2024`, `2023-24`, `2023/24`): never a figure. */
export const YEAR_CELL_RE = /^(?:1[89]|20)\d\d(?:[-–/](?:\d\d){1,2})?$/;

/**
 * A row whose first cell ends in a bracketed unit, then numbers: `可供應客房(間)  46,021  44,594  +3.2`,
 * `Spending (£m)   286   814`.
 */
const LABELLED_ROW_RE = /^[^\n]*?[^\s（(] ?[（(][^()（）\n]{1,12}[)）][*＊†‡]?(?:\t| {2,})[-−+]?\d[^\n]*$/gm;

/**
 * A header cell naming a kind of figure for a period: `(Actual)`, `(Revised)`, `(Estimate)`, `2024–25`; two
 * such notes one space apart read as one cell (`(Original) (Revised)`).
 */
export const PERIOD_HEADER_CELL_RE =
  /^(?:(?:[(（](?:Actual|Original|Revised|Estimate|Plan|Budget|Target|Forecast)[)）] ?)+|(?:FY ?)?(?:19|20)\d\d(?:[-–/]\d{2,4})?)$/i;

function isLabelledRow(cells: Cell[], dollars: string | undefined): boolean {
  const label = cells[0]?.text ?? '';
  return (
    cells.length >= 3 &&
    HEADER_UNIT_RE.test(label) &&
    (PERCENT_HEADER_RE.test(label) ||
      labelUnit(label, NO_UNIT) !== undefined ||
      englishRowUnit(label, dollars) !== undefined) &&
    // (`<10.0`, `5.5以内`: a number with its bound counts as one.)
    cells.slice(1).filter((c) => NUMERIC_CELL_RE.test(c.text) || qualifiedCell(c.text)).length >= 2
  );
}

/**
 * Tables with no unit line whose row labels name their units (`可供應客房(間)`, `酒店住客(萬人次)`,
 * `經濟成長率(%)`, `Spending (£m)`, `Cost per home (£)`): two or more such rows under a header of words or
 * years; the table starts at the header.
 */
export function labelledRowHeaders(text: string, context: TableContext): TableStart[] {
  const found: TableStart[] = [];
  let after = 0;
  const look = (re: RegExp, rowAt: (m: RegExpExecArray) => number): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const rowStart = rowAt(m);
      if (rowStart < after || rowStart < 2) continue;
      const table = labelledTableAbove(text, rowStart, context);
      if (!table) continue;
      after = table.end;
      const start = table.start;
      if (start && !found.some((f) => f.index === start.index)) found.push(start);
    }
  };
  look(LABELLED_ROW_RE, (m) => m.index);
  // (`2.a Property crime rate (per   3,904` / `    100,000 population)`: a row whose note is wrapped under it.)
  after = 0;
  look(CONTINUED_NOTE_RE, (m) => (m.index >= 2 ? text.lastIndexOf('\n', m.index - 2) + 1 : -1));
  return found;
}

/** An indented line that closes a row label's note under its cells: `    100,000 population)`, `    satisfied (%)`. */
const CONTINUED_NOTE_RE = /^[ \t]{2,}[a-z0-9][^\t\n ]*(?: [^\t\n ]+)*\)[ \t]*$/gm;

/**
 * The start of the table holding a labelled row at `rowStart`: its header is the line above, past up to eight
 * rows of a label and amounts (`Applications received   74,210   81,655` over `Benefit payments ($ millions)
 * 1,142.6`). `end`: where its rows end; `start` undefined when they are not a table of labelled rows.
 */
function labelledTableAbove(
  text: string,
  rowStart: number,
  context: TableContext,
): { start?: TableStart; end: number } | undefined {
  let headerStart = text.lastIndexOf('\n', rowStart - 2) + 1;
  let header = cellsOf(text, headerStart, rowStart - 1, context);
  for (
    let k = 0;
    k < 8 &&
    rowStart >= 2 &&
    (isAmountsRow(header) ||
      isContinuation(text, headerStart, rowStart) ||
      isLabelFirstLine(text, header, rowStart));
    k++
  ) {
    rowStart = headerStart;
    headerStart = rowStart >= 2 ? text.lastIndexOf('\n', rowStart - 2) + 1 : 0;
    header = rowStart >= 2 ? cellsOf(text, headerStart, rowStart - 1, context) : [];
  }
  // `Key Indicators` alone on its line over rows with no header: the table starts under the heading.
  const heading =
    header.length === 1 &&
    HEADING_RE.test(header[0]!.text) &&
    (headerStart < 2 || text[headerStart - 2] === '\n');
  const periods = header.length >= 2 && header.every((c) => PERIOD_HEADER_CELL_RE.test(c.text));
  // (A header of years is a header: `Indicator  2023  2024`.)
  const numbers = header.some((c) => NUMERIC_CELL_RE.test(c.text) && !YEAR_CELL_RE.test(c.text));
  if ((header.length < 3 && !periods && !heading) || numbers) return undefined;
  let labelled = 0;
  let lineStart = rowStart;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let cells = cellsOf(text, lineStart, lineEnd, context);
    // (`Complaints resolved within` over `    6 months (%)   ≥85   88.1`: a label's first line, its row under it.)
    if (cells.length === 1 && lineEnd < text.length && isLabelFirstLine(text, cells, lineEnd + 1)) {
      lineStart = lineEnd + 1;
      continue;
    }
    if (cells.length < 2) break;
    const more = labelContinuation(text, lineEnd, cells[0]!.text);
    if (more) {
      cells = withLabelWords(cells, more.words);
      lineEnd = more.end;
    }
    // (`Number of …` rows count too, and under a header of words or years rows of per cents: a measures table.)
    if (isLabelledRow(cells, context.dollars) || isCountedRow(cells) || (!heading && isPercentRow(cells)))
      labelled++;
    lineStart = lineEnd + 1;
  }
  // One labelled row is enough under a header of periods alone (`(Actual)  (Revised)  (Estimate)`).
  const start =
    labelled >= 2 || (labelled === 1 && periods)
      ? { index: headerStart, unit: NO_UNIT, isHeader: !heading }
      : undefined;
  return { start, end: lineStart };
}

/** Whether `cells`, a line of words alone, is the first line of a row label whose row is the indented line at `next`. */
function isLabelFirstLine(text: string, cells: Cell[], next: number): boolean {
  return cells.length === 1 && !/\d/.test(cells[0]!.text) && /^[ \t]{2,}\S/.test(text.slice(next, next + 8));
}

/** Whether the line from `lineStart` to `nextStart` is the end of the label of the row above it. */
function isContinuation(text: string, lineStart: number, nextStart: number): boolean {
  if (lineStart < 2) return false;
  const above = text.lastIndexOf('\n', lineStart - 2) + 1;
  const label = text.slice(above, lineStart - 1).split(/\t| {2,}/)[0]!;
  return labelContinuation(text, lineStart - 1, label)?.end === nextStart - 1;
}

/** A heading line of a few words: `Key Indicators`, `主要指標`. */
const HEADING_RE = /^(?:[A-Z][a-z]+(?: [A-Za-z][a-z]*){0,4}|[\u3400-\u9fff]{2,10})$/;

/** A row whose label counts a noun (`Number of staff   1,486   1,512`). */
function isCountedRow(cells: Cell[]): boolean {
  return cells.length >= 3 && numberOfRowUnit(cells[0]!.text) !== undefined && isAmountsRow(cells);
}

/** A row of a label and two or more amounts (`Decisions made   70,118   76,940`). */
function isAmountsRow(cells: Cell[]): boolean {
  return (
    cells.length >= 3 &&
    !NUMERIC_CELL_RE.test(cells[0]!.text) &&
    // (`At least 1,200` in a target column is an amount too.)
    cells
      .slice(1)
      .every((c) => (NUMERIC_CELL_RE.test(c.text) && !YEAR_CELL_RE.test(c.text)) || qualifiedCell(c.text))
  );
}

/** A row of a label and two or more per cents (`2.2 Compliance reports published   94%   95%   97%`). */
function isPercentRow(cells: Cell[]): boolean {
  return cells.length >= 3 && cells.slice(1).filter((c) => PERCENT_CELL_RE.test(c.text)).length >= 2;
}
const PERCENT_CELL_RE = /^(?:[Aa]t (?:least|most) )?\d+(?:\.\d+)?%$/;
