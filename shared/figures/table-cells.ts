/**
 * The cells of a table's line, as the table reader (./tables.ts) and the finder of where tables start
 * (./table-starts.ts) both split it: cells are parted by tabs or two or more spaces (an ideographic space
 * counts as a tab where the text had one), and what makes a cell a number.
 */
import { matchUnitAt } from './units';

export const CELL_SPLIT_RE = /\t+| {2,}/;
/**
 * A number in a cell; a sign belongs to it (`-6.3`, `+7.4` in a change column), and so do thousands
 * grouped by single spaces (`2 184`; columns are split by two or more) and a money sign that repeats the
 * table's unit on its first and total rows (`$18,204` or `$ 18,204` under `(in thousands)`; `£000` is a note).
 */
export const NUMERIC_CELL_RE =
  /^[-−+]?(?:[$£€] ?(?!0+$))?(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:\.\d+)?$/;
/**
 * A target cell with its qualifier (`5.5左右`, `65以上`, `5.5以内`, `<10.0`, `At least 1,200`): group 2 the number, group 1 a
 * sign before it or group 3 a word after it; a cell matches only with one of them (see qualifiedCell).
 */
const QUALIFIED_CELL_RE =
  /^(?:([<>≤≥]|[Aa]t least|[Aa]t most|[Uu]p to) ?)?([-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(左右|上下|以上|以下|以内|以內)?$/;
const CELL_QUALIFIER: Record<string, 'about' | 'over' | 'under'> = {
  左右: 'about',
  上下: 'about',
  以上: 'over',
  以下: 'under',
  以内: 'under',
  以內: 'under',
  '<': 'under',
  '≤': 'under',
  '>': 'over',
  '≥': 'over',
  'At least': 'over',
  'at least': 'over',
  'At most': 'under',
  'at most': 'under',
  'Up to': 'under',
  'up to': 'under',
};

/** A cell's number and its qualifier, when the cell is a number with one (`5.5左右`, `<10.0`). */
export function qualifiedCell(
  cell: string,
): { number: string; qualifier: 'about' | 'over' | 'under' } | undefined {
  const m = QUALIFIED_CELL_RE.exec(cell);
  const word = m?.[1] ?? m?.[3];
  return m && word ? { number: m[2]!, qualifier: CELL_QUALIFIER[word]! } : undefined;
}
/** An accountant's negative, `(975)`, `(4,478)`: read as one only in a column of money. */
export const BRACKETED_CELL_RE = /^\((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)$/;
/**
 * A change or share column: `增长%`, `按年變動(%)`, `% change`, `per cent`, `增減率`, `實質成長率`, `年增率`,
 * `變動百分率`, `占比`, `增幅`.
 */
export const PERCENT_HEADER_RE =
  /[%％]|per ?cent(?!ile)|百分[率比點点]|[增變变成][減减动動長长]率|[增減减]率|[佔占]比|比重|[增升降跌]幅|增速|[變变]幅/i;
export interface Cell {
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

export function cellsOf(text: string, lineStart: number, lineEnd: number, context: TableContext): Cell[] {
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
