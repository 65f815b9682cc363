/**
 * Tables with no unit line whose row labels name their units (`可供應客房(間)`, `Spending (£m)`, `Benefit
 * payments ($ millions)`): where such a table starts, at its header.
 */
import {
  cellsOf,
  NUMERIC_CELL_RE,
  PERCENT_HEADER_RE,
  qualifiedCell,
  type Cell,
  type TableContext,
} from './table-cells';
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
  LABELLED_ROW_RE.lastIndex = 0;
  for (let m = LABELLED_ROW_RE.exec(text); m; m = LABELLED_ROW_RE.exec(text)) {
    if (m.index < after || m.index < 2) continue;
    // The header is the line above, past up to eight rows of a label and amounts (`Applications received
    // 74,210  81,655` over `Benefit payments ($ millions)  1,142.6`).
    let rowStart = m.index;
    let headerStart = text.lastIndexOf('\n', rowStart - 2) + 1;
    let header = cellsOf(text, headerStart, rowStart - 1, context);
    for (let k = 0; k < 8 && rowStart >= 2 && isAmountsRow(header); k++) {
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
    if ((header.length < 3 && !periods && !heading) || numbers) continue;
    let labelled = 0;
    let lineStart = rowStart;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const cells = cellsOf(text, lineStart, lineEnd, context);
      if (cells.length < 2) break;
      if (isLabelledRow(cells, context.dollars) || (heading && isCountedRow(cells))) labelled++;
      lineStart = lineEnd + 1;
    }
    after = lineStart;
    // One labelled row is enough under a header of periods alone (`(Actual)  (Revised)  (Estimate)`).
    if (labelled >= 2 || (labelled === 1 && periods))
      found.push({ index: headerStart, unit: NO_UNIT, isHeader: !heading });
  }
  return found;
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
    cells.slice(1).every((c) => NUMERIC_CELL_RE.test(c.text) && !YEAR_CELL_RE.test(c.text))
  );
}
