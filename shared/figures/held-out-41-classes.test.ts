/**
 * Classes of error first seen on held-out-41 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('tables of per cents and of indicators', () => {
  it('reads a table under a title ending in `(%)`, its change column in points', () => {
    const table = [
      'Table 3: Calls answered within 30 seconds, by service line (%)',
      'Service line (target)            Jan–Mar 2024   Jan–Mar 2025   Change (pp)',
      'Licensing (80%)                          71.4           75.0           3.6',
      'Benefits (90%)                           88.2           87.9          -0.3',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !text.endsWith('%') && !/20\d\d/.test(text))).toEqual([
      ['30 seconds', 30, 'seconds'],
      ['71.4', 71.4, '%'],
      ['75.0', 75, '%'],
      ['3.6', 3.6, '百分點'],
      ['88.2', 88.2, '%'],
      ['87.9', 87.9, '%'],
      ['-0.3', -0.3, '百分點'],
    ]);
  });

  it('joins a row label wrapped under its cells, for the note that gives the row its unit', () => {
    const table = [
      'Measure                              Baseline    Target    Result',
      '                                      2021-22   2024-25   2024-25',
      '1.a Homes built under the           1,204     1,500     1,388',
      '    accord (homes)',
      '1.b Overdose death rate (per          31.2      25.0      27.9',
      '    100,000 residents)',
      '1.c Tenants who were                  81.0      85.0      83.6',
      '    satisfied (%)',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/^20\d\d-\d\d$/.test(text))).toEqual([
      ['1,204', 1204, 'homes'],
      ['1,500', 1500, 'homes'],
      ['1,388', 1388, 'homes'],
      ['31.2', 31.2, 'per 100,000 residents'],
      ['25.0', 25, 'per 100,000 residents'],
      ['27.9', 27.9, 'per 100,000 residents'],
      ['81.0', 81, '%'],
      ['85.0', 85, '%'],
      ['83.6', 83.6, '%'],
    ]);
  });
});

describe('earlier levels set against a count', () => {
  it('counts an earlier level in brackets after the period it is compared with, past a smaller count', () => {
    expect(
      cells(
        'The service handled 48,215 calls from its 12 regional centres this year, 4.6% more than in 2023-24 (46,093).',
      ),
    ).toEqual([
      ['48,215 calls', 48215, 'calls'],
      ['12 regional centres', 12, 'centres'],
      ['4.6%', 4.6, '%'],
      ['46,093', 46093, 'calls'],
    ]);
  });

  it('counts the level a change started from after a bracketed share of the change', () => {
    expect(cells('In March, 23,870 claims were open, up 1,412 (6.3%) from 22,458.')).toEqual([
      ['23,870 claims', 23870, 'claims'],
      ['1,412', 1412, 'claims'],
      ['6.3%', 6.3, '%'],
      ['22,458', 22458, 'claims'],
    ]);
  });
});

describe('one unit of time in a comparison', () => {
  it('reads `one hour longer` as a span, and `one day we will` as a word', () => {
    expect(cells('The median stay was 6 hours, one hour longer than a year earlier.')).toEqual([
      ['6 hours', 6, 'hours'],
      ['one hour', 1, 'hours'],
    ]);
    expect(cells('One day we will publish it.')).toEqual([]);
    expect(cells('The median wait was 21 minutes, one minute faster than last year.')).toEqual([
      ['21 minutes', 21, 'minutes'],
      ['one minute', 1, 'minute'],
    ]);
    expect(cells('The line runs 5 faster trains.')).toEqual([['5 faster trains', 5, 'trains']]);
  });
});

describe('an earlier level or a target set against a count whose own noun was left out', () => {
  it('follows the count back to the whole it is part of, past its share', () => {
    expect(
      cells(
        "Of the state's roughly 9,100 schools, 1,214, or 13.3 percent, were rated poor in 2025, down from 1,530 in 2021.",
      ),
    ).toEqual([
      ['9,100 schools', 9100, 'schools'],
      ['1,214', 1214, 'schools'],
      ['13.3 percent', 13.3, '%'],
      ['1,530', 1530, 'schools'],
    ]);
  });

  it('follows an earlier level back to the rate it was compared with', () => {
    expect(
      cells(
        'The rate was 2,410 per 100,000 residents, down 3.2 per cent from 2,490 last year and above the target of 2,300.',
      ),
    ).toEqual([
      ['2,410 per 100,000 residents', 2410, 'per 100,000 residents'],
      ['3.2 per cent', 3.2, '%'],
      ['2,490', 2490, 'per 100,000 residents'],
      ['2,300', 2300, 'per 100,000 residents'],
    ]);
  });
});
