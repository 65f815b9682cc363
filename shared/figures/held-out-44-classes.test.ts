/**
 * Classes of error first seen on held-out-44 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('money notes of the US budget offices, and scale notes in headers', () => {
  it('reads a header row opened by `By Fiscal Year, Millions of Dollars` and one indented over the columns', () => {
    const summary = [
      'By Fiscal Year, Millions of Dollars\t2026\t2026-2030\t2026-2035',
      'Direct Spending (Outlays)\t3\t17\t41',
      'Revenues\t0\t0\t0',
      '',
    ].join('\n');
    expect(cells(summary).filter(([text]) => !text.startsWith('20'))).toEqual([
      ['3', 3e6, 'USD'],
      ['17', 17e6, 'USD'],
      ['41', 41e6, 'USD'],
      ['0', 0, 'USD'],
      ['0', 0, 'USD'],
      ['0', 0, 'USD'],
    ]);
    const table = [
      '                          By Fiscal Year, Millions of Dollars',
      '                         2026    2027    2028   2026-2030',
      'Estimated Outlays           3       9      12          40',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !text.startsWith('20'))).toEqual([
      ['3', 3e6, 'USD'],
      ['9', 9e6, 'USD'],
      ['12', 12e6, 'USD'],
      ['40', 40e6, 'USD'],
    ]);
  });

  it('reads `Pupils (thousands)` as thousands of pupils', () => {
    const table = [
      'Region              Pupils (thousands)   FSM eligible (%)',
      'North East                       421.5               30.9',
      'London                         1,372.8               26.5',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['421.5', 421500, 'pupils'],
      ['30.9', 30.9, '%'],
      ['1,372.8', 1372800, 'pupils'],
      ['26.5', 26.5, '%'],
    ]);
  });
});

describe('indicator tables whose labels wrap over their rows', () => {
  it('reads rows whose label starts on the line above, with `≥` and `≤` targets', () => {
    const table = [
      'Indicator                                   Target    FY2024    FY2025',
      'Appeals decided within',
      '    3 months (%)                               ≥80      82.4      85.1',
      'Site inspections (number)                      250       244       268',
      'Average time to close a',
      '    complaint (weeks)                           ≤6       6.4       5.9',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !text.startsWith('3 months'))).toEqual([
      ['≥80', 80, '%'],
      ['82.4', 82.4, '%'],
      ['85.1', 85.1, '%'],
      ['250', 250, 'inspections'],
      ['244', 244, 'inspections'],
      ['268', 268, 'inspections'],
      ['≤6', 6, 'weeks'],
      ['6.4', 6.4, 'weeks'],
      ['5.9', 5.9, 'weeks'],
    ]);
  });
});

describe('counts in running text', () => {
  it('reads an age range before a verb, a share’s count in brackets, and a level after a share aside', () => {
    expect(cells('Most pupils aged 11 to 16 walk to school.')).toEqual([['11 to 16', 11, '年']]);
    expect(cells('31.2% of pupils (2.81 million) were eligible.')).toEqual([
      ['31.2%', 31.2, '%'],
      ['2.81 million', 2810000, 'pupils'],
    ]);
    expect(
      cells('There are 512,300 pupils with a plan, 5.6% of all pupils, up from 480,100 in 2024.'),
    ).toEqual([
      ['512,300 pupils', 512300, 'pupils'],
      ['5.6%', 5.6, '%'],
      ['480,100', 480100, 'pupils'],
    ]);
  });

  it('reads a level after a change in per cent, and the start of a rate a level fell from', () => {
    expect(cells('New licences rose 8.2% to 3,115 in the year.')).toEqual([
      ['8.2%', 8.2, '%'],
      ['3,115', 3115, 'licences'],
    ]);
    expect(cells('Disputes fell to 2.9 per 1,000 sales, from 3.4.')).toEqual([
      ['2.9 per 1,000 sales', 2.9, 'per 1,000 sales'],
      ['3.4', 3.4, 'per 1,000 sales'],
    ]);
  });

  it('pairs two earlier levels or targets with the two counts before them, in order', () => {
    expect(
      cells('There were 2,104 licensed brokers and 312 firms, compared with 1,986 and 305 a year earlier.'),
    ).toEqual([
      ['2,104 licensed brokers', 2104, 'brokers'],
      ['312 firms', 312, 'firms'],
      ['1,986', 1986, 'brokers'],
      ['305', 305, 'firms'],
    ]);
    expect(
      cells('We made 214 audits and 880 spot checks, against targets of 200 and 900 respectively.'),
    ).toEqual([
      ['214 audits', 214, 'audits'],
      ['880 spot checks', 880, 'checks'],
      ['200', 200, 'audits'],
      ['900', 900, 'checks'],
    ]);
  });

  it('reads bare 元 amounts in TWD after `以新臺幣計，`', () => {
    expect(cells('以新臺幣計，出口 3 兆 2,100 億元。')).toEqual([['3 兆 2,100 億元', 3.21e12, 'TWD']]);
  });
});
