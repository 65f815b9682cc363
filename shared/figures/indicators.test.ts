import { describe, expect, it } from 'vitest';
import { findIndicators, indicatorOfFigure } from './indicators';
import { figuresIn } from './matching/figure-fixtures';
import { profileFigures } from './matching/profile';

describe('findIndicators', () => {
  it('links mentions of one measure with one value, across scripts and rounding', () => {
    const text =
      '全年實現地區生產總值264.3億元，增長4.9%。\n農業總產值14.74億元。\n全区地区生产总值264亿元。\n地區生產總值增長4.9%。\n城鄉居民收入分別達到23705元、9608元。';
    const figures = profileFigures(
      text,
      figuresIn(text, [
        ['264.3億元', 264.3e8, '元'],
        ['4.9%', 4.9, '%'],
        ['14.74億元', 14.74e8, '元'],
        ['264亿元', 264e8, '元'],
        ['4.9%', 4.9, '%'],
        ['23705元', 23705, '元'],
        ['9608元', 9608, '元'],
      ]),
    );
    const indicators = findIndicators(figures);
    expect(indicators.map((i) => i.mentions)).toEqual([
      [0, 3],
      [1, 4],
    ]);
    expect(indicatorOfFigure(indicators).get(3)?.label).toBe('地區生產總值');
  });
  it('keeps different values of one measure apart', () => {
    const text = '地區生產總值264億元。\n地區生產總值246億元。';
    const figures = profileFigures(
      text,
      figuresIn(text, [
        ['264億元', 264e8, '元'],
        ['246億元', 246e8, '元'],
      ]),
    );
    expect(findIndicators(figures)).toEqual([]);
  });
});
