/**
 * Classes of error first seen on held-out-39 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('tables of staff and of waits', () => {
  it('counts a `Staff numbers (FTEs)` row in a table of £m', () => {
    const table = [
      'Spending at a glance (£m)',
      '                             2022-23    2023-24',
      'Resource DEL                   4,812      5,106',
      'Staff numbers (FTEs)           9,640      9,870',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/^20\d\d-\d\d$/.test(text))).toEqual([
      ['4,812', 4812e6, 'GBP'],
      ['5,106', 5106e6, 'GBP'],
      ['9,640', 9640, 'FTE'],
      ['9,870', 9870, 'FTE'],
    ]);
  });

  it('reads `Scans Completed` as scans and a `Percentile` column in its own note, not in per cent', () => {
    const table = [
      'Region\tScans Completed\tMedian Wait (days)\t90th Percentile Wait (days)\tWithin Target (%)',
      'Lakeshore\t102,340\t38\t112\t71',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['102,340', 102340, 'scans'],
      ['38', 38, 'days'],
      ['112', 112, 'days'],
      ['71', 71, '%'],
    ]);
  });
});

describe('figures across a line break, and rows opened by a bullet', () => {
  it('reads a range wrapped after `to`, a proportion wrapped after `in`, and money after a bullet and tab', () => {
    expect(cells('The cost estimate is £1.2 billion to\n£1.6 billion.')).toEqual([
      ['£1.2 billion to\n£1.6 billion', 1.2e9, 'GBP'],
    ]);
    expect(cells('It found that 1 in\n5 sites had no monitor.')).toEqual([['1 in\n5', 0.2, '']]);
    expect(cells('•\tThe Ministry paid $12.6\nmillion in grants.')).toEqual([
      ['$12.6\nmillion', 12.6e6, 'USD'],
    ]);
  });

  it('reads the level a count started from after a date, `grew to N at March 31, 2025, from`', () => {
    expect(
      cells(
        'The number of patients waiting longer than the target grew to 88,410 at\nMarch 31, 2025, from 70,115 a year earlier.',
      ),
    ).toEqual([
      ['88,410', 88410, 'patients'],
      ['70,115', 70115, 'patients'],
    ]);
  });
});

describe('Chinese area counted per service and formulas with a full-width equals sign', () => {
  it('reads `億畝次` and passes over `＝…×100％`', () => {
    expect(cells('農業社會化服務面積2.1億畝次。')).toEqual([['2.1億畝次', 2.1e8, '畝次']]);
    expect(cells('註：執行率＝實現數÷預算數×100％。')).toEqual([]);
  });
});
