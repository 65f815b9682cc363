import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ledgerFigureColumns,
  ledgerSourceColumns,
  type LedgerTable,
} from '../../../shared/figures/ledger-table';
import { sampleLedgerTable } from './ledger-fixture';
import { ledgerCsv, writeLedgerFile } from './write-ledger';

/** papaparse's escapeFormulae prefixes a quote to cells that a spreadsheet would run as a formula. */
const unescape = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
const asStrings = (table: LedgerTable) =>
  table.figures.map((row) => ledgerFigureColumns.map(([key]) => (row[key] === null ? '' : String(row[key]))));

describe('figure ledger files', () => {
  let dir: string;
  let table: LedgerTable;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tickmark-ledger-'));
    table = sampleLedgerTable();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('the sample ledger has every detected figure, decisions and a linked source', () => {
    expect(table.figures.length).toBeGreaterThan(50);
    const gdp = table.figures.find((r) => r.figure === '264億元')!;
    expect(gdp).toMatchObject({
      value: 26_400_000_000,
      statusLetter: 'V',
      statusLabel: 'Verified',
      source: '統計公報.pdf',
      locator: 'p. 3',
      reviewer: '陳審閱',
      note: 'Agrees with the statistical bulletin, p. 3',
    });
    expect(table.figures.find((r) => r.figure === '9.1億元')).toMatchObject({
      statusLetter: 'D',
      note: '公報為9.7億元',
    });
    expect(table.sources).toHaveLength(1);
  });

  it('CSV: BOM, CRLF, RFC 4180 quoting; parsed back with papaparse it equals the ledger', async () => {
    const path = join(dir, 'ledger.csv');
    const quirky: LedgerTable = {
      ...table,
      figures: [
        ...table.figures,
        {
          ...table.figures[0]!,
          note: 'says "approx.", then\na new line, then a comma',
          figure: '-3%',
          value: -0.03,
        },
      ],
    };
    expect(await writeLedgerFile(path, quirky)).toEqual({ ok: true, value: null });
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('"says ""approx."", then\na new line, then a comma"');
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(ledgerFigureColumns.map(([, header]) => header));
    expect(parsed.data.slice(1).map((row) => row.map(unescape))).toEqual(asStrings(quirky));
    expect(ledgerCsv(table).endsWith('\r\n')).toBe(true);
  });

  it('XLSX: read back with exceljs it equals the ledger, with typed values, frozen header, filter, widths', async () => {
    const path = join(dir, 'ledger.xlsx');
    expect(await writeLedgerFile(path, table)).toEqual({ ok: true, value: null });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Figures', 'Sources']);
    const sheet = workbook.getWorksheet('Figures')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(ledgerFigureColumns.map(([, h]) => h));
    const back = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      back.push(
        Object.fromEntries(
          ledgerFigureColumns.map(([key], c) => {
            const value = row.getCell(c + 1).value;
            return [key, value === null || value === undefined ? (key === 'value' ? null : '') : value];
          }),
        ),
      );
    }
    expect(back).toEqual(table.figures);
    const valueCell = sheet.getRow(2).getCell(4);
    expect(valueCell.type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
    const sources = workbook.getWorksheet('Sources')!;
    expect((sources.getRow(1).values as unknown[]).slice(1)).toEqual(ledgerSourceColumns.map(([, h]) => h));
    expect((sources.getRow(2).values as unknown[]).slice(1)).toEqual(
      ledgerSourceColumns.map(([key]) => table.sources[0]![key]),
    );
  });

  it('a folder that cannot be written: a clear message and no half-written file', async () => {
    // A "folder" that is a file fails for every user, root included (permissions do not stop root).
    const notAFolder = join(dir, 'ledger.csv');
    const result = await writeLedgerFile(join(notAFolder, 'ledger.xlsx'), table);
    expect(result).toMatchObject({ ok: false, error: { code: 'unreadable' } });
    expect(!result.ok && result.error.message).toContain('Nothing was written; choose another folder.');
    const missing = await writeLedgerFile(join(dir, 'no-such-folder', 'ledger.csv'), table);
    expect(!missing.ok && missing.error.message).toContain('the folder does not exist');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await writeLedgerFile(join(dir, 'ledger.txt'), table)).toMatchObject({ ok: false });
  });
});
