/**
 * Classes of error first seen on held-out-22 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('statistical prose: a plural subject and the change it went through', () => {
  it('counts the subject in the change and the new level, a quarter or a scale between them', () => {
    expect(cells('Job vacancies fell by 14,000 on the quarter to 805,000.')).toEqual([
      ['14,000', 14000, 'vacancies'],
      ['805,000', 805000, 'vacancies'],
    ]);
    expect(cells('Part-time workers rose by 12,000 to 8.41 million.')).toEqual([
      ['12,000', 12000, 'workers'],
      ['8.41 million', 8410000, 'workers'],
    ]);
  });

  it('leaves measured subjects alone', () => {
    expect(cells('Prices rose by 3 to 120.')).toEqual([]);
  });
});

describe('English table headers that name a counted noun after a word that says which', () => {
  it('reads `Default notices` as a count of notices, and `Unit costs` as no count (amounts left to the running text)', () => {
    const table = [
      "Year      Inspections   Default notices   Unit costs   Fines (HK$'000)",
      '2022-23        12,400               310        4,120              96',
      '2023-24        13,050               288        4,305              88',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['12,400', 12400, 'inspections'],
      ['310', 310, 'notices'],
      ['4,120', 4120, ''],
      ['96', 96000, 'HKD'],
      ['13,050', 13050, 'inspections'],
      ['288', 288, 'notices'],
      ['4,305', 4305, ''],
      ['88', 88000, 'HKD'],
    ]);
  });
});
