import { describe, expect, it } from 'vitest';
import { detectFigures } from '../detect';
import { auditDraft, prepareSource, sourceReadings, indexSources } from './audit';
import { formatLocator } from './locator';
import { sourceFigures } from './table-figures';
import { sheetSource } from './table-test-support';
import { parseUnitLabel, parseUnitNote } from './unit-label';

const read = (
  sheets: Record<string, (string | null)[][]>,
  merges: { sheet: string; range: string }[] = [],
) => {
  const { text, regions } = sheetSource(sheets);
  const result = sourceFigures(text, regions, detectFigures(text), merges);
  return {
    ...result,
    text,
    rows: result.figures.map((f) => {
      const label = result.labels.get(f.start);
      return [f.text, f.value, f.unit, label?.subject, label?.period, label?.aspect];
    }),
  };
};

describe('table records', () => {
  it('reads the indicator / value / unit layout (指標,數值,單位)', () => {
    const { rows, reading } = read({
      指標: [
        ['指標', '數值', '單位'],
        ['區內生產總值', '264', '億元'],
        ['公共財政收入', '9.1', '億元'],
        ['城鎮居民人均可支配收入', '23705', '元'],
        ['增長率', '4.9', '%'],
      ],
    });
    expect(rows).toEqual([
      ['264', 264e8, '元', '區內生產總值', 'current', 'level'],
      ['9.1', 9.1e8, '元', '公共財政收入', 'current', 'level'],
      ['23705', 23705, '元', '城鎮居民人均可支配收入', 'current', 'level'],
      ['4.9', 4.9, '%', '增長率', 'current', 'level'],
    ]);
    expect(reading).toMatchObject({ candidates: 4, fromTables: 4, tables: 1 });
  });

  it('reads a statistical annex with a title, a unit note, a merged two-row header and year columns', () => {
    const { rows, labels, figures } = read(
      {
        附表1: [
          ['附表1 2024年主要經濟指標', null, null, null, null],
          ['單位：億元', null, null, null, null],
          ['指標', '2023年', null, '2024年', null],
          [null, '數值', '增長（%）', '數值', '增長（%）'],
          ['地區生產總值', '251.2', '4.1', '264.3', '4.9'],
          ['公共財政收入', '10.14', '2.0', '9.1', '-10.21'],
        ],
      },
      [
        { sheet: '附表1', range: 'A1:E1' },
        { sheet: '附表1', range: 'A2:E2' },
        { sheet: '附表1', range: 'A3:A4' },
        { sheet: '附表1', range: 'B3:C3' },
        { sheet: '附表1', range: 'D3:E3' },
      ],
    );
    expect(rows).toEqual([
      ['251.2', 251.2e8, '元', '地區生產總值', 'prior', 'level'],
      ['4.1', 4.1, '%', '地區生產總值', 'prior', 'change'],
      ['264.3', 264.3e8, '元', '地區生產總值', 'current', 'level'],
      ['4.9', 4.9, '%', '地區生產總值', 'current', 'change'],
      ['10.14', 10.14e8, '元', '公共財政收入', 'prior', 'level'],
      ['2.0', 2, '%', '公共財政收入', 'prior', 'change'],
      ['9.1', 9.1e8, '元', '公共財政收入', 'current', 'level'],
      ['-10.21', -10.21, '%', '公共財政收入', 'current', 'change'],
    ]);
    expect(labels.get(figures[2]!.start)).toMatchObject({
      column: '2024年 數值',
      year: 2024,
      unitFrom: 'note',
    });
  });

  it('fills a CSV header forward over the columns a merge would have covered', () => {
    const { rows } = read({
      annex: [
        ['单位：万元', null, null, null],
        ['指标', '2023年', null, '2024年'],
        [null, '本期', '增速', '本期'],
        ['地方财政收入', '91000', '3.2', '95000'],
      ],
    });
    expect(rows).toEqual([
      ['91000', 9.1e8, '元', '地方财政收入', 'prior', 'level'],
      ['3.2', 3.2, '%', '地方财政收入', 'prior', 'change'],
      ['95000', 9.5e8, '元', '地方财政收入', 'current', 'level'],
    ]);
  });

  it('reads fiscal-year columns and an "(in millions of dollars)" note', () => {
    const { rows } = read({
      Appropriations: [
        ['General Fund appropriations (in millions of dollars)', null, null],
        ['Program', 'FY 2023-24', 'FY 2024-25'],
        ['Higher education', '338.5', '352.1'],
        ['Public safety', '35.2', '36.0'],
      ],
    });
    expect(rows).toEqual([
      ['338.5', 338.5e6, 'USD', 'Higher education', 'prior', 'level'],
      ['352.1', 352.1e6, 'USD', 'Higher education', 'current', 'level'],
      ['35.2', 35.2e6, 'USD', 'Public safety', 'prior', 'level'],
      ['36.0', 36e6, 'USD', 'Public safety', 'current', 'level'],
    ]);
  });

  it('takes units from the label, the header, a unit column and the cell, in that order of closeness', () => {
    const { rows } = read({
      S: [
        ['指標', '2024 (萬元)', '計量單位'],
        ['地區生產總值（億元）', '264.3', null],
        ['公共財政收入', '91,000', null],
        ['常住人口', '12.5', '萬人'],
        ['增長率', '4.9% [0.049]', null],
      ],
    });
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['264.3', 264.3e8, '元', '地區生產總值'],
      ['91,000', 9.1e8, '元', '公共財政收入'],
      ['12.5', 12.5e4, '人', '常住人口'],
      ['4.9%', 4.9, '%', '增長率'],
    ]);
  });

  it('reads a table from PDF-style lines with a unit note and a year header', () => {
    const text = [
      '二、財政收支',
      '全年財政收入穩步增長。',
      '表2 財政收支情況',
      '單位：萬元',
      '項目 2023年 2024年',
      '地方財政收入 91000 95000',
      '稅收收入 60,000 62,500',
      '以上數據為快報數。',
    ].join('\n');
    const result = sourceFigures(
      text,
      [{ kind: 'page', page: 3, start: 0, end: text.length }],
      detectFigures(text),
    );
    expect(
      result.figures.map((f) => [
        f.text,
        f.value,
        f.unit,
        result.labels.get(f.start)?.subject,
        result.labels.get(f.start)?.year,
      ]),
    ).toEqual([
      ['91000', 9.1e8, '元', '地方財政收入', 2023],
      ['95000', 9.5e8, '元', '地方財政收入', 2024],
      ['60,000', 6e8, '元', '稅收收入', 2023],
      ['62,500', 6.25e8, '元', '稅收收入', 2024],
    ]);
    expect(result.labels.get(result.figures[0]!.start)?.table).toBe('p. 3');
  });

  it('says why a source gives no candidate', () => {
    expect(read({ S: [['說明'], ['本表為空']] }).reading).toEqual({
      candidates: 0,
      fromTables: 0,
      tables: 0,
      reason: 'no-numbers',
    });
    expect(
      read({
        S: [
          ['項目', '數量'],
          ['甲', '12'],
          ['乙', '15'],
        ],
      }).reading.reason,
    ).toBe('no-units');
    expect(
      read({
        S: [
          ['12', '15'],
          ['13', '16'],
        ],
      }).reading.reason,
    ).toBe('no-labels');
  });
});

