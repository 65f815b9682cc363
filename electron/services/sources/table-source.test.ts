/**
 * Tables read as tables end to end on real files: an XLSX written by exceljs (a statistical annex with
 * a merged title, a unit note, a merged two-row header, several sheets) and a CSV in the
 * indicator / value / unit layout, extracted by the source importer and read by the table reader.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditDraft, prepareSource } from '../../../shared/figures/matching/audit';
import { formatLocator } from '../../../shared/figures/matching/locator';
import type { ImportedSource } from '../../../shared/model/source';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePdfWithChromium } from '../testing/fixtures';
import { importSourceBytes } from './import-source';
import { xlsxToText } from './sheet-source';

async function annexWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const annex = workbook.addWorksheet('附表1');
  annex.addRow(['附表1 2024年主要經濟指標']);
  annex.addRow(['單位：億元']);
  annex.addRow(['指標', '2023年', null, '2024年', null]);
  annex.addRow([null, '數值', '增長（%）', '數值', '增長（%）']);
  annex.addRow(['地區生產總值', 251.2, 4.1, 264.3, 4.9]);
  annex.addRow(['社會消費品零售總額', 124.7, 9.8, 141.55, 13.5]);
  annex.mergeCells('A1:E1');
  annex.mergeCells('A2:E2');
  annex.mergeCells('A3:A4');
  annex.mergeCells('B3:C3');
  annex.mergeCells('D3:E3');
  const people = workbook.addWorksheet('人口');
  people.addRow(['指標', '單位', '2024年']);
  people.addRow(['常住人口', '萬人', 12.5]);
  people.addRow(['城鎮化率', '%', 58.3]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const sourceOf = (result: Awaited<ReturnType<typeof importSourceBytes>>): ImportedSource => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const audit = (source: ImportedSource) => ({
  id: 's',
  name: source.fileName,
  text: source.text,
  regions: source.regions,
  ...(source.merges ? { merges: source.merges } : {}),
});

describe('tables in real spreadsheet files', () => {
  it('keeps merged ranges and reads every sheet of an exceljs workbook as records', async () => {
    const source = sourceOf(await importSourceBytes('annex.xlsx', await annexWorkbook()));
    expect(source.merges).toEqual(
      expect.arrayContaining([
        { sheet: '附表1', range: 'B3:C3' },
        { sheet: '附表1', range: 'A3:A4' },
      ]),
    );
    const prepared = prepareSource(audit(source));
    const rows = prepared.figures.map((f) => {
      const label = prepared.labels!.get(f.start)!;
      return `${label.table} ${label.subject} ${label.column} = ${f.value} ${f.unit} (${label.period})`;
    });
    expect(rows).toEqual([
      '附表1 地區生產總值 2023年 數值 = 25120000000 元 (prior)',
      '附表1 地區生產總值 2023年 增長（%） = 4.1 % (prior)',
      '附表1 地區生產總值 2024年 數值 = 26430000000 元 (current)',
      '附表1 地區生產總值 2024年 增長（%） = 4.9 % (current)',
      '附表1 社會消費品零售總額 2023年 數值 = 12470000000 元 (prior)',
      '附表1 社會消費品零售總額 2023年 增長（%） = 9.8 % (prior)',
      '附表1 社會消費品零售總額 2024年 數值 = 14155000000 元 (current)',
      '附表1 社會消費品零售總額 2024年 增長（%） = 13.5 % (current)',
      '人口 常住人口 2024年 = 125000 人 (current)',
      '人口 城鎮化率 2024年 = 58.3 % (current)',
    ]);
  });

  it('matches a draft to the right row and period, and flags the row that differs', async () => {
    const source = sourceOf(await importSourceBytes('annex.xlsx', await annexWorkbook()));
    const draft = '全年實現地區生產總值264億元，增長4.9%；社會消費品零售總額140.55億元。常住人口12.5萬人。';
    const result = auditDraft(draft, [audit(source)]);
    const where = (i: number) => result.matches[i]!.matches.map((m) => formatLocator(m.locator));
    expect(where(0)[0]).toBe('附表1!D5');
    expect(where(1)[0]).toBe('附表1!E5');
    expect(result.matches[2]!.mismatches.map((m) => formatLocator(m.locator))).toEqual(['附表1!D6']);
    expect(where(3)[0]).toBe('人口!C2');
  });

  it('reads the indicator / value / unit CSV layout', async () => {
    const csv = '指標,數值,單位\r\n區內生產總值,264,億元\r\n公共財政收入,9.1,億元\r\n';
    const source = sourceOf(await importSourceBytes('指標.csv', new TextEncoder().encode(csv)));
    const result = auditDraft('全年實現區內生產總值264億元，公共財政收入9.1億元。', [audit(source)]);
    expect(result.matches.map((m) => m.matches[0] && formatLocator(m.matches[0].locator))).toEqual([
      '指標!B2',
      '指標!B3',
    ]);
  });

  // The PDF reader keeps table rows apart when cells stand at least a word space apart, as printed
  // statistical tables do; cells closer than that are read as running text (noted in the README).
  it('reads a table in a Chromium-printed PDF as rows of cells', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tickmark-pdf-table-'));
    try {
      const html =
        '<style>td{padding:2px 1.5em}</style>' +
        '<p>表2 財政收支情況</p><p>單位：萬元</p><table><tr><td>項目</td><td>2023年</td><td>2024年</td></tr>' +
        '<tr><td>地方財政收入</td><td>91000</td><td>95000</td></tr>' +
        '<tr><td>稅收收入</td><td>60,000</td><td>62,500</td></tr></table><p>以上數據為快報數。</p>';
      const bytes = new Uint8Array(await readFile(await makePdfWithChromium(dir, html, 'table.pdf')));
      const source = sourceOf(await importSourceBytes('table.pdf', bytes));
      const prepared = prepareSource(audit(source));
      expect(
        prepared.figures.map((f) => [
          f.text,
          f.value,
          prepared.labels!.get(f.start)?.subject,
          prepared.labels!.get(f.start)?.period,
        ]),
      ).toEqual([
        ['91000', 9.1e8, '地方財政收入', 'prior'],
        ['95000', 9.5e8, '地方財政收入', 'current'],
        ['60,000', 6e8, '稅收收入', 'prior'],
        ['62,500', 6.25e8, '稅收收入', 'current'],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a spreadsheet whose declared range is absurd', () => {
  it('reads the cells it holds instead of walking billions of empty rows (fuzzer crasher)', async () => {
    const bytes = await readFile(
      join(import.meta.dirname, '../../../scripts/fuzz/corpus/crashers/xlsx/huge-dimension.xlsx'),
    );
    // Before the fix this call did not return (4.3 billion rows x 3 columns).
    const sheet = await xlsxToText('huge-dimension.xlsx', new Uint8Array(bytes));
    expect(sheet.text).toContain('地區生產總值');
    expect(sheet.text).toContain('9.1');
  });
});
