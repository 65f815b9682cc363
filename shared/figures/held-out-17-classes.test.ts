/**
 * Classes of error first seen on held-out-17 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, expectNone, textValueUnit as cells } from './testing/expect-figures';

describe('a currency named once for what follows: 新臺幣（下同）', () => {
  it('reads every later bare 元 amount in that currency', () => {
    expect(cells('本案總經費新臺幣（下同）12 億 4,500 萬元，已支用 3,260 萬元。')).toEqual([
      ['12 億 4,500 萬元', 1245000000, 'TWD'],
      ['3,260 萬元', 32600000, 'TWD'],
    ]);
    expect(cells('工程費港幣(以下同)8,200萬元，顧問費350萬元。')).toEqual([
      ['8,200萬元', 82000000, 'HKD'],
      ['350萬元', 3500000, 'HKD'],
    ]);
  });

  it('leaves 元 alone without such a note', () => {
    expectFigure('本案總經費 12 億元。', { value: 1200000000, unit: '元' });
  });
});

describe('a column of years in a table', () => {
  it('reads Minguo years under 年度 as labels, not amounts in the table unit', () => {
    const table = [
      '單位：新臺幣千元',
      '年度      預算數       決算數      執行率(%)',
      '109       450,000      398,250     88.50',
      '110       520,000      471,640     90.70',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['450,000', 450000000, 'TWD'],
      ['398,250', 398250000, 'TWD'],
      ['88.50', 88.5, '%'],
      ['520,000', 520000000, 'TWD'],
      ['471,640', 471640000, 'TWD'],
      ['90.70', 90.7, '%'],
    ]);
  });
});

describe('per-units in table headers and per day', () => {
  it('reads a header note with a slash as the per-unit the running text would give', () => {
    const table = [
      '表2  各監測站年均濃度',
      '站點      二氧化氮（微克/立方米）  臭氧（微克/立方米）',
      '北站      26                      142',
      '南站      31                      151',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['26', 26, '微克/立方米'],
      ['142', 142, '微克/立方米'],
      ['31', 31, '微克/立方米'],
      ['151', 151, '微克/立方米'],
    ]);
  });

  it('reads 噸/日 and 元/月 after an amount', () => {
    expectFigure('日處理能力達 32.5 萬噸/日。', { value: 325000, unit: '噸/日' });
    expectFigure('每人每月补贴800元/月。', { value: 800, unit: '元/月' });
  });
});

describe('units the tables of measures carry', () => {
  it('reads decibels (分貝), working days (工作天) and tender lots (標)', () => {
    expectFigure('夜間等效聲級平均值為 48.3 分貝。', { value: 48.3, unit: '分貝' });
    expectFigure('道路交通噪声平均值为68.9分贝。', { value: 68.9, unit: '分貝' });
    expectFigure('應於 10 個工作天內回覆。', { value: 10, unit: '工作天' });
    expectFigure('全案分 4 標發包。', { value: 4, unit: '標' });
  });

  it('reads 標案 as lots too, and never the 標 of 標準 or 標示', () => {
    expectFigure('本年度 5 標案均已決標。', { text: '5 標', value: 5, unit: '標' });
    expectNone('新設 2 標示牌。');
  });
});

describe('paragraph numbers opening a paragraph', () => {
  it('reads `2.1　本部分` after a blank line as a paragraph number, not 2.1 本', () => {
    expectNone('第 2 部分\n\n2.1　本部分探討場館的使用情況。\n\n3.4　根據紀錄，各場館均已開放。');
  });

  it('still reads a decimal with a multiplier opening a paragraph, and a wrapped line going on', () => {
    expectFigure('\n\n1.2 萬人次參與活動。', { value: 12000, unit: '人次' });
    expectFigure('全年共有\n2.5 本刊物出版。', { value: 2.5, unit: '本' });
  });

  it('reads decimal paragraph numbers in a range of ordinals as ordinals', () => {
    expectNone('詳情見第 3.2 至 3.5 段。');
  });
});

describe('English tables of performance measures', () => {
  const table = [
    'Performance measures  Unit of measure  2023-24 Actual  2024-25 Target  2025-26 Target',
    'Quantity',
    'Inspections completed (a)  number  2 418  2 500  2 600',
    'Quality',
    'Audits passed first time  per cent  91.5  92  93',
    'Timeliness',
    'Average time to register  days  12  10  10',
    'Cost',
    'Total output cost  $ million  214.6  220.3  231.0',
    '',
  ].join('\n');

  it('reads a `Unit of measure` column across section lines (Quantity, Quality, Cost)', () => {
    expect(cells(table)).toEqual([
      ['2 418', 2418, 'inspections'],
      ['2 500', 2500, 'inspections'],
      ['2 600', 2600, 'inspections'],
      ['91.5', 91.5, '%'],
      ['92', 92, '%'],
      ['93', 93, '%'],
      ['12', 12, 'days'],
      ['10', 10, 'days'],
      ['10', 10, 'days'],
      ['214.6', 214600000, 'USD'],
      ['220.3', 220300000, 'USD'],
      ['231.0', 231000000, 'USD'],
    ]);
  });

  it('ends the table at a section line over a row of another width', () => {
    const two = [
      'Measure  Unit  2024  2025',
      'Visits  number  1 200  1 350',
      'Outlook',
      'Sites  3  4  5  6  7',
      '',
    ].join('\n');
    expect(cells(two).slice(0, 2)).toEqual([
      ['1 200', 1200, 'visits'],
      ['1 350', 1350, 'visits'],
    ]);
    expect(cells(two).map(([, , unit]) => unit)).not.toContain('sites');
  });
});
