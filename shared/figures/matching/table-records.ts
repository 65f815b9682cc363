/**
 * Tables read as tables: each row of a grid (./table-grid.ts) is a record — a label cell naming the
 * measure, value cells, and the unit from wherever the table states it: the value cell (`4.9%`), a unit
 * column (`指標 | 單位 | 數值`), brackets after the label or the column header (`地區生產總值（億元）`,
 * `2024年（萬元）`), or a note above the table (`單位：億元`, `(in millions)`). Column headers may span
 * several rows and merged cells; a column's header path gives its period (`2023年`, `FY 2024-25`, `上年`,
 * `預計`) and aspect (`增長%` is a change). The newest year of a table is its current period, earlier
 * years are prior periods, so a draft figure is matched to the row that names its measure in the column
 * of the right period.
 */
import type { DetectedFigure } from '../types';
import type { MeasureAspect, MeasurePeriod } from './measure';
import type { Grid, GridCell } from './table-grid';
import { parseUnitLabel, parseUnitNote, splitLabelUnit, type UnitLabel } from './unit-label';

/** What the table says a number is: the record's label and its column. */
export interface TableLabel {
  subject: string;
  aspect: MeasureAspect;
  period: MeasurePeriod;
  /** The column's header path as read (`2024年 數值`), '' when the table has no header. */
  column: string;
  /** The year the column names, when it names one (`FY 2024-25` → 2024). */
  year?: number;
  /** Where the unit came from. */
  unitFrom: 'cell' | 'unit column' | 'label' | 'header' | 'note';
  /** The grid's name (sheet, or `p. 3`). */
  table: string;
}

export interface TableReading {
  figures: DetectedFigure[];
  /** Figure start → its record label. */
  labels: Map<number, TableLabel>;
  /** Value cells of records with their labels, for figures prose detection found inside a cell. */
  cells: { start: number; end: number; label: TableLabel }[];
  /** Number cells seen in all tables. */
  numbers: number;
  /** Number cells whose unit no part of the table states. */
  withoutUnit: number;
  /** Number cells in rows with no label. */
  withoutLabel: number;
  /** Grids that had at least one record. */
  tables: number;
}

interface ParsedNumber {
  value: number;
  percent: boolean;
  /** Offset of the shown number in the cell's text and its length (`26,400,000,000` of `… [2.64e10]`). */
  at: number;
  length: number;
}

/** A cell's number as shown (the bracketed stored value that extraction appends is ignored). */
export function parseCellNumber(text: string): ParsedNumber | null {
  const m =
    /^\s*([-+−]?)(\()?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\))?\s*(%|％)?\s*(?:\[[^\]]*\])?\s*$/.exec(
      text,
    );
  if (!m) return null;
  const negative = m[1] === '-' || m[1] === '−' || (m[2] === '(' && m[4] === ')');
  const value = Number(m[3]!.replace(/,/g, '')) * (negative ? -1 : 1);
  if (!Number.isFinite(value)) return null;
  const at = m.index + m[0].indexOf(m[1]! + (m[2] ?? '') + m[3]!);
  const shown = `${m[1]}${m[2] ?? ''}${m[3]}${m[4] ?? ''}${m[5] ?? ''}`;
  return { value, percent: Boolean(m[5]), at, length: shown.length };
}

const yearPattern = /(?:FY\s?)?((?:19|20)\d\d)(?:\s*[-–/]\s*\d{2,4})?\s*(?:年度?|年末|年底)?/i;
const targetWords =
  /預計|预计|預期|预期|目標|目标|計劃|计划|計畫|预算|預算|target|plan|forecast|projected|estimate|budget/i;
const priorWords = /上年|去年|上期|上年同期|prior|previous|last year/i;
const changeWords = /增長|增长|增速|增幅|比上年|同比|較上年|较上年|growth|change|增減|增减|yoy|y\/y/i;
const shareWords = /比重|占比|佔比|share/i;
const unitHeader = /^(?:計量)?(?:單位|单位)$|^units?$/i;

/** Each cell's number, parsed once (a workbook's cells are classified several times over). */
const parsedCells = new WeakMap<GridCell, ParsedNumber | null>();
function cellNumber(c: GridCell): ParsedNumber | null {
  let n = parsedCells.get(c);
  if (n === undefined) {
    n = parseCellNumber(c.text);
    parsedCells.set(c, n);
  }
  return n;
}

