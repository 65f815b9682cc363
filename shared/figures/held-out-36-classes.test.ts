/**
 * Classes of error first seen on held-out-36 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('a summary table whose unit note holds for its section only', () => {
  it('reads changes in thousands under the note, then rows in their own units under the next heading', () => {
    const table = [
      'Summary table C. Payroll survey, seasonally adjusted',
      'Category                        June 2025  July 2025  Aug. 2025(P)',
      'CHANGE BY SELECTED SECTOR',
      '(Over-the-month change, in thousands)',
      'Total private                          62         48            71',
      '  Manufacturing                        -4          3            -8',
      'HOURS AND EARNINGS, PRODUCTION WORKERS',
      'Average weekly hours                 33.8       33.9          33.9',
      'Average hourly earnings            $30.12     $30.25        $30.41',
      'Over-the-year change (%)              3.9        4.0           4.1',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/^20\d\d$/.test(text))).toEqual([
      ['62', 62000, ''],
      ['48', 48000, ''],
      ['71', 71000, ''],
      ['-4', -4000, ''],
      ['3', 3000, ''],
      ['-8', -8000, ''],
      ['33.8', 33.8, 'hours'],
      ['33.9', 33.9, 'hours'],
      ['33.9', 33.9, 'hours'],
      ['$30.12', 30.12, 'USD'],
      ['$30.25', 30.25, 'USD'],
      ['$30.41', 30.41, 'USD'],
      ['3.9', 3.9, '%'],
      ['4.0', 4, '%'],
      ['4.1', 4.1, '%'],
    ]);
  });
});

describe('English tables whose headers count a noun, and rows of thousands of one', () => {
  it('reads `Number of X` and `X meeting …` columns as counts of X', () => {
    const table = [
      'Table 2: Water quality by region, 2024–25',
      'Region\tNumber of schemes\tSpending ($m)\tSchemes meeting standard',
      'North\t41\t212.6\t38',
      'South\t27\t148.9\t22',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !text.includes('–'))).toEqual([
      ['41', 41, 'schemes'],
      ['212.6', 212.6e6, 'USD'],
      ['38', 38, 'schemes'],
      ['27', 27, 'schemes'],
      ['148.9', 148.9e6, 'USD'],
      ['22', 22, 'schemes'],
    ]);
  });

  it('reads `Number of X (000s)` in a table of money in thousands of X', () => {
    const table = [
      'Table 1: Estimated cost ($ millions)',
      '                                  2026-27   2027-28',
      'Total cost                          402.5     418.9',
      'Number of recipients (000s)           610       634',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/^20\d\d-\d\d$/.test(text))).toEqual([
      ['402.5', 402.5e6, 'USD'],
      ['418.9', 418.9e6, 'USD'],
      ['610', 610e3, 'recipients'],
      ['634', 634e3, 'recipients'],
    ]);
  });
});

describe('English counts named earlier in a long sentence', () => {
  it('finds the count a comparison is of beyond 160 characters, and compound number words', () => {
    expect(
      cells(
        'Nine agencies did not publish their annual reports on the central register maintained by the Department of the Premier by the statutory date of 30 September 2025, up from 6 last year.',
      ),
    ).toEqual([
      ['Nine agencies', 9, 'agencies'],
      ['6', 6, 'agencies'],
    ]);
    expect(
      cells('Thirty-two schools (18 per cent) reported a deficit, compared with 41 in 2023–24.'),
    ).toEqual([
      ['Thirty-two schools', 32, 'schools'],
      ['18 per cent', 18, '%'],
      ['41', 41, 'schools'],
    ]);
  });

  it('reads `the number of X, at 7.2 million`, `X … was little changed at`, and `of whom roughly 410,000`', () => {
    expect(
      cells(
        'The participation rate, at 62.4 percent, and the number of employed people, at 161.2\nmillion, were steady.',
      ),
    ).toEqual([
      ['62.4 percent', 62.4, '%'],
      ['161.2\nmillion', 161.2e6, 'people'],
    ]);
    expect(
      cells('The number of people unemployed for 15 weeks or more was little changed at 2.44 million.'),
    ).toEqual([
      ['15 weeks or more', 15, 'weeks'],
      ['2.44 million', 2.44e6, 'people'],
    ]);
    expect(
      cells(
        'About 2.1 million renters would qualify in 2027-28, of whom roughly 640,000, or 30 per cent, rent privately.',
      ),
    ).toEqual([
      ['2.1 million renters', 2.1e6, 'renters'],
      ['640,000', 640000, 'renters'],
      ['30 per cent', 30, '%'],
    ]);
  });

  it('reads a range that says it ranged, whatever its ratio, and no noun in `5,000 lower than`', () => {
    expect(cells('The share ranged from 0.4 per cent to 22.5 per cent across the regions.')).toEqual([
      ['0.4 per cent to 22.5 per cent', 0.4, '%'],
    ]);
    expect(cells('The revised total is 5,000 lower than previously reported.')).toEqual([
      ['5,000', 5000, ''],
    ]);
  });
});

describe('Chinese periods, basis points and formulas', () => {
  it('leaves out the months ending at a date, reads 個基點, and no figure in a formula’s ×100%', () => {
    expect(cells('截至二○二五年九月止的三個月內，出口貨值上升5.1%。')).toEqual([['5.1%', 5.1, '%']]);
    expect(cells('發行利率較國債收益率低約15個基點。')).toEqual([['15個基點', 15, '基點']]);
    expect(cells('负债率=债务余额/地区生产总值×100%。')).toEqual([]);
  });
});
