/**
 * Classes of error first seen on held-out-29 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, textValueUnit as cells } from './testing/expect-figures';

describe('English counts and shares in a board report or an audit report', () => {
  it('reads `met` as a verb and counts the parts in the whole’s noun', () => {
    expect(
      cells('Of the 18 standards\nassessed, 12 met their target, and four have slipped for two months.'),
    ).toEqual([
      ['18 standards', 18, 'standards'],
      ['12', 12, 'standards'],
      ['four', 4, 'standards'],
      ['two months', 2, 'months'],
    ]);
  });

  it('reads a share after a month that ends a sentence, never as a date', () => {
    expect(cells('Referrals rose 2.4% on June. 61.7% of them were seen within a week.')).toEqual([
      ['2.4%', 2.4, '%'],
      ['61.7%', 61.7, '%'],
    ]);
    expect(cells('The board met on June 12 2025.')).toEqual([]);
  });

  it('reads an acronym before a plural on the next line, and a part of a sample named by its whole', () => {
    expect(cells('Performance was 71.2% from 9,804 UTC\nattendances.')).toEqual([
      ['71.2%', 71.2, '%'],
      ['9,804 UTC\nattendances', 9804, 'attendances'],
    ]);
    expect(
      cells('We tested 40 of the 230 claims. For 9 of the 40 (23 per cent), evidence was missing.'),
    ).toEqual([
      ['40', 40, 'claims'],
      ['230 claims', 230, 'claims'],
      ['9', 9, 'claims'],
      ['40', 40, 'claims'],
      ['23 per cent', 23, '%'],
    ]);
  });

  it('reads a whole with a long description before its part, and a part of a bare count', () => {
    expect(
      cells('Of the 310 applications received across two funding\nrounds, 97 (31 per cent) were approved.'),
    ).toEqual([
      ['310 applications', 310, 'applications'],
      ['two funding\nrounds', 2, 'rounds'],
      ['97', 97, 'applications'],
      ['31 per cent', 31, '%'],
    ]);
    expect(cells('Of the 12 late returns, 8 were chased, three of them twice.')).toEqual([
      ['12 late returns', 12, 'returns'],
      ['8', 8, 'returns'],
      ['three', 3, 'returns'],
    ]);
  });

  it('lends the unit to a list of bare numbers ending in `and`', () => {
    expect(cells('scored against criteria weighted at 40, 25, 20 and 15 per cent')).toEqual([
      ['40', 40, '%'],
      ['25', 25, '%'],
      ['20', 20, '%'],
      ['15 per cent', 15, '%'],
    ]);
  });

  it('counts the levels of a change in the subject before a span in its phrase', () => {
    expect(cells('Patients waiting more than 18 weeks fell from 3,410 to 3,102.')).toEqual([
      ['18 weeks', 18, 'weeks'],
      ['3,410', 3410, 'patients'],
      ['3,102', 3102, 'patients'],
    ]);
  });

  it('reads `in round 1 to 28 per cent` as a share, not a list of rounds', () => {
    expect(cells('The share fell from 35 per cent in round 1 to 22 per cent in round 2.')).toEqual([
      ['35 per cent', 35, '%'],
      ['22 per cent', 22, '%'],
    ]);
  });
});

describe('table rows', () => {
  it('counts a `Number of …` row in a table of money, and reads `<10.0` and `5.5以内` cells with their bounds', () => {
    const table = [
      'Table 3.1: Program funding, 2022–23 to 2024–25 ($m)',
      'Financial year                 2022–23   2023–24   2024–25',
      'Actual expenditure                12.4      18.9      22.1',
      'Number of grants executed           14        21        19',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/–/.test(text))).toEqual([
      ['12.4', 12.4e6, 'USD'],
      ['18.9', 18.9e6, 'USD'],
      ['22.1', 22.1e6, 'USD'],
      ['14', 14, 'grants'],
      ['21', 21, 'grants'],
      ['19', 19, 'grants'],
    ]);
    const metrics = [
      'Metric                         Target    Month',
      'Bed occupancy (%)                 92.0      95.4',
      'Waits over 12 hours (%)          <10.0       8.3',
      '',
    ].join('\n');
    expect(cells(metrics)).toEqual([
      ['92.0', 92, '%'],
      ['95.4', 95.4, '%'],
      ['12 hours', 12, 'hours'],
      ['<10.0', 10, '%'],
      ['8.3', 8.3, '%'],
    ]);
    expectFigure('指标\t单位\t目标\n失业率\t%\t5.5以内\n', {
      text: '5.5以内',
      value: 5.5,
      unit: '%',
      qualifier: 'under',
    });
  });
});
