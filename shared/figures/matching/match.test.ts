import { describe, expect, it } from 'vitest';
import type { SourceRegion } from '../../model/source';
import { figuresIn } from './figure-fixtures';
import { matchFigures } from './match';
import { profileFigures } from './profile';
import { buildSourceIndex, type MatchSource } from './source-index';

const draftText = '全年實現地區生產總值264億元，同比增長4.9%；公共財政收入9.1億元；新建學校5所。';
const draft = profileFigures(
  draftText,
  figuresIn(draftText, [
    ['264億元', 264e8, '元'],
    ['4.9%', 4.9, '%'],
    ['9.1億元', 9.1e8, '元'],
    ['5所', 5, '所'],
  ]),
);

const bulletinText =
  '一、綜合\n全區地区生产总值2,640,000万元，比上年增长4.9%。\n二、財政\n一般公共预算收入9.8亿元。新建医院5所。';
const bulletinRegions: SourceRegion[] = [
  { kind: 'page', page: 1, start: 0, end: 40 },
  { kind: 'page', page: 2, start: 40, end: bulletinText.length },
];
const bulletin: MatchSource = {
  id: 'bulletin',
  name: 'bulletin.pdf',
  text: bulletinText,
  regions: bulletinRegions,
  figures: figuresIn(bulletinText, [
    ['2,640,000万元', 264e8, '元'],
    ['4.9%', 4.9, '%'],
    ['9.8亿元', 9.8e8, '元'],
    ['5所', 5, '所'],
  ]),
};
const sheetText = '指標\t數值\n地區生產總值（億元）\t264.3';
const sheet: MatchSource = {
  id: 'sheet',
  name: 'gdp.xlsx',
  text: sheetText,
  regions: [
    { kind: 'cell', sheet: 'Sheet1', cell: 'B2', start: sheetText.indexOf('264.3'), end: sheetText.length },
  ],
  figures: [
    { start: sheetText.indexOf('264.3'), end: sheetText.length, text: '264.3', value: 264.3e8, unit: '元' },
  ],
};

describe('matchFigures', () => {
  const results = matchFigures(buildSourceIndex([bulletin, sheet]), draft);

  it('finds the same quantity written another way, with its page and passage', () => {
    const gdp = results[0]!.matches;
    expect(gdp.map((m) => [m.sourceId, m.agreement])).toEqual([
      ['bulletin', 'exact'],
      ['sheet', 'rounded'],
    ]);
    expect(gdp[0]!.locator).toEqual({ kind: 'page', page: 1 });
    expect(gdp[0]!.quote).toContain('2,640,000万元');
    expect(gdp[1]!.locator).toEqual({ kind: 'cell', sheet: 'Sheet1', cell: 'B2' });
    expect(results[1]!.matches[0]!.text).toBe('4.9%');
  });

  it('flags the same measure with a different value as a mismatch, showing both values', () => {
    const revenue = results[2]!;
    expect(revenue.matches).toEqual([]);
    expect(revenue.mismatches).toHaveLength(1);
    expect(revenue.mismatches[0]).toMatchObject({
      text: '9.8亿元',
      value: 9.8e8,
      locator: { kind: 'page', page: 2 },
    });
  });

  it('does not propose a small count whose measure differs', () => {
    expect(results[3]!.matches).toEqual([]);
    expect(results[3]!.mismatches).toEqual([]);
  });

  it('does not flag a mismatch when a matching value of the same measure exists', () => {
    expect(results[0]!.mismatches).toEqual([]);
  });
});
