/**
 * Classes of error first seen on held-out-32 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, textValueUnit as cells } from './testing/expect-figures';

describe('Chinese spans, compounds and codes', () => {
  it('reads years and months written in parts as months', () => {
    expectFigure('最久者延宕達 4 年 7 個月。', { text: '4 年 7 個月', value: 55, unit: '個月' });
    expectFigure('工期延长2年3个月', { text: '2年3个月', value: 27, unit: '個月' });
    expect(cells('113年3月底完成。')).toEqual([]);
  });

  it('joins a compound amount whose last part, before its unit, starts the next line', () => {
    expectFigure('遭占用土地計 3 萬\n1,406 筆。', { text: '3 萬\n1,406 筆', value: 31406, unit: '筆' });
  });

  it('reads zero-padded numbers as case numbers', () => {
    expect(cells('本院 112 財正 0034 案已結案。')).toEqual([]);
  });

  it('reads the stages of schooling named by their years as names', () => {
    expect(cells('九年义务教育巩固率达99.2%，学前三年毛入园率91.0%。')).toEqual([
      ['99.2%', 99.2, '%'],
      ['91.0%', 91, '%'],
    ]);
  });

  it('counts a listed numeral when the list wraps after its comma', () => {
    expect(cells('八大类中，四类上涨、\n三类下降。')).toEqual([
      ['四类', 4, '類'],
      ['三类', 3, '類'],
    ]);
  });
});

describe('English changes after a span of fiscal years', () => {
  it('passes over the end of `2025-26` to find the count a total or a change is of', () => {
    expect(
      cells(
        'HA will open 210 additional beds in 2025-26, bringing the total to 29,870,\nor 4.0 beds per 1,000 population.',
      ),
    ).toEqual([
      ['210 additional beds', 210, 'beds'],
      ['29,870', 29870, 'beds'],
      ['4.0 beds', 4, 'beds'],
    ]);
    expect(
      cells('HA will perform 36,500 cataract surgeries in 2025-26, up 4.0% from 35,100\nin 2024-25.'),
    ).toEqual([
      ['36,500 cataract surgeries', 36500, 'surgeries'],
      ['4.0%', 4, '%'],
      ['35,100', 35100, 'surgeries'],
    ]);
  });
});
