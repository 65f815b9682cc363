/**
 * Classes of error first seen on held-out-34 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('tables with a unit column of `no.`, `$`, `%` and `±`', () => {
  const table = [
    'Table 9.2  Selected indicators, by jurisdiction, 2024-25',
    '',
    '                                  Unit     NSW    Vic    Qld   Aust',
    'Nursing staff per 100 000 people  no.    1 120  1 204  1 098  1 141',
    'Hospital expenditure per',
    '  person (a)                      $      2 841  2 790  2 655  2 760',
    'Falls in hospital per 1 000',
    '  bed days                        no.      4.2    3.8    5.1    4.4',
    'Patients satisfied with care      %       84.1   86.3   82.0   84.4',
    '  95% confidence interval         ±        1.9    2.2    2.4    1.1',
    '',
  ].join('\n');
  const read = cells(table).filter(([text]) => !/^\d{4}-\d{2}$|%$/.test(text));

  it('counts the noun a rate label names before its `per` and round base', () => {
    expect(read.slice(0, 4)).toEqual([
      ['1 120', 1120, 'staff'],
      ['1 204', 1204, 'staff'],
      ['1 098', 1098, 'staff'],
      ['1 141', 1141, 'staff'],
    ]);
  });

  it('reads a `$` unit cell as money and keeps a label wrapped over its row, even one ending in a base', () => {
    expect(read.slice(4, 12)).toEqual([
      ['2 841', 2841, 'USD'],
      ['2 790', 2790, 'USD'],
      ['2 655', 2655, 'USD'],
      ['2 760', 2760, 'USD'],
      ['4.2', 4.2, 'falls'],
      ['3.8', 3.8, 'falls'],
      ['5.1', 5.1, 'falls'],
      ['4.4', 4.4, 'falls'],
    ]);
  });

  it('gives a `±` row the unit of the estimate above it', () => {
    expect(read.slice(12)).toEqual([
      ['84.1', 84.1, '%'],
      ['86.3', 86.3, '%'],
      ['82.0', 82, '%'],
      ['84.4', 84.4, '%'],
      ['1.9', 1.9, '%'],
      ['2.2', 2.2, '%'],
      ['2.4', 2.4, '%'],
      ['1.1', 1.1, '%'],
    ]);
  });
});

describe('a table whose section lines change the unit of the rows under them', () => {
  it('reads rows in £ billion, then in per cent of GDP, then in £ billion again', () => {
    const table = [
      'Table 3.2: Receipts and spending',
      '                          Outturn        Forecast',
      '                          2024-25  2025-26  2026-27',
      '£ billion',
      'Total receipts              1,141    1,196    1,243',
      'Per cent of GDP',
      'Total receipts               39.8     40.4     40.9',
      'Change since last forecast (£ billion)',
      'Total receipts                  -      4.2     -1.5',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/^\d{4}-\d{2}$/.test(text))).toEqual([
      ['1,141', 1141e9, 'GBP'],
      ['1,196', 1196e9, 'GBP'],
      ['1,243', 1243e9, 'GBP'],
      ['39.8', 39.8, '%'],
      ['40.4', 40.4, '%'],
      ['40.9', 40.9, '%'],
      ['4.2', 4.2e9, 'GBP'],
      ['-1.5', -1.5e9, 'GBP'],
    ]);
  });

  it('leaves a row label that begins `Percentage of` to its own row', () => {
    const table = [
      'Table 2: Grants (£ million)',
      '                              2024-25  2025-26',
      'Capital grants                  412.0    436.5',
      'Percentage of schools',
      '  funded                         88.2     91.0',
      'Revenue grants                  118.4    121.9',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/^\d{4}-\d{2}$/.test(text))).toEqual([
      ['412.0', 412e6, 'GBP'],
      ['436.5', 436.5e6, 'GBP'],
      ['88.2', 88.2, '%'],
      ['91.0', 91, '%'],
      ['118.4', 118.4e6, 'GBP'],
      ['121.9', 121.9e6, 'GBP'],
    ]);
  });
});

describe('a Chinese unit line listing a percentage after its unit (`單位：千人、%`)', () => {
  it('reads rows labelled as rates in per cent and the other rows in the first unit', () => {
    const table = [
      '表 2　勞動力概況',
      '單位：千人、%',
      '項目              114年6月   114年7月',
      '勞動力             12,012     12,030',
      '勞動力參與率        59.20      59.25',
      '失業率              3.41       3.38',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !text.includes('年'))).toEqual([
      ['12,012', 12012000, '人'],
      ['12,030', 12030000, '人'],
      ['59.20', 59.2, '%'],
      ['59.25', 59.25, '%'],
      ['3.41', 3.41, '%'],
      ['3.38', 3.38, '%'],
    ]);
  });
});

describe('English counts whose noun stands elsewhere', () => {
  it('gives the start of a change the noun or percentage its end is written with', () => {
    expect(cells('The rate of injuries fell from 12.4 to 9.7 injuries per 1,000 players.')).toEqual([
      ['12.4', 12.4, 'injuries'],
      ['9.7 injuries', 9.7, 'injuries'],
    ]);
    expect(cells('Take-up rose from 41 to 46 per cent over the year.')).toEqual([
      ['41', 41, '%'],
      ['46 per cent', 46, '%'],
    ]);
  });

  it('counts the subject of `numbered` or `totalled`, but not a measured one', () => {
    expect(cells('Applications totalled 5,210 in the year.')).toEqual([['5,210', 5210, 'applications']]);
    expect(cells('Prison staff numbered 4 120 at 31 March.')).toEqual([['4 120', 4120, 'staff']]);
    expect(cells('Sales totalled 5,210 in the year.')).toEqual([['5,210', 5210, '']]);
  });

  it('reads a named programme before `staff`, and a whole whose clause names its fiscal years', () => {
    expect(cells('The Bureau had 412 Field Inspection staff at year end.')).toEqual([
      ['412 Field Inspection staff', 412, 'staff'],
    ]);
    expect(
      cells('Of the 64 complaints the Office received in fiscal years 2022 and 2023, 18 were upheld.'),
    ).toEqual([
      ['64 complaints', 64, 'complaints'],
      ['18', 18, 'complaints'],
    ]);
  });

  it('reads `two and a half times` as one figure', () => {
    expect(cells('Spending is about two and a half times the 2019 level.')).toEqual([
      ['two and a half times', 2.5, 'times'],
    ]);
    expect(cells('The review took one and a half years.')).toEqual([['one and a half years', 1.5, '年']]);
  });
});
