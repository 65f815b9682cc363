/**
 * Classes of error first seen on held-out-30 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, textValueUnit as cells } from './testing/expect-figures';

describe('tables', () => {
  it('reads `單位：年增率（%）` as a table of percentages, past a year alone over the months', () => {
    const table = [
      '表 2　領先指標構成項目',
      '單位：年增率（%）',
      '                                   113 年',
      '項目                     9 月     10 月     11 月',
      '外銷訂單指數            6.12      7.05      6.88',
      '實質貨幣總計數          3.41      3.52      3.60',
      '',
    ].join('\n');
    expect(cells(table).filter(([, , unit]) => unit === '%')).toEqual([
      ['6.12', 6.12, '%'],
      ['7.05', 7.05, '%'],
      ['6.88', 6.88, '%'],
      ['3.41', 3.41, '%'],
      ['3.52', 3.52, '%'],
      ['3.60', 3.6, '%'],
    ]);
  });

  it('reads a `Number of …` note over the header as the table’s count, a change column in %, a per-1,000 row as a rate', () => {
    const table = [
      'Table 2: Pupils excluded, England',
      'Number of pupils',
      '                        2023/24   2024/25   Change (%)',
      'Primary                   1,240     1,310          5.6',
      'Secondary                 8,905     9,420          5.8',
      'Per 1,000 pupils           1.41      1.49          [x]',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !text.includes('/'))).toEqual([
      ['1,240', 1240, 'pupils'],
      ['1,310', 1310, 'pupils'],
      ['5.6', 5.6, '%'],
      ['8,905', 8905, 'pupils'],
      ['9,420', 9420, 'pupils'],
      ['5.8', 5.8, '%'],
      ['1.41', 1.41, 'per 1,000 pupils'],
      ['1.49', 1.49, 'per 1,000 pupils'],
    ]);
  });
});

describe('English counts whose noun was named before', () => {
  it('passes over a year after a quarter and a day before a month to find the count', () => {
    expect(
      cells('- 12,410 pupils were excluded in April to June (Q2) 2025, up 3.1% from 12,036 in Q2 2024.'),
    ).toEqual([
      ['12,410 pupils', 12410, 'pupils'],
      ['3.1%', 3.1, '%'],
      ['12,036', 12036, 'pupils'],
    ]);
    expect(
      cells('61,200 families were housed on 31 March 2025,\n  up 8.0% from 56,650 a year earlier.'),
    ).toEqual([
      ['61,200 families', 61200, 'families'],
      ['8.0%', 8, '%'],
      ['56,650', 56650, 'families'],
    ]);
  });

  it('counts a later part of a sentence that opened with its whole, and a subject with a place after it', () => {
    expect(
      cells(
        'Of the 9,420 pupils excluded, 5,130 were given a suspension (up 1.2%)\nand 4,290 a permanent exclusion (up 0.4%).',
      ),
    ).toEqual([
      ['9,420 pupils', 9420, 'pupils'],
      ['5,130', 5130, 'pupils'],
      ['1.2%', 1.2, '%'],
      ['4,290', 4290, 'pupils'],
      ['0.4%', 0.4, '%'],
    ]);
    expect(cells('Families in B&B rose by\n6.5% to 3,280.')).toEqual([
      ['6.5%', 6.5, '%'],
      ['3,280', 3280, 'families'],
    ]);
  });
});

describe('money and ranges across line breaks', () => {
  it('reads a currency declaration whose name wraps onto the next line', () => {
    expectFigure('All dollar amounts in this report are in Singapore\ndollars. Grants cost $4.2 million.', {
      text: '$4.2 million',
      value: 4.2e6,
      unit: 'SGD',
    });
  });

  it('joins a range wrapped after `and`, and keeps `from` at a line’s end a change', () => {
    expect(
      cells('payouts of between $250 and\n$900 a quarter; the cap rose from\n$1,500 to $1,700 a month'),
    ).toEqual([
      ['$250 and\n$900', 250, 'USD'],
      ['$1,500', 1500, 'USD'],
      ['$1,700', 1700, 'USD'],
    ]);
  });
});

describe('Hong Kong and mainland words', () => {
  it('reads 總目 and 綱領 numbers as codes, and a stay `期約為` in days', () => {
    expect(cells('開支由總目170項下承擔，綱領2撥款3億元。')).toEqual([['3億元', 3e8, '元']]);
    expectFigure('平均等候期約為26日。', { text: '26日', value: 26, unit: '天' });
    expect(cells('會議日期為5日。')).toEqual([]);
  });
});

describe('Chinese numerals in lists and ranges', () => {
  it('counts a numeral whose measure word comes again after the next list comma', () => {
    expect(cells('十类商品中，六类上涨、三类下降、一类持平。')).toEqual([
      ['十类', 10, '類'],
      ['六类', 6, '類'],
      ['三类', 3, '類'],
      ['一类', 1, '類'],
    ]);
    expect(cells('三類人員可申請。')).toEqual([]);
  });

  it('reads `兩成至三成` as one range, and `由兩成至三成` as a change', () => {
    expectFigure('等候時間可縮短兩成至三成。', { text: '兩成至三成', value: 2, high: 3, unit: '成' });
    expect(cells('比例由兩成至三成。')).toEqual([
      ['兩成', 2, '成'],
      ['三成', 3, '成'],
    ]);
  });
});
