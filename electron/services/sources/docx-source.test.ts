/**
 * Tables inside real .docx sources (written by the `docx` library, read by mammoth): every table is a
 * grid of cells for the table reader — labels, values, unit cells, unit notes above the table, year
 * columns, two-row headers with horizontally (gridSpan) and vertically (vMerge) merged cells — and a
 * draft figure is matched to its row and period.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { auditDraft, prepareSource } from '../../../shared/figures/matching/audit';
import { formatLocator } from '../../../shared/figures/matching/locator';
import type { ImportedSource } from '../../../shared/model/source';
import { importSourceBytes } from './import-source';

const cell = (text: string, span: { rowSpan?: number; columnSpan?: number } = {}) =>
  new TableCell({ children: [new Paragraph(text)], ...span });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });

/** A statistical annex as Word writes it: caption, unit note, merged two-row year header, records. */
async function annexDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('2024年鶴城區國民經濟和社會發展統計公報'),
          new Paragraph('全年實現地區生產總值264.3億元，比上年增長4.9%。'),
          new Paragraph('附表1 主要經濟指標'),
          new Paragraph('單位：億元'),
          new Table({
            rows: [
              row(
                cell('指標', { rowSpan: 2 }),
                cell('2023年', { columnSpan: 2 }),
                cell('2024年', { columnSpan: 2 }),
              ),
              row(cell('數值'), cell('增長（%）'), cell('數值'), cell('增長（%）')),
              row(cell('地區生產總值'), cell('251.2'), cell('4.1'), cell('264.3'), cell('4.9')),
              row(cell('社會消費品零售總額'), cell('124.7'), cell('9.8'), cell('141.55'), cell('13.5')),
            ],
          }),
          new Paragraph('附表2 人口'),
          new Table({
            rows: [
              row(cell('指標'), cell('單位'), cell('2024年')),
              row(cell('常住人口'), cell('萬人'), cell('12.5')),
              row(cell('城鎮化率'), cell('%'), cell('58.3')),
            ],
          }),
          new Paragraph('Table 3 General Fund (in millions of dollars)'),
          new Table({
            rows: [
              row(cell('Item'), cell('FY 2023-24'), cell('FY 2024-25')),
              row(cell('General Fund appropriations'), cell('1,204.5'), cell('1,338.5')),
              row(cell('Total obligations'), cell('980.0'), cell('1,035.2')),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
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

describe('tables inside DOCX sources', () => {
  it('keeps every table cell as a cell region, with merges from gridSpan and vMerge', async () => {
    const source = sourceOf(await importSourceBytes('公報.docx', await annexDocx()));
    const cellAt = (sheet: string, ref: string) => {
      const r = source.regions.find((x) => x.kind === 'cell' && x.sheet === sheet && x.cell === ref);
      return r ? source.text.slice(r.start, r.end) : undefined;
    };
    expect(cellAt('Table 1', 'A1')).toBe('指標');
    expect(cellAt('Table 1', 'D1')).toBe('2024年');
    expect(cellAt('Table 1', 'A2')).toBeUndefined(); // covered by 指標's vertical merge
    expect(cellAt('Table 1', 'B2')).toBe('數值');
    expect(cellAt('Table 1', 'D3')).toBe('264.3');
    expect(cellAt('Table 2', 'B2')).toBe('萬人');
    expect(cellAt('Table 3', 'C2')).toBe('1,338.5');
    expect(source.merges).toEqual([
      { sheet: 'Table 1', range: 'A1:A2' },
      { sheet: 'Table 1', range: 'B1:C1' },
      { sheet: 'Table 1', range: 'D1:E1' },
    ]);
    // The prose is still there, as the draft importer reads it.
    expect(source.text).toContain('全年實現地區生產總值264.3億元，比上年增長4.9%。');
  });

  it('reads each row as a record: unit note, unit column, English unit note, year columns', async () => {
    const source = sourceOf(await importSourceBytes('公報.docx', await annexDocx()));
    const prepared = prepareSource(audit(source));
    const rows = prepared.figures
      .filter((f) => prepared.labels!.has(f.start))
      .map((f) => {
        const label = prepared.labels!.get(f.start)!;
        return `${label.table} ${label.subject} ${label.column} = ${f.value} ${f.unit} (${label.period}, ${label.unitFrom})`;
      });
    expect(rows).toEqual([
      'Table 1 地區生產總值 2023年 數值 = 25120000000 元 (prior, note)',
      'Table 1 地區生產總值 2023年 增長（%） = 4.1 % (prior, header)',
      'Table 1 地區生產總值 2024年 數值 = 26430000000 元 (current, note)',
      'Table 1 地區生產總值 2024年 增長（%） = 4.9 % (current, header)',
      'Table 1 社會消費品零售總額 2023年 數值 = 12470000000 元 (prior, note)',
      'Table 1 社會消費品零售總額 2023年 增長（%） = 9.8 % (prior, header)',
      'Table 1 社會消費品零售總額 2024年 數值 = 14155000000 元 (current, note)',
      'Table 1 社會消費品零售總額 2024年 增長（%） = 13.5 % (current, header)',
      'Table 2 常住人口 2024年 = 125000 人 (current, unit column)',
      'Table 2 城鎮化率 2024年 = 58.3 % (current, unit column)',
      'Table 3 General Fund appropriations FY 2023-24 = 1204500000 USD (prior, note)',
      'Table 3 General Fund appropriations FY 2024-25 = 1338500000 USD (current, note)',
      'Table 3 Total obligations FY 2023-24 = 980000000 USD (prior, note)',
      'Table 3 Total obligations FY 2024-25 = 1035200000 USD (current, note)',
    ]);
    expect(prepared.reading).toMatchObject({ tables: 3, fromTables: 14 });
  });

  it('matches draft figures to their row and period, and flags a row that differs', async () => {
    const source = sourceOf(await importSourceBytes('公報.docx', await annexDocx()));
    const draft =
      '全年社會消費品零售總額141.55億元，增長13.5%。常住人口12.5萬人。上年地區生產總值251.2億元。' +
      '社會消費品零售總額140.55億元。General Fund appropriations total $1,338.5 million.';
    const result = auditDraft(draft, [audit(source)]);
    const first = (i: number) => {
      const m = result.matches[i]!.matches[0];
      return m && formatLocator(m.locator);
    };
    expect(result.matches.map((m) => result.figures[m.figure]!.figure.text)).toEqual([
      '141.55億元',
      '13.5%',
      '12.5萬人',
      '251.2億元',
      '140.55億元',
      '$1,338.5 million',
    ]);
    expect(first(0)).toBe('Table 1!D4');
    expect(first(1)).toBe('Table 1!E4');
    expect(first(2)).toBe('Table 2!C2');
    expect(first(3)).toBe('Table 1!B3');
    expect(result.matches[4]!.mismatches.map((m) => formatLocator(m.locator))).toEqual(['Table 1!D4']);
    expect(first(5)).toBe('Table 3!C2');
  });
});
