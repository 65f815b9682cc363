/**
 * Classes of error first seen on held-out-19 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, expectNone, textValueUnit as cells } from './testing/expect-figures';

describe('English lists of counts with no header', () => {
  it('reads each number as a count of its label noun, in a list of three or more rows', () => {
    const list = [
      'Table 4. Enforcement Activity',
      'Inspections carried out                 812',
      'Notices served                           64',
      'Prosecutions brought                      9',
      'Licence reviews                       1,130',
      '',
    ].join('\n');
    expect(cells(list)).toEqual([
      ['812', 812, 'inspections'],
      ['64', 64, 'notices'],
      ['9', 9, 'prosecutions'],
      ['1,130', 1130, 'reviews'],
    ]);
  });

  it('leaves two such lines, and a label with no plural noun, to the running text', () => {
    expect(cells('Inspections carried out   812\nNotices served   64\n')).toEqual([]);
    expect(
      cells('Staff in post   40\nVacancy rate   7\nAgency cover   3\n').map(([, , unit]) => unit),
    ).toEqual([]);
  });
});

describe('tables whose header leaves the label column blank, and row labels on two lines', () => {
  it('reads the first column as a count of its header noun and a cell written with $ as dollars', () => {
    const table = [
      'Table 1. Audits With Recommendations',
      '                                      Audits    Amount',
      'A. Open at the start',
      '   of the period                          6    $412,000',
      'B. Opened in the period                  10    $980,500',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['6', 6, 'audits'],
      ['$412,000', 412000, 'USD'],
      ['10', 10, 'audits'],
      ['$980,500', 980500, 'USD'],
    ]);
  });
});

describe('row labels with a footnote mark after their unit', () => {
  it('reads `失業率（%）＊` as a row in %', () => {
    const table = [
      '主要統計數字',
      '                  2024 年第 1 季    2024 年第 4 季    2025 年第 1 季',
      '就業率（%）＊            58.2             58.6             58.9',
      '就業人數（萬人）         371.4            372.0            372.6',
      '＊經季節性調整',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['58.2', 58.2, '%'],
      ['58.6', 58.6, '%'],
      ['58.9', 58.9, '%'],
      ['371.4', 3714000, '人'],
      ['372.0', 3720000, '人'],
      ['372.6', 3726000, '人'],
    ]);
  });
});

describe('times of day and the months before', () => {
  it('leaves the minutes of `16時30分` out, and keeps a score in 分', () => {
    expectNone('發布時間：香港時間 9時15分');
    expectFigure('考試成績為 85 分。', { value: 85, unit: '分' });
  });

  it('reads `對上三個月` (the previous three months) as a named period', () => {
    expectNone('與對上三個月比較，失業率維持不變。');
    expectNone('较对上 3 个月上升。');
    expectFigure('連續 3 個月上升。', { value: 3, unit: '個月' });
  });
});
