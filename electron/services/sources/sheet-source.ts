/**
 * Spreadsheet sources (XLSX and CSV) → text with one line per non-empty cell and a `cell` region for
 * each, so a figure found in the text maps back to `Sheet!B7`. A number's line is its text as the
 * spreadsheet shows it (`26,400,000,000`, `4.9%`), followed by the stored value in brackets when that
 * differs (`[0.049]`), so matching can use either.
 */
import type * as XLSX from 'xlsx';
import type { SourceRegion } from '../../../shared/model/source';
import { AppFailure } from '../../../shared/result';
import { checkZipExpansion } from '../import/expansion-limits';
import { parseCsv } from './parse-csv';

export interface SheetText {
  text: string;
  regions: SourceRegion[];
  /** Merged ranges (`A1:C1`) per sheet, read by the table reader (shared/figures/matching/table-grid.ts). */
  merges?: { sheet: string; range: string }[];
}

interface CellLine {
  sheet: string;
  cell: string;
  line: string;
}

function assemble(cells: readonly CellLine[]): SheetText {
  const parts: string[] = [];
  const regions: SourceRegion[] = [];
  let offset = 0;
  for (const { sheet, cell, line } of cells) {
    if (parts.length > 0) {
      parts.push('\n');
      offset += 1;
    }
    parts.push(line);
    regions.push({ kind: 'cell', sheet, cell, start: offset, end: offset + line.length });
    offset += line.length;
  }
  return { text: parts.join(''), regions };
}

/** The line for one worksheet cell: shown text, plus the raw value when it reads differently. */
function cellLine(cell: XLSX.CellObject): string | null {
  if (cell.t === 'z' || cell.v === undefined || cell.v === null) return null;
  const raw = cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v);
  const shown = (cell.w ?? raw).replace(/\r\n?/g, '\n').replace(/\n/g, ' ').trim();
  if (shown.length === 0) return null;
  if (cell.t === 'n' && shown !== raw) return `${shown} [${raw}]`;
  return shown;
}

/** XLSX (or XLS/ODS) bytes → cell lines of every sheet, row by row. */
export async function xlsxToText(fileName: string, bytes: Uint8Array): Promise<SheetText> {
  await checkZipExpansion(fileName, bytes);
  // Loaded on first use: SheetJS takes about a second to load, and most imports never need it.
  const { read, utils } = await import('xlsx');
  let workbook: XLSX.WorkBook;
  try {
    workbook = read(bytes, { type: 'array', cellText: true, cellDates: true, cellFormula: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(reason)) {
      throw new AppFailure(
        'encrypted',
        `"${fileName}" is password-protected. Save a copy without a password in your spreadsheet program ` +
          'and attach that copy.',
        { fileName },
      );
    }
    throw new AppFailure(
      'corrupt',
      `"${fileName}" is not a readable spreadsheet (${reason}). Open it in Excel or LibreOffice and save it ` +
        'again as .xlsx.',
      { fileName, reason },
    );
  }
  const cells: CellLine[] = [];
  const merges: { sheet: string; range: string }[] = [];
  for (const sheet of workbook.SheetNames) {
    const worksheet = workbook.Sheets[sheet];
    const ref = worksheet?.['!ref'];
    if (!worksheet || !ref) continue;
    for (const merge of worksheet['!merges'] ?? []) merges.push({ sheet, range: utils.encode_range(merge) });
    // Walk the cells the sheet holds, not its declared range: a file's `<dimension ref="A1:C4294967296">`
    // (found by the fuzzer) would otherwise make this loop run for billions of empty rows.
    for (const { address, cell } of cellsInReadingOrder(worksheet, utils.decode_cell)) {
      const line = cellLine(cell);
      if (line !== null) cells.push({ sheet, cell: address, line });
    }
  }
  return merges.length > 0 ? { ...assemble(cells), merges } : assemble(cells);
}

/** A1-style address of a zero-based row and column (what SheetJS's `encode_cell` gives). */
function cellAddress(row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}

/** The cells a worksheet holds (its keys that are A1 addresses), row by row, left to right. */
function cellsInReadingOrder(
  worksheet: XLSX.WorkSheet,
  decodeCell: typeof XLSX.utils.decode_cell,
): { address: string; cell: XLSX.CellObject }[] {
  return Object.keys(worksheet)
    .filter((key) => /^[A-Z]+[1-9]\d*$/.test(key))
    .map((address) => ({ address, at: decodeCell(address) }))
    .sort((a, b) => a.at.r - b.at.r || a.at.c - b.at.c)
    .map(({ address }) => ({ address, cell: worksheet[address] as XLSX.CellObject }));
}

/** CSV text → cell lines of one sheet named after the file. */
export function csvToText(sheet: string, text: string): SheetText {
  const cells: CellLine[] = [];
  parseCsv(text).forEach((row, r) => {
    row.forEach((value, c) => {
      const line = value.replace(/\r\n?|\n/g, ' ').trim();
      if (line.length > 0) cells.push({ sheet, cell: cellAddress(r, c), line });
    });
  });
  return assemble(cells);
}
