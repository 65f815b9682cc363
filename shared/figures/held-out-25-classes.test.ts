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

describe('a financial statement with a section line under its unit row', () => {
  it('reads the rows under `Income` in the declared dollars, thousands, and skips the Note column', () => {
    const text = [
      'All amounts are in Singapore dollars.',
      '',
      '                                  Note       2025        2024',
      "                                            $'000       $'000",
      'Income',
      'Grants from Government              4    120,500     118,200',
      'Other income                                 940         875',
      '',
    ].join('\n');
    expect(cells(text)).toEqual([
      ['120,500', 120_500_000, 'SGD'],
      ['118,200', 118_200_000, 'SGD'],
      ['940', 940_000, 'SGD'],
      ['875', 875_000, 'SGD'],
    ]);
  });
});

describe('a Hong Kong brief in Chinese', () => {
  it('takes `款額均以港幣計算` for its 元 and its bare `$`', () => {
    const text =
      '每宗個案以$2,500為上限，政府收入將減少約 31.6 億元。\n\n除另有註明外，本摘要所載款額均以港幣計算。';
    expect(cells(text)).toEqual([
      ['$2,500', 2500, 'HKD'],
      ['31.6 億元', 3.16e9, 'HKD'],
    ]);
  });

  it('reads a `（百萬元）` note alone on its line over a table of tabs', () => {
    const text = [
      '（百萬元）',
      '措施\t2026-27年度\t2027-28年度\t合計',
      '差餉寬減\t1,240\t380\t1,620',
      '',
    ].join('\n');
    expect(cells(text)).toEqual([
      ['1,240', 1.24e9, '元'],
      ['380', 3.8e8, '元'],
      ['1,620', 1.62e9, '元'],
    ]);
  });

  it('joins figures broken across lines after a paragraph number set off by a tab', () => {
    const text = '4.\t措施令政府收入減少約 12.4\n億元。\n\t(b)\t寬減課稅年度百分\n之百的利得稅。';
    expect(cells(text)).toEqual([
      ['12.4\n億元', 1.24e9, '元'],
      ['百分\n之百', 100, '%'],
    ]);
  });
});

describe('a lone 一 in a list of counts', () => {
  it('counts `一座` joined to `三座`, and leaves a lone `一所學校` alone', () => {
    expect(cells('全年新建三座水庫及一座泵站；一所學校仍在規劃。')).toEqual([
      ['三座', 3, '座'],
      ['一座', 1, '座'],
    ]);
  });
});
