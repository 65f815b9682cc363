/**
 * Tables whose unit row says thousands with no currency (`\t'000\t'000\t'000\t%` under `Q3 2024  Q3 2025  Annual
 * change  % change`), as statistics offices print counts of people: the cells are thousands of what the table's
 * title counts (`Table 1 Persons aged 15-89 years in employment …` → persons), a `%` column percentages.
 */
import { cellsOf, NUMERIC_CELL_RE, type TableContext } from './table-cells';
import type { TableStart } from './table-starts';
import { labelNoun } from './table-units';

/** A row of two or more `'000` cells, maybe ending in `%` cells. */
const THOUSANDS_ROW_RE = /^[ \t]*'000(?:(?:\t| {2,})'000)+(?:(?:\t| {2,})%)*[ \t]*$/gm;
/** A table's title: `Table 1 …`, `Table 2: …`. Group 1 its words. */
const TITLE_RE = /^Table \d+[.:]?\s+([^\n]{3,200})$/;

/** The table starts (at the header above each such unit row), in thousands of the title's noun. */
export function thousandsRowHeaders(text: string, context: TableContext): TableStart[] {
  const found: TableStart[] = [];
  THOUSANDS_ROW_RE.lastIndex = 0;
  for (let m = THOUSANDS_ROW_RE.exec(text); m; m = THOUSANDS_ROW_RE.exec(text)) {
    if (m.index < 2) continue;
    const above = text.lastIndexOf('\n', m.index - 2) + 1;
    const header = cellsOf(text, above, m.index - 1, context);
    if (header.length < 2 || header.some((c) => NUMERIC_CELL_RE.test(c.text))) continue;
    const titleStart = above >= 2 ? text.lastIndexOf('\n', above - 2) + 1 : -1;
    const title = titleStart >= 0 ? TITLE_RE.exec(text.slice(titleStart, above - 1)) : null;
    const noun = title ? labelNoun(title[1]!) : undefined;
    found.push({ index: above, unit: { exponent: 3, unit: noun ?? '' }, isHeader: true });
  }
  return found;
}
