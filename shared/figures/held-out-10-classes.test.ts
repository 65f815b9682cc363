/**
 * Classes of error first seen on held-out-10 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, figures } from './testing/expect-figures';

describe('a statistical table whose rows name their own unit in a 单位 column (no 单位： line)', () => {
  const table = [
    '表3　主要指標',
    '指標          單位        本年數      增減(%)',
    '稻米          萬公噸       123.4        -2.1',
    '用電量        億千瓦時     56.7          3.0',
    '',
    '全年增長5%，新增12家。',
  ].join('\n');

  it('reads each amount in its row unit, multiplier applied, and the (%) column as percentages', () => {
    expect(figures(table).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['123.4', 1234000, '噸'],
      ['-2.1', -2.1, '%'],
      // 億千瓦時 is 億 × 千瓦時, not 億千 × 瓦時.
      ['56.7', 5670000000, '千瓦時'],
      ['3.0', 3, '%'],
      ['5%', 5, '%'],
      ['12家', 12, '家'],
    ]);
  });

  it('takes a 计量单位 header in Simplified text too', () => {
    const found = figures(
      ['产品名称    计量单位    产量    比上年增长(%)', '钢材        万吨        2356.8     -3.6'].join('\n'),
    );
    expect(found.map((f) => [f.value, f.unit])).toEqual([
      [23568000, '噸'],
      [-3.6, '%'],
    ]);
  });

  it('needs the unit header as a cell of its own: 单位 inside prose does not start a table', () => {
    const found = figures('各单位  要在3个月内完成整改，涉及资金  120万元。');
    expect(found.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['3个月', 3, '個月'],
      ['120万元', 1200000, '元'],
    ]);
  });
});

describe('English table captions in Australian, New Zealand and Canadian dollars', () => {
  it.each<[string, string, number]>([
    ['Table 2: Capital programme (NZ$ million)', 'NZD', 120500000],
    ['Table 2: Capital programme (A$ million)', 'AUD', 120500000],
    ['Table 2: Capital programme (AU$ million)', 'AUD', 120500000],
    ['Table 2: Capital programme (C$ million)', 'CAD', 120500000],
    ['Table 2: Capital programme (CA$ million)', 'CAD', 120500000],
  ])('%s', (caption, unit, value) => {
    const found = figures(
      [caption, 'Project          2025-26    2026-27', 'Rail upgrade       120.5      98.0'].join('\n'),
    );
    expect(found.map((f) => [f.value, f.unit])).toEqual([
      [value, unit],
      [98000000, unit],
    ]);
  });
});

describe('a count compared with `fewer` before its noun', () => {
  it('counts the noun after `fewer`', () =>
    expectFigure('there are 1,200 fewer contract workers than a year ago', {
      text: '1,200 fewer contract workers',
      value: 1200,
      unit: 'workers',
    }));
  it('leaves `fewer than` to the comparison it starts', () => {
    expect(figures('8,500 fewer than before').map((f) => f.unit)).toEqual(['']);
  });
});

describe('a Chinese numeral after 分 (divided into) counts the groups its counter names', () => {
  it.each<[string, string, number, string]>([
    ['補助款分兩批撥付', '兩批', 2, '批'],
    ['工程分为五期建设', '五期', 5, '期'],
    ['分成四類管理', '四類', 4, '類'],
  ])('%s', (text, written, value, unit) => expectFigure(text, { text: written, value, unit }));

  it('leaves a counter kept for digits alone elsewhere: 一批項目, 二期工程, 部分三批, 第三批', () => {
    expect(figures('一批項目、二期工程、部分三批、第三批名單')).toEqual([]);
  });
});
