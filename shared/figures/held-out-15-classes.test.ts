/**
 * Classes of error first seen on held-out-15 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { expectNone, textValueUnit as cells } from './testing/expect-figures';

describe('English tables whose rows carry their own units', () => {
  const table = [
    'Figure 3',
    'Grants and homes, 2022-23 to 2024-25',
    '',
    '                    2022-23  2023-24  2024-25    Total',
    'Grants (£m)              120      240      310      670',
    'Homes insulated        4,100    9,800   12,400   26,300',
    'Cost per home (£)      2,927    2,449    2,500    2,548',
    '',
  ].join('\n');

  it('reads each row in its own note (`(£m)`, `(£)`) or as a count of its label noun', () => {
    expect(cells(table)).toEqual([
      ['120', 120000000, 'GBP'],
      ['240', 240000000, 'GBP'],
      ['310', 310000000, 'GBP'],
      ['670', 670000000, 'GBP'],
      ['4,100', 4100, 'homes'],
      ['9,800', 9800, 'homes'],
      ['12,400', 12400, 'homes'],
      ['26,300', 26300, 'homes'],
      ['2,927', 2927, 'GBP'],
      ['2,449', 2449, 'GBP'],
      ['2,500', 2500, 'GBP'],
      ['2,548', 2548, 'GBP'],
    ]);
  });
});

describe('an unbracketed money note alone on its line, or as column notes in words', () => {
  it('reads a list of amounts under `HK$ million` in that unit, from its first row', () => {
    const list = [
      'The cost of HK$412.0 million comprises –',
      '                        HK$ million',
      '(a) Works                    250.5',
      '(b) Equipment                120.0',
      '       Total                 370.5',
      '',
    ].join('\n');
    expect(cells(list).slice(1)).toEqual([
      ['250.5', 250500000, 'HKD'],
      ['120.0', 120000000, 'HKD'],
      ['370.5', 370500000, 'HKD'],
    ]);
  });

  it('reads columns under a row of `HK$ million` notes', () => {
    const flow = [
      'Year             Capital    Recurrent',
      '             HK$ million  HK$ million',
      '2025-26             20.5          1.5',
      '2026-27             42.0          3.0',
      '',
    ].join('\n');
    expect(cells(flow)).toEqual([
      ['20.5', 20500000, 'HKD'],
      ['1.5', 1500000, 'HKD'],
      ['42.0', 42000000, 'HKD'],
      ['3.0', 3000000, 'HKD'],
    ]);
  });
});

describe('levels of a change count what changed', () => {
  it('lends the subject to `installers rose from 1,150 to 2,830`, not to a measured subject', () => {
    expect(cells('Registered installers rose from 1,150 to 2,830 in two years.')).toEqual([
      ['1,150', 1150, 'installers'],
      ['2,830', 2830, 'installers'],
      ['two years', 2, '年'],
    ]);
    expect(cells('Fees rose from 1,200 to 1,350.').map(([, , unit]) => unit)).toEqual(['', '']);
  });

  it('lends the start noun to the end of `from 1,800 cases in 2022-23 to 1,950`', () => {
    expect(cells('Complaints went from 2,400 cases in 2023-24 to 2,650 in 2024-25.')).toEqual([
      ['2,400 cases', 2400, 'cases'],
      ['2,650', 2650, 'cases'],
    ]);
  });
});

describe('names and periods', () => {
  it('takes `Enclosure 2` and `Attachment 1` as labels', () => {
    expectNone('Enclosure 2 sets out the posts.');
    expectNone('Attachment 1 lists the sites.');
  });

  it('reads `前三年度` and `上個五年期` as named periods, not years', () => {
    expect(cells('占前三年度歲出平均數 44.7%').map(([text]) => text)).toEqual(['44.7%']);
    expectNone('較上個五年期增加');
  });
});