const isText = (c: GridCell | undefined): c is GridCell =>
  c !== undefined && c.text.trim() !== '' && cellNumber(c) === null;
const isYear = (text: string) =>
  /^(?:FY\s?)?(?:19|20)\d\d(?:[-–/]\d{2,4})?(?:年度?|年末|年底)?$/i.test(text.trim());

interface Column {
  header: string;
  unit: UnitLabel | null;
  aspect: MeasureAspect;
  period: MeasurePeriod;
  year?: number;
}

/** Reads the records of every grid. */
export function readTables(grids: readonly Grid[]): TableReading {
  const reading: TableReading = {
    figures: [],
    labels: new Map(),
    cells: [],
    numbers: 0,
    withoutUnit: 0,
    withoutLabel: 0,
    tables: 0,
  };
  for (const grid of grids) readGrid(grid, reading);
  reading.figures.sort((a, b) => a.start - b.start);
  return reading;
}

function readGrid(grid: Grid, reading: TableReading): void {
  const rows = grid.rows;
  const width = Math.max(0, ...rows.map((r) => r?.length ?? 0));
  const numberAt = (r: number, c: number) => {
    const cell = rows[r]?.[c];
    return cell && !cell.merged ? cellNumber(cell) : null;
  };
  const rowsWithNumbers: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    let has = false;
    for (let c = 0; c < width; c++) {
      if (numberAt(r, c)) {
        reading.numbers++;
        has = true;
      }
    }
    if (has) rowsWithNumbers.push(r);
  }
  if (rowsWithNumbers.length === 0) return;

  // The label column: the leftmost column holding names (not units, not years) in most number rows.
  const labelScore = new Array<number>(width).fill(0);
  const unitScore = new Array<number>(width).fill(0);
  for (const r of rowsWithNumbers) {
    for (let c = 0; c < width; c++) {
      const cell = rows[r]?.[c];
      if (!isText(cell) || isYear(cell.text)) continue;
      if (parseUnitLabel(cell.text)) unitScore[c]!++;
      else labelScore[c]!++;
    }
  }
  const labelCol = labelScore.indexOf(Math.max(...labelScore));
  if (labelCol < 0 || labelScore[labelCol] === 0) {
    reading.withoutLabel += rowsWithNumbers.length;
    return;
  }
  const firstData = rowsWithNumbers.find((r) => isText(rows[r]?.[labelCol])) ?? rowsWithNumbers[0]!;

  // Header rows: above the first record, with cells over the value columns. A row whose cells all
  // come from one merged range (a title across the table) is a title, read only for a unit note.
  const headerRows: number[] = [];
  let note: UnitLabel | null = null;
  for (let r = 0; r < firstData; r++) {
    const cells = (rows[r] ?? []).filter(isText);
    if (cells.length === 0) continue;
    for (const cell of cells) note ??= parseUnitNote(cell.text);
    const distinct = new Set(cells.map((c) => c.start));
    if (distinct.size >= 2 || (cells.length === 1 && rows[r]!.findIndex((c) => c === cells[0]) > labelCol)) {
      headerRows.push(r);
    }
  }
  // Notes may also sit in one-cell rows among or below the records (`注：單位為萬元`).
  if (!note) {
    for (let r = firstData; r < rows.length && !note; r++) {
      const cells = (rows[r] ?? []).filter(isText);
      if (cells.length === 1) note = parseUnitNote(cells[0]!.text);
    }
  }

  const unitCol = (() => {
    for (let c = 0; c < width; c++) {
      if (c === labelCol) continue;
      const header = headerRows.map((r) => rows[r]?.[c]?.text.trim() ?? '').join('');
      if (unitHeader.test(header)) return c;
      if (unitScore[c]! > 0 && unitScore[c]! >= 0.6 * rowsWithNumbers.length) return c;
    }
    return -1;
  })();

  const columns = new Map<number, Column>();
  const years: number[] = [];
  for (let c = 0; c < width; c++) {
    if (c === labelCol || c === unitCol) continue;
    const parts: string[] = [];
    headerRows.forEach((r, i) => {
      let cell = rows[r]?.[c];
      // Lines and CSV keep no merges: an upper header row's text runs on over the empty cells to its right.
      if (!isText(cell) && i < headerRows.length - 1) {
        for (let k = c - 1; k > labelCol && !isText(cell); k--) cell = rows[r]?.[k];
      }
      const text = isText(cell) ? cell.text.trim() : '';
      if (text && parts.at(-1) !== text) parts.push(text);
    });
    const header = parts.join(' ');
    const column: Column = {
      header,
      unit: null,
      aspect: shareWords.test(header) ? 'share' : changeWords.test(header) ? 'change' : 'level',
      period: targetWords.test(header) ? 'target' : priorWords.test(header) ? 'prior' : 'current',
    };
    for (const part of parts)
      column.unit ??=
        splitLabelUnit(part).unit ?? (/^%|（%）|\(%\)|%$/.test(part) ? { multiplier: 1, unit: '%' } : null);
    const year = yearPattern.exec(header);
    if (year) {
      column.year = Number(year[1]);
      if (column.period === 'current') years.push(column.year);
    }
    columns.set(c, column);
  }
  const latest = years.length > 0 ? Math.max(...years) : undefined;
  for (const column of columns.values()) {
    if (
      latest !== undefined &&
      column.year !== undefined &&
      column.year < latest &&
      column.period === 'current'
    ) {
      column.period = 'prior';
    }
  }

  let records = 0;
  for (const r of rowsWithNumbers) {
    if (r < firstData) continue;
    const labelCell = rows[r]?.[labelCol];
    const { name, unit: labelUnit } = isText(labelCell)
      ? splitLabelUnit(labelCell.text)
      : { name: '', unit: null };
    const unitCell = unitCol >= 0 ? rows[r]?.[unitCol] : undefined;
    const rowUnit = isText(unitCell) ? parseUnitLabel(unitCell.text) : null;
    for (const [c, column] of columns) {
      const cell = rows[r]?.[c];
      if (!cell || cell.merged) continue;
      const n = cellNumber(cell);
      if (!name) {
        if (n) reading.withoutLabel++;
        continue;
      }
      const label: TableLabel = {
        subject: name,
        aspect: column.aspect,
        period: column.period,
        column: column.header,
        unitFrom: 'cell',
        table: grid.name,
      };
      if (column.year !== undefined) label.year = column.year;
      if (!n) {
        // A cell such as `264億元`: prose detection reads it; the record still names it.
        if (isText(cell)) reading.cells.push({ start: cell.start, end: cell.end, label });
        continue;
      }
      const sources: [UnitLabel | null, TableLabel['unitFrom']][] = [
        [n.percent ? { multiplier: 1, unit: '%' } : null, 'cell'],
        [rowUnit, 'unit column'],
        [labelUnit, 'label'],
        [column.unit, 'header'],
        // A growth or share column is in percent whatever unit the table's amounts are in.
        [column.aspect === 'level' ? note : { multiplier: 1, unit: '%' }, 'note'],
      ];
      let unit: UnitLabel | null = null;
      for (const [candidate, from] of sources) {
        if (!candidate) continue;
        if (!unit) {
          unit = candidate;
          label.unitFrom = from;
        } else if (unit.unit === '' && candidate.unit) {
          // `(in millions)` in a header with `US$` in the note: the multiplier and the currency combine.
          unit = { multiplier: unit.multiplier * candidate.multiplier, unit: candidate.unit };
        }
        if (unit.unit) break;
      }
      if (!unit && column.aspect === 'change') unit = { multiplier: 1, unit: '%' };
      if (!unit || !unit.unit) {
        reading.withoutUnit++;
        continue;
      }
      const start = cell.start + n.at;
      const end = start + n.length;
      const value = n.percent ? n.value : Number((n.value * unit.multiplier).toPrecision(15));
      reading.figures.push({
        start,
        end,
        text: cell.text.slice(n.at, n.at + n.length),
        value,
        unit: unit.unit,
      });
      reading.labels.set(start, label);
      reading.cells.push({ start: cell.start, end: cell.end, label });
      records++;
    }
  }
  if (records > 0) reading.tables++;
}
