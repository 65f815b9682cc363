/**
 * Classes of error first seen on held-out-38 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('tables of thousands of what the title counts, and staff rows in a money table', () => {
  it("reads a `'000` unit row under the header in thousands of the title’s noun, `%` columns in per cent", () => {
    const table = [
      'Table 3 Persons aged 15-74 years unemployed (ILO) by region, Q2 2024 and Q2 2025',
      '\tQ2 2024\tQ2 2025\tAnnual change\t% change',
      "\t'000\t'000\t'000\t%",
      'Border\t14.2\t15.0\t0.8\t5.6',
      'Dublin\t41.7\t43.9\t2.2\t5.3',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/Q2|15-74/.test(text))).toEqual([
      ['14.2', 14200, 'persons'],
      ['15.0', 15000, 'persons'],
      ['0.8', 800, 'persons'],
      ['5.6', 5.6, '%'],
      ['41.7', 41700, 'persons'],
      ['43.9', 43900, 'persons'],
      ['2.2', 2200, 'persons'],
      ['5.3', 5.3, '%'],
    ]);
  });

  it('counts `Positions` and `FTE` rows in a table in millions of dollars', () => {
    const table = [
      'Table 2: Agency budget (dollars in millions)',
      '                     2023-25    2025-27',
      'General Fund          1,204.6    1,318.2',
      'Positions                 412        438',
      'FTE                    398.50     421.75',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/^20\d\d-\d\d$/.test(text))).toEqual([
      ['1,204.6', 1204.6e6, 'USD'],
      ['1,318.2', 1318.2e6, 'USD'],
      ['412', 412, 'positions'],
      ['438', 438, 'positions'],
      ['398.50', 398.5, 'FTE'],
      ['421.75', 421.75, 'FTE'],
    ]);
  });
});

describe('English counts of people named before them', () => {
  it('reads the subject of `numbered` after a phrase, `has been above`, and `aged 15-74` after the noun', () => {
    expect(cells('Persons aged 70 years and over in employment numbered 88,200, up 5.1%.')).toEqual([
      ['70 years', 70, '年'],
      ['88,200', 88200, 'persons'],
      ['5.1%', 5.1, '%'],
    ]);
    expect(cells('The number of persons in employment has been above 2.5 million since Q1 2023.')).toEqual([
      ['2.5 million', 2.5e6, 'persons'],
    ]);
    expect(
      cells('The number of unemployed persons aged 15-74 years was 121,300, up 9,400 on the year.'),
    ).toEqual([
      ['15-74 years', 15, '年'],
      ['121,300', 121300, 'persons'],
      ['9,400', 9400, 'persons'],
    ]);
  });

  it('passes over an age range when looking back, and reads `Of these, N\\n(x%) spent`', () => {
    expect(
      cells(
        'There were 1,902,300 persons aged 15-64 years in work in Q2 2025, an increase of 40,100 on Q2 2024.',
      ),
    ).toContainEqual(['40,100', 40100, 'persons']);
    expect(
      cells(
        'In all, 1,944 patients (7.1%) waited more than eight hours. Of these, 702\n(2.6%) spent more than 12 hours.',
      ),
    ).toContainEqual(['702', 702, 'patients']);
  });

  it('reads `ages 19-64` as an age range, and bill and revision numbers as no figures', () => {
    expect(cells('Adults in the expansion group (ages 19-64, income up to')).toEqual([['19-64', 19, '年']]);
    expect(cells('If H.R. 1 work requirements start early, or NACE Rev. 2 sections change')).toEqual([]);
  });
});

describe('Chinese rates on a base and bed-days', () => {
  it('reads `15.1/10万` in its base and `2.2床日` in bed-days', () => {
    expect(cells('孕产妇死亡率由上年的16.2/10万下降到15.0/10万。')).toEqual([
      ['16.2/10万', 16.2, '/10萬'],
      ['15.0/10万', 15, '/10萬'],
    ]);
    expect(cells('医师日均担负住院2.4床日。')).toEqual([['2.4床日', 2.4, '床日']]);
  });
});
