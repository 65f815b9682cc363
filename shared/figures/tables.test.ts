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

describe('unit notes of other forms, year headers and signed change columns', () => {
  const hongKong = [
    '表 5　各行業增加值',
    '單位：百萬港元',
    '行業 Sector                 2023        2024     按年變動(%)',
    '運輸 Transport             78,412      84,905        +8.3',
    '金融服務 Financial services  120,330     118,400        -1.6',
    '',
    '其他段落。',
  ].join('\n');

  it('reads 百萬港元 as HKD ×1e6, keeps the sign of a change column and never scales it', () => {
    expect(detectFigures(hongKong).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['78,412', 78412000000, 'HKD'],
      ['84,905', 84905000000, 'HKD'],
      ['+8.3', 8.3, '%'],
      ['120,330', 120330000000, 'HKD'],
      ['118,400', 118400000000, 'HKD'],
      ['-1.6', -1.6, '%'],
    ]);
  });

  it('reads an English unit note, a year header row and a % change column', () => {
    const table = [
      'Table 2 Public spending (HK$ million)',
      '                     2022      2023      2024     % change',
      'Health              1,200     1,310     1,405        +7.3',
      'Education Bureau      980     1,002       995        -0.7',
      '',
    ].join('\n');
    expect(detectFigures(table).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['1,200', 1200000000, 'HKD'],
      ['1,310', 1310000000, 'HKD'],
      ['1,405', 1405000000, 'HKD'],
      ['+7.3', 7.3, '%'],
      ['980', 980000000, 'HKD'],
      ['1,002', 1002000000, 'HKD'],
      ['995', 995000000, 'HKD'],
      ['-0.7', -0.7, '%'],
    ]);
  });

  it('reads (in millions of dollars), 單位：千人次, and a second header row of years', () => {
    const dollars = [
      'Grants (in millions of dollars)',
      'Program        2023      2024',
      'Housing        12.5      14.0',
    ];
    expect(detectFigures(dollars.join('\n')).map((f) => [f.value, f.unit])).toEqual([
      [12500000, 'USD'],
      [14000000, 'USD'],
    ]);
    const visits = [
      '單位：千人次',
      '口岸            入境      出境',
      '                2023      2024',
      '機場            1,250     1,480',
    ];
    expect(detectFigures(visits.join('\n')).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['1,250', 1250000, '人次'],
      ['1,480', 1480000, '人次'],
    ]);
  });

  it('does not take a bracket inside a sentence or (m) for metres as a unit note', () => {
    expect(readTables('It cost (in millions) more than planned.\nA  12  13')).toEqual([]);
    expect(readTables('Height (m)\nTower  120  135')).toEqual([]);
  });
});

describe('unit notes between the unit line and the table, and in row labels (round 3)', () => {
  it('reads a table after the same unit in English on its own line and a blank line', () => {
    const text = [
      '單位：百萬元',
      '(RMB million)',
      '',
      '項目 Item             2023        2024    變動(%)',
      '稅收 Taxes           12,300      13,530     +10.0',
    ].join('\n');
    expect(detectFigures(text).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['12,300', 12300000000, '元'],
      ['13,530', 13530000000, '元'],
      ['+10.0', 10, '%'],
    ]);
  });

  it('reads a tab-split table after a blank line under its unit line', () => {
    const text = ['單位：千人次', '', '口岸\t2023\t2024\t變動百分率', '機場\t1,250\t1,480\t+18.4'].join('\n');
    expect(detectFigures(text).map((f) => [f.value, f.unit])).toEqual([
      [1250000, '人次'],
      [1480000, '人次'],
      [18.4, '%'],
    ]);
  });

  it('lets a row label note override the table unit: multiplier alone scales the unit the label names', () => {
    const text = [
      '（經費單位：萬元）',
      '指標                    2023      2024     增減(%)',
      '參觀人次(萬)             320       352      +10.0',
      '開放時數(千小時)          41        45       +9.8',
      '經費                    1,200     1,350     +12.5',
    ].join('\n');
    expect(detectFigures(text).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['320', 3200000, '人次'],
      ['352', 3520000, '人次'],
      ['+10.0', 10, '%'],
      ['41', 41000, '小時'],
      ['45', 45000, '小時'],
      ['+9.8', 9.8, '%'],
      ['1,200', 12000000, '元'],
      ['1,350', 13500000, '元'],
      ['+12.5', 12.5, '%'],
    ]);
  });

  it('does not reach a table past running text', () => {
    expect(readTables('單位：萬元\n本表說明如下，詳見附註。\n\n項目  2023  2024\n經費  12  13')).toEqual([]);
  });
});
