/**
 * Lines inside a table that hold no row of their own: a section title or a row label's first line wrapped
 * over its cells (the table goes on), and a section line naming a unit (the rows under it change unit).
 */
import { cellsOf, NUMERIC_CELL_RE, type Cell, type TableContext } from './table-cells';
import { englishRowUnit, englishUnitCell, PERCENT, type TableUnit } from './table-units';

/**
 * A line of a table with no numbers that does not end it: a short label alone (`Quality`, `Timeliness`), a
 * section of the table, or the first line of a row label wrapped onto an indented second line (`A. No
 * management decision by start` / `   of period   9   $6,318,000`). Either stands over a row as wide as
 * the line above it (`width` cells), or one wider under a header that leaves its label column blank.
 */
export function isSectionLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  width: number,
  context: TableContext,
): boolean {
  const line = text.slice(lineStart, lineEnd).trim();
  let nextEnd = text.indexOf('\n', lineEnd + 1);
  if (nextEnd < 0) nextEnd = text.length;
  const wrapped = /^[ \t]{2,}\S/.test(text.slice(lineEnd + 1, nextEnd)) && WRAPPED_LABEL_RE.test(line);
  if (!wrapped && !SECTION_LINE_RE.test(line)) return false;
  return rowFollows(text, lineEnd, width, context);
}
// (Digits only as a rate's round base: `Victims of assault per 1 000` / `  people   no.   10.4`.)
const WRAPPED_LABEL_RE = /^[A-Za-z][^\d\t]{0,59}(?: per [1-9]0{0,2}(?:[ ,]000)+)?$/;
const SECTION_LINE_RE = /^(?:[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}|[\u3400-\u9fff]{2,8})$/;

/** The cells of the line after `lineEnd`. */
function nextLineCells(text: string, lineEnd: number, context: TableContext): Cell[] {
  let nextEnd = text.indexOf('\n', lineEnd + 1);
  if (nextEnd < 0) nextEnd = text.length;
  return cellsOf(text, lineEnd + 1, nextEnd, context);
}

/**
 * An indented title of words alone (no digits) over a header of two or more cells: it spans columns
 * (`                Governmental Activities`).
 */
export function isGroupTitle(
  text: string,
  lineStart: number,
  lineEnd: number,
  context: TableContext,
): boolean {
  return (
    GROUP_TITLE_LINE_RE.test(text.slice(lineStart, lineEnd)) &&
    nextLineCells(text, lineEnd, context).length >= 2
  );
}
const GROUP_TITLE_LINE_RE = /^[ \t]{8,}[A-Za-z\u3400-\u9fff][^\d\t]{0,50}$/;

/** Whether the line after `lineEnd` is a row as wide as the table (`width` cells, or one more) with numbers. */
export function rowFollows(text: string, lineEnd: number, width: number, context: TableContext): boolean {
  const next = nextLineCells(text, lineEnd, context);
  return (
    (next.length === width || next.length === width + 1) && next.some((c) => NUMERIC_CELL_RE.test(c.text))
  );
}

/**
 * A section line that changes the unit of the rows under it (`Per cent of GDP` after rows in `£ billion`,
 * `Change since November forecast (£ billion)`), or undefined.
 */
export function sectionUnit(line: string, dollars: string | undefined): TableUnit | undefined {
  if (PERCENT_SECTION_RE.test(line)) return PERCENT;
  if (!SECTION_NOTE_RE.test(line)) return undefined;
  const unit = englishRowUnit(line, dollars) ?? englishUnitCell(line, '', dollars);
  return unit && unit.unit !== '' ? unit : undefined;
}
const PERCENT_SECTION_RE = /^(?:per ?cent|percentages?)(?: of (?:the )?[A-Za-z]+(?: [A-Za-z]+)?)?$/i;
/** A money note alone (`£ billion`) or ending a short section title (`Change since … (£ billion)`). */
const SECTION_NOTE_RE =
  /^(?:[A-Z][^\d\n]{0,60} )?[(（]?(?:[A-Z]{1,2})?[$£€] ?(?:thousand|million|billion|m|bn|000)[)）]?$/;

/** A heading in capitals inside a table (`HOURS AND EARNINGS, ALL EMPLOYEES`). */
export function isCapitalsHeading(line: string): boolean {
  return CAPITALS_HEADING_RE.test(line.trim());
}
const CAPITALS_HEADING_RE = /^[A-Z][A-Z ,&'-]{5,60}$/;

/** The line before the one holding `index` (empty at the text's start). */
export function lineAbove(text: string, index: number): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (lineStart < 1) return '';
  return text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
}

/**
 * The rest of a row label wrapped onto the indented line under its cells, as a PDF's narrow label column
 * leaves it (`2.a Property crime rate (per   3,904   3,700` / `    100,000 population)`, `Clients in core` /
 * `    housing need (%)`): its words and where that line ends. Only a line that closes a note: the note is
 * what the reader needs (the row's unit), and a label's first line over its row is read as before.
 */
export function labelContinuation(
  text: string,
  lineEnd: number,
  label: string,
): { words: string; end: number } | undefined {
  if (lineEnd >= text.length) return undefined;
  let nextEnd = text.indexOf('\n', lineEnd + 1);
  if (nextEnd < 0) nextEnd = text.length;
  const m = CONTINUED_LABEL_RE.exec(text.slice(lineEnd + 1, nextEnd));
  if (!m) return undefined;
  const open = label.lastIndexOf('(') > label.lastIndexOf(')');
  // A lowercase word goes on with the label's phrase; digits only close a bracket the label left open.
  if (!open && !/^[a-z]/.test(m[1]!)) return undefined;
  return { words: m[1]!, end: nextEnd };
}
/** A row's cells with its label's wrapped words joined to the label (`2.a Property crime rate (per 100,000 population)`). */
export function withLabelWords(cells: Cell[], words: string): Cell[] {
  return [{ ...cells[0]!, text: `${cells[0]!.text} ${words}` }, ...cells.slice(1)];
}
const CONTINUED_LABEL_RE = /^[ \t]{2,}([a-z0-9][^\t ]*(?: [^\t ]+)*\))[ \t]*$/;
