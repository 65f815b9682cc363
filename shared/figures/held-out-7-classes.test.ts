/**
 * Classes of error first seen on held-out-7 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself. Decisions the
 * spec left open are recorded in docs/figures-spec.md, "Decisions".
 */
import { describe, it } from 'vitest';
import type { Expected } from './testing/expect-figures';
import { expectFigure, expectNone } from './testing/expect-figures';

describe('a range of ages after `aged`', () => {
  it.each<[string, Expected]>([
    ['free swimming lessons for children aged 6 to 11.', { text: '6 to 11', value: 6, high: 11, unit: '年' }],
    ['Unemployment among people aged 15-24 fell.', { text: '15-24', value: 15, high: 24, unit: '年' }],
    ['residents aged 18–64 may apply', { text: '18–64', value: 18, high: 64, unit: '年' }],
    ['workers aged between 25 and 54 were', { text: '25 and 54', value: 25, high: 54, unit: '年' }],
  ])('%s', (text, expected) => expectFigure(text, expected));

  it('a single age keeps its trailing qualifier', () => {
    expectFigure('residents aged 70 and over', {
      text: '70 and over',
      value: 70,
      unit: '年',
      qualifier: 'over',
    });
  });
});

describe('multipliers with no digit after a qualifier are a round amount', () => {
  it.each<[string, Expected]>([
    ['营收超千亿元的企业', { text: '千亿元', value: 1e11, unit: '元', qualifier: 'over' }],
    ['全年引進逾百億元項目', { text: '百億元', value: 1e10, unit: '元', qualifier: 'over' }],
    ['外貿總額近萬億元，', { text: '萬億元', value: 1e12, unit: '元', qualifier: 'about' }],
  ])('%s', (text, expected) => expectFigure(text, expected));

  it.each(['邁上萬億元大關', '打造千億級產業集群', '重点推进亿元以上项目', '技藝高超百般'])(
    '%s names a scale',
    (text) => expectNone(text),
  );
});

describe('the page count of a page footer', () => {
  it.each(['第 7 頁，共 12 頁', '第7页 共20页', '第二頁 共五頁'])('%s locates a page', (text) =>
    expectNone(text),
  );
  it('a count of pages elsewhere is a figure', () => {
    expectFigure('評估報告共 86 頁，分六章。', { text: '86 頁', value: 86, unit: '頁' });
  });
});
