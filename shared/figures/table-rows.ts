/**
 * The figures of one data row of a table (./tables.ts reads the rows): each numeric cell in the unit its row
 * label, its column header or the table's unit line gives it, or none (an identifier, a year, a cell with no
 * unit of its own in a table without a unit line, left to the running-text scan).
 */
import type { Found } from './arabic';
import { scaleDecimal } from './numerals';
import {
  BRACKETED_CELL_RE,
  NUMERIC_CELL_RE,
  PERCENT_HEADER_RE,
  qualifiedCell,
  type Cell,
} from './table-cells';
import type { TableCell } from './tables';
import { UNIT_COLUMN_RE } from './table-starts';
import {
  cellSignCurrency,
  countHeaderUnit,
  englishColumnUnit,
  englishRowUnit,
  englishUnitCell,
  isMoneyUnit,
  labelNoun,
  labelUnit,
  NO_UNIT,
  numberOfRowUnit,
  parseUnit,
  PERCENT,
  POINTS,
  POINTS_HEADER_RE,
  signCurrency,
  type TableUnit,
} from './table-units';

/** A financial statement's `Note` column (`附註` in Chinese): references to its notes. */
export const NOTE_CELL_RE = /^(?:notes?|附[註注])$/i;
const CODE_HEADER_RE = new RegExp(
  `[编編][码碼号號]|代[码碼号號]|序[号號]|^[項项]次$|^[順顺]位$|^排名$|^名次$|^rank$|code|No\\.(?! of)|${NOTE_CELL_RE.source}`,
  'i',
);
/** A column of years (`年度` over `110`, `111`: Minguo years; `Year` over `2023-24`): labels, not figures. */
// (`Start`, `Complete`: a project's years, in a table of its costs.)
const YEAR_HEADER_RE = /^(?:年度|年[別别份]|年|(?:Fiscal )?Years?|FY|Start|Complete|Completion|Finish)$/i;
/**
 * A header cell holding two year columns' heads one space apart (`Start Complete` over `2021     2031`), split in
 * two so each year falls under its own head.
 */
export function splitJoinedYearHeads(cells: Cell[]): Cell[] {
  if (!cells.some((c) => JOINED_YEAR_HEADS_RE.test(c.text))) return cells;
  return cells.flatMap((c) => {
    const m = JOINED_YEAR_HEADS_RE.exec(c.text);
    if (!m) return [c];
    return [
      { start: c.start, text: m[1]! },
      { start: c.start + m[1]!.length + 1, text: m[2]! },
    ];
  });
}
const JOINED_YEAR_HEADS_RE = /^(Start) (Complete|Completion|Finish)$/i;
const YEAR_LABEL_RE = /^\d{2,4}(?:[-–/]\d{2,4})?$/;

/** A row label's note that sets its cells apart from the table's unit: whole dollars, a percentage, a span. */
const ROW_OWN_NOTE_RE = /[(（](?:(?:in )?dollars|%|minutes|hours|days)[)）]$/i;
const PER_BASE_LABEL_RE = /^per [1-9]0{0,2}(?:,000)+ [a-z][a-z ]{2,30}$/i;
const PERCENT_LABEL_START_RE = /^(?:percentage|proportion) of\b/i;
/** A Chinese row label naming a rate or a share: `失業率`, `勞動力參與率`, `比重`, `增幅`. */
const RATE_ROW_LABEL_RE = /(?:率|比重|百分比|[佔占]比|[增升降跌]幅)(?:[（(][^()（）]*[)）])?$/;

/**
 * The figures of a data row, and the unit its own label or unit cell gave it (a `±` row below takes it:
 * a confidence interval is in the unit of the estimate above it).
 */
