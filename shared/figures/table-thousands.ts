/**
 * Tables whose unit row says thousands with no currency (`\t'000\t'000\t'000\t%` under `Q3 2024  Q3 2025  Annual
 * change  % change`), as statistics offices print counts of people: the cells are thousands of what the table's
 * title counts (`Table 1 Persons aged 15-89 years in employment …` → persons), a `%` column percentages.
 */
import { cellsOf, NUMERIC_CELL_RE, type TableContext } from './table-cells';
import type { TableStart } from './table-starts';
import { labelNoun } from './table-units';

/**
 * A row of two or more unit notes: `'000` cells, maybe ending in `%` cells, or `'000`, a money sign alone (whole
 * euros, pounds, dollars) and `%` mixed (`'000   €   €   %` under `Employees   Avg weekly earnings   Annual change`).
 */
const THOUSANDS_ROW_RE =
  /^[ \t]*(?:'000(?:(?:\t| {2,})'000)+(?:(?:\t| {2,})%)*|'000(?:(?:\t| {2,})[€£$])+(?:(?:\t| {2,})%)*)[ \t]*$/gm;
/** A table's title: `Table 1 …`, `Table 2: …`. Group 1 its words. */
const TITLE_RE = /^Table \d+[.:]?\s+([^\n]{3,200})$/;

/** The table starts (at the header above each such unit row), in thousands of the title's noun. */
export function thousandsRowHeaders(text: string, context: TableContext): TableStart[] {
  const found: TableStart[] = [];
  THOUSANDS_ROW_RE.lastIndex = 0;
  for (let m = THOUSANDS_ROW_RE.exec(text); m; m = THOUSANDS_ROW_RE.exec(text)) {
    if (m.index < 2) continue;
    let above = text.lastIndexOf('\n', m.index - 2) + 1;
    const header = cellsOf(text, above, m.index - 1, context);
    if (header.length < 2 || header.some((c) => NUMERIC_CELL_RE.test(c.text))) continue;
    // (A header of two lines, `Employees   Avg weekly earnings` over `Q2 2025   Q2 2024   Q2 2025`: the title is
    // above both.)
    if (above >= 2) {
      const first = text.lastIndexOf('\n', above - 2) + 1;
      const cells = cellsOf(text, first, above - 1, context);
      if (cells.length >= 2 && !cells.some((c) => NUMERIC_CELL_RE.test(c.text))) above = first;
    }
    // (The title may stand over a blank line.)
    let titleStart = above >= 2 ? text.lastIndexOf('\n', above - 2) + 1 : -1;
    if (titleStart >= 2 && text.slice(titleStart, above - 1).trim() === '')
      titleStart = text.lastIndexOf('\n', titleStart - 2) + 1;
    const title =
      titleStart >= 0 ? TITLE_RE.exec(text.slice(titleStart, text.indexOf('\n', titleStart))) : null;
    const noun = title ? labelNoun(title[1]!) : undefined;
    found.push({ index: above, unit: { exponent: 3, unit: noun ?? '' }, isHeader: true });
  }
  return found;
}
