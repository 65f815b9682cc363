/**
 * Classes of error first seen on held-out-14 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, expectNone, textValueUnit } from './testing/expect-figures';

const cells = textValueUnit;

describe('a Chinese table with no unit line whose row labels name their units', () => {
  const table = [
    '表三　圖書館服務',
    '項目                    2025年        2024年       按年變動(%)',
    '開放分館(間)                 42            40          +5.0',
    '借閱人次(萬人次)           318.4         296.1          +7.5',
    '',
  ].join('\n');

  it('reads each row in its label unit and the change column as percentages', () => {
    expect(cells(table)).toEqual([
      ['42', 42, '間'],
      ['40', 40, '間'],
      ['+5.0', 5, '%'],
      ['318.4', 3184000, '人次'],
      ['296.1', 2961000, '人次'],
      ['+7.5', 7.5, '%'],
    ]);
  });

  it('needs two such rows under a header of words', () => {
    expect(cells('說明          甲          乙\n人數(人)        12          15\n\n')).toEqual([]);
  });
});

describe('a change column in percentage points', () => {
  it('reads `貢獻(百分點)` and `(pp)` columns as points, not percentages', () => {
    const table = [
      '單位：億元',
      '項目          金額     成長率(%)     貢獻(百分點)',
      '民間消費     1,200       2.10          0.95',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['1,200', 120000000000, '元'],
      ['2.10', 2.1, '%'],
      ['0.95', 0.95, '百分點'],
    ]);
    const english = [
      'Service costs ($ million)',
      'Service        2024      2025    Change (%)    Share change (pp)',
      'Transport     120.0     126.0          5.0                  0.4',
    ];
    expect(cells(english.join('\n'))).toEqual([
      ['120.0', 120000000, 'USD'],
      ['126.0', 126000000, 'USD'],
      ['5.0', 5, '%'],
      ['0.4', 0.4, '百分點'],
    ]);
  });
});

describe('an English table with a Unit column', () => {
  const table = [
    'Indicator                   Unit          FY2023    FY2024',
    'Apprentices registered      number         4,210     4,580',
    "Course places filled        '000            61.5      64.0",
    'Completion rate             %               82.4      84.1',
    'Funding disbursed           S$ million     120.6     131.2',
  ].join('\n');

  it('reads each row in its unit cell: counts in the label noun, thousands, percentages, money', () => {
    expect(cells(table)).toEqual([
      ['4,210', 4210, 'apprentices'],
      ['4,580', 4580, 'apprentices'],
      ['61.5', 61500, 'places'],
      ['64.0', 64000, 'places'],
      ['82.4', 82.4, '%'],
      ['84.1', 84.1, '%'],
      ['120.6', 120600000, 'SGD'],
      ['131.2', 131200000, 'SGD'],
    ]);
  });
});

describe('a change and the level it started from count what the sentence counted', () => {
  it('lends the count to `up 14 from 3,398` and `up 4.4% from 538,100`', () => {
    expect(cells('The service employs 2,140 nurses, up 35 from 2,105 a year earlier.')).toEqual([
      ['2,140 nurses', 2140, 'nurses'],
      ['35', 35, 'nurses'],
      ['2,105', 2105, 'nurses'],
    ]);
    expect(cells('It trained 48,200 workers, up 3.1% from 46,750 in 2024.')).toContainEqual([
      '46,750',
      46750,
      'workers',
    ]);
  });

  it('lends it after `more than the`, past the percentage that states the change', () => {
    expect(cells('It placed 1,320 jobseekers, 8.2% more than the 1,220 placed in 2024.')).toContainEqual([
      '1,220',
      1220,
      'jobseekers',
    ]);
  });

  it('lends nothing where no count was named', () => {
    expectNone('Sales were 40, up 5 from 35.');
  });
});

describe('quarters counted after a word of duration', () => {
  it('reads `連續 9 季` as 9 quarters, but leaves quarter names alone', () => {
    expectFigure('出口已連續 6 季成長', { value: 6, unit: '季' });
    expectNone('第 3 季');
    expectNone('前 3 季');
  });
});
