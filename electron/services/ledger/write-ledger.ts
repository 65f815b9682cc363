/**
 * The figure ledger as files: CSV (UTF-8 with a BOM so Excel reads Chinese correctly, RFC 4180 quoting by
 * papaparse) and XLSX (exceljs: sheet "Figures" with a header row, a numeric value column, the header
 * frozen, an autofilter and column widths; sheet "Sources" with one row per accepted source link).
 * `writeLedgerFile` picks the format from the file name and writes through a temporary file.
 */
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import {
  ledgerFigureColumns,
  ledgerSourceColumns,
  type LedgerFigureRow,
  type LedgerTable,
} from '../../../shared/figures/ledger-table';
import { err, type Result } from '../../../shared/result';
import { writeFileAtomic } from '../files/write-atomic';

export type LedgerFormat = 'csv' | 'xlsx';

/** The format a file name asks for, or null. */
export function ledgerFormatOf(path: string): LedgerFormat | null {
  const ext = extname(path).toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.xlsx' ? 'xlsx' : null;
}

/** Cells of one figure row in column order (value stays a number; null → empty). */
const cells = (row: LedgerFigureRow) => ledgerFigureColumns.map(([key]) => row[key] ?? '');

/** CSV text with a BOM and CRLF line ends (RFC 4180). */
export function ledgerCsv(table: LedgerTable): string {
  const csv = Papa.unparse(
    { fields: ledgerFigureColumns.map(([, header]) => header), data: table.figures.map(cells) },
    { newline: '\r\n', quotes: false, escapeFormulae: true },
  );
  return `\ufeff${csv}\r\n`;
}

/** Column widths in characters; Chinese text counts double, as it renders. */
function widthOf(values: readonly unknown[], header: string, max: number): number {
  const width = (v: unknown) => {
    let w = 0;
    for (const ch of String(v ?? '')) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
    return w;
  };
  return Math.min(max, Math.max(width(header), ...values.slice(0, 500).map(width)) + 2);
}

/** XLSX bytes. */
export async function ledgerXlsx(table: LedgerTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tickmark';
  workbook.title = table.title;
  const figures = workbook.addWorksheet('Figures', { views: [{ state: 'frozen', ySplit: 1 }] });
  figures.columns = ledgerFigureColumns.map(([key, header]) => ({
    header,
    key,
    width: widthOf(
      table.figures.map((r) => r[key]),
      header,
      key === 'sentence' || key === 'note' ? 60 : 30,
    ),
  }));
  for (const row of table.figures)
    figures.addRow(Object.fromEntries(ledgerFigureColumns.map(([key]) => [key, row[key] ?? null])));
  figures.getRow(1).font = { bold: true };
  figures.getColumn('value').numFmt = '#,##0.########';
  for (const key of ['sentence', 'note'] as const)
    figures.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  figures.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ledgerFigureColumns.length } };

  const sources = workbook.addWorksheet('Sources', { views: [{ state: 'frozen', ySplit: 1 }] });
  sources.columns = ledgerSourceColumns.map(([key, header]) => ({
    header,
    key,
    width: widthOf(
      table.sources.map((r) => r[key]),
      header,
      key === 'quote' ? 60 : 30,
    ),
  }));
  for (const row of table.sources) sources.addRow(row);
  sources.getRow(1).font = { bold: true };
  sources.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ledgerSourceColumns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Writes the ledger to `path` as CSV or XLSX by its extension. */
export async function writeLedgerFile(path: string, table: LedgerTable): Promise<Result<null>> {
  const format = ledgerFormatOf(path);
  if (!format) {
    return err('invalid-argument', `Cannot tell the ledger format from "${path}": name it .csv or .xlsx.`, {
      fileName: path,
    });
  }
  return writeFileAtomic(path, format === 'csv' ? ledgerCsv(table) : await ledgerXlsx(table));
}
