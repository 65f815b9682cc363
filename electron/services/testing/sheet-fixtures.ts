/**
 * Spreadsheet source fixtures: an .xlsx written with the xlsx package (numbers with display formats,
 * so shown text and stored values differ) and a CSV with quoted fields in a chosen encoding.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as XLSX from 'xlsx';

/** A cell: a string, or a number with an optional Excel number format (`#,##0`, `0.0%`). */
export type SheetCell = string | number | { value: number; format: string } | null;

/** Default statistical-bulletin sheet: GDP 264億元 (= 26,400,000,000), growth 4.9% (stored 0.049). */
export const bulletinSheet: SheetCell[][] = [
  ['指標', '數值', '增長'],
  ['地區生產總值(元)', { value: 26_400_000_000, format: '#,##0' }, { value: 0.049, format: '0.0%' }],
  ['公共財政收入(億元)', 9.1, { value: -0.1021, format: '0.00%' }],
  ['城鎮居民人均可支配收入(元)', 23705, { value: 0.088, format: '0.0%' }],
];

/** Writes an .xlsx with one sheet per entry of `sheets` and returns its path. */
export async function makeXlsx(
  dir: string,
  sheets: Record<string, SheetCell[][]> = { 統計公報: bulletinSheet },
  fileName = 'bulletin.xlsx',
): Promise<string> {
  const workbook = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet(
      rows.map((row) => row.map((cell) => (cell !== null && typeof cell === 'object' ? cell.value : cell))),
    );
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null && typeof cell === 'object') {
          const target = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject;
          target.z = cell.format;
        }
      }),
    );
    XLSX.utils.book_append_sheet(workbook, sheet, name);
  }
  const path = join(dir, fileName);
  await writeFile(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

const csvField = (value: string): string =>
  /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** Writes rows as CSV (quoting fields that need it) in `encoding` and returns the path. */
export async function makeCsv(
  dir: string,
  rows: string[][] = [
    ['指标', '数值', '说明'],
    ['地区生产总值', '2,640', '亿元, 现价'],
    ['增长率', '4.9%', '按"可比价格"计算'],
  ],
  options: { encoding?: 'utf-8' | 'gb18030' | 'big5'; fileName?: string } = {},
): Promise<string> {
  const text = `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
  const path = join(dir, options.fileName ?? 'figures.csv');
  await writeFile(path, iconv.encode(text, options.encoding ?? 'utf-8'));
  return path;
}
