/**
 * A source's figures for matching: prose detection over its text, plus the records of its tables
 * (./table-records.ts) — spreadsheet sheets from their cells and merges, tables in PDF, DOCX and text
 * sources from runs of table-looking lines. Table numbers carry their record's label (measure, period,
 * column), which matching prefers to reading words before a number, since a bare `264.3` has none.
 * The reading says how many candidates the source gave and, when none, why.
 */
import type { SourceRegion } from '../../model/source';
import type { DetectedFigure } from '../types';
import {
  addNotesBeside,
  gridsFromCells,
  gridsFromLines,
  sortedCells,
  textOutsideCells,
  type Grid,
  type SheetMerge,
} from './table-grid';
import { readTables, type TableLabel } from './table-records';

/** Why a source gave no figure to match against. */
export type NoCandidateReason = 'no-numbers' | 'no-units' | 'no-labels';

export interface SourceReading {
  /** Figures available for matching. */
  candidates: number;
  /** Of which read from table records. */
  fromTables: number;
  /** Tables with at least one record. */
  tables: number;
  /** Set when `candidates` is 0. */
  reason?: NoCandidateReason;
}

export interface SourceFigures {
  figures: DetectedFigure[];
  labels: Map<number, TableLabel>;
  reading: SourceReading;
}

/**
 * The grids of a source: its cells (spreadsheet sheets, DOCX tables) with the notes printed beside
 * them, and table-looking runs of lines in whatever text is not a cell (a PDF page, the prose of a DOCX).
 */
function tableGrids(text: string, regions: readonly SourceRegion[], merges: readonly SheetMerge[]): Grid[] {
  const cells = sortedCells(regions);
  if (cells.length === 0) return gridsFromLines(text, regions);
  const grids = addNotesBeside(text, gridsFromCells(text, regions, merges), cells);
  const rest = textOutsideCells(text, cells);
  return rest === null ? grids : [...grids, ...gridsFromLines(rest, regions)];
}

/** Combines detected prose figures with table records; table readings win where both read a number. */
export function sourceFigures(
  text: string,
  regions: readonly SourceRegion[],
  detected: readonly DetectedFigure[],
  merges: readonly SheetMerge[] = [],
): SourceFigures {
  const grids = tableGrids(text, regions, merges);
  const table = readTables(grids);
  // Table figures are sorted by start: a binary search finds the one that could overlap.
  const starts = table.figures.map((g) => g.start);
  const overlaps = (f: DetectedFigure) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (table.figures[mid]!.end <= f.start) low = mid + 1;
      else high = mid;
    }
    return low < starts.length && table.figures[low]!.start < f.end;
  };
  // A bare number prose detection reported without a unit is no candidate unless its table gives one.
  const prose = detected.filter((f) => f.unit !== '' && !overlaps(f));
  const labels = new Map(table.labels);
  // Cells such as `264億元` are read by prose detection; their record still names them.
  const cells = [...table.cells].sort((a, b) => a.start - b.start);
  for (const f of prose) {
    // The last cell starting at or before the figure is the only one that can hold it.
    let low = 0;
    let high = cells.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cells[mid]!.start <= f.start) low = mid + 1;
      else high = mid;
    }
    const cell = cells[low - 1];
    if (cell && f.end <= cell.end && !labels.has(f.start)) labels.set(f.start, cell.label);
  }
  const figures = [...prose, ...table.figures].sort((a, b) => a.start - b.start);
  const reading: SourceReading = {
    candidates: figures.length,
    fromTables: table.figures.length,
    tables: table.tables,
  };
  if (figures.length === 0) {
    const anyNumber = table.numbers > 0 || detected.length > 0 || /\d/.test(text);
    reading.reason = !anyNumber ? 'no-numbers' : table.withoutUnit > 0 ? 'no-units' : 'no-labels';
  }
  return { figures, labels, reading };
}
