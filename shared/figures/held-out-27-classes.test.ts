/**
 * Classes of error first seen on held-out-27 (docs/figures-blind.md), each fixed in the grammar and
 * tested here with examples of our own in the same style, never the held-out text itself.
 */
import { describe, expect, it } from 'vitest';
import { expectFigure, textValueUnit as cells } from './testing/expect-figures';

describe('English tables of a budget report or a Controlling Officer’s Report', () => {
  it('reads a row of money notes and % under a header of years as each column’s unit', () => {
    const table = [
      'Table 3: Revenue budget by service',
      '                        2025/26     2026/27      Change    Change',
      '                           £000        £000        £000         %',
      'Highways                 18,240      19,105         865       4.7',
      'Libraries                 6,310       5,980       (330)      -5.2',
      '',
    ].join('\n');
    const found = cells(table).filter(([text]) => !/^20\d\d\//.test(text));
    expect(found).toEqual([
      ['18,240', 18240000, 'GBP'],
      ['19,105', 19105000, 'GBP'],
      ['865', 865000, 'GBP'],
      ['4.7', 4.7, '%'],
      ['6,310', 6310000, 'GBP'],
      ['5,980', 5980000, 'GBP'],
      ['(330)', -330000, 'GBP'],
      ['-5.2', -5.2, '%'],
    ]);
  });

  it('reads a single row whose label names its money, under a header of period notes', () => {
    const table = [
      'Programme (3): Licensing',
      '                          2024–25    2025–26    2025–26    2026–27',
      '                          (Actual)   (Original) (Revised)  (Estimate)',
      'Financial provision ($m)  612.4      640.0      655.8      671.2',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/^20\d\d–/.test(text))).toEqual([
      ['612.4', 612.4e6, 'USD'],
      ['640.0', 640e6, 'USD'],
      ['655.8', 655.8e6, 'USD'],
      ['671.2', 671.2e6, 'USD'],
    ]);
  });

  it('reads `percentage of …` rows in %, with the label wrapped over its cells, and a span note in its unit', () => {
    const table = [
      'Targets',
      '                                        Target  2024      2025',
      '                                                (Actual)  (Plan)',
      'percentage of licence renewals',
      '  completed within 7 working days         90    93.5      90',
      '',
      'Indicators',
      '                                        2024      2025',
      '                                        (Actual)  (Estimate)',
      "licences renewed ('000)                 41.2      43.0",
      'average queuing time (minutes)          14        12',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => !/^20\d\d$/.test(text))).toEqual([
      ['7 working days', 7, 'days'],
      ['90', 90, '%'],
      ['93.5', 93.5, '%'],
      ['90', 90, '%'],
      ['41.2', 41200, 'licences'],
      ['43.0', 43000, 'licences'],
      ['14', 14, 'minutes'],
      ['12', 12, 'minutes'],
    ]);
  });

  it('reads an en dash glued to a bracketed change as its minus sign, never after a digit or before a £ (a range’s second end)', () => {
    expect(cells('Revised estimate (–2.4%) and estimate (+3.1%); range 2–4%; band £75,000 –£80,000')).toEqual(
      [
        ['–2.4%', -2.4, '%'],
        ['3.1%', 3.1, '%'],
        ['2–4%', 2, '%'],
        ['£75,000 –£80,000', 75000, 'GBP'],
      ],
    );
  });
});

describe('Chinese tables and units', () => {
  it('reads a 順位 column as ranks, not counts in the table’s unit', () => {
    const table = [
      '單位：人、%',
      '順位  死亡原因      死亡人數   結構比(%)',
      ' 1    惡性腫瘤      48,210     25.3',
      ' 2    心臟疾病      21,930     11.5',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['48,210', 48210, '人'],
      ['25.3', 25.3, '%'],
      ['21,930', 21930, '人'],
      ['11.5', 11.5, '%'],
    ]);
  });

  it('reads a column named as a rate of change beside a bracketed unit', () => {
    const table = [
      '月份\t出口總值（億元）\t按年變動百分率',
      '2025年3月\t412\t+2.6',
      '2025年4月\t398\t-1.4',
      '',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['412', 412e8, '元'],
      ['+2.6', 2.6, '%'],
      ['398', 398e8, '元'],
      ['-1.4', -1.4, '%'],
    ]);
  });

  it('reads 個千分點 as per-mille points, 點位 as sites, and ℃ as a unit', () => {
    expectFigure('死亡率較上年下降 0.2 個千分點。', { text: '0.2 個千分點', value: 0.2, unit: '千分點' });
    expectFigure('全市設有 26 個點位。', { text: '26 個', value: 26, unit: '個' });
    expectFigure('年平均氣溫為18.6℃。', { text: '18.6℃', value: 18.6, unit: '℃' });
    expectFigure('最高气温达38摄氏度。', { text: '38摄氏度', value: 38, unit: '℃' });
    expectFigure('averaged 11.2°C over the year', { text: '11.2°C', value: 11.2, unit: '℃' });
  });

  it('lends a unit across a conjunction followed by the second change’s verb', () => {
    expect(cells('就業率分別下跌0.4個和上升0.1個百分點。')).toEqual([
      ['0.4個', 0.4, '百分點'],
      ['0.1個百分點', 0.1, '百分點'],
    ]);
  });
});

// Classes left at first (held-out-27's 30日至86日, held-out-21's `Of 120 payments …, 31`), fixed in the same round.
describe('ranges of days and parts of a whole named with a clause', () => {
  it('reads a range of days after a word of duration, both ends written with 日', () => {
    expectFigure('資金撥付超過規定時限15日至42日。', { text: '15日至42日', value: 15, high: 42, unit: '天' });
    expectFigure('展期為期 3 日至 5 日。', { text: '3 日至 5 日', value: 3, high: 5, unit: '天' });
  });

  it('counts a part in the noun of the whole named before it with one clause about the whole', () => {
    expect(cells('Of 80 claims we sampled, worth £2.1 million, 17 (21%) had no receipt.')).toEqual([
      ['80 claims', 80, 'claims'],
      ['£2.1 million', 2.1e6, 'GBP'],
      ['17', 17, 'claims'],
      ['21%', 21, '%'],
    ]);
  });
});

describe('a capitalised name and one adjective before the plural noun', () => {
  it('reads a council tax base in Band D equivalent properties', () => {
    expectFigure('The tax base for 2026/27 is 48,215.7 Band D equivalent properties.', {
      text: '48,215.7 Band D equivalent properties',
      value: 48215.7,
      unit: 'properties',
    });
  });
});
