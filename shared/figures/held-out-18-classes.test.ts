/**
 * Classes of error first seen on held-out-18 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, expectNone, textValueUnit as cells } from './testing/expect-figures';

describe('English table headers whose cells carry a money sign or %', () => {
  it('reads each column in its own note, with no unit line', () => {
    const table = [
      'Annex C: Grants per school',
      '',
      'School type     2025 (S$)    2026 (S$)    Change (%)',
      'Primary            12,400       13,100           5.6',
      'Secondary          15,800       16,200           2.5',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['12,400', 12400, 'SGD'],
      ['13,100', 13100, 'SGD'],
      ['5.6', 5.6, '%'],
      ['15,800', 15800, 'SGD'],
      ['16,200', 16200, 'SGD'],
      ['2.5', 2.5, '%'],
    ]);
  });
});

describe("a Chinese table's title ending in its unit", () => {
  it('reads the table under `表 2：…（百萬元）` in that unit', () => {
    const table = [
      '表 2：公共圖書館開支（百萬元）',
      '項目            2023-24    2024-25（預算）',
      '館藏購置          42.6       45.1',
      '電子服務          18.3       21.7',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['42.6', 42600000, '元'],
      ['45.1', 45100000, '元'],
      ['18.3', 18300000, '元'],
      ['21.7', 21700000, '元'],
    ]);
  });

  it('does not take a sentence ending in a bracketed note as a title', () => {
    expect(cells('本年度共收到申請 1,240 宗，較去年增加（見附件）\n項目  甲  乙\n')).toEqual([
      ['1,240 宗', 1240, '宗'],
    ]);
  });
});

describe('scale words in headlines', () => {
  it('reads MILLION, BILLION and Title-case scale words', () => {
    expectFigure('S$2.4 BILLION FOR NEW RAIL LINES', { value: 2400000000, unit: 'SGD' });
    expectFigure('$15 Million Boost For Libraries', { value: 15000000, unit: 'USD' });
  });
});

describe('the past years named as a whole', () => {
  it('leaves `over the past five years` out, as 過去五年, and keeps a span ahead or a plain duration', () => {
    expectNone('Enrolments doubled over the past five years.');
    expectNone('In the last 3 years the board met monthly.');
    expectFigure('The plan covers the next five years.', { value: 5, unit: '年' });
    expectFigure('The pilot ran for five years.', { value: 5, unit: '年' });
  });
});

describe('a change by a fraction, to a new level', () => {
  it('lends the subject to the level after `rose by a third, to`', () => {
    expect(cells('Noise complaints rose by a third, to 2,412.')).toEqual([
      ['a third', 1 / 3, ''],
      ['2,412', 2412, 'complaints'],
    ]);
  });
});
