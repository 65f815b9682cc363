/**
 * Headers that say what they count only through the table's title: under `Table 1: New dwellings started
 * and completed, 2024-25` the columns `Started` and `Completed` count dwellings. The header is read as the
 * title says it (`Dwellings started`), so the reader of English column headers finds its noun.
 */
import { cellsOf, NUMERIC_CELL_RE, type Cell, type TableContext } from './table-cells';
import type { TableStart } from './table-starts';
import { englishColumnUnit, NO_UNIT } from './table-units';

/** In a title, a counted noun and what was done to it: `dwellings started and completed`. */
const COUNTED_PARTICIPLES_RE = /\b([a-z]{3,}[^su\W]s) ([a-z]+ed(?:(?:,| and| or) [a-z]+ed)*)\b/;
/** A header cell that is one past participle: `Started`, `Received`. */
const PARTICIPLE_CELL_RE = /^[A-Z][a-z]+ed$/;

/** The title line above a header (a blank line may stand between), else ''. */
function titleAbove(text: string, headerStart: number): string {
  for (let lineStart = headerStart, k = 0; k < 2 && lineStart >= 2; k++) {
    const above = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(above, lineStart - 1).trim();
    if (line !== '') return line;
    lineStart = above;
  }
  return '';
}

/**
 * The header's cells with each past participle that the title says of a counted noun written with that
 * noun (`Started` → `Dwellings started`); the cells themselves when the title says none.
 */
export function withTitleNoun(text: string, headerStart: number, cells: Cell[]): Cell[] {
  if (!cells.some((c) => PARTICIPLE_CELL_RE.test(c.text))) return cells;
  const said = COUNTED_PARTICIPLES_RE.exec(titleAbove(text, headerStart));
  if (!said) return cells;
  const done = new Set(said[2]!.match(/[a-z]+ed\b/g));
  const noun = said[1]![0]!.toUpperCase() + said[1]!.slice(1);
  return cells.map((c) =>
    PARTICIPLE_CELL_RE.test(c.text) && done.has(c.text.toLowerCase())
      ? { start: c.start, text: `${noun} ${c.text.toLowerCase()}` }
      : c,
  );
}

/** A header line of three or more cells, no numbers, at least one a bare past participle. */
const PARTICIPLE_HEADER_LINE_RE = /^[^\n\d]*(?:\t| {2,})[A-Z][a-z]+ed(?:\t| {2,}|[ \t]*$)[^\n\d]*$/gm;

/**
 * Tables whose header counts the title's noun in two or more columns (`Started  Completed` under `New
 * dwellings started and completed`): they start at the header.
 */
export function titledParticipleHeaders(text: string, context: TableContext): TableStart[] {
  const found: TableStart[] = [];
  PARTICIPLE_HEADER_LINE_RE.lastIndex = 0;
  for (let m = PARTICIPLE_HEADER_LINE_RE.exec(text); m; m = PARTICIPLE_HEADER_LINE_RE.exec(text)) {
    const cells = cellsOf(text, m.index, m.index + m[0].length, context);
    if (cells.length < 3 || cells.some((c) => NUMERIC_CELL_RE.test(c.text))) continue;
    const read = withTitleNoun(text, m.index, cells);
    if (read === cells) continue;
    const counted = read.slice(1).filter((c) => englishColumnUnit(c.text, context.dollars));
    if (counted.length >= 2) found.push({ index: m.index, unit: NO_UNIT, isHeader: true });
  }
  return found;
}
