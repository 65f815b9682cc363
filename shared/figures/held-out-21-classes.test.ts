/**
 * Classes of error first seen on held-out-21 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('tab-separated English tables of a results report', () => {
  it('reads a `(dollars)` title note as whole dollars', () => {
    const table = [
      'Table 3: Spending by program (dollars)',
      'Programs\t2023–24 Planned spending\t2023–24 Actual spending',
      'Coastal monitoring\t12,408,311\t11,902,540',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['12,408,311', 12408311, 'USD'],
      ['11,902,540', 11902540, 'USD'],
    ]);
  });

  it('reads FTE columns under `2023–24 Actual FTEs` headers', () => {
    const table = [
      'Programs\t2022–23 Actual FTEs\t2023–24 Actual FTEs\t2024–25 Planned FTEs',
      'Coastal monitoring\t212\t220\t231',
      'Internal services\t88\t91\t95',
      '',
    ].join('\n');
    expect(cells(table).map(([, value, unit]) => [value, unit])).toEqual([
      [212, 'FTE'],
      [220, 'FTE'],
      [231, 'FTE'],
      [88, 'FTE'],
      [91, 'FTE'],
      [95, 'FTE'],
    ]);
  });

  it('reads the whole numbers of a `Number of …` row as counts of its noun, past a date cell', () => {
    expect(cells('Number of harbours with tide gauges\t40\tMarch 31, 2026\t31\t36\n')).toEqual([
      ['40', 40, 'harbours'],
      ['31', 31, 'harbours'],
      ['36', 36, 'harbours'],
    ]);
  });
});

describe('targets with their qualifiers in a table with a unit column', () => {
  it('reads `5左右` and `65以上` cells with their qualifiers', () => {
    const table = [
      '指标                单位      2024年      2025年目标',
      '地区生产总值增长    %         5.1         5左右',
      '城镇新增就业        万人      61.3        60以上',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['5.1', 5.1, '%'],
      ['5左右', 5, '%'],
      ['61.3', 613000, '人'],
      ['60以上', 600000, '人'],
    ]);
  });
});

describe('a change from a year to a year', () => {
  it('lends the subject to both levels of `fell from N in YEAR to M`', () => {
    expect(cells('Checks ran over the summer. Prosecutions fell from 96 in 2022 to 71 in 2024.')).toEqual([
      ['96', 96, 'prosecutions'],
      ['71', 71, 'prosecutions'],
    ]);
  });
});

// Classes held-out-21 left unfixed at first (docs/figures-blind.md), fixed in round 13.
describe('a bare count opening a clause, its noun named before it in the paragraph', () => {
  it('counts what the paragraph last counted, past money, shares and bare counts', () => {
    const text =
      'The board awarded 212 grants, worth £14.2 million. Only 57 (27%) were scored twice; 155 were ' +
      'not. Eleven, worth £1.9 million, had no signed agreement.';
    expect(cells(text)).toEqual([
      ['212 grants', 212, 'grants'],
      ['£14.2 million', 14.2e6, 'GBP'],
      ['57', 57, 'grants'],
      ['27%', 27, '%'],
      ['155', 155, 'grants'],
      ['Eleven', 11, 'grants'],
      ['£1.9 million', 1.9e6, 'GBP'],
    ]);
  });

  it('skips a count whose verb comes first and a count inside a phrase about the one before', () => {
    expect(cells('We reviewed 30 contracts; 9 breached their terms. Only four had a break clause.')).toEqual([
      ['30 contracts', 30, 'contracts'],
      ['9', 9, 'contracts'],
      ['four', 4, 'contracts'],
    ]);
    expect(cells('Inspectors visited 41 hostels housing some 900 residents; six had no fire plan.')).toEqual([
      ['41 hostels', 41, 'hostels'],
      ['900 residents', 900, 'residents'],
      ['six', 6, 'hostels'],
    ]);
  });

  it('leaves a number that starts a wrapped line to the other rules', () => {
    expect(cells('The unit closed 48 cases in the year, and\n12 were reopened.')).toEqual([
      ['48 cases', 48, 'cases'],
    ]);
  });

  it('takes the count a maximum or minimum is set against', () => {
    expect(cells('Officers carried 95 cases each, against a recommended maximum of 60.')).toEqual([
      ['95 cases', 95, 'cases'],
      ['60', 60, 'cases'],
    ]);
  });
});
