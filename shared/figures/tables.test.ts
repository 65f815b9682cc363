/**
 * Tables turned into text: cells read in the unit of the table's unit line, percentages in `%` columns,
 * code columns skipped, columns matched from the right. Examples of our own (a Taiwan budget table in
 * thousands of NT$ with tabs, a mainland table aligned with spaces).
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from './detect';
import { readTables } from './tables';

const taiwan = [
  '表 3　歲出機關別預算表',
  '單位：新臺幣千元',
  '機關\t113 年度預算數\t112 年度預算數\t比較增減(%)',
  '教育部\t1,234,567\t1,200,000\t2.9',
  '  國立大學\t456,000\t470,500\t-3.1',
  '合計\t1,690,567\t1,670,500\t1.2',
  '備註\t含補助 3 億元',
  '',
  '說明：以上金額含特別預算 12 億元。',
].join('\n');

const mainland = [
  '表2 民生支出',
  '单位：亿元',
  '编码      项目              预算数     人数（人）    增长%',
  '301       教育支出          12.40      3,200        6.5',
  '          合计              12.40      3,200        6.5',
].join('\n');

describe('tables under a unit line', () => {
  it('reads every numeric cell in the table unit, % columns as percentages, minus signs kept, text cells as text', () => {
    const found = detectFigures(taiwan).map((f) => [f.text, f.value, f.unit]);
    expect(found).toEqual([
      ['1,234,567', 1234567000, 'TWD'],
      ['1,200,000', 1200000000, 'TWD'],
      ['2.9', 2.9, '%'],
      ['456,000', 456000000, 'TWD'],
      ['470,500', 470500000, 'TWD'],
      ['-3.1', -3.1, '%'],
      ['1,690,567', 1690567000, 'TWD'],
      ['1,670,500', 1670500000, 'TWD'],
      ['1.2', 1.2, '%'],
      ['3 億元', 300000000, '元'],
      ['12 億元', 1200000000, '元'],
    ]);
  });

  it('matches columns from the right, skips code columns and takes a unit written in a header', () => {
    const found = detectFigures(mainland).map((f) => [f.text, f.value, f.unit]);
    expect(found).toEqual([
      ['12.40', 1240000000, '元'],
      ['3,200', 3200, '人'],
      ['6.5', 6.5, '%'],
      ['12.40', 1240000000, '元'],
      ['3,200', 3200, '人'],
      ['6.5', 6.5, '%'],
    ]);
  });

  it('finds no table where a unit line names no unit or no rows follow', () => {
    expect(readTables('責任單位：市財政局\n項目\t12\t13')).toEqual([]);
    expect(readTables('單位：萬元\n本年度執行良好。')).toEqual([]);
  });
});
