/**
 * Classes of error first seen on held-out-12 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { figures } from './testing/expect-figures';

describe('a table whose title ends in a short money note (`($m)`, `(£bn)`)', () => {
  it('reads the cells in that scale, as under `($ million)`', () => {
    const table = [
      'Table 3.2: Transport capital programme ($m)',
      '',
      'Project                 2025-26  2026-27    Total',
      'Rail signalling           140.5    210.0    350.5',
    ].join('\n');
    expect(figures(table).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['140.5', 140500000, 'USD'],
      ['210.0', 210000000, 'USD'],
      ['350.5', 350500000, 'USD'],
    ]);
  });
});

describe('a Chinese table whose header cells name their own units (no unit line)', () => {
  const table = [
    '表 2：投訴個案',
    '年度        接獲投訴（宗）   處理個案（宗）   完成率(%)',
    '2023-24          2,310            2,105          91.1',
    '2024-25          2,480            2,300          92.7',
  ].join('\n');

  it('reads each column in its header unit, the (%) column as percentages', () => {
    expect(figures(table).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['2,310', 2310, '宗'],
      ['2,105', 2105, '宗'],
      ['91.1', 91.1, '%'],
      ['2,480', 2480, '宗'],
      ['2,300', 2300, '宗'],
      ['92.7', 92.7, '%'],
    ]);
  });

  it('needs two such cells: one bracket in a header of words is not a table', () => {
    expect(figures('項目        說明（一）        備註\n甲        12        乙').map((f) => f.unit)).toEqual(
      [],
    );
  });
});

describe('a money sign over `000` is a column note, never an amount', () => {
  it('leaves `2025/26 £000` header cells alone, bracketed or not', () => {
    expect(figures('Service        2024/25 £000   2025/26 £000   Change %')).toEqual([]);
  });

  it('still reads a written zero amount', () => {
    expect(figures('a fee of £0 for children').map((f) => [f.text, f.value])).toEqual([['£0', 0]]);
  });
});

describe('ordinals, labels and years that read like counts', () => {
  it('takes the second end of `第 9 至 11 段` as an ordinal too', () => {
    expect(figures('請就第 4 至 7 段及第3到5條提出意見，共 12 條。').map((f) => f.text)).toEqual(['12 條']);
  });

  it('reads `Code 1` as a label', () => {
    expect(figures('Code 2 calls rose to 4,100 calls.').map((f) => f.text)).toEqual(['4,100 calls']);
  });

  it('reads `過去三個年度` as a period named as a whole, like 過去五年', () => {
    expect(figures('過去三個年度共接獲 58 宗。').map((f) => f.text)).toEqual(['58 宗']);
  });

  it('reads `113 年來臺` as a Minguo year (visitors to Taiwan), while `60年來` is a span', () => {
    expect(figures('114 年來臺旅客 812 萬人次；建校60年來').map((f) => [f.text, f.unit])).toEqual([
      ['812 萬人次', '人次'],
      ['60年', '年'],
    ]);
  });
});

describe('counts Chinese writes with measure words the detector did not know', () => {
  it('reads 兩 before a measure word that otherwise needs digits (兩區, 兩期), not 一區 or 三期工程', () => {
    expect(
      figures('在東區及北區兩區推行，分兩期完成；一區一品；三期工程').map((f) => [f.text, f.value]),
    ).toEqual([
      ['兩區', 2],
      ['兩期', 2],
    ]);
  });

  it('counts chapters and kindergartens (章, 園) after digits', () => {
    expect(figures('草案共 6 章 38 條；公共化幼兒園達 1,020 園').map((f) => [f.value, f.unit])).toEqual([
      [6, '章'],
      [38, '條'],
      [1020, '園'],
    ]);
  });

  it('counts chapters after 分 as it counts batches (`分六章` as `分三批`)', () => {
    expect(figures('評估報告共 86 頁，分六章。').map((f) => [f.text, f.value, f.unit])).toEqual([
      ['86 頁', 86, '頁'],
      ['六章', 6, '章'],
    ]);
  });
});
