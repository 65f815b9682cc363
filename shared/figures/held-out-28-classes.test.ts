/**
 * Classes of error first seen on held-out-28 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('a US financial report’s tables', () => {
  it('reads `($ in thousands)` as a title note, and `$ 1,234` cells with the sign set apart', () => {
    const table = [
      'Table 4. General Fund Expenditures by Function ($ in thousands)',
      'Function                      FY 2025        FY 2024   % Change',
      'Education                $ 9,412,030    $ 9,105,377        3.4',
      'Public safety              2,310,448      2,255,912        2.4',
      'Total                   $ 11,722,478   $ 11,361,289        3.2',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/^FY/.test(text))).toEqual([
      ['$ 9,412,030', 9412030000, 'USD'],
      ['$ 9,105,377', 9105377000, 'USD'],
      ['3.4', 3.4, '%'],
      ['2,310,448', 2310448000, 'USD'],
      ['2,255,912', 2255912000, 'USD'],
      ['2.4', 2.4, '%'],
      ['$ 11,722,478', 11722478000, 'USD'],
      ['$ 11,361,289', 11361289000, 'USD'],
      ['3.2', 3.2, '%'],
    ]);
  });

  it('reads a row labelled `(dollars)` in whole dollars inside a table of millions', () => {
    const table = [
      'Table 3. Net Tax-Supported Debt ($ millions)',
      '                                June 30, 2025   June 30, 2024',
      'General obligation bonds              9,804.2         9,511.7',
      'Debt per capita (dollars)               1,402           1,377',
      '',
    ].join('\n');
    expect(cells(table).filter(([, value]) => value > 100)).toEqual([
      ['9,804.2', 9804.2e6, 'USD'],
      ['9,511.7', 9511.7e6, 'USD'],
      ['1,402', 1402, 'USD'],
      ['1,377', 1377, 'USD'],
    ]);
  });
});

describe('English running text', () => {
  it('counts a clause-opening part after `, and` with an irregular verb, named by a hyphenated number word', () => {
    expect(
      cells(
        'Spending fell by 3 per cent since 2020/21.1\nTwenty-four boards cut their budgets, and nine cut them by a tenth.',
      ),
    ).toEqual([
      ['3 per cent', 3, '%'],
      ['Twenty-four boards', 24, 'boards'],
      ['nine', 9, 'boards'],
      ['a tenth', 0.1, ''],
    ]);
  });

  it('leaves a footnote’s marker glued to a full stop alone', () => {
    expect(cells('Most roads were in good repair.3 This was 1.6 percentage points better.')).toEqual([
      ['1.6 percentage points', 1.6, '百分點'],
    ]);
  });

  it('reads a range wrapped after its `and`', () => {
    expect(cells('Repairs would cost between £85 million and\n£120 million a year.')).toEqual([
      ['£85 million and\n£120 million', 85e6, 'GBP'],
    ]);
  });
});

describe('a Hong Kong table in a document that declares its 港幣', () => {
  it('reads bracketed negative cells in the declared currency, as their positive neighbours', () => {
    const text = [
      '表二：房屋委員會綜合收支（單位：百萬元）',
      '項目\t2023/24年度\t2024/25年度',
      '收入\t21,405\t22,118',
      '盈餘／（赤字）\t(1,120)\t(905)',
      '',
      '註：除另有註明外，本文所載金額均以港幣計算。',
    ].join('\n');
    expect(cells(text).filter(([t]) => !t.includes('年度'))).toEqual([
      ['21,405', 21405e6, 'HKD'],
      ['22,118', 22118e6, 'HKD'],
      ['(1,120)', -1120e6, 'HKD'],
      ['(905)', -905e6, 'HKD'],
    ]);
  });
});

// A class held-out-15 left unfixed (docs/figures-blind.md), fixed in round 13.
describe('the later parts of a list opened by `of whom`', () => {
  it('counts each part in the whole’s noun, past an aside in brackets, and reads kinds of staff as adjectives', () => {
    expect(
      cells(
        'The agency employed 1,204 people (1,150.5 FTE), of whom 930 were ongoing, 201 fixed-term and 73 casual.',
      ),
    ).toEqual([
      ['1,204 people', 1204, 'people'],
      ['1,150.5 FTE', 1150.5, 'FTE'],
      ['930', 930, 'people'],
      ['201', 201, 'people'],
      ['73', 73, 'people'],
    ]);
    expect(cells('We hired 40 part-time staff.')).toEqual([['40 part-time staff', 40, 'staff']]);
  });
});
