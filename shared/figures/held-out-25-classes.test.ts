/**
 * Classes of error first seen on held-out-25 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { textValueUnit as cells } from './testing/expect-figures';

describe('text extracted from PDFs, broken across lines', () => {
  it('does not take a paragraph number set off by two spaces for a table row', () => {
    const text = '2.4.1  Capital spending was €1.75 billion in 2024 (2023: €1.61\nbillion), up 8.7%.\n';
    expect(cells(text)).toEqual([
      ['€1.75 billion', 1.75e9, 'EUR'],
      ['€1.61\nbillion', 1.61e9, 'EUR'],
      ['8.7%', 8.7, '%'],
    ]);
  });

  it('reads `percentage\\npoints` as percentage points', () => {
    expect(cells('Take-up rose by 6.2 percentage\npoints to 71.4%.')).toEqual([
      ['6.2 percentage\npoints', 6.2, '百分點'],
      ['71.4%', 71.4, '%'],
    ]);
  });

  it('joins a compound amount split after a part, and only before a smaller part', () => {
    expect(cells('歲出編列新臺幣 2 兆\n8,615 億元，較上年度增加 3 億\n2026 年起逐年檢討。')).toEqual([
      ['新臺幣 2 兆\n8,615 億元', 2.8615e12, 'TWD'],
      ['3 億', 3e8, ''],
    ]);
  });
});

describe('Chinese counts', () => {
  it('counts 方面 after a numeral, but not in 一方面', () => {
    expect(cells('一方面穩定就業，另一方面從三方面推進改革。')).toEqual([['三方面', 3, '方面']]);
  });
});

describe('English tables and units', () => {
  it('reads a `Note` column above the unit row as references, not amounts', () => {
    const table = [
      '                               Note       2024       2023',
      "                                          €'000      €'000",
      'Grants to farmers              4.1      812,400    790,115',
      'Inspections and controls       4.2       61,230     58,904',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['812,400', 812_400_000, 'EUR'],
      ['790,115', 790_115_000, 'EUR'],
      ['61,230', 61_230_000, 'EUR'],
      ['58,904', 58_904_000, 'EUR'],
    ]);
  });

  it('reads `whole-time equivalents` as WTE, as `full-time equivalents` is FTE', () => {
    expect(
      cells('It employed 2,140 staff (1,988 whole-time equivalents) and 40 full-time equivalents on loan.'),
    ).toEqual([
      ['2,140 staff', 2140, 'staff'],
      ['1,988 whole-time equivalents', 1988, 'WTE'],
      ['40 full-time equivalents', 40, 'FTE'],
    ]);
  });

  it('takes a small number after an acronym for a name, but keeps currency codes', () => {
    expect(
      cells('Of valid GLAS 2 claims, 91% were paid; SDG 4 targets were met; USD 12 billion was raised.'),
    ).toEqual([
      ['91%', 91, '%'],
      ['USD 12 billion', 12e9, 'USD'],
    ]);
  });
});
