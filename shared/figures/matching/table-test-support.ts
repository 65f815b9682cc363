/**
 * Test helper: a sheet source as extraction writes it (one line per non-empty cell, a `cell` region
 * each), from rows of cell texts, so the table reader is tested on the shape it reads in the app.
 */
import type { SourceRegion } from '../../model/source';
import { columnLetters } from './table-grid';

export function sheetSource(sheets: Record<string, (string | null)[][]>): {
  text: string;
  regions: SourceRegion[];
} {
  let text = '';
  const regions: SourceRegion[] = [];
  for (const [sheet, rows] of Object.entries(sheets)) {
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === '') return;
        if (text) text += '\n';
        const cell = `${columnLetters(c)}${r + 1}`;
        regions.push({ kind: 'cell', sheet, cell, start: text.length, end: text.length + value.length });
        text += value;
      }),
    );
  }
  return { text, regions };
}
