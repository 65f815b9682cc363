/**
 * Classes of error first seen on held-out-42 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { figures, textValueUnit as cells } from './testing/expect-figures';

describe("a unit row of '000, money signs and % under a header of two lines", () => {
  it("reads thousands of the title's noun, whole euros and per cents, column by column", () => {
    const table = [
      'Table 2 Employees and average hourly earnings, selected regions',
      '',
      '                          Employees   Avg hourly earnings     Annual',
      '                            Q3 2025    Q3 2024    Q3 2025     change',
      "                               '000          €          €          %",
      'Border                         184.2      27.41      28.63        4.5',
      'Dublin                         812.7      36.02      37.55        4.2',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/^Q\d/.test(text) && !/2025|2024/.test(text))).toEqual([
      ['184.2', 184200, 'employees'],
      ['27.41', 27.41, 'EUR'],
      ['28.63', 28.63, 'EUR'],
      ['4.5', 4.5, '%'],
      ['812.7', 812700, 'employees'],
      ['36.02', 36.02, 'EUR'],
      ['37.55', 37.55, 'EUR'],
      ['4.2', 4.2, '%'],
    ]);
  });
});

describe('a measures table of counts, targets with `At least` and per cents', () => {
  it('counts a numbered `Number of …` row, its target with its qualifier, and keeps a span in a wrapped label', () => {
    const table = [
      'Measure                                 Actual        Budget     Actual',
      '                                          2024          2025       2025',
      '3.1 Number of site audits                  412  At least 400        437',
      '3.2 Complaints resolved                    91%           90%        93%',
      '    within 15 working days (%)',
      '3.3 Permits issued on time                 88%   At least 90%       92%',
      '',
    ].join('\n');
    const found = figures(table).filter((f) => !/^20\d\d$/.test(f.text!));
    expect(found.slice(0, 3)).toEqual([
      { text: '412', value: 412, unit: 'audits' },
      { text: 'At least 400', value: 400, unit: 'audits', qualifier: 'over' },
      { text: '437', value: 437, unit: 'audits' },
    ]);
    expect(found.map((f) => f.text)).toContain('15 working days');
  });
});

describe('counts and codes in running text', () => {
  it('reads the level after a change with its share and period: `rose by 52,600 (+2.3%) in the year to`', () => {
    expect(cells('The number of apprentices rose by 1,240 (+6.1%) in the year to 21,560.')).toEqual([
      ['1,240', 1240, 'apprentices'],
      ['6.1%', 6.1, '%'],
      ['21,560', 21560, 'apprentices'],
    ]);
  });

  it('sets a target `of at least` against the count before it, and an ISSN is a code', () => {
    expect(cells('Inspectors completed 1,310 audits against a target of at least 1,250.')).toEqual([
      ['1,310 audits', 1310, 'audits'],
      ['1,250', 1250, 'audits'],
    ]);
    expect(cells('Report B.14 (ISSN 2703-4410 print)')).toEqual([]);
  });

  it('lends a unit across a conjunction with the second verb of change: `增加 1.2 及減少 0.8 個百分點`', () => {
    expect(cells('分別較上年增加 2.4 及減少 1.1 個百分點。')).toEqual([
      ['2.4', 2.4, '百分點'],
      ['1.1 個百分點', 1.1, '百分點'],
    ]);
  });
});
