/**
 * Classes of error first seen on held-out-35 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('an accounts table under a title centred over its columns', () => {
  it('reads the rows in the note of thousands, and bracketed changes in the % column as negatives', () => {
    const table = [
      'Table 3 - Changes in Net Position',
      'For the fiscal year ended June 30 (dollars in thousands)',
      '                                   Business-type Activities',
      '                                  2025         2024       Change   % Change',
      'Charges for services          $ 612,040    $ 598,310    $ 13,730      2.3%',
      'Operating grants                 88,415       97,902      (9,487)    (9.7)',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/^20\d\d$/.test(text))).toEqual([
      ['$ 612,040', 612040e3, 'USD'],
      ['$ 598,310', 598310e3, 'USD'],
      ['$ 13,730', 13730e3, 'USD'],
      ['2.3%', 2.3, '%'],
      ['88,415', 88415e3, 'USD'],
      ['97,902', 97902e3, 'USD'],
      ['(9,487)', -9487e3, 'USD'],
      ['(9.7)', -9.7, '%'],
    ]);
  });
});

describe('Chinese tables whose header names what each column counts', () => {
  it('reads `…人數`, `…宗數` and `…（元）` columns in their units, the last cell no title', () => {
    const table = [
      '年度\t參與計劃的院舍數目\t受惠長者人數\t資助宗數\t平均每宗資助額（元）',
      '2023-24\t412\t18 240\t26 115\t3,880',
      '2024-25\t428\t19 075\t27 402\t4,020',
      '',
    ].join('\n');
    // (`參與計劃的院舍數目`, a number of homes with no measure word, is left to the running-text scan.)
    expect(cells(table).filter(([text]) => !text.includes('-'))).toEqual([
      ['18 240', 18240, '人'],
      ['26 115', 26115, '宗'],
      ['3,880', 3880, '元'],
      ['19 075', 19075, '人'],
      ['27 402', 27402, '宗'],
      ['4,020', 4020, '元'],
    ]);
  });

  it('does not read `絕對數` or `實支數` as counts of pairs or branches', () => {
    const table = ['单位：亿元', '指标\t绝对数\t增长%', '地区生产总值\t8120.45\t5.1', ''].join('\n');
    expect(cells(table)).toContainEqual(['8120.45', 812045e6, '元']);
    const spent = [
      '單位：千元',
      '年度\t預算數\t實支數\t執行率(%)',
      '113\t1,200,000\t845,220\t70.44',
      '',
    ].join('\n');
    expect(cells(spent)).toContainEqual(['845,220', 845220e3, '元']);
  });
});

describe('periods named as a whole, in digits', () => {
  it('leaves out `過去5年` and `過去5個財政年度`, but not `過去5個月`', () => {
    expect(cells('過去5年，本署共接獲投訴120宗。')).toEqual([['120宗', 120, '宗']]);
    expect(cells('過去3個財政年度的開支如下')).toEqual([]);
    expect(cells('過去6個月共有15宗')).toEqual([
      ['6個月', 6, '個月'],
      ['15宗', 15, '宗'],
    ]);
  });

  it('joins a figure split by a line break in a numbered paragraph that opens with a quotation', () => {
    expect(cells('5.\t「社區藥房計劃」已擴展至全港共18\n間藥房，服務時間延長。')).toEqual([
      ['18\n間', 18, '間'],
    ]);
  });
});

describe('English counts named elsewhere in their sentence', () => {
  it('gives a change the noun of the level it reaches, in millions or not', () => {
    expect(cells('Primary academies grew by 8,200 to 2.41\nmillion pupils this year.')).toEqual([
      ['8,200', 8200, 'pupils'],
      ['2.41\nmillion pupils', 2.41e6, 'pupils'],
    ]);
  });

  it('reads `The number of X in … rose by 4.1% to` and `The number of X in … was 96`', () => {
    expect(cells('The number of pupils in alternative provision\nrose by 4.1% to 41,220.')).toEqual([
      ['4.1%', 4.1, '%'],
      ['41,220', 41220, 'pupils'],
    ]);
    expect(
      cells("The number of licensed banks in Hong Kong's banking sector was 96 at the end of June."),
    ).toEqual([['96', 96, 'banks']]);
    expect(cells('The number of licensed banks was 2025.')).toEqual([]);
  });

  it('reads a range from a number word to digits after `ranging from`', () => {
    expect(cells('bonds with maturities ranging from one to 25 years')).toEqual([
      ['one to 25 years', 1, '年'],
    ]);
    expect(cells('contracts of two to 5 years')).toEqual([['two to 5 years', 2, '年']]);
  });
});
