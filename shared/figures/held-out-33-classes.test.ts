/**
 * Classes of error first seen on held-out-33 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, textValueUnit as cells } from './testing/expect-figures';

describe('an exhibit whose labelled rows stand below rows of plain amounts', () => {
  it('finds the header of years above the amounts and reads each row in its own unit or noun', () => {
    const table = [
      'All dollar amounts in this report are in Canadian dollars.',
      '',
      'Exhibit 4.1—Claims and payments, 2022–23 to 2024–25',
      '',
      '                                      2022–23   2023–24   2024–25',
      'Claims received                        31,204    33,918    35,406',
      'Claims decided within 12 weeks (%)         61        58        64',
      'Payments ($ millions)                   412.8     448.1     467.9',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !text.includes('–'))).toEqual([
      ['31,204', 31204, 'claims'],
      ['33,918', 33918, 'claims'],
      ['35,406', 35406, 'claims'],
      ['12 weeks', 12, 'weeks'],
      ['61', 61, '%'],
      ['58', 58, '%'],
      ['64', 64, '%'],
      ['412.8', 412.8e6, 'CAD'],
      ['448.1', 448.1e6, 'CAD'],
      ['467.9', 467.9e6, 'CAD'],
    ]);
  });
});

describe('English counts named by `The number of …`', () => {
  it('reads a count that grew to a level after a date, and the increase set against it', () => {
    expect(
      cells(
        'The number of claims waiting longer than the standard grew to\n12,410 at March 31, 2025, an increase of 1,208 over the year before.',
      ),
    ).toEqual([
      ['12,410', 12410, 'claims'],
      ['1,208', 1208, 'claims'],
    ]);
  });
});

describe('Chinese shares and notes', () => {
  it('reads `逾三成為` and `約兩成為` after a qualifier as shares, while `成為` alone stays a verb', () => {
    expectFigure('受助住戶當中逾四成為長者。', { text: '四成', value: 4, unit: '成', qualifier: 'over' });
    expect(cells('該區已經成為重點。')).toEqual([]);
  });

  it('reads a row note `（月）` as months', () => {
    const table = [
      '指標\t2024-25年度\t2025-26年度',
      '平均輪候時間（月）\t18\t15',
      '宿位數目（個）\t2 100\t2 350',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !text.includes('年度'))).toEqual([
      ['18', 18, '個月'],
      ['15', 15, '個月'],
      ['2 100', 2100, '個'],
      ['2 350', 2350, '個'],
    ]);
  });
});