describe('unit labels and notes', () => {
  it('parses units in every currency spelling into one vocabulary', () => {
    expect(parseUnitLabel('億元')).toEqual({ multiplier: 1e8, unit: '元' });
    expect(parseUnitLabel('billion yuan')).toEqual({ multiplier: 1e9, unit: '元' });
    expect(parseUnitLabel('RMB 100 million')).toEqual({ multiplier: 1e8, unit: '元' });
    expect(parseUnitLabel('萬美元')).toEqual({ multiplier: 1e4, unit: 'USD' });
    expect(parseUnitLabel('US$ million')).toEqual({ multiplier: 1e6, unit: 'USD' });
    expect(parseUnitLabel('港元')).toEqual({ multiplier: 1, unit: 'HKD' });
    expect(parseUnitLabel('千瓦')).toEqual({ multiplier: 1, unit: '千瓦' });
    expect(parseUnitLabel('主要經濟指標完成情況')).toBeNull();
  });
  it('reads notes in three languages', () => {
    expect(parseUnitNote('單位：億元')).toEqual({ multiplier: 1e8, unit: '元' });
    expect(parseUnitNote('单位：万元')).toEqual({ multiplier: 1e4, unit: '元' });
    expect(parseUnitNote('Table 3 (in millions)')).toEqual({ multiplier: 1e6, unit: '' });
    expect(parseUnitNote('Expenditure (in millions of dollars)')).toEqual({ multiplier: 1e6, unit: 'USD' });
    expect(parseUnitNote('全年財政收入穩步增長')).toBeNull();
  });
});

describe('matching against table records', () => {
  const annex = sheetSource({
    附表: [
      ['單位：億元', null, null],
      ['指標', '2023年', '2024年'],
      ['地區生產總值', '251.2', '264.3'],
      ['社會消費品零售總額', '124.7', '141.55'],
    ],
  });
  const source = { id: 'annex', name: 'annex.xlsx', ...annex };

  it("proposes the row naming the figure's measure in the current-year column", () => {
    const draft = '全年實現區內生產總值264億元，同比增長4.9%。';
    const audit = auditDraft(draft, [source]);
    const best = audit.matches[0]!.matches[0]!;
    expect(formatLocator(best.locator)).toBe('附表!C3');
    expect(best.measure).toBe('地區生產總值');
    expect(best.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('flags a value the table states differently for the same measure and period', () => {
    const draft = '全年社會消費品零售總額140.55億元。';
    const audit = auditDraft(draft, [source]);
    expect(audit.matches[0]!.matches).toEqual([]);
    expect(audit.matches[0]!.mismatches.map((m) => [m.text, formatLocator(m.locator)])).toEqual([
      ['141.55', '附表!C4'],
    ]);
  });

  it('reports what each source gave, by id', () => {
    const empty = { id: 'memo', name: 'memo.txt', text: '本文件沒有數字。', regions: [] };
    const readings = sourceReadings(indexSources([source, empty]));
    expect(readings.get('annex')).toMatchObject({ candidates: 4, fromTables: 4 });
    expect(readings.get('memo')).toMatchObject({ candidates: 0, reason: 'no-numbers' });
    expect(prepareSource(empty).figures).toEqual([]);
  });
});
