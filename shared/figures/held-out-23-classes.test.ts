/**
 * Classes of error first seen on held-out-23 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from './detect';
import { textValueUnit as cells } from './testing/expect-figures';

describe('tables under a unit note written without brackets', () => {
  it('reads `By Fiscal Year, Millions of Dollars` as the unit of the cells under it, zeros included', () => {
    const table = [
      'Table 2.',
      'Estimated Direct Spending Under S. 88',
      'By Fiscal Year, Millions of Dollars',
      '                 2026  2027  2028  2026-2028',
      'Budget Authority    0    25    60         85',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['0', 0, 'USD'],
      ['25', 25e6, 'USD'],
      ['60', 60e6, 'USD'],
      ['85', 85e6, 'USD'],
    ]);
  });

  it('reads `Dollars in thousands` alone on its line the same way', () => {
    const table = ['Dollars in thousands', 'Grants to states    1,250    1,400', ''].join('\n');
    expect(cells(table)).toEqual([
      ['1,250', 1_250_000, 'USD'],
      ['1,400', 1_400_000, 'USD'],
    ]);
  });

  it('leaves a sentence about millions of dollars alone', () => {
    expect(cells('The bill would cost millions of dollars over a decade; 3 agencies agree.')).toEqual([
      ['3 agencies', 3, 'agencies'],
    ]);
  });
});

describe('an English column header of a noun and a scale', () => {
  it("reads `Employed persons ('000)` as thousands of persons", () => {
    const table = [
      "          Employed persons ('000)  Jobless rate (%)  Hours (%)",
      'Vic.            3,412.6       4.4      64.1',
      'Tas.              281.9       4.0      60.2',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['3,412.6', 3_412_600, 'persons'],
      ['4.4', 4.4, '%'],
      ['64.1', 64.1, '%'],
      ['281.9', 281_900, 'persons'],
      ['4.0', 4, '%'],
      ['60.2', 60.2, '%'],
    ]);
  });
});

describe('Chinese units first seen here', () => {
  it('reads weeks written 星期, in digits and in numerals, and leaves weekdays alone', () => {
    expect(cells('輪候時間中位數為 41 星期，較上年縮短兩星期；星期六照常開放。')).toEqual([
      ['41 星期', 41, '週'],
      ['兩星期', 2, '週'],
    ]);
  });

  it('reads ounces, passenger seats and tonnage as units, not as the next word', () => {
    expect(cells('黄金储备8120万盎司；客车1.8万辆、39.2万客位；货船640万吨位。')).toEqual([
      ['8120万盎司', 81_200_000, '盎司'],
      ['1.8万辆', 18_000, '輛'],
      ['39.2万客位', 392_000, '客位'],
      ['640万吨位', 6_400_000, '噸位'],
    ]);
    expect(cells('廢料約 3 噸位於北倉。')).toEqual([['3 噸', 3, '噸']]);
  });
});

describe('Chinese amounts in parts', () => {
  it('reads a last part that says it is more (`4 兆 2 千餘億元`) as one amount over its value', () => {
    const [found] = detectFigures('距上限尚有 4 兆 2 千餘億元空間。');
    expect(found).toMatchObject({ text: '4 兆 2 千餘億元', value: 4.2e12, unit: '元', qualifier: 'over' });
  });

  it('reads parts with no unit after them as one amount when the last part fills its place', () => {
    expect(cells('全年受理 5 萬 3,126 通諮詢電話。')).toEqual([['5 萬 3,126', 53_126, '']]);
    expect(cells('收入共1億2,300萬4,500，')).toEqual([['1億2,300萬4,500', 123_004_500, '']]);
  });
});

describe('a measure word shared with the unit after the next number', () => {
  it('reads `高0.6个和2.1个百分点` as two changes in percentage points', () => {
    expect(cells('分别比上月和上年同期高0.6个和2.1个百分点。')).toEqual([
      ['0.6个', 0.6, '百分點'],
      ['2.1个百分点', 2.1, '百分點'],
    ]);
  });

  it('leaves two plain counts alone', () => {
    expect(cells('新建4个和6个项目。')).toEqual([
      ['4个', 4, '個'],
      ['6个', 6, '個'],
    ]);
  });
});

describe('currencies and counts named in the sentence', () => {
  it('reads 元 amounts after `若以新臺幣計價，` in the currency the clause names, to the end of its sentence', () => {
    expect(cells('若以新臺幣計價，本月出口 3,812 億元。進口 2,950 億元。')).toEqual([
      ['3,812 億元', 381.2e9, 'TWD'],
      ['2,950 億元', 295e9, '元'],
    ]);
  });

  it('reads visits named before a scaled number with 合共 or 平均約 between', () => {
    expect(cells('急症室求診人次合共 198.4 萬，每月求診人次平均約 16.5 萬。')).toEqual([
      ['198.4 萬', 1_984_000, '人次'],
      ['16.5 萬', 165_000, '人次'],
    ]);
  });

  it('counts `people` as the subject of a change, and the noun after `the number of` past a participle', () => {
    expect(cells('The number of unemployed people fell by 7,200 to 598,400.')).toEqual([
      ['7,200', 7200, 'people'],
      ['598,400', 598_400, 'people'],
    ]);
    expect(cells('Today the number of people employed reached 13.9 million.')).toEqual([
      ['13.9 million', 13_900_000, 'people'],
    ]);
  });

  it('gives a change in thousands after a scaled count the noun that count had', () => {
    expect(cells('Overall, 1.48 million people were out of work, down 21,000.')).toEqual([
      ['1.48 million people', 1_480_000, 'people'],
      ['21,000', 21_000, 'people'],
    ]);
    expect(
      cells('The early estimate of payrolled employees for March 2025 was 30.2 million, up 9,000.'),
    ).toEqual([
      ['30.2 million', 30_200_000, 'employees'],
      ['9,000', 9000, 'employees'],
    ]);
  });

  it('reads a change by one amount to one more than ten times it as two figures', () => {
    expect(cells('Median pay rose by £1,250 to £31,900.')).toEqual([
      ['£1,250', 1250, 'GBP'],
      ['£31,900', 31_900, 'GBP'],
    ]);
    expect(cells('Emissions will be cut by 4 to 6 per cent.')).toEqual([['4 to 6 per cent', 4, '%']]);
  });
});

describe('periods named rather than counted', () => {
  it('reads `第二個十年` (the second decade of a programme) as a name', () => {
    expect(cells('推展第二個十年醫院發展計劃，涉及 12 個項目。')).toEqual([['12 個', 12, '個']]);
  });

  it('gives `four consecutive` no unit of its own', () => {
    expect(cells('in each of the four consecutive 10-year periods')).toEqual([['10-year', 10, '年']]);
  });
});
