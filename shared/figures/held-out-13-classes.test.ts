/**
 * Classes of error first seen on held-out-13 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, expectNone, textValueUnit } from './testing/expect-figures';

const cells = textValueUnit;

describe('an English table whose header cells name what each column counts (no unit line)', () => {
  const table = [
    'Stage    Schools    Pupils    Teachers    Budget (NZ$ million)',
    '1             8      2 410         160                    42.5',
    '2            11      3 075         214                    61.0',
    'Total        19      5 485         374                   103.5',
  ].join('\n');

  it('reads each column in its header noun, the noted column in its note, spaced thousands whole', () => {
    expect(cells(table)).toEqual([
      ['8', 8, 'schools'],
      ['2 410', 2410, 'pupils'],
      ['160', 160, 'teachers'],
      ['42.5', 42500000, 'NZD'],
      ['11', 11, 'schools'],
      ['3 075', 3075, 'pupils'],
      ['214', 214, 'teachers'],
      ['61.0', 61000000, 'NZD'],
      ['19', 19, 'schools'],
      ['5 485', 5485, 'pupils'],
      ['374', 374, 'teachers'],
      ['103.5', 103500000, 'NZD'],
    ]);
  });

  it('keeps a note that ends a title for the whole table', () => {
    const titled = [
      'Capital programme (NZ$ million)',
      'Project      2025/26    2026/27',
      'Roads   12.0   14.5',
    ];
    expect(cells(titled.join('\n'))).toEqual([
      ['12.0', 12000000, 'NZD'],
      ['14.5', 14500000, 'NZD'],
    ]);
  });

  it('lets no header noun override a unit line', () => {
    const noted = [
      'Receipts and payments ($m)',
      'Receipts      Payments      Grants',
      '120.5      98.0      12.5',
    ];
    expect(cells(noted.join('\n')).map(([, , unit]) => unit)).toEqual(['USD', 'USD', 'USD']);
  });
});

describe('a row of money notes without brackets under the header (`£000  £000`)', () => {
  const table = [
    'Table 4: Capital and revenue, Quarter 2 year to date',
    '                     Budget      Spend      Variance fav/(adv)',
    '                       £000       £000                    £000',
    'Estates               12,400     11,950                     450',
    'Digital                3,100      3,480                    (380)',
    'Net position          (1,200)    (1,630)                   (430)',
  ].join('\n');

  it('reads the table in that unit, and bracketed money cells as negatives', () => {
    expect(cells(table)).toEqual([
      ['12,400', 12400000, 'GBP'],
      ['11,950', 11950000, 'GBP'],
      ['450', 450000, 'GBP'],
      ['3,100', 3100000, 'GBP'],
      ['3,480', 3480000, 'GBP'],
      ['(380)', -380000, 'GBP'],
      ['(1,200)', -1200000, 'GBP'],
      ['(1,630)', -1630000, 'GBP'],
      ['(430)', -430000, 'GBP'],
    ]);
  });

  it('reads a bracketed cell as a negative only in a column of money', () => {
    const counts = [
      'Ward      Beds      Patients',
      'North       (24)        31',
      'South        18         22',
    ];
    expect(cells(counts.join('\n')).map(([text]) => text)).not.toContain('(24)');
  });
});

describe('a bare number joined to one with a unit shares it', () => {
  it('reads `300 and 250 beds`, `3 and 4 per cent` and `300和250張` as two figures of one unit', () => {
    expect(cells('The two sites will open 120 and 80 beds respectively.')).toEqual([
      ['two sites', 2, 'sites'],
      ['120', 120, 'beds'],
      ['80 beds', 80, 'beds'],
    ]);
    expect(cells('Fees rose 3 and 4 per cent respectively.').map(([, v, u]) => [v, u])).toEqual([
      [3, '%'],
      [4, '%'],
    ]);
    expect(cells('分別增加120和80張病床')).toEqual([
      ['120', 120, '張'],
      ['80張', 80, '張'],
    ]);
  });

  it('shares nothing with a year, a span, a scaled amount or a sum of money', () => {
    expectNone('between 2019 and 2021');
    expect(cells('in 2025-26 and 2.5 per cent').map(([text]) => text)).toEqual(['2.5 per cent']);
    expect(cells('2 and 3 million people').map(([text]) => text)).toEqual(['3 million people']);
    expect(cells('300 and $250').map(([text]) => text)).toEqual(['$250']);
  });

  it('reads `between` and a range broken by a line as the range', () => {
    expectFigure('prices rose by between\n3 and 5 per cent', { value: 3, high: 5, unit: '%' });
  });
});

describe('English counts whose noun stands elsewhere', () => {
  it('takes the noun of the whole a sentence opens with (`Of the 1 420 homes, 610`)', () => {
    expect(cells('Of the 1 420 homes, 610 (43%) are rented.')).toEqual([
      ['1 420 homes', 1420, 'homes'],
      ['610', 610, 'homes'],
      ['43%', 43, '%'],
    ]);
  });

  it('sets a trajectory or threshold against the count, skipping a measure that describes it', () => {
    expect(
      cells('We linked 9,300 farms to fibre of 100 Mbps or more, beating our target of 8,000.'),
    ).toContainEqual(['8,000', 8000, 'farms']);
    expect(cells('There were 5 E. coli cases against a trajectory of 30, and no deaths.')).toEqual([
      ['5 E. coli cases', 5, 'cases'],
      ['30', 30, 'cases'],
    ]);
  });

  it('joins two descriptions of one noun (`general and acute beds`), but not a noun and a verb', () => {
    expectFigure('across 640 medical and surgical beds', { value: 640, unit: 'beds' });
    expect(cells('It has 212 staff and operates 4 sites.')).toContainEqual(['212 staff', 212, 'staff']);
  });

  it('reads a long noun phrase after one leading adjective', () => {
    expectFigure('and 60 additional funded nursing home places.', { value: 60, unit: 'places' });
  });
});

describe('labels and durations of Taiwan and NHS reports', () => {
  it('takes `Month 6`, `Week 12` and `Quarter 3` as labels', () => {
    expectNone('At Month 6 the position');
    expectNone('by Week 12 of the pilot');
    expectNone('in Quarter 3 returns');
  });

  it('reads `限期 15 日內` and `30 日內` as days, but `5 月 15 日內` as a date', () => {
    expectFigure('已限期 20 日內改善', { value: 20, unit: '天' });
    expectFigure('應於30日內完成', { value: 30, unit: '天' });
    expectNone('應於 5 月 15 日內完成');
  });

  it('counts townships and towns (`5 鄉`, `3 鎮`)', () => {
    expect(cells('偏遠地區 4 鄉 2 鎮尚未設置')).toEqual([
      ['4 鄉', 4, '鄉'],
      ['2 鎮', 2, '鎮'],
    ]);
  });
});