export function rowFigures(
  cells: Cell[],
  header: Cell[],
  unit: TableUnit,
  dollars: string | undefined,
  wrapped: string,
  above: TableUnit | undefined,
): { found: TableCell[]; rowUnit: TableUnit | undefined } {
  const found: TableCell[] = [];
  const isNumber = (text: string): boolean =>
    NUMERIC_CELL_RE.test(text) || BRACKETED_CELL_RE.test(text) || qualifiedCell(text) !== undefined;
  const first = cells.findIndex((c) => isNumber(c.text));
  // The row's own unit: in a unit column (`亿元`, `万吨`, `%`), or in a note at the end of its label.
  const unitColumn = header.findIndex((c) => UNIT_COLUMN_RE.test(c.text));
  const named = unitColumn >= 0 ? cells[cells.length - (header.length - unitColumn)] : undefined;
  const rowUnit =
    // `失業率` under `單位：千人、%`: a rate, in the unit line's second unit.
    (first > 0 && unit.ratesInPercent && RATE_ROW_LABEL_RE.test(cells[0]!.text) ? PERCENT : undefined) ??
    // `Percentage of calls answered …`, on the row's line or the wrapped line above it.
    (first > 0 && PERCENT_LABEL_START_RE.test(wrapped || cells[0]!.text) ? PERCENT : undefined) ??
    // `Number of agreements executed` in a table of money: a count of its noun all the same.
    (first > 0 ? numberOfRowUnit(cells[0]!.text) : undefined) ??
    // `Per 1,000 households` in a table of counts: a rate, as running text reads one.
    (first > 0 && PER_BASE_LABEL_RE.test(cells[0]!.text)
      ? { exponent: 0, unit: cells[0]!.text.toLowerCase() }
      : undefined) ??
    (named && named.text === '±' ? above : undefined) ??
    (named && !NUMERIC_CELL_RE.test(named.text)
      ? (parseUnit(named.text) ??
        englishUnitCell(named.text, wrapped ? `${wrapped} ${cells[0]!.text}` : cells[0]!.text, dollars))
      : undefined) ??
    (first > 0 ? labelUnit(cells[first - 1]!.text, unit) : undefined) ??
    // English rows with their own note: `Spending (£m)`, `Cost per home (£)` (in a table with no unit line),
    // `Debt per capita (dollars)` in any.
    (first > 0 && (unit === NO_UNIT || ROW_OWN_NOTE_RE.test(cells[0]!.text))
      ? englishRowUnit(cells[0]!.text, dollars)
      : undefined);
  // Else, after the column's own unit, the row label's head noun: `Homes planned` counts homes.
  const rowNoun = unit === NO_UNIT && first > 0 ? labelNoun(cells[0]!.text) : undefined;
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    if (!isNumber(cell.text)) continue;
    const column = header.length - (cells.length - k);
    const head = header[column]?.text ?? '';
    const end = cell.start + cell.text.length;
    if (CODE_HEADER_RE.test(head) || (YEAR_HEADER_RE.test(head) && YEAR_LABEL_RE.test(cell.text))) {
      found.push({ start: cell.start, end });
      continue;
    }
    // `5.5左右` under a target column: the number, and its qualifier for the figure.
    const qualified = qualifiedCell(cell.text);
    const written = qualified ? qualified.number : cell.text;
    const bracketed = written[0] === '(';
    const negative = bracketed || written[0] === '-' || written[0] === '−';
    const digits = (
      negative || written[0] === '+' ? written.slice(1, bracketed ? -1 : undefined) : written
    ).replace(/[ $£€]/g, '');
    // A change column holds percentages whatever the row; then a unit note of the row's own label
    // (`入館人次(萬)`, `訂場時數(萬小時)`), then of the column's header (Chinese or English), then the
    // table's unit line.
    const money = cellSignCurrency(cell.text, dollars);
    const ruled = POINTS_HEADER_RE.test(head)
      ? POINTS
      : PERCENT_HEADER_RE.test(head)
        ? PERCENT
        : (rowUnit ??
          noteHeadUnit(head, unit, dollars) ??
          labelUnit(head, unit) ??
          countHeaderUnit(head) ??
          // An English header's own noun or note, in a table without a unit line (`Flats`, `Cost (HK$ million)`).
          (unit === NO_UNIT ? englishColumnUnit(head, dollars) : undefined) ??
          (unit === NO_UNIT ? subsetColumnUnit(header, column, dollars) : undefined) ??
          (rowNoun ? { exponent: 0, unit: rowNoun } : undefined) ??
          unit);
    // A cell written with its money sign is money, scaled by a money note if the column has one.
    const cellUnit = money && !isMoneyUnit(ruled.unit) ? { exponent: 0, unit: money } : ruled;
    // A table without a unit line: a cell with no unit of its own is left to the running-text scan.
    // A bracket is a negative in money, and in a change column beside it (`% Change  (14.0)`); elsewhere a note.
    const changeColumn = ruled === PERCENT || ruled === POINTS;
    if (cellUnit === NO_UNIT || (bracketed && !isMoneyUnit(cellUnit.unit) && !changeColumn)) continue;
    const value = scaleDecimal(digits, cellUnit.exponent);
    const figure: Found = { start: cell.start, end, value: negative ? -value : value, unit: cellUnit.unit };
    if (qualified) figure.qualifier = qualified.qualifier;
    found.push({ start: cell.start, end, figure });
  }
  return { found, rowUnit };
}

/**
 * The unit a header cell's last note gives its column, from a unit row merged into it (`Q2 2024 €`: whole euros;
 * `Q2 2025 '000`: thousands of what the table counts), or undefined.
 */
function noteHeadUnit(head: string, unit: TableUnit, dollars: string | undefined): TableUnit | undefined {
  const note = HEAD_NOTE_RE.exec(head);
  if (!note) return undefined;
  if (note[1] === "'000") return unit.exponent === 3 ? unit : undefined;
  // (A sign in a table of money notes is that note's, `£ 000`: the table's unit stands.)
  if (isMoneyUnit(unit.unit)) return undefined;
  return { exponent: 0, unit: signCurrency(note[1]!, dollars) };
}
const HEAD_NOTE_RE = /(?:^| )('000|[€£$])$/;

/**
 * A column that counts part of the count beside it, its head a word or a band and no noun (`Eligible` after
 * `Applications`, `Over 12 weeks` after `Patients waiting`): it counts the noun of the nearest column to its left
 * that names one.
 */
function subsetColumnUnit(
  header: Cell[],
  column: number,
  dollars: string | undefined,
): TableUnit | undefined {
  if (column < 1 || !SUBSET_HEAD_RE.test(header[column]!.text)) return undefined;
  for (let k = column - 1; k >= 1; k--) {
    const counted = englishColumnUnit(header[k]!.text, dollars);
    if (counted) return counted.exponent === 0 && /^[a-z]+$/.test(counted.unit) ? counted : undefined;
  }
  return undefined;
}
const SUBSET_HEAD_RE =
  /^(?:Eligible|Ineligible|Approved|Funded|Successful|Unsuccessful|Rejected|Withdrawn|Accepted|Refused|(?:Over|More than|Under|Less than|Within) \d+ (?:days|weeks|months|hours|years))$/;
